"""The expert tray client, driven like an expert would, against a real routing server.

Ewa (expert, Architecture & Building) signs in through ``AgentApplication`` as
``cc-agent`` does for an expert account; first-line agents and citizens are bots
(``tests.support.bots``) on the same qasync loop. Offscreen there is no system tray, so
the compact window stands in for it, as on any desktop without one; the tray's menu
and tooltip are built all the same and are checked here.

``CC_SCREENSHOTS=docs/images`` saves the popup and the compact window as the docs show
them.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton, QWidget

from agent_app.idle import IdleProbe
from agent_app.main import AgentApplication
from agent_app.window import APP_NAME
from shared import protocol as p
from softphone.login_dialog import ORGANIZATION
from tests.support.bots import available, citizen, staff
from tests.support.server import ServerProcess

pytestmark = pytest.mark.gui

PERMITS = "Architecture & Building"  # ewa and marta
NOTE = "Garden shed of 20 m² by the fence: permit or just a notification?"
QUESTION = "Do I need a permit for a garden shed of 20 m²?"


class SteppedIdle:
    """An idle source the test sets by hand."""

    name = "the test's idle clock"

    def __init__(self) -> None:
        self.seconds = 0.0

    def idle_seconds(self) -> float | None:
        return self.seconds


def screenshot(widget, name: str) -> None:
    folder = os.environ.get("CC_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        assert widget.grab().save(str(Path(folder) / name))


def start_expert(qtbot, url: str, user: str = "ewa") -> tuple[AgentApplication, SteppedIdle]:
    idle = SteppedIdle()
    app = AgentApplication(server=url, user=user, password="demo", idle=IdleProbe(idle))
    app.start()
    qtbot.waitUntil(lambda: app.expert is not None and app.window.connected, timeout=8000)
    return app, idle


def make_available(qtbot, app: AgentApplication) -> None:
    app.expert.tray.presence.available_action.trigger()  # the tray menu's first choice
    qtbot.waitUntil(lambda: app.expert.presence.presence == "available")


def first_line_chat(arun, url: str, agent: str = "anna", name: str = "Jan Malinowski"):
    """A citizen's chat about building permits, taken by ``agent`` (a bot)."""
    bot, rec = arun(staff(url, agent))
    arun(available(bot))
    jan, jan_rec = arun(citizen(url))
    started = arun(jan.request(p.StartChat(id=0, topic="permits", text=QUESTION, name=name)))
    iid = started.interaction.id
    arun(rec.next(p.OfferCreated, lambda e: e.interaction.id == iid))
    arun(bot.request(p.AcceptOffer(id=0, interaction_id=iid)))
    arun(rec.next(p.InteractionAssigned, lambda e: e.interaction.id == iid))
    arun(bot.request(p.SendChat(id=0, interaction_id=iid, text="Let me ask our expert.")))
    return bot, rec, (jan, jan_rec), iid


def consult(arun, bot, iid: str, note: str = NOTE) -> p.ConsultRequested:
    return arun(
        bot.request(p.RequestConsult(id=0, interaction_id=iid, department=PERMITS, note=note))
    )


def toast_for(qtbot, app: AgentApplication, iid: str):
    toast = app.expert.notifier.toast
    qtbot.waitUntil(lambda: toast.isVisible() and toast.interaction_id == iid)
    return toast


# --------------------------------------------------------------------------- tests


def test_a_consultation_pops_up_and_opens_the_compact_window(qloop, arun, qtbot, cc_server):
    app, _ = start_expert(qtbot, cc_server.url)
    ew = app.expert.expert_window
    try:
        # No tray offscreen: the compact window stands in for it and says so.
        assert not app.expert.tray_available
        assert ew.isVisible() and ew.no_tray_label.isVisible()
        assert "no system tray" in ew.no_tray_label.text()
        assert not app.window.isVisible()
        assert ew.windowTitle() == "City Contact Centre — Expert (Ewa Lewandowska)"
        make_available(qtbot, app)
        assert ew.presence_button.text() == "Available for consultations"
        assert app.expert.tray.tooltip() == "City Contact Centre — Available for consultations"

        anna, anna_rec, (jan, jan_rec), iid = first_line_chat(arun, cc_server.url)
        reply = consult(arun, anna, iid)
        assert (reply.state, reply.expert) == ("ringing", "ewa")

        toast = toast_for(qtbot, app, iid)
        assert toast.title_label.text() == "Consultation request"
        assert toast.who_label.text() == "Anna Kowalska asks you to join a chat"
        assert toast.about_label.text() == "Building permits · Jan Malinowski"
        assert toast.note_label.text() == f"“{NOTE}”"
        assert toast.accept_button.isEnabled() and toast.reject_button.isEnabled()
        # It shows without taking the keyboard from what Ewa types elsewhere (the offscreen
        # platform activates every window anyway, so only the request can be checked).
        assert toast.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        screenshot(toast, "expert-toast.png")

        qtbot.mouseClick(toast.accept_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: iid in app.window.chats and not toast.isVisible())
        chat = app.window.chats[iid]
        qtbot.waitUntil(lambda: ew.isVisible() and ew.hosts_conversations)
        assert app.window.current_chat() is chat and ew.host.isAncestorOf(chat)
        assert not app.window.isVisible()  # the full window's knowledge pane stays out
        assert [(e.sender, e.text) for e in chat.transcript.entries()] == [
            ("citizen", QUESTION),
            ("agent", "Let me ask our expert."),
        ]
        assert ew.part_bar.isVisible() and chat.leave_button.isVisible()
        assert ew.part_label.text().startswith("Anna Kowalska asked you to join.")
        # the note and Leave once each: the tab's (before, the window repeated both)
        assert NOTE in chat.note_banner.text() and NOTE not in ew.part_label.text()
        leaves = [
            b for b in ew.findChildren(QPushButton)
            if b.isVisible() and b.text().replace("&", "") == "Leave"
        ]  # fmt: skip
        assert leaves == [chat.leave_button]
        changed = arun(anna_rec.next(p.ConsultChanged, lambda e: e.state == "connected"))
        assert changed.expert == "ewa"
        QTest.keyClick(ew, Qt.Key.Key_F1)  # the keys of the compact window
        qtbot.waitUntil(lambda: getattr(ew, "shortcuts_dialog", None) is not None)
        keys = ew.shortcuts_dialog.shortcut_texts()
        assert keys["Leave the conversation"] == "Ctrl+Shift+L"
        assert keys["Message to your colleague"] == "Ctrl+I"
        assert keys["Accept offer"] == "F5" and keys["Toggle Available / Not ready"] == "F9"
        ew.shortcuts_dialog.close()
        ew.activateWindow()  # the desktop would give the window back its activation
        qtbot.waitUntil(ew.isActiveWindow)

        # The thread between colleagues, both ways; the citizen sees none of it. One view
        # of it: the tab's own staff chat (no second panel beside the tab).
        staff_views = [
            w
            for w in ew.findChildren(QWidget)
            if type(w).__name__ in ("InternalChat", "InternalChatPanel") and w.isVisible()
        ]
        assert staff_views == [chat.internal]
        internal = chat.internal
        assert internal.input_edit.isEnabled()
        assert internal.title_label.text() == "Staff only (Ctrl+I)"  # Ctrl+Shift+L: Leave
        arun(
            anna.request(p.SendInternal(id=0, interaction_id=iid, text="He is 2 m from the fence."))
        )
        qtbot.waitUntil(
            lambda: [m.text for m in internal.messages()] == ["He is 2 m from the fence."]
        )
        assert "Anna Kowalska" in internal.plain_text()
        assert "He is 2 m from the fence." in internal.plain_text()
        QTest.keyClick(ew.focusWidget() or ew, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
        assert internal.input_edit.hasFocus()
        QTest.keyClicks(internal.input_edit, "Under 35 m2 a notification is enough.")
        QTest.keyClick(internal.input_edit, Qt.Key.Key_Return)
        heard = arun(anna_rec.next(p.InternalMessageEvent, lambda e: e.interaction_id == iid))
        assert (heard.message.sender, heard.message.text) == (
            "ewa",
            "Under 35 m2 a notification is enough.",
        )
        qtbot.waitUntil(lambda: len(internal.messages()) == 2)
        assert "You" in internal.plain_text() and "Under 35 m2" in internal.plain_text()
        # The citizen writes: the consulted expert follows the chat.
        arun(jan.request(p.SendChat(id=0, interaction_id=iid, text="It has no foundations.")))
        qtbot.waitUntil(lambda: chat.transcript.entries()[-1].text == "It has no foundations.")
        screenshot(ew, "expert-window.png")

        # Anna hands the conversation over: it is Ewa's now.
        arun(anna.request(p.CompleteConsult(id=0, interaction_id=iid)))
        qtbot.waitUntil(lambda: ew.parts[iid].role == "owner")
        assert ew.part_label.text().startswith("Anna Kowalska handed this conversation to you")
        assert not chat.leave_button.isVisible() and not ew.leave_action.isEnabled()
        chat.input_edit.setPlainText("Hello, Ewa from building permits here.")
        chat.send_button.click()
        said = arun(
            jan_rec.next(
                p.ChatMessageEvent,
                lambda e: e.message.text == "Hello, Ewa from building permits here.",
            )
        )
        assert said.message.sender_name == "Ewa Lewandowska"

        # Done: the full window has the conversation area back when it opens.
        ew.full_window_action.trigger()
        qtbot.waitUntil(app.window.isVisible)
        assert not ew.isVisible() and not ew.hosts_conversations
        assert app.window.splitter.widget(0) is app.window.work_stack
        assert app.window.work_stack.isAncestorOf(chat)
        # Closing it (no tray here): the compact window is back, with the conversation.
        app.window.close()
        qtbot.waitUntil(lambda: ew.isVisible() and ew.hosts_conversations)
        assert not app.window.isVisible() and ew.host.isAncestorOf(chat)
    finally:
        arun(app.shutdown())


def test_keyboard_declines_to_the_next_expert_and_accepts(qloop, arun, qtbot, cc_server):
    marta, marta_rec = arun(staff(cc_server.url, "marta"))  # the other permits expert
    app, _ = start_expert(qtbot, cc_server.url)
    try:
        make_available(qtbot, app)
        anna, anna_rec, _, iid = first_line_chat(arun, cc_server.url)
        assert consult(arun, anna, iid).expert == "ewa"  # marta is not available yet
        arun(available(marta))
        toast = toast_for(qtbot, app, iid)

        # Keys work once the expert clicks the popup (here: activates it).
        toast.activate()
        qtbot.waitUntil(toast.isActiveWindow)
        QTest.keyClick(toast, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not toast.isVisible())
        offer = arun(marta_rec.next(p.OfferCreated, lambda e: e.interaction.id == iid))
        assert (offer.kind, offer.from_agent_name, offer.note) == ("consult", "Anna Kowalska", NOTE)
        ringing = arun(
            anna_rec.next(p.ConsultChanged, lambda e: e.state == "ringing" and e.expert == "marta")
        )
        assert ringing.expert_name == "Marta Sikora"
        assert iid not in app.window.chats and len(app.expert.missed) == 0  # declined, not missed
        arun(marta.request(p.RejectOffer(id=0, interaction_id=iid)))
        arun(marta.request(p.SetPresence(id=0, state="not_ready")))

        # A second conversation: Enter accepts (F5 and the window's F5 do the same).
        bartek, bartek_rec, _, iid2 = first_line_chat(arun, cc_server.url, "bartek", "Ola Nowak")
        assert consult(arun, bartek, iid2, "Extension of a house").expert == "ewa"
        toast = toast_for(qtbot, app, iid2)
        assert toast.who_label.text() == "Bartek Nowak asks you to join a chat"
        # Ewa was in the compact window, then clicks the popup. (The offscreen platform
        # keeps a hidden window focused, so without a window in between, activating the
        # popup again would not reach the widgets.)
        ew = app.expert.expert_window
        ew.activateWindow()
        qtbot.waitUntil(ew.isActiveWindow)
        toast.activate()
        qtbot.waitUntil(toast.isActiveWindow)
        QTest.keyClick(toast, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: iid2 in app.window.chats)
        qtbot.waitUntil(lambda: app.expert.expert_window.isActiveWindow())
        assert not toast.isVisible()
        changed = arun(bartek_rec.next(p.ConsultChanged, lambda e: e.state == "connected"))
        assert changed.expert == "ewa"

        # Leave (Ctrl+Shift+L): Bartek carries on alone, Ewa's part ends without a wrap-up.
        QTest.keyClick(
            ew,
            Qt.Key.Key_L,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        ended = arun(bartek_rec.next(p.ConsultChanged, lambda e: e.state == "ended"))
        assert ended.reason == "left"
        chat = app.window.chats[iid2]
        qtbot.waitUntil(lambda: chat.state == "closed")
        assert not chat.wrapup_required
        assert ew.part_label.text() == "Your part in this conversation has ended."
    finally:
        arun(app.shutdown())
        arun(marta.close())


def test_auto_away_after_idle_minutes_and_back_on_input(qloop, arun, qtbot, cc_server):
    sam, sam_rec = arun(staff(cc_server.url, "sam"))
    arun(sam.request(p.Subscribe(id=0)))
    app, idle = start_expert(qtbot, cc_server.url)
    expert = app.expert
    try:
        make_available(qtbot, app)
        assert expert.auto_away.threshold == 600  # the default: 10 minutes

        idle.seconds = 599
        expert.auto_away.check()
        assert not expert.auto_away.away
        idle.seconds = 601
        expert.auto_away.check()
        qtbot.waitUntil(lambda: expert.presence.presence == "offline")
        seen = arun(
            sam_rec.next(p.AgentStatus, lambda a: a.username == "ewa" and a.presence == "offline")
        )
        assert seen.connected  # away, still signed in
        assert expert.tray.tooltip() == "City Contact Centre — Away"
        assert "you are Away" in expert.expert_window.statusBar().currentMessage()
        expert.auto_away.check()  # still idle: nothing more is sent

        idle.seconds = 0.4  # a key or a mouse move
        expert.auto_away.check()
        qtbot.waitUntil(lambda: expert.presence.presence == "available")
        assert not expert.auto_away.away
        assert expert.expert_window.statusBar().currentMessage().startswith("Welcome back")

        # Busy for a reason goes away and comes back to the same reason.
        expert.presence.reasons_menu.actions()[1].trigger()  # Lunch
        qtbot.waitUntil(lambda: expert.presence.text() == "Busy — Lunch")
        idle.seconds = 700
        expert.auto_away.check()
        qtbot.waitUntil(lambda: expert.presence.presence == "offline")
        idle.seconds = 1
        expert.auto_away.check()
        qtbot.waitUntil(lambda: expert.presence.text() == "Busy — Lunch")

        # The settings dialog from the tray menu: 1 minute, remembered.
        expert.tray.settings_action.trigger()
        dialog = expert.settings_dialog
        qtbot.waitUntil(dialog.isVisible)
        assert "the test's idle clock" in dialog.source_label.text()
        assert dialog.away_check.isChecked() and dialog.minutes_spin.value() == 10
        dialog.minutes_spin.setValue(1)
        QTest.keyClick(dialog, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not dialog.isVisible())
        assert expert.auto_away.threshold == 60
        stored = QSettings(ORGANIZATION, APP_NAME)
        assert stored.value("tray/away_minutes", type=int) == 1

        # Sign out from the tray's menu: the tray, the popup and the compact window go.
        ew = expert.expert_window
        assert app.window.sign_out_action in expert.tray.menu.actions()
        app.window.sign_out_action.trigger()
        qtbot.waitUntil(lambda: app.dialog is not None and app.dialog.isVisible())
        assert app.expert is None
        assert not shiboken6.isValid(ew) or not ew.isVisible()  # closed, then deleted
        seen = arun(sam_rec.next(p.AgentStatus, lambda a: a.username == "ewa" and not a.connected))
        assert seen.presence == "offline"
    finally:
        arun(app.shutdown())
        arun(sam.close())


@pytest.fixture
def quick_server(tmp_path):
    """Offers ring out after 2 s."""
    server = ServerProcess(tmp_path / "cc-data", extra_args=["--offer-timeout", "2"])
    server.start()
    yield server
    server.stop()


def test_a_consultation_that_rang_out_is_listed_as_missed(qloop, arun, qtbot, quick_server):
    app, _ = start_expert(qtbot, quick_server.url)
    expert = app.expert
    try:
        make_available(qtbot, app)
        anna, anna_rec, _, iid = first_line_chat(arun, quick_server.url)
        consult(arun, anna, iid)
        toast = toast_for(qtbot, app, iid)
        # Nobody answers: ring-no-answer, the popup goes, Ewa is Busy (missed offer).
        qtbot.waitUntil(lambda: not toast.isVisible(), timeout=6000)
        qtbot.waitUntil(lambda: len(expert.missed) == 1)
        queued = arun(anna_rec.next(p.ConsultChanged, lambda e: e.state == "queued"))
        assert queued.reason == "no_answer"
        qtbot.waitUntil(lambda: expert.presence.text() == "Busy — Missed offer")

        missed = expert.missed.items()[0]
        line = f"Missed: Anna — Building permits, {missed.clock()}"
        assert [a.text() for a in expert.tray.missed_actions] == [line]
        assert expert.tray.menu.actions().count(expert.tray.clear_missed_action) == 1
        assert expert.tray.tooltip().splitlines() == [
            "City Contact Centre — Busy — Missed offer",
            "1 missed request(s)",
        ]
        ew = expert.expert_window
        assert ew.missed_button.isVisible() and ew.missed_button.text() == "Missed (1)"
        assert [a.text() for a in expert.missed_menu.actions() if a.text()][0] == line

        # Clicking it shows who and when, and where Anna is now.
        expert.tray.missed_actions[0].trigger()
        dialog = expert.missed_dialog
        qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
        assert dialog.headline_label.text() == "Anna Kowalska asked you to join a chat."
        assert dialog.when_label.text().startswith(missed.clock())
        assert dialog.note_label.text() == NOTE
        qtbot.waitUntil(lambda: dialog.entry is not None)
        assert dialog.colleague_label.text().splitlines()[0] == "Anna Kowalska (anna)"
        assert "In 1 conversation(s)" in dialog.colleague_label.text()
        dialog.close()

        expert.tray.clear_missed_action.trigger()
        assert len(expert.missed) == 0 and expert.tray.missed_actions == []
        assert expert.tray.clear_missed_action not in expert.tray.menu.actions()
        assert "missed" not in expert.tray.tooltip()
        assert not ew.missed_button.isVisible()
    finally:
        arun(app.shutdown())


def test_supervisor_and_admin_accounts_are_sent_to_the_supervisor_app(
    qloop, arun, qtbot, cc_server
):
    app = AgentApplication(server=cc_server.url, user="sam", password="demo")
    app.start()
    qtbot.waitUntil(
        lambda: app.dialog is not None and app.dialog.error_label.isVisible(), timeout=5000
    )
    assert app.dialog.error_label.text() == (
        "This is a supervisor account. The agent app is for agents and experts: "
        "use the supervisor app (cc-supervisor) to watch queues and agents."
    )
    assert app.service.client is None and app.expert is None
    assert not app.window.isVisible()

    dialog = app.dialog
    dialog.user_edit.setText("admin")
    dialog.password_edit.setText("demo")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "administrator account" in dialog.error_label.text(), timeout=5000)
    assert "cc-supervisor" in dialog.error_label.text()
    assert dialog.password_edit.isEnabled() and app.service.client is None

    dialog.user_edit.setText("anna")  # the right account still gets in
    dialog.password_edit.setText("demo")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app.window.isVisible(), timeout=5000)
    assert app.expert is None and app.notifier is not None
    arun(app.shutdown())


def test_an_agent_in_the_full_window_gets_the_popup_for_a_consultation(
    qloop, arun, qtbot, cc_server
):
    app = AgentApplication(server=cc_server.url, user="bartek", password="demo")
    app.start()
    qtbot.waitUntil(lambda: app.window.isVisible() and app.window.connected, timeout=8000)
    assert app.expert is None and app.notifier is not None
    try:
        anna, anna_rec, _, iid = first_line_chat(arun, cc_server.url)
        app.window.toggle_ready()  # F9: available, once Anna has the citizen's chat
        qtbot.waitUntil(lambda: app.window.presence == "available")
        elsewhere = QWidget()  # Bartek works in another program
        qtbot.addWidget(elsewhere)
        elsewhere.show()
        elsewhere.activateWindow()
        qtbot.waitUntil(lambda: not app.window.isActiveWindow())

        reply = arun(
            anna.request(p.RequestConsult(id=0, interaction_id=iid, expert="bartek", note="Tax?"))
        )
        assert reply.expert == "bartek"
        toast = app.notifier.toast
        qtbot.waitUntil(lambda: toast.isVisible() and toast.interaction_id == iid)
        assert toast.who_label.text() == "Anna Kowalska asks you to join a chat"
        assert app.window.offer_widget.interaction_id == iid  # the offer bar has it too

        # Back in the window: its offer bar is in view, the popup goes.
        app.window.activateWindow()
        qtbot.waitUntil(lambda: not toast.isVisible())
        app.window.accept_offer()  # F5
        qtbot.waitUntil(lambda: iid in app.window.chats)

        # A new chat from the queue is the offer bar's alone: no popup for agents.
        arun(anna.request(p.SetPresence(id=0, state="not_ready")))
        elsewhere.activateWindow()
        qtbot.waitUntil(lambda: not app.window.isActiveWindow())
        ola, _ = arun(citizen(cc_server.url))
        started = arun(ola.request(p.StartChat(id=0, topic="taxes", text="Dog fee?", name="Ola")))
        qtbot.waitUntil(lambda: app.window.offer_widget.interaction_id == started.interaction.id)
        assert not toast.isVisible()
    finally:
        arun(app.shutdown())
