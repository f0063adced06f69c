"""The small picker behind Consult… and Transfer…: whom (the directory, searchable as
in the dock) and a note for them.

Consult: a department (its first free expert joins) or a person by name. Transfer: a department's queue only (the
citizen keeps their place in line). Open it with ``open()``; ``chosen`` carries the
agent's choice, the window asks the server.

Keys: type to filter, ↑/↓ to choose, Enter moves to the note, Enter in the note (or
Ctrl+Enter anywhere) confirms, Esc cancels.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from agent_app.directory_pane import DirectoryModel, DirectoryPane, why_text

Mode = Literal["consult", "transfer"]
MAX_NOTE = 500  # what the server keeps of a note


@dataclass(frozen=True, slots=True)
class Choice:
    mode: Mode
    interaction_id: str
    department: str = ""
    person: str = ""
    target_name: str = ""
    note: str = ""
    three_way: bool = False


class ConsultPicker(QDialog):
    chosen = Signal(object)  # Choice

    def __init__(
        self,
        model: DirectoryModel,
        mode: Mode,
        interaction_id: str,
        *,
        channel: str,
        citizen: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.mode = mode
        self.interaction_id = interaction_id
        self.channel = channel
        self.model = model
        if mode == "consult":
            self.setWindowTitle(self.tr("Consult an expert"))
            intro = self.tr("Who should join your conversation with %1?")
        else:
            self.setWindowTitle(self.tr("Transfer to a department"))
            intro = self.tr(
                "Which department's queue should %1 wait in? They keep their place in line."
            )
        self.intro_label = QLabel(intro.replace("%1", citizen or self.tr("the citizen")))
        self.intro_label.setWordWrap(True)

        self.pane = DirectoryPane(
            model, departments_only=mode == "transfer", buttons=False, parent=self
        )
        self.pane.set_context(can_consult=True, can_transfer=True)
        self.pane.consult_requested.connect(lambda *_: self._to_note())
        self.pane.transfer_requested.connect(lambda *_: self._to_note())
        self.pane.selection_changed.connect(self._update_ok)
        self.pane.dismissed.connect(self.reject)

        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(MAX_NOTE)
        self.note_edit.setPlaceholderText(
            self.tr("What the expert should know (shown when it rings)")
            if mode == "consult"
            else self.tr("What the next person should know")
        )
        self.note_edit.returnPressed.connect(self.confirm)
        # No "three-way at once" here: the server sends no consult.changed "merged" when
        # such a consultation is joined, so neither app would know it is a conference.
        # The agent makes it one with Conference once the expert is in.
        self.why_label = QLabel()
        self.why_label.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Note:"), self.note_edit)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Consult") if mode == "consult" else self.tr("&Transfer"))
        self.ok_button.setAutoDefault(False)
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.pane, 1)
        layout.addWidget(self.why_label)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        for seq in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(seq), self)
            shortcut.activated.connect(self.confirm)
        self.resize(440, 480)
        self._update_ok()
        self.pane.focus_search()

    def preselect(self, kind: str, key: str) -> None:
        """Start on a row (the one selected in the dock); the keyboard goes to the note."""
        if self.pane.select(kind, key):
            self.note_edit.setFocus()
        self._update_ok()

    def choice(self) -> Choice | None:
        kind, key, department = self.pane.selected()
        note = self.note_edit.text().strip()
        if self.mode == "transfer":
            if not department:
                return None
            return Choice("transfer", self.interaction_id, department=department,
                          target_name=department, note=note)  # fmt: skip
        if kind == "department":
            return Choice("consult", self.interaction_id, department=key, target_name=key,
                          note=note)  # fmt: skip
        if kind == "person" and self.pane.availability().ok:
            entry = self.model.directory.people.get(key)
            name = entry.display_name if entry else key
            return Choice("consult", self.interaction_id, person=key, target_name=name,
                          note=note)  # fmt: skip
        return None

    def confirm(self) -> None:
        choice = self.choice()
        if choice is None:
            self.pane.focus_search()
            return
        self.chosen.emit(choice)
        self.accept()

    def _to_note(self) -> None:
        if self.choice() is not None:
            self.note_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_ok(self) -> None:
        kind, key, _ = self.pane.selected()
        ok = self.choice() is not None
        self.ok_button.setEnabled(ok)
        if kind == "person" and not ok:
            self.why_label.setText(why_text(self.pane.availability().why))
        elif not kind:
            self.why_label.setText(self.tr("Choose a department or a person."))
        else:
            self.why_label.setText("")
        self.why_label.setVisible(bool(self.why_label.text()))
