"""The wallboard strip: the few big figures a supervisor glances at across the room, and
the wall mode: the same figures full screen, large, green/amber/red by the centre's
thresholds (``p.WallboardSettings``)."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from shared import protocol as p
from supervisor_app.alerts import Level, level_of_service_level, level_of_wait
from supervisor_app.presentation import (
    LEVEL_COLOURS,
    PRESENCE_COLOURS,
    format_duration,
    format_share,
)
from supervisor_app.queue_model import FREE_TO_TAKE_WORK, FREE_TO_TAKE_WORK_TIP

# Until the server sent its own (with the snapshot): the server's defaults.
DEFAULT_SETTINGS = p.WallboardSettings(
    service_level_seconds=20.0,
    short_abandon_seconds=5.0,
    wait_amber=60.0,
    wait_red=180.0,
    service_level_amber=0.8,
    service_level_red=0.7,
    timezone="local",
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
    today: p.DayFigures = field(default_factory=p.DayFigures)  # the centre's

    @classmethod
    def from_state(
        cls,
        agents: list[p.AgentStatus],
        total_waiting: int,
        longest_wait: float | None,
        self_service: int = 0,
        today: p.DayFigures | None = None,
    ) -> Figures:
        """Count agents and experts (supervisors watch, they do not take work).
        ``available``: free to take work, as the routing says (the queue table's column)."""
        staff = [a for a in agents if a.role in WORKING_ROLES]
        return cls(
            today=today or p.DayFigures(),
            waiting=total_waiting,
            longest_wait=longest_wait,
            available=sum(1 for a in staff if a.ready and a.connected),
            busy=sum(1 for a in staff if a.presence in ("busy", "wrap_up")),
            not_ready=sum(1 for a in staff if a.presence == "not_ready"),
            logged_in=sum(1 for a in staff if a.presence != "offline"),
            self_service=self_service,
        )


class WallboardTile(QFrame):
    """One figure: a coloured accent bar, a big value and a caption under it."""

    def __init__(
        self, caption: str, accent: str, parent: QWidget | None = None, *, scale: float = 2.4
    ) -> None:
        super().__init__(parent)
        self.alert: Level | None = None  # the colour level shown, if any
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
        value_font.setPointSizeF(value_font.pointSizeF() * scale)
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

    def set_level(self, text: str, level: Level | None, *, quiet_green: bool = True) -> None:
        """Show ``text`` in the level's colour (green only on the wall: ``quiet_green``)."""
        self.alert = level
        colour = None if level is None or (level == "green" and quiet_green) else level
        self.set_value(text, LEVEL_COLOURS[colour] if colour else None)

    def value(self) -> str:
        return self.value_label.text()


translate = QCoreApplication.translate


def _tiles(parent: QWidget, scale: float) -> dict[str, WallboardTile]:
    tiles = {
        "waiting": WallboardTile(
            translate("Wallboard", "Citizens waiting"),
            "#5b6b7f",
            parent,
            scale=scale,
        ),
        "longest_wait": WallboardTile(
            translate("Wallboard", "Longest wait"), "#5b6b7f", parent, scale=scale
        ),
        "service_level": WallboardTile(
            translate("Wallboard", "Service level today"),
            "#2f6f9f",
            parent,
            scale=scale,
        ),
        "abandonment": WallboardTile(
            translate("Wallboard", "Abandoned today"),
            "#9f4f2f",
            parent,
            scale=scale,
        ),
        "asa": WallboardTile(
            translate("Wallboard", "Avg. speed of answer"),
            "#5b6b7f",
            parent,
            scale=scale,
        ),
        "aht": WallboardTile(
            translate("Wallboard", "Avg. handle time"),
            "#5b6b7f",
            parent,
            scale=scale,
        ),
        "available": WallboardTile(
            FREE_TO_TAKE_WORK(), PRESENCE_COLOURS["available"], parent, scale=scale
        ),
        "busy": WallboardTile(
            translate("Wallboard", "On interactions"),
            PRESENCE_COLOURS["busy"],
            parent,
            scale=scale,
        ),
        "not_ready": WallboardTile(
            translate("Wallboard", "Not ready"),
            PRESENCE_COLOURS["not_ready"],
            parent,
            scale=scale,
        ),
        "logged_in": WallboardTile(
            translate("Wallboard", "Agents logged in"),
            "#4a6fa5",
            parent,
            scale=scale,
        ),
        "self_service": WallboardTile(
            translate("Wallboard", "Answered by self-service today"),
            "#2f8f83",
            parent,
            scale=scale,
        ),
    }
    tiles["available"].setToolTip(FREE_TO_TAKE_WORK_TIP())
    for tile in tiles.values():
        tile.caption_label.setWordWrap(True)  # two lines on a narrow window, never cut
    return tiles


def show_on(
    tiles: dict[str, WallboardTile],
    figures: Figures,
    settings: p.WallboardSettings,
    *,
    quiet_green: bool,
) -> None:
    """The figures on a set of tiles (the strip and the wall alike; the wall has fewer)."""
    today = figures.today
    wait_level = level_of_wait(figures.longest_wait, settings)
    # Citizens waiting with nobody free to take them is the one thing to shout about.
    no_one_free = figures.waiting > 0 and figures.available == 0
    levels: dict[str, tuple[str, Level]] = {
        "waiting": (str(figures.waiting), wait_level),
        "longest_wait": (format_duration(figures.longest_wait), wait_level),
        "service_level": (
            format_share(today.service_level),
            level_of_service_level(today.service_level, settings),
        ),
        "available": (str(figures.available), "red" if no_one_free else "green"),
    }
    plain = {
        "abandonment": format_share(today.abandonment_rate),
        "asa": format_duration(today.average_speed_of_answer),
        "aht": format_duration(today.average_handle_time),
        "busy": str(figures.busy),
        "not_ready": str(figures.not_ready),
        "logged_in": str(figures.logged_in),
        "self_service": str(figures.self_service),
    }
    for name, (text, level) in levels.items():
        if name in tiles:
            tiles[name].set_level(text, level, quiet_green=quiet_green)
    for name, text in plain.items():
        if name in tiles:
            tiles[name].set_value(text)
    if "service_level" in tiles:
        tile = tiles["service_level"]
        tile.setToolTip(
            translate(
                "Wallboard",
                "Answered within {0} s / (answered + abandoned after more than {1} s), today",
            ).format(int(settings.service_level_seconds), int(settings.short_abandon_seconds))
        )


class WallboardWidget(QWidget):
    """Waiting citizens, the longest wait (ticking), today's service level, abandonment,
    speed of answer and handle time, agents by state, and self-service."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tiles = _tiles(self, 2.0)
        self.stale_label = QLabel(self)
        self.stale_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stale_label.setStyleSheet("")  # the palette below, not CSS
        stale_palette = self.stale_label.palette()
        stale_palette.setColor(QPalette.ColorRole.WindowText, QColor("#8a5a00"))
        self.stale_label.setPalette(stale_palette)
        self.stale_label.hide()
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        top = ("waiting", "longest_wait", "service_level", "abandonment", "asa", "aht")
        for column, name in enumerate(top):
            grid.addWidget(self.tiles[name], 0, column)
        rest = ("available", "busy", "not_ready", "logged_in", "self_service")
        for column, name in enumerate(rest):
            grid.addWidget(self.tiles[name], 1, column)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stale_label)
        layout.addLayout(grid)
        self.settings = DEFAULT_SETTINGS
        self.figures = Figures()
        self.show_figures(self.figures)

    def show_figures(self, figures: Figures, settings: p.WallboardSettings | None = None) -> None:
        self.figures = figures
        self.settings = settings or self.settings
        show_on(self.tiles, figures, self.settings, quiet_green=True)

    def show_stale(self, text: str) -> None:
        """``text`` empty: fresh again."""
        self.stale_label.setText(text)
        self.stale_label.setVisible(bool(text))

    def value(self, name: str) -> str:
        return self.tiles[name].value()


class WallModeWidget(QWidget):
    """The wall: the centre's figures, large, full screen, in green/amber/red.
    Esc, F11 or Ctrl+Shift+F leave it (the window's action toggles it)."""

    WALL = ("waiting", "longest_wait", "service_level", "abandonment", "asa", "available")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Wallboard"))
        self.tiles = {}
        for name, tile in _tiles(self, 6.0).items():
            if name in self.WALL:
                self.tiles[name] = tile
            else:  # the strip's smaller figures have no place on the wall
                tile.hide()
                tile.deleteLater()
        self.stale_label = QLabel(self)
        self.stale_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont(self.stale_label.font())
        font.setPointSizeF(font.pointSizeF() * 2)
        self.stale_label.setFont(font)
        self.stale_label.hide()
        grid = QGridLayout()
        grid.setSpacing(16)
        for i, name in enumerate(self.WALL):
            caption = self.tiles[name].caption_label
            caption_font = QFont(caption.font())
            caption_font.setPointSizeF(caption_font.pointSizeF() * 2)
            caption.setFont(caption_font)
            grid.addWidget(self.tiles[name], i // 3, i % 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(self.stale_label)
        layout.addLayout(grid, 1)
        self.leave_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        for tile in self.tiles.values():
            tile.setMinimumWidth(0)

    def show_figures(self, figures: Figures, settings: p.WallboardSettings) -> None:
        show_on(self.tiles, figures, settings, quiet_green=False)

    def show_stale(self, text: str) -> None:
        self.stale_label.setText(text)
        self.stale_label.setVisible(bool(text))
        self.setEnabled(not text)

    def value(self, name: str) -> str:
        return self.tiles[name].value()
