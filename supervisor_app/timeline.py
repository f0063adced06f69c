"""An agent's day as a bar of presence segments, with reasons (``supervisor.timeline``)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from shared import protocol as p
from softphone import locale_format
from supervisor_app.presentation import (
    PRESENCE_COLOURS,
    format_duration,
    presence_label,
    reason_label,
)


def describe(segment: p.TimelineSegment) -> str:
    """``09:12–10:03 Not ready (Lunch), 51:00, set by sam``."""
    start = locale_format.clock(segment.start)
    end = locale_format.clock(segment.end)
    text = f"{start}–{end} {presence_label(segment.presence)}"
    if segment.reason:
        text += f" ({reason_label(segment.reason)})"
    text += f", {format_duration(segment.end - segment.start)}"
    if segment.by and segment.by != "system":
        text += f", {segment.by}"
    return text


class TimelineWidget(QWidget):
    """One bar from the day's start to now, a coloured stretch per segment; the
    segment under the mouse is named in the tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timeline: p.Timeline | None = None
        self.setMouseTracking(True)
        self.setMinimumHeight(36)

    def sizeHint(self) -> QSize:
        return QSize(640, 40)

    def set_timeline(self, timeline: p.Timeline) -> None:
        self.timeline = timeline
        self.update()

    def rects(self) -> list[tuple[QRectF, p.TimelineSegment]]:
        t = self.timeline
        if t is None or t.now <= t.day_start:
            return []
        span, width = t.now - t.day_start, float(self.width())
        return [
            (
                QRectF(
                    (s.start - t.day_start) / span * width,
                    0,
                    max(1.0, (s.end - s.start) / span * width),
                    float(self.height()),
                ),
                s,
            )
            for s in t.segments
        ]

    def segment_at(self, x: float) -> p.TimelineSegment | None:
        for rect, segment in self.rects():
            if rect.left() <= x < rect.right():
                return segment
        return None

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt's name
        segment = self.segment_at(event.position().x())
        self.setToolTip(describe(segment) if segment else "")
        super().mouseMoveEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        for rect, segment in self.rects():
            painter.fillRect(rect, QColor(PRESENCE_COLOURS.get(segment.presence, "#9aa0a6")))
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()


class TimelineDialog(QDialog):
    def __init__(self, name: str, timeline: p.Timeline, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("{0} today").format(name))
        self.bar = TimelineWidget(self)
        self.bar.set_timeline(timeline)
        self.list_label = QLabel("\n".join(describe(s) for s in timeline.segments), self)
        self.list_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.list_label)
        layout.addWidget(buttons)
