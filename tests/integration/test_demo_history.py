"""The demo's past week (shared/demo/history.py), written into a real store."""

from __future__ import annotations

import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import numpy as np

from shared.demo.history import (
    AGENT_HZ,
    CITIZEN_HZ,
    DAYS,
    HISTORY_PREFIX,
    RECORDED_CALLS,
    seed_history,
)
from shared.demo.seed import seed_demo
from shared.server.store import Store
from shared.tones import read_wav

TZ = "Europe/Warsaw"


def _dominant_hz(samples: np.ndarray, rate: int) -> float:
    spectrum = np.abs(np.fft.rfft(samples))
    return float(np.fft.rfftfreq(len(samples), 1 / rate)[int(np.argmax(spectrum))])


def _dump(db) -> list[tuple]:
    """Each interaction's row and, last, its events ("kind:state", in the order written)."""
    steps: dict[str, list[str]] = {}
    for iid, kind, state in db.execute(
        "SELECT interaction_id, kind, state FROM interaction_events ORDER BY id"
    ):
        steps.setdefault(iid, []).append(f"{kind}:{state}")
    return [
        (*r, " ".join(steps[r[0]]))
        for r in db.execute(
            "SELECT id, channel, topic, state, agent, created_at, closed_at, caller,"
            " citizen_token, transfers, consults FROM interactions ORDER BY id"
        ).fetchall()
    ]


async def test_a_past_week_of_realistic_history(tmp_path: Path) -> None:
    tz = ZoneInfo(TZ)
    recordings = tmp_path / "recordings"
    async with Store(tmp_path / "cc.db") as store:
        started = time.perf_counter()
        await seed_demo(store, history=True, recordings_dir=recordings, timezone=TZ)
        seconds = time.perf_counter() - started
        assert seconds < 2.0, seconds
        found = await store.read(_dump)
        today = datetime.now(tz).date()
        days = {datetime.fromtimestamp(r[5], tz).date() for r in found}
        # the seven days before today, Sunday closed, nothing today
        expected = {today - timedelta(days=n) for n in range(1, DAYS + 1)}
        assert days == {d for d in expected if d.weekday() != 6}
        assert all(r[0].startswith(HISTORY_PREFIX) for r in found)
        assert 250 < len(found) < 450, len(found)
        states = {r[3] for r in found}
        assert states == {"closed", "abandoned"}
        for r in found:
            steps = r[11].split(" ")
            assert steps[0] == "state:queued"
            assert steps[-1] == f"state:{r[3]}"
            assert ("state:active" in steps) == (r[3] == "closed")
            assert (r[1] == "voice") == (r[8] == f"call:{r[0]}") == (r[7] != "")
            assert r[6] is not None and r[6] >= r[5]
        # outcomes a report has something to say about
        abandoned = await store.read(
            lambda db: db.execute(
                "SELECT SUM(closed_at - created_at <= 5), COUNT(*) FROM interactions"
                " WHERE state = 'abandoned'"
            ).fetchone()
        )
        assert 0 < abandoned[0] < abandoned[1]
        assert sum(r[9] for r in found) > 5 and sum(r[10] for r in found) > 3
        by_citizen: dict[tuple[str, str], int] = {}
        for r in found:
            key = (r[7] or r[8], r[2])
            by_citizen[key] = by_citizen.get(key, 0) + 1
        assert sum(1 for n in by_citizen.values() if n > 1) >= 10  # failure demand
        wrapped = await store.read(
            lambda db: db.execute(
                "SELECT COUNT(DISTINCT interaction_id), SUM(resolved_first_contact) FROM wrapups"
            ).fetchone()
        )
        assert wrapped[0] == sum(1 for r in found if r[3] == "closed") and wrapped[1] > 0

        # yesterday's first calls are recorded: stereo, citizen left, agent right
        rows = await store.read(
            lambda db: db.execute(
                "SELECT r.path, r.state, r.channels, r.layout, r.seconds, i.channel, i.created_at"
                " FROM recordings r JOIN interactions i ON i.id = r.interaction_id"
            ).fetchall()
        )
        assert len(rows) == RECORDED_CALLS
        for path, state, channels, layout, secs, channel, created in rows:
            assert (state, channels, layout, channel) == ("complete", 2, "citizen/centre", "voice")
            assert datetime.fromtimestamp(created, tz).date() == today - timedelta(days=1)
            left, rate = read_wav(recordings / path, channel=0)
            right, _ = read_wav(recordings / path, channel=1)
            assert len(left) / rate == secs
            assert abs(_dominant_hz(left, rate) - CITIZEN_HZ) < 2
            assert abs(_dominant_hz(right, rate) - AGENT_HZ) < 2

        # a few of the week's handled conversations are scored, none of yesterday's
        scored = await store.read(
            lambda db: db.execute(
                "SELECT e.total, i.created_at, i.state, e.agent = i.agent,"
                " (SELECT COUNT(*) FROM evaluation_scores s WHERE s.evaluation_id = e.id)"
                " FROM evaluations e JOIN interactions i ON i.id = e.interaction_id"
            ).fetchall()
        )
        assert len(scored) == 14
        for total, created, state, own, scores in scored:
            assert 2 <= total <= 5 and state == "closed" and own and scores == 6
            assert datetime.fromtimestamp(created, tz).date() < today - timedelta(days=1)

        # once: a second start adds nothing
        await seed_demo(store, history=True, recordings_dir=recordings, timezone=TZ)
        assert await store.read(_dump) == found
        # deterministic: the same dates give the same rows
        assert await store.write(seed_history, today, tz, None) == 0
    async with Store(tmp_path / "again.db") as again:
        await seed_demo(again, history=True, recordings_dir=None, timezone=TZ)
        assert await again.read(_dump) == found


async def test_the_plain_seed_writes_no_history(tmp_path: Path) -> None:
    async with Store(tmp_path / "cc.db") as store:
        await seed_demo(store)
        assert await store.read(lambda db: db["interactions"].count) == 0
