"""Whether Qt Multimedia can load on this machine: one question, asked once.

Qt Multimedia needs PulseAudio's client library (Debian's libpulse0) even to list
devices. Without it the apps still run: calls connect with silence, chat works, and the
user is told why (``multimedia_error``). Kept apart from ``audio_bridge`` so that asking
costs no pjsua2 import.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

_error: str | None = None


def multimedia_error() -> str:
    """Why Qt Multimedia cannot load here, as a sentence for the user; "" when it can."""
    global _error
    if _error is None:
        try:
            import PySide6.QtMultimedia  # noqa: F401
        except ImportError as exc:
            _error = QCoreApplication.translate(
                "AudioBridge",
                "The sound system cannot be used ({error}): calls connect, but without "
                "microphone and speaker. Install PulseAudio's client library (libpulse0).",
            ).format(error=exc)
        else:
            _error = ""
    return _error
