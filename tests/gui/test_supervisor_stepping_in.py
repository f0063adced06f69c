"""Stepping in from the supervisor window against a real server: an agent went offline
with a chat; the supervisor moves it to a free colleague from the grid (Ctrl+M), the
colleague's app is offered it, and the agent's is told it is gone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from shared import protocol as p
from supervisor_app.agent_model import AgentColumn
from supervisor_app.move_dialog import MoveDialog
from tests.gui import test_supervisor_app as base
from tests.support.bots import available, citizen, staff

pytestmark = pytest.mark.gui

supervisor, bots, cell = base.supervisor, base.bots, base.cell  # the window's fixtures


def test_a_chat_of_an_offline_agent_is_moved_to_a_free_colleague(
    supervisor,
    arun,
    qtbot,
    cc_server,
    bots,
):
    window = supervisor
    anna, anna_rec = bots(arun(staff(cc_server.url, "anna")))
    hanna, hanna_rec = bots(arun(staff(cc_server.url, "hanna")))
    jan, _ = bots(arun(citizen(cc_server.url)))
    arun(available(anna))
    started = arun(jan.request(p.StartChat(id=0, topic="waste", text="Bins?", name="Jan")))
    iid = started.interaction.id
    arun(anna_rec.next(p.OfferCreated, lambda e: e.interaction.id == iid))
    arun(anna.request(p.AcceptOffer(id=0, interaction_id=iid)))
    arun(anna.request(p.SetPresence(id=0, state="offline")))
    arun(available(hanna))
    qtbot.waitUntil(lambda: cell(window, "hanna", AgentColumn.PRESENCE) == "Available")
    qtbot.waitUntil(lambda: cell(window, "anna", AgentColumn.PRESENCE) == "Offline")

    window.select_agent("hanna")
    assert not window.stepping_in.action.isEnabled()  # nothing of hers to move
    window.select_agent("anna")
    qtbot.waitUntil(window.stepping_in.action.isEnabled)  # offline, but she still holds it
    assert window.stepping_in.action.shortcut().toString() == "Ctrl+M"
    window.stepping_in.action.trigger()
    qtbot.waitUntil(lambda: isinstance(window.stepping_in.dialog, MoveDialog))
    dialog = window.stepping_in.dialog
    assert dialog.interaction_id() == iid
    assert iid not in dialog.conversation_box.currentText()  # no internal ids shown
    dialog.to_colleague.setChecked(True)
    names = [dialog.colleague_box.itemText(i) for i in range(dialog.colleague_box.count())]
    assert any(n.startswith("Hanna Dąbrowska") for n in names), names
    dialog.colleague_box.setCurrentIndex(
        next(i for i, n in enumerate(names) if n.startswith("Hanna"))
    )
    dialog.note_edit.setText("Anna had to leave")
    with qtbot.waitSignal(window.stepping_in.moved, timeout=5000) as moved:
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
    assert moved.args == [iid]
    offer = arun(hanna_rec.next(p.OfferCreated, lambda e: e.interaction.id == iid))
    assert (offer.from_agent, offer.note) == ("sam", "Anna had to leave")
    closed = arun(anna_rec.next(p.InteractionClosed, lambda e: e.interaction_id == iid))
    assert not closed.wrapup_required
    assert "moved to Hanna Dąbrowska" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: not window.agent_model.agent("anna").interactions)
