"""One chat conversation in its tab: transcript, typing indicator, input, then wrap-up.

The widget renders what the server pushes (the window routes each event to the chat by
interaction id) and asks the server through ``ClientService`` only. Its life:

    active ──(agent or citizen closes)──▶ closed: the transcript stays, the wrap-up form
           replaces the input (Skip only where the server does not require it)
           ──(wrap-up submitted or skipped)──▶ finished(interaction_id): the window drops it
"""

from __future__ import annotations

import time
from datetime import datetime
from typing import Literal

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFrameFormat,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from agent_app.calls import call
from agent_app.transcript import Entry, Transcript
from agent_app.wrapup_widget import WrapupWidget
from shared import protocol as p
from softphone.client_service import ClientService
from softphone.qt_async import async_slot, spawn

State = Literal["active", "closed", "finished"]

TYPING_IDLE_MS = 3000  # stop "typing" after this long without a keystroke
TYPING_STALE_MS = 8000  # hide the citizen's indicator if no update comes
MARKS = {"sending": "…", "sent": "✓", "delivered": "✓✓"}


def _blend(a: QColor, b: QColor, t: float) -> QColor:
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
    )


class ChatInput(QPlainTextEdit):
    """Enter sends, Shift+Enter starts a new line."""

    submitted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            mods = event.modifiers()
            if mods & Qt.KeyboardModifier.ShiftModifier:
                self.textCursor().insertText("\n")
                return
            if not mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
                self.submitted.emit()
                return
        super().keyPressEvent(event)


class ChatWidget(QWidget):
    changed = Signal()  # title, unread count, typing or state changed: refresh the tab
    finished = Signal(str)  # interaction id: the tab can go
    citizen_message_received = Signal(str)  # interaction id (for notifications)
    status_message = Signal(str)  # for the window's status bar

    def __init__(
        self,
        service: ClientService,
        interaction: p.InteractionInfo,
        *,
        topic: p.Topic | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.interaction = interaction
        self.topic = topic
        self.transcript = Transcript()
        self.state: State = "active"
        self.closed_by = ""
        self.closed_at: float | None = None
        self.wrapup_required = False
        self.unread = 0
        self.citizen_typing = False
        self._current = False
        self._connected = True
        self._typing_sent = False
        self._closing = False
        self._assigned = False

        self._build()
        self._typing_idle = QTimer(self, singleShot=True, interval=TYPING_IDLE_MS)
        self._typing_idle.timeout.connect(self._on_typing_idle_timeout)
        self._typing_stale = QTimer(self, singleShot=True, interval=TYPING_STALE_MS)
        self._typing_stale.timeout.connect(lambda: self.set_citizen_typing(False))
        self._update_header()
        self._render()

    # ------------------------------------------------------------------ layout

    def _build(self) -> None:
        self.name_label = QLabel()
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.name_label.setFont(font)
        self.topic_label = QLabel()
        self.topic_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.end_button = QPushButton(self.tr("&End chat"))
        self.end_button.setToolTip(self.tr("End this conversation (Ctrl+W)"))
        self.end_button.clicked.connect(self.request_close)

        header_text = QVBoxLayout()
        header_text.setSpacing(0)
        header_text.addWidget(self.name_label)
        header_text.addWidget(self.topic_label)
        header = QHBoxLayout()
        header.addLayout(header_text, 1)
        header.addWidget(self.end_button, 0, Qt.AlignmentFlag.AlignTop)

        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setAutoFillBackground(True)
        self.banner.setMargin(6)
        pal = self.banner.palette()
        pal.setColor(QPalette.ColorRole.Window, QColor("#fff3cd"))
        pal.setColor(QPalette.ColorRole.WindowText, QColor("#664d03"))
        self.banner.setPalette(pal)
        self.banner.hide()

        self.transcript_view = QTextBrowser()
        self.transcript_view.setOpenLinks(False)
        self.transcript_view.setFrameShape(QFrame.Shape.StyledPanel)
        self.transcript_view.document().setDocumentMargin(10)

        self.typing_label = QLabel()
        self.typing_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        italic = self.typing_label.font()
        italic.setItalic(True)
        self.typing_label.setFont(italic)
        self.typing_label.setFixedHeight(self.typing_label.fontMetrics().height() + 2)

        # input page
        self.input_edit = ChatInput()
        self.input_edit.setTabChangesFocus(True)
        self.input_edit.setPlaceholderText(self.tr("Write a reply…"))
        line = self.input_edit.fontMetrics().lineSpacing()
        self.input_edit.setFixedHeight(line * 3 + 14)
        self.input_edit.submitted.connect(self.send_current_text)
        self.input_edit.textChanged.connect(self._on_input_edit_text_changed)
        self.send_button = QPushButton(self.tr("&Send"))
        self.send_button.setToolTip(self.tr("Send (Enter) · new line: Shift+Enter"))
        self.send_button.clicked.connect(self.send_current_text)
        self.length_label = QLabel()
        side = QVBoxLayout()
        side.addWidget(self.send_button)
        side.addStretch(1)
        side.addWidget(self.length_label, 0, Qt.AlignmentFlag.AlignRight)
        input_page = QWidget()
        input_row = QHBoxLayout(input_page)
        input_row.setContentsMargins(0, 0, 0, 0)
        input_row.addWidget(self.input_edit, 1)
        input_row.addLayout(side)

        self.bottom = QStackedWidget()
        self.bottom.addWidget(input_page)
        self.bottom.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.wrapup: WrapupWidget | None = None

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.banner)
        layout.addWidget(self.transcript_view, 1)
        layout.addWidget(self.typing_label)
        layout.addWidget(self.bottom)
        self.setFocusProxy(self.input_edit)
        self._update_length()

    # ------------------------------------------------------------------ for the window

    @property
    def interaction_id(self) -> str:
        return self.interaction.id

    @property
    def citizen_name(self) -> str:
        return self.interaction.citizen_name or self.tr("Citizen")

    def title(self) -> str:
        title = self.citizen_name
        if self.unread:
            title += f" ({self.unread})"
        return title

    def set_topic(self, topic: p.Topic | None) -> None:
        self.topic = topic
        self._update_header()

    def set_current(self, current: bool) -> None:
        self._current = current
        if current and self.unread:
            self.unread = 0
            self.changed.emit()

    def set_connected(self, connected: bool) -> None:
        self._connected = connected
        self._update_send_enabled()
        if not connected:
            self._typing_sent = False
            self.set_citizen_typing(False)

    def apply_assignment(self, msg: p.InteractionAssigned) -> None:
        """First assignment or the same one pushed again after a reconnect."""
        self.interaction = msg.interaction
        new = self.transcript.merge(msg.messages)
        if self._assigned and not self._current:
            # pushed again after a reconnect: what came meanwhile is news
            self.unread += sum(1 for m in new if m.sender == "citizen")
        self._assigned = True
        self._ack()
        if msg.interaction.state in ("wrap_up", "closed") and self.state == "active":
            self._enter_closed(by="", reason="", wrapup_required=msg.interaction.state == "wrap_up")
        self._update_header()
        self._render()
        self.changed.emit()

    def add_message(self, msg: p.ChatMessage) -> None:
        if not self.transcript.add(msg):
            return
        if msg.sender == "citizen":
            self.set_citizen_typing(False)
            if not self._current:
                self.unread += 1
            self.citizen_message_received.emit(self.interaction_id)
            self._ack()
        self._render()
        self.changed.emit()

    def set_citizen_typing(self, typing: bool) -> None:
        if typing:
            self._typing_stale.start()
        else:
            self._typing_stale.stop()
        if typing == self.citizen_typing:
            return
        self.citizen_typing = typing
        self.typing_label.setText(
            self.tr("%1 is typing…").replace("%1", self.citizen_name) if typing else ""
        )
        self.changed.emit()

    def mark_delivered(self, seq: int) -> None:
        if self.transcript.mark_delivered(seq):
            self._render()

    def on_closed(self, msg: p.InteractionClosed) -> None:
        if self.state != "active":
            return
        self._enter_closed(by=msg.by, reason=msg.reason, wrapup_required=msg.wrapup_required)
        self._render()
        self.changed.emit()

    def request_close(self) -> None:
        """Ctrl+W / End chat: end the conversation, or drop the tab once it is done."""
        if self.state == "active":
            self._close_interaction()
        elif self.state == "closed":
            if self.wrapup is not None and self.wrapup.mandatory:
                self.wrapup.focus_form()
                self.status_message.emit(
                    self.tr("Submit the wrap-up before closing this conversation.")
                )
            else:
                self._finish()

    def insert_text(self, text: str) -> bool:
        """Put text (an article's short answer) into the message box at the cursor, for
        the agent to edit and send; False once the conversation is over."""
        if self.state != "active" or not text:
            return False
        edit = self.input_edit
        cursor = edit.textCursor()
        before = edit.toPlainText()[: cursor.position()]
        if before and not before[-1].isspace():
            text = " " + text
        cursor.insertText(text)
        edit.setTextCursor(cursor)
        edit.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    # ------------------------------------------------------------------ sending

    def send_current_text(self) -> None:
        text = self.input_edit.toPlainText().strip()
        if not text or not self.send_button.isEnabled():
            return
        self.input_edit.clear()
        spawn(self._send(text))

    async def _send(self, text: str) -> None:
        display_name = self.service.welcome.user.display_name if self.service.welcome else ""
        local_id = self.transcript.add_pending(text, display_name)
        self._render(scroll_to_end=True)
        await self._notify_typing(False)
        reply = await call(
            self.service, p.SendChat(id=0, interaction_id=self.interaction_id, text=text)
        )
        if isinstance(reply, p.ChatSent):
            self.transcript.confirm(local_id, reply.message)
        else:
            self.transcript.drop_pending(local_id)
            # Give the unsent text back, before anything typed since, so nothing is lost.
            typed = self.input_edit.toPlainText().strip()
            self.input_edit.setPlainText(f"{text}\n{typed}" if typed else text)
            self.input_edit.moveCursor(QTextCursor.MoveOperation.End)
        self._render()
        self.changed.emit()  # the side panel's message count

    def _on_input_edit_text_changed(self) -> None:
        self._update_length()
        if self.state != "active":
            return
        if self.input_edit.toPlainText().strip():
            self._typing_idle.start()
            if not self._typing_sent:
                spawn(self._notify_typing(True))
        elif self._typing_sent:
            spawn(self._notify_typing(False))

    def _on_typing_idle_timeout(self) -> None:
        if self._typing_sent:
            spawn(self._notify_typing(False))

    async def _notify_typing(self, typing: bool) -> None:
        if typing == self._typing_sent:
            return
        self._typing_sent = typing
        if not typing:
            self._typing_idle.stop()
        await self.service.notify(
            p.Typing(interaction_id=self.interaction_id, typing=typing, sender="agent")
        )

    def _ack(self) -> None:
        seq = self.transcript.take_ack()
        if seq is not None:
            spawn(self.service.notify(p.AckChat(interaction_id=self.interaction_id, seq=seq)))

    def _update_length(self) -> None:
        length = len(self.input_edit.toPlainText())
        too_long = length > p.MAX_CHAT_TEXT
        self.length_label.setVisible(length > p.MAX_CHAT_TEXT * 0.8)
        self.length_label.setText(f"{length}/{p.MAX_CHAT_TEXT}")
        palette = self.palette()
        if too_long:
            palette.setColor(QPalette.ColorRole.WindowText, QColor("#b3261e"))
        else:
            palette.setColor(
                QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText)
            )
        self.length_label.setPalette(palette)
        self._update_send_enabled()

    def _update_send_enabled(self) -> None:
        length = len(self.input_edit.toPlainText().strip())
        self.send_button.setEnabled(
            self.state == "active" and self._connected and 0 < length <= p.MAX_CHAT_TEXT
        )

    # ------------------------------------------------------------------ closing

    @async_slot
    async def _close_interaction(self) -> None:
        if self._closing:
            return
        self._closing = True
        self.end_button.setEnabled(False)
        try:
            await self._notify_typing(False)
            # the interaction.closed event that follows switches to the wrap-up
            await call(self.service, p.CloseInteraction(id=0, interaction_id=self.interaction_id))
        finally:
            self._closing = False
            self.end_button.setEnabled(self.state == "active")

    def _enter_closed(self, *, by: str, reason: str, wrapup_required: bool) -> None:
        bar = self.transcript_view.verticalScrollBar()
        if bar.value() >= bar.maximum() - 4:
            # The wrap-up form is taller than the message box: once the layout has shrunk
            # the transcript, show its end again (the closing note is its last line).
            QTimer.singleShot(0, self, self._scroll_to_end)
        self.state = "closed"
        self.closed_by = by
        self.closed_at = time.time()
        self.wrapup_required = wrapup_required
        self.end_button.hide()
        self.input_edit.setReadOnly(True)
        self._typing_idle.stop()
        self.set_citizen_typing(False)
        if by == "citizen":
            self.banner.setText(self.tr("%1 left the chat.").replace("%1", self.citizen_name))
            self.banner.setToolTip(reason)
            self.banner.show()
        # The server says whether a wrap-up is owed; when it is not, one may still be added.
        welcome = self.service.welcome
        topics = list(welcome.wrapup_topics) if welcome else []
        suggested = ""
        for candidate in (self.interaction.topic, self.topic.name if self.topic else ""):
            if candidate in topics:
                suggested = candidate
                break
        self.wrapup = WrapupWidget(topics, mandatory=wrapup_required, suggested_topic=suggested)
        self.wrapup.submitted.connect(self._on_wrapup_submitted)
        self.wrapup.skipped.connect(self._finish)
        self.bottom.addWidget(self.wrapup)
        self.bottom.setCurrentWidget(self.wrapup)
        self.setFocusProxy(self.wrapup.topic_combo)
        if self._current:
            self.wrapup.focus_form()
        self._update_send_enabled()
        self._update_header()

    @async_slot
    async def _on_wrapup_submitted(self, topic: str, notes: str, resolved: bool) -> None:
        assert self.wrapup is not None
        self.wrapup.set_busy(True)
        reply = await call(
            self.service,
            p.SubmitWrapup(
                id=0,
                interaction_id=self.interaction_id,
                topic=topic,
                notes=notes,
                resolved_first_contact=resolved,
            ),
        )
        if reply is None:
            self.wrapup.set_busy(False)
            return
        self._finish()

    def _finish(self) -> None:
        if self.state == "finished":
            return
        self.state = "finished"
        self.finished.emit(self.interaction_id)

    # ------------------------------------------------------------------ rendering

    def _update_header(self) -> None:
        self.name_label.setText(self.citizen_name)
        topic = self.topic.name if self.topic else self.interaction.topic
        parts = [topic]
        if self.topic and self.topic.department:
            parts.append(self.topic.department)
        started = datetime.fromtimestamp(self.interaction.created_at).strftime("%H:%M")
        parts.append(self.tr("started %1").replace("%1", started))
        self.topic_label.setText(" · ".join(parts))

    def _render(self, scroll_to_end: bool = False) -> None:
        view = self.transcript_view
        bar = view.verticalScrollBar()
        at_end = scroll_to_end or bar.value() >= bar.maximum() - 4
        old_value = bar.value()

        doc = view.document()
        doc.clear()
        cursor = QTextCursor(doc)
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        colors = {
            "citizen": _blend(base, text, 0.07),
            "agent": _blend(base, palette.color(QPalette.ColorRole.Highlight), 0.16),
        }
        meta = QTextCharFormat()
        meta.setForeground(palette.color(QPalette.ColorRole.PlaceholderText))
        meta.setFontPointSize(max(7.0, self.font().pointSizeF() * 0.85))
        delivered = QTextCharFormat(meta)
        delivered.setForeground(palette.color(QPalette.ColorRole.Highlight))
        delivered.setFontWeight(QFont.Weight.Bold)
        name_fmt = QTextCharFormat()
        name_fmt.setFontWeight(QFont.Weight.Bold)
        body = QTextCharFormat()
        # The empty block before each bubble would add a blank line: keep it a thin gap.
        gap = QTextBlockFormat()
        gap.setLineHeight(4, QTextBlockFormat.LineHeightTypes.FixedHeight.value)

        for entry in self.transcript.entries():
            if entry.sender == "system":
                self._insert_note(cursor, entry.text, meta)
                continue
            cursor.setBlockFormat(gap)
            frame = QTextFrameFormat()
            frame.setBackground(colors.get(entry.sender, colors["citizen"]))
            frame.setPadding(7)
            frame.setBorder(0)
            frame.setTopMargin(3)
            frame.setBottomMargin(3)
            if entry.sender == "agent":
                frame.setLeftMargin(72)
            else:
                frame.setRightMargin(72)
            cursor.insertFrame(frame)
            cursor.insertText(entry.sender_name or self.citizen_name, name_fmt)
            cursor.insertText("   " + self._time(entry), meta)
            status = self.transcript.status(entry)
            if status:
                cursor.insertText(
                    "  " + MARKS[status], delivered if status == "delivered" else meta
                )
            cursor.insertBlock(QTextBlockFormat(), body)
            cursor.insertText(entry.text, body)
            cursor.movePosition(QTextCursor.MoveOperation.End)

        if self.state != "active" and self.closed_at is not None:
            when = datetime.fromtimestamp(self.closed_at).strftime("%H:%M")
            if self.closed_by == "citizen":
                note = self.tr("Conversation ended by the citizen at %1").replace("%1", when)
            elif self.closed_by == "agent":
                note = self.tr("You ended the conversation at %1").replace("%1", when)
            else:
                note = self.tr("Conversation ended")
            self._insert_note(cursor, note, meta)

        bar.setValue(bar.maximum() if at_end else old_value)

    def _scroll_to_end(self) -> None:
        bar = self.transcript_view.verticalScrollBar()
        bar.setValue(bar.maximum())

    def _insert_note(self, cursor: QTextCursor, text: str, fmt: QTextCharFormat) -> None:
        block = QTextBlockFormat()
        block.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        block.setTopMargin(6)
        block.setBottomMargin(6)
        cursor.insertBlock(block, fmt)
        cursor.insertText(text, fmt)
        cursor.insertBlock(QTextBlockFormat())

    def _time(self, entry: Entry) -> str:
        ts = datetime.fromtimestamp(entry.ts)
        if ts.date() != datetime.now().date():
            return ts.strftime("%d.%m %H:%M")
        return ts.strftime("%H:%M")
