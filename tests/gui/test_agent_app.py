"""The agent app, driven like an agent would, against a real routing server.

A citizen is a ``shared.client.Client(citizen=True)``; a supervisor client checks what
the server believes. Everything runs on one qasync loop (``qloop``): the tests wait with
``qtbot.waitUntil``/``waitSignal`` and ``arun`` (awaiting a coroutine while Qt spins).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from agent_app.main import AgentApplication
from agent_app.tray import AgentTray
from agent_app.window import AgentWindow
from shared import protocol as p
from softphone.client_service import ClientService
from softphone.login_dialog import LoginDialog
from tests.support.bots import citizen, staff

pytestmark = pytest.mark.gui


# --------------------------------------------------------------------------- helpers


def activate(qtbot, window) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def key(window, k, mods=Qt.KeyboardModifier.NoModifier) -> None:
    """A key press where the agent's focus is (window shortcuts see it from there)."""
    QTest.keyClick(window.focusWidget() or window, k, mods)


@pytest.fixture
def agent(qloop, arun, qtbot, cc_server):
    """Anna's window, signed in (not ready), on screen and active."""
    service = ClientService(client_name="test")
    window = AgentWindow(service)
    qtbot.addWidget(window)
    activate(qtbot, window)
    arun(service.login(cc_server.url, "anna", "demo"))
    qtbot.waitUntil(lambda: window.presence == "offline" and window.connected)
    yield window
    arun(service.logout())
    window.allow_close()


def make_available(qtbot, window) -> None:
    if window.presence != "available":
        key(window, Qt.Key.Key_F9)
        qtbot.waitUntil(lambda: window.presence == "available")


def start_chat(arun, url, text="Bins on Kwiatowa 12 were not emptied", name="Jan Malinowski"):
    cit, rec = arun(citizen(url))
    started = arun(cit.request(p.StartChat(id=0, topic="waste", text=text, name=name)))
    return cit, rec, started.interaction.id


def accept_with_f5(qtbot, window, iid):
    qtbot.waitUntil(lambda: window.offer_widget.interaction_id == iid)
    assert window.offer_widget.isVisible()
    key(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: iid in window.chats and window.current_chat() is window.chats[iid])
    return window.chats[iid]


def transcript(chat) -> list[tuple[str, str]]:
    return [(e.sender, e.text) for e in chat.transcript.entries()]


# --------------------------------------------------------------------------- tests


def test_login_dialog_rejects_bad_password_then_opens_window(qloop, arun, qtbot, cc_server):
    app = AgentApplication(server=cc_server.url)
    app.start()
    dialog = app.dialog
    assert isinstance(dialog, LoginDialog) and dialog.isVisible()
    assert dialog.url_edit.text() == cc_server.url

    dialog.user_edit.setText("anna")
    dialog.password_edit.setText("wrong")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=5000)
    assert dialog.error_label.text() == "Wrong user name or password."
    assert not app.window.isVisible()
    assert dialog.password_edit.isEnabled()

    dialog.password_edit.setText("demo")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app.window.isVisible(), timeout=5000)
    assert app.window.windowTitle() == "City Contact Centre — Agent (Anna Kowalska)"
    assert app.dialog is None

    # remembered for next time: server and user, never the password
    again = LoginDialog("cc-agent")
    assert (again.url_edit.text(), again.user_edit.text()) == (cc_server.url, "anna")
    assert again.password_edit.text() == ""
    again.deleteLater()

    window = app.window
    arun(app.shutdown())
    assert not window.isVisible()
    assert app.service.client is None


def test_scripted_expert_login_skips_the_dialog(qloop, arun, qtbot, cc_server):
    app = AgentApplication(server=cc_server.url, user="ewa", password="demo", tray=True)
    app.start()
    if AgentTray.is_available():  # a desktop session: the expert lives in the tray
        qtbot.waitUntil(lambda: app.expert is not None and app.expert.tray.tray.isVisible())
    else:  # offscreen: no tray to hide in, so the compact expert window shows
        qtbot.waitUntil(lambda: app.expert is not None and app.expert.expert_window.isVisible())
    assert app.dialog is None
    assert app.window.windowTitle() == "City Contact Centre — Expert (Ewa Lewandowska)"
    arun(app.shutdown())


def test_sign_out_goes_offline_and_back_to_the_dialog(qloop, arun, qtbot, cc_server):
    sup, srec = arun(staff(cc_server.url, "sam"))
    arun(sup.request(p.Subscribe(id=0)))
    app = AgentApplication(server=cc_server.url, user="anna", password="demo")
    app.start()
    qtbot.waitUntil(lambda: app.window.isVisible() and app.window.connected, timeout=5000)
    first = app.window
    first.toggle_ready()
    arun(srec.next(p.AgentStatus, lambda m: m.presence == "available"))

    first.sign_out_action.trigger()
    qtbot.waitUntil(lambda: app.dialog is not None and app.dialog.isVisible())
    assert app.window is not first and not app.window.isVisible()
    assert app.dialog.user_edit.text() == "anna" and app.dialog.password_edit.text() == ""
    update = arun(srec.next(p.AgentStatus, lambda m: m.username == "anna" and not m.connected))
    assert update.presence == "offline"
    arun(app.shutdown())
    arun(sup.close())


def test_cc_agent_process_signs_in_and_quits_cleanly_on_ctrl_c(cc_server, tmp_path):
    """The real entry point: QApplication, qasync loop, scripted login, SIGINT, exit 0."""
    import asyncio
    import os
    import signal
    import subprocess
    import sys
    import time

    from tests.support.server import ROOT

    async def make_dawid_available():  # the server keeps a chosen presence across sessions
        bot, _ = await staff(cc_server.url, "dawid")
        await bot.request(p.SetPresence(id=0, state="available"))
        await bot.close()

    asyncio.run(make_dawid_available())  # not on a Qt loop: this test has none
    logins = cc_server.log().count("logged in as agent dawid")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "agent_app.main",
            "--server",
            cc_server.url,
            "--user",
            "dawid",
            "--password",
            "demo",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 8
        while cc_server.log().count("logged in as agent dawid") == logins:
            assert proc.poll() is None, proc.stdout.read().decode()
            assert time.monotonic() < deadline, "cc-agent did not sign in"
            time.sleep(0.05)  # a subprocess, not the Qt loop: nothing to spin here
        proc.send_signal(signal.SIGINT)
        assert proc.wait(8) == 0, proc.stdout.read().decode()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()

    async def dawid_status():
        sup, _ = await staff(cc_server.url, "sam")
        snapshot = await sup.request(p.Subscribe(id=0))
        await sup.close()
        return next(a for a in snapshot.agents if a.username == "dawid")

    status = asyncio.run(dawid_status())
    assert (status.presence, status.connected) == ("offline", False)  # quitting = going offline


def test_presence_f9_and_menu_reach_the_server(agent, arun, qtbot, cc_server):
    sup, srec = arun(staff(cc_server.url, "sam"))
    arun(sup.request(p.Subscribe(id=0)))

    def server_says(presence, reason=""):
        return arun(
            srec.next(
                p.AgentStatus,
                lambda m: m.username == "anna" and m.presence == presence and m.reason == reason,
            )
        )

    key(agent, Qt.Key.Key_F9)
    server_says("available")
    qtbot.waitUntil(lambda: agent.presence_button.text() == "Available")
    assert agent.available_action.isChecked()

    key(agent, Qt.Key.Key_F9)
    server_says("not_ready")
    qtbot.waitUntil(lambda: agent.presence == "not_ready")

    lunch = next(a for a in agent.not_ready_menu.actions() if a.text() == "Lunch")
    lunch.trigger()
    server_says("not_ready", "Lunch")
    qtbot.waitUntil(lambda: agent.presence_button.text() == "Not ready — Lunch")

    agent.available_action.trigger()
    server_says("available")
    key(agent, Qt.Key.Key_F9)  # back to the last reason chosen
    server_says("not_ready", "Lunch")

    agent.offline_action.trigger()
    server_says("offline")
    qtbot.waitUntil(lambda: agent.presence_button.text() == "Offline")
    assert "0:0" in agent.time_in_state_label.text()
    arun(sup.close())


def test_offer_accept_f5_and_chat_both_ways(agent, arun, qtbot, cc_server):
    make_available(qtbot, agent)
    cit, crec, iid = start_chat(arun, cc_server.url)

    qtbot.waitUntil(lambda: agent.offer_widget.isVisible())
    assert "Waste collection" in agent.offer_widget.title_label.text()
    assert agent.offer_widget.citizen_label.text().startswith("Jan Malinowski · waiting 0:0")
    chat = accept_with_f5(qtbot, agent, iid)
    assert not agent.offer_widget.isVisible()
    assert transcript(chat) == [("citizen", "Bins on Kwiatowa 12 were not emptied")]
    assert agent.tabs.tabText(agent.tabs.indexOf(chat)) == "Jan Malinowski"
    # the agent acknowledged the citizen's first message
    assert arun(crec.next(p.ChatDelivered)).seq == 1
    qtbot.waitUntil(lambda: agent.presence == "busy")

    # agent types: the citizen sees "typing", then the message; Enter sends
    chat.input_edit.setFocus()
    QTest.keyClicks(chat.input_edit, "Hello, sorry about that!")
    typing = arun(crec.next(p.Typing))
    assert typing.typing and typing.sender == "agent"
    key(agent, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClicks(chat.input_edit, "Which bins?")
    key(agent, Qt.Key.Key_Return)
    got = arun(crec.next(p.ChatMessageEvent))
    assert got.message.text == "Hello, sorry about that!\nWhich bins?"
    assert chat.input_edit.toPlainText() == ""
    qtbot.waitUntil(lambda: "✓" in chat.transcript_view.toPlainText())
    assert "✓✓" not in chat.transcript_view.toPlainText()

    # the citizen's app acknowledges: ✓✓
    arun(cit.notify(p.AckChat(interaction_id=iid, seq=got.message.seq)))
    qtbot.waitUntil(lambda: "✓✓" in chat.transcript_view.toPlainText())

    # the citizen types, then answers
    arun(cit.notify(p.Typing(interaction_id=iid, typing=True, sender="citizen")))
    qtbot.waitUntil(lambda: chat.typing_label.text() == "Jan Malinowski is typing…")
    for text in ("The paper ones", "and the plastic"):
        arun(cit.request(p.SendChat(id=0, interaction_id=iid, text=text)))
    qtbot.waitUntil(lambda: len(chat.transcript) == 4)
    assert chat.typing_label.text() == ""
    assert transcript(chat) == [
        ("citizen", "Bins on Kwiatowa 12 were not emptied"),
        ("agent", "Hello, sorry about that!\nWhich bins?"),
        ("citizen", "The paper ones"),
        ("citizen", "and the plastic"),
    ]
    plain = chat.transcript_view.toPlainText()
    assert plain.index("Which bins?") < plain.index("The paper ones") < plain.index("plastic")
    assert arun(crec.next(p.ChatDelivered, lambda m: m.seq == 4)).seq == 4
    assert chat.unread == 0  # the tab is the current one
    arun(cit.close())


def test_unread_badge_on_a_background_tab(agent, arun, qtbot, cc_server):
    make_available(qtbot, agent)
    cit1, _, first = start_chat(arun, cc_server.url, name="Jan Malinowski")
    accept_with_f5(qtbot, agent, first)
    cit2, _, second = start_chat(arun, cc_server.url, "Where can I leave a sofa?", "Zofia Kamińska")
    chat2 = accept_with_f5(qtbot, agent, second)
    chat1 = agent.chats[first]

    arun(cit1.request(p.SendChat(id=0, interaction_id=first, text="Hello?")))
    arun(cit1.request(p.SendChat(id=0, interaction_id=first, text="Anyone?")))
    qtbot.waitUntil(lambda: chat1.unread == 2)
    assert agent.tabs.tabText(agent.tabs.indexOf(chat1)) == "Jan Malinowski (2)"
    assert agent.tabs.tabText(agent.tabs.indexOf(chat2)) == "Zofia Kamińska"

    key(agent, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert agent.current_chat() is chat1
    assert agent.tabs.tabText(agent.tabs.indexOf(chat1)) == "Jan Malinowski"
    assert agent.detail_labels["citizen"].text() == "Jan Malinowski"
    assert agent.detail_labels["topic"].text() == "Waste collection"
    for c in (cit1, cit2):
        arun(c.close())


def test_close_and_mandatory_wrapup_before_next_offer(agent, arun, qtbot, cc_server):
    make_available(qtbot, agent)
    cit, crec, iid = start_chat(arun, cc_server.url)
    chat = accept_with_f5(qtbot, agent, iid)

    # Ctrl+W asks first (a slip next to Ctrl+Q must not end a live chat); Esc keeps it
    key(agent, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: agent.close_chat_box is not None and agent.close_chat_box.isActiveWindow()
    )
    box = agent.close_chat_box
    assert box.text() == "End the chat with Jan Malinowski?"
    QTest.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: agent.close_chat_box is None)
    assert chat.state == "active" and not crec.of(p.InteractionClosed)
    # Ctrl+W, Ctrl+W: ended, as before
    key(agent, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: agent.close_chat_box is not None and agent.close_chat_box.isActiveWindow()
    )
    QTest.keyClick(agent.close_chat_box, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: chat.wrapup is not None and chat.wrapup.isVisible())
    assert arun(crec.next(p.InteractionClosed)).by == "agent"
    qtbot.waitUntil(lambda: agent.presence == "wrap_up")
    assert chat.input_edit.isReadOnly() and not chat.send_button.isEnabled()
    assert "You ended the conversation" in chat.transcript_view.toPlainText()
    # the topic of the chat is suggested
    assert chat.wrapup.topic == "Waste collection"

    # a second citizen waits: no offer while the wrap-up is owed
    cit2, _, second = start_chat(arun, cc_server.url, "Where can I leave a sofa?", "Zofia")
    arun(agent.service.request(p.Ping(id=0)))  # any offer would have arrived before this
    assert not agent.offer_widget.isVisible() and not agent.desk.offers

    # Ctrl+W cannot drop a tab whose wrap-up is mandatory
    key(agent, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert iid in agent.chats
    assert "wrap-up" in agent.statusBar().currentMessage()

    chat.wrapup.notes_edit.setFocus()
    QTest.keyClicks(chat.wrapup.notes_edit, "Reported to the contractor")
    chat.wrapup.resolved_check.setChecked(True)
    key(agent, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: iid not in agent.chats)
    assert agent.work_stack.currentWidget() in (agent.empty_page, agent.tabs)
    assert agent.handled_label.text() == "1"

    # now the waiting chat is offered
    qtbot.waitUntil(lambda: agent.offer_widget.interaction_id == second)
    for c in (cit, cit2):
        arun(c.close())


def test_citizen_leaves_first(agent, arun, qtbot, cc_server):
    make_available(qtbot, agent)
    cit, _, iid = start_chat(arun, cc_server.url)
    chat = accept_with_f5(qtbot, agent, iid)
    arun(cit.request(p.CloseInteraction(id=0, interaction_id=iid)))

    qtbot.waitUntil(lambda: chat.banner.isVisible())
    assert chat.banner.text() == "Jan Malinowski left the chat."
    assert "Bins on Kwiatowa" in chat.transcript_view.toPlainText()  # still readable
    assert "ended by the citizen" in chat.transcript_view.toPlainText()
    assert chat.wrapup.isVisible() and chat.wrapup.mandatory
    assert iid in agent.chats

    chat.wrapup.topic_combo.setCurrentText("Other")
    qtbot.mouseClick(chat.wrapup.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: iid not in agent.chats)
    assert agent.work_stack.currentWidget() is agent.empty_page
    arun(cit.close())


def test_reconnect_after_server_kill_restores_the_chat_once(agent, arun, qtbot, cc_server):
    make_available(qtbot, agent)
    cit, crec, iid = start_chat(arun, cc_server.url)
    chat = accept_with_f5(qtbot, agent, iid)
    chat.input_edit.setPlainText("Let me check that for you.")
    chat.send_current_text()
    arun(crec.next(p.ChatMessageEvent))

    cc_server.kill()
    qtbot.waitUntil(lambda: agent.connection_label.text() == "Reconnecting…")
    assert not chat.send_button.isEnabled() or chat.input_edit.toPlainText() == ""
    cc_server.start()
    qtbot.waitUntil(lambda: agent.connection_label.text() == "Connected", timeout=8000)

    # the server pushes the open chat again: same tab, same transcript, nothing doubled
    qtbot.waitUntil(lambda: chat.interaction.state == "active" and agent.presence == "busy")
    assert list(agent.chats) == [iid] and agent.tabs.count() == 1
    assert agent.chats[iid] is chat
    assert transcript(chat) == [
        ("citizen", "Bins on Kwiatowa 12 were not emptied"),
        ("agent", "Let me check that for you."),
    ]
    assert chat.transcript_view.toPlainText().count("Let me check") == 1

    # and the conversation goes on
    qtbot.waitUntil(lambda: cit.connected, timeout=8000)
    chat.input_edit.setPlainText("The crew comes tomorrow.")
    qtbot.waitUntil(chat.send_button.isEnabled)
    chat.send_current_text()
    got = arun(crec.next(p.ChatMessageEvent, lambda m: m.message.text.startswith("The crew")))
    assert got.message.seq == 3
    arun(cit.close())


def test_ring_no_answer_removes_the_offer_and_sets_not_ready(qloop, arun, qtbot, tmp_path):
    from tests.support.server import ServerProcess

    server = ServerProcess(tmp_path / "rona", extra_args=["--offer-timeout", "0.8"])
    server.start()
    service = ClientService(client_name="test")
    window = AgentWindow(service)
    qtbot.addWidget(window)
    try:
        activate(qtbot, window)
        arun(service.login(server.url, "anna", "demo"))
        make_available(qtbot, window)
        cit, _, iid = start_chat(arun, server.url)
        qtbot.waitUntil(lambda: window.offer_widget.interaction_id == iid)
        qtbot.waitUntil(lambda: not window.offer_widget.isVisible(), timeout=4000)
        qtbot.waitUntil(lambda: window.presence == "not_ready")
        assert window.presence_button.text() == "Not ready — Missed offer"
        assert "missed an offer" in window.statusBar().currentMessage()
        assert not window.accept_action.isEnabled() and not window.chats
        arun(cit.close())
        arun(service.logout())
    finally:
        window.allow_close()
        server.stop()


def test_auto_accept_takes_the_offer_without_a_key(agent, arun, qtbot, cc_server):
    agent.auto_accept_check.setChecked(True)
    make_available(qtbot, agent)
    cit, _, iid = start_chat(arun, cc_server.url)
    qtbot.waitUntil(lambda: iid in agent.chats)
    assert agent.current_chat() is agent.chats[iid]
    assert not agent.offer_widget.isVisible()
    arun(cit.close())


def test_reject_passes_the_offer_to_someone_else(agent, arun, qtbot, cc_server):
    bartek, brec = arun(staff(cc_server.url, "bartek"))
    make_available(qtbot, agent)
    cit, _, iid = start_chat(arun, cc_server.url)
    qtbot.waitUntil(lambda: agent.offer_widget.interaction_id == iid)
    arun(bartek.request(p.SetPresence(id=0, state="available")))
    qtbot.mouseClick(agent.offer_widget.reject_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not agent.offer_widget.isVisible())
    assert arun(brec.next(p.OfferCreated)).interaction.id == iid
    assert not agent.chats and not agent.accept_action.isEnabled()
    assert agent.presence == "available"
    for c in (cit, bartek):
        arun(c.close())
