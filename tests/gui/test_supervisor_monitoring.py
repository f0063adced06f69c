"""The supervisor app monitors a live chat and a live call, switching modes with the
shortcuts (pytest-qt, offscreen), against a real server. The call: a citizen (pjsua2
process) calls, a softphone bot (``shared.demo.phone_agent``) answers for bartek, and
Sam's window has its softphone on this process's one pjsua2 endpoint, the microphone a
1 kHz WAV and the speaker a file checked by FFT. ``CC_SCREENSHOTS=docs/images`` saves
the monitor panel as the docs show it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from shared import protocol as p
from shared.tones import detect_tone, read_wav, tone_anywhere, write_tone_wav
from softphone.audio_bridge import WavAudioIO
from softphone.client_service import ClientService
from softphone.phone_service import PhoneService
from supervisor_app.window import SupervisorWindow
from tests.support.bots import available, citizen, staff
from tests.support.calls import agents, caller
from tests.support.server import ServerProcess

pytestmark = pytest.mark.gui

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def screenshot(widget, name: str) -> None:
    folder = os.environ.get("CC_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        assert widget.grab().save(str(Path(folder) / name))


def key(window, k) -> None:
    QTest.keyClick(window.focusWidget() or window, k, CTRL_SHIFT)


def open_window(qtbot, arun, url: str, phone=None) -> SupervisorWindow:
    service = ClientService(client_name="test-supervisor")
    window = SupervisorWindow(service, phone=phone)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    with qtbot.waitSignal(window.snapshot_applied, timeout=8000):
        arun(service.login(url, "sam", "demo"))
    return window


def start_monitoring(qtbot, window: SupervisorWindow, agent: str) -> None:
    """Select the agent in the grid once they have a conversation; Ctrl+Shift+M."""
    qtbot.waitUntil(
        lambda: (s := window.agent_model.agent(agent)) is not None and bool(s.interactions),
        timeout=10000,
    )
    assert window.select_agent(agent)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(window.monitor_action.isEnabled)
    key(window, Qt.Key.Key_M)
    qtbot.waitUntil(lambda: window.monitoring.current is not None, timeout=8000)


def test_supervisor_watches_a_chat_live_and_whispers_and_barges_by_shortcut(
    qloop, arun, qtbot, cc_server
):
    anna, anna_rec = arun(staff(cc_server.url, "anna"))
    arun(available(anna))
    jan, jan_rec = arun(citizen(cc_server.url))
    window = open_window(qtbot, arun, cc_server.url)
    panel = window.monitor_panel
    try:
        started = arun(
            jan.request(p.StartChat(id=0, topic="waste", text="My bin was not emptied", name="Jan"))
        )
        iid = started.interaction.id
        arun(anna_rec.next(p.OfferCreated))
        arun(anna.request(p.AcceptOffer(id=0, interaction_id=iid)))
        start_monitoring(qtbot, window, "anna")
        assert window.monitoring.interaction_id == iid
        assert "My bin was not emptied" in panel.transcript.toPlainText()
        assert "Listening" in panel.mode_label.text()
        assert not panel.note_edit.isEnabled() and not panel.say_edit.isEnabled()
        assert arun(anna_rec.next(p.MonitorChanged)).monitor.mode == "listen"

        # the transcript updates live
        arun(jan.request(p.SendChat(id=0, interaction_id=iid, text="Lipowa 5, since Monday")))
        qtbot.waitUntil(lambda: "Lipowa 5" in panel.transcript.toPlainText(), timeout=5000)
        arun(anna.request(p.SendChat(id=0, interaction_id=iid, text="Let me check.")))
        qtbot.waitUntil(lambda: "Let me check." in panel.transcript.toPlainText(), timeout=5000)

        # Ctrl+Shift+W: whisper; a note reaches the agent, never the citizen
        key(window, Qt.Key.Key_W)
        qtbot.waitUntil(lambda: panel.mode == "whisper", timeout=5000)
        assert panel.mode_actions["whisper"].isChecked() and panel.note_edit.isEnabled()
        panel.note_edit.setText("Offer the bulky-waste date")
        QTest.keyClick(panel.note_edit, Qt.Key.Key_Return)
        note = arun(anna_rec.next(p.InternalMessageEvent))
        assert note.message.text == "Offer the bulky-waste date"
        qtbot.waitUntil(lambda: "Note from Sam" in panel.transcript.toPlainText())

        # Ctrl+Shift+B: barge; the citizen sees Sam join and reads Sam's message
        window.activateWindow()
        key(window, Qt.Key.Key_B)
        qtbot.waitUntil(lambda: panel.mode == "barge", timeout=5000)
        joined = arun(jan_rec.next(p.ParticipantsChanged, lambda e: e.joined))
        assert joined.joined == "Sam Supervisor"
        panel.say_edit.setText("We will come today.")
        QTest.keyClick(panel.say_edit, Qt.Key.Key_Return)
        heard = arun(jan_rec.next(p.ChatMessageEvent, lambda e: e.message.text.startswith("We")))
        assert heard.message.sender_name == "Sam Supervisor"
        qtbot.waitUntil(lambda: "We will come today." in panel.transcript.toPlainText())
        assert "Barged in" in panel.mode_label.text()
        screenshot(window.monitor_dock, "supervisor-monitor-chat.png")
        window.resize(1400, 800)
        qtbot.wait(50)
        screenshot(window, "supervisor-window.png")  # the Live view with the panel open
        texts = [e.message.text for e in jan_rec.of(p.ChatMessageEvent)]
        assert "Offer the bulky-waste date" not in texts

        # Ctrl+Shift+S: stop; the chat goes on
        window.activateWindow()
        key(window, Qt.Key.Key_S)
        qtbot.waitUntil(lambda: window.monitoring.current is None, timeout=5000)
        assert "You stopped monitoring" in panel.title_label.text()
        assert arun(anna_rec.next(p.MonitorChanged, lambda e: e.stopped)).reason == "supervisor"
        arun(jan.request(p.SendChat(id=0, interaction_id=iid, text="Thanks")))
        arun(anna_rec.next(p.ChatMessageEvent, lambda e: e.message.text == "Thanks"))
    finally:
        arun(window.service.logout())
        arun(anna.close())
        arun(jan.close())


@pytest.fixture
def phone_server(tmp_path):
    server = ServerProcess(tmp_path / "cc-data", telephony=True, rooms=2, rooms_spare=1)
    server.start(timeout=40)
    yield server
    server.stop()


@pytest.mark.slow
@pytest.mark.timeout(120)
def test_supervisor_monitors_a_call_on_the_apps_softphone_and_switches_modes(
    qloop, arun, qtbot, phone_server, sip_engine, tmp_path
):
    tone_440 = str(write_tone_wav(tmp_path / "440.wav", 440, seconds=3.0))
    tone_880 = str(write_tone_wav(tmp_path / "880.wav", 880, seconds=3.0))
    tone_1k = write_tone_wav(tmp_path / "1000.wav", 1000, seconds=3.0)
    heard = tmp_path / "supervisor-heard.wav"
    phone = PhoneService(sip_engine, lambda: WavAudioIO(tone_1k, heard))
    agent = agents(
        phone_server, "--user", "bartek", "--play", tone_880, "--record-dir",
        str(tmp_path / "agent"), "--answer-after", "0.3", "--wrapup-after", "0.2",
    )  # fmt: skip
    window = open_window(qtbot, arun, phone_server.url, phone)
    panel = window.monitor_panel
    citizen_call = caller(
        phone_server, tmp_path, "--play", tone_440, "--record", str(tmp_path / "citizen.wav"),
        "--dtmf", "1", "--seconds", "60", "--timeout", "80", "--commands",
    )  # fmt: skip
    try:
        iid = agent.field(agent.expect("OFFER", 15), "interaction")
        agent.expect("ANSWERED", 10)
        start_monitoring(qtbot, window, "bartek")
        assert window.monitoring.interaction_id == iid
        qtbot.waitUntil(lambda: panel.phone_label.text() == "Connected", timeout=10000)
        assert not panel.transcript.isVisible()  # a call: no transcript, no text boxes
        qtbot.wait(1500)
        key(window, Qt.Key.Key_W)
        qtbot.waitUntil(lambda: panel.mode == "whisper", timeout=5000)
        agent.expect("MONITORED agent=bartek", 5)
        qtbot.wait(1000)
        window.activateWindow()
        key(window, Qt.Key.Key_B)
        qtbot.waitUntil(lambda: panel.mode == "barge", timeout=5000)
        screenshot(window.monitor_dock, "supervisor-monitor-call.png")
        qtbot.wait(1500)
        window.activateWindow()
        key(window, Qt.Key.Key_L)
        qtbot.waitUntil(lambda: panel.mode == "listen", timeout=5000)

        window.activateWindow()
        key(window, Qt.Key.Key_S)
        qtbot.waitUntil(lambda: window.monitoring.current is None, timeout=5000)
        qtbot.waitUntil(lambda: window.monitoring.call is None, timeout=5000)
        # the call goes on untouched
        assert citizen_call.proc.poll() is None
        citizen_call.send("HANGUP")
        assert citizen_call.wait(15) == 0
        agent.expect("WRAPPED", 15)
    finally:
        citizen_call.stop()
        agent.terminate()
        arun(window.service.logout())
        phone.shutdown()
    samples, rate = read_wav(heard)
    assert detect_tone(samples, 440, rate), "the supervisor did not hear the caller"
    assert detect_tone(samples, 880, rate), "the supervisor did not hear the agent"
    # (only the barge can have put the supervisor's 1 kHz into what the caller heard;
    # tests/integration/test_monitoring_calls.py checks each mode's window and levels)
    assert tone_anywhere(tmp_path / "citizen.wav", 1000), "barge: the caller heard nobody"


def test_the_agent_sees_who_monitors_them_until_it_stops(qtbot):
    from agent_app.monitored import MonitoredIndicator

    indicator = MonitoredIndicator()
    qtbot.addWidget(indicator)
    indicator.show()
    info = p.MonitorInfo(
        interaction_id="i1", supervisor="sam", supervisor_name="Sam Supervisor",
        mode="listen", started_at=1.0, mode_since=1.0,
    )  # fmt: skip
    indicator.apply(p.MonitorChanged(monitor=info))
    assert (
        indicator.isVisible()
        and indicator.text() == "Being monitored by Sam Supervisor (listening)"
    )
    info.mode = "whisper"
    indicator.apply(p.MonitorChanged(monitor=info))
    assert "coaching you" in indicator.text()
    indicator.apply(p.MonitorChanged(monitor=info, stopped=True, reason="supervisor"))
    assert not indicator.isVisible() and indicator.text() == ""
