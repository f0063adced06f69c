"""Calls from the citizen page in tests: a routing server set up for them and a clerk.

``call_server()`` runs a ``RoutingServer`` in the test's event loop with short timeouts
(``video_grace`` 0.5 s), the Polish Sign Language configured and Sylwia, a signer
(``sign:pjm``), added to the demo's staff. ``CallAgent`` is a staff websocket bot whose
app "has the media": it accepts the offer and answers the page's SDP with the agent
app's own ``RtcSession``, sending ``PatternMedia`` (a known colour and tone) and keeping
the middle of each frame it gets and the sound it hears.

Used by tests/browser/test_web_call.py and the call states of test_accessibility.py.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator
from pathlib import Path

import numpy as np

from agent_app.video.rtc_session import RtcSession
from agent_app.video.sinks import AudioTap
from agent_app.video.sources import PatternMedia
from shared import protocol as p
from shared.demo.seed import seed_demo
from shared.server.app import RoutingServer
from shared.server.config import ServerConfig, SignLanguageConfig
from shared.tones import dominant_frequencies
from tests.support.bots import Recorder, available, staff

SIGN_HOURS = "Mon–Fri 8:00–16:00"

# What the page's test sees through its pictures, and an FFT of its sound: both sides.
COLOUR_TOLERANCE = 14  # per channel, after VP8 and two YUV conversions
HZ_TOLERANCE = 3.0

# Test instrumentation injected into the page (never part of it): every websocket it
# opens is kept in window.__sockets, and with window.__blockSockets set new ones go to
# a path the server refuses, so the page stays offline as long as a test wants.
SOCKET_TAP = r"""(() => {
  const Real = window.WebSocket;
  window.__sockets = [];
  window.__blockSockets = false;
  window.WebSocket = class extends Real {
    constructor(url, protocols) {
      super(window.__blockSockets ? String(url).replace(/\/ws$/, "/no-such-socket") : url, protocols);
      window.__sockets.push(this);
    }
  };
})();"""

# getUserMedia refuses the camera (as after "Block" in the permission prompt); a
# microphone alone is still given.
CAMERA_BLOCKED = """(() => {
  const media = navigator.mediaDevices;
  const real = media.getUserMedia.bind(media);
  media.getUserMedia = (constraints) => (constraints && constraints.video)
    ? Promise.reject(new DOMException("Permission denied", "NotAllowedError"))
    : real(constraints);
})();"""

# The page's pictures and sound, as the citizen gets them.
REMOTE_COLOUR = """() => {
  const video = document.getElementById("remote-video");
  if (!video || !video.videoWidth || video.readyState < 2) return null;
  const canvas = document.createElement("canvas");
  canvas.width = video.videoWidth;
  canvas.height = video.videoHeight;
  const ctx = canvas.getContext("2d", {willReadFrequently: true});
  ctx.drawImage(video, 0, 0);
  const px = ctx.getImageData(canvas.width / 4, canvas.height / 4, canvas.width / 2,
                              canvas.height / 2).data;
  const sum = [0, 0, 0];
  for (let i = 0; i < px.length; i += 4) { sum[0] += px[i]; sum[1] += px[i + 1]; sum[2] += px[i + 2]; }
  const n = px.length / 4;
  return {rgb: sum.map((s) => s / n), frames: video.getVideoPlaybackQuality().totalVideoFrames};
}"""

# An analyser on the remote <video>'s own stream (it plays it, so WebAudio gets it);
# then the latest 32768 samples (0.68 s at 48 kHz).
LISTEN = """() => {
  const stream = document.getElementById("remote-video").srcObject;
  if (!stream || !stream.getAudioTracks().length) return false;
  const ctx = new AudioContext({sampleRate: 48000});
  const analyser = ctx.createAnalyser();
  analyser.fftSize = 32768;
  ctx.createMediaStreamSource(stream).connect(analyser);
  window.__listening = {ctx, analyser};
  return true;
}"""
HEARD = """() => {
  const l = window.__listening;
  if (!l) return null;
  const samples = new Float32Array(l.analyser.fftSize);
  l.analyser.getFloatTimeDomainData(samples);
  return {rate: l.ctx.sampleRate, samples: Array.from(samples)};
}"""


def close_to(rgb, expected, tolerance: float = COLOUR_TOLERANCE) -> bool:
    return bool(np.all(np.abs(np.asarray(rgb, dtype=float) - expected) <= tolerance))


def dominant(samples: np.ndarray, rate: int) -> float:
    found = dominant_frequencies(samples, rate, top=1)
    return found[0] if found else 0.0


def audible(samples: np.ndarray) -> bool:
    """Sound all through the buffer (not just its end)."""
    quarters = np.array_split(samples, 4)
    return len(samples) > 0 and min(float(np.sqrt(np.mean(q**2))) for q in quarters) >= 0.01


async def eventually(check, what: str, timeout: float = 10.0, interval: float = 0.1):
    """Poll ``await check()`` (or a plain ``check()``) until truthy; that value."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if asyncio.iscoroutine(value):
            value = await value
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"{what}: still not so after {timeout} s")
        await asyncio.sleep(interval)


PJM = SignLanguageConfig(code="pjm", name="Polish Sign Language (PJM)")


@contextlib.asynccontextmanager
async def call_server(
    data_dir: Path, video_grace: float = 0.5, sign_languages: list | None = None
) -> AsyncIterator[RoutingServer]:
    """A routing server for calls from the page; ``.port``; the page at ``/``."""
    config = ServerConfig(
        data_dir=str(data_dir), port=0, telephony=False, video_grace=video_grace,
        offer_timeout=30,
        sign_languages=[PJM] if sign_languages is None else sign_languages,
        sign_language_hours=SIGN_HOURS,
        citizen_chats_per_address=10_000, citizen_sessions_per_address=10_000,
    )  # fmt: skip
    server = RoutingServer(config)
    await server.start(seed_demo)
    try:
        yield server
    finally:
        await server.stop()


class CallAgent:
    """A clerk whose app has the media: ``take()`` a call, ``answer()`` its offer."""

    def __init__(self, url: str, user: str, colour, hz: float, *, video: bool = True):
        self.url, self.user = url, user
        self.colour, self.hz, self.video = colour, hz, video
        self.rec = Recorder()
        self.client = None
        self.session: RtcSession | None = None
        self.frames: list[np.ndarray] = []  # mean colour of each frame's middle
        self.tap = AudioTap(seconds=3.0)
        self.iid = ""

    async def __aenter__(self) -> CallAgent:
        self.client, self.rec = await staff(self.url, self.user, video=True)
        return self

    async def __aexit__(self, *exc) -> None:
        await self.close()

    async def close(self) -> None:
        """The app gone: its media and its connection (no hang-up, no close sent)."""
        if self.session is not None:
            await self.session.close()
        if self.client is not None:
            await self.client.close()
            self.client = None

    async def request(self, msg):
        return await self.client.request(msg)

    async def take(self, timeout: float = 10.0) -> str:
        """Go available, accept the (next) offer; its interaction id."""
        await available(self.client)
        offer = await self.rec.next(p.OfferCreated, timeout=timeout)
        self.iid = offer.interaction.id
        await self.client.request(p.AcceptOffer(id=0, interaction_id=self.iid))
        return self.iid

    async def answer(self, timeout: float = 10.0) -> str:
        """Wait for the page's offer and answer it; the offer's SDP."""
        offer = await self.rec.next(
            p.RtcSignal, lambda s: s.kind == "offer" and s.interaction_id == self.iid, timeout
        )
        if self.session is not None:
            await self.session.close()
        self.frames.clear()
        self.tap.clear()
        media = PatternMedia(self.colour, self.hz, video=self.video)
        welcome = self.client.welcome
        servers = [
            {"urls": s.urls, "username": s.username, "credential": s.credential}
            for s in welcome.ice_servers
        ]
        self.session = RtcSession(
            servers,
            video=media.video_track,
            audio=media.audio_track,
            on_video_frame=self._on_frame,
            on_audio_frame=self.tap.feed,
        )
        answer = await self.session.answer(offer.sdp)
        await self.client.request(
            p.RtcSignal(id=0, interaction_id=self.iid, kind="answer", sdp=answer)
        )
        return offer.sdp

    def _on_frame(self, rgb: np.ndarray) -> None:
        h, w = rgb.shape[:2]
        self.frames.append(rgb[h // 4 : 3 * h // 4, w // 4 : 3 * w // 4].reshape(-1, 3).mean(0))

    async def hang_up(self) -> None:
        await self.client.request(p.RtcSignal(id=0, interaction_id=self.iid, kind="hangup"))
        if self.session is not None:
            await self.session.close()

    async def sees(self, colour, timeout: float = 10.0) -> np.ndarray:
        """The latest frame, once ten frames came and it shows ``colour``."""
        await eventually(
            lambda: len(self.frames) >= 10 and close_to(self.frames[-1], colour),
            f"{self.user} sees {colour} (got {self.frames[-1:]})",
            timeout,
        )
        return self.frames[-1]

    async def hears(self, timeout: float = 10.0) -> float:
        """The dominant frequency of the latest second, once a second was heard."""
        await eventually(
            lambda: len(self.tap.samples()) >= self.tap.rate and audible(self.tap.samples(1.0)),
            f"{self.user} hears the citizen",
            timeout,
        )
        return dominant(self.tap.samples(1.0), self.tap.rate)
