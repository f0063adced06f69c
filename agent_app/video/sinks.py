"""Where the citizen's media goes: pictures as ``QImage``, sound to a speaker and a tap.

- ``rgb_to_qimage``: an RGB array (what ``RtcSession`` hands out) as a QImage that owns
  its pixels, for a widget to paint; ``qimage_to_rgb`` the other way (the camera).
- ``AudioTap``: the last N seconds of what was heard, mono float (tests, a level meter).
- ``SpeakerSink``: remote audio to a ``QAudioSink`` in push mode, converted by PyAV to
  whatever format the device takes, at most ``max_latency_ms`` queued (older audio is
  dropped rather than letting the delay grow).

Threading rule: all of it on the Qt thread (which, under qasync, is the loop's thread, so
``RtcSession``'s callbacks may call ``feed`` directly).
"""

from __future__ import annotations

import numpy as np
from av import AudioResampler
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QImage

from agent_app.video.devices import find_device
from agent_app.video.rtc_session import AudioChunk
from agent_app.video.sources import audio_frame
from softphone.multimedia import multimedia_error

translate = QCoreApplication.translate


def rgb_to_qimage(rgb: np.ndarray) -> QImage:
    """A deep copy of an RGB (height × width × 3, uint8) array as QImage.Format_RGB888."""
    rgb = np.ascontiguousarray(rgb, dtype=np.uint8)
    height, width = rgb.shape[:2]
    return QImage(rgb.data, width, height, 3 * width, QImage.Format.Format_RGB888).copy()


def qimage_to_rgb(image: QImage) -> np.ndarray:
    """Any QImage as an RGB (height × width × 3, uint8) array of its own."""
    if image.format() != QImage.Format.Format_RGB888:
        image = image.convertToFormat(QImage.Format.Format_RGB888)
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    rows = np.frombuffer(image.constBits(), dtype=np.uint8, count=stride * height)
    return rows.reshape(height, stride)[:, : 3 * width].reshape(height, width, 3).copy()


class AudioTap:
    """Keeps the last ``seconds`` of received audio (mono float32, the chunks' rate)."""

    def __init__(self, seconds: float = 5.0):
        self.seconds = seconds
        self.rate = 0
        self._buf = np.zeros(0, dtype=np.float32)
        self._filled = 0  # samples written in all, capped at len(_buf)
        self._pos = 0
        self.chunks = 0

    def feed(self, chunk: AudioChunk) -> None:
        if chunk.rate != self.rate:
            self.rate = chunk.rate
            self._buf = np.zeros(int(self.seconds * chunk.rate), dtype=np.float32)
            self._filled = self._pos = 0
        x = chunk.mono()
        size = len(self._buf)
        if not size:
            return
        if len(x) >= size:
            self._buf[:] = x[-size:]
            self._pos, self._filled = 0, size
        else:
            end = self._pos + len(x)
            if end <= size:
                self._buf[self._pos : end] = x
            else:
                first = size - self._pos
                self._buf[self._pos :] = x[:first]
                self._buf[: len(x) - first] = x[first:]
            self._pos = end % size
            self._filled = min(size, self._filled + len(x))
        self.chunks += 1

    def samples(self, seconds: float | None = None) -> np.ndarray:
        """The newest ``seconds`` (all kept when None), oldest first."""
        if self._filled < len(self._buf):
            kept = self._buf[: self._filled].copy()
        else:
            kept = np.concatenate([self._buf[self._pos :], self._buf[: self._pos]])
        if seconds is not None:
            kept = kept[-int(seconds * self.rate) :] if self.rate else kept[:0]
        return kept

    def clear(self) -> None:
        self._filled = self._pos = 0


# QAudioFormat.SampleFormat name -> PyAV packed sample format
_AV_FORMATS = {"UInt8": "u8", "Int16": "s16", "Int32": "s32", "Float": "flt"}


class SpeakerSink(QObject):
    """Plays remote audio on an output device (``output_id``: a QAudioDevice id or
    description; "" is the system default). ``start()`` returns False and sets ``error``
    when there is no usable device (the call goes on without sound); ``problem`` reports
    trouble that appears later."""

    problem = Signal(str)

    def __init__(
        self, output_id: str = "", *, max_latency_ms: int = 200, parent: QObject | None = None
    ):
        super().__init__(parent)
        self.output_id = output_id
        self.max_latency_ms = max_latency_ms
        self.error = ""
        self.name = ""
        self.bytes_dropped = 0
        self._sink = None
        self._io = None
        self._resampler: AudioResampler | None = None
        self._bytes_per_second = 0
        self._frame_bytes = 1
        self._pending = bytearray()
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._on_timer_timeout)

    @property
    def active(self) -> bool:
        return self._io is not None

    def start(self) -> bool:
        if multimedia_error():
            self.error = multimedia_error()
            return False
        from PySide6.QtMultimedia import QAudioFormat, QAudioSink, QMediaDevices

        device = find_device(
            QMediaDevices.audioOutputs(), self.output_id, QMediaDevices.defaultAudioOutput()
        )
        if device is None:
            self.error = translate(
                "VideoCall", "No speaker or headset found: you will not hear the citizen."
            )
            return False
        fmt = QAudioFormat()
        fmt.setSampleRate(48_000)
        fmt.setChannelCount(2)
        fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        if not device.isFormatSupported(fmt):
            fmt = device.preferredFormat()
        av_format = _AV_FORMATS.get(fmt.sampleFormat().name)
        if av_format is None or fmt.channelCount() not in (1, 2):
            self.error = translate(
                "VideoCall", "The speaker {name} uses an audio format this app cannot play."
            )
            self.error = self.error.format(name=device.description())
            return False
        layout = "mono" if fmt.channelCount() == 1 else "stereo"
        self._resampler = AudioResampler(format=av_format, layout=layout, rate=fmt.sampleRate())
        self._bytes_per_second = fmt.bytesForDuration(1_000_000)
        self._frame_bytes = max(1, fmt.bytesPerFrame())
        self._sink = QAudioSink(device, fmt, self)
        self._sink.setBufferSize(fmt.bytesForDuration(self.max_latency_ms * 1000))
        self._io = self._sink.start()
        if self._io is None:
            self.error = translate("VideoCall", "The speaker {name} could not be opened.").format(
                name=device.description()
            )
            self._sink = None
            return False
        self._sink.stateChanged.connect(self._on_sink_state_changed)
        self.name = device.description()
        self._timer.start()
        return True

    def feed(self, chunk: AudioChunk) -> None:
        """Queue one chunk of remote audio (dropped when the sink is not running)."""
        if self._io is None or self._resampler is None:
            return
        frame = audio_frame(chunk.samples, chunk.rate, 0)
        frame.pts = None
        for out in self._resampler.resample(frame):
            used = out.samples * out.format.bytes * len(out.layout.channels)  # packed
            self._pending += bytes(out.planes[0])[:used]
        limit = self._bytes_per_second * self.max_latency_ms // 1000
        if len(self._pending) > limit:
            excess = len(self._pending) - limit
            excess -= excess % self._frame_bytes  # whole sample frames
            del self._pending[:excess]
            self.bytes_dropped += excess
        self._write()

    def _write(self) -> None:
        sink, io = self._sink, self._io
        if sink is None or io is None or not self._pending:
            return
        free = sink.bytesFree()
        if free <= 0:
            return
        written = io.write(bytes(self._pending[:free]))
        if written > 0:
            del self._pending[:written]

    def _on_timer_timeout(self) -> None:
        self._write()

    def _on_sink_state_changed(self, _state) -> None:
        from PySide6.QtMultimedia import QtAudio

        if self._sink is not None and self._sink.error() not in (
            QtAudio.Error.NoError,
            QtAudio.Error.UnderrunError,
        ):
            self.error = translate("VideoCall", "The speaker stopped working ({error}).").format(
                error=self._sink.error().name
            )
            self.problem.emit(self.error)

    def stop(self) -> None:
        self._timer.stop()
        if self._sink is not None:
            self._sink.stop()
            self._sink.deleteLater()
        self._sink = self._io = None
        self._pending.clear()
