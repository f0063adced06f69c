"""The city number under attack: a real server's front door flooded from one address
while citizens call from another.

    .venv/bin/python bench/frontdoor_flood.py [--rates 500,2000,5000] [--seconds 20]
                                              [--method INVITE|OPTIONS] [--calls 5]

Starts ``cc-server --demo`` with telephony (3 rooms), then for each rate runs sipp from
127.0.0.3 (``shared/switch/sipp/<method>_flood_uac.xml``: one request per "call", never
followed) for ``--seconds``, and meanwhile has ``--calls`` citizens call the city number
one after the other from 127.0.0.2 (``tests.support.sip_peer``). Prints per rate:

- set-up time of each citizen's call (INVITE placed → 200 OK from the room), and how
  many were answered;
- the server's CPU share (1 core = 100 %) during the flood and its RSS growth;
- what the front door did: requests dropped while the source was banned, bans.

A bench that fails stops what it started: sipp, citizens and the server are killed on
the way out. sipp and the server share the machine's cores.
"""

from __future__ import annotations

import argparse
import contextlib
import re
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.support.processes import LineProcess  # noqa: E402
from tests.support.server import ServerProcess  # noqa: E402
from tests.support.sipp import SippFlood  # noqa: E402

CITIZEN = "127.0.0.2"
ATTACKER = "127.0.0.3"


def citizen_call(server: ServerProcess, name: str) -> float | None:
    """Seconds from placing the call to the answer, None when it was not answered."""
    proc = LineProcess(
        "tests.support.sip_peer", "--role", "caller", "--host", CITIZEN, "--name", name,
        "--target", f"sip:city@127.0.0.1:{server.sip_port}", "--seconds", "1",
        "--timeout", "10",
    )  # fmt: skip
    try:
        proc.expect("READY", 15)
        placed = time.time()
        line = proc.expect("CLOCK confirmed=", 8)
        answered = float(line.split("=", 1)[1]) - placed
        proc.expect("DISCONNECTED", 10)
        return answered
    except AssertionError:
        return None
    finally:
        proc.stop()


def door_figures(log: str) -> tuple[int, int]:
    """(bans, requests dropped) from the front door's log lines."""
    bans = len(re.findall(r"front door: banning ", log))
    dropped = sum(int(n) for n in re.findall(r"lifted \((\d+) requests dropped\)", log))
    return bans, dropped


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rates", default="500,2000,5000")
    ap.add_argument("--seconds", type=float, default=20.0)
    ap.add_argument("--method", choices=["INVITE", "OPTIONS"], default="INVITE")
    ap.add_argument("--calls", type=int, default=5)
    args = ap.parse_args()
    scenario = f"{args.method.lower()}_flood_uac.xml"

    with tempfile.TemporaryDirectory(prefix="cc-flood-") as tmp:
        # a short ban, so that each rate starts with an unbanned attacker
        config = "sip_ban_seconds = 3.0\n"
        server = ServerProcess(
            Path(tmp) / "cc-data", telephony=True, rooms=3, rooms_spare=2, config=config
        )
        server.start(timeout=60)
        proc = psutil.Process(server.proc.pid)
        try:
            if citizen_call(server, "warmup") is None:
                print("the city number does not answer even without a flood", file=sys.stderr)
                return 1
            print(
                f"{args.method} flood from {ATTACKER}, citizens from {CITIZEN}, {args.seconds:.0f} s each"
            )
            print("rate/s | answered | set-up p50 / max | server CPU | RSS growth | bans / dropped")
            for rate in (int(r) for r in args.rates.split(",")):
                time.sleep(4)  # the previous ban runs out
                offset = len(server.log())
                rss0 = proc.memory_info().rss
                cpu0 = proc.cpu_times()
                t0 = time.monotonic()
                setups: list[float | None] = []
                with SippFlood(
                    scenario, server.sip_port, source=ATTACKER, rate=rate, seconds=args.seconds
                ) as flood:
                    time.sleep(1.0)
                    gap = max(0.0, (args.seconds - 2) / args.calls - 1.5)
                    for n in range(args.calls):
                        setups.append(citizen_call(server, f"c{rate}-{n}"))
                        time.sleep(gap)
                    with contextlib.suppress(Exception):
                        flood.wait(args.seconds + 20)
                elapsed = time.monotonic() - t0
                cpu1 = proc.cpu_times()
                busy = (cpu1.user + cpu1.system - cpu0.user - cpu0.system) / elapsed
                growth = (proc.memory_info().rss - rss0) / 2**20
                time.sleep(4)  # the ban is lifted: its line carries the dropped count
                bans, dropped = door_figures(server.log()[offset:])
                ok = sorted(s for s in setups if s is not None)
                p50 = f"{ok[len(ok) // 2] * 1000:.0f} ms" if ok else "-"
                worst = f"{ok[-1] * 1000:.0f} ms" if ok else "-"
                print(
                    f"{rate:6d} | {len(ok)}/{len(setups)} | {p50} / {worst} | {busy:.0%} |"
                    f" {growth:+.1f} MiB | {bans} / {dropped}"
                )
        finally:
            server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
