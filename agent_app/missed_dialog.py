"""One missed request in full: who asked, about what, when, their note, and where that
colleague is now (their directory entry, looked up when the dialog opens)."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agent_app.missed import MissedOffer
from agent_app.second_line_service import SecondLineService
from shared import protocol as p
from softphone.presence import format_duration, presence_text
from softphone.qt_async import spawn


class MissedDialog(QDialog):
    remove_requested = Signal(str)  # interaction id

    def __init__(
        self,
        missed: MissedOffer,
        second_line: SecondLineService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.missed = missed
        self.second_line = second_line
        self.entry: p.DirectoryEntry | None = None
        self._lookup = None  # the directory request while it is on its way
        self.setWindowTitle(self.tr("Missed request"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

        channel = self.tr("a call") if missed.channel == "voice" else self.tr("a chat")
        if missed.kind == "consult":
            headline = self.tr("%1 asked you to join %2.")
        elif missed.kind == "transfer":
            headline = self.tr("%1 handed you %2.")
        else:
            headline = self.tr("%1 was offered to you.").replace("%1", channel.capitalize())
        who = missed.from_agent_name or missed.from_agent or self.tr("A colleague")
        self.headline_label = QLabel(headline.replace("%1", who).replace("%2", channel))
        font = self.headline_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.headline_label.setFont(font)
        self.headline_label.setWordWrap(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        ago = format_duration(time.time() - missed.at)
        self.when_label = QLabel(
            self.tr("%1 (%2 ago)").replace("%1", missed.clock()).replace("%2", ago)
        )
        form.addRow(self.tr("Rang out at:"), self.when_label)
        form.addRow(self.tr("Topic:"), QLabel(missed.topic_name))
        if missed.citizen:
            form.addRow(self.tr("Citizen:"), QLabel(missed.citizen))
        self.note_label = QLabel(missed.note or self.tr("(no note)"))
        self.note_label.setWordWrap(True)
        self.note_label.setTextFormat(Qt.TextFormat.PlainText)
        self.note_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Note:"), self.note_label)

        self.colleague_box = QGroupBox(self.tr("%1 now").replace("%1", who))
        self.colleague_label = QLabel(self.tr("Looking them up…"))
        self.colleague_label.setWordWrap(True)
        self.colleague_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        QVBoxLayout(self.colleague_box).addWidget(self.colleague_label)
        self.colleague_box.setVisible(bool(missed.from_agent))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.remove_button = QPushButton(self.tr("&Remove from the list"))
        buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.headline_label)
        layout.addLayout(form)
        layout.addWidget(self.colleague_box)
        layout.addStretch(1)
        layout.addWidget(buttons)

        if missed.from_agent:
            self._lookup = spawn(self._look_up(missed.from_agent))

    async def _look_up(self, username: str) -> None:
        try:
            snapshot = await self.second_line.directory()
        except (p.ProtocolError, OSError, TimeoutError):
            self.colleague_label.setText(self.tr("The directory could not be reached."))
            return
        entry = next((e for e in snapshot.people if e.username == username), None)
        self.entry = entry
        if entry is None:
            self.colleague_label.setText(self.tr("Not in the directory."))
            return
        lines = [f"{entry.display_name} ({entry.username})"]
        state = presence_text(entry.presence, entry.reason)
        if not entry.connected:
            state = self.tr("Signed out")
        lines.append(state)
        if entry.load:
            lines.append(self.tr("In %n conversation(s)", "", entry.load))
        if entry.departments:
            lines.append(", ".join(entry.departments))
        self.colleague_label.setText("\n".join(lines))
        self.colleague_label.setForegroundRole(QPalette.ColorRole.WindowText)

    def done(self, result: int) -> None:
        if self._lookup is not None and not self._lookup.done():
            self._lookup.cancel()  # the labels are going
        super().done(result)

    def _on_remove_button_clicked(self) -> None:
        self.remove_requested.emit(self.missed.interaction_id)
        self.accept()
