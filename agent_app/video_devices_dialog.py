"""The camera, microphone and speaker for video calls: the softphone's audio choice (the
same settings) with the camera added. On OK the choice is saved and ``chosen`` says it,
so a call in progress switches to it at once."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from agent_app.video.devices import SETTINGS_CAMERA_KEY, device_id
from softphone.audio_settings import AudioSettingsDialog
from softphone.multimedia import multimedia_error


def cameras() -> list[tuple[str, str, bool]]:
    """(id, description, is the default) of every camera."""
    if multimedia_error():
        return []
    from PySide6.QtMultimedia import QMediaDevices

    default = QMediaDevices.defaultVideoInput()
    default_id = "" if default.isNull() else device_id(default)
    return [
        (device_id(c), c.description(), device_id(c) == default_id)
        for c in QMediaDevices.videoInputs()
    ]


class VideoDevicesDialog(AudioSettingsDialog):
    chosen = Signal(str, str, str)  # camera, microphone, speaker ids ("": system default)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        video: bool = True,
        camera_list: list[tuple[str, str, bool]] | None = None,
        devices=None,
    ):
        super().__init__(parent, devices)
        self.setWindowTitle(self.tr("Video call devices"))
        self.camera_combo = QComboBox(self)
        self.camera_combo.setObjectName("camera_combo")
        found = cameras() if camera_list is None else camera_list
        self.camera_combo.addItem(self.tr("System default"), "")
        for cid, description, is_default in found:
            label = description + (self.tr(" (default)") if is_default else "")
            self.camera_combo.addItem(label, cid)
        current = str(QSettings().value(SETTINGS_CAMERA_KEY, "") or "")
        index = self.camera_combo.findData(current) if current else 0
        self.camera_combo.setCurrentIndex(max(index, 0))
        self.camera_combo.setEnabled(bool(found) and video)
        if video and not found:
            self.camera_combo.setToolTip(self.tr("No camera found: the citizen sees black."))
        self.form.insertRow(0, self.tr("&Camera:"), self.camera_combo)

    def accept(self) -> None:
        camera = str(self.camera_combo.currentData() or "")
        QSettings().setValue(SETTINGS_CAMERA_KEY, camera)
        microphone, speaker = self.selected()
        super().accept()
        self.chosen.emit(camera, microphone, speaker)
