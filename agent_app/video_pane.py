"""The picture part of a video conversation's tab: the citizen large, ourselves small in
its corner, the call's state, and the call's buttons (microphone, camera, devices; the
tab's header has Hang up, as a phone call's). A widget only: it shows what it is given and says what was pressed."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from agent_app import shortcuts as keys
from agent_app.call_widget import STATE_COLOURS as CALL_COLOURS
from agent_app.call_widget import paint_state, state_label

STATE_COLOURS = {  # background, text of the state label: a phone call's, and more
    **CALL_COLOURS,
    "waiting": CALL_COLOURS["ringing"],
    "connecting": CALL_COLOURS["ringing"],
    "problem": ("#fde2e1", "#7f1d1d"),
}


class VideoView(QWidget):
    """One picture, scaled to fit with its aspect kept, on black; a text when there is
    none (``placeholder``)."""

    def __init__(self, placeholder: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.image = QImage()
        self.placeholder = placeholder
        self.corner: QWidget | None = None  # a child kept in the bottom right corner
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self.corner is not None:  # a quarter wide, 4:3
            width = max(96, self.width() // 4)
            height = width * 3 // 4
            self.corner.setGeometry(
                self.width() - width - 8, self.height() - height - 8, width, height
            )
            self.corner.raise_()

    def set_image(self, image: QImage) -> None:
        self.image = image
        self.update()

    def clear(self, placeholder: str | None = None) -> None:
        self.image = QImage()
        if placeholder is not None:
            self.placeholder = placeholder
        self.update()

    def picture_rect(self) -> QRect:
        """Where the picture is drawn (empty without one)."""
        if self.image.isNull():
            return QRect()
        size = self.image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        x = (self.width() - size.width()) // 2
        y = (self.height() - size.height()) // 2
        return QRect(x, y, size.width(), size.height())

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#111"))
        if self.image.isNull():
            painter.setPen(QColor("#ddd"))
            painter.drawText(
                self.rect().adjusted(8, 8, -8, -8),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.placeholder,
            )
        else:
            painter.drawImage(self.picture_rect(), self.image)
        painter.end()


class VideoPane(QWidget):
    mute_toggled = Signal(bool)
    camera_toggled = Signal(bool)  # on
    devices_requested = Signal()

    def __init__(self, *, video: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self.video = video  # False: a voice call from the browser (no pictures)
        self.remote = VideoView(self.tr("Waiting for the citizen's camera…"))
        self.remote.setAccessibleName(self.tr("The citizen's video"))
        self.remote.setMinimumSize(QSize(240, 135))
        self.remote.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.self_view = VideoView(self.tr("Your camera"), self.remote)
        self.self_view.setAccessibleName(self.tr("Your own video"))
        self.remote.corner = self.self_view

        self.state_label = state_label(self.tr("Video call state"))
        self.timer_label = QLabel()
        self.timer_label.setToolTip(self.tr("Talk time"))

        self.mute_button = QPushButton()
        self.mute_button.setCheckable(True)
        self.mute_button.clicked.connect(self.mute_toggled)
        self.camera_button = QPushButton()
        self.camera_button.setCheckable(True)
        self.camera_button.clicked.connect(lambda off: self.camera_toggled.emit(not off))
        self.devices_button = QPushButton(self.tr("De&vices…"))
        self.devices_button.setToolTip(self.tr("Camera, microphone and speaker"))
        self.devices_button.clicked.connect(self.devices_requested)

        row = QHBoxLayout()
        row.addWidget(self.state_label)
        row.addWidget(self.timer_label)
        row.addStretch(1)
        for b in (self.mute_button, self.camera_button, self.devices_button):
            row.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.remote, 1)
        layout.addLayout(row)
        if not video:
            self.remote.clear(self.tr("Voice call from the browser: no pictures."))
            self.remote.setMinimumSize(QSize(240, 48))
            self.remote.setMaximumHeight(64)
            self.self_view.hide()
            self.camera_button.hide()
        self.set_muted(False)
        self.set_camera(True)
        self.set_state("waiting", self.tr("Waiting for the citizen's call…"))
        self.set_live(False)

    # -- what the tab sets ---------------------------------------------------------------

    def set_state(self, kind: str, text: str) -> None:
        self.state_kind = kind
        self.state_label.setText(text)
        paint_state(self.state_label, STATE_COLOURS.get(kind, STATE_COLOURS["ended"]))

    def set_live(self, live: bool) -> None:
        """A call in progress: its buttons work."""
        for b in (self.mute_button, self.camera_button):
            b.setEnabled(live)

    def set_muted(self, muted: bool) -> None:
        self.mute_button.setChecked(muted)
        self.mute_button.setText(
            keys.with_key(self.tr("Unmute") if muted else self.tr("Mute"), keys.MUTE)
        )
        self.mute_button.setToolTip(keys.with_key(self.tr("Mute your microphone"), keys.MUTE))

    def set_camera(self, on: bool) -> None:
        self.camera_button.setChecked(not on)
        self.camera_button.setText(
            keys.with_key(self.tr("Camera on") if not on else self.tr("Camera off"), keys.CAMERA)
        )
        self.camera_button.setToolTip(
            keys.with_key(self.tr("Stop or start sending your picture"), keys.CAMERA)
        )
        if not on:
            self.self_view.clear(self.tr("Camera off"))
        else:
            self.self_view.placeholder = self.tr("Your camera")

    def set_remote_frame(self, image: QImage) -> None:
        if self.video:
            self.remote.set_image(image)

    def set_self_frame(self, image: QImage) -> None:
        if self.video and self.camera_button.isChecked() is False:
            self.self_view.set_image(image)

    def clear_pictures(self, text: str) -> None:
        self.remote.clear(text)
        self.self_view.clear()
