"""The expert tray's settings, typed, in one place (QSettings of cc-agent, group ``tray``)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings

DEFAULT_AWAY_MINUTES = 10
MAX_AWAY_MINUTES = 240


@dataclass(slots=True)
class TraySettings:
    auto_away: bool = True  # go Away after ``away_minutes`` without input
    away_minutes: int = DEFAULT_AWAY_MINUTES

    @property
    def away_seconds(self) -> float:
        """The auto-away threshold; 0 when it is off."""
        return self.away_minutes * 60.0 if self.auto_away else 0.0

    @classmethod
    def load(cls, settings: QSettings) -> TraySettings:
        minutes = settings.value("tray/away_minutes", DEFAULT_AWAY_MINUTES, type=int)
        return cls(
            auto_away=settings.value("tray/auto_away", True, type=bool),
            away_minutes=max(1, min(MAX_AWAY_MINUTES, minutes)),
        )

    def save(self, settings: QSettings) -> None:
        settings.setValue("tray/auto_away", self.auto_away)
        settings.setValue("tray/away_minutes", self.away_minutes)
