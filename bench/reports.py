"""Reports over a large history: 1,000,000 stored conversations (iKOMEK's year is 1.6 M).

    .venv/bin/python bench/reports.py [--interactions 1000000] [--days 231] [--runs 5]
                                      [--keep DIR]

Seeds a fresh database (the real migrations, then a bulk insert of what the server
writes for each conversation: the ``interactions`` row, its state events queued →
offered → active → wrap_up → closed or queued → abandoned, transfer steps, the owners
in ``interaction_participants`` and the wrap-ups) spread over ``--days`` days, so that a
30-day month holds about 130,000 conversations; then times, on a store reader thread
as the server runs them (``Store.read(run_report, …)``):

- a month's whole report (every breakdown: topic × channel, topic, channel, agent,
  hour, weekday, half hour, hour × weekday, hardest topics, failure demand) — p50 and
  max of ``--runs`` runs; the same for a day, a week, and the month filtered by topic,
  by channel and by agent;
- one heatmap cell's conversations (the month's facts of one topic, kept for one hour
  of day and weekday: what a click on a cell lists);
- the CSV export of a day and of the month, each in its own child process, with the
  child's peak RSS (bounded memory: the month's peak is about the day's).

Everything it starts (the child processes, the temporary directory) is stopped and
removed, also when it fails. Figures: bench/README.md (Reports).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from zoneinfo import ZoneInfo

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from shared.server.reports.aggregate import Thresholds  # noqa: E402
from shared.server.reports.period import period  # noqa: E402
from shared.server.reports.run import Query, facts, run_report  # noqa: E402

TIMEZONE = "Europe/Warsaw"
FIRST_DAY = dt.date(2026, 1, 5)  # a Monday
TOPICS = ["documents", "transport", "taxes", "waste", "permits", "social"]
TOPIC_WEIGHTS = np.array([25, 20, 18, 15, 12, 10], dtype=float)
HANDLE_MEAN = np.array([200, 170, 260, 150, 420, 330], dtype=float)  # seconds, calls
TRANSFER_SHARE = np.array([0.04, 0.05, 0.10, 0.03, 0.22, 0.14])
RESOLVED_SHARE = np.array([0.85, 0.82, 0.72, 0.88, 0.55, 0.65])
WEEKDAY_WEIGHTS = np.array([1.35, 1.05, 0.95, 1.0, 0.85, 0.15, 0.0])
HOUR_WEIGHTS = np.array([8, 14, 15, 12, 8, 10, 11, 9, 7, 4], dtype=float)  # 8:00..17:00
AGENTS = 120
EXPERTS = 20
REPEAT_SHARE = 0.12


def _seed_staff(db: sqlite3.Connection) -> None:
    now = time.time()
    db.executemany(
        "INSERT OR IGNORE INTO topics (id, name, department) VALUES (?, ?, ?)",
        [(t, t.title(), t.title()) for t in TOPICS],
    )
    columns = {r[1] for r in db.execute("PRAGMA table_info(users)")}
    staff = [(f"agent{n:03d}", f"Agent {n:03d}", "agent") for n in range(AGENTS)]
    staff += [(f"expert{n:02d}", f"Expert {n:02d}", "expert") for n in range(EXPERTS)]
    extra = {"password_hash": "x", "skills": "{}", "created_at": now, "active": 1}
    names = ["username", "display_name", "role"] + [c for c in extra if c in columns]
    db.executemany(
        f"INSERT OR IGNORE INTO users ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
        [(*s, *[extra[c] for c in names[3:]]) for s in staff],
    )


def _generate(n: int, days: int, rng: np.random.Generator) -> dict[str, np.ndarray]:
    tz = ZoneInfo(TIMEZONE)
    day_dates = [FIRST_DAY + dt.timedelta(days=d) for d in range(days)]
    midnights = np.array(
        [dt.datetime.combine(d, dt.time(), tzinfo=tz).timestamp() for d in day_dates]
    )
    w = np.array([WEEKDAY_WEIGHTS[d.weekday()] for d in day_dates])
    day = rng.choice(days, n, p=w / w.sum())
    hour = 8 + rng.choice(len(HOUR_WEIGHTS), n, p=HOUR_WEIGHTS / HOUR_WEIGHTS.sum())
    arrived = np.round(midnights[day] + hour * 3600 + rng.uniform(0, 3600, n), 1)
    order = np.argsort(arrived, kind="stable")
    arrived = arrived[order]
    weekend = np.array([d.weekday() >= 5 for d in day_dates])[day[order]]
    voice = ~weekend & (rng.random(n) < 0.62)
    topic = rng.choice(len(TOPICS), n, p=TOPIC_WEIGHTS / TOPIC_WEIGHTS.sum())
    citizen = rng.integers(0, 10**9, n)
    # some come back: a copy of the citizen, channel and topic of a contact shortly before
    again = np.flatnonzero(rng.random(n) < REPEAT_SHARE)
    source = np.clip(again - rng.integers(1, 8000, again.size), 0, None)
    citizen[again], topic[again], voice[again] = citizen[source], topic[source], voice[source]
    wait = np.round(rng.exponential(np.where(voice, 14.0, 30.0)), 1)
    patience = rng.exponential(np.where(voice, 300.0, 600.0))
    short = rng.random(n) < 0.04
    patience[short] = rng.uniform(0.5, 4.5, short.sum())
    abandoned = patience < wait
    talk = np.maximum(
        30.0, rng.lognormal(np.log(HANDLE_MEAN[topic] * np.where(voice, 1.0, 1.5)), 0.45)
    )
    transferred = ~abandoned & (rng.random(n) < TRANSFER_SHARE[topic])
    resolved = ~transferred & (rng.random(n) < RESOLVED_SHARE[topic])
    return {
        "arrived": arrived,
        "voice": voice,
        "topic": topic,
        "citizen": citizen,
        "wait": wait,
        "patience": np.round(patience, 1),
        "abandoned": abandoned,
        "talk": np.round(talk, 1),
        "wrapup": np.round(rng.uniform(15, 80, n), 1),
        "transferred": transferred,
        "resolved": resolved,
        "agent": rng.integers(0, AGENTS, n),
        "expert": rng.integers(0, EXPERTS, n),
    }


def _rows(g: dict[str, np.ndarray]):
    """(interactions, events, participants, wrapups) rows, one conversation at a time."""
    cols = [g[k].tolist() for k in (
        "arrived", "voice", "topic", "citizen", "wait", "patience", "abandoned", "talk",
        "wrapup", "transferred", "resolved", "agent", "expert",
    )]  # fmt: skip
    for i, (t0, voice, tp, cit, wait, pat, aban, talk, wrap, tr, res, ag, ex) in enumerate(
        zip(*cols, strict=True)
    ):
        iid = f"b{i:07d}"
        topic = TOPICS[tp]
        channel = "voice" if voice else "chat"
        caller = f"+48{cit:09d}" if voice else ""
        token = f"call:{iid}" if voice else f"{cit:064x}"
        ev = [(iid, t0, "queued", None, "", "state")]
        if aban:
            end = round(t0 + pat, 1)
            ev.append((iid, end, "abandoned", None, "citizen left", "state"))
            yield (
                (iid, channel, topic, token, "abandoned", None, t0, end, end, caller, pat, 0, 0),
                ev, (), (),
            )  # fmt: skip
            continue
        agent = f"agent{ag:03d}"
        answered = round(t0 + wait, 1)
        ev.append((iid, round(max(t0, answered - 3), 1), "offered", agent, "", "state"))
        ev.append((iid, answered, "active", agent, "", "state"))
        last, joined, parts = agent, answered, []
        if tr:
            expert = f"expert{ex:02d}"
            at = round(answered + talk / 2, 1)
            ev.append((iid, at, "blind", expert, agent, "transfer"))
            ev.append((iid, at, "queued", None, "transfer", "state"))
            ev.append((iid, round(at + 12, 1), "offered", expert, "", "state"))
            ev.append((iid, round(at + 15, 1), "active", expert, "", "state"))
            parts.append((iid, agent, "owner", answered, at, "transferred"))
            last, joined = expert, round(at + 15, 1)
        end = round(answered + talk + (15 if tr else 0), 1)
        ev.append((iid, end, "wrap_up", last, "", "state"))
        parts.append((iid, last, "owner", joined, end, "ended"))
        done = round(end + wrap, 1)
        wraps = [(iid, who, topic, int(res), done) for who in {agent, last}]
        ev.append((iid, done, "closed", last, "wrapup", "state"))
        yield (
            (iid, channel, topic, token, "closed", last, t0, done, done, caller, wait,
             int(tr), int(tr)),
            ev, parts, wraps,
        )  # fmt: skip


def seed(path: Path, n: int, days: int) -> float:
    """The migrations (the real Store), then a bulk insert. Returns seconds."""
    from shared.server.store import Store

    async def migrate() -> None:
        async with Store(path):
            pass

    asyncio.run(migrate())
    started = time.perf_counter()
    g = _generate(n, days, np.random.default_rng(10))
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA synchronous = OFF")
    db.execute("PRAGMA cache_size = -200000")
    db.execute("BEGIN")
    _seed_staff(db)
    inter, ev, parts, wraps = [], [], [], []

    def flush() -> None:
        db.executemany(
            "INSERT INTO interactions (id, channel, topic, citizen_token, state, agent,"
            " created_at, updated_at, closed_at, caller, wait_seconds, transfers, second_line)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            inter,
        )
        db.executemany(
            "INSERT INTO interaction_events (interaction_id, ts, state, agent, reason, kind)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            ev,
        )
        db.executemany(
            "INSERT INTO interaction_participants (interaction_id, username, role, joined_at,"
            " left_at, reason) VALUES (?, ?, ?, ?, ?, ?)",
            parts,
        )
        db.executemany(
            "INSERT INTO wrapups (interaction_id, agent, topic, resolved_first_contact, ts)"
            " VALUES (?, ?, ?, ?, ?)",
            wraps,
        )
        for batch in (inter, ev, parts, wraps):
            batch.clear()

    for k, (i, e, p_, w) in enumerate(_rows(g), 1):
        inter.append(i)
        ev.extend(e)
        parts.extend(p_)
        wraps.extend(w)
        if k % 50_000 == 0:
            flush()
    flush()
    db.execute("COMMIT")
    db.close()
    return time.perf_counter() - started


def _query(first: dt.date, last: dt.date, **filters) -> Query:
    tz = ZoneInfo(TIMEZONE)
    return Query(
        period(first.isoformat(), last.isoformat(), tz), tz, TIMEZONE, Thresholds(), **filters
    )


async def _timings(path: Path, runs: int, month: tuple[dt.date, dt.date]) -> list[tuple]:
    from shared.server.store import Store

    first, last = month
    cases = [
        ("a day's report", _query(first + dt.timedelta(days=7), first + dt.timedelta(days=7))),
        ("a week's report", _query(first, first + dt.timedelta(days=6))),
        ("a month's report (every breakdown)", _query(first, last)),
        ("the month, one topic", _query(first, last, topic="permits")),
        ("the month, one channel", _query(first, last, channel="chat")),
        ("the month, one agent", _query(first, last, agent="agent007")),
    ]
    out = []
    async with Store(path) as store:
        for label, q in cases:
            times, result = [], None
            for _ in range(runs):
                t = time.perf_counter()
                result = await store.read(run_report, q, time.time())
                times.append(time.perf_counter() - t)
            out.append((label, result.totals.offered, statistics.median(times), max(times)))

        def cell(db, q: Query) -> int:  # one heatmap cell: Monday 10:00-11:00, permits
            tz = q.tz
            return sum(
                1
                for f in facts(db, q)
                if (m := dt.datetime.fromtimestamp(f.arrived, tz)).hour == 10 and m.weekday() == 0
            )

        q = _query(first, last, topic="permits")
        times, found = [], 0
        for _ in range(runs):
            t = time.perf_counter()
            found = await store.read(cell, q)
            times.append(time.perf_counter() - t)
        out.append(
            ("one heatmap cell's conversations", found, statistics.median(times), max(times))
        )
    return out


def _hwm_mib() -> float:
    """This process's peak RSS (VmHWM: reset by exec, unlike ru_maxrss, which a child
    inherits from the parent it was forked from)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _csv_child(path: str, first: str, last: str, out: str) -> None:
    """In a child process: export, then print rows, seconds and this process's peak RSS."""
    from sqlite_utils import Database

    from shared.server.reports.export import write_csv

    tz = ZoneInfo(TIMEZONE)
    q = Query(period(first, last, tz), tz, TIMEZONE, Thresholds())
    db = Database(sqlite3.connect(f"file:{path}?mode=ro", uri=True))
    before = _hwm_mib()
    t = time.perf_counter()
    with open(out, "w", newline="", encoding="utf-8") as f:
        n = write_csv(db, q, f)
    seconds = time.perf_counter() - t
    print(f"{n} {seconds:.3f} {before:.1f} {_hwm_mib():.1f}")


def _csv(
    path: Path, first: dt.date, last: dt.date, tmp: Path
) -> tuple[int, float, float, float, int]:
    out = tmp / f"export-{first}-{last}.csv"
    child = subprocess.Popen(
        [sys.executable, __file__, "--csv-child", str(path), str(first), str(last), str(out)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        stdout, _ = child.communicate(timeout=600)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    if child.returncode != 0:
        raise RuntimeError(f"the CSV export failed (exit {child.returncode})")
    n, seconds, before, peak = stdout.split()
    return int(n), float(seconds), float(before), float(peak), out.stat().st_size


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--interactions", type=int, default=1_000_000)
    ap.add_argument("--days", type=int, default=231)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--keep", help="seed into (or reuse) this directory and keep it")
    ap.add_argument("--csv-child", nargs=4, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.csv_child:
        _csv_child(*args.csv_child)
        return 0
    tmp = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="cc-bench-reports-"))
    tmp.mkdir(parents=True, exist_ok=True)
    path = tmp / "cc.db"
    try:
        if path.exists():
            print(f"reusing {path}")
        else:
            seconds = seed(path, args.interactions, args.days)
            print(
                f"seeded {args.interactions:,} conversations over {args.days} days in"
                f" {seconds:.1f} s ({path.stat().st_size / 2**20:.0f} MiB)"
            )
        db = sqlite3.connect(path)
        print(
            "rows:",
            ", ".join(
                f"{t} {db.execute(f'SELECT COUNT(*) FROM {t}').fetchone()[0]:,}"
                for t in (
                    "interactions",
                    "interaction_events",
                    "interaction_participants",
                    "wrapups",
                )
            ),
        )
        db.close()
        month = (FIRST_DAY + dt.timedelta(days=28), FIRST_DAY + dt.timedelta(days=28 + 29))
        print(
            f"\nperiod of the month: {month[0]} .. {month[1]} ({TIMEZONE}), p50 / max of {args.runs}"
        )
        for label, n, p50, worst in asyncio.run(_timings(path, args.runs, month)):
            print(
                f"  {label:38} {n:>9,} conversations  {p50 * 1000:8.0f} ms / {worst * 1000:.0f} ms"
            )
        print("\nCSV export (child process, peak RSS before -> after the export)")
        day = month[0] + dt.timedelta(days=7)
        for first, last in ((day, day), month):
            n, seconds, before, peak, size = _csv(path, first, last, tmp)
            print(
                f"  {first} .. {last}: {n:,} rows, {size / 2**20:.1f} MiB in {seconds:.2f} s,"
                f" peak RSS {before:.0f} -> {peak:.0f} MiB"
            )
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
