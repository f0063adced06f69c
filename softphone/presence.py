"""Presence names, icons and durations shared by the agent and supervisor apps.

Labels are translated in the ``Presence`` context; icons come from ``resources/icons`` at
the root of the source checkout (the apps run from a checkout or an editable install).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon

translate = QCoreApplication.translate

ICONS_DIR = Path(__file__).resolve().parents[1] / "resources" / "icons"

PRESENCE_STATES = ("available", "not_ready", "wrap_up", "busy", "offline")


@cache
def icon(name: str) -> QIcon:
    """An icon from resources/icons by file stem (``app``, ``presence-available``, …)."""
    path = ICONS_DIR / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def presence_icon(presence: str) -> QIcon:
    return icon(f"presence-{presence if presence in PRESENCE_STATES else 'offline'}")


def presence_label(presence: str) -> str:
    labels = {
        "available": translate("Presence", "Available"),
        "not_ready": translate("Presence", "Not ready"),
        "wrap_up": translate("Presence", "Wrap-up"),
        "busy": translate("Presence", "Busy"),
        "offline": translate("Presence", "Offline"),
    }
    return labels.get(presence, presence)


def reason_label(reason: str) -> str:
    """A not-ready reason for display; system reasons get a readable name."""
    system = {
        "ring_no_answer": translate("Presence", "Missed offer"),
        "supervisor": translate("Presence", "Set by supervisor"),
        "disconnected": translate("Presence", "Disconnected"),
    }
    return system.get(reason, reason)


def presence_text(presence: str, reason: str = "") -> str:
    """``Not ready — Lunch``; the reason only where it says something."""
    label = presence_label(presence)
    if reason and presence in ("not_ready", "offline"):
        return f"{label} — {reason_label(reason)}"
    return label


def format_duration(seconds: float) -> str:
    """``0:07``, ``12:05``, ``1:02:03``."""
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"
