"""Helpers for the end-to-end call tests: the processes a call is made of (citizens as
``sip_peer``, agents and experts as ``shared.demo.phone_agent``), the database, and audio
levels in wall-clock windows of what each side recorded."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
import wave
from pathlib import Path

import numpy as np

from shared.tones import detect_tone, read_wav
from tests.support.processes import LineProcess
from tests.support.server import ROOT, ServerProcess

PERMITS = "Architecture & Building"  # the department of the permits topic (menu digit 1)


def db(server: ServerProcess) -> sqlite3.Connection:
    con = sqlite3.connect(server.data_dir / "cc.db")
    con.row_factory = sqlite3.Row
    return con


def wait_for(predicate, timeout: float = 10.0, what: str = "condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def caller(server: ServerProcess, tmp_path: Path, *args: str) -> LineProcess:
    """A citizen dialling the city number (``tests.support.sip_peer`` as caller)."""
    return LineProcess(
        "tests.support.sip_peer",
        "--role",
        "caller",
        "--target",
        f"sip:city@127.0.0.1:{server.sip_port}",
        *args,
    )


# The password of staff a test adds with add_staff (12 characters at least, as required).
STAFF_PASSWORD = "a test password"


def agents(server: ServerProcess, *args: str) -> LineProcess:
    """Headless agents or experts with a softphone, logged in and ready."""
    proc = LineProcess("shared.demo.phone_agent", "--url", server.url, *args)
    proc.expect("READY", 20)
    return proc


def add_staff(data_dir: Path, username: str, role: str, *skills: str) -> None:
    """A user in a fresh data dir before the server starts (the demo adds the rest).
    Skills name demo topics, which are created here with their departments first."""
    from shared.demo.data import TOPICS

    cli = [sys.executable, "-m", "shared.server.cli", "--data-dir", str(data_dir)]
    wanted = {s.split("=", 1)[0] for s in skills}
    for topic_id, name, department in TOPICS:
        if topic_id in wanted:
            subprocess.run(
                [*cli, "topic", "add", topic_id, name, "--department", department],
                cwd=ROOT, check=True, capture_output=True, timeout=60,
            )  # fmt: skip
    args = [*cli, "user", "add", username, "--role", role]
    for skill in skills:
        args += ["--skill", skill]
    env = {**os.environ, "CC_PASSWORD": STAFF_PASSWORD}
    subprocess.run(args, cwd=ROOT, check=True, capture_output=True, timeout=60, env=env)


def clock(line: str) -> float:
    """The ``at=`` (or ``confirmed=``) wall-clock time of a process's line."""
    for part in line.split():
        key, _, value = part.partition("=")
        if key in ("at", "confirmed"):
            return float(value)
    raise KeyError(f"no time in {line!r}")


def window(path: Path, started: float, start: float, end: float) -> tuple[np.ndarray, int]:
    """The samples a recording that began at wall-clock ``started`` holds between the
    wall-clock times ``start`` and ``end``."""
    samples, rate = read_wav(path)
    a, b = int((start - started) * rate), int((end - started) * rate)
    assert 0 <= a < b <= len(samples), (path, a, b, len(samples))
    return samples[a:b], rate


def tail(path: Path, seconds: float) -> tuple[np.ndarray, int]:
    samples, rate = read_wav(path)
    return samples[-int(seconds * rate) :], rate


def tone_level(samples: np.ndarray, rate: int, freq: float, tolerance_hz: float = 15) -> float:
    """The amplitude (dBFS of a sine) of what lies within ``tolerance_hz`` of ``freq``:
    comparable across recordings of different rates and lengths."""
    x = np.asarray(samples, dtype=np.float64)
    w = np.hanning(x.size)
    spectrum = np.fft.rfft((x - x.mean()) * w)
    freqs = np.fft.rfftfreq(x.size, 1.0 / rate)
    band = np.abs(freqs - freq) <= tolerance_hz
    amplitude = 2 * np.sqrt(np.sum(np.abs(spectrum[band]) ** 2)) / w.sum()
    return float(20 * np.log10(max(amplitude, 1e-12)))


def assert_stereo(path: Path, citizen_hz: float, centre_hz: float, margin: float = 30) -> None:
    """A stereo call recording: the citizen's tone on the left channel and the centre's
    on the right, each at least ``margin`` dB weaker on the other channel."""
    with wave.open(str(path)) as w:  # a valid, final header
        assert w.getnchannels() == 2 and w.getsampwidth() == 2, path
        assert w.getnframes() > 0
    left, rate = read_wav(path, channel=0)
    right, _ = read_wav(path, channel=1)
    levels = {
        (side, f): tone_level(x, rate, f)
        for side, x in (("left", left), ("right", right))
        for f in (citizen_hz, centre_hz)
    }
    assert levels["left", citizen_hz] > -40, levels  # really there, not just louder
    assert levels["right", centre_hz] > -40, levels
    assert levels["left", citizen_hz] - levels["right", citizen_hz] >= margin, levels
    assert levels["right", centre_hz] - levels["left", centre_hz] >= margin, levels


def heard(samples: np.ndarray, rate: int, *freqs: float) -> set[float]:
    return {f for f in freqs if detect_tone(samples, f, rate)}


def rms(samples: np.ndarray) -> float:
    return float(np.sqrt(np.mean(np.asarray(samples, dtype=np.float64) ** 2)))


def tone_everywhere(path: Path, freq: float, step: float = 0.5, skip: float = 0.5) -> list[int]:
    """Indices of the ``step``-second windows (after the first ``skip`` seconds and
    before the last one) in which ``freq`` is missing."""
    samples, rate = read_wav(path)
    n = int(step * rate)
    first, last = int(skip * rate), len(samples) - n - int(skip * rate)
    return [
        i
        for i, start in enumerate(range(first, max(first, last) + 1, n))
        if not detect_tone(samples[start : start + n], freq, rate)
    ]


def expect_line(proc: LineProcess, prefix: str, timeout: float = 10.0) -> str:
    """A line starting with ``prefix``, already read (while waiting for another) or next."""
    found = next((line for line in proc.seen if line.startswith(prefix)), None)
    return found if found is not None else proc.expect(prefix, timeout)
