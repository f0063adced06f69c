"""Video calls: the agent app's CPU per call and the call set-up time, against Chromium.

    .venv/bin/python bench/video_call.py [--fps 15,30] [--hold 15] [--calls 20]
                                         [--content moving|solid] [--codec VP8]

The agent side runs in a process of its own, as in the app: a ``VideoCallService`` on a
qasync loop (Qt offscreen), sending a 640x480 test picture and a tone, turning every
received frame into a QImage (what the video pane paints) and keeping the sound in a
tap (no speaker device here). The citizen is headless Chromium whose fake camera plays a
640x480 Y4M at the same frame rate; signalling is this script's (stdin/stdout of the
agent process, ``page.evaluate`` on the citizen's side). ICE: host candidates only.

- **CPU** of the agent process, in % of one core, over ``--hold`` seconds of a call at
  each frame rate, in four shapes: both directions (the real call), receiving only (the
  agent sends no picture: a voice call answering a video offer), sending only (the
  citizen sends no picture) and sound only both ways (the floor: Opus, SRTP, the loop).
  Also the agent process idle (no call) and the citizen's browser, for scale. ``--content moving`` (default): both pictures move and carry some
  noise, as a camera does (``solid`` would flatter the encoder).
- **Set-up**: ``--calls`` calls one after the other, each from a fresh page: the
  browser's ``createOffer()`` → the first decoded frame of the citizen's picture on the
  agent's side (same clock, same machine), split into ICE gathering in the browser
  (offer created → offer with every candidate), the agent's answer, and answer → first
  frame (ICE, DTLS, the first key frame).

Everything it starts (the agent process, the browser) is stopped however it ends.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import math
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np
import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

WIDTH, HEIGHT = 640, 480
CITIZEN_HZ = 440.0
AGENT_HZ = 880.0


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, math.ceil(q / 100 * len(values)) - 1)]


def moving_pictures(count: int, seed: int) -> list[np.ndarray]:
    """``count`` RGB frames: colour bars scrolling, a square crossing, sensor-like noise."""
    from agent_app.video.sources import pattern_rgb

    rng = np.random.default_rng(seed)
    bars = pattern_rgb((0, 0, 0), WIDTH, HEIGHT, "bars").astype(np.int16)
    frames = []
    for i in range(count):
        rgb = np.roll(bars, i * 8, axis=1)
        x = (i * 20) % (WIDTH - 120)
        rgb[180:300, x : x + 120] = (250, 250, 250)
        rgb = rgb + rng.integers(-6, 7, size=rgb.shape, dtype=np.int16)
        frames.append(np.clip(rgb, 0, 255).astype(np.uint8))
    return frames


# -------------------------------------------------------------- the agent's process


def worker_main(args: argparse.Namespace) -> None:
    """The agent side: commands on stdin, events on stdout, one JSON object a line."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import qasync
    from PySide6.QtWidgets import QApplication

    import softphone  # noqa: F401 - the PySide6 refcount work-around, as in the app
    from agent_app.video.service import VideoCallService
    from agent_app.video.sources import PatternMedia, PatternVideoTrack, rgb_to_yuv420p

    app = QApplication([])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    pictures = (
        [rgb_to_yuv420p(p) for p in moving_pictures(30, seed=1)]
        if args.content == "moving"
        else None
    )

    class MovingPictureTrack(PatternVideoTrack):
        async def recv(self):
            self._yuv = pictures[self.frames_sent % len(pictures)]
            return await super().recv()

    def media(video: bool) -> PatternMedia:
        m = PatternMedia((30, 60, 200), AGENT_HZ, video=video, fps=args.fps)
        if video and pictures is not None:
            m.video_track = MovingPictureTrack(fps=args.fps)
        return m

    def say(**event) -> None:
        print(json.dumps(event), flush=True)

    service = VideoCallService(
        media_factory=media, speaker=False, tap_seconds=2.0, video_codec=args.codec
    )
    first: list[float] = []
    sizes: list[tuple[int, int]] = []

    def on_frame(image) -> None:
        if not first:
            first.append(time.time())
            say(event="first_frame", at=first[0])
        sizes[:] = [(image.width(), image.height())]

    service.frame_ready.connect(on_frame)
    service.ended.connect(lambda reason: say(event="ended", reason=reason))

    commands: asyncio.Queue[dict] = asyncio.Queue()

    def read_stdin() -> None:
        for line in sys.stdin:
            loop.call_soon_threadsafe(commands.put_nowait, json.loads(line))
        loop.call_soon_threadsafe(commands.put_nowait, {"cmd": "quit"})

    threading.Thread(target=read_stdin, daemon=True).start()

    async def serve() -> None:
        while True:
            command = await commands.get()
            cmd = command["cmd"]
            if cmd == "answer":
                first.clear()
                sizes.clear()
                received = time.time()
                answer = await service.answer(command["offer"], [], video=command["video"])
                say(event="answer", sdp=answer, received=received, answered=time.time())
            elif cmd == "stats":
                session = service.session
                say(
                    event="stats",
                    frames_shown=service.frames_shown,
                    audio_frames=session.audio_frames_received if session else 0,
                    size=sizes[0] if sizes else None,
                )
            elif cmd == "hangup":
                await service.close()
                say(event="hung_up")
            elif cmd == "quit":
                await service.close()
                return

    with loop:
        loop.run_until_complete(serve())


class AgentProcess:
    """The worker, spoken to over its stdin/stdout."""

    def __init__(self, fps: int, content: str, codec: str):
        self.proc = subprocess.Popen(
            [sys.executable, __file__, "--worker", "--fps", str(fps)]
            + ["--content", content, "--codec", codec],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
        )
        self.ps = psutil.Process(self.proc.pid)
        self.events: asyncio.Queue[dict] = asyncio.Queue()
        loop = asyncio.get_running_loop()

        def read() -> None:
            for line in self.proc.stdout:
                if line.startswith("{"):
                    loop.call_soon_threadsafe(self.events.put_nowait, json.loads(line))

        threading.Thread(target=read, daemon=True).start()

    def send(self, **command) -> None:
        self.proc.stdin.write(json.dumps(command) + "\n")
        self.proc.stdin.flush()

    async def expect(self, event: str, timeout: float = 15.0) -> dict:
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0 or self.proc.poll() is not None:
                raise RuntimeError(f"the agent process never said {event!r}")
            try:
                got = await asyncio.wait_for(self.events.get(), left)
            except TimeoutError:
                continue
            if got["event"] == event:
                return got

    def cpu_seconds(self) -> float:
        t = self.ps.cpu_times()
        return t.user + t.system

    def stop(self) -> None:
        if self.proc.poll() is None:
            with contextlib.suppress(OSError, ValueError):
                self.send(cmd="quit")
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)


# --------------------------------------------------------------------- the citizen


def write_moving_y4m(path: Path, fps: int, content: str) -> Path:
    from agent_app.video.sources import rgb_to_yuv420p

    count = fps  # one second, looped by Chromium
    if content == "moving":
        pictures = moving_pictures(count, seed=2)
    else:
        pictures = [np.full((HEIGHT, WIDTH, 3), (200, 30, 30), dtype=np.uint8)] * count
    with open(path, "wb") as f:
        f.write(f"YUV4MPEG2 W{WIDTH} H{HEIGHT} F{fps}:1 Ip A1:1 C420jpeg\n".encode())
        for rgb in pictures:
            f.write(b"FRAME\n" + rgb_to_yuv420p(rgb).tobytes())
    return path


@contextlib.asynccontextmanager
async def citizen_browser(directory: Path, fps: int, content: str):
    from playwright.async_api import async_playwright

    from shared.tones import write_tone_wav
    from tests.browser.conftest import CHROMIUM
    from tests.support.video_peer import media_args

    video = write_moving_y4m(directory / f"citizen-{fps}.y4m", fps, content)
    audio = write_tone_wav(directory / "citizen.wav", CITIZEN_HZ, 10.0, rate=48000)
    async with async_playwright() as pw:
        browser = await pw.chromium.launch(
            executable_path=str(CHROMIUM), args=media_args(video, audio)
        )
        try:
            yield browser
        finally:
            await browser.close()


def browser_processes(marker: str) -> list[psutil.Process]:
    found = []
    for proc in psutil.process_iter(["name", "cmdline"]):
        with contextlib.suppress(psutil.Error):
            if "chrom" in (proc.info["name"] or "") and any(
                marker in part for part in proc.info["cmdline"] or ()
            ):
                found.append(proc)
                found += proc.children(recursive=True)
    return list({p.pid: p for p in found}.values())


def cpu_of(procs: list[psutil.Process]) -> float:
    total = 0.0
    for p in procs:
        with contextlib.suppress(psutil.Error):
            t = p.cpu_times()
            total += t.user + t.system
    return total


# ------------------------------------------------------------------------ the runs


async def call(
    agent: AgentProcess,
    browser,
    *,
    fps: int,
    agent_video: bool,
    citizen_video: bool,
    receive_video: bool = True,
):
    """One call up to the agent's first frame (or first audio); (peer, timings)."""
    from tests.support.video_peer import VideoPeer

    peer = await VideoPeer.open(browser)
    try:
        started = time.time()
        offer = await peer.offer(video=citizen_video, receive_video=receive_video, fps=fps)
        offered = time.time()
        agent.send(cmd="answer", offer=offer, video=agent_video)
        answer = await agent.expect("answer")
        await peer.accept(answer["sdp"])
        timings = {
            "offer_created": peer.offer_created_at,
            "offer_ready": offered,
            "answered": answer["answered"],
            "started": started,
        }
        if citizen_video:
            first = await agent.expect("first_frame")
            timings["first_frame"] = first["at"]
        return peer, timings
    except BaseException:
        await peer.close()
        raise


async def hang_up(agent: AgentProcess, peer) -> None:
    agent.send(cmd="hangup")
    await agent.expect("hung_up")
    await peer.close()


async def cpu_run(args, directory: Path, fps: int) -> list[dict]:
    rows = []
    agent = AgentProcess(fps, args.content, args.codec)
    try:
        async with citizen_browser(directory, fps, args.content) as browser:
            await asyncio.sleep(2.0)  # the agent process has started and settled
            c0, t0 = agent.cpu_seconds(), time.monotonic()
            await asyncio.sleep(3.0)
            idle = (agent.cpu_seconds() - c0) / (time.monotonic() - t0) * 100
            rows.append({"fps": fps, "shape": "agent idle (no call)", "agent_cpu": idle})
            marker = f"citizen-{fps}.y4m"
            for shape, agent_video, citizen_video in (
                ("both directions", True, True),
                ("agent receives only", False, True),
                ("agent sends only", True, False),
                ("sound only, both ways", False, False),
            ):
                peer, _ = await call(
                    agent,
                    browser,
                    fps=fps,
                    agent_video=agent_video,
                    citizen_video=citizen_video,
                    receive_video=agent_video,
                )
                try:
                    await asyncio.sleep(3.0)  # past the first key frames and bitrate ramp
                    procs = browser_processes(marker)
                    agent.send(cmd="stats")
                    s0 = await agent.expect("stats")
                    c0, b0, t0 = agent.cpu_seconds(), cpu_of(procs), time.monotonic()
                    colour0 = await peer.remote_colour()
                    await asyncio.sleep(args.hold)
                    elapsed = time.monotonic() - t0
                    cpu = (agent.cpu_seconds() - c0) / elapsed * 100
                    browser_cpu = (cpu_of(procs) - b0) / elapsed * 100
                    colour1 = await peer.remote_colour()
                    agent.send(cmd="stats")
                    s1 = await agent.expect("stats")
                finally:
                    await hang_up(agent, peer)
                sent_fps = (
                    (colour1["frames"] - colour0["frames"]) / elapsed
                    if agent_video and colour0 and colour1
                    else None
                )
                rows.append(
                    {
                        "fps": fps,
                        "shape": shape,
                        "agent_cpu": cpu,
                        "received_fps": (s1["frames_shown"] - s0["frames_shown"]) / elapsed,
                        "received_size": s1["size"],
                        "browser_shows_fps": sent_fps,
                        "browser_cpu": browser_cpu,
                    }
                )
                print(json.dumps(rows[-1]), flush=True)
    finally:
        agent.stop()
    return rows


async def setup_run(args, directory: Path) -> dict:
    fps = 15
    agent = AgentProcess(fps, args.content, args.codec)
    samples: list[dict] = []
    try:
        async with citizen_browser(directory, fps, args.content) as browser:
            for _ in range(args.calls):
                peer, t = await call(agent, browser, fps=fps, agent_video=True, citizen_video=True)
                await hang_up(agent, peer)
                samples.append(t)
    finally:
        agent.stop()

    def ms(key_from: str, key_to: str) -> list[float]:
        return [(s[key_to] - s[key_from]) * 1000 for s in samples]

    parts = {
        "offer created -> first frame": ms("offer_created", "first_frame"),
        "  ICE gathering in the browser": ms("offer_created", "offer_ready"),
        "  agent answers": ms("offer_ready", "answered"),
        "  answer -> first frame": ms("answered", "first_frame"),
    }
    return {
        name: {"p50": pct(v, 50), "p99": pct(v, 99), "max": max(v)} for name, v in parts.items()
    }


async def main(args: argparse.Namespace) -> int:
    with tempfile.TemporaryDirectory(prefix="video-bench-") as tmp:
        directory = Path(tmp)
        rows: list[dict] = []
        for fps in args.fps:
            rows += await cpu_run(args, directory, fps)
        setup = await setup_run(args, directory) if args.calls else {}

    print(f"\nCPU of the agent process, % of one core ({args.content} pictures, {args.codec}):")
    print("| fps | call | agent CPU | received fps (size) | browser shows fps | browser CPU |")
    print("| --- | --- | --- | --- | --- | --- |")
    for r in rows:
        if "received_fps" not in r:
            print(f"| {r['fps']} | {r['shape']} | {r['agent_cpu']:.1f} % | | | |")
            continue
        size = "x".join(map(str, r["received_size"])) if r["received_size"] else "-"
        shown = f"{r['browser_shows_fps']:.1f}" if r["browser_shows_fps"] is not None else "-"
        received = f"{r['received_fps']:.1f} ({size})" if r["received_size"] else "-"
        print(
            f"| {r['fps']} | {r['shape']} | {r['agent_cpu']:.1f} % | {received} | {shown} "
            f"| {r['browser_cpu']:.0f} % |"
        )
    if setup:
        print(f"\nSet-up over {args.calls} calls (ms):")
        for name, v in setup.items():
            print(f"  {name:32} p50 {v['p50']:7.1f}  p99 {v['p99']:7.1f}  max {v['max']:7.1f}")
    return 0


async def guarded(args: argparse.Namespace) -> int:
    """``main``, cancelled by SIGINT or SIGTERM so that its clean-up runs either way."""
    loop, task = asyncio.get_running_loop(), asyncio.current_task()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, task.cancel)
    try:
        return await main(args)
    except asyncio.CancelledError:
        print("interrupted: the agent process and the browser were stopped", file=sys.stderr)
        return 130


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument(
        "--fps", type=lambda s: [int(x) for x in s.split(",")], default=[15, 30], help="15,30"
    )
    ap.add_argument("--hold", type=float, default=15.0, help="seconds measured per call")
    ap.add_argument("--calls", type=int, default=20, help="calls timed for the set-up")
    ap.add_argument("--content", choices=("moving", "solid"), default="moving")
    ap.add_argument("--codec", choices=("VP8", "H264"), default="VP8")
    ap.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parsed = ap.parse_args()
    if parsed.worker:
        parsed.fps = parsed.fps[0]
        worker_main(parsed)
    else:
        sys.exit(asyncio.run(guarded(parsed)))
