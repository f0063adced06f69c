"""Audio between a pjsua2 call and the desktop: rings, a conference port, and audio I/O.

The pjsua2 wheel has no sound-device support, so the engine runs on pjsua's null device
and the desktop brings its own audio: an ``AudioIO`` backend (Qt Multimedia, WAV files, or
silence) exchanges 20 ms PCM frames with a ``BridgePort`` through two ``FrameRing``s::

    QAudioSource / WAV reader --push--> mic ring --pop--> BridgePort.onFrameRequested --> call
    call --> BridgePort.onFrameReceived --push--> speaker ring --pop--> QAudioSink / WAV writer

Threading rule: ``BridgePort.onFrameRequested``/``onFrameReceived`` run on pjsip's media
clock thread (SWIG takes the GIL for them). They only touch the rings and plain attributes:
no Qt, no pjsua2 calls, no locks, no allocation beyond one frame. Everything else here
(the AudioIO backends, their QTimers) lives on the Qt thread. A ``FrameRing`` has one
producer thread and one consumer thread; ``collections.deque`` appends and pops are atomic
under the GIL, and each counter is written by one side only.

Lifetime rule (pjsua2 2.15.1): destroying an ``AudioMediaPort`` while the library runs is a
use-after-free — the conference bridge removes ports asynchronously, on its next clock
tick, and then reads the already freed C++ object (pjproject PR #4200, fixed in 2.16). So
a ``BridgePort`` is never destroyed: ``acquire_bridge_port()`` hands out a pooled port
(created once, owned by the C++ side), ``release_bridge_port()`` returns it after the call.
The conference bridge drops it when the library is destroyed. A process therefore holds at
most as many bridge ports as it ever had simultaneous calls.
"""

from __future__ import annotations

import ctypes
import itertools
import logging
import time
import wave
from collections import deque
from collections.abc import Iterable
from os import PathLike
from pathlib import Path
from typing import NamedTuple

import numpy as np
import pjsua2 as pj
from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, QTimer, Signal

from softphone.multimedia import multimedia_error

translate = QCoreApplication.translate

log = logging.getLogger(__name__)

CLOCK_RATE = 16000
CHANNELS = 1
SAMPLE_BYTES = 2
FRAME_MS = 20
FRAME_SAMPLES = CLOCK_RATE * FRAME_MS // 1000  # 320
FRAME_BYTES = FRAME_SAMPLES * SAMPLE_BYTES  # 640
SILENCE = bytes(FRAME_BYTES)

# QSettings keys (the settings dialog writes them, QtAudioIO reads them).
SETTINGS_INPUT_KEY = "audio/input_device"  # QAudioDevice id (text), "" = system default
SETTINGS_OUTPUT_KEY = "audio/output_device"


# -- the ring --------------------------------------------------------------------------------


class FrameRing:
    """A bounded FIFO of fixed-size PCM frames between exactly two threads.

    ``push`` never blocks: when full it drops the oldest frame and counts an overrun.
    ``pop`` never blocks: when empty it returns silence and counts an underrun.
    ``pop_nowait``/``drain`` are for consumers that just want what is there (no counting).
    """

    def __init__(self, capacity: int = 10, frame_bytes: int = FRAME_BYTES):
        if capacity < 1 or frame_bytes < 1:
            raise ValueError("capacity and frame_bytes must be positive")
        self.capacity = capacity
        self.frame_bytes = frame_bytes
        self.silence = bytes(frame_bytes)
        self._frames: deque[bytes] = deque()
        self.pushed = 0  # written by the producer only
        self.overruns = 0  # producer
        self.popped = 0  # consumer
        self.underruns = 0  # consumer

    def __len__(self) -> int:
        return len(self._frames)

    def push(self, frame: bytes) -> None:
        if len(frame) != self.frame_bytes:
            frame = bytes(frame[: self.frame_bytes]).ljust(self.frame_bytes, b"\0")
        frames = self._frames
        while len(frames) >= self.capacity:
            try:
                frames.popleft()  # the consumer may empty it between len() and here
            except IndexError:
                break
            self.overruns += 1
        frames.append(frame)
        self.pushed += 1

    def pop(self) -> bytes:
        try:
            frame = self._frames.popleft()
        except IndexError:
            self.underruns += 1
            return self.silence
        self.popped += 1
        return frame

    def pop_nowait(self) -> bytes | None:
        try:
            frame = self._frames.popleft()
        except IndexError:
            return None
        self.popped += 1
        return frame

    def drain(self) -> list[bytes]:
        out: list[bytes] = []
        while (frame := self.pop_nowait()) is not None:
            out.append(frame)
        return out

    def clear(self) -> None:
        self._frames.clear()

    def stats(self) -> dict[str, int]:
        return {
            "pushed": self.pushed,
            "popped": self.popped,
            "overruns": self.overruns,
            "underruns": self.underruns,
            "queued": len(self._frames),
        }


class FrameChunker:
    """Cuts a byte stream (whatever size the device delivers) into whole frames."""

    def __init__(self, frame_bytes: int = FRAME_BYTES):
        self.frame_bytes = frame_bytes
        self._buf = bytearray()

    def feed(self, data: bytes) -> list[bytes]:
        self._buf += data
        n = len(self._buf) // self.frame_bytes * self.frame_bytes
        if not n:
            return []
        whole = bytes(self._buf[:n])
        del self._buf[:n]
        return [whole[i : i + self.frame_bytes] for i in range(0, n, self.frame_bytes)]


# -- the conference port -----------------------------------------------------------------


def _byte_vector_reader():
    """A fast ``bytes(ByteVector)``.

    Iterating a SWIG ``std::vector<unsigned char>`` costs ~1 µs per byte (0.6 ms a frame,
    with the GIL held, on the media thread). The proxy's ``this`` is the address of the
    vector, whose libstdc++ layout is three pointers (begin, end, capacity end): read the
    bytes with ctypes. Checked once against the slow path; falls back to it if they differ.
    """

    def slow(vec) -> bytes:
        return bytes(vec)

    def fast(vec) -> bytes:
        begin, end = (ctypes.c_void_p * 2).from_address(int(vec.this))
        if not begin or end is None:
            return b""
        return ctypes.string_at(begin, end - begin)

    try:
        probe = pj.MediaFrame()
        sample = bytes(range(256)) * 2 + b"\x01\x02"
        probe.buf = pj.ByteVector(sample)
        if fast(probe.buf) == sample and fast(pj.MediaFrame().buf) == b"":
            return fast
    except Exception:  # pragma: no cover - other ABI
        log.warning("ByteVector fast path unavailable; using the slow one", exc_info=True)
    return slow


_read_byte_vector = _byte_vector_reader()


class BridgePort(pj.AudioMediaPort):
    """A 16 kHz mono 16-bit conference port fed from ``mic`` and feeding ``speaker``.

    Get one with ``acquire_bridge_port()`` (never construct and drop one yourself: see the
    module docstring). Attributes the audio I/O and the phone service use:
    ``mic``/``speaker`` (FrameRing), ``muted`` (send silence), ``has_input``/``has_output``
    (an AudioIO really captures/plays; otherwise silence is sent/received audio dropped
    without counting under/overruns), ``frames_sent``/``frames_received``.
    """

    _names = itertools.count(1)

    def __init__(self) -> None:
        super().__init__()
        self.port_name = f"bridge-{next(self._names)}-{id(self):x}"
        self.reset()

    def reset(self, mic_capacity: int = 10, speaker_capacity: int = 10) -> None:
        """Fresh rings and flags for the next call (attribute swaps are atomic)."""
        self.muted = False
        self.has_input = False
        self.has_output = False
        self.frames_sent = 0
        self.frames_received = 0
        self.callback_errors = 0
        self.mic = FrameRing(mic_capacity)
        self.speaker = FrameRing(speaker_capacity)

    def create(self) -> None:
        fmt = pj.MediaFormatAudio()
        fmt.init(pj.PJMEDIA_FORMAT_PCM, CLOCK_RATE, CHANNELS, FRAME_MS * 1000, 16)
        self.createPort(self.port_name, fmt)

    def stats(self) -> dict[str, int]:
        mic, speaker = self.mic.stats(), self.speaker.stats()
        return {
            "frames_sent": self.frames_sent,
            "frames_received": self.frames_received,
            "mic_underruns": mic["underruns"],
            "mic_overruns": mic["overruns"],
            "speaker_underruns": speaker["underruns"],
            "speaker_overruns": speaker["overruns"],
            "callback_errors": self.callback_errors,
        }

    # -- media clock thread -----------------------------------------------------------------

    def onFrameRequested(self, frame):  # noqa: N802 (pjsua2 API name)
        try:
            size = frame.size or FRAME_BYTES
            mic = self.mic
            if not self.has_input:
                data = SILENCE
            elif self.muted:
                mic.pop_nowait()  # keep the ring moving so unmuting sends fresh audio
                data = SILENCE
            else:
                data = mic.pop()
            if len(data) != size:
                data = data[:size].ljust(size, b"\0")
            frame.buf = pj.ByteVector(data)
            frame.type = pj.PJMEDIA_FRAME_TYPE_AUDIO
            self.frames_sent += 1
        except Exception:  # never raise into the SWIG director (it would abort)
            self.callback_errors += 1

    def onFrameReceived(self, frame):  # noqa: N802
        try:
            self.frames_received += 1
            if not self.has_output:
                return
            if frame.type == pj.PJMEDIA_FRAME_TYPE_AUDIO and frame.size:
                self.speaker.push(_read_byte_vector(frame.buf))
            else:
                self.speaker.push(SILENCE)
        except Exception:
            self.callback_errors += 1


_free_ports: list[BridgePort] = []
_all_ports: list[BridgePort] = []  # every port ever created: kept alive on purpose


def acquire_bridge_port() -> BridgePort:
    """A registered, unconnected BridgePort for one call (call on the pjsua2 thread)."""
    while _free_ports:
        port = _free_ports.pop()
        try:
            # Still registered in *this* library's bridge? (The library may have been
            # destroyed and created again since: then the slot is gone or someone else's.)
            if port.getPortInfo().name == port.port_name:
                port.reset()
                return port
        except pj.Error:
            pass
    port = BridgePort()
    port.create()
    # Owned by the C++ side from now on: the Python object is never collected, so the
    # C++ destructor (the use-after-free) never runs. See the module docstring.
    port.__disown__()
    _all_ports.append(port)
    return port


def release_bridge_port(port: BridgePort) -> None:
    """Give a port back once its connections are stopped; it may be reused at once."""
    port.has_input = port.has_output = False
    port.mic.clear()
    port.speaker.clear()
    if port not in _free_ports:
        _free_ports.append(port)


# -- format conversion (for devices that will not do 16 kHz mono Int16) -------------------


class LinearResampler:
    """Streaming linear-interpolation resampler for float mono samples.

    Simple on purpose (no anti-alias filter): good enough for speech from a 44.1/48 kHz
    device to a 16 kHz call. Keeps its phase across chunks so there are no clicks.
    """

    def __init__(self, src_rate: int, dst_rate: int):
        self.src_rate, self.dst_rate = src_rate, dst_rate
        self.step = src_rate / dst_rate
        self._pos = 0.0  # next output position, in input samples, relative to the chunk
        self._prev = 0.0  # the last input sample of the previous chunk

    def process(self, x: np.ndarray) -> np.ndarray:
        if self.src_rate == self.dst_rate:
            return np.asarray(x, dtype=np.float64)
        x = np.asarray(x, dtype=np.float64)
        if not x.size:
            return x
        buf = np.concatenate(([self._prev], x))  # buf[i + 1] == x[i]
        start = self._pos + 1.0
        last = float(len(buf) - 1)
        n = int(np.floor((last - start) / self.step)) + 1 if last >= start else 0
        idx = start + np.arange(n) * self.step
        out = np.interp(idx, np.arange(len(buf)), buf)
        self._pos = self._pos + n * self.step - len(x)
        self._prev = float(buf[-1])
        return out


_SAMPLE_TYPES = {
    # QAudioFormat.SampleFormat name: (numpy dtype, scale to [-1, 1], offset)
    "UInt8": ("u1", 1 / 128.0, -128.0),
    "Int16": ("<i2", 1 / 32768.0, 0.0),
    "Int32": ("<i4", 1 / 2147483648.0, 0.0),
    "Float": ("<f4", 1.0, 0.0),
}


class PcmConverter:
    """Device PCM (any rate, channels, UInt8/Int16/Int32/Float) ⇄ 16 kHz mono Int16."""

    def __init__(self, rate: int, channels: int, sample_format: str):
        if sample_format not in _SAMPLE_TYPES:
            raise ValueError(f"unsupported sample format {sample_format!r}")
        self.rate, self.channels, self.sample_format = rate, max(1, channels), sample_format
        self.dtype, self.scale, self.offset = _SAMPLE_TYPES[sample_format]
        self.bytes_per_frame = np.dtype(self.dtype).itemsize * self.channels
        self._down = LinearResampler(rate, CLOCK_RATE)
        self._up = LinearResampler(CLOCK_RATE, rate)
        self._tail = b""

    @property
    def identity(self) -> bool:
        return (self.rate, self.channels, self.sample_format) == (CLOCK_RATE, 1, "Int16")

    def to_call(self, data: bytes) -> bytes:
        """Device bytes → 16 kHz mono Int16 bytes (partial sample frames are kept)."""
        if self.identity:
            return data
        data = self._tail + data
        usable = len(data) // self.bytes_per_frame * self.bytes_per_frame
        data, self._tail = data[:usable], data[usable:]
        x = (np.frombuffer(data, dtype=self.dtype).astype(np.float64) + self.offset) * self.scale
        mono = x.reshape(-1, self.channels).mean(axis=1)
        out = self._down.process(mono)
        return (np.clip(out, -1.0, 32767 / 32768) * 32768).astype("<i2").tobytes()

    def from_call(self, data: bytes) -> bytes:
        """16 kHz mono Int16 bytes → device bytes."""
        if self.identity:
            return data
        x = np.frombuffer(data, dtype="<i2").astype(np.float64) / 32768.0
        y = np.clip(self._up.process(x), -1.0, 1.0)
        y = np.repeat(y[:, None], self.channels, axis=1).reshape(-1)
        if self.sample_format == "Float":
            return y.astype("<f4").tobytes()
        raw = np.round(y / self.scale - self.offset)
        info = np.iinfo(np.dtype(self.dtype))
        return np.clip(raw, info.min, info.max).astype(self.dtype).tobytes()


# -- audio I/O backends ----------------------------------------------------------------------


class AudioIO(QObject):
    """One call's audio endpoint on the desktop side. Lives on the Qt thread.

    ``start(bridge)`` begins moving frames between the device and ``bridge.mic``/
    ``bridge.speaker`` (setting ``bridge.has_input``/``has_output`` for what it really
    provides); ``stop()`` ends it and is idempotent. ``name`` says what is used; ``error``
    is "" or a sentence for the user about what does not work (set by ``start``); the
    ``problem`` signal reports trouble that appears later.
    """

    problem = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.name = ""
        self.error = ""
        self.bridge: BridgePort | None = None

    def start(self, bridge: BridgePort) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError

    def _report(self, text: str) -> None:
        self.error = text
        self.problem.emit(text)


class SilenceAudioIO(AudioIO):
    """No audio device: the other side hears silence, what it says is dropped."""

    def __init__(self, error: str | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.name = translate("AudioBridge", "No audio device")
        self._message = error

    def start(self, bridge: BridgePort) -> None:
        self.bridge = bridge
        bridge.has_input = bridge.has_output = False
        self.error = self._message or translate(
            "AudioBridge", "No microphone found: the call works but the other side hears silence."
        )

    def stop(self) -> None:
        self.bridge = None


def _read_wav_pcm16(path: Path) -> bytes:
    """A WAV file as 16 kHz mono Int16 bytes (converted if it is not already)."""
    with wave.open(str(path), "rb") as w:
        rate, channels, width = w.getframerate(), w.getnchannels(), w.getsampwidth()
        raw = w.readframes(w.getnframes())
    fmt = {1: "UInt8", 2: "Int16", 4: "Int32"}.get(width)
    if fmt is None:
        raise ValueError(f"{path}: {8 * width}-bit samples are not supported")
    return PcmConverter(rate, channels, fmt).to_call(raw)


class WavAudioIO(AudioIO):
    """Plays a WAV file into the call at real-time pace, writes what is heard to a WAV.

    For tests and demos. ``in_path`` None: send silence; ``out_path`` None: drop what is
    received. The input loops unless ``loop=False``. The output file is a valid WAV at
    every moment (``wave`` patches the header on each write) and is closed by ``stop()``.
    """

    def __init__(
        self,
        in_path: str | PathLike[str] | None,
        out_path: str | PathLike[str] | None,
        *,
        loop: bool = True,
        prebuffer_frames: int = 3,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.in_path = Path(in_path) if in_path else None
        self.out_path = Path(out_path) if out_path else None
        self.loop = loop
        self.prebuffer_frames = prebuffer_frames
        self.name = translate("AudioBridge", "WAV file {name}").format(
            name=self.in_path.name if self.in_path else "-"
        )
        self._pcm = b""
        self._pos = 0
        self._started_at = 0.0
        self._frames_due = 0
        self._writer: wave.Wave_write | None = None
        self.frames_written = 0
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._on_timer_timeout)

    def start(self, bridge: BridgePort) -> None:
        self.bridge = bridge
        self.error = ""
        if self.in_path is not None:
            try:
                self._pcm = _read_wav_pcm16(self.in_path)
            except (OSError, EOFError, wave.Error, ValueError) as exc:
                self.error = translate("AudioBridge", "Cannot read {path}: {error}").format(
                    path=self.in_path, error=exc
                )
                self._pcm = b""
            bridge.has_input = bool(self._pcm)
        if self.out_path is not None:
            try:
                writer = wave.open(str(self.out_path), "wb")
                writer.setnchannels(CHANNELS)
                writer.setsampwidth(SAMPLE_BYTES)
                writer.setframerate(CLOCK_RATE)
                writer.writeframes(b"")  # header now: a valid (empty) file from the start
                self._writer = writer
                bridge.has_output = True
            except OSError as exc:
                self.error = translate("AudioBridge", "Cannot write {path}: {error}").format(
                    path=self.out_path, error=exc
                )
        self._started_at = time.monotonic()
        self._frames_due = 0
        self._feed()
        self._timer.start()

    def _next_frame(self) -> bytes | None:
        if not self._pcm:
            return None
        if self._pos >= len(self._pcm):
            if not self.loop:
                return None
            self._pos = 0
        frame = self._pcm[self._pos : self._pos + FRAME_BYTES]
        self._pos += FRAME_BYTES
        if len(frame) < FRAME_BYTES and self.loop:
            self._pos = FRAME_BYTES - len(frame)
            frame += self._pcm[: self._pos]
        return frame

    def _feed(self) -> None:
        bridge = self.bridge
        if bridge is None:
            return
        if bridge.has_input:
            elapsed = time.monotonic() - self._started_at
            due = int(elapsed * 1000 // FRAME_MS) + self.prebuffer_frames
            while self._frames_due < due:
                frame = self._next_frame()
                if frame is None:
                    bridge.has_input = False  # played once: silence from now on
                    break
                bridge.mic.push(frame)
                self._frames_due += 1
        if self._writer is not None:
            frames = bridge.speaker.drain()
            if frames:
                self._writer.writeframes(b"".join(frames))
                self.frames_written += len(frames)

    def _on_timer_timeout(self) -> None:
        try:
            self._feed()
        except (OSError, wave.Error) as exc:
            self._timer.stop()
            self._report(translate("AudioBridge", "Audio file error: {error}").format(error=exc))

    def stop(self) -> None:
        self._timer.stop()
        bridge, self.bridge = self.bridge, None
        if bridge is not None:
            bridge.has_input = bridge.has_output = False
            if self._writer is not None:
                frames = bridge.speaker.drain()
                if frames:
                    self._writer.writeframes(b"".join(frames))
                    self.frames_written += len(frames)
        writer, self._writer = self._writer, None
        if writer is not None:
            writer.close()


class AudioDevice(NamedTuple):
    id: str  # QAudioDevice.id() as text: what the settings store
    description: str
    is_default: bool


def device_id(device) -> str:
    """A QAudioDevice's or QCameraDevice's id as text (what the settings store)."""
    return bytes(device.id().data()).decode("utf-8", "replace")


def available_devices() -> tuple[list[AudioDevice], list[AudioDevice]]:
    """(inputs, outputs) as Qt Multimedia sees them now; empty lists when there are none
    or when Qt Multimedia cannot load (``multimedia_error`` says why)."""
    if multimedia_error():
        return [], []
    from PySide6.QtMultimedia import QMediaDevices

    def listing(devices) -> list[AudioDevice]:
        return [AudioDevice(device_id(d), d.description(), d.isDefault()) for d in devices]

    return listing(QMediaDevices.audioInputs()), listing(QMediaDevices.audioOutputs())


def find_device(devices: Iterable, wanted: str, default):
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


def _call_format():
    from PySide6.QtMultimedia import QAudioFormat

    fmt = QAudioFormat()
    fmt.setSampleRate(CLOCK_RATE)
    fmt.setChannelCount(CHANNELS)
    fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
    return fmt


def _converter_for(fmt) -> PcmConverter | None:
    name = fmt.sampleFormat().name
    if name not in _SAMPLE_TYPES:
        return None
    return PcmConverter(fmt.sampleRate(), fmt.channelCount(), name)


def _device_format(device):
    """(format, converter) to open ``device`` with: the call's own format when the
    device supports it, else its preferred one (converter None: one we cannot convert)."""
    fmt = _call_format()
    if not device.isFormatSupported(fmt):
        fmt = device.preferredFormat()
    return fmt, _converter_for(fmt)


class QtAudioIO(AudioIO):
    """Microphone and speaker through Qt Multimedia (QAudioSource/QAudioSink, push mode).

    Devices are chosen by id or description (``input_id``/``output_id``; None reads the
    QSettings keys ``audio/input_device``/``audio/output_device``; "" is the system
    default). The call format is 16 kHz mono Int16; a device that does not support it is
    opened in its preferred format and converted (mix-down + linear resampling). Missing
    devices are not fatal: that direction becomes silence and ``error`` says so.
    """

    def __init__(
        self,
        input_id: str | None = None,
        output_id: str | None = None,
        *,
        latency_ms: int = 60,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        if input_id is None or output_id is None:
            settings = QSettings()
            if input_id is None:
                input_id = str(settings.value(SETTINGS_INPUT_KEY, "") or "")
            if output_id is None:
                output_id = str(settings.value(SETTINGS_OUTPUT_KEY, "") or "")
        self.input_id, self.output_id = input_id, output_id
        self.latency_ms = latency_ms
        self.name = translate("AudioBridge", "System audio")
        self._source = None
        self._sink = None
        self._source_io = None
        self._sink_io = None
        self._in_conv: PcmConverter | None = None
        self._out_conv: PcmConverter | None = None
        self._chunker = FrameChunker()
        self._pending_out = b""
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._on_timer_timeout)

    def _buffer_bytes(self, fmt, conv: PcmConverter) -> int:
        return max(conv.bytes_per_frame * fmt.sampleRate() * self.latency_ms // 1000, 1024)

    def start(self, bridge: BridgePort) -> None:
        self.bridge = bridge
        if multimedia_error():
            self.error = multimedia_error()
            return
        from PySide6.QtMultimedia import QAudioSink, QAudioSource, QMediaDevices

        problems: list[str] = []
        names: list[str] = []

        mic = find_device(
            QMediaDevices.audioInputs(), self.input_id, QMediaDevices.defaultAudioInput()
        )
        if mic is None:
            problems.append(
                translate(
                    "AudioBridge",
                    "No microphone found: the call works but the other side hears silence.",
                )
            )
        else:
            fmt, conv = _device_format(mic)
            if conv is None:
                problems.append(
                    translate(
                        "AudioBridge",
                        "The microphone {name} uses an audio format this app cannot read.",
                    ).format(name=mic.description())
                )
            else:
                self._in_conv = conv
                self._source = QAudioSource(mic, fmt, self)
                self._source.setBufferSize(self._buffer_bytes(fmt, conv))
                self._source_io = self._source.start()
                if self._source_io is None:
                    problems.append(
                        translate(
                            "AudioBridge", "The microphone {name} could not be opened."
                        ).format(name=mic.description())
                    )
                else:
                    self._source_io.readyRead.connect(self._on_source_ready_read)
                    self._source.stateChanged.connect(self._on_source_state_changed)
                    bridge.has_input = True
                    names.append(mic.description())

        speaker = find_device(
            QMediaDevices.audioOutputs(), self.output_id, QMediaDevices.defaultAudioOutput()
        )
        if speaker is None:
            problems.append(
                translate(
                    "AudioBridge", "No speaker or headset found: you will not hear the caller."
                )
            )
        else:
            fmt, conv = _device_format(speaker)
            if conv is None:
                problems.append(
                    translate(
                        "AudioBridge",
                        "The speaker {name} uses an audio format this app cannot play.",
                    ).format(name=speaker.description())
                )
            else:
                self._out_conv = conv
                self._sink = QAudioSink(speaker, fmt, self)
                self._sink.setBufferSize(self._buffer_bytes(fmt, conv))
                self._sink_io = self._sink.start()
                if self._sink_io is None:
                    problems.append(
                        translate("AudioBridge", "The speaker {name} could not be opened.").format(
                            name=speaker.description()
                        )
                    )
                else:
                    self._sink.stateChanged.connect(self._on_sink_state_changed)
                    bridge.has_output = True
                    names.append(speaker.description())
                    self._timer.start()

        if names:
            self.name = " / ".join(names)
        self.error = " ".join(problems)

    def _on_source_ready_read(self) -> None:
        bridge, io = self.bridge, self._source_io
        if bridge is None or io is None or self._in_conv is None:
            return
        data = bytes(io.readAll().data())
        for frame in self._chunker.feed(self._in_conv.to_call(data)):
            bridge.mic.push(frame)

    def _on_timer_timeout(self) -> None:
        bridge, sink, io = self.bridge, self._sink, self._sink_io
        if bridge is None or sink is None or io is None or self._out_conv is None:
            return
        while True:
            if not self._pending_out:
                frame = bridge.speaker.pop_nowait()
                if frame is None:
                    return
                self._pending_out = self._out_conv.from_call(frame)
            free = sink.bytesFree()
            if free < len(self._pending_out):
                return
            written = io.write(self._pending_out)
            if written <= 0:
                return
            self._pending_out = self._pending_out[written:]

    def _on_source_state_changed(self, _state) -> None:
        from PySide6.QtMultimedia import QtAudio

        if self._source is not None and self._source.error() not in (
            QtAudio.Error.NoError,
            QtAudio.Error.UnderrunError,
        ):
            if self.bridge is not None:
                self.bridge.has_input = False
            self._report(
                translate("AudioBridge", "The microphone stopped working ({error}).").format(
                    error=self._source.error().name
                )
            )

    def _on_sink_state_changed(self, _state) -> None:
        from PySide6.QtMultimedia import QtAudio

        if self._sink is not None and self._sink.error() not in (
            QtAudio.Error.NoError,
            QtAudio.Error.UnderrunError,
        ):
            self._report(
                translate("AudioBridge", "The speaker stopped working ({error}).").format(
                    error=self._sink.error().name
                )
            )

    def stop(self) -> None:
        self._timer.stop()
        bridge, self.bridge = self.bridge, None
        if bridge is not None:
            bridge.has_input = bridge.has_output = False
        for dev in (self._source, self._sink):
            if dev is not None:
                dev.stop()
                dev.deleteLater()
        self._source = self._sink = None
        self._source_io = self._sink_io = None


def default_audio_io() -> AudioIO:
    """The app's factory: Qt Multimedia if there is any device, else silence."""
    if multimedia_error():
        return SilenceAudioIO(multimedia_error())
    inputs, outputs = available_devices()
    if not inputs and not outputs:
        return SilenceAudioIO(
            translate(
                "AudioBridge",
                "No audio device found: the call works but the other side hears silence "
                "and you will not hear the caller.",
            )
        )
    return QtAudioIO()
