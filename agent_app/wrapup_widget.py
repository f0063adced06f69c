"""The wrap-up form shown under a finished conversation: topic, notes, first-contact flag.

The notes may start with what the agent wrote during the conversation (a call's notes)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

SUBMIT_SHORTCUT = "Ctrl+Return"


class WrapupWidget(QGroupBox):
    submitted = Signal(str, str, bool)  # topic, notes, resolved at first contact
    skipped = Signal()

    def __init__(
        self,
        topics: list[str],
        *,
        mandatory: bool,
        suggested_topic: str = "",
        notes: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Wrap-up"))
        self.mandatory = mandatory

        self.hint_label = QLabel(
            self.tr("Complete the wrap-up to finish this conversation.")
            if mandatory
            else self.tr("Add a wrap-up for this conversation, or skip it.")
        )
        self.hint_label.setWordWrap(True)

        self.topic_combo = QComboBox()
        self.topic_combo.addItem(self.tr("Choose a topic…"), "")
        for topic in topics:
            self.topic_combo.addItem(topic, topic)
        if suggested_topic:
            index = self.topic_combo.findData(suggested_topic)
            if index > 0:
                self.topic_combo.setCurrentIndex(index)

        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setPlaceholderText(self.tr("What was asked and what you did (optional)"))
        lines = self.notes_edit.fontMetrics().lineSpacing()
        self.notes_edit.setFixedHeight(lines * 3 + 12)
        if notes:
            self.notes_edit.setPlainText(notes)
            self.notes_edit.moveCursor(QTextCursor.MoveOperation.End)
        self.resolved_check = QCheckBox(self.tr("&Resolved at first contact"))

        self.submit_button = QPushButton(self.tr("&Submit wrap-up"))
        self.submit_button.setDefault(True)
        self.submit_button.setToolTip(
            self.tr("Submit (%1)").replace(
                "%1", QKeySequence(SUBMIT_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.submit_button.clicked.connect(self.submit)
        self.skip_button = QPushButton(self.tr("S&kip"))
        self.skip_button.setVisible(not mandatory)
        self.skip_button.clicked.connect(self.skipped)

        form = QFormLayout()
        form.addRow(self.tr("&Topic:"), self.topic_combo)
        form.addRow(self.tr("&Notes:"), self.notes_edit)
        form.addRow("", self.resolved_check)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.submit_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.hint_label)
        layout.addLayout(form)
        layout.addLayout(buttons)

        shortcut = QShortcut(QKeySequence(SUBMIT_SHORTCUT), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.submit)
        shortcut = QShortcut(QKeySequence("Ctrl+Enter"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.submit)

        self.topic_combo.currentIndexChanged.connect(self._update_enabled)
        self._busy = False
        self._update_enabled()

    @property
    def topic(self) -> str:
        return self.topic_combo.currentData() or ""

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        for w in (self.topic_combo, self.notes_edit, self.resolved_check, self.skip_button):
            w.setEnabled(not busy)
        self._update_enabled()

    def submit(self) -> None:
        if not self.submit_button.isEnabled():
            if not self.topic:
                self.topic_combo.setFocus()
            return
        self.submitted.emit(
            self.topic, self.notes_edit.toPlainText().strip(), self.resolved_check.isChecked()
        )

    def focus_form(self) -> None:
        (self.notes_edit if self.topic else self.topic_combo).setFocus()

    def _update_enabled(self) -> None:
        self.submit_button.setEnabled(not self._busy and bool(self.topic))
