"""The expert tray's settings: automatic Away after idle minutes (where this computer
can tell how long it has been idle, and saying so where it cannot) and start at login."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from agent_app.autostart import Autostart
from agent_app.idle import IdleProbe
from agent_app.tray_settings import MAX_AWAY_MINUTES, TraySettings


class TraySettingsDialog(QDialog):
    settings_accepted = Signal(TraySettings)

    def __init__(
        self,
        settings: TraySettings,
        probe: IdleProbe,
        autostart: Autostart,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.probe = probe
        self.autostart = autostart
        self._stored = settings
        self.setWindowTitle(self.tr("Expert tray settings"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)

        away_box = QGroupBox(self.tr("Automatic Away"))
        self.away_check = QCheckBox(self.tr("Set me &Away after"))
        self.away_check.setChecked(settings.auto_away)
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setRange(1, MAX_AWAY_MINUTES)
        self.minutes_spin.setValue(settings.away_minutes)
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.minutes_spin.setAccessibleName(self.tr("Minutes without input"))
        after = QLabel(self.tr("without keyboard or mouse input"))
        row = QHBoxLayout()
        row.addWidget(self.away_check)
        row.addWidget(self.minutes_spin)
        row.addWidget(after, 1)
        self.away_explained = QLabel(
            self.tr(
                "Only while you wait for requests (available or busy), never during a "
                "conversation. The first key or mouse move brings back what you had chosen."
            )
        )
        self.away_explained.setWordWrap(True)
        self.source_label = QLabel(self._source_text())
        self.source_label.setWordWrap(True)
        self.source_label.setToolTip(probe.detail)
        self.source_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        box = QVBoxLayout(away_box)
        box.addLayout(row)
        box.addWidget(self.away_explained)
        box.addWidget(self.source_label)
        if probe.source is None:
            self.away_check.setEnabled(False)
            self.minutes_spin.setEnabled(False)
            self.away_check.setChecked(False)
        else:
            self.away_check.toggled.connect(self.minutes_spin.setEnabled)
            self.minutes_spin.setEnabled(settings.auto_away)

        start_box = QGroupBox(self.tr("Start"))
        self.autostart_check = QCheckBox(
            self.tr("&Start in the tray when I sign in to this computer")
        )
        self.autostart_check.setChecked(autostart.is_enabled())
        where = autostart.path
        self.autostart_check.setToolTip(
            str(where) if where is not None else self.tr("Windows: the Run key of your account")
        )
        self.autostart_error = QLabel()
        self.autostart_error.setWordWrap(True)
        self.autostart_error.hide()
        box = QVBoxLayout(start_box)
        box.addWidget(self.autostart_check)
        box.addWidget(self.autostart_error)

        self.buttons = buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(away_box)
        layout.addWidget(start_box)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def _source_text(self) -> str:
        probe = self.probe
        if probe.source is not None:
            return self.tr("This computer tells the idle time through %1.").replace(
                "%1", probe.source.name
            )
        why = {
            "wayland": self.tr(
                "Wayland desktops do not tell applications how long you have been idle."
            ),
            "platform": self.tr("This display platform (%1) does not tell the idle time.").replace(
                "%1", probe.detail
            ),
        }.get(
            probe.reason,
            self.tr("The idle time cannot be read here (%1).").replace("%1", probe.detail),
        )
        return why + " " + self.tr("Automatic Away is off: set Away yourself when you leave.")

    def result_settings(self) -> TraySettings:
        # Without an idle source the box is off and greyed: keep the stored choice for a
        # computer (or session) that can tell.
        auto_away = self.away_check.isChecked() if self.probe.source else self._stored.auto_away
        return TraySettings(auto_away=auto_away, away_minutes=self.minutes_spin.value())

    def _on_buttons_accepted(self) -> None:
        wanted = self.autostart_check.isChecked()
        try:
            if wanted != self.autostart.is_enabled():
                self.autostart.enable() if wanted else self.autostart.disable()
        except OSError as exc:
            self.autostart_error.setText(
                self.tr("Could not change the start at login: %1").replace("%1", str(exc))
            )
            self.autostart_error.setTextFormat(Qt.TextFormat.PlainText)
            self.autostart_error.show()
            return
        self.settings_accepted.emit(self.result_settings())
        self.accept()
