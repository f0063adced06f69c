"""The citizen's side of a video call: headless Chromium with a fake camera and microphone.

``fake_media(dir, colour, hz)`` writes what the fake devices play — a Y4M of one solid
colour and a WAV of one tone — and ``media_browser(...)`` launches the system Chromium
with them (``--use-file-for-fake-video-capture``/``…-audio-capture``, permission prompts
accepted). ``VideoPeer`` drives one page of ``video_peer.html``: getUserMedia, an offer
with every ICE candidate gathered, the answer, then what the page sees and hears.

Used by tests/browser/test_video_media.py, the GUI test of ``VideoCallService`` and
bench/video_call.py.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator, Iterable
from pathlib import Path
from typing import Any

import numpy as np

from shared.tones import write_tone_wav
from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS

HARNESS = Path(__file__).with_name("video_peer.html")
HARNESS_URL = "http://localhost/video-peer"  # localhost: a secure context for getUserMedia

Rgb = tuple[int, int, int]


def rgb_to_yuv(rgb: Rgb) -> tuple[int, int, int]:
    """BT.601 limited range, what Chromium assumes for a Y4M file."""
    r, g, b = rgb
    y = 16 + (65.481 * r + 128.553 * g + 24.966 * b) / 255
    u = 128 + (-37.797 * r - 74.203 * g + 112.0 * b) / 255
    v = 128 + (112.0 * r - 93.786 * g - 18.214 * b) / 255
    return round(y), round(u), round(v)


def write_y4m(path: Path, rgb: Rgb, width: int, height: int, fps: int, frames: int = 4) -> Path:
    """A Y4M (I420) file of ``frames`` frames of one colour (Chromium loops it)."""
    y, u, v = rgb_to_yuv(rgb)
    frame = (
        b"FRAME\n"
        + bytes([y]) * (width * height)
        + bytes([u]) * (width * height // 4)
        + bytes([v]) * (width * height // 4)
    )
    with open(path, "wb") as f:
        f.write(f"YUV4MPEG2 W{width} H{height} F{fps}:1 Ip A1:1 C420jpeg\n".encode())
        for _ in range(frames):
            f.write(frame)
    return path


def fake_media(
    directory: Path, colour: Rgb, hz: float, *, width: int = 640, height: int = 480, fps: int = 15
) -> tuple[Path, Path]:
    """(Y4M, WAV) for the fake camera and microphone."""
    directory.mkdir(parents=True, exist_ok=True)
    video = write_y4m(directory / f"camera-{width}x{height}-{fps}.y4m", colour, width, height, fps)
    audio = write_tone_wav(directory / "microphone.wav", hz, 10.0, rate=48000, amplitude=0.5)
    return video, audio


def media_args(video: Path, audio: Path) -> list[str]:
    return [
        *CHROMIUM_ARGS,
        "--use-fake-ui-for-media-stream",
        "--use-fake-device-for-media-stream",
        f"--use-file-for-fake-video-capture={video}",
        f"--use-file-for-fake-audio-capture={audio}",
        "--autoplay-policy=no-user-gesture-required",
        # real host candidates, not mDNS names (they are all on this machine anyway)
        "--disable-features=WebRtcHideLocalIpsWithMdns",
    ]


@contextlib.asynccontextmanager
async def media_browser(
    directory: Path,
    colour: Rgb,
    hz: float,
    *,
    width: int = 640,
    height: int = 480,
    fps: int = 15,
) -> AsyncIterator[Any]:
    """A launched playwright Browser whose fake camera shows ``colour`` and whose fake
    microphone plays ``hz``; closed (with its process) however the block ends."""
    from playwright.async_api import async_playwright

    if not CHROMIUM.exists():
        raise RuntimeError(f"{CHROMIUM} is missing (apt install chromium)")
    video, audio = fake_media(directory, colour, hz, width=width, height=height, fps=fps)
    async with async_playwright() as pw:
        browser = await pw.chromium.launch(
            executable_path=str(CHROMIUM), args=media_args(video, audio)
        )
        try:
            yield browser
        finally:
            await browser.close()


class VideoPeer:
    """One page of the harness. Create with ``await VideoPeer.open(browser)``."""

    def __init__(self, context, page):
        self.context, self.page = context, page
        self.errors: list[str] = []
        self.offer_created_at = 0.0  # time.time() of the browser's createOffer()
        page.on("pageerror", lambda exc: self.errors.append(str(exc)))

    @classmethod
    async def open(cls, browser) -> VideoPeer:
        context = await browser.new_context()
        page = await context.new_page()
        page.set_default_timeout(10_000)
        html = HARNESS.read_text()
        await page.route(
            HARNESS_URL, lambda route: route.fulfill(body=html, content_type="text/html")
        )
        await page.goto(HARNESS_URL)
        return cls(context, page)

    async def offer(
        self,
        ice_servers: Iterable[dict] = (),
        *,
        video: bool = True,
        receive_video: bool = True,
        width: int = 640,
        height: int = 480,
        fps: int = 15,
    ) -> str:
        """The browser's complete offer (every candidate gathered)."""
        want = {
            "video": video,
            "receiveVideo": receive_video,
            "width": width,
            "height": height,
            "fps": fps,
        }
        result = await self.page.evaluate(
            "([config, want]) => peer.offer(config, want)",
            [{"iceServers": list(ice_servers)}, want],
        )
        self.offer_created_at = result["offerCreatedAt"] / 1000.0
        return result["sdp"]

    async def accept(self, answer_sdp: str) -> None:
        await self.page.evaluate("(sdp) => peer.accept(sdp)", answer_sdp)

    async def state(self) -> str:
        return await self.page.evaluate("peer.state()")

    async def remote_kinds(self) -> list[str]:
        return await self.page.evaluate("peer.remoteKinds()")

    async def remote_colour(self) -> dict | None:
        return await self.page.evaluate("peer.remoteColour()")

    async def remote_audio(self) -> tuple[np.ndarray, int] | None:
        result = await self.page.evaluate("peer.remoteAudio()")
        if result is None:
            return None
        return np.asarray(result["samples"], dtype=np.float64), int(result["rate"])

    async def wait_for(self, check, timeout: float = 10.0, interval: float = 0.1):
        """Poll ``await check()`` until it returns something truthy; that value."""
        deadline = time.monotonic() + timeout
        while True:
            value = await check()
            if value:
                return value
            if time.monotonic() > deadline:
                raise AssertionError(f"{check} still false after {timeout} s")
            await asyncio.sleep(interval)

    async def close_peer_connection(self) -> None:
        await self.page.evaluate("peer.close()")

    async def close(self) -> None:
        with contextlib.suppress(Exception):
            await self.context.close()
