"""Choosing a Qt Multimedia device (microphone, speaker, camera) by what the settings say.

The softphone's audio settings dialog saves the choice as a device id (``audio/input_device``,
``audio/output_device`` in QSettings; "" is the system default); a video call uses the
same microphone and speaker. A camera is chosen the same way (``video/camera_device``).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from softphone.audio_bridge import (  # noqa: F401 - one choice of devices for both
    SETTINGS_INPUT_KEY,
    SETTINGS_OUTPUT_KEY,
    device_id,
    find_device,
)

SETTINGS_CAMERA_KEY = "video/camera_device"


def saved_device_ids() -> tuple[str, str, str]:
    """(microphone, speaker, camera) ids from QSettings ("" = the system default)."""
    settings = QSettings()
    return tuple(
        str(settings.value(key, "") or "")
        for key in (SETTINGS_INPUT_KEY, SETTINGS_OUTPUT_KEY, SETTINGS_CAMERA_KEY)
    )
