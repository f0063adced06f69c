"""The agent's WebRTC media engine (``RtcSession``) against a real Chromium.

The browser's fake camera shows a solid (200, 30, 30) and its fake microphone plays
440 Hz; the agent sends a solid (30, 60, 200) and 880 Hz. Both sides' pictures are
checked by their mean colour, both sides' sound by an FFT. Signalling is the test's
own (``page.evaluate``); the ICE servers list is empty (host candidates only).
"""

from __future__ import annotations

import asyncio
import time

import numpy as np
import pytest

from agent_app.video.rtc_session import EndReason, RtcSession, SessionState
from agent_app.video.sinks import AudioTap
from agent_app.video.sources import PatternVideoTrack, ToneAudioTrack
from shared.tones import dominant_frequencies
from tests.support.video_peer import VideoPeer, media_browser

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.timeout(60)]

CITIZEN_COLOUR = (200, 30, 30)
CITIZEN_HZ = 440.0
AGENT_COLOUR = (30, 60, 200)
AGENT_HZ = 880.0
COLOUR_TOLERANCE = 12  # per channel, after VP8 and two YUV conversions
HZ_TOLERANCE = 3.0


def close_to(rgb, expected, tolerance: float = COLOUR_TOLERANCE) -> bool:
    return bool(np.all(np.abs(np.asarray(rgb, dtype=float) - expected) <= tolerance))


def dominant(samples: np.ndarray, rate: int) -> float:
    found = dominant_frequencies(samples, rate, top=1)
    return found[0] if found else 0.0


class Agent:
    """An RtcSession sending the agent's pattern and tone, recording what it gets."""

    def __init__(self, *, video: bool = True, media_timeout: float = 3.0):
        self.frames: list[np.ndarray] = []
        self.tap = AudioTap(seconds=3.0)
        self.states: list[SessionState] = []
        self.ended: list[tuple[EndReason, float]] = []
        self.session = RtcSession(
            [],
            video=PatternVideoTrack(AGENT_COLOUR, width=640, height=480, fps=15) if video else None,
            audio=ToneAudioTrack(AGENT_HZ),
            media_timeout=media_timeout,
            on_video_frame=self._on_video_frame,
            on_audio_frame=self.tap.feed,
            on_state_changed=self.states.append,
            on_ended=lambda reason: self.ended.append((reason, time.monotonic())),
        )

    def _on_video_frame(self, rgb: np.ndarray) -> None:
        h, w = rgb.shape[:2]
        self.frames.append(rgb[h // 4 : 3 * h // 4, w // 4 : 3 * w // 4].reshape(-1, 3).mean(0))

    async def wait(self, check, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while not check():
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out; states {self.states}, ended {self.ended}")
            await asyncio.sleep(0.05)


@pytest.fixture
async def browser(tmp_path):
    async with media_browser(tmp_path / "media", CITIZEN_COLOUR, CITIZEN_HZ) as b:
        yield b


@pytest.fixture
async def agents():
    """``agents(**kwargs)`` makes an ``Agent``; every session is closed at the end."""
    made: list[Agent] = []

    def make(**kwargs) -> Agent:
        made.append(Agent(**kwargs))
        return made[-1]

    yield make
    for agent in made:
        await agent.session.close()


@pytest.fixture
async def peer(browser):
    page = await VideoPeer.open(browser)
    yield page
    await page.close()
    assert not page.errors, f"JavaScript errors on the page: {page.errors}"


async def connect(agent: Agent, peer: VideoPeer, **offer_kwargs) -> None:
    offer = await peer.offer(**offer_kwargs)
    answer = await agent.session.answer(offer)
    assert "a=candidate:" in answer, "the answer carries its candidates (no trickle)"
    await peer.accept(answer)
    await agent.wait(lambda: agent.session.state == SessionState.CONNECTED)


def other_tasks() -> set[asyncio.Task]:
    """Tasks that are neither this test's nor playwright's own."""
    return {
        t
        for t in asyncio.all_tasks()
        if t is not asyncio.current_task()
        and "playwright" not in getattr(getattr(t.get_coro(), "cr_code", None), "co_filename", "")
    }


async def test_picture_and_sound_flow_both_ways(peer, agents):
    agent = agents()
    await connect(agent, peer)

    # The agent sees the citizen's camera and hears the citizen's microphone.
    await agent.wait(lambda: len(agent.frames) >= 10 and len(agent.tap.samples()) >= 48000)
    assert close_to(agent.frames[-1], CITIZEN_COLOUR), agent.frames[-1]
    assert abs(dominant(agent.tap.samples(1.0), agent.tap.rate) - CITIZEN_HZ) <= HZ_TOLERANCE
    assert agent.tap.rate == 48000

    # The citizen sees the agent's picture and hears the agent's tone.
    colour = await peer.wait_for(peer.remote_colour)
    colour = await peer.wait_for(
        lambda: _frames_after(peer, colour["frames"] + 5), timeout=5
    )  # a few frames on, past the first key frame's blur
    assert (colour["width"], colour["height"]) == (640, 480)
    assert close_to(colour["rgb"], AGENT_COLOUR), colour
    samples, rate = await peer.wait_for(_audible(peer))
    assert abs(dominant(samples, rate) - AGENT_HZ) <= HZ_TOLERANCE
    assert sorted(await peer.remote_kinds()) == ["audio", "video"]

    await agent.session.close()
    assert [r for r, _ in agent.ended] == [EndReason.HUNG_UP]


async def _frames_after(peer: VideoPeer, count: int):
    colour = await peer.remote_colour()
    return colour if colour and colour["frames"] >= count else None


def _audible(peer: VideoPeer):
    async def check():
        got = await peer.remote_audio()
        if got is None:
            return None
        quarters = np.array_split(got[0], 4)  # the whole buffer, not just its end
        if min(float(np.sqrt(np.mean(q**2))) for q in quarters) < 0.01:
            return None
        return got

    return check


async def test_voice_call_sends_sound_only(peer, agents):
    """Audio only from the agent; the citizen's picture is still received if offered."""
    agent = agents(video=False)
    await connect(agent, peer)
    samples, rate = await peer.wait_for(_audible(peer))
    assert abs(dominant(samples, rate) - AGENT_HZ) <= HZ_TOLERANCE
    await agent.wait(lambda: len(agent.frames) >= 3)
    assert await peer.remote_kinds() == ["audio"]
    await agent.session.close()


async def test_camera_off_sends_black_and_mute_sends_silence(peer, agents):
    agent = agents()
    await connect(agent, peer)
    await peer.wait_for(_audible(peer))
    await peer.wait_for(lambda: _colour_near(peer, AGENT_COLOUR))

    agent.session.set_camera_enabled(False)
    agent.session.set_muted(True)
    assert not agent.session.camera_enabled and agent.session.muted
    await peer.wait_for(lambda: _colour_near(peer, (0, 0, 0)))
    await peer.wait_for(_silent(peer))
    assert agent.session.state == SessionState.CONNECTED

    agent.session.set_camera_enabled(True)
    agent.session.set_muted(False)
    await peer.wait_for(lambda: _colour_near(peer, AGENT_COLOUR))
    samples, rate = await peer.wait_for(_audible(peer))
    assert abs(dominant(samples, rate) - AGENT_HZ) <= HZ_TOLERANCE
    await agent.session.close()


async def _colour_near(peer: VideoPeer, expected) -> bool:
    colour = await peer.remote_colour()
    return bool(colour) and close_to(colour["rgb"], expected)


def _silent(peer: VideoPeer):
    async def check() -> bool:
        got = await peer.remote_audio()
        return got is not None and float(np.sqrt(np.mean(got[0] ** 2))) < 0.001

    return check


async def test_browser_closing_its_connection_ends_the_call(peer, agents):
    agent = agents(media_timeout=0)  # no watchdog: the DTLS close alert alone must do it
    await connect(agent, peer)
    await agent.wait(lambda: agent.session.audio_frames_received > 10)
    closed_at = time.monotonic()
    await peer.close_peer_connection()
    await agent.wait(lambda: agent.ended, timeout=5)
    reason, at = agent.ended[0]
    assert reason == EndReason.REMOTE_CLOSED
    assert at - closed_at < 2.0
    assert agent.states[-1] == SessionState.CLOSED
    await agent.session.close()  # idempotent: still one end
    assert len(agent.ended) == 1
    await asyncio.sleep(0.2)
    assert not other_tasks()


async def test_page_gone_mid_call_ends_the_call(peer, agents):
    """A killed tab sends no close alert: the media watchdog ends the call."""
    agent = agents(media_timeout=3.0)
    await connect(agent, peer)
    await agent.wait(lambda: agent.session.video_frames_received > 5)
    gone_at = time.monotonic()
    await peer.page.close(run_before_unload=False)
    await agent.wait(lambda: agent.ended, timeout=10)
    reason, at = agent.ended[0]
    assert reason == EndReason.MEDIA_TIMEOUT  # Chromium sends no DTLS close alert then
    assert at - gone_at < 3.0 + 2.0, f"took {at - gone_at:.1f} s"
    assert agent.session.state == SessionState.CLOSED
    await asyncio.sleep(0.2)
    assert not other_tasks()


async def test_close_mid_call_is_clean(peer, agents):
    agent = agents()
    await connect(agent, peer)
    await agent.wait(lambda: agent.session.video_frames_received > 5)
    before = agent.session.video_frames_received
    # Two closes at once and one after: one end, no exception, nothing left running.
    await asyncio.gather(agent.session.close(), agent.session.close())
    await agent.session.close()
    assert [r for r, _ in agent.ended] == [EndReason.HUNG_UP]
    assert agent.states == [SessionState.CONNECTING, SessionState.CONNECTED, SessionState.CLOSED]
    await asyncio.sleep(0.5)
    assert not other_tasks()
    assert agent.session.video_frames_received - before <= 2  # nothing after the close
    with pytest.raises(Exception, match="already answered or is closed"):
        await agent.session.answer("v=0")


async def test_candidates_trickled_in_after_the_offer(peer, agents):
    """The offer without its candidates; they follow one by one (``add_remote_candidate``).

    (The call would come up without them too: the browser, controlling, sends its checks
    to the answer's candidates and aiortc learns its address from them — peer-reflexive.
    So what is checked is that the trickled ones reach the ICE agent's remote side.)
    """
    agent = agents()
    offer = await peer.offer()
    lines = offer.split("\r\n")
    candidates = [line for line in lines if line.startswith("a=candidate:")]
    assert candidates
    bare = "\r\n".join(line for line in lines if not line.startswith("a=candidate:"))
    answer = await agent.session.answer(bare)
    await peer.accept(answer)
    for line in candidates:
        await agent.session.add_remote_candidate(line, sdp_mid="0", sdp_mline_index=0)
    await agent.session.add_remote_candidate(None)
    remote = agent.session.peer_connection.remoteDescription.sdp
    for line in candidates:
        assert line.split(" typ ")[0] in remote
    assert "a=end-of-candidates" in remote
    await agent.wait(lambda: agent.session.video_frames_received >= 3)
    assert agent.session.state == SessionState.CONNECTED
