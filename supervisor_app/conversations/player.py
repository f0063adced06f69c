"""Plays one recording (Qt Multimedia): play/pause (Space), seek by slider, waveform or
←/→ (5 s), speed 0.5×–2×, position and length."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from softphone import locale_format
from supervisor_app.conversations.waveform import WaveformWidget
from supervisor_app.presentation import format_duration

SPEEDS = (0.5, 1.0, 1.5, 2.0)
STEP_MS = 5000


class PlayerWidget(QWidget):
    position_changed = Signal(int)  # milliseconds

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.player = QMediaPlayer(self)
        self.audio = QAudioOutput(self)
        self.player.setAudioOutput(self.audio)
        self.player.positionChanged.connect(self._on_player_position_changed)
        self.player.durationChanged.connect(self._on_player_duration_changed)
        self.player.playbackStateChanged.connect(self._on_player_playback_state_changed)

        self.waveform = WaveformWidget(self)
        self.waveform.seek_requested.connect(self.player.setPosition)
        self.play_button = QPushButton(self.tr("&Play"), self)
        self.play_button.setToolTip(self.tr("Play or pause (Space)"))
        self.play_button.clicked.connect(self.toggle)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setAccessibleName(self.tr("Position"))
        self.slider.sliderMoved.connect(self.player.setPosition)
        self.time_label = QLabel("0:00 / 0:00", self)
        self.speed_combo = QComboBox(self)
        for s in SPEEDS:
            self.speed_combo.addItem(f"{locale_format.number(s)}×", s)
        self.speed_combo.setCurrentIndex(SPEEDS.index(1.0))
        self.speed_combo.setToolTip(self.tr("Playback speed"))
        self.speed_combo.currentIndexChanged.connect(
            lambda _i: self.player.setPlaybackRate(self.speed_combo.currentData())
        )
        for key, slot in (
            (Qt.Key.Key_Space, self.toggle),
            (Qt.Key.Key_Left, lambda: self.skip(-STEP_MS)),
            (Qt.Key.Key_Right, lambda: self.skip(STEP_MS)),
        ):
            shortcut = QShortcut(QKeySequence(key), self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        controls = QHBoxLayout()
        controls.addWidget(self.play_button)
        controls.addWidget(self.slider, 1)
        controls.addWidget(self.time_label)
        controls.addWidget(self.speed_combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.waveform, 1)
        layout.addLayout(controls)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def load(self, path: Path) -> None:
        self.player.stop()
        self.player.setSource(QUrl.fromLocalFile(str(path)))
        self.waveform.load(path)

    def unload(self) -> None:
        self.player.stop()
        self.player.setSource(QUrl())
        self.waveform.clear()

    def toggle(self) -> None:
        if self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self.player.pause()
        else:
            self.player.play()

    def skip(self, ms: int) -> None:
        self.player.setPosition(max(0, min(self.player.duration(), self.player.position() + ms)))

    def _on_player_position_changed(self, ms: int) -> None:
        if not self.slider.isSliderDown():
            self.slider.setValue(ms)
        self.waveform.set_position(ms)
        self.time_label.setText(
            f"{format_duration(ms / 1000)} / {format_duration(self.player.duration() / 1000)}"
        )
        self.position_changed.emit(ms)

    def _on_player_duration_changed(self, ms: int) -> None:
        self.slider.setRange(0, ms)

    def _on_player_playback_state_changed(self, state) -> None:
        playing = state == QMediaPlayer.PlaybackState.PlayingState
        self.play_button.setText(self.tr("&Pause") if playing else self.tr("&Play"))
