"""How the supervisor app shows presence and durations: labels, colours, icons, mm:ss.

Presence labels, reason labels and icons are the ones the agent app uses
(``softphone.presence``); this adds the supervisor's colours, sort order and thresholds.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from softphone import locale_format
from softphone import presence as shared_presence
from softphone.presence import presence_label, reason_label

__all__ = ["presence_label", "reason_label", "presence_icon", "format_duration"]

# The colours of resources/icons/presence-*.svg, for text and wallboard accents.
PRESENCE_COLOURS: dict[str, str] = {
    "available": "#2e9d4f",
    "busy": "#8a4fc7",
    "wrap_up": "#e0a526",
    "not_ready": "#d64541",
    "offline": "#9aa0a6",
}

# Order used when sorting the grid by presence: free agents first, absent ones last.
PRESENCE_ORDER: dict[str, int] = {
    "available": 0,
    "busy": 1,
    "wrap_up": 2,
    "not_ready": 3,
    "offline": 4,
}

# Waiting longer than these many seconds turns a queue amber, then red.
WAIT_WARNING_S = 60.0
WAIT_CRITICAL_S = 180.0
WARNING_COLOUR = "#fff1c2"
CRITICAL_COLOUR = "#ffd6d6"


def role_label(role: str) -> str:
    labels = {
        "agent": QCoreApplication.translate("Role", "Agent"),
        "expert": QCoreApplication.translate("Role", "Expert"),
        "supervisor": QCoreApplication.translate("Role", "Supervisor"),
        "admin": QCoreApplication.translate("Role", "Administrator"),
    }
    return labels.get(role, role)


def channel_label(channel: str) -> str:
    labels = {
        "chat": QCoreApplication.translate("Channel", "chat"),
        "voice": QCoreApplication.translate("Channel", "call"),
        "video": QCoreApplication.translate("Channel", "video"),
    }
    return labels.get(channel, channel)


def format_share(share: float | None) -> str:
    """``92 %``; an em dash when nothing was counted yet."""
    return "—" if share is None else locale_format.percent(share, 0)


# The wall's colour levels (supervisor_app.alerts): tile backgrounds.
LEVEL_COLOURS = {"green": "#d8f0dd", "amber": WARNING_COLOUR, "red": CRITICAL_COLOUR}
STALE_COLOUR = "#e4e6e8"


def presence_colour(presence: str) -> QColor:
    return QColor(PRESENCE_COLOURS.get(presence, "#9aa0a6"))


def presence_icon(presence: str) -> QIcon:
    """The shared presence icon; a drawn dot if the icon files are not installed."""
    icon = shared_presence.presence_icon(presence)
    return icon if not icon.isNull() else dot_icon(PRESENCE_COLOURS.get(presence, "#9aa0a6"))


@cache
def dot_icon(colour: str, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor(colour).darker(130))
    painter.setBrush(QColor(colour))
    painter.drawEllipse(QRectF(1, 1, size - 2, size - 2))
    painter.end()
    return QIcon(pixmap)


def format_duration(seconds: float | None) -> str:
    """``0:07``, ``12:30``, ``1:02:03``; an em dash when there is nothing to time."""
    return "—" if seconds is None else shared_presence.format_duration(seconds)


def wait_background(seconds: float | None) -> QColor | None:
    """Background for a waiting time past the warning thresholds, else None."""
    if seconds is None:
        return None
    if seconds >= WAIT_CRITICAL_S:
        return QColor(CRITICAL_COLOUR)
    if seconds >= WAIT_WARNING_S:
        return QColor(WARNING_COLOUR)
    return None
