"""CSV export: one row per conversation of the period, written as the cursor yields it
(bounded memory whatever the period). docs/reports.md lists the columns."""

from __future__ import annotations

import csv
import datetime as dt
from typing import TextIO

from sqlite_utils import Database

from shared.server.reports.run import Query, facts
from shared.server.sql import quality as quality_sql


def _scores(db: Database, q: Query) -> dict[str, float]:
    """The average evaluation total of each evaluated conversation of the period (a few
    per agent and week: held in memory while the rows stream)."""
    sums: dict[str, list[float]] = {}
    for e in quality_sql.evaluations(
        db, arrived_since=q.period.start, arrived_until=q.period.end,
        topic=q.topic or None, channel=q.channel or None,
    ):  # fmt: skip
        sums.setdefault(e.interaction_id, []).append(e.total)
    return {iid: sum(v) / len(v) for iid, v in sums.items()}


COLUMNS = [
    "id", "channel", "topic", "first_agent", "arrived", "answered", "talk_ended",
    "closed", "abandoned", "outcome", "wait_seconds", "talk_seconds", "wrapup_seconds",
    "handle_seconds", "in_service_level", "short_abandon", "transfers", "transferred",
    "second_line", "first_wrapup_resolved", "repeat_within_window",
    "resolved_first_contact", "citizen", "quality_score",
]  # fmt: skip


def _when(ts: float | None, q: Query) -> str:
    if ts is None:
        return ""
    return dt.datetime.fromtimestamp(int(ts), q.tz).replace(tzinfo=None).isoformat(" ")


def _secs(value: float | None) -> str:
    return "" if value is None else str(round(value))


def _flag(value: bool | None) -> str:
    return "" if value is None else str(int(value))


def write_csv(db: Database, q: Query, out: TextIO) -> int:
    """Write the header and one row per conversation; the number of rows written."""
    from shared.server.reports.aggregate import mask_citizen

    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    t = q.thresholds
    scores = _scores(db, q)
    n = 0
    for f in facts(db, q):
        wait = f.wait
        if f.answered:
            outcome = "handled" if f.handled else "open"
        else:
            outcome = "abandoned" if f.abandoned else "waiting"
        writer.writerow([
            f.id, f.channel, f.topic, f.first_agent, _when(f.arrived, q),
            _when(f.answered_at, q), _when(f.talk_ended_at, q), _when(f.closed_at, q),
            _when(f.abandoned_at, q), outcome, _secs(wait), _secs(f.talk),
            _secs(f.wrapup), _secs(f.handle),
            _flag(f.answered and wait is not None and wait <= t.service_level_seconds)
            if f.answered else "",
            _flag(wait is not None and wait <= t.short_abandon_seconds) if f.abandoned else "",
            f.transfers, _flag(f.transferred), _flag(f.second_line), _flag(f.first_resolved),
            _flag(f.repeat), _flag(f.resolved_first_contact),
            mask_citizen(f.citizen_key) if f.citizen_key else "",
            f"{scores[f.id]:.2f}" if f.id in scores else "",
        ])  # fmt: skip
        n += 1
    return n
