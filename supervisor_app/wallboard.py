"""The wallboard strip: the few big figures a supervisor glances at across the room."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from shared import protocol as p
from supervisor_app.presentation import (
    CRITICAL_COLOUR,
    PRESENCE_COLOURS,
    WAIT_CRITICAL_S,
    WAIT_WARNING_S,
    WARNING_COLOUR,
    format_duration,
)

WORKING_ROLES = frozenset({"agent", "expert"})


@dataclass(frozen=True)
class Figures:
    waiting: int = 0
    longest_wait: float | None = None
    available: int = 0
    busy: int = 0
    not_ready: int = 0
    logged_in: int = 0
    self_service: int = 0  # citizens an article answered today, all topics

    @classmethod
    def from_state(
        cls,
        agents: list[p.AgentStatus],
        total_waiting: int,
        longest_wait: float | None,
        self_service: int = 0,
    ) -> Figures:
        """Count agents and experts (supervisors watch, they do not take work)."""
        staff = [a for a in agents if a.role in WORKING_ROLES]
        return cls(
            waiting=total_waiting,
            longest_wait=longest_wait,
            available=sum(1 for a in staff if a.presence == "available" and a.connected),
            busy=sum(1 for a in staff if a.presence in ("busy", "wrap_up")),
            not_ready=sum(1 for a in staff if a.presence == "not_ready"),
            logged_in=sum(1 for a in staff if a.presence != "offline"),
            self_service=self_service,
        )


class WallboardTile(QFrame):
    """One figure: a coloured accent bar, a big value and a caption under it."""

    def __init__(self, caption: str, accent: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self._normal_palette = QPalette(self.palette())
        self._normal_palette.setColor(
            QPalette.ColorRole.Window, self.palette().color(QPalette.ColorRole.Base)
        )
        self.setPalette(self._normal_palette)

        bar = QFrame(self)
        bar.setFixedWidth(6)
        bar.setAutoFillBackground(True)
        bar_palette = bar.palette()
        bar_palette.setColor(QPalette.ColorRole.Window, QColor(accent))
        bar.setPalette(bar_palette)

        self.value_label = QLabel("0", self)
        value_font = QFont(self.font())
        value_font.setPointSizeF(value_font.pointSizeF() * 2.4)
        value_font.setBold(True)
        self.value_label.setFont(value_font)
        self.value_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

        self.caption_label = QLabel(caption, self)
        caption_palette = self.caption_label.palette()
        caption_palette.setColor(
            QPalette.ColorRole.WindowText,
            self.palette().color(QPalette.ColorRole.PlaceholderText),
        )
        self.caption_label.setPalette(caption_palette)

        text = QVBoxLayout()
        text.setContentsMargins(10, 6, 10, 6)
        text.setSpacing(0)
        text.addWidget(self.value_label)
        text.addWidget(self.caption_label)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(bar)
        layout.addLayout(text, 1)
        self.setMinimumWidth(150)

    def set_value(self, text: str, alert: str | None = None) -> None:
        self.value_label.setText(text)
        palette = QPalette(self._normal_palette)
        if alert:
            palette.setColor(QPalette.ColorRole.Window, QColor(alert))
        self.setPalette(palette)

    def value(self) -> str:
        return self.value_label.text()


class WallboardWidget(QWidget):
    """Waiting citizens, the longest wait (ticking), agents by state, and self-service."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tiles: dict[str, WallboardTile] = {
            "waiting": WallboardTile(self.tr("Citizens waiting"), "#5b6b7f", self),
            "longest_wait": WallboardTile(self.tr("Longest wait"), "#5b6b7f", self),
            "available": WallboardTile(
                self.tr("Agents available"), PRESENCE_COLOURS["available"], self
            ),
            "busy": WallboardTile(self.tr("On interactions"), PRESENCE_COLOURS["busy"], self),
            "not_ready": WallboardTile(self.tr("Not ready"), PRESENCE_COLOURS["not_ready"], self),
            "logged_in": WallboardTile(self.tr("Agents logged in"), "#4a6fa5", self),
            "self_service": WallboardTile(
                self.tr("Answered by self-service today"), "#2f8f83", self
            ),
        }
        # The longest caption may take two lines on a narrow window rather than be cut.
        self.tiles["self_service"].caption_label.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        for tile in self.tiles.values():
            layout.addWidget(tile, 1)
        self.figures = Figures()
        self.show_figures(self.figures)

    def show_figures(self, figures: Figures) -> None:
        self.figures = figures
        waiting_alert = None
        longest = figures.longest_wait
        if longest is not None and longest >= WAIT_CRITICAL_S:
            waiting_alert = CRITICAL_COLOUR
        elif longest is not None and longest >= WAIT_WARNING_S:
            waiting_alert = WARNING_COLOUR
        self.tiles["waiting"].set_value(str(figures.waiting), waiting_alert)
        self.tiles["longest_wait"].set_value(format_duration(longest), waiting_alert)
        # Citizens waiting with nobody free to take them is the one thing to shout about.
        no_one_free = figures.waiting > 0 and figures.available == 0
        self.tiles["available"].set_value(
            str(figures.available), CRITICAL_COLOUR if no_one_free else None
        )
        self.tiles["busy"].set_value(str(figures.busy))
        self.tiles["not_ready"].set_value(str(figures.not_ready))
        self.tiles["logged_in"].set_value(str(figures.logged_in))
        self.tiles["self_service"].set_value(str(figures.self_service))

    def value(self, name: str) -> str:
        return self.tiles[name].value()
