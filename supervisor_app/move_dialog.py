"""Where a supervisor moves a conversation: the next free agent, a colleague who is free
now, or a department's queue; with a note for whoever gets it. Open with ``open()``."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from shared import protocol as p

MAX_NOTE = 500  # the server keeps the first 500 characters


class MoveDialog(QDialog):
    """``conversations``: (interaction id, what the supervisor reads) of the agent's."""

    def __init__(
        self,
        agent_name: str,
        conversations: list[tuple[str, str]],
        directory: p.DirectorySnapshot,
        holder: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Move conversation"))
        self.setModal(True)
        intro = QLabel(
            self.tr(
                "{0} leaves the conversation and owes no wrap-up for it. "
                "The move is recorded in the audit log."
            ).format(agent_name),
            self,
        )
        intro.setWordWrap(True)

        self.conversation_box = QComboBox(self)
        for iid, label in conversations:
            self.conversation_box.addItem(label, iid)

        self.next_free = QRadioButton(self.tr("&Next free agent (front of its queue)"), self)
        self.to_colleague = QRadioButton(self.tr("&Colleague:"), self)
        self.to_department = QRadioButton(self.tr("&Department:"), self)
        self.choice = QButtonGroup(self)
        for button in (self.next_free, self.to_colleague, self.to_department):
            self.choice.addButton(button)
        self.next_free.setChecked(True)

        self.colleague_box = QComboBox(self)
        free = [
            e
            for e in directory.people
            if e.username != holder and e.connected and e.presence == "available"
        ]
        for entry in sorted(free, key=lambda e: e.display_name):
            where = ", ".join(entry.departments)
            label = f"{entry.display_name} ({where})" if where else entry.display_name
            self.colleague_box.addItem(label, entry.username)
        if not free:
            self.colleague_box.addItem(self.tr("Nobody is free now"), "")
        self.department_box = QComboBox(self)
        for dept in directory.departments:
            self.department_box.addItem(dept.name, dept.name)
        self.note_edit = QLineEdit(self)
        self.note_edit.setMaxLength(MAX_NOTE)
        self.note_edit.setPlaceholderText(self.tr("What the next person should know"))

        form = QFormLayout()
        form.addRow(self.tr("C&onversation:"), self.conversation_box)
        form.addRow(self.next_free)
        form.addRow(self.to_colleague, self.colleague_box)
        form.addRow(self.to_department, self.department_box)
        form.addRow(self.tr("N&ote:"), self.note_edit)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Move"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.choice.buttonToggled.connect(self._on_choice_button_toggled)
        self.colleague_box.activated.connect(lambda _i: self.to_colleague.setChecked(True))
        self.department_box.activated.connect(lambda _i: self.to_department.setChecked(True))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self._on_choice_button_toggled()

    def interaction_id(self) -> str:
        return self.conversation_box.currentData() or ""

    def agent(self) -> str:
        return self.colleague_box.currentData() or "" if self.to_colleague.isChecked() else ""

    def department(self) -> str:
        return self.department_box.currentData() or "" if self.to_department.isChecked() else ""

    def destination_name(self) -> str:
        """The colleague's or department's name as shown ("" for the next free agent)."""
        if self.to_colleague.isChecked():
            return self.colleague_box.currentText().split(" (")[0]
        if self.to_department.isChecked():
            return self.department_box.currentText()
        return ""

    def note(self) -> str:
        return self.note_edit.text().strip()

    def _on_choice_button_toggled(self, *_args: object) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(
            bool(self.interaction_id())
            and (not self.to_colleague.isChecked() or bool(self.agent()))
        )
