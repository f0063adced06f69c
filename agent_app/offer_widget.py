"""The bar above the conversations that rings while an offer waits for the agent.

What rings looks like what it is: a phone for a call, a speech bubble for a chat; a
colleague's request to join their conversation ("Anna Kowalska asks you to join: …")
and a conversation a colleague handed on ("Transferred by Anna Kowalska: …") each
have their own colour and say who sent it with their note.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shared import protocol as p
from softphone import locale_format
from softphone.presence import format_duration, icon

COLOURS = {  # offer kind -> background, text
    "interaction": ("#e7f1fb", "#0b2e4f"),
    "consult": ("#ede7f6", "#311b92"),
    "transfer": ("#e0f2f1", "#004d40"),
    "callback": ("#fff3cd", "#664d03"),
}


class OfferWidget(QFrame):
    accept_requested = Signal(str)  # interaction id
    reject_requested = Signal(str)
    expired = Signal(str)  # the countdown ran out and no revocation came

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.offer: p.OfferCreated | None = None
        self._citizen = ""
        self._total = 1.0
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self._paint("interaction")

        self.icon_label = QLabel()
        self.icon_label.setPixmap(icon("chat").pixmap(40, 40))
        self.title_label = QLabel()
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title_label.setFont(font)
        self.citizen_label = QLabel()
        self.preview_label = QLabel()
        self.preview_label.setWordWrap(True)
        self.preview_label.setTextFormat(Qt.TextFormat.PlainText)
        self.preview_label.setMaximumHeight(self.preview_label.fontMetrics().lineSpacing() * 2 + 4)

        self.countdown = QProgressBar()
        self.countdown.setRange(0, 1000)
        self.countdown.setTextVisible(True)
        self.countdown.setMinimumWidth(150)  # as wide as the buttons under it

        self.accept_button = QPushButton(icon("presence-available"), self.tr("&Accept (F5)"))
        self.accept_button.clicked.connect(self._on_accept_button_clicked)
        self.reject_button = QPushButton(self.tr("&Reject (Shift+F5)"))
        self.reject_button.clicked.connect(self._on_reject_button_clicked)

        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.title_label)
        text.addWidget(self.citizen_label)
        text.addWidget(self.preview_label)

        controls = QVBoxLayout()
        controls.addWidget(self.countdown)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reject_button)
        buttons.addWidget(self.accept_button)
        controls.addLayout(buttons)

        layout = QHBoxLayout(self)
        layout.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text, 1)
        layout.addLayout(controls)

        self._timer = QTimer(self, interval=200)
        self._timer.timeout.connect(self._tick)
        self.hide()

    @property
    def interaction_id(self) -> str | None:
        return self.offer.interaction.id if self.offer else None

    def show_offer(self, offer: p.OfferCreated, topic: p.Topic | None) -> None:
        self.offer = offer
        info = offer.interaction
        voice = info.channel == "voice"
        channel = {
            "chat": self.tr("chat"),
            "voice": self.tr("call"),
            "video": self.tr("voice call from the browser")
            if info.media == "audio"
            else self.tr("video call"),
        }
        topic_name = topic.name if topic else info.topic
        sender = offer.from_agent_name or offer.from_agent or self.tr("A colleague")
        if offer.kind == "consult":
            title = (
                self.tr("%1 asks you to join a call") if voice else self.tr("%1 asks you to join")
            ).replace("%1", sender)
        elif offer.kind == "transfer":
            title = self.tr("Transferred by %1").replace("%1", sender)
        else:
            title = (
                self.tr("New %1 · %2")
                .replace("%1", channel.get(info.channel, info.channel))
                .replace("%2", topic_name)
            )
        if offer.kind in ("consult", "transfer"):
            title += f": {offer.note}" if offer.note else f" · {topic_name}"
        if info.sign_language:
            title += " · " + self.tr("sign language %1").replace("%1", info.sign_language.upper())
        self.title_label.setText(title)
        kind = {"voice": "call", "video": "video"}.get(info.channel, "chat")
        self.icon_label.setPixmap(icon(kind).pixmap(40, 40))
        self._paint(offer.kind)
        self._citizen = info.citizen_name or self.tr("Citizen")
        preview = offer.preview
        if voice:
            self._citizen = info.caller or self.tr("Withheld number")
            preview = self._history_line(offer.history)
        if offer.kind in ("consult", "transfer") and offer.note:
            self._citizen += " · " + topic_name
        self.preview_label.setText(preview)
        self.preview_label.setVisible(bool(preview))
        self.accept_button.setText(
            self.tr("&Join (F5)") if offer.kind == "consult" else self.tr("&Accept (F5)")
        )
        self._total = max(1.0, offer.expires_at - time.time())
        self.set_pending(False)
        self._tick()
        self._timer.start()
        self.show()

    def _paint(self, kind: str) -> None:
        bg, fg = COLOURS.get(kind, COLOURS["interaction"])
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.Window, QColor(bg))
        pal.setColor(QPalette.ColorRole.WindowText, QColor(fg))
        self.setPalette(pal)

    def _history_line(self, history: list[p.PastInteraction]) -> str:
        if not history:
            return self.tr("First contact from this number.")
        last = history[0]
        when = locale_format.short_day(last.created_at)
        text = (
            self.tr("Contacted us %1 time(s) before; last on %2 about %3")
            .replace("%1", str(len(history)))
            .replace("%2", when)
            .replace("%3", last.wrapup_topic or last.topic)
        )
        if last.notes:
            text += f": {last.notes[:120]}"
        return text

    def clear(self) -> None:
        self.offer = None
        self._timer.stop()
        self.hide()

    def set_pending(self, pending: bool) -> None:
        self.accept_button.setEnabled(not pending)
        self.reject_button.setEnabled(not pending)

    def remaining(self) -> float:
        return self.offer.expires_at - time.time() if self.offer else 0.0

    def _tick(self) -> None:
        if self.offer is not None:
            waited = format_duration(time.time() - self.offer.interaction.created_at)
            self.citizen_label.setText(
                self.tr("%1 · waiting %2").replace("%1", self._citizen).replace("%2", waited)
            )
        left = self.remaining()
        self.countdown.setValue(int(1000 * max(0.0, min(1.0, left / self._total))))
        if left > 0:
            self.countdown.setFormat(self.tr("%1 s left").replace("%1", str(int(left + 0.99))))
        else:
            self.countdown.setFormat(self.tr("Expiring…"))
        if left < -5 and self.offer is not None:
            # the server revokes offers itself; don't ring forever if that got lost
            interaction_id = self.offer.interaction.id
            self.clear()
            self.expired.emit(interaction_id)

    def _on_accept_button_clicked(self) -> None:
        if self.offer is not None:
            self.accept_requested.emit(self.offer.interaction.id)

    def _on_reject_button_clicked(self) -> None:
        if self.offer is not None:
            self.reject_requested.emit(self.offer.interaction.id)
