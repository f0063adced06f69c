"""The staff-only chat beside a conversation with a consultation: the owner and the
consulted expert write to each other here; the citizen never sees it.

Messages come from the server (``internal.message`` pushes, and the ones so far with
``interaction.assigned``) and are kept by ``seq``, so a message pushed twice shows once.
What we send shows at once as "sending…" and is replaced by the server's copy. Enter
sends; the pane says what it wants (``submitted``) and the tab asks the server.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from agent_app import shortcuts as keys
from shared import protocol as p
from softphone import locale_format


class InternalChat(QFrame):
    submitted = Signal(str)

    def __init__(self, me: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.me = me  # our username
        self._by_seq: dict[int, p.InternalMessage] = {}
        self._pending: list[str] = []
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Staff chat"))

        self.title_label = QLabel()
        bold = self.title_label.font()
        bold.setBold(True)
        self.title_label.setFont(bold)
        self.hint_label = QLabel(self.tr("The citizen does not see these messages."))
        self.hint_label.setWordWrap(True)
        self.hint_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.view = QTextBrowser()
        self.view.setOpenLinks(False)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.view.setAccessibleName(self.tr("Staff messages"))
        self.input_edit = QLineEdit()
        self.input_edit.setMaxLength(p.MAX_CHAT_TEXT)
        self.input_edit.setPlaceholderText(self.tr("Message to the staff…"))
        self.set_key(keys.INTERNAL)
        self.input_edit.setAccessibleName(self.tr("Message to the staff"))
        self.input_edit.returnPressed.connect(self._on_input_edit_return_pressed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(self.title_label)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.input_edit)
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.Window, QColor("#f3effa"))
        self.setPalette(pal)
        self.setAutoFillBackground(True)
        self.setFocusProxy(self.input_edit)
        self.setMinimumWidth(200)
        self.setMinimumHeight(120)
        self._render()

    def set_key(self, key: str) -> None:
        """The key that puts the cursor here, as the window holding it has it (the
        expert's compact window: Ctrl+I, its Ctrl+Shift+L is Leave)."""
        self.key = key
        self.title_label.setText(self.tr("Staff only (%1)").replace("%1", keys.native(key)))
        self.input_edit.setToolTip(
            keys.with_key(self.tr("Only the staff in this conversation read it; Enter sends"), key)
        )

    # ------------------------------------------------------------------ messages

    def add(self, message: p.InternalMessage) -> bool:
        """A stored message; False if it was here already."""
        if message.seq in self._by_seq:
            return False
        self._by_seq[message.seq] = message
        if message.sender == self.me and message.text in self._pending:
            self._pending.remove(message.text)
        self._render()
        return True

    def merge(self, messages: list[p.InternalMessage]) -> list[p.InternalMessage]:
        return [m for m in messages if self.add(m)]

    def add_pending(self, text: str) -> None:
        self._pending.append(text)
        self._render()

    def drop_pending(self, text: str) -> None:
        if text in self._pending:
            self._pending.remove(text)
        self._render()

    def messages(self) -> list[p.InternalMessage]:
        return [self._by_seq[s] for s in sorted(self._by_seq)]

    def set_open(self, open_: bool) -> None:
        """Whether messages can still be sent (the conversation is live for us)."""
        self.input_edit.setEnabled(open_)

    # ------------------------------------------------------------------ inside

    def _on_input_edit_return_pressed(self) -> None:
        text = self.input_edit.text().strip()
        if not text:
            return
        self.input_edit.clear()
        self.submitted.emit(text)

    def _render(self) -> None:
        grey = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        rows = []
        for m in self.messages():
            when = locale_format.clock(m.ts)
            who = self.tr("You") if m.sender == self.me else m.sender_name
            rows.append(
                f"<p style='margin:2px 0 6px 0'><b>{html.escape(who)}</b> "
                f"<span style='color:{grey}'>{when}</span><br>"
                f"{html.escape(m.text).replace(chr(10), '<br>')}</p>"
            )
        for text in self._pending:
            rows.append(
                f"<p style='margin:2px 0 6px 0'><b>{html.escape(self.tr('You'))}</b> "
                f"<span style='color:{grey}'>{html.escape(self.tr('sending…'))}</span><br>"
                f"{html.escape(text)}</p>"
            )
        if not rows:
            rows.append(
                f"<p style='color:{grey}'>"
                + html.escape(
                    self.tr("Messages between the staff in this conversation appear here.")
                )
                + "</p>"
            )
        self.view.setHtml("".join(rows))
        bar = self.view.verticalScrollBar()
        bar.setValue(bar.maximum())

    def plain_text(self) -> str:
        return self.view.toPlainText()

    def focus_input(self) -> None:
        self.input_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
