"""The staff's own thread beside a conversation: the consulted expert and the agent who
asked write here; the citizen never sees it (``internal.send`` / ``internal.message``).

One panel shows the thread of one conversation at a time (``show_conversation``) and
keeps every thread it has seen, so switching tabs loses nothing. It asks the server
through ``SecondLineService`` only.
"""

from __future__ import annotations

import time
from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QPalette, QTextBlockFormat, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from agent_app.second_line_service import SecondLineService
from shared import protocol as p
from softphone.qt_async import async_slot


class InternalChatPanel(QWidget):
    status_message = Signal(str)

    def __init__(self, second_line: SecondLineService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.second_line = second_line
        self.interaction_id = ""
        self._threads: dict[str, dict[int, p.InternalMessage]] = {}  # by id, then seq
        self._open: set[str] = set()  # conversations the expert is still in

        self.title_label = QLabel(self.tr("Between colleagues"))
        bold = self.title_label.font()
        bold.setBold(True)
        self.title_label.setFont(bold)
        self.hint_label = QLabel(self.tr("The citizen does not see these messages."))
        self.hint_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.hint_label.setWordWrap(True)
        self.view = QTextBrowser()
        self.view.setOpenLinks(False)
        self.view.document().setDocumentMargin(6)
        self.input = QLineEdit()
        self.input.setPlaceholderText(self.tr("To your colleague…"))
        self.input.setToolTip(self.tr("Only your colleagues read this (Ctrl+I, then Enter)"))
        self.input.setMaxLength(p.MAX_CHAT_TEXT)
        self.input.returnPressed.connect(self.send_current_text)
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.setToolTip(self.tr("Send to your colleague (Enter)"))
        self.send_button.clicked.connect(self.send_current_text)
        row = QHBoxLayout()
        row.addWidget(self.input, 1)
        row.addWidget(self.send_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        self.setFocusProxy(self.input)

        second_line.internal_received.connect(self._on_second_line_internal_received)
        self._render()

    # ------------------------------------------------------------------ feeding

    def conversation_joined(self, interaction_id: str, messages: list[p.InternalMessage]) -> None:
        """Assigned (or assigned again after a reconnect) with the thread so far."""
        thread = self._threads.setdefault(interaction_id, {})
        for m in messages:
            thread[m.seq] = m
        self._open.add(interaction_id)
        if interaction_id == self.interaction_id:
            self._render()

    def conversation_left(self, interaction_id: str) -> None:
        self._open.discard(interaction_id)
        if interaction_id == self.interaction_id:
            self._render()

    def forget(self, interaction_id: str) -> None:
        self._threads.pop(interaction_id, None)
        self._open.discard(interaction_id)

    def show_conversation(self, interaction_id: str) -> None:
        self.interaction_id = interaction_id
        self._render()

    def messages(self, interaction_id: str | None = None) -> list[p.InternalMessage]:
        thread = self._threads.get(interaction_id or self.interaction_id, {})
        return [thread[seq] for seq in sorted(thread)]

    def _on_second_line_internal_received(self, msg: p.InternalMessageEvent) -> None:
        self._threads.setdefault(msg.interaction_id, {})[msg.message.seq] = msg.message
        if msg.interaction_id == self.interaction_id:
            self._render()
        else:
            self.status_message.emit(
                self.tr("%1 wrote to you beside another conversation.").replace(
                    "%1", msg.message.sender_name
                )
            )

    # ------------------------------------------------------------------ sending

    def send_current_text(self) -> None:
        text = self.input.text().strip()
        if not text or not self.interaction_id or self.interaction_id not in self._open:
            return
        self.input.clear()
        self._send(self.interaction_id, text)

    @async_slot
    async def _send(self, interaction_id: str, text: str) -> None:
        self.send_button.setEnabled(False)
        try:
            message = await self.second_line.send_internal(interaction_id, text)
        except (p.ProtocolError, OSError, TimeoutError):
            if not self.input.text():
                self.input.setText(text)  # give it back: nothing typed is lost
            self.status_message.emit(self.tr("The message to your colleague was not sent."))
            return
        finally:
            self.send_button.setEnabled(True)
        self._threads.setdefault(interaction_id, {})[message.seq] = message
        if interaction_id == self.interaction_id:
            self._render()

    # ------------------------------------------------------------------ rendering

    def _render(self) -> None:
        me = self.second_line.username
        self.view.clear()
        cursor = self.view.textCursor()
        messages = self.messages()
        if not messages:
            cursor.insertText(
                self.tr("No messages yet.") if self.interaction_id else self.tr("No conversation.")
            )
        plain = QTextCharFormat()
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        spaced = QTextBlockFormat()
        spaced.setTopMargin(4)
        for i, m in enumerate(messages):
            if i:
                cursor.insertBlock(spaced)
            when = datetime.fromtimestamp(m.ts or time.time()).strftime("%H:%M")
            name = self.tr("You") if m.sender == me else m.sender_name
            cursor.insertText(f"{when} {name}: ", bold)
            cursor.insertText(m.text, plain)
        self.view.moveCursor(QTextCursor.MoveOperation.End)
        enabled = bool(self.interaction_id) and self.interaction_id in self._open
        self.input.setEnabled(enabled)
        self.send_button.setEnabled(enabled)
