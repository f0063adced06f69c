"""Hour × weekday as coloured cells (Qt Charts has no heatmap): conversations offered,
white for none to deep orange for the busiest; a click on a cell asks for its list."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from shared import protocol as p
from softphone import locale_format
from supervisor_app.reports.presentation import heat

LABEL_W = 40
LABEL_H = 18


class HeatmapWidget(QWidget):
    cell_clicked = Signal(int, int)  # weekday (0 = Monday), hour

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cells: dict[tuple[int, int], p.ReportRow] = {}
        self.setMinimumSize(LABEL_W + 24 * 18, LABEL_H + 7 * 18)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Conversations offered per hour and weekday"))

    def set_rows(self, rows: list[p.ReportRow]) -> None:
        self.cells = {(r.weekday, r.hour): r for r in rows if r.weekday is not None}
        self.update()

    def offered(self, weekday: int, hour: int) -> int:
        r = self.cells.get((weekday, hour))
        return r.figures.offered if r else 0

    def _cell(self) -> tuple[float, float]:
        return (self.width() - LABEL_W) / 24, (self.height() - LABEL_H) / 7

    def cell_at(self, x: float, y: float) -> tuple[int, int] | None:
        w, h = self._cell()
        if x < LABEL_W or y < LABEL_H or w <= 0 or h <= 0:
            return None
        hour, weekday = int((x - LABEL_W) // w), int((y - LABEL_H) // h)
        return (weekday, hour) if 0 <= hour < 24 and 0 <= weekday < 7 else None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        found = self.cell_at(event.position().x(), event.position().y())
        if found is not None:
            self.cell_clicked.emit(*found)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        w, h = self._cell()
        top = max((r.figures.offered for r in self.cells.values()), default=0)
        text = self.palette().text().color()
        for hour in range(24):
            if hour % 3 == 0:
                painter.setPen(text)
                painter.drawText(
                    QRectF(LABEL_W + hour * w, 0, w * 3, LABEL_H),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    f"{hour:02d}",
                )
        for weekday in range(7):
            painter.setPen(text)
            painter.drawText(
                QRectF(0, LABEL_H + weekday * h, LABEL_W - 4, h),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                locale_format.weekday(weekday),
            )
            for hour in range(24):
                n = self.offered(weekday, hour)
                rect = QRectF(LABEL_W + hour * w, LABEL_H + weekday * h, w - 1, h - 1)
                painter.fillRect(rect, QColor(*heat(n, top)))
                if n and w > 22 and h > 12:
                    painter.setPen(text)
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(n))
        painter.end()
