"""One phone call as a conversation tab: caller, topic, the caller's earlier contacts,
notes taken during the call, call controls (hold, mute, keypad; consult, transfer and
conference from the conversation's header and consultation bar), the call's one clock,
then the wrap-up (its notes start with the call's notes).

It is a ``ChatWidget`` without the message box: closing, the second line, the wrap-up
form and the window's handling of tabs are the same for calls and chats. The audio
itself runs in the softphone (``softphone.phone_service``); this widget only shows its
state and asks it (or the server, for hold) to act. On hold looks different from
connected: an amber "On hold" with the Resume button, where a live call is green.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agent_app import shortcuts as keys
from agent_app.calls import call as request
from agent_app.chat_widget import ChatWidget
from shared import protocol as p
from softphone import locale_format
from softphone.presence import format_duration, icon
from softphone.qt_async import async_slot

KEYPAD = "123456789*0#"

STATE_COLOURS = {  # background, text of the state label
    "ringing": ("#e8eaf6", "#1a237e"),
    "connected": ("#d7f0dc", "#14532d"),
    "hold": ("#ffe0a3", "#6b3b00"),
    "ending": ("#eceff1", "#263238"),
    "ended": ("#eceff1", "#263238"),
}


def state_label(accessible_name: str) -> QLabel:
    """A call's state as a bold label on its own colour (``paint_state``)."""
    label = QLabel()
    bold = label.font()
    bold.setBold(True)
    label.setFont(bold)
    label.setAutoFillBackground(True)
    label.setMargin(4)
    label.setAccessibleName(accessible_name)
    return label


def paint_state(label: QLabel, colours: tuple[str, str]) -> None:
    """Give a state label its (background, text) colours."""
    pal = label.palette()
    pal.setColor(QPalette.ColorRole.Window, QColor(colours[0]))
    pal.setColor(QPalette.ColorRole.WindowText, QColor(colours[1]))
    label.setPalette(pal)


class CallWidget(ChatWidget):
    channel_word = "call"

    def __init__(
        self,
        service,
        interaction: p.InteractionInfo,
        *,
        topic=None,
        second_line=None,
        directory=None,
        parent=None,
    ):
        self.phone_call = None  # softphone.phone_service.PhoneCall once it is bound
        self.on_hold = False
        self.muted = False
        self.call_state = "ringing"
        self.connected_at: float | None = None
        self.history: list[p.PastInteraction] = []
        super().__init__(
            service,
            interaction,
            topic=topic,
            second_line=second_line,
            directory=directory,
            parent=parent,
        )
        self._clock = QTimer(self, interval=1000)
        self._clock.timeout.connect(self._update_call_state)
        self._clock.start()

    # ------------------------------------------------------------------ layout

    def _build(self) -> None:
        super()._build()
        self.end_button.setText(self.tr("&Hang up"))
        self.end_button.setIcon(icon("call-end"))
        self.end_button.setToolTip(keys.with_key(self.tr("Hang up"), keys.HANG_UP))
        self.leave_button.setToolTip(
            keys.with_key(self.tr("Leave the call: the agent stays with the caller"), keys.END)
        )
        self.typing_label.hide()

        self.state_label = state_label(self.tr("Call state"))
        self.timer_label = QLabel("0:00")
        self.timer_label.setToolTip(self.tr("Talk time"))
        self.hold_button = QPushButton()
        self.hold_button.setCheckable(True)
        self.hold_button.clicked.connect(lambda on: self.set_hold(on))
        self.mute_button = QPushButton()
        self.mute_button.setCheckable(True)
        self.mute_button.clicked.connect(lambda on: self.set_muted(on))
        self.keypad_button = QPushButton(keys.with_key(self.tr("Keypad"), keys.KEYPAD))
        self.keypad_button.setCheckable(True)
        self.keypad_button.setToolTip(keys.with_key(self.tr("Send touch tones"), keys.KEYPAD))

        self.keypad = QWidget()
        grid = QGridLayout(self.keypad)
        grid.setContentsMargins(0, 0, 0, 0)
        self.key_buttons: dict[str, QPushButton] = {}
        for i, key in enumerate(KEYPAD):
            button = QPushButton(key)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda checked=False, k=key: self.send_dtmf(k))
            grid.addWidget(button, i // 3, i % 3)
            self.key_buttons[key] = button
        self.keypad.hide()
        self.keypad_button.toggled.connect(self.keypad.setVisible)

        row = QHBoxLayout()
        row.addWidget(icon_label := QLabel())
        icon_label.setPixmap(icon("call").pixmap(20, 20))
        row.addWidget(self.state_label)
        row.addWidget(self.timer_label)
        row.addStretch(1)
        for b in (self.hold_button, self.mute_button, self.keypad_button):
            row.addWidget(b)
        controls = QWidget()
        box = QVBoxLayout(controls)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(row)
        box.addWidget(self.keypad)
        self.controls = controls
        self.bottom.insertWidget(0, controls)
        self.bottom.setCurrentWidget(controls)

        # The conversation area shows the caller's earlier contacts and the call's notes.
        self.history_view = QTreeWidget()
        self.history_view.setRootIsDecorated(False)
        self.history_view.setHeaderLabels(
            [self.tr("When"), self.tr("Channel"), self.tr("Topic"), self.tr("Agent"),
             self.tr("Resolved"), self.tr("Notes")]
        )  # fmt: skip
        self.history_title = QLabel()
        self.notes_label = QLabel(self.tr("&Notes (they go into the wrap-up):"))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setPlaceholderText(
            keys.with_key(self.tr("What the caller asks, what you promised…"), keys.NOTES)
        )
        self.notes_edit.setAccessibleName(self.tr("Call notes"))
        self.notes_label.setBuddy(self.notes_edit)
        line = self.notes_edit.fontMetrics().lineSpacing()
        self.notes_edit.setMinimumHeight(line * 3 + 12)
        area: QVBoxLayout = self.conversation_area.layout()
        self.transcript_view.hide()
        area.insertWidget(0, self.history_title)
        area.insertWidget(1, self.history_view, 2)
        area.addWidget(self.notes_label)
        area.addWidget(self.notes_edit, 1)
        self.setFocusProxy(self.hold_button)
        self._update_call_state()

    # ------------------------------------------------------------------ for the window

    @property
    def number(self) -> str:
        return self.interaction.caller

    @property
    def citizen_name(self) -> str:
        return self.interaction.caller or self.tr("Withheld number")

    def apply_assignment(self, msg: p.InteractionAssigned) -> None:
        super().apply_assignment(msg)
        self.set_history(msg.history)
        if msg.on_hold != self.on_hold:
            self.on_hold = msg.on_hold
            self.hold_button.setChecked(msg.on_hold)
        if self.phone_call is None and msg.interaction.state == "active":
            self.call_state = "connected"
        self._update_call_state()

    def set_history(self, history: list[p.PastInteraction]) -> None:
        self.history = list(history)
        self.history_view.clear()
        for h in history:
            when = locale_format.day_and_time(h.created_at)
            item = QTreeWidgetItem(
                [
                    when,
                    {"chat": self.tr("Chat"), "voice": self.tr("Phone")}.get(h.channel, h.channel),
                    h.wrapup_topic or h.topic,
                    h.agent_name,
                    self.tr("yes") if h.resolved_first_contact else self.tr("no"),
                    h.notes,
                ]
            )
            item.setToolTip(5, h.notes)
            self.history_view.addTopLevelItem(item)
        for col in range(5):
            self.history_view.resizeColumnToContents(col)
        if history:
            self.history_title.setText(
                self.tr("Earlier contacts from this number: %1").replace("%1", str(len(history)))
            )
        else:
            self.history_title.setText(self.tr("No earlier contacts from this number."))

    def bind_call(self, phone_call) -> None:
        """The softphone's call for this interaction (ringing or already answered)."""
        self.phone_call = phone_call
        phone_call.connected.connect(self._on_phone_call_connected)
        phone_call.ended.connect(self._on_phone_call_ended)
        phone_call.muted.connect(self._on_phone_call_muted)
        if phone_call.state == "confirmed":
            self._on_phone_call_connected()
        self._update_call_state()

    def can_write(self) -> bool:
        return False  # nothing to type to the caller

    def insert_text(self, text: str) -> bool:
        return False  # nothing to type into on a call

    def wrapup_notes(self) -> str:
        return self.notes_edit.toPlainText().strip()

    def focus_notes(self) -> None:
        if self.notes_edit.isVisible():
            self.notes_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def request_close(self) -> None:
        """F6 / Ctrl+W: hang up (a consulted expert leaves); once ended, what a chat tab
        does (the wrap-up)."""
        if self.state == "active" and self.role == "owner":
            self.hang_up()
        else:
            super().request_close()

    def hang_up(self) -> None:
        if self.role == "consulted" and self.state == "active":
            self.leave()
            return
        if self.phone_call is not None and self.call_state in ("ringing", "connected"):
            self.phone_call.hangup()  # the switch hears the BYE and ends the interaction
            self.call_state = "ending"
            self._update_call_state()
        else:  # no call on this softphone (lost, or answered elsewhere): ask the server
            self._close_interaction()

    @async_slot
    async def set_hold(self, on: bool) -> None:
        if self.state != "active" or self.role != "owner":
            self.hold_button.setChecked(self.on_hold)
            return
        self.hold_button.setEnabled(False)
        reply = await request(
            self.service, p.HoldCall(id=0, interaction_id=self.interaction_id, hold=on)
        )
        self.hold_button.setEnabled(self.state == "active")
        if reply is not None:
            self.on_hold = on
        self.hold_button.setChecked(self.on_hold)
        self._update_call_state()

    def toggle_hold(self) -> None:
        self.set_hold(not self.on_hold)

    def set_muted(self, on: bool) -> None:
        if self.phone_call is not None:
            self.phone_call.set_muted(on)
        self.muted = on
        self.mute_button.setChecked(on)
        self._update_call_state()

    def toggle_mute(self) -> None:
        self.set_muted(not self.muted)

    def toggle_keypad(self) -> None:
        self.keypad_button.toggle()

    def send_dtmf(self, digits: str) -> None:
        if self.phone_call is not None and self.call_state == "connected":
            self.phone_call.send_dtmf(digits)
            self.status_message.emit(self.tr("Sent %1").replace("%1", digits))

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        text = event.text()
        if self.keypad.isVisible() and text and text in KEYPAD:
            self.send_dtmf(text)
            return
        super().keyPressEvent(event)

    # ------------------------------------------------------------------ softphone

    def _on_phone_call_connected(self) -> None:
        self.call_state = "connected"
        self.connected_at = self.phone_call.connected_at or time.time()
        self._update_call_state()

    def _on_phone_call_ended(self, status: int, reason: str) -> None:
        self.call_state = "ended"
        self._update_call_state()

    def _on_phone_call_muted(self, on: bool) -> None:
        self.muted = on
        self.mute_button.setChecked(on)
        self._update_call_state()

    def _enter_closed(self, *, by: str, reason: str, wrapup_required: bool) -> None:
        super()._enter_closed(by=by, reason=reason, wrapup_required=wrapup_required)
        if self.phone_call is not None and self.call_state in ("ringing", "connected"):
            self.phone_call.hangup()  # the server ended it (the room failed, say)
        self.call_state = "ended"
        if by == "citizen":
            self.banner.setText(self.tr("The caller hung up."))
            self.banner.show()
        if reason.startswith("call failed"):
            self.banner.setText(self.tr("The call was lost: %1").replace("%1", reason))
            self.banner.show()
        # the notes moved into the wrap-up form (or there is none: keep them readable)
        if self.wrapup is not None:
            self.notes_label.hide()
            self.notes_edit.hide()
        else:
            self.notes_edit.setReadOnly(True)
        self._update_call_state()

    def _update_call_state(self) -> None:
        held = self.on_hold and self.call_state == "connected"
        texts = {
            "ringing": self.tr("Ringing…"),
            "connected": self.tr("On hold — the caller hears music")
            if held
            else self.tr("Connected"),
            "ending": self.tr("Hanging up…"),
            "ended": self.tr("Call ended"),
        }
        text = texts.get(self.call_state, self.call_state)
        if self.muted and self.call_state == "connected":
            text += " · " + self.tr("muted")
        self.state_label.setText(text)
        colours = STATE_COLOURS.get("hold" if held else self.call_state, STATE_COLOURS["ended"])
        paint_state(self.state_label, colours)
        self.hold_button.setText(
            keys.with_key(self.tr("Resume") if self.on_hold else self.tr("Hold"), keys.HOLD)
        )
        self.hold_button.setToolTip(
            keys.with_key(
                self.tr("Take the caller back")
                if self.on_hold
                else self.tr("Put the caller on hold with music"),
                keys.HOLD,
            )
        )
        self.mute_button.setText(
            keys.with_key(self.tr("Unmute") if self.muted else self.tr("Mute"), keys.MUTE)
        )
        self.mute_button.setToolTip(keys.with_key(self.tr("Mute your microphone"), keys.MUTE))
        if self.connected_at is not None:
            end = self.closed_at or time.time()
            self.timer_label.setText(format_duration(max(0.0, end - self.connected_at)))
        live = self.state == "active" and self.call_state == "connected"
        self.hold_button.setEnabled(live and self.role == "owner")
        for b in (self.mute_button, self.keypad_button):
            b.setEnabled(live)
        self.controls.setVisible(self.state == "active")
