"""The Qt face of video calls: ``VideoCallService``, what the agent window's video pane uses.

Widgets never touch the network or aiortc: they connect to the signals and call
``set_muted``/``set_camera_enabled``/``hang_up``. The signalling side (the server's
websocket messages, someone else's) awaits ``answer(offer, ice_servers)`` and sends the
returned SDP back.

Threading rule: one thread. The service, its ``RtcSession`` and the Qt capture/playback
objects all live on the Qt thread, which under qasync runs the asyncio loop aiortc uses;
the session's callbacks arrive there too, so the signals are emitted directly.

One call at a time: ``answer`` during a call raises; after ``ended`` the service takes
the next one.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable

import numpy as np
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from agent_app.video.ice import IceServerLike
from agent_app.video.rtc_session import (
    MEDIA_TIMEOUT,
    AudioChunk,
    EndReason,
    RtcSession,
    RtcSessionError,
    SessionState,
)
from agent_app.video.sinks import AudioTap, SpeakerSink, rgb_to_qimage
from agent_app.video.sources import LocalMedia
from softphone.qt_async import spawn

SELF_VIEW_FPS = 10
MediaFactory = Callable[[bool], LocalMedia]  # (video wanted) -> what the call sends


def device_media(video: bool) -> LocalMedia:
    """The default factory: the saved camera and microphone."""
    from agent_app.video.capture import DeviceMedia

    return DeviceMedia(video)


class VideoCallService(QObject):
    """Signals: ``frame_ready(QImage)`` (the citizen's picture, every decoded frame),
    ``state_changed(str)`` (``SessionState``: new, connecting, connected, closed),
    ``ended(str)`` (once per call, an ``EndReason``: hung_up, remote_closed, failed,
    media_timeout), ``problem(str)`` (a sentence for the user: no camera …),
    ``muted_changed(bool)``, ``camera_changed(bool)``, ``self_view_ready(QImage)`` (what
    our camera sends, at most ``SELF_VIEW_FPS`` a second, or one still picture).

    ``media_factory`` makes each call's local media (default: the devices);
    ``speaker`` False plays nothing; ``tap_seconds`` > 0 keeps that much of what was
    heard in ``audio_tap`` (tests, a level meter).
    """

    frame_ready = Signal(QImage)
    state_changed = Signal(str)
    ended = Signal(str)
    problem = Signal(str)
    muted_changed = Signal(bool)
    camera_changed = Signal(bool)
    self_view_ready = Signal(QImage)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        media_factory: MediaFactory = device_media,
        speaker: bool = True,
        output_id: str | None = None,
        tap_seconds: float = 0.0,
        video_codec: str = "VP8",
        media_timeout: float = MEDIA_TIMEOUT,
    ):
        super().__init__(parent)
        self.media_factory = media_factory
        self.speaker_enabled = speaker
        self.output_id = output_id
        self.tap_seconds = tap_seconds
        self.video_codec = video_codec
        self.media_timeout = media_timeout
        self.audio_tap: AudioTap | None = None  # kept after the call ends
        self.frames_shown = 0
        self._session: RtcSession | None = None
        self._media: LocalMedia | None = None
        self._speaker: SpeakerSink | None = None
        self._state = SessionState.NEW.value
        self._muted = False
        self._camera_on = True
        self._preview = None  # the camera's QVideoSink while the self-view follows it
        self._preview_at = 0.0

    # -- what the pane reads ----------------------------------------------------------------

    @property
    def in_call(self) -> bool:
        return self._session is not None

    @property
    def state(self) -> str:
        return self._state

    @property
    def session(self) -> RtcSession | None:
        return self._session

    @property
    def is_muted(self) -> bool:
        return self._muted

    @property
    def camera_enabled(self) -> bool:
        return self._camera_on

    # -- what the signalling side calls ------------------------------------------------------

    async def answer(
        self, offer_sdp: str, ice_servers: Iterable[IceServerLike], *, video: bool = True
    ) -> str:
        """Start a call from the citizen's offer; returns the answer SDP (complete, no
        trickle). ``video`` False: a voice call (the agent sends no picture).
        Raises ``RtcSessionError`` (and emits ``ended("failed")``) when it cannot."""
        if self._session is not None:
            raise RtcSessionError("a video call is already in progress")
        self._muted, self._camera_on = False, True
        self.frames_shown = 0
        self.audio_tap = AudioTap(self.tap_seconds) if self.tap_seconds > 0 else None
        media = self._media = self.media_factory(video)
        for text in media.problems:
            self.problem.emit(text)
        self._watch_self_view(media if video else None)
        if self.speaker_enabled:
            from agent_app.video.devices import saved_device_ids

            output_id = saved_device_ids()[1] if self.output_id is None else self.output_id
            self._speaker = SpeakerSink(output_id, parent=self)
            if not self._speaker.start():
                self.problem.emit(self._speaker.error)
                self._speaker = None
            else:
                self._speaker.problem.connect(self.problem)
        try:
            session = RtcSession(
                ice_servers,
                video=media.video_track if video else None,
                audio=media.audio_track,
                video_codec=self.video_codec,
                media_timeout=self.media_timeout,
                on_video_frame=self._on_session_video_frame,
                on_audio_frame=self._on_session_audio_frame,
                on_state_changed=self._on_session_state_changed,
                on_ended=self._on_session_ended,
            )
        except ValueError:  # a bad ICE server URL: nothing started but the devices
            self._on_session_ended(EndReason.FAILED)
            raise
        self._session = session
        return await session.answer(offer_sdp)

    async def add_remote_candidate(
        self, candidate: str | None, sdp_mid: str | None = None, sdp_mline_index: int | None = 0
    ) -> None:
        if self._session is not None:
            await self._session.add_remote_candidate(candidate, sdp_mid, sdp_mline_index)

    # -- what the pane calls ----------------------------------------------------------------

    def set_muted(self, muted: bool) -> None:
        muted = bool(muted)
        if self._session is None or muted == self._muted:
            return
        self._muted = muted
        self._session.set_muted(muted)
        self.muted_changed.emit(muted)

    def set_camera_enabled(self, enabled: bool) -> None:
        """Off: the citizen sees black and the camera really stops (its light goes off)."""
        enabled = bool(enabled)
        if self._session is None or enabled == self._camera_on:
            return
        self._camera_on = enabled
        self._session.set_camera_enabled(enabled)
        if self._media is not None:
            self._media.set_camera_active(enabled)
        self.camera_changed.emit(enabled)

    def switch_devices(self, camera_id: str, input_id: str, output_id: str) -> None:
        """Use these devices from now on, in the call too (problems reported)."""
        self.output_id = output_id
        media = self._media
        if media is None:
            return
        for text in (media.use_camera(camera_id), media.use_microphone(input_id)):
            if text:
                self.problem.emit(text)
        self._watch_self_view(media if media.video_track is not None else None)
        if self._speaker is not None:
            old = self._speaker
            new = SpeakerSink(output_id, parent=self)
            if new.start():
                new.problem.connect(self.problem)
                self._speaker = new
                old.stop()
                old.deleteLater()
            else:
                self.problem.emit(new.error)
                new.deleteLater()

    def hang_up(self) -> None:
        """End the call (``ended("hung_up")`` follows); nothing when there is none."""
        if self._session is not None:
            spawn(self._session.close())

    async def close(self) -> None:
        """End the call and wait until everything is released (app shutdown, tests)."""
        if self._session is not None:
            await self._session.close()

    # -- the self-view -------------------------------------------------------------------

    def _watch_self_view(self, media: LocalMedia | None) -> None:
        if self._preview is not None:
            self._preview.videoFrameChanged.disconnect(self._on_preview_video_frame_changed)
            self._preview = None
        if media is None:
            return
        if media.preview is not None:
            self._preview = media.preview
            self._preview.videoFrameChanged.connect(self._on_preview_video_frame_changed)
        elif media.still is not None:
            self.self_view_ready.emit(rgb_to_qimage(media.still))

    def _on_preview_video_frame_changed(self, frame) -> None:
        now = time.monotonic()
        if now - self._preview_at < 1.0 / SELF_VIEW_FPS or not frame.isValid():
            return
        image = frame.toImage()
        if not image.isNull():
            self._preview_at = now
            self.self_view_ready.emit(image.scaledToWidth(320))

    # -- session callbacks (the loop's thread = the Qt thread) ---------------------------------

    def _on_session_video_frame(self, rgb: np.ndarray) -> None:
        self.frames_shown += 1
        self.frame_ready.emit(rgb_to_qimage(rgb))

    def _on_session_audio_frame(self, chunk: AudioChunk) -> None:
        if self._speaker is not None:
            self._speaker.feed(chunk)
        if self.audio_tap is not None:
            self.audio_tap.feed(chunk)

    def _on_session_state_changed(self, state: SessionState) -> None:
        self._state = state.value
        self.state_changed.emit(state.value)

    def _on_session_ended(self, reason: EndReason) -> None:
        self._watch_self_view(None)
        media, self._media = self._media, None
        speaker, self._speaker = self._speaker, None
        self._session = None
        if media is not None:
            media.stop()
        if speaker is not None:
            speaker.stop()
            speaker.deleteLater()
        self.ended.emit(reason.value)
