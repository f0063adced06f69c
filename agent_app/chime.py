"""A short chime for a conversation that arrived by itself (auto-accept), where a sound
is possible at all.

The sound is made here (two soft tones written once to a WAV file in the cache) and
played with ``QSoundEffect``. Where Qt Multimedia cannot load, or there is no audio
output (a server, a test run offscreen), the chime stays silent: it never raises and
never blocks. ``played`` counts the chimes asked for, heard or not, for tests.
"""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, QStandardPaths, QUrl

from shared.tones import tone_samples, write_wav
from softphone.multimedia import multimedia_error

log = logging.getLogger(__name__)

RATE = 16000


def chime_file() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    path = Path(folder or tempfile.gettempdir()) / "cc-agent-chime.wav"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        first = tone_samples(880, 0.09, RATE, 0.25)
        second = tone_samples(1320, 0.14, RATE, 0.2)
        fade = np.linspace(1.0, 0.0, len(second))
        write_wav(path, np.concatenate([first, second * fade]), RATE)
    return path


class Chime(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.played = 0
        self._effect = None
        self._tried = False

    def available(self) -> bool:
        """Whether a sound can be heard here (Qt Multimedia and an audio output)."""
        self._load()
        return self._effect is not None

    def play(self) -> None:
        self.played += 1
        self._load()
        if self._effect is not None:
            try:
                self._effect.play()
            except Exception:  # a chime must never break the desk
                log.exception("the chime failed")

    def _load(self) -> None:
        if self._tried:
            return
        self._tried = True
        if multimedia_error():
            return
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

            if not QMediaDevices.audioOutputs():
                return
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(chime_file())))
            effect.setVolume(0.6)
            self._effect = effect
        except Exception:  # no sound hardware: no chime
            log.info("no chime: sound output unavailable", exc_info=True)
            self._effect = None
