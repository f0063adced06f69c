"""Running sipp (Debian's sip-tester) against the front door from tests."""

from __future__ import annotations

import asyncio
import csv
import random
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCENARIOS = ROOT / "shared" / "switch" / "sipp"
SIPP = shutil.which("sipp")


@dataclass(repr=False)
class SippRun:
    rc: int
    logs: list[str]  # the scenarios' <log> lines
    stats: dict[str, str]  # the last row of -trace_stat
    output: str = ""
    errors: str = ""
    argv: list[str] = field(default_factory=list)

    def __repr__(self) -> str:
        return f"sipp rc={self.rc} logs={self.logs}\n{' '.join(self.argv)}\n{self.output[-3000:]}\n{self.errors}"


async def run_sipp(
    tmp_path: Path, scenario: str, port: int, *args: str, calls: int = 1, rate: int = 10
) -> SippRun:
    out = tmp_path / f"sipp-{scenario.removesuffix('.xml')}-{random.randrange(10**6)}"
    out.mkdir()
    if SIPP is None:  # a missing tool fails the test: `make test` installs it
        pytest.fail("sipp is not installed (make test installs sip-tester)", pytrace=False)
    argv = [
        SIPP,
        f"127.0.0.1:{port}",
        "-sf",
        str(SCENARIOS / scenario),
        "-s",
        "city",
        "-i",
        "127.0.0.1",  # sipp picks its own free port from 5060 up (and media from 6000)
        "-m",
        str(calls),
        "-r",
        str(rate),
        "-nostdin",
        "-timeout",
        "10s",
        "-timeout_error",
        "-trace_err",
        "-error_file",
        str(out / "errors.log"),
        "-trace_logs",
        "-log_file",
        str(out / "logs.log"),
        "-trace_stat",
        "-stf",
        str(out / "stats.csv"),
        "-trace_screen",
        "-screen_file",
        str(out / "screen.log"),
        *args,
    ]
    proc = await asyncio.create_subprocess_exec(
        *argv, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT, cwd=out
    )
    try:
        output, _ = await asyncio.wait_for(proc.communicate(), 20)
    except TimeoutError:
        proc.kill()
        output, _ = await proc.communicate()
        raise AssertionError(f"sipp hung: {output.decode(errors='replace')[-3000:]}") from None

    def read(name: str) -> str:
        path = out / name
        return path.read_text(errors="replace") if path.exists() else ""

    rows = list(csv.reader(read("stats.csv").splitlines(), delimiter=";"))
    stats = dict(zip(rows[0], rows[-1], strict=False)) if len(rows) > 1 else {}
    return SippRun(
        rc=proc.returncode or 0,
        logs=read("logs.log").splitlines(),
        stats=stats,
        output=output.decode(errors="replace"),
        errors=read("errors.log"),
        argv=argv,
    )


class SippFlood:
    """sipp sending ``scenario`` at ``rate`` per second from ``source`` until stopped (or
    ``seconds`` are over). A context manager: it is killed on the way out, whatever
    happened, so a failing test leaves no flood behind."""

    def __init__(self, scenario: str, port: int, *, source: str, rate: int, seconds: float):
        self.argv = [
            SIPP or "sipp", f"127.0.0.1:{port}", "-sf", str(SCENARIOS / scenario),
            "-s", "city", "-i", source, "-r", str(rate), "-m", str(int(rate * seconds)),
            "-nostdin", "-timeout", f"{int(seconds) + 10}s",
        ]  # fmt: skip
        self.proc: subprocess.Popen | None = None

    def __enter__(self) -> SippFlood:
        if SIPP is None:
            pytest.fail("sipp is not installed (make test installs sip-tester)", pytrace=False)
        self.proc = subprocess.Popen(
            self.argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd="/tmp"
        )
        return self

    def wait(self, timeout: float) -> int:
        assert self.proc is not None
        return self.proc.wait(timeout)

    @property
    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def __exit__(self, *exc) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
        if self.proc is not None:
            self.proc.wait(5)
