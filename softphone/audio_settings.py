"""The microphone/speaker choice, saved where ``QtAudioIO`` reads it.

Open it with ``open()`` (never ``exec()`` from a coroutine); on OK the choice is written
to QSettings (``audio/input_device``, ``audio/output_device``: a device id, "" meaning the
system default) and takes effect from the next call.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from softphone.audio_bridge import (
    SETTINGS_INPUT_KEY,
    SETTINGS_OUTPUT_KEY,
    AudioDevice,
    available_devices,
)
from softphone.multimedia import multimedia_error


class AudioSettingsDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None = None,
        devices: tuple[list[AudioDevice], list[AudioDevice]] | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Audio devices"))
        inputs, outputs = devices if devices is not None else available_devices()

        self.input_combo = QComboBox(self)
        self.input_combo.setObjectName("input_combo")
        self.output_combo = QComboBox(self)
        self.output_combo.setObjectName("output_combo")
        settings = QSettings()
        self._fill(self.input_combo, inputs, str(settings.value(SETTINGS_INPUT_KEY, "") or ""))
        self._fill(self.output_combo, outputs, str(settings.value(SETTINGS_OUTPUT_KEY, "") or ""))

        self.notice = QLabel(self)
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        if devices is None and multimedia_error():
            self.notice.setText(multimedia_error())
        elif not inputs and not outputs:
            self.notice.setText(
                self.tr(
                    "No audio device found. Calls still connect, but the other side hears "
                    "silence and you hear nothing. Plug in a headset and reopen this dialog."
                )
            )
        elif not inputs:
            self.notice.setText(self.tr("No microphone found: the other side will hear silence."))
        elif not outputs:
            self.notice.setText(
                self.tr("No speaker or headset found: you will not hear the caller.")
            )
        self.notice.setVisible(bool(self.notice.text()))

        form = self.form = QFormLayout()
        form.addRow(self.tr("&Microphone:"), self.input_combo)
        form.addRow(self.tr("&Speaker:"), self.output_combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _fill(self, combo: QComboBox, devices: list[AudioDevice], current: str) -> None:
        combo.addItem(self.tr("System default"), "")
        for dev in devices:
            label = dev.description + (self.tr(" (default)") if dev.is_default else "")
            combo.addItem(label, dev.id)
        index = combo.findData(current) if current else 0
        combo.setCurrentIndex(max(index, 0))
        combo.setEnabled(bool(devices))

    def selected(self) -> tuple[str, str]:
        """(input id, output id) as chosen; "" is the system default."""
        return (
            str(self.input_combo.currentData() or ""),
            str(self.output_combo.currentData() or ""),
        )

    def accept(self) -> None:
        input_id, output_id = self.selected()
        settings = QSettings()
        settings.setValue(SETTINGS_INPUT_KEY, input_id)
        settings.setValue(SETTINGS_OUTPUT_KEY, output_id)
        super().accept()
