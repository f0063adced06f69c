"""The supervisor app picks which of an agent's conversations to monitor, takes a
monitored chat over from the panel (button and Ctrl+Shift+T), writes to the citizen and
ends it; and every shortcut of the window and its panels is distinct (pytest-qt,
offscreen, a real server)."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest

from shared import protocol as p
from supervisor_app.window import SupervisorWindow
from tests.gui.test_agent_app import agent as agent_window  # noqa: F401 - the fixture
from tests.gui.test_supervisor_monitoring import (
    CTRL_SHIFT,
    key,
    open_window,
    screenshot,
    start_monitoring,
)
from tests.support.bots import available, citizen, staff

pytestmark = pytest.mark.gui


def chat_for(arun, url, worker, worker_rec, name: str, topic: str, text: str):
    client, rec = arun(citizen(url))
    started = arun(client.request(p.StartChat(id=0, topic=topic, text=text, name=name)))
    iid = started.interaction.id
    arun(worker_rec.next(p.OfferCreated, lambda e: e.interaction.id == iid))
    arun(worker.request(p.AcceptOffer(id=0, interaction_id=iid)))
    return client, rec, iid


def test_monitor_asks_which_conversation_when_the_agent_holds_several(
    qloop, arun, qtbot, cc_server
):
    anna, anna_rec = arun(staff(cc_server.url, "anna"))
    arun(available(anna))
    jan, _, first = chat_for(arun, cc_server.url, anna, anna_rec, "Jan", "waste", "Bin")
    ola, _, second = chat_for(arun, cc_server.url, anna, anna_rec, "Ola", "waste", "Tree")
    window = open_window(qtbot, arun, cc_server.url)
    try:
        qtbot.waitUntil(
            lambda: len(getattr(window.agent_model.agent("anna"), "interactions", ())) == 2,
            timeout=10000,
        )
        assert window.select_agent("anna")
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        key(window, Qt.Key.Key_M)
        qtbot.waitUntil(lambda: window.chooser is not None, timeout=5000)
        chooser = window.chooser
        labels = chooser.labels()
        assert len(labels) == 2
        assert any("Jan" in x for x in labels) and any("Ola" in x for x in labels)
        assert all(first not in x and second not in x for x in labels)  # never the id
        assert all("Chat" in x or "chat" in x for x in labels)
        assert window.monitoring.current is None  # nothing until one is picked
        chooser.choose(next(i for i, x in enumerate(labels) if "Ola" in x))
        QTest.keyClick(chooser.list, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.monitoring.current is not None, timeout=8000)
        assert window.monitoring.interaction_id == second
        qtbot.waitUntil(lambda: window.chooser is None)

        # one conversation: straight in, no question asked
        arun(window.monitoring.stop())
        arun(anna.request(p.CloseInteraction(id=0, interaction_id=second)))
        arun(anna.request(p.SubmitWrapup(id=0, interaction_id=second, topic="Building permits")))
        qtbot.waitUntil(
            lambda: window.agent_model.agent("anna").interactions == [first], timeout=10000
        )
        assert window.select_agent("anna")
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        qtbot.waitUntil(window.monitor_action.isEnabled)
        key(window, Qt.Key.Key_M)
        qtbot.waitUntil(lambda: window.monitoring.interaction_id == first, timeout=8000)
        assert window.chooser is None
    finally:
        arun(window.service.logout())
        for c in (anna, jan, ola):
            arun(c.close())


def test_supervisor_takes_a_chat_over_from_the_panel_writes_and_ends_it(
    qloop, arun, qtbot, cc_server
):
    anna, anna_rec = arun(staff(cc_server.url, "anna"))
    arun(available(anna))
    jan, jan_rec, iid = chat_for(arun, cc_server.url, anna, anna_rec, "Jan", "waste", "Bin")
    window = open_window(qtbot, arun, cc_server.url)
    panel = window.monitor_panel
    try:
        start_monitoring(qtbot, window, "anna")
        assert window.monitoring.interaction_id == iid
        qtbot.waitUntil(panel.take_over_action.isEnabled)
        assert not panel.end_action.isEnabled() and not panel.say_edit.isEnabled()
        assert "Ctrl+Shift+T" in panel.take_over_button.toolTip()
        # Ctrl+Shift+T: the chat is Sam's now
        window.activateWindow()
        key(window, Qt.Key.Key_T)
        qtbot.waitUntil(lambda: window.monitoring.owned == iid, timeout=8000)
        closed = arun(anna_rec.next(p.InteractionClosed, lambda e: e.interaction_id == iid))
        assert "Sam Supervisor took over" in closed.reason and not closed.wrapup_required
        arun(jan_rec.next(p.AgentJoined, lambda e: e.agent_name == "Sam Supervisor"))
        qtbot.waitUntil(lambda: "yours now" in panel.title_label.text())
        assert panel.say_edit.isEnabled() and panel.end_action.isEnabled()
        assert not panel.take_over_action.isEnabled() and not panel.stop_action.isEnabled()
        # Sam writes to the citizen and reads the answer
        panel.say_edit.setText("Sam here, I will sort it out.")
        QTest.keyClick(panel.say_edit, Qt.Key.Key_Return)
        said = arun(jan_rec.next(p.ChatMessageEvent, lambda e: e.message.text.startswith("Sam")))
        assert said.message.sender_name == "Sam Supervisor"
        arun(jan.request(p.SendChat(id=0, interaction_id=iid, text="Thanks, Sam")))
        qtbot.waitUntil(lambda: "Thanks, Sam" in panel.transcript.toPlainText(), timeout=5000)
        screenshot(window.monitor_dock, "supervisor-take-over-chat.png")
        # the End conversation button: the chat is over, no wrap-up owed
        QTest.mouseClick(panel.end_button, Qt.MouseButton.LeftButton)
        arun(jan_rec.next(p.InteractionClosed))
        qtbot.waitUntil(lambda: window.monitoring.owned == "", timeout=5000)
        assert "ended" in panel.title_label.text()
        assert not panel.end_action.isEnabled()
    finally:
        arun(window.service.logout())
        arun(anna.close())
        arun(jan.close())


def test_every_shortcut_of_the_supervisor_window_is_distinct(qloop, qtbot):
    from softphone.client_service import ClientService

    window = SupervisorWindow(ClientService(client_name="test-supervisor"))
    qtbot.addWidget(window)
    seen: dict[str, str] = {}
    for action in window.findChildren(QAction):
        for shortcut in action.shortcuts():
            text = shortcut.toString(QKeySequence.SequenceFormat.PortableText)
            if not text:
                continue
            assert text not in seen, f"{text}: {seen.get(text)!r} and {action.text()!r}"
            seen[text] = action.text()
    # the panels' own are among them
    assert {"Ctrl+Shift+M", "Ctrl+Shift+L", "Ctrl+Shift+S", "Ctrl+Shift+T", "Ctrl+M"} <= set(seen)
    assert CTRL_SHIFT  # (imported for the key helper's modifiers)


def test_the_agent_sees_who_took_the_chat_over_and_owes_no_wrap_up(
    agent_window,  # noqa: F811 - the agent app's fixture
    arun,
    qtbot,
    cc_server,
):
    from tests.gui.test_agent_app import accept_with_f5, make_available, start_chat

    agent = agent_window

    make_available(qtbot, agent)
    cit, _, iid = start_chat(arun, cc_server.url)
    chat = accept_with_f5(qtbot, agent, iid)
    sam, _ = arun(staff(cc_server.url, "sam"))
    try:
        arun(sam.request(p.StartMonitor(id=0, interaction_id=iid, mode="listen")))
        arun(sam.request(p.TakeOver(id=0, interaction_id=iid)))
        qtbot.waitUntil(lambda: chat.banner.isVisible(), timeout=5000)
        assert chat.banner.text() == "Sam Supervisor took over this conversation."
        assert chat.input_edit.isReadOnly()
        assert chat.wrapup is not None and not chat.wrapup.mandatory
        qtbot.waitUntil(lambda: agent.presence == "available", timeout=5000)
    finally:
        arun(sam.close())
        arun(cit.close())


@pytest.mark.slow
@pytest.mark.timeout(120)
def test_supervisor_takes_a_call_over_on_the_apps_softphone(
    qloop, arun, qtbot, tmp_path, sip_engine
):
    from shared.tones import detect_tone, write_tone_wav
    from softphone.audio_bridge import WavAudioIO
    from softphone.phone_service import PhoneService
    from tests.support.calls import agents, caller, clock
    from tests.support.calls import window as window_of
    from tests.support.server import ServerProcess

    server = ServerProcess(tmp_path / "cc-data", telephony=True, rooms=2, rooms_spare=1)
    server.start(timeout=40)
    tone_440 = str(write_tone_wav(tmp_path / "440.wav", 440, seconds=3.0))
    tone_880 = str(write_tone_wav(tmp_path / "880.wav", 880, seconds=3.0))
    tone_1k = write_tone_wav(tmp_path / "1000.wav", 1000, seconds=3.0)
    heard = tmp_path / "supervisor-heard.wav"
    phone = PhoneService(sip_engine, lambda: WavAudioIO(tone_1k, heard))
    agent = agents(
        server, "--user", "bartek", "--play", tone_880, "--answer-after", "0.3",
        "--wrapup-after", "0.2",
    )  # fmt: skip
    window = open_window(qtbot, arun, server.url, phone)
    panel = window.monitor_panel
    citizen_call = caller(
        server, tmp_path, "--play", tone_440, "--record", str(tmp_path / "citizen.wav"),
        "--dtmf", "1", "--seconds", "60", "--timeout", "80", "--commands", "--no-vad",
    )  # fmt: skip
    try:
        citizen_call.expect("CONFIRMED", 10)
        citizen_t0 = clock(citizen_call.expect("CLOCK", 5))
        iid = agent.field(agent.expect("OFFER", 15), "interaction")
        agent.expect("ANSWERED", 10)
        start_monitoring(qtbot, window, "bartek")
        qtbot.waitUntil(lambda: panel.phone_label.text() == "Connected", timeout=10000)
        qtbot.waitUntil(panel.take_over_action.isEnabled)
        QTest.mouseClick(panel.take_over_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.monitoring.owned == iid, timeout=8000)
        taken, phone_t0 = time.time(), window.monitoring.call_started_at
        agent.expect(f"CLOSED agent=bartek interaction={iid} wrapup=0", 10)
        agent.expect(f"ENDED interaction={iid}", 10)  # the agent's leg is gone
        qtbot.wait(2500)
        # the app kept its phone: the caller talks to the supervisor now
        assert window.monitoring.call is not None and window.monitoring.call.is_active
        assert citizen_call.proc.poll() is None
        talked = time.time()
        window.activateWindow()
        key(window, Qt.Key.Key_E)  # End conversation: the caller is hung up on
        qtbot.waitUntil(lambda: window.monitoring.owned == "", timeout=8000)
        assert citizen_call.wait(15) is not None
        qtbot.waitUntil(lambda: window.monitoring.call is None, timeout=8000)
    finally:
        citizen_call.stop()
        agent.terminate()
        arun(window.service.logout())
        phone.shutdown()
        server.stop()
    samples, rate = window_of(heard, phone_t0, taken + 0.8, talked - 0.3)
    assert detect_tone(samples, 440, rate), "the supervisor lost the caller"
    samples, rate = window_of(tmp_path / "citizen.wav", citizen_t0, taken + 0.8, talked - 0.3)
    assert detect_tone(samples, 1000, rate), "the caller lost the supervisor"
    assert not detect_tone(samples, 880, rate), "the caller still hears the agent"
