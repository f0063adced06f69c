"""The consultation bar on a conversation tab: where the owner's consultation stands and
what can be done about it now.

It shows ``agent_app.consultation.Consultation`` as it moves (the tab calls ``show``
after each change): "Ringing Ewa Lewandowska…", "Waiting for Finance (position 2) —
nobody free", connected, three-way, ended. Its buttons say what the agent wants; the
tab asks the server:

- connected: Conference (merge), Complete transfer, Cancel;
- three-way: Complete transfer, End consultation (the expert leaves);
- waiting because nobody is free: keep the citizen waiting in the department's queue
  (a blind transfer), or register a callback (to the caller's number on a call; on a
  chat the agent types the number the citizen gives), or cancel.

An ended consultation stays readable for a while, then the bar hides.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from agent_app import shortcuts as keys
from agent_app.consultation import Consultation

ENDED_VISIBLE_MS = 12000

COLOURS = {  # background, text
    "requesting": ("#e8eaf6", "#1a237e"),
    "ringing": ("#e8eaf6", "#1a237e"),
    "queued": ("#fff3cd", "#664d03"),
    "connected": ("#e0f2f1", "#004d40"),
    "merged": ("#e0f2f1", "#004d40"),
    "completed": ("#eceff1", "#263238"),
    "ended": ("#eceff1", "#263238"),
}


class ConsultBar(QFrame):
    merge_requested = Signal()
    complete_requested = Signal()
    cancel_requested = Signal()
    queue_requested = Signal()  # nobody free: keep waiting in the department's queue
    callback_requested = Signal(str)  # the number to call back

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.phase = "idle"
        self.caller_number = ""  # a call's number; "" on chats: the agent types one
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setAccessibleName(self.tr("Consultation"))

        self.title_label = QLabel()
        bold = self.title_label.font()
        bold.setBold(True)
        self.title_label.setFont(bold)
        self.title_label.setWordWrap(True)
        self.detail_label = QLabel()
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextFormat(Qt.TextFormat.PlainText)

        # Short labels (they must fit beside each other in Polish too); the keys are in
        # each tooltip and spelled out in the hint line under the buttons.
        def button(text: str, key: str, tip: str) -> QPushButton:
            b = QPushButton(text)
            b.setToolTip(keys.with_key(tip, key) if key else tip)
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves the message box focused
            return b

        self.merge_button = button(
            self.tr("Con&ference"), keys.MERGE, self.tr("The citizen joins you and the expert")
        )
        self.merge_button.clicked.connect(self.merge_requested)
        self.complete_button = button(
            self.tr("Complete trans&fer"),
            keys.COMPLETE,
            self.tr("The expert takes the conversation over; you leave and wrap up"),
        )
        self.complete_button.clicked.connect(self.complete_requested)
        self.cancel_button = button(
            self.tr("Cancel"),
            keys.CANCEL_CONSULT,
            self.tr("Cancel the consultation: the citizen is back with you alone"),
        )
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.queue_button = button(
            self.tr("Keep waiting in the queue"),
            "",
            self.tr(
                "Transfer the conversation to the department's queue: the citizen keeps "
                "their place and the first free expert takes it"
            ),
        )
        self.queue_button.clicked.connect(self.queue_requested)
        self.number_edit = QLineEdit()
        self.number_edit.setPlaceholderText(self.tr("Citizen's phone number"))
        self.number_edit.setAccessibleName(self.tr("Number to call back"))
        self.number_edit.setMaximumWidth(200)
        self.number_edit.textChanged.connect(self._update_buttons)
        self.number_edit.returnPressed.connect(self._on_callback_button_clicked)
        self.callback_button = button(
            self.tr("Call back"),
            "",
            self.tr("Register a callback: the citizen is phoned when an expert is free"),
        )
        self.callback_button.clicked.connect(self._on_callback_button_clicked)

        self.keys_label = QLabel()
        self.keys_label.setWordWrap(True)
        small = self.keys_label.font()
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.85))
        self.keys_label.setFont(small)
        self.keys_label.setAlignment(Qt.AlignmentFlag.AlignRight)

        text = QVBoxLayout()
        text.setSpacing(1)
        text.addWidget(self.title_label)
        text.addWidget(self.detail_label)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addStretch(1)
        for w in (
            self.queue_button,
            self.number_edit,
            self.callback_button,
            self.merge_button,
            self.complete_button,
            self.cancel_button,
        ):
            buttons.addWidget(w)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addLayout(text)
        layout.addLayout(buttons)
        layout.addWidget(self.keys_label)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        self._hide_timer = QTimer(self, singleShot=True, interval=ENDED_VISIBLE_MS)
        self._hide_timer.timeout.connect(self.hide)
        self.hide()

    def show_consultation(self, c: Consultation, *, channel: str) -> None:
        self.phase = c.phase
        if c.phase == "idle":
            self._hide_timer.stop()
            self.hide()
            return
        target = c.target_name or c.department or c.expert_name
        expert = c.expert_name or c.expert or target
        title, detail = "", ""
        waiting = self.tr("The caller hears music.") if channel == "voice" else ""
        if c.phase == "requesting":
            title = self.tr("Asking %1…").replace("%1", target)
        elif c.phase == "ringing":
            title = self.tr("Ringing %1…").replace("%1", expert)
            detail = waiting
        elif c.phase == "queued":
            if c.position:
                title = (
                    self.tr("Waiting for %1 (position %2) — nobody free")
                    .replace("%1", target)
                    .replace("%2", str(c.position))
                )
            else:
                title = self.tr("Waiting for %1 — nobody free").replace("%1", target)
            if c.experts_logged_in == 0:
                detail = self.tr("Nobody of %1 is signed in now.").replace("%1", target)
            elif c.reason == "no_answer":
                detail = self.tr("The expert did not answer.")
            elif c.reason == "declined":
                detail = self.tr("The expert declined.")
            extra = self.tr("Keep the citizen waiting in the queue, or register a callback.")
            detail = f"{detail} {extra}".strip()
        elif c.phase == "connected":
            title = self.tr("%1 is with you").replace("%1", expert)
            detail = (
                self.tr("The caller hears music until you make it a conference.")
                if channel == "voice"
                else self.tr("The citizen does not see %1 until you make it a conference.").replace(
                    "%1", expert
                )
            )
        elif c.phase == "merged":
            title = self.tr("Conference with %1").replace("%1", expert)
            detail = (
                self.tr("Everyone hears everyone.")
                if channel == "voice"
                else self.tr("The citizen sees %1's messages.").replace("%1", expert)
            )
        elif c.phase == "completed":
            title = self.tr("Handed over to %1").replace("%1", expert)
        elif c.phase == "ended":
            reasons = {
                "cancelled": self.tr("You cancelled it."),
                "left": self.tr("%1 left.").replace("%1", expert),
                "expert lost": self.tr("%1's app lost its connection.").replace("%1", expert),
            }
            title = self.tr("Consultation ended")
            detail = reasons.get(c.reason, c.reason)
        self.title_label.setText(title)
        self.detail_label.setText(detail)
        self.detail_label.setVisible(bool(detail))
        bg, fg = COLOURS.get(c.phase, COLOURS["ended"])
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.Window, QColor(bg))
        pal.setColor(QPalette.ColorRole.WindowText, QColor(fg))
        self.setPalette(pal)

        self.merge_button.setVisible(c.can_merge)
        self.complete_button.setVisible(c.can_complete)
        self.cancel_button.setVisible(c.can_cancel)
        self.cancel_button.setText(
            self.tr("&End consultation") if c.phase == "merged" else self.tr("Cancel")
        )
        hints = []
        if c.can_merge:
            hints.append(self.tr("Conference: %1").replace("%1", keys.native(keys.MERGE)))
        if c.can_complete:
            hints.append(self.tr("Complete: %1").replace("%1", keys.native(keys.COMPLETE)))
        if c.can_cancel:
            hints.append(self.tr("Cancel: %1").replace("%1", keys.native(keys.CANCEL_CONSULT)))
        self.keys_label.setText(" · ".join(hints))
        self.keys_label.setVisible(bool(hints))
        nobody = c.nobody_free and bool(c.department)
        self.queue_button.setVisible(nobody)
        self.callback_button.setVisible(nobody)
        self.number_edit.setVisible(nobody and not self.caller_number)
        if self.caller_number:
            self.callback_button.setText(self.tr("Call back %1").replace("%1", self.caller_number))
        self._update_buttons()
        if c.phase in ("ended", "completed"):
            self._hide_timer.start()
        else:
            self._hide_timer.stop()
        self.show()

    def set_busy(self, busy: bool) -> None:
        """A request from this bar is on its way: no second one."""
        for b in (
            self.merge_button,
            self.complete_button,
            self.cancel_button,
            self.queue_button,
            self.callback_button,
        ):
            b.setEnabled(not busy)
        if not busy:
            self._update_buttons()

    def callback_number(self) -> str:
        return self.caller_number or self.number_edit.text().strip()

    def _update_buttons(self) -> None:
        self.callback_button.setEnabled(bool(self.callback_number()))

    def _on_callback_button_clicked(self) -> None:
        number = self.callback_number()
        if number and self.callback_button.isVisible():
            self.callback_requested.emit(number)
