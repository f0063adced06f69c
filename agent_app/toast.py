"""The popup in the corner of the screen that rings while an offer waits for the expert.

``QSystemTrayIcon.showMessage`` has no buttons, and not every desktop has a tray, so the
tray client shows this small always-on-top frameless window as well: who asks, about
what, their note, a countdown, and Accept (F5, Enter) / Decline (Shift+F5, Esc).

It shows without taking the keyboard from what the expert is typing elsewhere: a click
on it (or on the tray's balloon) makes it the active window, and then the keys work.
It only renders an offer and reports the expert's answer (``accept_requested``,
``reject_requested``); what that means (the softphone for a call) is decided elsewhere.
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QGuiApplication, QKeySequence, QMouseEvent, QPalette, QShortcut
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
from softphone.presence import icon

translate = QCoreApplication.translate

MARGIN = 16  # from the screen's edges
NOTE_LINES = 4  # the note is cut after this many lines (the full one is in the tooltip)


@dataclass(frozen=True, slots=True)
class OfferText:
    """An offer in words, for the popup and the tray's balloon alike."""

    title: str  # Consultation request
    who: str  # Anna Kowalska asks you to join a chat
    about: str  # Building permits · Jan Malinowski
    note: str  # the colleague's note, else the citizen's last words ("" if neither)
    note_is_preview: bool = False

    def balloon(self) -> str:
        lines = [self.who, self.about]
        if self.note:
            lines.append(f"“{self.note}”")
        return "\n".join(line for line in lines if line)


def describe(offer: p.OfferCreated, topic_name: str) -> OfferText:
    info = offer.interaction
    voice = info.channel == "voice"
    what = translate("OfferToast", "a call") if voice else translate("OfferToast", "a chat")
    sender = offer.from_agent_name or offer.from_agent
    citizen = (
        (info.caller or translate("OfferToast", "withheld number")) if voice else info.citizen_name
    )
    if offer.kind == "consult":
        title = translate("OfferToast", "Consultation request")
        who = (
            translate("OfferToast", "%1 asks you to join %2")
            .replace("%1", sender)
            .replace("%2", what)
        )
    elif offer.kind == "transfer":
        title = translate("OfferToast", "Transferred to you")
        who = (
            translate("OfferToast", "%1 hands you %2").replace("%1", sender).replace("%2", what)
            if sender
            else translate("OfferToast", "A colleague hands you %1").replace("%1", what)
        )
    elif offer.kind == "callback":
        title = translate("OfferToast", "Callback to place")
        who = translate("OfferToast", "Call the citizen back")
    else:
        title = (
            translate("OfferToast", "New call") if voice else translate("OfferToast", "New chat")
        )
        who = translate("OfferToast", "From the queue")
    about = " · ".join(part for part in (topic_name or info.topic, citizen) if part)
    note, is_preview = offer.note.strip(), False
    if not note and offer.preview and not voice:
        note, is_preview = offer.preview.strip(), True
    return OfferText(title, who, about, note, is_preview)


class OfferToast(QFrame):
    accept_requested = Signal(str)  # interaction id
    reject_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            parent,
            Qt.WindowType.Tool
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint,
        )
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_MacAlwaysShowToolWindow)
        self.setObjectName("offer_toast")
        self.setWindowTitle(self.tr("Incoming request"))
        self.offer: p.OfferCreated | None = None
        self.text: OfferText | None = None
        self._total = 1.0
        self._pending = False

        self.setFrameShape(QFrame.Shape.Box)
        self.setLineWidth(1)
        self.setAutoFillBackground(True)
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.Window, QColor("#f4f8fd"))
        pal.setColor(QPalette.ColorRole.WindowText, QColor("#0b2e4f"))
        pal.setColor(QPalette.ColorRole.Light, QColor("#1d5fa8"))  # the frame
        pal.setColor(QPalette.ColorRole.Dark, QColor("#1d5fa8"))
        pal.setColor(QPalette.ColorRole.Mid, QColor("#1d5fa8"))
        self.setPalette(pal)

        self.icon_label = QLabel()
        self.icon_label.setPixmap(icon("app").pixmap(40, 40))
        self.title_label = QLabel()
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title_label.setFont(font)
        self.who_label = QLabel()
        self.who_label.setWordWrap(True)
        self.about_label = QLabel()
        self.about_label.setWordWrap(True)
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        self.note_label.setTextFormat(Qt.TextFormat.PlainText)
        italic = self.note_label.font()
        italic.setItalic(True)
        self.note_label.setFont(italic)
        line = self.note_label.fontMetrics().lineSpacing()
        self.note_label.setMaximumHeight(line * NOTE_LINES + 4)
        self.note_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        self.countdown = QProgressBar()
        self.countdown.setRange(0, 1000)
        self.countdown.setTextVisible(True)
        self.countdown.setMaximumHeight(self.fontMetrics().height() + 4)
        self.more_label = QLabel()
        self.more_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.reject_button = QPushButton(self.tr("&Decline (Esc)"))
        self.reject_button.setToolTip(self.tr("Decline: the next expert is asked (Shift+F5, Esc)"))
        self.reject_button.clicked.connect(self.reject)
        self.accept_button = QPushButton(icon("presence-available"), self.tr("&Accept (F5)"))
        self.accept_button.setToolTip(self.tr("Accept (F5, Enter)"))
        self.accept_button.clicked.connect(self.accept)

        text = QVBoxLayout()
        text.setSpacing(3)
        text.addWidget(self.title_label)
        text.addWidget(self.who_label)
        text.addWidget(self.about_label)
        text.addWidget(self.note_label)
        text.addSpacing(4)
        text.addWidget(self.countdown)
        text.addWidget(self.more_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reject_button)
        buttons.addWidget(self.accept_button)
        text.addLayout(buttons)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(12)
        layout.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text, 1)
        # Wide enough for a name, a topic and a short note; taller, not wider, for more.
        self.setFixedWidth(self.fontMetrics().averageCharWidth() * 58 + 80)

        for keys, slot in (
            (("F5", "Return", "Enter"), self.accept),
            (("Shift+F5", "Esc"), self.reject),
        ):
            for k in keys:
                QShortcut(QKeySequence(k), self, slot)

        self._timer = QTimer(self, interval=200)
        self._timer.timeout.connect(self._tick)

    # ------------------------------------------------------------------ showing

    @property
    def interaction_id(self) -> str | None:
        return self.offer.interaction.id if self.offer else None

    def show_offer(self, offer: p.OfferCreated, topic_name: str, *, more: int = 0) -> None:
        """Show this offer (``more``: how many others wait behind it)."""
        new = self.offer is None or offer.interaction.id != self.offer.interaction.id
        self.offer = offer
        self.text = describe(offer, topic_name)
        self.title_label.setText(self.text.title)
        self.who_label.setText(self.text.who)
        self.about_label.setText(self.text.about)
        note = self.text.note
        self.note_label.setText(f"“{note}”" if note else "")
        self.note_label.setToolTip(note)
        self.note_label.setVisible(bool(note))
        self.icon_label.setPixmap(
            icon("call" if offer.interaction.channel == "voice" else "chat").pixmap(40, 40)
        )
        self.set_more(more)
        if new:
            self._total = max(1.0, offer.expires_at - time.time())
            self.set_pending(False)
        self._tick()
        self._timer.start()
        self.adjustSize()
        self.place()
        if not self.isVisible():
            self.show()
        self.raise_()

    def set_more(self, more: int) -> None:
        self.more_label.setText(self.tr("%n more waiting", "", more) if more else "")
        self.more_label.setVisible(bool(more))

    def set_pending(self, pending: bool) -> None:
        """An answer is on its way: no second click; the countdown says so."""
        self._pending = pending
        self.accept_button.setEnabled(not pending)
        self.reject_button.setEnabled(not pending)
        self._tick()

    def clear(self) -> None:
        self.offer = None
        self.text = None
        self._timer.stop()
        self.hide()

    def place(self) -> None:
        """In the corner where notifications appear: top right on macOS, else bottom right."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        x = area.right() - self.width() - MARGIN
        y = (
            area.top() + MARGIN
            if sys.platform == "darwin"
            else area.bottom() - self.height() - MARGIN
        )
        self.move(QPoint(max(area.left(), x), max(area.top(), y)))

    def activate(self) -> None:
        """Take the keyboard (the expert clicked it or the balloon): F5/Esc work now."""
        self.show()
        self.raise_()
        self.activateWindow()

    # ------------------------------------------------------------------ answers

    def accept(self) -> None:
        if self.offer is not None and not self._pending:
            self.accept_requested.emit(self.offer.interaction.id)

    def reject(self) -> None:
        if self.offer is not None and not self._pending:
            self.reject_requested.emit(self.offer.interaction.id)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self.activateWindow()
        super().mousePressEvent(event)

    def remaining(self) -> float:
        return self.offer.expires_at - time.time() if self.offer else 0.0

    def _tick(self) -> None:
        left = self.remaining()
        self.countdown.setValue(int(1000 * max(0.0, min(1.0, left / self._total))))
        if self._pending:
            self.countdown.setFormat(self.tr("Connecting…"))
        elif left > 0:
            self.countdown.setFormat(self.tr("%1 s left").replace("%1", str(int(left + 0.99))))
        else:
            self.countdown.setFormat(self.tr("Expiring…"))
