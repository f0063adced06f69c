"""Concurrent bridged and recorded phone conversations through the real switch.

    .venv/bin/python bench/calls.py [--steps 5,10,20,30,40,50] [--hold 20] [--rate 2]
                                    [--quick] [--all] [--keep DIR]

For each N of ``--steps`` (a fresh server each time; the ramp stops at the first step
with audible gaps or failed calls, unless ``--all``): seeds N agent users (skill
``permits``), starts ``cc-server --demo`` with its front door and N+2 rooms (N spare, all
started before the first call), N agents with softphones (``shared.demo.phone_agent``,
four per pjsua2 process) playing a 1,000 Hz tone and recording what they hear, and N
citizens (``shared.demo.phone_citizens``, four per process) who dial the front door at
``--rate`` calls per second in all, press 1 (topic "permits") after 1 s of the menu,
play a 700 Hz tone and record what they hear. Once all N conversations are bridged, each is held
for ``--hold`` seconds, then the citizens hang up.

Measured:

- set-up, in two parts, because the caller's own menu choice sits between them:
  *door→answer*: the citizen sends its INVITE to the front door → the room's 200 OK after
  the 302 (the citizen's ``DIALING`` → ``CONFIRMED``); *digit→ring*: the citizen sends
  its menu digit → the agent's phone rings (``DTMF at=`` → the agent's ``RINGING at=``;
  routing, the offer, the room's INVITE to the softphone). Their sum is the switch's share
  of "INVITE at the front door to the agent's phone ringing". Same clock, same machine.
- CPU while all N are talking (the ``--hold`` window): the switch (server process plus
  every room process) per conversation, in % of one core; the bots (agent and citizen
  processes) per conversation; and the whole machine, in % of its cores.
- audio continuity, in three recordings per call: what the agent heard (the citizen's
  700 Hz), what the citizen heard (the agent's 1,000 Hz) and the server's own recording
  (both). The tone's amplitude is measured in 10 ms windows over the connected part; a gap
  is a run of windows 20 dB or more below the median (its length includes the silent
  share of the window on either side, judged by their amplitude). Reported: gaps per
  minute of audio, and the longest; "audible" = 40 ms or longer. pjsua's packet-loss
  concealment repeats the last pitch period for short losses, so a lost packet or two may
  not show as a gap: the citizens' RTP statistics (lost, jitter-buffer discards) are
  reported next to it.

The agents are the demo phone agent, each process with its own RTP port range and, like
the rooms and the citizens, without pjsua's voice activity detection (it would cut a
steady tone). Audible gaps are listed with their wall-clock
time: gaps in many calls at the same instant are the machine stalling, not one room.

Every process runs on this machine: the bots (pjsua2 endpoints themselves, about as
costly per call as a room) compete with the switch for the same cores, so the largest N
found here understates what the switch alone sustains.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import math
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from shared.tones import read_wav, write_tone_wav  # noqa: E402

PASSWORD = "bench-pass"
AGENT_HZ = 1000.0
CITIZEN_HZ = 700.0
WINDOW = 0.010  # seconds per analysis window (both tones have whole cycles in it)
GAP_DB = 20.0  # a window this far below the median is silent
AUDIBLE_MS = 40.0
SETUP_TARGET_MS = 300.0  # the target for the set-up p99
PER_PROCESS = 4  # calls per pjsua2 endpoint
RATE = 8000
CITIZEN_RTP = 10000  # bots' RTP ports stay below ServerProcess's room ranges (20000+)
AGENT_RTP = 15000


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, math.ceil(q / 100 * len(values)) - 1)]


# ---------------------------------------------------------------------- processes


class Bot:
    """A bot process whose stdout lines are kept with the time they arrived."""

    def __init__(self, args: list[str], name: str) -> None:
        self.name = name
        self.proc = subprocess.Popen(
            args,
            cwd=ROOT,
            env=dict(os.environ, PYTHONUNBUFFERED="1"),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.lines: list[tuple[float, str]] = []
        self.stderr: list[str] = []
        self._lock = threading.Lock()
        threading.Thread(target=self._read, daemon=True).start()
        threading.Thread(target=self._drain, daemon=True).start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            with self._lock:
                self.lines.append((time.time(), line.rstrip("\n")))

    def _drain(self) -> None:
        for line in self.proc.stderr:
            self.stderr.append(line)

    def events(self, prefix: str) -> list[tuple[float, dict[str, str]]]:
        with self._lock:
            lines = list(self.lines)
        return [(t, fields(line)) for t, line in lines if line.startswith(prefix + " ")] + [
            (t, {}) for t, line in lines if line == prefix
        ]

    def count(self, prefix: str) -> int:
        return len(self.events(prefix))

    def terminate(self, timeout: float = 15.0) -> int | None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(5)
            return None


def fields(line: str) -> dict[str, str]:
    out = {}
    for part in line.split()[1:]:
        key, sep, value = part.partition("=")
        if sep:
            out[key] = value
    return out


def wait_until(predicate, timeout: float, step: float = 0.1) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(step)
    return bool(predicate())


# ---------------------------------------------------------------------- CPU


@dataclass
class CpuSnap:
    at: float
    procs: dict[int, tuple[str, float]]  # pid -> (role, user+system seconds)
    machine: psutil._common.scputimes


def cpu_snapshot(server_pid: int, bots: list[Bot]) -> CpuSnap:
    procs: dict[int, tuple[str, float]] = {}
    try:
        server = psutil.Process(server_pid)
        kids = server.children(recursive=True)
    except psutil.NoSuchProcess:
        server, kids = None, []
    pairs = [(server, "server")] if server else []
    for kid in kids:
        try:
            role = "room" if "shared.switch.room" in " ".join(kid.cmdline()) else "server"
        except psutil.Error:
            continue
        pairs.append((kid, role))
    for bot in bots:
        with contextlib.suppress(psutil.Error):
            pairs.append((psutil.Process(bot.proc.pid), bot.name))
    for proc, role in pairs:
        with contextlib.suppress(psutil.Error):
            t = proc.cpu_times()
            procs[proc.pid] = (role, t.user + t.system)
    return CpuSnap(time.time(), procs, psutil.cpu_times())


def cpu_between(a: CpuSnap, b: CpuSnap) -> dict[str, float]:
    """CPU seconds per role between two snapshots (new processes count from zero)."""
    used: dict[str, float] = {}
    for pid, (role, seconds) in b.procs.items():
        before = a.procs.get(pid, (role, 0.0))[1]
        used[role] = used.get(role, 0.0) + max(0.0, seconds - before)
    total_a, total_b = sum(a.machine), sum(b.machine)
    idle = (b.machine.idle - a.machine.idle) + (
        getattr(b.machine, "iowait", 0) - getattr(a.machine, "iowait", 0)
    )
    used["machine_busy_fraction"] = 1.0 - idle / max(1e-9, total_b - total_a)
    return used


# ---------------------------------------------------------------------- audio


def tone_amplitude(samples: np.ndarray, rate: int, freq: float) -> np.ndarray:
    """The tone's amplitude in consecutive ``WINDOW`` windows (a one-bin DFT each)."""
    size = int(round(rate * WINDOW))
    count = len(samples) // size
    if count == 0:
        return np.zeros(0)
    frames = samples[: count * size].reshape(count, size)
    t = np.arange(size) / rate
    return np.abs(frames @ np.exp(-2j * np.pi * freq * t)) * 2 / size


@dataclass
class Continuity:
    seconds: float = 0.0
    gaps: list[float] = field(default_factory=list)  # ms of each gap
    files: int = 0
    missing_tone: int = 0  # files where the tone never came through
    where: list[str] = field(default_factory=list)  # audible gaps: "<wall clock> <file>"

    def add(
        self, samples: np.ndarray, rate: int, freq: float, label: str = "", t0: float = 0.0
    ) -> None:
        """``t0``: the wall-clock time of ``samples[0]`` (to line gaps up with logs)."""
        self.files += 1
        amp = tone_amplitude(samples, rate, freq)
        if amp.size == 0:
            return
        median = float(np.median(amp))
        if median < 1e-3:  # no tone at all in the connected part
            self.missing_tone += 1
            self.seconds += amp.size * WINDOW
            return
        low = amp < median * 10 ** (-GAP_DB / 20)
        # a gap's length: its silent windows, plus the silent share of the two windows
        # around it (a window's amplitude falls with the share of it that has no tone)
        missing = np.clip(1.0 - amp / median, 0.0, 1.0)
        i = 0
        while i < low.size:
            if not low[i]:
                i += 1
                continue
            j = i
            while j < low.size and low[j]:
                j += 1
            edges = (missing[i - 1] if i > 0 else 0.0) + (missing[j] if j < low.size else 0.0)
            self.gaps.append(float(j - i + edges) * WINDOW * 1000)
            if self.gaps[-1] >= AUDIBLE_MS - 2:
                at = time.strftime("%H:%M:%S", time.localtime(t0 + i * WINDOW))
                frac = f"{(t0 + i * WINDOW) % 1:.2f}"[1:]
                self.where.append(f"{at}{frac} {self.gaps[-1]:.0f} ms {label}")
            i = j
        self.seconds += amp.size * WINDOW

    @property
    def audible(self) -> int:
        return sum(1 for g in self.gaps if g >= AUDIBLE_MS - 2)  # 2 ms: estimation slack

    def summary(self) -> str:
        minutes = max(self.seconds / 60, 1e-9)
        longest = max(self.gaps, default=0.0)
        missing = f", {self.missing_tone} without the tone" if self.missing_tone else ""
        return (
            f"{self.files} files, {self.seconds / 60:.1f} min: {len(self.gaps) / minutes:.1f}"
            f" gaps/min, {self.audible} ≥{AUDIBLE_MS:.0f} ms, longest {longest:.0f} ms{missing}"
        )


def clip(path: Path, start: float, end_trim: float) -> tuple[np.ndarray, int, float]:
    """The samples from ``start`` s to ``end_trim`` s before the end, their rate and the
    wall-clock time of the first (the file ended when it was last written)."""
    samples, rate = read_wav(path)
    a = int(start * rate)
    b = max(a, len(samples) - int(end_trim * rate))
    began = path.stat().st_mtime - len(samples) / rate
    return samples[a:b], rate, began + a / rate


# ---------------------------------------------------------------------- one step


async def seed_users(data_dir: Path, n: int) -> list[str]:
    from shared.demo import data
    from shared.server import auth
    from shared.server.sql import users as sql_users
    from shared.server.store import Store

    data_dir.mkdir(parents=True, exist_ok=True)
    store = Store(data_dir / "cc.db")
    await store.open()
    try:
        for topic_id, name, dept in data.TOPICS:
            await store.write(sql_users.upsert_topic, topic_id, name, dept)
        pw = auth.hash_password(PASSWORD)
        users = [f"bench{i:03d}" for i in range(n)]
        for user in users:
            await store.write(sql_users.add_user, user, user, "agent", pw, {"permits": 3})
    finally:
        await store.close()
    return users


def rooms_ready(server, n: int) -> bool:
    text = server.log()
    ready = [int(x) for x in re.findall(r"room pool: (\d+) ready", text)]
    if ready and ready[-1] >= n:
        return True
    try:
        kids = psutil.Process(server.proc.pid).children()
    except psutil.Error:
        return False
    rooms = [k for k in kids if "shared.switch.room" in " ".join(k.cmdline())]
    return len(rooms) >= n


def split(total: int, size: int) -> list[int]:
    """``total`` calls as per-process counts of at most ``size``."""
    procs = math.ceil(total / size)
    base, extra = divmod(total, procs)
    return [base + (1 if i < extra else 0) for i in range(procs)]


def run_step(n: int, args, work: Path, tones: tuple[str, str]) -> dict:
    from tests.support.server import ServerProcess

    step_dir = work / f"n{n:03d}"
    data_dir = step_dir / "cc-data"
    users = asyncio.run(seed_users(data_dir, n))
    # every simulated citizen calls from 127.0.0.1: a trunk, as far as the limits go
    server = ServerProcess(
        data_dir,
        telephony=True,
        rooms=n + 2,
        rooms_spare=n,
        config='sip_trusted_networks = ["127.0.0.0/8"]\n',
    )
    result: dict = {"n": n, "load_before": os.getloadavg()[0]}
    bots: list[Bot] = []
    agents: list[Bot] = []
    citizens: list[Bot] = []
    try:
        t_start = time.monotonic()
        server.start(timeout=60 + n)
        if not wait_until(lambda: rooms_ready(server, n), 30 + n):
            print(f"  only some rooms started: {server.log()[-500:]}")
        time.sleep(1.0)  # let the last rooms settle
        result["server_start_s"] = time.monotonic() - t_start
        agent_tone, citizen_tone = tones
        for i, count in enumerate(split(n, PER_PROCESS)):
            mine = users[sum(split(n, PER_PROCESS)[:i]) :][:count]
            argv = [sys.executable, "-m", "shared.demo.phone_agent"]
            argv += ["--rtp-port", str(AGENT_RTP + 100 * i)]
            argv += ["--url", server.url, "--password", PASSWORD]
            for user in mine:
                argv += ["--user", user]
            argv += ["--play", agent_tone, "--record-dir", str(step_dir / "agents")]
            argv += ["--answer-after", "0.2", "--wrapup-after", "0.5", "--talk", "0"]
            agents.append(Bot(argv, "agents"))
        if not wait_until(lambda: all(a.count("READY") for a in agents), 30 + n):
            raise RuntimeError(
                "agents not ready: " + "".join(a.stderr[-1] for a in agents if a.stderr)
            )
        counts = split(n, PER_PROCESS)
        interval = len(counts) / args.rate
        for i, count in enumerate(counts):
            argv = [sys.executable, "-m", "shared.demo.phone_citizens"]
            argv += ["--target", f"sip:city@127.0.0.1:{server.sip_port}"]
            argv += ["--calls", str(count), "--concurrent", str(count)]
            argv += ["--interval", f"{interval:.3f}", "--digit-choices", "1"]
            argv += ["--dtmf-delay", "1.0", "--play", citizen_tone, "--max-call", "0"]
            argv += ["--record-dir", str(step_dir / "citizens" / str(i))]
            argv += ["--number-pool", "0", "--number-start", str(700000000 + 1000 * i)]
            argv += ["--rtp-port", str(CITIZEN_RTP + 100 * i), "--rtp-port-range", "100"]
            argv += ["--seed", str(i)]
            citizens.append(Bot(argv, "citizens"))
        bots = agents + citizens

        def answered() -> int:
            return sum(a.count("ANSWERED") for a in agents)

        ramp = n / args.rate
        wait_until(lambda: answered() >= n, ramp + 30, 0.05)
        result["answered"] = answered()
        all_in = time.time()
        snap_a = cpu_snapshot(server.proc.pid, bots)
        # the machine's busiest second of the hold (other work on a shared machine shows)
        psutil.cpu_percent()
        busiest = 0.0
        while time.time() - snap_a.at < args.hold - 0.5:
            time.sleep(1.0)
            busiest = max(busiest, psutil.cpu_percent())
        result["busiest_second"] = busiest
        time.sleep(max(0.0, args.hold - (time.time() - snap_a.at)))
        snap_b = cpu_snapshot(server.proc.pid, bots)
        result["load_during"] = os.getloadavg()[0]
        result["cpu"] = cpu_between(snap_a, snap_b)
        result["window"] = snap_b.at - snap_a.at
        result["top"] = top_processes(snap_a, snap_b)
        result["all_in"] = all_in
        for c in citizens:
            c.terminate()
        wait_until(lambda: sum(a.count("ENDED") for a in agents) >= result["answered"], 10)
        wait_until(lambda: sum(a.count("WRAPPED") for a in agents) >= result["answered"], 5)
    finally:
        for bot in citizens + agents:
            bot.terminate()
        server.stop()
    result.update(analyse(n, step_dir, data_dir, agents, citizens))
    result["server_errors"] = [
        line for line in server.log().splitlines() if " ERROR " in line or "Traceback" in line
    ][:5]
    return result


def top_processes(a: CpuSnap, b: CpuSnap, count: int = 6) -> list[tuple[str, int, float]]:
    window = b.at - a.at
    rows = []
    for pid, (role, seconds) in b.procs.items():
        before = a.procs.get(pid, (role, 0.0))[1]
        rows.append((role, pid, 100 * (seconds - before) / window))
    return sorted(rows, key=lambda r: -r[2])[:count]


def analyse(n, step_dir: Path, data_dir: Path, agents: list[Bot], citizens: list[Bot]) -> dict:
    out: dict = {}
    # set-up times, per call
    dialing = {}  # number -> (dial at, confirmed at, dtmf at, citizen recording)
    stats = []
    for i, bot in enumerate(citizens):
        by_n: dict[str, dict] = {}
        for _t, f in bot.events("DIALING"):
            by_n[f["n"]] = {"number": f["number"], "dial": float(f["at"])}
        for _t, f in bot.events("CONFIRMED"):
            by_n.setdefault(f["n"], {})["confirmed"] = float(f["at"])
        for _t, f in bot.events("DTMF"):
            by_n.setdefault(f["n"], {})["dtmf"] = float(f["at"])
        for _t, f in bot.events("STATS"):
            stats.append(f)
        for nn, call in by_n.items():
            if "number" in call:
                call["record"] = (
                    step_dir / "citizens" / str(i) / f"call-{int(nn):04d}-{call['number']}.wav"
                )
                dialing[call["number"]] = call
    con = sqlite3.connect(data_dir / "cc.db")
    caller_of = dict(con.execute("SELECT id, caller FROM interactions WHERE channel = 'voice'"))
    recordings = dict(
        con.execute("SELECT interaction_id, path FROM recordings WHERE state != 'deleted'")
    )
    con.close()
    ringing, answered_at = {}, {}
    for bot in agents:
        for _t, f in bot.events("RINGING"):
            ringing.setdefault(f["interaction"], float(f["at"]))
        for t, f in bot.events("ANSWERED"):
            answered_at.setdefault(f["interaction"], t)
    door, ring, total = [], [], []
    for iid, rang in ringing.items():
        call = dialing.get(caller_of.get(iid, ""))
        if not call or "confirmed" not in call or "dtmf" not in call:
            continue
        door.append(1000 * (call["confirmed"] - call["dial"]))
        ring.append(1000 * (rang - call["dtmf"]))
        total.append(door[-1] + ring[-1])
    out["setup"] = {"door": door, "ring": ring, "total": total}
    out["dialled"] = len(dialing)
    # audio continuity: trim the switch-over to talk mode and the hang-up
    heard_by_agent, heard_by_citizen, server_rec = Continuity(), Continuity(), Continuity()
    for iid, answered in answered_at.items():
        number = caller_of.get(iid, "")
        path = step_dir / "agents" / f"{iid}.wav"
        if path.exists():
            samples, rate, t0 = clip(path, 0.5, 0.5)
            heard_by_agent.add(samples, rate, CITIZEN_HZ, f"agent {iid} ({number})", t0)
        call = dialing.get(number)
        if call and call.get("record") and call["record"].exists() and "confirmed" in call:
            start = max(0.0, answered - call["confirmed"] + 0.5)
            samples, rate, t0 = clip(call["record"], start, 0.5)
            heard_by_citizen.add(samples, rate, AGENT_HZ, f"citizen {number}", t0)
        rel = recordings.get(iid)
        if rel:
            samples, rate, t0 = clip(data_dir / "recordings" / rel, 0.5, 0.5)
            server_rec.add(samples, rate, CITIZEN_HZ, f"server {iid} citizen", t0)
            server_rec.add(samples, rate, AGENT_HZ, f"server {iid} agent", t0)
    out["audio"] = {"agent": heard_by_agent, "citizen": heard_by_citizen, "server": server_rec}
    out["rtp"] = {
        key: sum(int(s.get(key, 0)) for s in stats)
        for key in ("rx_packets", "lost", "discarded", "jb_lost", "jb_discarded", "jb_empty")
    }
    out["rtp"]["jitter_max_ms"] = max((float(s["jitter_max_ms"]) for s in stats), default=0.0)
    out["rtp"]["calls"] = len(stats)
    return out


# ---------------------------------------------------------------------- report


def report(r: dict, cores: int) -> None:
    n, cpu, window = r["n"], r.get("cpu", {}), r.get("window", 1.0)
    print(f"\n== N = {n}: {r.get('answered', 0)}/{n} answered ==")
    s = r["setup"]
    for key, label in (
        ("door", "door→answer"),
        ("ring", "digit→ring"),
        ("total", "switch share"),
    ):
        values = s[key]
        if values:
            print(
                f"  {label:<13} p50 {pct(values, 50):6.1f} ms  p99 {pct(values, 99):6.1f} ms"
                f"  max {max(values):6.1f} ms  (n={len(values)})"
            )
    if cpu:
        switch = cpu.get("server", 0) + cpu.get("room", 0)
        bots = cpu.get("agents", 0) + cpu.get("citizens", 0)
        print(
            f"  CPU over {window:.0f} s, % of one core: switch {100 * switch / window:.0f}"
            f" (server {100 * cpu.get('server', 0) / window:.0f}, rooms"
            f" {100 * cpu.get('room', 0) / window:.0f}) = {100 * switch / window / n:.2f}"
            f" per conversation; bots {100 * bots / window:.0f} ="
            f" {100 * bots / window / n:.2f} per conversation;"
            f" machine busy {100 * cpu['machine_busy_fraction']:.0f} % of {cores} cores"
            f" (busiest second {r.get('busiest_second', 0):.0f} %), of which"
            f" {others(r, cores):.0f} % of a core neither switch nor bots"
        )
        print(
            "  top processes: "
            + ", ".join(f"{role}[{pid}] {p:.0f}%" for role, pid, p in r.get("top", []))
        )
    for key, c in r["audio"].items():
        print(f"  heard by {key:<8} {c.summary()}")
        for where in c.where[:5]:
            print(f"    gap at {where}")
    rtp = r["rtp"]
    print(
        f"  citizens' RTP ({rtp['calls']} calls): {rtp['rx_packets']} packets,"
        f" lost {rtp['lost']}, jitter max {rtp['jitter_max_ms']:.1f} ms,"
        f" jitter buffer: lost {rtp['jb_lost']}, discarded {rtp['jb_discarded']},"
        f" empty {rtp['jb_empty']}"
    )
    if r.get("server_errors"):
        print("  server errors:", *r["server_errors"], sep="\n    ")


def others(r: dict, cores: int) -> float:
    """% of one core that the machine spent on anything but the switch and the bots."""
    cpu, window = r.get("cpu", {}), r.get("window", 1.0)
    ours = sum(cpu.get(k, 0) for k in ("server", "room", "agents", "citizens"))
    return 100 * (cpu.get("machine_busy_fraction", 0) * cores - ours / window)


def table(results: list[dict], cores: int) -> None:
    print(
        "\n| N | answered | door→answer p50 / p99 | digit→ring p50 / p99 | switch set-up p99 |"
        " switch CPU / conv. | bots CPU / conv. | machine busy (other work) | gaps/min | ≥40 ms |"
        " longest |"
    )
    print("| --- " * 11 + "|")
    for r in results:
        s, cpu, w, n = r["setup"], r.get("cpu", {}), r.get("window", 1.0), r["n"]
        switch = 100 * (cpu.get("server", 0) + cpu.get("room", 0)) / w / n if cpu else 0
        bots = 100 * (cpu.get("agents", 0) + cpu.get("citizens", 0)) / w / n if cpu else 0
        busy = 100 * cpu.get("machine_busy_fraction", 0)
        gaps = [g for c in r["audio"].values() for g in c.gaps]
        minutes = sum(c.seconds for c in r["audio"].values()) / 60
        audible = sum(c.audible for c in r["audio"].values())
        print(
            f"| {n} | {r.get('answered', 0)}/{n}"
            f" | {pct(s['door'], 50):.0f} / {pct(s['door'], 99):.0f} ms"
            f" | {pct(s['ring'], 50):.0f} / {pct(s['ring'], 99):.0f} ms"
            f" | {pct(s['total'], 99):.0f} ms"
            f" | {switch:.1f} % | {bots:.1f} % | {busy:.0f} % of {cores} ({others(r, cores):.0f} %)"
            f" | {len(gaps) / max(minutes, 1e-9):.2f} | {audible}"
            f" | {max(gaps, default=0):.0f} ms |"
        )


def good(r: dict) -> bool:
    audible = sum(c.audible for c in r["audio"].values())
    missing = sum(c.missing_tone for c in r["audio"].values())
    return r.get("answered", 0) >= r["n"] and audible == 0 and missing == 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--steps", default="5,10,20,30,40,50", help="values of N, in order")
    ap.add_argument("--hold", type=float, default=20.0, help="seconds all N talk at once")
    ap.add_argument("--rate", type=float, default=2.0, help="new calls per second (ramp)")
    ap.add_argument("--quick", action="store_true", help="N=2, 10 s: does it run?")
    ap.add_argument("--all", action="store_true", help="don't stop at the first bad step")
    ap.add_argument("--keep", default="", help="keep recordings and logs in this folder")
    args = ap.parse_args(argv)
    steps = [2] if args.quick else [int(x) for x in args.steps.split(",")]
    if args.quick:
        args.hold = 10.0
    cores = psutil.cpu_count()
    work = Path(args.keep or tempfile.mkdtemp(prefix="bench-calls-"))
    work.mkdir(parents=True, exist_ok=True)
    # pjmedia's WAV player sends one silent 20 ms frame each time it loops: the tones
    # are longer than any call, so that the bots' own players add no gaps.
    longest = max(steps) / args.rate + args.hold + 60
    tones = (
        str(write_tone_wav(work / "agent-1000.wav", AGENT_HZ, longest, rate=RATE)),
        str(write_tone_wav(work / "citizen-700.wav", CITIZEN_HZ, longest, rate=RATE)),
    )
    print(f"{cores} cores, steps {steps}, hold {args.hold:.0f} s, {args.rate:g} calls/s ramp")
    results = []
    try:
        for n in steps:
            t0 = time.monotonic()
            r = run_step(n, args, work, tones)
            results.append(r)
            report(r, cores)
            print(
                f"  (step took {time.monotonic() - t0:.0f} s, load before {r['load_before']:.2f})"
            )
            if not good(r) and not args.all:
                print("  stopping the ramp here (failed calls or audible gaps)")
                break
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    table(results, cores)
    fine = [r["n"] for r in results if good(r)]
    both = [r["n"] for r in results if good(r) and pct(r["setup"]["total"], 99) < SETUP_TARGET_MS]
    print(f"\nlargest N without audible gaps: {max(fine) if fine else 'none'}")
    print(
        f"largest N also with the switch's set-up p99 under {SETUP_TARGET_MS:.0f} ms:"
        f" {max(both) if both else 'none'}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
