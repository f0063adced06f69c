"""Local media as aiortc ``MediaStreamTrack``s (no Qt here: ``capture`` feeds the push tracks).

- ``PatternVideoTrack``: a solid colour or colour bars at a given size and frame rate;
  ``ToneAudioTrack``: a sine at 48 kHz (amplitude 0: silence). For tests, the bench, and
  a call without a camera or microphone.
- ``PushVideoTrack``/``PushAudioTrack``: tracks a producer (the Qt camera or microphone)
  pushes into. The queue between them is bounded and drops the *oldest* entry when full,
  so a stalled encoder never makes memory grow and what is sent is always recent.
- ``SwitchableVideoTrack``/``SwitchableAudioTrack``: the per-call gates ``RtcSession``
  puts in front of a source for camera off (black frames at a low rate, the source left
  alone so a camera can really stop) and mute (silence, same timing).

Threading rule: every method here runs on the thread of the asyncio loop (under qasync,
the Qt thread). ``push`` is plain, non-blocking code for a producer on that thread; a
producer on another thread hands over with ``loop.call_soon_threadsafe(track.push, …)``.
"""

from __future__ import annotations

import asyncio
import fractions
import time
from collections import deque
from typing import Literal, Protocol

import numpy as np
from aiortc import MediaStreamTrack
from aiortc.mediastreams import MediaStreamError
from av import AudioFrame, VideoFrame

VIDEO_CLOCK_RATE = 90_000
VIDEO_TIME_BASE = fractions.Fraction(1, VIDEO_CLOCK_RATE)
AUDIO_RATE = 48_000
AUDIO_FRAME_MS = 20
RESYNC_AFTER = 0.5  # a paced source this late (loop stalled, gate was off) starts afresh

Rgb = tuple[int, int, int]
Pattern = Literal["solid", "bars"]

# 100 % colour bars, left to right: white, yellow, cyan, green, magenta, red, blue, black.
BARS: tuple[Rgb, ...] = (
    (255, 255, 255),
    (255, 255, 0),
    (0, 255, 255),
    (0, 255, 0),
    (255, 0, 255),
    (255, 0, 0),
    (0, 0, 255),
    (0, 0, 0),
)


class LocalMedia(Protocol):
    """What one call sends: its tracks, and the devices behind them.

    ``video_track`` None: audio only. ``problems``: sentences for the user about what
    does not work (no camera …). ``set_camera_active(False)`` may stop the device (the
    session's gate sends black meanwhile); ``stop()`` releases everything (idempotent).
    """

    video_track: MediaStreamTrack | None
    audio_track: MediaStreamTrack | None
    problems: list[str]
    # the self-view: a QVideoSink of the camera's frames, or one still picture (RGB)
    preview: object | None
    still: np.ndarray | None

    def set_camera_active(self, active: bool) -> None: ...

    def use_camera(self, camera_id: str) -> str: ...  # "" or why it could not

    def use_microphone(self, input_id: str) -> str: ...

    def stop(self) -> None: ...


class _Pacer:
    """Real-time pacing for a source producing ``rate`` units a second."""

    def __init__(self, rate: float):
        self.rate = rate
        self.start: float | None = None
        self.count = 0  # units handed out since ``start``

    async def wait(self, units: int = 1) -> None:
        loop = asyncio.get_running_loop()
        now = loop.time()
        if self.start is None or now - (self.start + self.count / self.rate) > RESYNC_AFTER:
            self.start, self.count = now, 0  # first call, or late by much: start afresh
        due = self.start + self.count / self.rate
        if due > now:
            await asyncio.sleep(due - now)  # a cancel here leaves the pacer as it was
        self.count += units


def pattern_rgb(colour: Rgb, width: int, height: int, pattern: Pattern = "solid") -> np.ndarray:
    """An RGB picture (height × width × 3, uint8): one colour, or the eight colour bars."""
    if width < 2 or height < 2 or width % 2 or height % 2:
        raise ValueError("width and height must be even and at least 2")
    if pattern == "solid":
        return np.broadcast_to(np.array(colour, dtype=np.uint8), (height, width, 3)).copy()
    if pattern == "bars":
        columns = np.minimum(np.arange(width) * len(BARS) // width, len(BARS) - 1)
        row = np.array(BARS, dtype=np.uint8)[columns]
        return np.broadcast_to(row, (height, width, 3)).copy()
    raise ValueError(f"unknown pattern {pattern!r}")


def rgb_to_yuv420p(rgb: np.ndarray) -> np.ndarray:
    return VideoFrame.from_ndarray(rgb, format="rgb24").reformat(format="yuv420p").to_ndarray()


class PatternVideoTrack(MediaStreamTrack):
    """A test picture at ``fps`` frames a second, converted to YUV once."""

    kind = "video"

    def __init__(
        self,
        colour: Rgb = (30, 60, 200),
        *,
        width: int = 640,
        height: int = 480,
        fps: float = 15,
        pattern: Pattern = "solid",
    ):
        super().__init__()
        self.colour, self.width, self.height, self.fps = colour, width, height, fps
        self._yuv = rgb_to_yuv420p(pattern_rgb(colour, width, height, pattern))
        self._pacer = _Pacer(fps)
        self.frames_sent = 0

    async def recv(self) -> VideoFrame:
        if self.readyState != "live":
            raise MediaStreamError
        await self._pacer.wait()
        if self.readyState != "live":
            raise MediaStreamError
        frame = VideoFrame.from_ndarray(self._yuv, format="yuv420p")
        frame.pts = int(self.frames_sent * VIDEO_CLOCK_RATE / self.fps)
        frame.time_base = VIDEO_TIME_BASE
        self.frames_sent += 1
        return frame


def audio_frame(samples: np.ndarray, rate: int, pts: int) -> AudioFrame:
    """An s16 AudioFrame from int16 samples shaped (n,) (mono) or (n, channels)."""
    samples = np.asarray(samples, dtype=np.int16)
    channels = 1 if samples.ndim == 1 else samples.shape[1]
    layout = {1: "mono", 2: "stereo"}.get(channels)
    if layout is None:
        raise ValueError(f"{channels} channels: only mono and stereo are supported")
    frame = AudioFrame.from_ndarray(
        np.ascontiguousarray(samples.reshape(1, -1)), format="s16", layout=layout
    )
    frame.sample_rate = rate
    frame.pts = pts
    frame.time_base = fractions.Fraction(1, rate)
    return frame


class ToneAudioTrack(MediaStreamTrack):
    """A sine of ``hz`` at ``rate`` (48 kHz) in 20 ms frames, phase-continuous."""

    kind = "audio"

    def __init__(self, hz: float = 880.0, *, amplitude: float = 0.3, rate: int = AUDIO_RATE):
        super().__init__()
        if not 0.0 <= amplitude <= 1.0:
            raise ValueError("amplitude must be within [0, 1]")
        self.hz, self.amplitude, self.rate = hz, amplitude, rate
        self.samples_per_frame = rate * AUDIO_FRAME_MS // 1000
        self._pacer = _Pacer(1000 / AUDIO_FRAME_MS)
        self._sent = 0  # samples

    async def recv(self) -> AudioFrame:
        if self.readyState != "live":
            raise MediaStreamError
        await self._pacer.wait()
        if self.readyState != "live":
            raise MediaStreamError
        n = self.samples_per_frame
        t = (self._sent + np.arange(n)) / self.rate
        pcm = np.round(self.amplitude * 32767 * np.sin(2 * np.pi * self.hz * t))
        frame = audio_frame(pcm.astype(np.int16), self.rate, self._sent)
        self._sent += n
        return frame


class _Mailbox:
    """A bounded FIFO on the loop's thread: ``put`` drops the oldest when full."""

    def __init__(self, capacity: int):
        if capacity < 1:
            raise ValueError("capacity must be positive")
        self.items: deque = deque(maxlen=capacity)
        self.dropped = 0
        self._event = asyncio.Event()
        self.closed = False

    def put(self, item) -> None:
        if self.closed:
            return
        if len(self.items) == self.items.maxlen:
            self.dropped += 1
        self.items.append(item)
        self._event.set()

    async def get(self):
        while not self.items:
            if self.closed:
                raise MediaStreamError
            self._event.clear()
            await self._event.wait()
        if self.closed:
            raise MediaStreamError
        return self.items.popleft()

    def close(self) -> None:
        self.closed = True
        self.items.clear()
        self._event.set()


class PushVideoTrack(MediaStreamTrack):
    """Video frames pushed by a producer (RGB arrays or ``av.VideoFrame``s), sent as
    they come, stamped with the time they were pushed. Holds at most ``capacity`` frames."""

    kind = "video"

    def __init__(self, capacity: int = 2):
        super().__init__()
        self._box = _Mailbox(capacity)
        self._t0: float | None = None
        self._last_pts = -1
        self.frames_pushed = 0

    @property
    def frames_dropped(self) -> int:
        return self._box.dropped

    def push(self, frame: np.ndarray | VideoFrame) -> None:
        if self.readyState != "live":
            return
        self.frames_pushed += 1
        self._box.put((time.monotonic(), frame))

    async def recv(self) -> VideoFrame:
        if self.readyState != "live":
            raise MediaStreamError
        at, frame = await self._box.get()
        if isinstance(frame, np.ndarray):
            frame = VideoFrame.from_ndarray(np.ascontiguousarray(frame), format="rgb24")
        if self._t0 is None:
            self._t0 = at
        pts = max(int((at - self._t0) * VIDEO_CLOCK_RATE), self._last_pts + 1)
        self._last_pts = frame.pts = pts
        frame.time_base = VIDEO_TIME_BASE
        return frame

    def stop(self) -> None:
        self._box.close()
        super().stop()


class PushAudioTrack(MediaStreamTrack):
    """PCM pushed by a producer (int16, any chunk size, mono or stereo, one rate), sent
    in 20 ms frames. Holds at most ``max_ms`` of audio; older audio is dropped."""

    kind = "audio"

    def __init__(self, max_ms: int = 200):
        super().__init__()
        self._box = _Mailbox(max(1, max_ms // AUDIO_FRAME_MS))
        self._rate: int | None = None
        self._pending = np.zeros((0, 1), dtype=np.int16)
        self._pts = 0
        self.samples_pushed = 0

    @property
    def frames_dropped(self) -> int:
        return self._box.dropped

    def push(self, samples: np.ndarray, rate: int) -> None:
        """Queue ``samples`` (int16, shape (n,) or (n, channels)) captured at ``rate``."""
        if self.readyState != "live":
            return
        samples = np.asarray(samples, dtype=np.int16)
        if samples.ndim == 1:
            samples = samples[:, None]
        if rate != self._rate or samples.shape[1] != self._pending.shape[1]:
            self._rate, self._pts = rate, 0  # a new format: start the clock again
            self._pending = samples[:0]
        self.samples_pushed += len(samples)
        pending = np.concatenate([self._pending, samples])
        step = rate * AUDIO_FRAME_MS // 1000
        whole = len(pending) // step * step
        for start in range(0, whole, step):
            self._box.put((rate, pending[start : start + step]))
        self._pending = pending[whole:]

    async def recv(self) -> AudioFrame:
        if self.readyState != "live":
            raise MediaStreamError
        rate, chunk = await self._box.get()
        frame = audio_frame(chunk if chunk.shape[1] > 1 else chunk[:, 0], rate, self._pts)
        self._pts += len(chunk)
        return frame

    def stop(self) -> None:
        self._box.close()
        super().stop()


class SwitchableVideoTrack(MediaStreamTrack):
    """The source's frames while enabled; black frames at ``idle_fps`` while disabled,
    without reading the source (a stopped camera sends nothing). Every frame is stamped
    again here, so the timeline stays monotonic across switches."""

    kind = "video"

    def __init__(self, source: MediaStreamTrack, *, idle_fps: float = 5.0, poll: float = 0.25):
        super().__init__()
        self.source = source
        self.enabled = True
        self.poll = poll
        self._idle = _Pacer(idle_fps)
        self._size = (640, 480)
        self._black: np.ndarray | None = None
        self._t0: float | None = None
        self._last_pts = -1

    def _stamp(self, frame: VideoFrame) -> VideoFrame:
        now = time.monotonic()
        if self._t0 is None:
            self._t0 = now
        pts = max(int((now - self._t0) * VIDEO_CLOCK_RATE), self._last_pts + 1)
        self._last_pts = frame.pts = pts
        frame.time_base = VIDEO_TIME_BASE
        return frame

    def _black_frame(self) -> VideoFrame:
        width, height = self._size
        if self._black is None or self._black.shape[:2] != (height * 3 // 2, width):
            self._black = rgb_to_yuv420p(np.zeros((height, width, 3), dtype=np.uint8))
        return VideoFrame.from_ndarray(self._black, format="yuv420p")

    async def recv(self) -> VideoFrame:
        while True:
            if self.readyState != "live":
                raise MediaStreamError
            if not self.enabled:
                await self._idle.wait()
                if self.enabled or self.readyState != "live":
                    continue
                return self._stamp(self._black_frame())
            try:
                # Cancelling a waiting recv() loses nothing: the sources here take a
                # frame only after their wait is over.
                frame = await asyncio.wait_for(self.source.recv(), self.poll)
            except TimeoutError:
                continue  # nothing yet: look at the switch again
            if self.enabled:
                self._size = (frame.width - frame.width % 2, frame.height - frame.height % 2)
                return self._stamp(frame)

    def stop(self) -> None:
        self.source.stop()
        super().stop()


class SwitchableAudioTrack(MediaStreamTrack):
    """The source's audio, or silence of the same length and timing while ``muted``
    (the source keeps being read, so unmuting sends fresh audio, not a backlog)."""

    kind = "audio"

    def __init__(self, source: MediaStreamTrack):
        super().__init__()
        self.source = source
        self.muted = False

    async def recv(self) -> AudioFrame:
        if self.readyState != "live":
            raise MediaStreamError
        frame = await self.source.recv()
        if not self.muted:
            return frame
        silent = AudioFrame(
            format=frame.format.name, layout=frame.layout.name, samples=frame.samples
        )
        for plane in silent.planes:
            plane.update(bytes(plane.buffer_size))
        silent.sample_rate, silent.pts, silent.time_base = (
            frame.sample_rate,
            frame.pts,
            frame.time_base,
        )
        return silent

    def stop(self) -> None:
        self.source.stop()
        super().stop()


class PatternMedia:
    """``LocalMedia`` of a test picture and a tone (the bench, tests, a demo agent)."""

    def __init__(
        self,
        colour: Rgb = (30, 60, 200),
        hz: float = 880.0,
        *,
        video: bool = True,
        width: int = 640,
        height: int = 480,
        fps: float = 15,
        pattern: Pattern = "solid",
        amplitude: float = 0.3,
    ):
        self.video_track: MediaStreamTrack | None = (
            PatternVideoTrack(colour, width=width, height=height, fps=fps, pattern=pattern)
            if video
            else None
        )
        self.audio_track: MediaStreamTrack | None = ToneAudioTrack(hz, amplitude=amplitude)
        self.problems: list[str] = []
        self.camera_active = True
        self.preview = None
        self.still = pattern_rgb(colour, 160, 120, pattern) if video else None

    def set_camera_active(self, active: bool) -> None:
        self.camera_active = active

    def use_camera(self, camera_id: str) -> str:
        return ""  # a test picture has no device to switch

    def use_microphone(self, input_id: str) -> str:
        return ""

    def stop(self) -> None:
        for track in (self.video_track, self.audio_track):
            if track is not None:
                track.stop()
