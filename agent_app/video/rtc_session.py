"""One WebRTC call's media: an aiortc ``RTCPeerConnection`` answering the citizen's offer.

No Qt here (``service.VideoCallService`` is the Qt face). Threading rule: everything runs
on the thread of the running asyncio loop — under qasync, the Qt thread. aiortc decodes
on a thread of its own per remote track and encodes in the loop's executor, and hands
results back to the loop itself; the callbacks below are therefore called on the loop's
thread and must return quickly (convert, emit a signal, append to a buffer — no waiting).

Lifetime: the session holds the peer connection, the local tracks (behind the camera and
mute gates) and one consumer task per remote track until ``close()``; ``close()`` is
idempotent and leaves no task behind. The session ends exactly once, with an
``EndReason``:

- ``hung_up``: our ``close()``;
- ``remote_closed``: the browser closed its peer connection (its DTLS close alert);
- ``failed``: ICE or DTLS failed, or the offer could not be answered;
- ``media_timeout``: no media from the peer for ``media_timeout`` seconds although it was
  sending before (a tab that was killed or lost its network sends no close alert, and
  ICE consent checks would take 30 s to notice).

Signalling is someone else's: ``answer(offer)`` takes the browser's complete offer and
returns the complete answer, with every local candidate in it (aiortc gathers fully in
``setLocalDescription``; no trickle ICE out). Remote candidates trickled later can be
added with ``add_remote_candidate``.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum

import numpy as np
from aiortc import (
    MediaStreamTrack,
    RTCConfiguration,
    RTCPeerConnection,
    RTCRtpSender,
    RTCSessionDescription,
)
from aiortc.mediastreams import MediaStreamError
from aiortc.sdp import candidate_from_sdp

from agent_app.video.ice import IceServerLike, ignored_urls, rtc_configuration
from agent_app.video.sources import SwitchableAudioTrack, SwitchableVideoTrack

log = logging.getLogger(__name__)

MEDIA_TIMEOUT = 4.0  # seconds without any remote media before the call counts as dropped
VIDEO_CODECS = ("VP8", "H264")


class SessionState(StrEnum):
    NEW = "new"
    CONNECTING = "connecting"
    CONNECTED = "connected"
    CLOSED = "closed"  # terminal; ``end_reason`` says why


class EndReason(StrEnum):
    HUNG_UP = "hung_up"
    REMOTE_CLOSED = "remote_closed"
    FAILED = "failed"
    MEDIA_TIMEOUT = "media_timeout"


class RtcSessionError(Exception):
    """The offer could not be answered (bad SDP, no common codec, session closed)."""


@dataclass(frozen=True, slots=True)
class AudioChunk:
    """Remote audio as decoded: int16 samples shaped (n, channels) at ``rate``."""

    samples: np.ndarray
    rate: int

    def mono(self) -> np.ndarray:
        """Float samples in [-1, 1], the channels averaged."""
        return self.samples.astype(np.float32).mean(axis=1) / 32768.0


VideoFrameHandler = Callable[[np.ndarray], None]  # RGB, height × width × 3, uint8
AudioFrameHandler = Callable[[AudioChunk], None]
StateHandler = Callable[[SessionState], None]
EndedHandler = Callable[[EndReason], None]


def _report(exc: BaseException) -> None:
    """A callback raised: keep the media flowing, make the error visible (tests fail)."""
    sys.excepthook(type(exc), exc, exc.__traceback__)


class RtcSession:
    """The agent's end of one call. Construct inside a coroutine on the app's loop, then
    ``answer()``.

    ``video``/``audio``: the local tracks to send (``video`` None: a voice call, the
    citizen's video is still received if offered). The session owns them: ``close()``
    stops them. ``video_codec``: VP8 (default: every browser has it, cheap to encode) or
    H264, forced by codec preference.
    """

    def __init__(
        self,
        ice_servers: Iterable[IceServerLike] = (),
        *,
        video: MediaStreamTrack | None = None,
        audio: MediaStreamTrack | None = None,
        video_codec: str = "VP8",
        media_timeout: float = MEDIA_TIMEOUT,
        idle_fps: float = 5.0,
        on_video_frame: VideoFrameHandler | None = None,
        on_audio_frame: AudioFrameHandler | None = None,
        on_state_changed: StateHandler | None = None,
        on_ended: EndedHandler | None = None,
    ):
        if video_codec.upper() not in VIDEO_CODECS:
            raise ValueError(f"video_codec must be one of {VIDEO_CODECS}")
        servers = list(ice_servers)
        for url in ignored_urls(servers):
            log.warning("ICE server URL %s is not used (aiortc takes one STUN, one TURN)", url)
        self.configuration: RTCConfiguration = rtc_configuration(servers)
        self.video_codec = video_codec.upper()
        self.media_timeout = media_timeout
        self.on_video_frame = on_video_frame
        self.on_audio_frame = on_audio_frame
        self.on_state_changed = on_state_changed
        self.on_ended = on_ended

        self._video = SwitchableVideoTrack(video, idle_fps=idle_fps) if video else None
        self._audio = SwitchableAudioTrack(audio) if audio else None
        self._pc = RTCPeerConnection(self.configuration)
        self._pc.on("track", self._on_pc_track)
        self._pc.on("connectionstatechange", self._on_pc_connectionstatechange)
        self._loop = asyncio.get_running_loop()
        self._tasks: set[asyncio.Task] = set()
        self._remote_tracks: list[MediaStreamTrack] = []
        self._state = SessionState.NEW
        self._end_reason: EndReason | None = None
        self._close_task: asyncio.Task | None = None
        self._answered = False
        self._last_media: float | None = None  # loop time of the latest remote frame
        self.video_frames_received = 0
        self.audio_frames_received = 0
        self.first_video_frame_at: float | None = None  # loop time
        self.connected_at: float | None = None

    # -- properties -------------------------------------------------------------------------

    @property
    def state(self) -> SessionState:
        return self._state

    @property
    def end_reason(self) -> EndReason | None:
        return self._end_reason

    @property
    def camera_enabled(self) -> bool:
        return self._video is not None and self._video.enabled

    @property
    def muted(self) -> bool:
        return self._audio is not None and self._audio.muted

    @property
    def peer_connection(self) -> RTCPeerConnection:
        """For statistics (``await getStats()``); do not change it behind the session."""
        return self._pc

    # -- control ----------------------------------------------------------------------------

    async def answer(self, offer_sdp: str) -> str:
        """The SDP answer to the browser's offer, every local ICE candidate included."""
        if self._close_task is not None or self._answered:
            raise RtcSessionError("this session has already answered or is closed")
        self._answered = True
        self._set_state(SessionState.CONNECTING)
        try:
            await self._pc.setRemoteDescription(RTCSessionDescription(offer_sdp, "offer"))
            offered = {t.kind for t in self._pc.getTransceivers()}
            if not offered:
                raise RtcSessionError("cannot answer the offer: it has no audio or video")
            if self._audio is not None and "audio" in offered:
                self._pc.addTrack(self._audio)
            if self._video is not None and "video" in offered:
                self._pc.addTrack(self._video)
            self._prefer_video_codec()
            answer = await self._pc.createAnswer()
            await self._pc.setLocalDescription(answer)
            if self._close_task is not None:
                raise RtcSessionError("closed while answering")
        except Exception as exc:
            if self._close_task is None:
                await self._close(EndReason.FAILED)
            if isinstance(exc, RtcSessionError):
                raise
            raise RtcSessionError(f"cannot answer the offer: {exc}") from exc
        return self._pc.localDescription.sdp

    async def add_remote_candidate(
        self, candidate: str | None, sdp_mid: str | None = None, sdp_mline_index: int | None = 0
    ) -> None:
        """A trickled candidate (``candidate:…`` or ``a=candidate:…``); None or "" means
        the end of candidates. Call after ``answer()``."""
        if self._close_task is not None:
            return
        if not candidate:
            await self._pc.addIceCandidate(None)
            return
        text = candidate.removeprefix("a=").removeprefix("candidate:")
        ice = candidate_from_sdp(text)
        ice.sdpMid, ice.sdpMLineIndex = sdp_mid, sdp_mline_index
        await self._pc.addIceCandidate(ice)

    def set_camera_enabled(self, enabled: bool) -> None:
        """Off: black frames at a low rate instead of the source (no renegotiation)."""
        if self._video is not None:
            self._video.enabled = bool(enabled)

    def set_muted(self, muted: bool) -> None:
        if self._audio is not None:
            self._audio.muted = bool(muted)

    async def close(self) -> None:
        """Hang up: stop everything, end with ``hung_up`` (unless ended already)."""
        await self._close(EndReason.HUNG_UP)

    # -- internals --------------------------------------------------------------------------

    def _prefer_video_codec(self) -> None:
        wanted = {f"video/{self.video_codec}".lower(), "video/rtx"}
        codecs = [
            c for c in RTCRtpSender.getCapabilities("video").codecs if c.mimeType.lower() in wanted
        ]
        for transceiver in self._pc.getTransceivers():
            if transceiver.kind == "video":
                transceiver.setCodecPreferences(codecs)

    def _spawn(self, coro) -> asyncio.Task:
        task = self._loop.create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._task_done)
        return task

    def _task_done(self, task: asyncio.Task) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            _report(task.exception())

    def _set_state(self, state: SessionState) -> None:
        if state == self._state:
            return
        self._state = state
        if self.on_state_changed is not None:
            try:
                self.on_state_changed(state)
            except Exception as exc:
                _report(exc)

    def _end_soon(self, reason: EndReason) -> None:
        """From inside an aiortc event or a consumer: close in a task of its own."""
        if self._close_task is None:
            self._close_task = self._spawn(self._do_close(reason))

    async def _close(self, reason: EndReason) -> None:
        if self._close_task is None:
            self._close_task = self._spawn(self._do_close(reason))
        if self._close_task is not asyncio.current_task():
            await asyncio.shield(self._close_task)

    async def _do_close(self, reason: EndReason) -> None:
        self._end_reason = reason
        for track in (self._video, self._audio):
            if track is not None:
                track.stop()
        try:
            await self._pc.close()  # ends the remote tracks: their consumers return
        except Exception as exc:  # pragma: no cover - aiortc tearing down a broken call
            log.warning("closing the peer connection: %s", exc)
        me = asyncio.current_task()
        others = [t for t in self._tasks if t is not me]
        for task in others:
            task.cancel()
        await asyncio.gather(*others, return_exceptions=True)
        for track in self._remote_tracks:
            track.stop()
        self._remote_tracks.clear()
        self._set_state(SessionState.CLOSED)
        if self.on_ended is not None:
            try:
                self.on_ended(reason)
            except Exception as exc:
                _report(exc)

    def _on_pc_track(self, track: MediaStreamTrack) -> None:
        self._remote_tracks.append(track)
        consume = self._consume_video if track.kind == "video" else self._consume_audio
        self._spawn(consume(track))

    def _on_pc_connectionstatechange(self) -> None:
        state = self._pc.connectionState
        if self._close_task is not None:
            return
        if state == "connected":
            self.connected_at = self._loop.time()
            self._set_state(SessionState.CONNECTED)
            if self.media_timeout > 0:
                self._spawn(self._watch_media())
        elif state == "failed":
            self._end_soon(EndReason.FAILED)
        elif state == "closed":  # aiortc closes itself when the peer's DTLS says goodbye
            self._end_soon(EndReason.REMOTE_CLOSED)

    async def _consume_video(self, track: MediaStreamTrack) -> None:
        while True:
            try:
                frame = await track.recv()
            except MediaStreamError:
                return
            now = self._loop.time()
            self._last_media = now
            self.video_frames_received += 1
            if self.first_video_frame_at is None:
                self.first_video_frame_at = now
            handler = self.on_video_frame
            if handler is not None:
                try:
                    handler(frame.to_ndarray(format="rgb24"))
                except Exception as exc:
                    _report(exc)

    async def _consume_audio(self, track: MediaStreamTrack) -> None:
        while True:
            try:
                frame = await track.recv()
            except MediaStreamError:
                return
            self._last_media = self._loop.time()
            self.audio_frames_received += 1
            handler = self.on_audio_frame
            if handler is not None:
                try:
                    pcm = frame.to_ndarray()  # packed s16: (1, n * channels)
                    channels = len(frame.layout.channels)
                    handler(AudioChunk(pcm.reshape(-1, channels), frame.sample_rate))
                except Exception as exc:
                    _report(exc)

    async def _watch_media(self) -> None:
        """End the call when no media came for ``media_timeout`` s: media that was
        flowing stopped, or none ever came after connecting (a browser gone just then)."""
        period = min(0.5, self.media_timeout / 4)
        while self._close_task is None:
            await asyncio.sleep(period)
            last = self._last_media if self._last_media is not None else self.connected_at
            if last is not None and self._loop.time() - last > self.media_timeout:
                log.info("no media from the peer for %.1f s: ending the call", self.media_timeout)
                self._end_soon(EndReason.MEDIA_TIMEOUT)
                return
