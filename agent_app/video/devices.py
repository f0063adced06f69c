"""Choosing a Qt Multimedia device (microphone, speaker, camera) by what the settings say.

The softphone's audio settings dialog saves the choice as a device id (``audio/input_device``,
``audio/output_device`` in QSettings; "" is the system default); a video call uses the
same microphone and speaker. A camera is chosen the same way (``video/camera_device``).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

SETTINGS_INPUT_KEY = "audio/input_device"  # the softphone's keys (softphone.audio_bridge)
SETTINGS_OUTPUT_KEY = "audio/output_device"
SETTINGS_CAMERA_KEY = "video/camera_device"


def device_id(device) -> str:
    """A QAudioDevice's or QCameraDevice's id as text (what the settings store)."""
    return bytes(device.id().data()).decode("utf-8", "replace")


def find_device(devices, wanted: str, default):
    """The device whose id (or else description) is ``wanted``; else the default; else the
    first; None when there is none at all."""
    devices = list(devices)
    if wanted:
        for d in devices:
            if device_id(d) == wanted:
                return d
        for d in devices:
            if d.description() == wanted:
                return d
    if default is not None and not default.isNull():
        return default
    return devices[0] if devices else None


def saved_device_ids() -> tuple[str, str, str]:
    """(microphone, speaker, camera) ids from QSettings ("" = the system default)."""
    settings = QSettings()
    return tuple(
        str(settings.value(key, "") or "")
        for key in (SETTINGS_INPUT_KEY, SETTINGS_OUTPUT_KEY, SETTINGS_CAMERA_KEY)
    )
