"""Slips that would lose work: quitting, signing out, going Offline or closing a window
with live conversations, and unsent text across a restart (issue 12, part 6b).

The app is ``AgentApplication`` against a real server, as ``cc-agent`` runs it; the
citizen is a bot whose events show what the server did with the conversation (queued
again at the front: ``queue.position`` 1, never ``interaction.closed``).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest

from agent_app.drafts import Draft, Drafts
from agent_app.main import AgentApplication
from agent_app.window import APP_NAME
from shared import protocol as p
from softphone.login_dialog import ORGANIZATION
from tests.gui.test_agent_app import key, start_chat
from tests.gui.test_expert_tray import consult, first_line_chat, start_expert, toast_for
from tests.gui.test_expert_tray import make_available as make_expert_available
from tests.support.bots import available, staff

pytestmark = pytest.mark.gui

DRAFT = "Your bins will be emptied tomorrow morning, and"


def start_app(qtbot, url: str, user: str = "anna") -> AgentApplication:
    app = AgentApplication(server=url, user=user, password="demo")
    app.start()
    qtbot.waitUntil(lambda: app.window.isVisible() and app.window.connected, timeout=8000)
    return app


def quitting(app: AgentApplication) -> bool:
    return app._done is not None and app._done.done()


def live_chat(arun, qtbot, app: AgentApplication, url: str):
    window = app.window
    if window.presence != "available":
        window.toggle_ready()
        qtbot.waitUntil(lambda: window.presence == "available")
    cit, rec, iid = start_chat(arun, url)
    qtbot.waitUntil(lambda: window.offer_widget.interaction_id == iid)
    window.accept_offer()
    qtbot.waitUntil(lambda: iid in window.chats and window.current_chat() is window.chats[iid])
    return cit, rec, iid, window.chats[iid]


def sign_off_dialog(qtbot, window):
    qtbot.waitUntil(lambda: window.sign_off_dialog is not None)
    dialog = window.sign_off_dialog
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def items(dialog) -> list[str]:
    return [dialog.list.item(i).text() for i in range(dialog.list.count())]


def saved_draft(url: str, user: str, iid: str) -> Draft:
    return Drafts(QSettings(ORGANIZATION, APP_NAME)).load(url, user, iid)


def back_in_line(arun, rec, iid: str) -> None:
    """The server queued the conversation again, at the front, and did not end it."""
    position = arun(rec.next(p.QueuePosition, lambda e: e.interaction_id == iid))
    assert position.position == 1
    assert not [e for e in rec.of(p.InteractionClosed) if e.interaction_id == iid]


def a_colleague_gets_it(arun, url: str, iid: str) -> None:
    bartek, brec = arun(staff(url, "bartek"))
    try:
        arun(available(bartek))
        offer = arun(brec.next(p.OfferCreated))
        assert offer.interaction.id == iid
        arun(bartek.request(p.AcceptOffer(id=0, interaction_id=iid)))
        assigned = arun(brec.next(p.InteractionAssigned))
        assert assigned.messages[0].text == "Bins on Kwiatowa 12 were not emptied"
    finally:
        arun(bartek.close())


# --------------------------------------------------------------------------- quitting


def test_ctrl_q_with_a_live_chat_asks_then_hands_it_back_to_the_front_of_the_queue(
    qloop, arun, qtbot, cc_server
):
    app = start_app(qtbot, cc_server.url)
    cit, crec, iid, chat = live_chat(arun, qtbot, app, cc_server.url)
    window = app.window
    try:
        chat.input_edit.setFocus()
        QTest.keyClicks(chat.input_edit, DRAFT)

        key(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)  # the slip
        assert not quitting(app)
        dialog = sign_off_dialog(qtbot, window)
        assert dialog.windowTitle() == "Quit with live conversations?"
        assert items(dialog) == ["Jan Malinowski — chat"]
        assert dialog.hand_back_button.text() == "&Hand back and quit"
        assert "Ctrl+Shift+T" in dialog.transfer_hint.text()  # a colleague: the transfer

        QTest.keyClick(dialog, Qt.Key.Key_Escape)  # Cancel changes nothing
        qtbot.waitUntil(lambda: window.sign_off_dialog is None)
        assert not quitting(app) and chat.state == "active"
        assert chat.input_edit.toPlainText() == DRAFT

        qtbot.waitUntil(window.isActiveWindow)  # the keyboard is back in the window
        key(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
        dialog = sign_off_dialog(qtbot, window)
        qtbot.mouseClick(dialog.hand_back_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: quitting(app))  # once the server acknowledged it
        back_in_line(arun, crec, iid)
    finally:
        arun(app.shutdown())
    a_colleague_gets_it(arun, cc_server.url, iid)
    arun(cit.close())


def test_closing_the_window_asks_and_without_live_conversations_nothing_asks(
    qloop, arun, qtbot, cc_server
):
    app = start_app(qtbot, cc_server.url)
    cit, crec, iid, chat = live_chat(arun, qtbot, app, cc_server.url)
    window = app.window
    try:
        window.close()
        assert not quitting(app)
        dialog = sign_off_dialog(qtbot, window)
        assert window.isVisible()
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.sign_off_dialog is None)
        assert window.isVisible() and not quitting(app) and chat.state == "active"

        # the citizen leaves; the wrap-up is no live conversation: Ctrl+Q quits at once
        arun(cit.request(p.CloseInteraction(id=0, interaction_id=iid)))
        qtbot.waitUntil(lambda: chat.state == "closed")
        qtbot.waitUntil(window.isActiveWindow)  # the keyboard is back in the window
        key(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
        assert quitting(app) and window.sign_off_dialog is None
    finally:
        arun(app.shutdown())
        arun(cit.close())


# --------------------------------------------------------------------------- signing out, offline


def test_sign_out_with_a_live_chat_hands_it_back_then_signs_out(qloop, arun, qtbot, cc_server):
    app = start_app(qtbot, cc_server.url)
    cit, crec, iid, _chat = live_chat(arun, qtbot, app, cc_server.url)
    first = app.window
    try:
        first.sign_out_action.trigger()
        dialog = sign_off_dialog(qtbot, first)
        assert dialog.hand_back_button.text() == "&Hand back and sign out"
        assert app.dialog is None  # still signed in while it asks
        qtbot.mouseClick(dialog.hand_back_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: app.dialog is not None and app.dialog.isVisible())
        assert app.window is not first
        back_in_line(arun, crec, iid)
    finally:
        arun(app.shutdown())
    a_colleague_gets_it(arun, cc_server.url, iid)
    arun(cit.close())


def test_choosing_offline_with_a_live_chat_hands_it_back_and_owes_no_wrapup(
    qloop, arun, qtbot, cc_server
):
    app = start_app(qtbot, cc_server.url)
    cit, crec, iid, chat = live_chat(arun, qtbot, app, cc_server.url)
    window = app.window
    try:
        window.offline_action.trigger()
        dialog = sign_off_dialog(qtbot, window)
        assert dialog.hand_back_button.text() == "&Hand back and go offline"
        assert "Not ready (F9)" in dialog.transfer_hint.text()
        assert not window.offline_action.isChecked()  # not until it is so
        assert window.available_action.isChecked()
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.sign_off_dialog is None)
        arun(window.service.request(p.Ping(id=0)))
        assert window.chosen_presence == "available" and chat.state == "active"

        window.offline_action.trigger()
        dialog = sign_off_dialog(qtbot, window)
        qtbot.mouseClick(dialog.hand_back_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.sign_off_dialog is None)
        qtbot.waitUntil(lambda: window.presence == "offline" and chat.state == "closed")
        assert not chat.wrapup_required and not chat.wrapup.mandatory
        assert chat.banner.text().startswith("You handed the conversation back")
        back_in_line(arun, crec, iid)
        assert not quitting(app)
    finally:
        arun(app.shutdown())
        arun(cit.close())


# --------------------------------------------------------------------------- unreachable


def test_server_unreachable_says_so_and_lets_the_agent_quit_anyway_keeping_the_draft(
    qloop, arun, qtbot, cc_server
):
    app = start_app(qtbot, cc_server.url)
    cit, _crec, iid, chat = live_chat(arun, qtbot, app, cc_server.url)
    window = app.window
    try:
        chat.input_edit.setFocus()
        QTest.keyClicks(chat.input_edit, DRAFT)
        cc_server.stop()
        qtbot.waitUntil(lambda: not window.connected, timeout=8000)

        key(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
        dialog = sign_off_dialog(qtbot, window)
        assert not dialog.anyway_button.isVisible()
        qtbot.mouseClick(dialog.hand_back_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(dialog.anyway_button.isVisible)
        assert "cannot be reached" in dialog.error_label.text()
        assert not quitting(app)
        assert dialog.hand_back_button.text() == "&Try again"
        qtbot.mouseClick(dialog.anyway_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: quitting(app))
        assert saved_draft(cc_server.url, "anna", iid).reply == DRAFT
    finally:
        arun(app.shutdown(), timeout=10)
        arun(cit.close())


# --------------------------------------------------------------------------- drafts


def test_drafts_survive_a_restart_of_the_app_and_go_when_sent(qloop, arun, qtbot, cc_server):
    app = start_app(qtbot, cc_server.url)
    cit, crec, iid, chat = live_chat(arun, qtbot, app, cc_server.url)
    try:
        chat.input_edit.setFocus()
        QTest.keyClicks(chat.input_edit, DRAFT)
        chat.internal.input_edit.setText("Ask the contractor about Kwiatowa")
        # kept a moment after typing stops, before any quit (a crash keeps it too)
        qtbot.waitUntil(lambda: saved_draft(cc_server.url, "anna", iid).reply == DRAFT)
    finally:
        arun(app.shutdown())  # the app goes without a word (Ctrl+C, a crash, going anyway)

    again = start_app(qtbot, cc_server.url)
    try:
        qtbot.waitUntil(lambda: iid in again.window.chats)
        restored = again.window.chats[iid]
        assert restored.state == "active"
        assert restored.input_edit.toPlainText() == DRAFT
        assert restored.internal.input_edit.text() == "Ask the contractor about Kwiatowa"

        restored.input_edit.setFocus()
        QTest.keyClicks(restored.input_edit, " you will get a text message.")
        QTest.keyClick(restored.input_edit, Qt.Key.Key_Return)
        sent = arun(crec.next(p.ChatMessageEvent, lambda e: e.message.sender == "agent"))
        assert sent.message.text == DRAFT + " you will get a text message."
        assert saved_draft(cc_server.url, "anna", iid).reply == ""
        assert saved_draft(cc_server.url, "anna", iid).internal != ""  # not sent yet
        # ended and wrapped up: nothing is kept for it
        restored.request_close()
        qtbot.waitUntil(lambda: restored.wrapup is not None)
        restored.wrapup.submit()  # mandatory on the demo server
        qtbot.waitUntil(lambda: iid not in again.window.chats)
        assert not saved_draft(cc_server.url, "anna", iid)
    finally:
        arun(again.shutdown())
        arun(cit.close())


# --------------------------------------------------------------------------- the expert


def test_closing_the_compact_expert_window_asks_and_leaves_the_consultation_to_the_agent(
    qloop, arun, qtbot, cc_server
):
    app, _ = start_expert(qtbot, cc_server.url)
    ew = app.expert.expert_window
    anna = jan = None
    try:
        assert not app.expert.tray_available  # offscreen: closing this window quits
        make_expert_available(qtbot, app)
        anna, anna_rec, (jan, jan_rec), iid = first_line_chat(arun, cc_server.url)
        consult(arun, anna, iid)
        toast = toast_for(qtbot, app, iid)
        qtbot.mouseClick(toast.accept_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: iid in app.window.chats and ew.hosts_conversations)
        arun(anna_rec.next(p.ConsultChanged, lambda e: e.state == "connected"))

        ew.close()
        assert not quitting(app)
        dialog = sign_off_dialog(qtbot, app.window)
        assert dialog.parent() is ew  # on top of the window the expert is looking at
        assert items(dialog) == ["Jan Malinowski — chat, you were asked to join"]
        qtbot.mouseClick(dialog.hand_back_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: quitting(app))
        ended = arun(anna_rec.next(p.ConsultChanged, lambda e: e.state == "ended"))
        assert ended.reason == "left"  # Anna carries on with the citizen
        assert not [e for e in jan_rec.of(p.InteractionClosed) if e.interaction_id == iid]
    finally:
        arun(app.shutdown())
        for c in (anna, jan):
            if c is not None:
                arun(c.close())


# --------------------------------------------------------------------------- the question


def test_a_call_in_progress_is_listed_and_the_question_says_what_happens_to_the_caller(qtbot):
    from agent_app.sign_off_dialog import SignOffDialog

    dialog = SignOffDialog(
        "quit", [("600100200", "voice", "owner"), ("Jan Malinowski", "chat", "consulted")]
    )
    qtbot.addWidget(dialog)
    assert items(dialog) == [
        "600100200 — phone call",
        "Jan Malinowski — chat, you were asked to join",
    ]
    assert "hold music" in dialog.explain.text()
    dialog.show_failure(unreachable=True)
    assert "A call in progress ends when the app quits." in dialog.error_label.text()
    assert dialog.anyway_button.text() == "&Quit anyway"
    # signing out keeps the softphone: no word about the call ending then
    other = SignOffDialog("sign_out", [("600100200", "voice", "owner")])
    qtbot.addWidget(other)
    other.show_failure(unreachable=True)
    assert "call in progress" not in other.error_label.text()
