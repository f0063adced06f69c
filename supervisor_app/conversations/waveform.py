"""A stereo recording's envelope: the citizen's channel above the line, the centre's
below, the play position as a bar; a click asks to seek there."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from shared.tones import read_wav

BUCKETS = 600
CITIZEN_COLOUR = "#1f77b4"
CENTRE_COLOUR = "#2ca02c"


def envelope(path: Path, buckets: int = BUCKETS) -> tuple[np.ndarray, np.ndarray, float]:
    """Peak level (0..1) of each channel in ``buckets`` slices, and the length in s.
    A mono file gives the same envelope twice."""
    left, rate = read_wav(path, channel=0)
    try:
        right, _ = read_wav(path, channel=1)
    except (ValueError, IndexError):
        right = left
    seconds = len(left) / rate if rate else 0.0

    def peaks(x: np.ndarray) -> np.ndarray:
        if len(x) == 0:
            return np.zeros(buckets)
        if len(x) < buckets:  # shorter than one sample a bucket: stretch it
            return np.abs(x)[np.linspace(0, len(x) - 1, buckets).astype(int)]
        per = len(x) // buckets
        return np.abs(x[: per * buckets]).reshape(buckets, per).max(axis=1)

    return peaks(left), peaks(right), seconds


class WaveformWidget(QWidget):
    seek_requested = Signal(int)  # milliseconds

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.citizen = np.zeros(0)
        self.centre = np.zeros(0)
        self.seconds = 0.0
        self.position_ms = 0
        self.setMinimumHeight(90)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self.tr("Above: the citizen. Below: the agent or expert. Click to seek."))

    def load(self, path: Path) -> None:
        self.citizen, self.centre, self.seconds = envelope(path)
        self.position_ms = 0
        self.update()

    def clear(self) -> None:
        self.citizen = self.centre = np.zeros(0)
        self.seconds = 0.0
        self.update()

    def set_position(self, ms: int) -> None:
        self.position_ms = ms
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self.seconds > 0 and self.width() > 0:
            share = min(1.0, max(0.0, event.position().x() / self.width()))
            self.seek_requested.emit(int(share * self.seconds * 1000))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        w, h = self.width(), self.height()
        mid = h / 2
        n = len(self.citizen)
        if n:
            step = w / n
            for values, colour, sign in (
                (self.citizen, CITIZEN_COLOUR, -1),
                (self.centre, CENTRE_COLOUR, 1),
            ):
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(colour))
                for k, v in enumerate(values):
                    height = max(1.0, float(v) * (mid - 2))
                    top = mid - height if sign < 0 else mid
                    painter.drawRect(QRectF(k * step, top, max(1.0, step), height))
        painter.setPen(self.palette().mid().color())
        painter.drawLine(QPointF(0, mid), QPointF(w, mid))
        if self.seconds > 0:
            x = w * min(1.0, self.position_ms / (self.seconds * 1000))
            painter.setPen(QColor("#d62728"))
            painter.drawLine(QPointF(x, 0), QPointF(x, h))
        painter.end()
