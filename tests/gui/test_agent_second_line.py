"""The second line at the agent's desk, driven like agents and experts would, against a
real routing server (``cc-server --demo``).

Anna (first line) runs the agent window; Ewa (expert, Architecture & Building) runs a
second agent window in the same process, or is a websocket bot where only the server's
side of her matters; Filip (expert, Finance) is a bot. Citizens are websocket bots.
Both windows share the one qasync loop; keyboard shortcuts go to the active window, so
each step activates the window it drives.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest

from agent_app.window import AgentWindow
from shared import protocol as p
from softphone.client_service import ClientService
from tests.gui.test_agent_app import activate, key
from tests.support.bots import citizen, staff

pytestmark = pytest.mark.gui

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
BUILDING = "Architecture & Building"


# --------------------------------------------------------------------------- helpers


def open_window(qtbot, arun, url, user) -> AgentWindow:
    service = ClientService(client_name="test")
    window = AgentWindow(service)
    qtbot.addWidget(window)
    activate(qtbot, window)
    arun(service.login(url, user, "demo"))
    qtbot.waitUntil(lambda: window.connected and window.directory.loaded, timeout=5000)
    return window


def close_window(arun, window) -> None:
    arun(window.service.logout())
    window.allow_close()


@pytest.fixture
def anna(qloop, arun, qtbot, cc_server):
    window = open_window(qtbot, arun, cc_server.url, "anna")
    yield window
    close_window(arun, window)


@pytest.fixture
def ewa(qloop, arun, qtbot, cc_server, anna):
    window = open_window(qtbot, arun, cc_server.url, "ewa")
    yield window
    close_window(arun, window)


def available(qtbot, window, *others) -> None:
    """The window's user goes available, as the ``others`` windows' directories see."""
    activate(qtbot, window)
    if window.presence != "available":
        key(window, Qt.Key.Key_F9)
        qtbot.waitUntil(lambda: window.presence == "available")
    me = window.service.username
    for other in others:  # directory pushes are batched: wait for them
        qtbot.waitUntil(lambda o=other: o.directory.availability(me, "chat").ok, timeout=5000)


def start_chat(arun, url, topic, text, name="Jan Malinowski"):
    cit, rec = arun(citizen(url))
    started = arun(cit.request(p.StartChat(id=0, topic=topic, text=text, name=name)))
    return cit, rec, started.interaction.id


def accept(qtbot, window, iid):
    activate(qtbot, window)
    qtbot.waitUntil(lambda: window.offer_widget.interaction_id == iid, timeout=5000)
    key(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: iid in window.chats and window.current_chat() is window.chats[iid])
    return window.chats[iid]


def say(qtbot, chat, text) -> None:
    """Type into the message box and press Enter."""
    chat.input_edit.setFocus()
    QTest.keyClicks(chat.input_edit, text)
    QTest.keyClick(chat.input_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(e.text == text and e.seq for e in chat.transcript.entries()))


def pick(qtbot, chat, search, note, check=None):
    """In the open Consult…/Transfer… picker: search, Enter (to the note), note, Enter.
    ``check(picker)`` looks at it before the last Enter (it is gone after)."""
    qtbot.waitUntil(lambda: chat.picker is not None and chat.picker.isVisible())
    picker = chat.picker
    if search:
        QTest.keyClicks(picker.pane.search_edit, search)
        QTest.keyClick(picker.pane.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(picker.note_edit.hasFocus)
    QTest.keyClicks(picker.note_edit, note)
    if check is not None:
        check(picker)
    QTest.keyClick(picker.note_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: chat.picker is None)


def entries(chat):
    return [(e.sender, e.sender_name, e.text) for e in chat.transcript.entries()]


# --------------------------------------------------------------------------- consult


def test_chat_consult_staff_chat_conference_and_warm_transfer(anna, ewa, arun, qtbot, cc_server):
    available(qtbot, ewa, anna)
    available(qtbot, anna)
    cit, crec, iid = start_chat(arun, cc_server.url, "permits", "Do I need a permit for a shed?")
    chat = accept(qtbot, anna, iid)
    say(qtbot, chat, "Let me ask our building expert.")
    assert chat.consult_button.isVisible() and "Ctrl+Shift+C" in chat.consult_button.toolTip()

    # F4: the directory, search box first; Ewa is there, available, under her department
    key(anna, Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: anna.directory_dock.isVisible())
    pane = anna.directory_pane
    assert pane.search_edit.hasFocus()
    QTest.keyClicks(pane.search_edit, "lewandowska")
    assert pane.selected() == ("person", "ewa", BUILDING)
    assert pane.visible_rows() == [("department", BUILDING), ("person", "ewa")]
    assert pane.consult_button.isEnabled()
    # Enter consults her: the picker opens on her, the keyboard in the note
    QTest.keyClick(pane.search_edit, Qt.Key.Key_Return)
    pick(qtbot, chat, "", "Shed of 20 m2: is a notification enough?")
    bar = chat.consult_bar

    # Ewa's desk rings: not a new chat but Anna asking her to join, with the note
    activate(qtbot, ewa)
    qtbot.waitUntil(lambda: ewa.offer_widget.interaction_id == iid, timeout=5000)
    assert ewa.offer_widget.title_label.text() == (
        "Anna Kowalska asks you to join: Shed of 20 m2: is a notification enough?"
    )
    assert ewa.offer_widget.accept_button.text() == "&Join (F5)"
    qtbot.waitUntil(lambda: bar.isVisible() and bar.phase == "ringing")
    assert bar.title_label.text() == "Ringing Ewa Lewandowska…"
    assert not anna.consult_action.isEnabled()  # one consultation at a time

    # She joins: the transcript so far, the note on top, no writing to the citizen
    expert = accept(qtbot, ewa, iid)
    assert expert.role == "consulted"
    assert [t for _, _, t in entries(expert)] == [
        "Do I need a permit for a shed?",
        "Let me ask our building expert.",
    ]
    assert not any(e.own for e in expert.transcript.entries())  # Anna's line is not hers
    assert expert.note_banner.isVisible()
    assert expert.note_banner.text() == (
        "Anna Kowalska asks you to join: Shed of 20 m2: is a notification enough?"
    )
    assert expert.input_edit.isReadOnly() and not expert.can_write()
    assert expert.leave_button.isVisible() and not expert.end_button.isVisible()
    assert not expert.consult_button.isVisible()
    assert expert.internal.isVisible()

    qtbot.waitUntil(lambda: bar.phase == "connected")
    assert bar.title_label.text() == "Ewa Lewandowska is with you"
    assert bar.merge_button.isVisible() and "Ctrl+Shift+M" in bar.merge_button.toolTip()
    assert "Conference: Ctrl+Shift+M" in bar.keys_label.text()
    assert bar.complete_button.isVisible() and bar.cancel_button.isVisible()
    qtbot.waitUntil(
        lambda: f"Ewa Lewandowska ({BUILDING}) joined" in "".join(chat.transcript.notes())
    )
    assert chat.internal.isVisible()

    # Staff chat, both ways; the citizen sees none of it
    expert.internal.input_edit.setFocus()
    QTest.keyClicks(expert.internal.input_edit, "Up to 35 m2 a notification is enough.")
    QTest.keyClick(expert.internal.input_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(chat.internal.messages()) == 1)
    assert chat.internal.messages()[0].sender_name == "Ewa Lewandowska"
    assert "Up to 35 m2" in chat.internal.plain_text()
    activate(qtbot, anna)
    key(anna, Qt.Key.Key_L, CTRL_SHIFT)  # to the staff chat
    assert chat.internal.input_edit.hasFocus()
    QTest.keyClicks(chat.internal.input_edit, "Thanks, can you tell him yourself?")
    QTest.keyClick(chat.internal.input_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(expert.internal.messages()) == 2)
    assert expert.internal.messages()[1].sender_name == "Anna Kowalska"
    qtbot.waitUntil(lambda: len(chat.internal.messages()) == 2)  # her own, from the reply
    assert not crec.of(p.InternalMessageEvent)

    # Conference (Ctrl+Shift+M): the citizen sees Ewa, and she can write to him
    chat.input_edit.setFocus()
    key(anna, Qt.Key.Key_M, CTRL_SHIFT)
    qtbot.waitUntil(lambda: bar.phase == "merged")
    assert bar.title_label.text() == "Conference with Ewa Lewandowska"
    seen = arun(
        crec.next(p.ParticipantsChanged, lambda m: any(x.username == "ewa" for x in m.participants))
    )
    assert {x.display_name for x in seen.participants} == {"Anna Kowalska", "Ewa Lewandowska"}
    qtbot.waitUntil(expert.can_write)
    assert not expert.input_edit.isReadOnly()
    say(qtbot, expert, "Hello, a shed up to 35 m2 needs only a notification.")
    got = arun(crec.next(p.ChatMessageEvent, lambda m: m.message.sender_name == "Ewa Lewandowska"))
    assert got.message.text == "Hello, a shed up to 35 m2 needs only a notification."
    qtbot.waitUntil(lambda: any("35 m2 needs" in t for _, _, t in entries(chat)))
    hers = next(e for e in chat.transcript.entries() if "35 m2 needs" in e.text)
    assert not hers.own and chat.transcript.status(hers) is None  # a colleague's, no ticks

    # Complete the transfer (Ctrl+Shift+Enter): Ewa owns it, Anna wraps up her part
    activate(qtbot, anna)
    key(anna, Qt.Key.Key_Return, CTRL_SHIFT)
    qtbot.waitUntil(lambda: chat.state == "closed" and chat.wrapup is not None, timeout=5000)
    assert chat.wrapup.mandatory and chat.wrapup_required
    assert chat.banner.text() == "You handed the conversation to Ewa Lewandowska."
    qtbot.waitUntil(lambda: anna.presence == "wrap_up")
    qtbot.waitUntil(lambda: expert.role == "owner")
    assert expert.end_button.isVisible() and not expert.leave_button.isVisible()
    assert expert.consult_button.isVisible()
    # the note follows the role change in its own event: wait for it
    qtbot.waitUntil(lambda: expert.note_banner.text().startswith("Transferred by Anna Kowalska"))
    qtbot.waitUntil(lambda: "Anna Kowalska left the conversation." in expert.transcript.notes())
    say(qtbot, expert, "Anything else I can help with?")
    arun(crec.next(p.ChatMessageEvent, lambda m: m.message.text.startswith("Anything else")))

    chat.wrapup.topic_combo.setCurrentIndex(1)
    chat.wrapup.submit()
    qtbot.waitUntil(lambda: iid not in anna.chats)
    arun(cit.close())


def test_cancel_consultation_leaves_the_citizen_with_the_agent(anna, arun, qtbot, cc_server):
    ewa, erec = arun(staff(cc_server.url, "ewa"))
    arun(ewa.request(p.SetPresence(id=0, state="available")))
    available(qtbot, anna)
    cit, crec, iid = start_chat(arun, cc_server.url, "permits", "Is my extension legal?")
    chat = accept(qtbot, anna, iid)

    key(anna, Qt.Key.Key_C, CTRL_SHIFT)  # Consult…: the department, not a person
    pick(qtbot, chat, "architecture", "Extension built in 2004 without a permit")
    qtbot.waitUntil(lambda: chat.consultation.live)
    assert chat.consultation.department == BUILDING
    offer = arun(erec.next(p.OfferCreated))
    assert (offer.kind, offer.from_agent_name) == ("consult", "Anna Kowalska")
    assert offer.note == "Extension built in 2004 without a permit"
    arun(ewa.request(p.AcceptOffer(id=0, interaction_id=iid)))
    joined = arun(erec.next(p.InteractionAssigned))
    assert joined.role == "consulted" and joined.note == offer.note
    qtbot.waitUntil(lambda: chat.consultation.phase == "connected")

    key(anna, Qt.Key.Key_X, CTRL_SHIFT)  # cancel: Ewa goes, owing nothing
    closed = arun(erec.next(p.InteractionClosed))
    assert closed.interaction_id == iid and not closed.wrapup_required
    qtbot.waitUntil(lambda: chat.consultation.phase == "ended")
    assert chat.consult_bar.title_label.text() == "Consultation ended"
    assert chat.consult_bar.detail_label.text() == "You cancelled it."
    assert not chat.consult_bar.merge_button.isVisible()
    assert chat.state == "active" and chat.can_write()
    qtbot.waitUntil(anna.consult_action.isEnabled)  # free to consult again
    say(qtbot, chat, "The expert will call you back tomorrow.")
    got = arun(crec.next(p.ChatMessageEvent, lambda m: m.message.sender == "agent"))
    assert got.message.sender_name == "Anna Kowalska"
    for c in (cit, ewa):
        arun(c.close())


def test_consulted_expert_leaves_and_the_tab_closes_without_wrapup(
    anna, ewa, arun, qtbot, cc_server
):
    available(qtbot, ewa, anna)
    available(qtbot, anna)
    cit, _, iid = start_chat(arun, cc_server.url, "permits", "Can I build a carport?")
    chat = accept(qtbot, anna, iid)
    chat.consult_with("person", "ewa")  # what Enter in the dock does
    pick(qtbot, chat, "", "Carport 30 m2")
    expert = accept(qtbot, ewa, iid)
    qtbot.waitUntil(lambda: chat.consultation.phase == "connected")

    key(ewa, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)  # Ctrl+W: leave?
    qtbot.waitUntil(lambda: ewa.close_chat_box is not None and ewa.close_chat_box.isActiveWindow())
    assert ewa.close_chat_box.text() == "Leave the conversation with Jan Malinowski?"
    QTest.keyClick(ewa.close_chat_box, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: expert.state == "closed")
    assert expert.wrapup is None and expert.bottom.currentWidget() is expert.done_page
    assert expert.banner.text() == "You left the conversation."
    qtbot.waitUntil(lambda: chat.consultation.phase == "ended")
    assert chat.consult_bar.detail_label.text() == "Ewa Lewandowska left."
    qtbot.waitUntil(lambda: "Ewa Lewandowska left the conversation." in chat.transcript.notes())
    key(ewa, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)  # and the tab goes
    qtbot.waitUntil(lambda: iid not in ewa.chats)
    assert chat.state == "active"
    arun(cit.close())


# --------------------------------------------------------------------------- transfer


def test_blind_transfer_to_a_department_reaches_its_next_expert(anna, arun, qtbot, cc_server):
    available(qtbot, anna)
    cit, crec, iid = start_chat(arun, cc_server.url, "taxes", "I was charged the dog fee twice.")
    chat = accept(qtbot, anna, iid)
    say(qtbot, chat, "I am sending you to the tax office, one moment.")

    key(anna, Qt.Key.Key_T, CTRL_SHIFT)

    def check(picker):
        assert picker.mode == "transfer" and picker.ok_button.text() == "&Transfer"
        assert picker.pane.visible_rows() == [("department", "Finance")]  # departments only

    pick(qtbot, chat, "financ", "Dog fee paid twice, refund", check)
    qtbot.waitUntil(lambda: chat.state == "closed" and chat.wrapup is not None, timeout=5000)
    assert chat.wrapup.mandatory
    assert chat.banner.text() == "You transferred the conversation to Finance."
    assert "Your part ended" in chat.transcript_view.toPlainText()

    # Filip of Finance comes in: the conversation rings as a transfer, with the note and
    # the whole transcript once he takes it
    filip, frec = arun(staff(cc_server.url, "filip"))
    arun(filip.request(p.SetPresence(id=0, state="available")))
    offer = arun(frec.next(p.OfferCreated))
    assert offer.interaction.id == iid
    assert (offer.kind, offer.from_agent_name, offer.note) == (
        "transfer",
        "Anna Kowalska",
        "Dog fee paid twice, refund",
    )
    arun(filip.request(p.AcceptOffer(id=0, interaction_id=iid)))
    taken = arun(frec.next(p.InteractionAssigned))
    assert [m.text for m in taken.messages] == [
        "I was charged the dog fee twice.",
        "I am sending you to the tax office, one moment.",
    ]
    assert taken.note == "Dog fee paid twice, refund"
    for c in (cit, filip):
        arun(c.close())


def test_nobody_free_offers_the_queue_or_a_callback(anna, arun, qtbot, cc_server):
    # Finance's only expert signed off in an earlier test: wait until the server says so
    status, filip_entry = anna.directory_model, anna.directory.people["filip"]
    qtbot.waitUntil(lambda: status.person_status(filip_entry) == "Offline", timeout=10000)
    available(qtbot, anna)
    cit, _, iid = start_chat(arun, cc_server.url, "taxes", "Can I pay my property tax in parts?")
    chat = accept(qtbot, anna, iid)
    key(anna, Qt.Key.Key_C, CTRL_SHIFT)
    pick(qtbot, chat, "finance", "Instalments for property tax")
    bar = chat.consult_bar
    qtbot.waitUntil(lambda: bar.phase == "queued")
    assert bar.title_label.text() == "Waiting for Finance (position 1) — nobody free"
    assert "Nobody of Finance is signed in now." in bar.detail_label.text()
    assert bar.queue_button.isVisible() and bar.callback_button.isVisible()
    assert bar.number_edit.isVisible()  # a chat: the agent types the citizen's number
    assert not bar.callback_button.isEnabled()

    # A callback: this server takes no calls, and the bar says what it answered
    bar.number_edit.setText("600100200")
    qtbot.mouseClick(bar.callback_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bar.detail_label.text().startswith("No callback:"))
    assert "no telephony" in bar.detail_label.text()
    assert chat.state == "active" and bar.phase == "queued"

    # Keep waiting in the queue: a blind transfer with the same note
    qtbot.mouseClick(bar.queue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: chat.state == "closed", timeout=5000)
    assert chat.banner.text() == "You transferred the conversation to Finance."
    filip, frec = arun(staff(cc_server.url, "filip"))
    arun(filip.request(p.SetPresence(id=0, state="available")))
    offer = arun(frec.next(p.OfferCreated))
    assert (offer.interaction.id, offer.kind, offer.note) == (
        iid,
        "transfer",
        "Instalments for property tax",
    )
    for c in (cit, filip):
        arun(c.close())


# --------------------------------------------------------------------------- directory


def test_directory_search_keyboard_favourites_and_live_presence(anna, arun, qtbot, cc_server):
    pane = anna.directory_pane
    key(anna, Qt.Key.Key_D, CTRL_SHIFT)
    qtbot.waitUntil(lambda: anna.directory_dock.isVisible() and pane.search_edit.hasFocus())
    rows = pane.visible_rows()
    departments = [k for kind, k in rows if kind == "department"]
    assert departments == sorted(departments) and BUILDING in departments
    assert ("person", "anna") not in rows  # never oneself
    assert ("group", "colleagues") in rows and ("person", "bartek") in rows

    # no conversation: the directory explains instead of consulting
    QTest.keyClicks(pane.search_edit, "wojcik")  # no accent, surname only
    assert pane.visible_rows() == [("department", "Finance"), ("person", "filip")]
    assert pane.selected() == ("person", "filip", "Finance")
    assert "Open a conversation" in pane.detail_label.text()
    assert not pane.consult_button.isEnabled()
    status = anna.directory_model
    assert status.person_status(anna.directory.people["filip"]) == "Offline"

    # by topic
    pane.search_edit.clear()
    QTest.keyClicks(pane.search_edit, "taxes")
    assert ("department", "Finance") in pane.visible_rows()
    assert ("department", BUILDING) not in pane.visible_rows()

    # arrows move, Esc clears, a second Esc gives the keyboard back
    pane.search_edit.clear()
    first = pane.selected()
    QTest.keyClick(pane.search_edit, Qt.Key.Key_Down)
    assert pane.selected() != first
    QTest.keyClicks(pane.search_edit, "filip")
    QTest.keyClick(pane.search_edit, Qt.Key.Key_Escape)
    assert pane.search_edit.text() == ""

    # live: Filip signs in and becomes available, the row follows without a refresh
    filip, _ = arun(staff(cc_server.url, "filip"))
    arun(filip.request(p.SetPresence(id=0, state="available")))
    qtbot.waitUntil(lambda: anna.directory.people["filip"].presence == "available")
    pane.select("person", "filip")
    qtbot.waitUntil(lambda: "Available" in pane.detail_label.text())

    # Ctrl+B stars him: favourites come first, and are remembered
    pane.search_edit.setFocus()
    QTest.keyClick(pane.search_edit, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert pane.visible_rows()[:2] == [("group", "favourites"), ("person", "filip")]
    assert anna.settings.value("directory/favourites") in (["person:filip"], "person:filip")
    assert pane.favourite_button.text() == "★ Unstar"
    from agent_app.directory_pane import DirectoryModel

    again = DirectoryModel(anna.directory, anna.settings)
    assert again.is_favourite("person", "filip")
    arun(filip.close())


def test_directory_shows_who_cannot_take_the_conversation(anna, arun, qtbot, cc_server):
    """A person row is explained and not consultable while they are not ready; the
    department can always be asked (it queues)."""
    ewa, _ = arun(staff(cc_server.url, "ewa"))
    arun(ewa.request(p.SetPresence(id=0, state="not_ready", reason="Lunch")))
    available(qtbot, anna)
    cit, _, iid = start_chat(arun, cc_server.url, "permits", "Where do I file form PB-1?")
    accept(qtbot, anna, iid)
    key(anna, Qt.Key.Key_F4)
    pane = anna.directory_pane
    qtbot.waitUntil(lambda: anna.directory.people["ewa"].presence == "not_ready")
    pane.search_edit.clear()
    QTest.keyClicks(pane.search_edit, "ewa")
    assert pane.selected()[:2] == ("person", "ewa")
    assert "Not ready — Lunch" in pane.detail_label.text()
    assert not pane.consult_button.isEnabled()
    QTest.keyClick(pane.search_edit, Qt.Key.Key_Return)  # nothing happens…
    assert anna.current_chat().picker is None
    pane.select("department", BUILDING)  # …but her department can be asked
    assert pane.consult_button.isEnabled() and pane.transfer_button.isEnabled()
    assert pane.consult_button.text() == "&Consult first free"
    assert pane.transfer_button.text() == "&Transfer to queue"
    assert "waits in its queue" in pane.detail_label.text()
    # Esc clears the search, a second Esc gives the keyboard back to the conversation
    pane.search_edit.setFocus()
    QTest.keyClick(pane.search_edit, Qt.Key.Key_Escape)
    assert pane.search_edit.text() == "" and pane.search_edit.hasFocus()
    QTest.keyClick(pane.search_edit, Qt.Key.Key_Escape)
    assert anna.current_chat().input_edit.hasFocus()
    for c in (cit, ewa):
        arun(c.close())


# --------------------------------------------------------------------------- the desk (6b)


def test_auto_accepted_chat_does_not_take_the_keyboard(anna, arun, qtbot, cc_server):
    anna.auto_accept_check.setChecked(True)
    available(qtbot, anna)
    cit1, _, first = start_chat(arun, cc_server.url, "waste", "Bins not emptied", "Jan")
    qtbot.waitUntil(lambda: first in anna.chats)
    chat1 = anna.chats[first]
    assert anna.current_chat() is chat1  # nothing else was open: it may take the tab
    chat1.input_edit.setFocus()
    QTest.keyClicks(chat1.input_edit, "I am writing to Ja")

    chimes = anna.chime.played
    cit2, _, second = start_chat(arun, cc_server.url, "waste", "Where do sofas go?", "Zofia")
    qtbot.waitUntil(lambda: second in anna.chats)
    chat2 = anna.chats[second]
    assert anna.current_chat() is chat1 and chat1.input_edit.hasFocus()
    QTest.keyClicks(chat1.input_edit, "n")  # the agent types on, uninterrupted
    assert chat1.input_edit.toPlainText() == "I am writing to Jan"
    # announced instead: highlighted tab, a chime (silent here), the status bar
    index = anna.tabs.indexOf(chat2)
    assert chat2.announced
    assert anna.tabs.tabToolTip(index).startswith("New:")
    highlight = anna.palette().color(QPalette.ColorRole.Highlight)
    assert anna.tabs.tabBar().tabTextColor(index) == highlight
    assert anna.chime.played == chimes + 1
    assert "Zofia" in anna.statusBar().currentMessage()
    key(anna, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert anna.current_chat() is chat2 and not chat2.announced
    for c in (cit1, cit2):
        arun(c.close())


def test_knowledge_pane_follows_the_tab_in_the_window(anna, arun, qtbot, cc_server):
    available(qtbot, anna)
    cit1, _, first = start_chat(arun, cc_server.url, "waste", "Bins", "Jan")
    chat1 = accept(qtbot, anna, first)
    pane = anna.knowledge
    key(anna, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(pane.search_edit, "bulky")
    qtbot.waitUntil(lambda: pane.results_query == "bulky" and bool(pane.hits()))
    first_hits = [h.id for h in pane.hits()]
    QTest.keyClick(pane.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: pane.article is not None)
    opened = pane.article.id

    cit2, _, second = start_chat(arun, cc_server.url, "waste", "Sofa", "Zofia")
    chat2 = accept(qtbot, anna, second)
    assert pane.query() == "" and pane.article is None  # a new conversation starts clean
    QTest.keyClicks(pane.search_edit, "hazardous")
    qtbot.waitUntil(lambda: pane.results_query == "hazardous")

    anna.tabs.setCurrentWidget(chat1)  # back: its search, results and article
    assert pane.query() == "bulky" and [h.id for h in pane.hits()] == first_hits
    assert pane.article is not None and pane.article.id == opened
    assert pane.reader_panel.isVisible()
    anna.tabs.setCurrentWidget(chat2)
    assert pane.query() == "hazardous" and pane.article is None
    for c in (cit1, cit2):
        arun(c.close())


def test_a_picker_open_when_the_window_goes_does_not_crash(anna, arun, qtbot, cc_server):
    """Quitting (or signing out) with Consult… open: the picker's view must not outlive
    the directory model it shows (it crashed in QSortFilterProxyModel::sibling)."""
    available(qtbot, anna)
    cit, _, iid = start_chat(arun, cc_server.url, "permits", "Who decides on my permit?")
    chat = accept(qtbot, anna, iid)
    key(anna, Qt.Key.Key_C, CTRL_SHIFT)
    qtbot.waitUntil(lambda: chat.picker is not None and chat.picker.isVisible())
    arun(cit.close())
    # the fixture signs out and the window is destroyed with the picker still open
