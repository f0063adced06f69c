"""``VideoCallService`` on the qasync loop, against a real Chromium (as the app runs it).

aiortc, playwright and Qt share the one loop; the test waits with ``qtbot`` (Qt keeps
running, and with it every task). The citizen's fake camera shows (200, 30, 30) and its
microphone plays 440 Hz. The agent's media is a test pattern, or — to prove the Qt path —
``CameraCapture``/``MicrophoneCapture`` fed through their QVideoSink and PCM entry point
(this machine has no camera or microphone; QCamera/QAudioSource themselves are not run).
"""

from __future__ import annotations

import contextlib

import numpy as np
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtMultimedia import QVideoFrame

from agent_app.video.capture import CameraCapture, MicrophoneCapture
from agent_app.video.service import VideoCallService
from agent_app.video.sinks import qimage_to_rgb
from agent_app.video.sources import PatternMedia
from shared.tones import dominant_frequencies, tone_samples
from tests.support.video_peer import VideoPeer, media_browser

pytestmark = [pytest.mark.gui, pytest.mark.browser, pytest.mark.slow, pytest.mark.timeout(60)]

CITIZEN_COLOUR = (200, 30, 30)
AGENT_COLOUR = (30, 60, 200)
TOLERANCE = 12


def near(rgb, expected) -> bool:
    return bool(np.all(np.abs(np.asarray(rgb, dtype=float) - expected) <= TOLERANCE))


def mean_colour(image: QImage) -> np.ndarray:
    rgb = qimage_to_rgb(image)
    h, w = rgb.shape[:2]
    return rgb[h // 4 : 3 * h // 4, w // 4 : 3 * w // 4].reshape(-1, 3).mean(0)


@pytest.fixture
def peer(qloop, arun, tmp_path):
    stack = contextlib.AsyncExitStack()
    browser = arun(stack.enter_async_context(media_browser(tmp_path, CITIZEN_COLOUR, 440.0)))
    page = arun(VideoPeer.open(browser))
    yield page
    arun(page.close(), timeout=10)
    arun(stack.aclose(), timeout=10)
    assert not page.errors


@pytest.fixture
def services(qapp, arun):
    made: list[VideoCallService] = []

    def make(**kwargs) -> VideoCallService:
        made.append(VideoCallService(speaker=False, tap_seconds=3.0, **kwargs))
        return made[-1]

    yield make
    for service in made:
        arun(service.close())
        assert not service.in_call


def test_call_shows_the_citizen_plays_the_agent_and_hangs_up(qtbot, arun, peer, services):
    service = services(media_factory=lambda video: PatternMedia(AGENT_COLOUR, 880.0, video=video))
    states: list[str] = []
    images: list[QImage] = []
    service.state_changed.connect(states.append)
    service.frame_ready.connect(images.append)

    offer = arun(peer.offer())
    with qtbot.waitSignal(service.state_changed, check_params_cb=lambda s: s == "connected"):
        answer = arun(service.answer(offer, []))
        arun(peer.accept(answer))
    assert service.in_call and service.state == "connected"

    qtbot.waitUntil(lambda: len(images) >= 10, timeout=10_000)
    # 640x480, or smaller if Chromium scales its camera down under CPU pressure
    assert images[-1].width() * 3 == images[-1].height() * 4 <= 640 * 3
    assert near(mean_colour(images[-1]), CITIZEN_COLOUR), mean_colour(images[-1])
    qtbot.waitUntil(lambda: len(service.audio_tap.samples()) >= 48_000, timeout=5_000)
    heard = dominant_frequencies(service.audio_tap.samples(1.0), service.audio_tap.rate, top=1)
    assert abs(heard[0] - 440.0) <= 3.0

    async def agent_colour():
        colour = await peer.remote_colour()
        return colour if colour and near(colour["rgb"], AGENT_COLOUR) else None

    arun(peer.wait_for(agent_colour), timeout=12)

    with qtbot.waitSignal(service.muted_changed) as muted:
        service.set_muted(True)
    assert muted.args == [True] and service.is_muted
    with qtbot.waitSignal(service.camera_changed) as camera:
        service.set_camera_enabled(False)
    assert camera.args == [False] and not service.camera_enabled

    with qtbot.waitSignal(service.ended, timeout=5_000) as ended:
        service.hang_up()
    assert ended.args == ["hung_up"]
    assert states == ["connecting", "connected", "closed"]
    assert not service.in_call and service.session is None


def test_qt_camera_and_microphone_frames_reach_the_browser(qtbot, arun, peer, services):
    """QVideoFrames into the capture's QVideoSink and PCM into the microphone's entry
    point come out of the browser's <video> and WebAudio."""
    camera_colour = (40, 180, 60)
    captures: dict[str, object] = {}

    class QtFedMedia:
        def __init__(self, video: bool):
            self.camera = CameraCapture(fps=15)
            self.microphone = MicrophoneCapture()
            self.video_track = self.camera.track
            self.audio_track = self.microphone.track
            self.problems: list[str] = []
            self.preview, self.still = self.camera.video_sink, None
            captures.update(camera=self.camera, microphone=self.microphone)

        def set_camera_active(self, active: bool) -> None:
            self.camera.set_active(active)

        def use_camera(self, camera_id: str) -> str:
            return ""

        def use_microphone(self, input_id: str) -> str:
            return ""

        def stop(self) -> None:
            self.camera.stop()
            self.microphone.stop()

    image = QImage(1280, 720, QImage.Format.Format_RGB32)  # larger: scaled down to 640 wide
    image.fill(QColor(*camera_colour))
    # 14 whole cycles in 20 ms: chunk after chunk is one continuous tone
    pcm = (tone_samples(700.0, 0.02, rate=48_000, amplitude=0.4) * 32767).astype("<i2").tobytes()

    def feed() -> None:
        if "camera" in captures:
            captures["camera"].video_sink.setVideoFrame(QVideoFrame(image))
            captures["microphone"].feed_pcm(pcm)

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(feed)
    timer.start()
    try:
        service = services(media_factory=QtFedMedia)
        offer = arun(peer.offer())
        arun(peer.accept(arun(service.answer(offer, []))))

        async def camera_seen():
            colour = await peer.remote_colour()
            return colour if colour and near(colour["rgb"], camera_colour) else None

        colour = arun(peer.wait_for(camera_seen), timeout=12)
        assert (colour["width"], colour["height"]) == (640, 360)

        async def tone_heard():
            got = await peer.remote_audio()
            if got is None or np.sqrt(np.mean(got[0][:8192] ** 2)) < 0.01:
                return None
            return got

        samples, rate = arun(peer.wait_for(tone_heard), timeout=12)
        assert abs(dominant_frequencies(samples, rate, top=1)[0] - 700.0) <= 3.0
        camera = captures["camera"]
        assert camera.frames_passed < camera.frames_seen  # 50 frames/s offered, ~15 passed
    finally:
        timer.stop()


def test_citizen_leaving_ends_the_call(qtbot, arun, peer, services):
    service = services(media_factory=lambda video: PatternMedia(video=video))
    offer = arun(peer.offer())
    with qtbot.waitSignal(service.state_changed, check_params_cb=lambda s: s == "connected"):
        arun(peer.accept(arun(service.answer(offer, []))))
    with qtbot.waitSignal(service.ended, timeout=5_000) as ended:
        arun(peer.close_peer_connection())
    assert ended.args == ["remote_closed"]
    assert not service.in_call


def test_a_bad_offer_fails_and_frees_the_service(qtbot, arun, services):
    service = services(media_factory=lambda video: PatternMedia(video=video))
    with qtbot.waitSignal(service.ended) as ended:
        with pytest.raises(Exception, match="cannot answer"):
            arun(service.answer("v=0\r\nnot an offer\r\n", []))
    assert ended.args == ["failed"] and not service.in_call
