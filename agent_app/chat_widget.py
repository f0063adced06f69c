"""One conversation in its tab: transcript, typing indicator, input, the second line
(consultation bar, staff-only chat), then wrap-up.

The widget renders what the server pushes (whoever holds it routes each event to it by
interaction id: ``add_message``, ``apply_consult_changed``, ``apply_participants``,
``add_internal`` …) and asks the server through ``ClientService`` and
``SecondLineService`` only. It takes everything it needs in its constructor, so the
expert's compact window can hold it as the agent window does; without a directory
model it offers no Consult…/Transfer… (there is nobody to pick from).

Its life:

    active ──(agent or citizen closes, a transfer, the expert taking over)──▶ closed:
           the transcript stays, the wrap-up form replaces the input (Skip only where
           the server does not require it; a consulted expert whose part ended owes
           none and gets a Close button instead)
           ──(wrap-up submitted, skipped or closed)──▶ finished(interaction_id)

Its role: ``owner`` (the conversation is ours) or ``consulted`` (we were asked to join:
the agent's note is on top, the citizen cannot be written to until the owner makes it
a conference, Ctrl+W leaves). A completed transfer makes the consulted expert the owner.
"""

from __future__ import annotations

import time
from datetime import datetime
from typing import TYPE_CHECKING, Literal

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
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from agent_app import shortcuts as keys
from agent_app.calls import call
from agent_app.consult_bar import ConsultBar
from agent_app.consultation import Consultation
from agent_app.drafts import Draft
from agent_app.internal_chat import InternalChat
from agent_app.second_line_service import SecondLineService
from agent_app.transcript import Entry, Transcript
from agent_app.wrapup_widget import WrapupWidget
from shared import protocol as p
from shared.contracts import taken_over_by
from softphone import locale_format
from softphone.client_service import ClientService
from softphone.qt_async import async_slot, spawn

if TYPE_CHECKING:
    from agent_app.consult_picker import Choice
    from agent_app.directory_pane import DirectoryModel

State = Literal["active", "closed", "finished"]
Role = Literal["owner", "consulted"]

SIDE_BY_SIDE_WIDTH = 720  # narrower tabs put the staff chat under the conversation
TYPING_IDLE_MS = 3000  # stop "typing" after this long without a keystroke
TYPING_STALE_MS = 8000  # hide the citizen's indicator if no update comes
DRAFT_SAVE_MS = 700  # keep the unsent text this long after the last keystroke
MARKS = {"sending": "…", "sent": "✓", "delivered": "✓✓"}
NOTE_BACKGROUND = QColor("#ede7f6")  # the note a colleague sent with the conversation
NOTE_FOREGROUND = QColor("#311b92")


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
    changed = Signal()  # title, unread count, typing, state or role changed: refresh the tab
    draft_changed = Signal(str)  # interaction id: the unsent text changed (debounced)
    finished = Signal(str)  # interaction id: the tab can go
    citizen_message_received = Signal(str)  # interaction id (for notifications)
    status_message = Signal(str)  # for the window's status bar

    channel_word = "chat"

    def __init__(
        self,
        service: ClientService,
        interaction: p.InteractionInfo,
        *,
        topic: p.Topic | None = None,
        second_line: SecondLineService | None = None,
        directory: DirectoryModel | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.second_line = second_line or SecondLineService(service, self)
        self.directory = directory
        self.interaction = interaction
        self.topic = topic
        self.transcript = Transcript(self._my_name())
        self.state: State = "active"
        self.role: Role = "owner"
        self.consultation = Consultation()
        self.handed_note = ""  # the note sent with it (consulted or transferred to us)
        self.handed_by = ""  # ... by whom (display name)
        self.handed_kind = ""  # "consult" or "transfer"
        self.closed_by = ""
        self.closed_at: float | None = None
        self.closed_reason = ""
        self.wrapup_required = False
        self.unread = 0
        self.citizen_typing = False
        self.announced = False  # arrived by auto-accept and not looked at yet
        self._current = False
        self._connected = True
        self._typing_sent = False
        self._closing = False
        self._assigned = False
        self._second_line_busy = False
        self.picker = None  # the open Consult…/Transfer… picker
        self._restoring = False
        self._draft_timer = QTimer(self, singleShot=True, interval=DRAFT_SAVE_MS)
        self._draft_timer.timeout.connect(self._emit_draft_changed)

        self._build()
        self._typing_idle = QTimer(self, singleShot=True, interval=TYPING_IDLE_MS)
        self._typing_idle.timeout.connect(self._on_typing_idle_timeout)
        self._typing_stale = QTimer(self, singleShot=True, interval=TYPING_STALE_MS)
        self._typing_stale.timeout.connect(lambda: self.set_citizen_typing(False))
        self.internal.input_edit.textChanged.connect(self._on_internal_input_text_changed)
        self._update_header()
        self._update_second_line()
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
        self.topic_label.setWordWrap(True)  # a narrow tab: wrap rather than cut it

        def header_button(text: str, key: str, tip: str) -> QPushButton:
            b = QPushButton(text)
            b.setToolTip(keys.with_key(tip, key))
            return b

        self.consult_button = header_button(
            self.tr("C&onsult…"), keys.CONSULT, self.tr("Ask an expert to join")
        )
        self.consult_button.clicked.connect(self.open_consult)
        self.transfer_button = header_button(
            self.tr("&Transfer…"), keys.TRANSFER, self.tr("Send it to a department's queue")
        )
        self.transfer_button.clicked.connect(self.open_transfer)
        self.end_button = header_button(
            self.tr("&End chat"), keys.END, self.tr("End this conversation")
        )
        self.end_button.clicked.connect(self.request_close)
        self.leave_button = header_button(
            self.tr("&Leave"), keys.END, self.tr("Leave the conversation: the agent keeps it")
        )
        self.leave_button.clicked.connect(self.leave)
        self.leave_button.hide()

        header_text = QVBoxLayout()
        header_text.setSpacing(0)
        header_text.addWidget(self.name_label)
        header_text.addWidget(self.topic_label)
        header = QHBoxLayout()
        header.addLayout(header_text, 1)
        for b in (self.consult_button, self.transfer_button, self.leave_button, self.end_button):
            header.addWidget(b, 0, Qt.AlignmentFlag.AlignTop)

        self.note_banner = QLabel()
        self.note_banner.setWordWrap(True)
        self.note_banner.setAutoFillBackground(True)
        self.note_banner.setMargin(6)
        self.note_banner.setTextFormat(Qt.TextFormat.PlainText)
        pal = self.note_banner.palette()
        pal.setColor(QPalette.ColorRole.Window, NOTE_BACKGROUND)
        pal.setColor(QPalette.ColorRole.WindowText, NOTE_FOREGROUND)
        self.note_banner.setPalette(pal)
        self.note_banner.hide()

        self.consult_bar = ConsultBar()
        self.consult_bar.merge_requested.connect(self.merge)
        self.consult_bar.complete_requested.connect(self.complete_transfer)
        self.consult_bar.cancel_requested.connect(self.cancel_consult)
        self.consult_bar.queue_requested.connect(self.wait_in_queue)
        self.consult_bar.callback_requested.connect(self.register_callback)

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

        # the conversation on the left, the staff-only chat beside it
        self.conversation_area = QWidget()
        area = QVBoxLayout(self.conversation_area)
        area.setContentsMargins(0, 0, 0, 0)
        area.addWidget(self.transcript_view, 1)
        self.internal = InternalChat(self.service.username)
        self.internal.submitted.connect(self.send_internal)
        self.internal.hide()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.conversation_area)
        self.splitter.addWidget(self.internal)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setCollapsible(0, False)

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

        # what a consulted expert whose part is over sees instead of a wrap-up
        self.done_page = QWidget()
        done = QHBoxLayout(self.done_page)
        done.setContentsMargins(0, 0, 0, 0)
        self.done_label = QLabel()
        self.done_label.setWordWrap(True)
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.setToolTip(keys.with_key(self.tr("Close this tab"), keys.END))
        self.close_button.clicked.connect(self._finish)
        done.addWidget(self.done_label, 1)
        done.addWidget(self.close_button)

        self.bottom = QStackedWidget()
        self.bottom.addWidget(input_page)
        self.bottom.addWidget(self.done_page)
        self.bottom.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.wrapup: WrapupWidget | None = None

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.note_banner)
        layout.addWidget(self.consult_bar)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.typing_label)
        layout.addWidget(self.bottom)
        self.setFocusProxy(self.input_edit)
        self._update_length()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        wide = event.size().width() >= SIDE_BY_SIDE_WIDTH
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.splitter.orientation() != orientation:
            self.splitter.setOrientation(orientation)
            self._size_internal()

    def _size_internal(self) -> None:
        """The staff chat gets about a third of the room beside (or under) the
        conversation."""
        if self.internal.isHidden():
            return
        horizontal = self.splitter.orientation() == Qt.Orientation.Horizontal
        total = max(1, self.splitter.width() if horizontal else self.splitter.height())
        share = 0.62 if horizontal else 0.6
        self.splitter.setSizes([int(total * share), total - int(total * share)])

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
        if current and (self.unread or self.announced):
            self.unread = 0
            self.announced = False
            self.changed.emit()

    def set_connected(self, connected: bool) -> None:
        self._connected = connected
        self._update_send_enabled()
        if not connected:
            self._typing_sent = False
            self.set_citizen_typing(False)

    def set_origin(self, kind: str, by: str, note: str) -> None:
        """Where it came from, as its offer said: ``consult`` or ``transfer`` from a
        colleague (display name) with their note."""
        if kind in ("consult", "transfer"):
            self.handed_kind, self.handed_by = kind, by
            self.handed_note = note or self.handed_note
            self._update_second_line()

    def apply_assignment(self, msg: p.InteractionAssigned) -> None:
        """First assignment or the same one pushed again after a reconnect."""
        self.interaction = msg.interaction
        self.transcript.me = self._my_name()
        self.role = msg.role
        if msg.note:
            self.handed_note = msg.note
            if not self.handed_kind:
                self.handed_kind = "consult" if msg.role == "consulted" else "transfer"
        if msg.role == "consulted":
            if not self.handed_by:
                self.handed_by = msg.interaction.agent_name
            if self.consultation.phase not in ("connected", "merged"):
                self.consultation.joined_as_expert(merged=False)
        else:
            self._consultation_from_participants(msg.interaction.participants)
        new = self.transcript.merge(msg.messages)
        if self._assigned and not self._current:
            # pushed again after a reconnect: what came meanwhile is news
            self.unread += sum(1 for m in new if m.sender == "citizen")
        self.internal.merge(msg.internal)
        self._assigned = True
        self._ack()
        if msg.interaction.state in ("wrap_up", "closed") and self.state == "active":
            self._enter_closed(by="", reason="", wrapup_required=msg.interaction.state == "wrap_up")
        self._update_header()
        self._update_second_line()
        self._render()
        self.changed.emit()

    def _consultation_from_participants(self, participants: list[p.Participant]) -> None:
        """Pushed again after a reconnect: whoever is consulted now is with us (the
        consult.changed that said so may have been missed)."""
        consulted = next((x for x in participants if x.role == "consulted"), None)
        c = self.consultation
        if consulted is not None and not c.joined:
            c.phase, c.expert, c.expert_name = (
                "connected",
                consulted.username,
                consulted.display_name,
            )
            c.target_name = c.target_name or consulted.display_name
        elif consulted is None and c.joined:
            c.phase = "ended"

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
        """Ctrl+W / End chat: end the conversation (a consulted expert leaves it), or
        drop the tab once it is done."""
        if self.state == "active":
            if self.role == "consulted":
                self.leave()
            else:
                self._close_interaction()
        elif self.state == "closed":
            if self.wrapup is not None and self.wrapup.mandatory:
                self.wrapup.focus_form()
                self.status_message.emit(
                    self.tr("Submit the wrap-up before closing this conversation.")
                )
            else:
                self._finish()

    def can_write(self) -> bool:
        """Whether we can write to the citizen now (a consulted expert: only in a
        conference)."""
        return self.state == "active" and (
            self.role == "owner" or self.consultation.phase == "merged"
        )

    def insert_text(self, text: str) -> bool:
        """Put text (an article's short answer) into the message box at the cursor, for
        the agent to edit and send; False where nothing can be written to the citizen."""
        if not self.can_write() or not text:
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

    def wrapup_notes(self) -> str:
        """What the wrap-up form's notes start with (a call's notes)."""
        return ""

    # ------------------------------------------------------------------ drafts

    def draft(self) -> Draft:
        """What is typed and not sent, to the citizen and to the staff."""
        return Draft(self.input_edit.toPlainText(), self.internal.input_edit.text())

    def restore_draft(self, draft: Draft) -> None:
        """Put back what was typed before a restart (never over something typed since)."""
        if self.state != "active":
            return
        self._restoring = True
        try:
            if draft.reply and not self.input_edit.toPlainText():
                self.input_edit.setPlainText(draft.reply)
                self.input_edit.moveCursor(QTextCursor.MoveOperation.End)
            if draft.internal and not self.internal.input_edit.text():
                self.internal.input_edit.setText(draft.internal)
        finally:
            self._restoring = False
        self._draft_timer.stop()

    def flush_draft(self) -> None:
        """Say now what the debounce would say in a moment (sent, quitting)."""
        if self._draft_timer.isActive():
            self._draft_timer.stop()
            self._emit_draft_changed()

    def _emit_draft_changed(self) -> None:
        self.draft_changed.emit(self.interaction_id)

    def _on_internal_input_text_changed(self, _text: str) -> None:
        if not self._restoring:
            self._draft_timer.start()

    # ------------------------------------------------------------------ second line: state

    def can_consult(self) -> bool:
        return (
            self.directory is not None
            and self.state == "active"
            and self.role == "owner"
            and not self.consultation.live
            and not self._second_line_busy
        )

    def can_transfer(self) -> bool:
        return self.can_consult()

    def second_line_hint(self) -> str:
        """Why Consult…/Transfer… are not possible now ("" when they are)."""
        if self.state != "active":
            return self.tr("The conversation is over.")
        if self.role == "consulted":
            return self.tr("You were asked to join: only the agent can consult or transfer.")
        if self.consultation.live:
            return self.tr("One consultation at a time: cancel or complete this one first.")
        return ""

    def apply_consult_changed(self, msg: p.ConsultChanged) -> None:
        before = self.consultation.phase
        self.consultation.changed(msg)
        if msg.state == "completed" and msg.expert == self.service.username:
            self.role = "owner"  # the agent handed it to us
            self.handed_kind = "transfer"
        after = self.consultation.phase
        if after != before:
            name = self.consultation.expert_name or msg.expert_name
            if after == "merged":
                self._note(
                    self.tr("Conference: %1 now sees %2's messages.")
                    .replace("%1", self.citizen_name)
                    .replace("%2", name)
                    if self.channel_word == "chat" and self.role == "owner"
                    else self.tr("Conference: the citizen is in the conversation now.")
                )
        self._update_second_line()
        self.changed.emit()

    def apply_participants(self, msg: p.ParticipantsChanged) -> None:
        """Who is in it now; a join or leave is a line in the transcript."""
        me = self.service.username
        mine = next((x for x in msg.participants if x.username == me), None)
        if mine is not None and mine.role != self.role:
            self.role = mine.role
        by_name = {x.display_name: x for x in msg.participants}
        if msg.joined and msg.joined != self._my_name():
            who = by_name.get(msg.joined)
            if who is not None and who.department and who.role == "consulted":
                self._note(
                    self.tr("%1 (%2) joined the conversation.")
                    .replace("%1", msg.joined)
                    .replace("%2", who.department)
                )
            else:
                self._note(self.tr("%1 joined the conversation.").replace("%1", msg.joined))
        if msg.left and msg.left != self._my_name():
            self._note(self.tr("%1 left the conversation.").replace("%1", msg.left))
        self.interaction.participants = list(msg.participants)
        self._update_second_line()
        self.changed.emit()

    def add_internal(self, message: p.InternalMessage) -> None:
        if self.internal.add(message):
            self._update_second_line()
            if message.sender != self.service.username and not self._current:
                self.unread += 1
            self.changed.emit()

    # ------------------------------------------------------------------ second line: asking

    def open_consult(self) -> None:
        self._open_picker("consult")

    def open_transfer(self) -> None:
        self._open_picker("transfer")

    def _open_picker(self, mode: str, preselect: tuple[str, str] | None = None) -> None:
        if not self.can_consult():
            hint = self.second_line_hint()
            if hint:
                self.status_message.emit(hint)
            return
        from agent_app.consult_picker import ConsultPicker

        self.directory.set_channel(self.interaction.channel)
        picker = ConsultPicker(
            self.directory,
            mode,  # type: ignore[arg-type]
            self.interaction_id,
            channel=self.interaction.channel,
            citizen=self.citizen_name,
            parent=self.window(),
        )
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        picker.chosen.connect(self.carry_out)
        picker.finished.connect(self._on_picker_finished)
        if preselect is not None:
            picker.preselect(*preselect)
        picker.open()
        self.picker = picker

    def _on_picker_finished(self, _result: int) -> None:
        self.picker = None
        # the keyboard back where it was: the window, and the message box in it
        self.window().activateWindow()
        if self.state == "active" and self._current:
            self.setFocus()

    def consult_with(self, kind: str, key: str) -> None:
        """From the directory dock: the picker, on that person or department."""
        self._open_picker("consult", (kind, key))

    def transfer_to(self, department: str) -> None:
        self._open_picker("transfer", ("department", department))

    def carry_out(self, choice: Choice) -> None:
        if choice.mode == "transfer":
            self._transfer(choice.department, choice.note)
        else:
            self._consult(choice)

    @async_slot
    async def _consult(self, choice: Choice) -> None:
        if not self.can_consult():
            return
        c = self.consultation
        c.request(
            department=choice.department,
            person=choice.person,
            target_name=choice.target_name,
            note=choice.note,
            three_way=choice.three_way,
        )
        self._update_second_line()
        reply = await self._ask(
            self.second_line.consult(
                self.interaction_id,
                department=choice.department,
                expert=choice.person,
                note=choice.note,
                three_way=choice.three_way,
            )
        )
        if not isValid(self):
            return
        if isinstance(reply, p.ConsultRequested):
            c.requested(reply)
        else:
            c.failed()
        self._update_second_line()
        self.changed.emit()

    @async_slot
    async def _transfer(self, department: str, note: str) -> None:
        if not self.can_transfer():
            return
        await self._transfer_now(department, note)

    async def _transfer_now(self, department: str, note: str) -> bool:
        self._second_line_busy = True
        self._update_second_line()
        try:
            ok = await self._ask(self.second_line.transfer(self.interaction_id, department, note))
        finally:
            if isValid(self):
                self._second_line_busy = False
        if not isValid(self):
            return False
        if ok is not None:
            self.status_message.emit(
                self.tr("Transferred to %1: the citizen keeps their place in line.").replace(
                    "%1", department
                )
            )
        self._update_second_line()
        self.changed.emit()
        return ok is not None

    def merge(self) -> None:
        if self.consultation.can_merge and self.role == "owner":
            self._bar_request(self.second_line.merge(self.interaction_id))

    def complete_transfer(self) -> None:
        if self.consultation.can_complete and self.role == "owner":
            self._bar_request(self.second_line.complete_consult(self.interaction_id))

    def cancel_consult(self) -> None:
        if self.consultation.can_cancel and self.role == "owner":
            self._bar_request(self.second_line.cancel_consult(self.interaction_id))

    @async_slot
    async def wait_in_queue(self) -> None:
        """Nobody free: withdraw the consultation and transfer to the department's
        queue instead, with the same note."""
        c = self.consultation
        if not (c.nobody_free and c.department and self.role == "owner"):
            return
        department, note = c.department, c.note
        self.consult_bar.set_busy(True)
        cancelled = await self._ask(self.second_line.cancel_consult(self.interaction_id), True)
        if not isValid(self):
            return
        if cancelled is not None:
            self.consultation.phase = "idle"
            await self._transfer_now(department, note)
        if isValid(self):
            self.consult_bar.set_busy(False)
            self._update_second_line()

    @async_slot
    async def register_callback(self, number: str) -> None:
        c = self.consultation
        if not (c.nobody_free and self.role == "owner"):
            return
        self.consult_bar.set_busy(True)
        try:
            reply = await self.second_line.request_callback(
                number,
                department=c.department,
                topic=self.interaction.topic,
                interaction_id=self.interaction_id,
                note=c.note,
            )
        except p.ProtocolError as exc:
            reply = None
            if isValid(self):
                self.consult_bar.detail_label.setText(
                    self.tr("No callback: %1").replace("%1", exc.message or exc.code)
                )
                self.consult_bar.detail_label.show()
        except (OSError, TimeoutError):
            reply = None
            if isValid(self):
                self.status_message.emit(self.tr("The server did not answer in time."))
        if not isValid(self):
            return
        self.consult_bar.set_busy(False)
        if isinstance(reply, p.CallbackRegistered):
            self.status_message.emit(
                self.tr("Callback registered for %1 (position %2).")
                .replace("%1", number)
                .replace("%2", str(reply.position))
            )

    def leave(self) -> None:
        if self.state == "active" and self.role == "consulted":
            self._bar_request(self.second_line.leave(self.interaction_id))

    @async_slot
    async def send_internal(self, text: str) -> None:
        self.internal.add_pending(text)
        message = await self._ask(self.second_line.send_internal(self.interaction_id, text))
        if not isValid(self):
            return
        if isinstance(message, p.InternalMessage):
            self.internal.add(message)
        else:
            self.internal.drop_pending(text)
            self.internal.input_edit.setText(text)  # nothing typed is lost

    def focus_internal(self) -> None:
        if self.internal.isVisible():
            self.internal.focus_input()

    @async_slot
    async def _bar_request(self, coro) -> None:
        if self._second_line_busy:
            coro.close()
            return
        self._second_line_busy = True
        self.consult_bar.set_busy(True)
        try:
            await self._ask(coro, True)
        finally:
            if isValid(self):
                self._second_line_busy = False
                self.consult_bar.set_busy(False)
                self._update_second_line()
                self.changed.emit()  # the window's actions follow

    async def _ask(self, coro, ok_value=None):
        """A second-line request's reply (``ok_value`` for replies without content),
        or None once its failure was reported (the status bar shows the server's words)."""
        try:
            reply = await coro
        except p.ProtocolError:
            return None  # ClientService reported it through request_failed
        except (OSError, TimeoutError):
            if isValid(self):
                self.status_message.emit(self.tr("The server did not answer in time."))
            return None
        return ok_value if reply is None and ok_value is not None else reply

    def _update_second_line(self) -> None:
        """Buttons, bars and panes as the role and the consultation have them."""
        owner = self.role == "owner"
        active = self.state == "active"
        has_directory = self.directory is not None
        self.consult_button.setVisible(owner and active and has_directory)
        self.transfer_button.setVisible(owner and active and has_directory)
        self.consult_button.setEnabled(self.can_consult())
        self.transfer_button.setEnabled(self.can_transfer())
        self.end_button.setVisible(active and owner)
        self.leave_button.setVisible(active and not owner)
        if owner and (self.consultation.phase != "idle"):
            self.consult_bar.caller_number = self.interaction.caller
            self.consult_bar.show_consultation(self.consultation, channel=self.interaction.channel)
        elif not owner:
            self.consult_bar.hide()
        self._update_note_banner()
        show_internal = (
            self.role == "consulted"
            or self.consultation.phase != "idle"
            or bool(self.internal.messages())
        )
        if show_internal and self.internal.isHidden():
            self.internal.show()
            self._size_internal()
        self.internal.set_open(active)
        self._update_input_mode()

    def _update_note_banner(self) -> None:
        by = self.handed_by or self.tr("A colleague")
        if self.role == "consulted" and self.state == "active":
            if self.consultation.phase == "merged":
                text = self.tr("Conference: the citizen sees your messages now.")
            else:
                text = self.tr("%1 asks you to join").replace("%1", by)
            if self.handed_note:
                text += ": " + self.handed_note
            elif self.consultation.phase != "merged":
                text += "."
        elif self.handed_kind == "transfer" and (self.handed_note or self.handed_by):
            text = self.tr("Transferred by %1").replace("%1", by)
            text += ": " + self.handed_note if self.handed_note else "."
        else:
            text = ""
        self.note_banner.setText(text)
        self.note_banner.setVisible(bool(text))

    def _update_input_mode(self) -> None:
        if self.state != "active":
            return
        writable = self.can_write()
        self.input_edit.setReadOnly(not writable)
        if writable:
            self.input_edit.setPlaceholderText(self.tr("Write a reply…"))
        else:
            self.input_edit.setPlaceholderText(
                self.tr(
                    "You were asked to consult: write to the agent in the staff chat. You can "
                    "write to the citizen once the agent makes it a conference."
                )
            )
        self._update_send_enabled()

    def _note(self, text: str) -> None:
        self.transcript.add_note(text)
        self._render()

    def _my_name(self) -> str:
        welcome = self.service.welcome
        return welcome.user.display_name if welcome else ""

    # ------------------------------------------------------------------ sending

    def send_current_text(self) -> None:
        text = self.input_edit.toPlainText().strip()
        if not text or not self.send_button.isEnabled():
            return
        self.input_edit.clear()
        self.flush_draft()
        spawn(self._send(text))

    async def _send(self, text: str) -> None:
        local_id = self.transcript.add_pending(text, self._my_name())
        self._render(scroll_to_end=True)
        await self._notify_typing(False)
        reply = await call(
            self.service, p.SendChat(id=0, interaction_id=self.interaction_id, text=text)
        )
        if not isValid(self):
            return
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
        if self._restoring:
            return  # a draft put back: not typing
        self._draft_timer.start()
        if self.state != "active" or not self.can_write():
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
        if seq is not None and self.role == "owner":
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
            self.can_write() and self._connected and 0 < length <= p.MAX_CHAT_TEXT
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
            if isValid(self):
                self._closing = False
                self.end_button.setEnabled(self.state == "active")

    def _closing_note(self, by: str, reason: str) -> str:
        """The banner for how our part ended ("" when nothing needs saying)."""
        expert = self.consultation.expert_name or self.tr("the expert")
        if supervisor := taken_over_by(reason):
            return self.tr("%1 took over this conversation.").replace("%1", supervisor)
        if reason.startswith("transferred to "):
            return self.tr("You transferred the conversation to %1.").replace(
                "%1", reason.removeprefix("transferred to ")
            )
        if reason.startswith("handed back"):
            return self.tr("You handed the conversation back: a colleague takes it from here.")
        if reason == "transferred" and self.role == "owner":
            return self.tr("You handed the conversation to %1.").replace("%1", expert)
        if self.role == "consulted":
            if reason == "left":
                return self.tr("You left the conversation.")
            if reason.startswith("cancelled"):
                return self.tr("%1 ended the consultation.").replace(
                    "%1", self.handed_by or self.tr("The agent")
                )
            if by == "citizen":
                return self.tr("%1 left the chat.").replace("%1", self.citizen_name)
            return self.tr("The conversation ended.")
        if by == "citizen":
            return self.tr("%1 left the chat.").replace("%1", self.citizen_name)
        return ""

    def _enter_closed(self, *, by: str, reason: str, wrapup_required: bool) -> None:
        bar = self.transcript_view.verticalScrollBar()
        if bar.value() >= bar.maximum() - 4:
            # The wrap-up form is taller than the message box: once the layout has shrunk
            # the transcript, show its end again (the closing note is its last line).
            QTimer.singleShot(0, self, self._scroll_to_end)
        self.state = "closed"
        self.closed_by = by
        self.closed_at = time.time()
        self.closed_reason = reason
        self.wrapup_required = wrapup_required
        self.end_button.hide()
        self.leave_button.hide()
        self.input_edit.setReadOnly(True)
        self._typing_idle.stop()
        self.set_citizen_typing(False)
        note = self._closing_note(by, reason)
        if note:
            self.banner.setText(note)
            self.banner.setToolTip(reason)
            self.banner.show()
        if self.consultation.live:
            self.consultation.phase = "completed" if reason == "transferred" else "ended"
        if self.role == "consulted" and not wrapup_required:
            # our part was a consultation: nothing to wrap up
            self.done_label.setText(note or self.tr("Your part in this conversation is over."))
            self.bottom.setCurrentWidget(self.done_page)
            self.setFocusProxy(self.close_button)
            if self._current:
                self.close_button.setFocus()
        else:
            # The server says whether a wrap-up is owed; when it is not, one may be added.
            welcome = self.service.welcome
            topics = list(welcome.wrapup_topics) if welcome else []
            suggested = ""
            for candidate in (self.interaction.topic, self.topic.name if self.topic else ""):
                if candidate in topics:
                    suggested = candidate
                    break
            self.wrapup = WrapupWidget(
                topics,
                mandatory=wrapup_required,
                suggested_topic=suggested,
                notes=self.wrapup_notes(),
            )
            self.wrapup.submitted.connect(self._on_wrapup_submitted)
            self.wrapup.skipped.connect(self._finish)
            self.bottom.addWidget(self.wrapup)
            self.bottom.setCurrentWidget(self.wrapup)
            self.setFocusProxy(self.wrapup.topic_combo)
            if self._current:
                self.wrapup.focus_form()
        self._update_send_enabled()
        self._update_header()
        self._update_second_line()

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
        if not isValid(self):
            return
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
        started = locale_format.clock(self.interaction.created_at)
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
            "own": _blend(base, palette.color(QPalette.ColorRole.Highlight), 0.16),
            "staff": _blend(base, QColor("#2e7d32"), 0.14),  # a colleague in a conference
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
            kind = "own" if entry.own else "staff" if entry.sender == "agent" else "citizen"
            frame.setBackground(colors[kind])
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
            when = locale_format.clock(self.closed_at)
            if self.closed_reason.startswith(("transferred", "handed back")) or (
                self.role == "consulted" and self.closed_by != "citizen"
            ):
                note = self.tr("Your part ended at %1").replace("%1", when)
            elif self.closed_by == "citizen":
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
        if datetime.fromtimestamp(entry.ts).date() != datetime.now().date():
            return f"{locale_format.short_day(entry.ts)} {locale_format.clock(entry.ts)}"
        return locale_format.clock(entry.ts)
