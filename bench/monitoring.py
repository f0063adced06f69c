"""Monitor request -> the supervisor's phone ringing, through the real parts.

    .venv/bin/python bench/monitoring.py [--runs 50]

A real ``cc-server`` with its switch (front door + rooms), a citizen (pjsua2 process)
on a call answered by a softphone bot (bartek), and a headless supervisor with a
softphone (``shared.demo.monitor_bot``, sam). Then, ``--runs`` times: sam sends
``monitor.start`` for the call; measured is the wall-clock time from just before the
request leaves to the INVITE arriving at sam's softphone (``RINGING``), and to the
supervisor leg answered (``ANSWERED``); then ``monitor.stop`` and the leg's end. Prints
p50/p99 of both. Everything it started is stopped, also on failure. All processes share
this machine's cores.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from shared.tones import write_tone_wav  # noqa: E402
from tests.support.calls import agents, caller, clock  # noqa: E402
from tests.support.processes import LineProcess  # noqa: E402
from tests.support.server import ServerProcess  # noqa: E402


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q / 100 * len(values)))] if values else float("nan")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=50)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="cc-bench-monitoring-"))
    server = ServerProcess(tmp / "cc-data", telephony=True, rooms=2, rooms_spare=1)
    procs: list[LineProcess] = []
    ringing, answered = [], []
    try:
        server.start(timeout=60)
        tone = str(write_tone_wav(tmp / "440.wav", 440, seconds=2.0))
        agent = agents(server, "--user", "bartek", "--answer-after", "0.2")
        procs.append(agent)
        sup = LineProcess("shared.demo.monitor_bot", "--url", server.url, "--user", "sam")
        procs.append(sup)
        sup.expect("READY", 20)
        citizen = caller(
            server, tmp, "--play", tone, "--dtmf", "1", "--seconds", "3600", "--timeout", "3600"
        )
        procs.append(citizen)
        iid = agent.field(agent.expect("OFFER", 20), "interaction")
        agent.expect("ANSWERED", 10)
        time.sleep(0.5)
        for run in range(args.runs):
            sup.send(f"MONITOR {iid} listen")
            asked = clock(sup.expect("REQUEST", 10))
            rang = clock(sup.expect(f"RINGING interaction={iid}", 10))
            up = clock(sup.expect(f"ANSWERED interaction={iid}", 10))
            ringing.append((rang - asked) * 1000)
            answered.append((up - asked) * 1000)
            sup.send("STOP")
            sup.expect("OK STOP", 10)
            sup.expect(f"ENDED interaction={iid}", 10)
            time.sleep(0.1)
            if (run + 1) % 10 == 0:
                print(f"  {run + 1}/{args.runs}", file=sys.stderr)
    finally:
        for proc in reversed(procs):
            try:
                proc.stop()
            except Exception as exc:  # noqa: BLE001 - stop the rest whatever happens
                print(f"stopping {proc}: {exc}", file=sys.stderr)
        server.stop()
    print(f"runs: {len(ringing)}")
    print(
        f"monitor.start -> supervisor's phone ringing (INVITE): p50 {pct(ringing, 50):.1f} ms,"
        f" p99 {pct(ringing, 99):.1f} ms, max {max(ringing, default=float('nan')):.1f} ms"
    )
    print(
        f"monitor.start -> supervisor leg answered: p50 {pct(answered, 50):.1f} ms,"
        f" p99 {pct(answered, 99):.1f} ms"
    )
    return 0 if len(ringing) == args.runs else 1


if __name__ == "__main__":
    sys.exit(main())
