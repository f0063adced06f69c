"""The agent's camera and microphone through Qt Multimedia, feeding aiortc push tracks.

::

    QCamera -> QMediaCaptureSession -> QVideoSink --videoFrameChanged (queued)-->
        CameraCapture._on_sink_video_frame_changed --RGB--> PushVideoTrack --> RtcSession
    QAudioSource --readyRead--> MicrophoneCapture._on_io_ready_read --int16--> PushAudioTrack

Threading rule: the Qt objects live on the Qt thread and are only touched there. Qt may
emit ``QVideoSink.videoFrameChanged`` on a capture thread, so it is connected *queued* to
a slot of ``CameraCapture`` (a Qt-thread object): the conversion (QVideoFrame → QImage →
RGB array) runs on the Qt thread, at most ``fps`` times a second, and ends in
``PushVideoTrack.push``, which never blocks (a bounded queue that drops the oldest frame).
Under qasync the Qt thread is the asyncio loop's thread, so the tracks' waiting
``recv()`` wakes up on the next loop turn.

``DeviceMedia`` is the app's ``LocalMedia``: the saved camera and microphone, or — when
one is missing — black video / silence and a sentence in ``problems``.
"""

from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QImage

from agent_app.video.devices import find_device, saved_device_ids
from agent_app.video.sinks import qimage_to_rgb
from agent_app.video.sources import (
    PatternVideoTrack,
    PushAudioTrack,
    PushVideoTrack,
    ToneAudioTrack,
)
from softphone.multimedia import multimedia_error

translate = QCoreApplication.translate

CAPTURE_RATE = 48_000


def pcm_to_int16(data: bytes, sample_format: str, channels: int) -> np.ndarray:
    """Device PCM (QAudioFormat UInt8/Int16/Int32/Float, interleaved) as mono int16."""
    if sample_format == "Int16":
        x = np.frombuffer(data, dtype="<i2").astype(np.float32)
    elif sample_format == "Float":
        x = np.frombuffer(data, dtype="<f4") * 32767.0
    elif sample_format == "Int32":
        x = np.frombuffer(data, dtype="<i4").astype(np.float32) / 65536.0
    elif sample_format == "UInt8":
        x = (np.frombuffer(data, dtype="u1").astype(np.float32) - 128.0) * 256.0
    else:
        raise ValueError(f"unsupported sample format {sample_format!r}")
    channels = max(1, channels)
    x = x[: len(x) // channels * channels].reshape(-1, channels).mean(axis=1)
    return np.clip(np.round(x), -32768, 32767).astype(np.int16)


def _even_rgb(image: QImage) -> np.ndarray:
    rgb = qimage_to_rgb(image)
    height, width = rgb.shape[:2]
    return rgb[: height - height % 2, : width - width % 2]


class CameraCapture(QObject):
    """Frames of a camera (or of anything that feeds ``video_sink``) into ``track``.

    The sink exists from construction, so frames can be fed without a camera
    (``video_sink.setVideoFrame``); ``start()`` adds the camera. Frames wider than
    ``width`` are scaled down (aspect kept); at most ``fps`` frames a second are passed on.
    """

    problem = Signal(str)

    def __init__(
        self,
        track: PushVideoTrack | None = None,
        *,
        camera_id: str = "",
        width: int = 640,
        height: int = 480,
        fps: float = 15,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        from PySide6.QtMultimedia import QVideoSink

        self.track = track or PushVideoTrack()
        self.camera_id, self.width, self.height, self.fps = camera_id, width, height, fps
        self.error = ""
        self.name = ""
        self.frames_seen = 0
        self.frames_passed = 0
        self._last_at = 0.0
        self._camera = None
        self._session = None
        self.video_sink = QVideoSink(self)
        self.video_sink.videoFrameChanged.connect(
            self._on_sink_video_frame_changed, Qt.ConnectionType.QueuedConnection
        )

    def start(self) -> bool:
        """Open the camera; False (and ``error``) when there is none or it fails."""
        if multimedia_error():
            self.error = multimedia_error()
            return False
        from PySide6.QtMultimedia import QCamera, QMediaCaptureSession, QMediaDevices

        device = find_device(
            QMediaDevices.videoInputs(), self.camera_id, QMediaDevices.defaultVideoInput()
        )
        if device is None:
            self.error = translate(
                "VideoCall", "No camera found: the citizen sees a black picture."
            )
            return False
        self._camera = QCamera(device, self)
        best = self._best_format(device)
        if best is not None:
            self._camera.setCameraFormat(best)
        self._camera.errorOccurred.connect(self._on_camera_error_occurred)
        self._session = QMediaCaptureSession(self)
        self._session.setCamera(self._camera)
        self._session.setVideoSink(self.video_sink)
        self._camera.start()
        self.name = device.description()
        return True

    def _best_format(self, device):
        """The format nearest the wanted size among those fast enough (else any)."""
        formats = list(device.videoFormats())
        fast = [f for f in formats if f.maxFrameRate() >= self.fps] or formats
        if not fast:
            return None

        def distance(f) -> int:
            size = f.resolution()
            return abs(size.width() - self.width) + abs(size.height() - self.height)

        return min(fast, key=distance)

    def set_active(self, active: bool) -> None:
        """Stop the camera (its light goes off) or start it again."""
        if self._camera is not None:
            self._camera.setActive(bool(active))

    def _on_sink_video_frame_changed(self, frame) -> None:
        self.frames_seen += 1
        now = time.monotonic()
        if now - self._last_at < 0.8 / self.fps or not frame.isValid():
            return
        image = frame.toImage()
        if image.isNull():
            return
        if image.width() > self.width or image.height() > self.height:
            image = image.scaled(
                self.width,
                self.height,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.FastTransformation,
            )
        self._last_at = now
        self.frames_passed += 1
        self.track.push(_even_rgb(image))

    def _on_camera_error_occurred(self, _error, text: str) -> None:
        self.error = translate("VideoCall", "The camera stopped working ({error}).").format(
            error=text
        )
        self.problem.emit(self.error)

    def stop(self, *, keep_track: bool = False) -> None:
        """Release the camera; ``keep_track``: another camera goes on feeding it."""
        if self._camera is not None:
            self._camera.stop()
            self._camera.deleteLater()
        if self._session is not None:
            self._session.deleteLater()
        self._camera = self._session = None
        if not keep_track:
            self.track.stop()


class MicrophoneCapture(QObject):
    """A microphone (QAudioSource, push mode) into ``track`` as mono int16, at 48 kHz when
    the device does it, else at its preferred rate (the Opus encoder resamples)."""

    problem = Signal(str)

    def __init__(
        self,
        track: PushAudioTrack | None = None,
        *,
        input_id: str = "",
        latency_ms: int = 40,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.track = track or PushAudioTrack()
        self.input_id = input_id
        self.latency_ms = latency_ms
        self.error = ""
        self.name = ""
        self.rate = CAPTURE_RATE
        self._format = ("Int16", 1)
        self._bytes_per_frame = 2
        self._tail = b""
        self._source = None
        self._io = None

    def start(self) -> bool:
        if multimedia_error():
            self.error = multimedia_error()
            return False
        from PySide6.QtMultimedia import QAudioFormat, QAudioSource, QMediaDevices

        device = find_device(
            QMediaDevices.audioInputs(), self.input_id, QMediaDevices.defaultAudioInput()
        )
        if device is None:
            self.error = translate("VideoCall", "No microphone found: the citizen hears silence.")
            return False
        fmt = QAudioFormat()
        fmt.setSampleRate(CAPTURE_RATE)
        fmt.setChannelCount(1)
        fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        if not device.isFormatSupported(fmt):
            fmt = device.preferredFormat()
        name = fmt.sampleFormat().name
        if name not in ("UInt8", "Int16", "Int32", "Float"):
            self.error = translate(
                "VideoCall", "The microphone {name} uses an audio format this app cannot read."
            ).format(name=device.description())
            return False
        self.rate, self._format = fmt.sampleRate(), (name, fmt.channelCount())
        self._bytes_per_frame = max(1, fmt.bytesPerFrame())
        self._source = QAudioSource(device, fmt, self)
        self._source.setBufferSize(fmt.bytesForDuration(self.latency_ms * 1000))
        self._io = self._source.start()
        if self._io is None:
            self.error = translate(
                "VideoCall", "The microphone {name} could not be opened."
            ).format(name=device.description())
            self._source = None
            return False
        self._io.readyRead.connect(self._on_io_ready_read)
        self._source.stateChanged.connect(self._on_source_state_changed)
        self.name = device.description()
        return True

    def feed_pcm(self, data: bytes) -> None:
        """Device bytes in the opened format (partial sample frames are kept)."""
        data = self._tail + data
        usable = len(data) // self._bytes_per_frame * self._bytes_per_frame
        data, self._tail = data[:usable], data[usable:]
        if data:
            self.track.push(pcm_to_int16(data, *self._format), self.rate)

    def _on_io_ready_read(self) -> None:
        if self._io is not None:
            self.feed_pcm(bytes(self._io.readAll().data()))

    def _on_source_state_changed(self, _state) -> None:
        from PySide6.QtMultimedia import QtAudio

        if self._source is not None and self._source.error() not in (
            QtAudio.Error.NoError,
            QtAudio.Error.UnderrunError,
        ):
            self.error = translate("VideoCall", "The microphone stopped working ({error}).").format(
                error=self._source.error().name
            )
            self.problem.emit(self.error)

    def stop(self, *, keep_track: bool = False) -> None:
        if self._source is not None:
            self._source.stop()
            self._source.deleteLater()
        self._source = self._io = None
        if not keep_track:
            self.track.stop()


class DeviceMedia:
    """``LocalMedia`` from the saved camera and microphone (the app's default).

    Missing devices are not fatal: no camera sends black (5 frames a second), no
    microphone sends silence, and ``problems`` says so.
    """

    def __init__(
        self,
        video: bool = True,
        *,
        camera_id: str | None = None,
        input_id: str | None = None,
        width: int = 640,
        height: int = 480,
        fps: float = 15,
        parent: QObject | None = None,
    ):
        saved_input, _saved_output, saved_camera = saved_device_ids()
        self._stopped = False
        self.problems: list[str] = []
        self.camera: CameraCapture | None = None
        self.microphone = MicrophoneCapture(
            input_id=saved_input if input_id is None else input_id, parent=parent
        )
        if self.microphone.start():
            self.audio_track = self.microphone.track
        else:
            self.problems.append(self.microphone.error)
            self.microphone.stop()
            self.audio_track = ToneAudioTrack(amplitude=0.0)
        self.video_track = None
        if video:
            self.camera = CameraCapture(
                camera_id=saved_camera if camera_id is None else camera_id,
                width=width,
                height=height,
                fps=fps,
                parent=parent,
            )
            if self.camera.start():
                self.video_track = self.camera.track
            else:
                self.problems.append(self.camera.error)
                self.camera.stop()
                self.camera = None
                self.video_track = PatternVideoTrack((0, 0, 0), width=width, height=height, fps=5)

    @property
    def preview(self):
        """The camera's QVideoSink (every frame it gives), for the self-view; None
        without a camera."""
        return self.camera.video_sink if self.camera is not None else None

    still = None  # the self-view follows the camera (``preview``)

    def set_camera_active(self, active: bool) -> None:
        if self.camera is not None:
            self.camera.set_active(active)

    def use_camera(self, camera_id: str) -> str:
        """Switch to another camera during the call (the same track goes on); "" or
        the sentence why not (the old camera then stays)."""
        if self.camera is None or self._stopped:
            return translate("VideoCall", "There is no camera in this call to switch.")
        old = self.camera
        new = CameraCapture(
            old.track, camera_id=camera_id, width=old.width, height=old.height, fps=old.fps,
            parent=old.parent(),
        )  # fmt: skip
        if not new.start():
            new.stop(keep_track=True)
            new.deleteLater()
            return new.error
        self.camera = new
        old.stop(keep_track=True)
        old.deleteLater()
        return ""

    def use_microphone(self, input_id: str) -> str:
        """Switch to another microphone during the call; "" or why not."""
        if self._stopped or self.audio_track is not self.microphone.track:
            return translate("VideoCall", "There is no microphone in this call to switch.")
        old = self.microphone
        new = MicrophoneCapture(old.track, input_id=input_id, parent=old.parent())
        if not new.start():
            new.stop(keep_track=True)
            new.deleteLater()
            return new.error
        self.microphone = new
        old.stop(keep_track=True)
        old.deleteLater()
        return ""

    def stop(self) -> None:
        if self._stopped:
            return
        self._stopped = True
        if self.camera is not None:
            self.camera.stop()
            self.camera.deleteLater()
        self.microphone.stop()
        self.microphone.deleteLater()
        for track in (self.video_track, self.audio_track):
            if track is not None:
                track.stop()
