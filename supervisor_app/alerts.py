"""Colour levels of the wallboard's figures and alerts once per crossing (no Qt, no IO).

A figure is green, amber or red by the centre's thresholds (``p.WallboardSettings``, sent
with the snapshot). An alert is raised when a figure *turns* red, not every second while
it stays red; it may be raised again after it was amber or green in between."""

from __future__ import annotations

from typing import Literal

from shared import protocol as p

Level = Literal["green", "amber", "red"]


def level_of_wait(seconds: float | None, settings: p.WallboardSettings) -> Level:
    if seconds is None or seconds < settings.wait_amber:
        return "green"
    return "red" if seconds >= settings.wait_red else "amber"


def level_of_service_level(share: float | None, settings: p.WallboardSettings) -> Level:
    """Nothing counted yet is green: no citizen has been let down."""
    if share is None or share >= settings.service_level_amber:
        return "green"
    return "red" if share < settings.service_level_red else "amber"


class AlertTracker:
    def __init__(self) -> None:
        self._levels: dict[str, Level] = {}

    def crossed(self, key: str, level: Level) -> bool:
        """Record ``key``'s level; True when it just turned red."""
        before = self._levels.get(key, "green")
        self._levels[key] = level
        return level == "red" and before != "red"

    def clear(self) -> None:
        """A new day (reset): every figure starts green again."""
        self._levels.clear()
