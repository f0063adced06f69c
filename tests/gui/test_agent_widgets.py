"""The agent app's parts without a server: transcript bookkeeping, dialogs, tray, input."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from agent_app.chat_widget import ChatInput
from agent_app.dialogs import ShortcutsDialog
from agent_app.main import login_error_text, parse_args
from agent_app.transcript import Transcript
from agent_app.window import AgentWindow
from shared import protocol as p
from softphone.client_service import ClientService
from softphone.login_dialog import LoginDialog
from softphone.presence import format_duration, presence_text

pytestmark = pytest.mark.gui


def msg(seq, sender="citizen", text="hi"):
    return p.ChatMessage(seq=seq, sender=sender, sender_name=sender.title(), text=text, ts=0.0)


def interaction(iid="i1", topic="waste", name="Jan"):
    return p.InteractionInfo(
        id=iid,
        channel="chat",
        topic=topic,
        citizen_name=name,
        state="offered",
        created_at=time.time(),
    )


# --------------------------------------------------------------------------- transcript


def test_transcript_is_idempotent_by_seq():
    t = Transcript()
    assert t.merge([msg(1), msg(2, "agent")]) == [msg(1), msg(2, "agent")]
    assert t.merge([msg(1), msg(2, "agent"), msg(3)]) == [msg(3)]  # pushed again
    assert not t.add(msg(3))
    assert [e.seq for e in t.entries()] == [1, 2, 3]


def test_transcript_pending_then_confirmed_then_delivered():
    t = Transcript()
    t.add(msg(1))
    local = t.add_pending("hello", "Anna")
    pending = t.entries()[-1]
    assert t.status(pending) == "sending" and pending.seq is None
    # the server may echo the message before the reply: no duplicate either way
    t.add(msg(2, "agent", "hello"))
    t.confirm(local, msg(2, "agent", "hello"))
    assert [(e.seq, e.text) for e in t.entries()] == [(1, "hi"), (2, "hello")]
    assert t.status(t.entries()[1]) == "sent"
    assert t.status(t.entries()[0]) is None
    assert t.mark_delivered(2) and not t.mark_delivered(1)
    assert t.status(t.entries()[1]) == "delivered"


def test_transcript_failed_send_is_dropped_and_acks_only_news():
    t = Transcript()
    local = t.add_pending("lost", "Anna")
    assert t.drop_pending(local).text == "lost" and len(t) == 0
    assert t.take_ack() is None
    t.merge([msg(1), msg(2, "agent"), msg(3)])
    assert t.take_ack() == 3
    assert t.take_ack() is None
    t.add(msg(4, "agent"))
    assert t.take_ack() is None


# --------------------------------------------------------------------------- helpers


def test_presence_texts_and_durations(qapp):
    assert presence_text("not_ready", "Lunch") == "Not ready — Lunch"
    assert presence_text("not_ready", "ring_no_answer") == "Not ready — Missed offer"
    assert presence_text("available", "ignored") == "Available"
    assert [format_duration(s) for s in (7, 725, 3723)] == ["0:07", "12:05", "1:02:03"]


def test_command_line_and_login_errors(qapp):
    args = parse_args(["--server", "ws://h:1/ws", "--user", "ewa", "--password", "demo", "--tray"])
    assert (args.server, args.user, args.password, args.tray) == (
        "ws://h:1/ws",
        "ewa",
        "demo",
        True,
    )
    bad = p.ProtocolError("unauthorized", "unknown user or wrong password")
    assert login_error_text(bad, "ws://x") == "Wrong user name or password."
    assert (
        login_error_text(OSError("refused"), "ws://x/ws") == "Cannot reach the server at ws://x/ws."
    )


# --------------------------------------------------------------------------- widgets


def test_login_dialog_api(qtbot):
    dialog = LoginDialog("cc-test")
    qtbot.addWidget(dialog)
    dialog.url_edit.setText("ws://127.0.0.1:1/ws")
    dialog.user_edit.setText("anna")
    assert not dialog.sign_in_button.isEnabled()  # no password yet
    dialog.password_edit.setText("demo")
    with qtbot.waitSignal(dialog.login_requested) as sig:
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert sig.args == ["ws://127.0.0.1:1/ws", "anna", "demo"]
    assert not dialog.user_edit.isEnabled()  # busy until the app answers
    dialog.show_error("Wrong user name or password.")
    assert dialog.user_edit.isEnabled() and not dialog.error_label.isHidden()
    dialog.set_busy(True)
    assert dialog.error_label.isHidden() and not dialog.sign_in_button.isEnabled()


def test_chat_input_enter_sends_shift_enter_breaks_line(qtbot):
    edit = ChatInput()
    qtbot.addWidget(edit)
    QTest.keyClicks(edit, "one")
    QTest.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClicks(edit, "two")
    assert edit.toPlainText() == "one\ntwo"
    with qtbot.waitSignal(edit.submitted):
        QTest.keyClick(edit, Qt.Key.Key_Return)
    assert edit.toPlainText() == "one\ntwo"  # the owner reads and clears it


def test_shortcuts_dialog_lists_the_keys(qloop, qtbot):
    window = AgentWindow(ClientService())
    qtbot.addWidget(window)
    window.show_shortcuts()
    dialog = window.shortcuts_dialog
    assert isinstance(dialog, ShortcutsDialog) and dialog.isVisible()
    keys = dialog.shortcut_texts()
    assert keys["Toggle Available / Not ready"] == "F9"
    assert keys["Accept offer"] == "F5"
    assert keys["End or close conversation"] == "Ctrl+W"
    assert keys["Submit wrap-up"] == "Ctrl+Return"
    assert keys["Send message"] == "Return"
    # the second line
    assert keys["Consult an expert…"] == "Ctrl+Shift+C"
    assert keys["Transfer to a department…"] == "Ctrl+Shift+T"
    assert keys["Conference (citizen joins the consultation)"] == "Ctrl+Shift+M"
    assert keys["Complete the transfer (the expert takes over)"] == (
        "Ctrl+Shift+Return, Ctrl+Shift+Enter"
    )
    assert keys["Cancel the consultation"] == "Ctrl+Shift+X"
    assert keys["Staff chat"] == "Ctrl+Shift+L"
    assert keys["Directory"] == "F4, Ctrl+Shift+D"
    assert keys["Call notes"] == "Ctrl+Shift+N"
    assert keys["Directory: transfer to the selected department"] == "Shift+Return"
    dialog.close()
    window.allow_close()


def test_no_two_window_actions_share_a_key(qloop, qtbot):
    window = AgentWindow(ClientService())
    qtbot.addWidget(window)
    seen: dict[str, str] = {}
    for action in window.actions():
        for seq in action.shortcuts():
            text = seq.toString()
            assert text not in seen, f"{text}: {seen.get(text)} and {action.text()}"
            seen[text] = action.text()
    # and none takes a key the message box needs
    for taken in ("Ctrl+C", "Ctrl+V", "Ctrl+X", "Ctrl+Z", "Ctrl+A", "Ctrl+Shift+Z", "Return"):
        assert taken not in seen, taken
    window.allow_close()


def test_window_before_login_looks_finished(qloop, qtbot):
    window = AgentWindow(ClientService())
    qtbot.addWidget(window)
    assert window.windowTitle() == "City Contact Centre — Agent"
    assert (window.width(), window.height()) == (1100, 720)
    assert window.connection_label.text() == "Not signed in"
    assert window.work_stack.currentWidget() is window.empty_page
    window.allow_close()


def test_wrapup_form_needs_a_topic_and_submits_with_ctrl_enter(qtbot):
    from agent_app.wrapup_widget import WrapupWidget

    form = WrapupWidget(["Waste collection", "Other"], mandatory=False)
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()  # shortcuts only fire in the active window
    qtbot.waitUntil(form.isActiveWindow)
    assert not form.skip_button.isHidden()  # not required: may be skipped
    assert not form.submit_button.isEnabled()  # no topic chosen yet
    form.topic_combo.setCurrentText("Other")
    form.notes_edit.setFocus()
    QTest.keyClicks(form.notes_edit, "Asked about the tram")
    with qtbot.waitSignal(form.submitted) as sig:
        QTest.keyClick(form.notes_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert sig.args == ["Other", "Asked about the tram", False]

    required = WrapupWidget(["Other"], mandatory=True, suggested_topic="Other")
    qtbot.addWidget(required)
    assert required.skip_button.isHidden() and required.topic == "Other"


def test_a_failed_send_gives_its_text_back_before_what_was_typed_since(qloop, qtbot):
    from agent_app.chat_widget import ChatWidget
    from tests.gui.test_agent_knowledge import FakeService

    service = FakeService()
    info = p.InteractionInfo(
        id="i1",
        channel="chat",
        topic="waste",
        citizen_name="Jan",
        state="active",
        created_at=0.0,
    )
    chat = ChatWidget(service, info)
    qtbot.addWidget(chat)
    chat.input_edit.setPlainText("first answer")
    chat.send_current_text()
    qtbot.waitUntil(lambda: len(service.sent) == 1)
    chat.input_edit.setPlainText("second thought")
    msg, future = service.sent[0]
    assert isinstance(msg, p.SendChat) and msg.text == "first answer"
    future.set_exception(p.ProtocolError("conflict", "the conversation is not active"))
    qtbot.waitUntil(lambda: chat.input_edit.toPlainText() == "first answer\nsecond thought")


def _offer(kind="interaction", channel="chat", **kw):
    import time as _time

    from shared import protocol as p

    info = p.InteractionInfo(
        id="i1", channel=channel, topic="permits", citizen_name="Jan Malinowski",
        state="active" if kind == "consult" else "offered", created_at=_time.time(),
        caller="600100200" if channel == "voice" else "",
    )  # fmt: skip
    return p.OfferCreated(interaction=info, expires_at=_time.time() + 20, kind=kind, **kw)


def test_offer_bar_tells_a_consult_and_a_transfer_from_a_new_chat(qtbot):
    from agent_app.offer_widget import OfferWidget
    from shared import protocol as p
    from softphone.presence import icon

    bar = OfferWidget()
    qtbot.addWidget(bar)
    topic = p.Topic(id="permits", name="Building permits", department="Architecture & Building")

    def background():
        return bar.palette().color(bar.backgroundRole())

    bar.show_offer(_offer(preview="Shed?"), topic)
    assert bar.title_label.text() == "New chat · Building permits"
    assert bar.accept_button.text() == "&Accept (F5)"
    plain = background()
    chat_icon = bar.icon_label.pixmap().toImage()
    assert chat_icon == icon("chat").pixmap(40, 40).toImage()

    note = "Shed of 20 m2: is a notification enough?"
    bar.show_offer(_offer("consult", from_agent="anna", from_agent_name="Anna Kowalska",
                          note=note, preview="Shed?"), topic)  # fmt: skip
    assert bar.title_label.text() == f"Anna Kowalska asks you to join: {note}"
    assert bar.accept_button.text() == "&Join (F5)"
    assert "Jan Malinowski · Building permits" in bar.citizen_label.text()
    consult = background()
    assert consult != plain

    bar.show_offer(_offer("transfer", from_agent="anna", from_agent_name="Anna Kowalska",
                          note="Refund of the dog fee"), topic)  # fmt: skip
    assert bar.title_label.text() == "Transferred by Anna Kowalska: Refund of the dog fee"
    assert background() not in (plain, consult)

    bar.show_offer(_offer("consult", channel="voice", from_agent_name="Anna Kowalska"), topic)
    assert bar.title_label.text() == "Anna Kowalska asks you to join a call · Building permits"
    assert bar.icon_label.pixmap().toImage() == icon("call").pixmap(40, 40).toImage()
