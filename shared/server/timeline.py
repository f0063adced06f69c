"""An agent's presence today as segments (pure: rows and ``now`` passed in).

``rows`` are presence_history rows (presence, reason, ts, changed_by) in time order: the
last one before the day began (what they were in at midnight), then today's. Consecutive
rows with the same presence and reason are one segment (a choice kept under "busy" is
history, not a change the bar shows)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from shared import protocol as p


def segments(
    rows: Iterable[Mapping[str, Any]], day_start: float, now: float
) -> list[p.TimelineSegment]:
    out: list[p.TimelineSegment] = []
    for row in rows:
        start = max(float(row["ts"]), day_start)
        if start > now:
            break
        presence, reason = row["presence"], row.get("reason") or ""
        if out and out[-1].presence == presence and out[-1].reason == reason:
            continue
        if out and start <= out[-1].start:  # the same instant: the later row wins
            out.pop()
            if out and out[-1].presence == presence and out[-1].reason == reason:
                continue
        out.append(
            p.TimelineSegment(
                start=start,
                end=now,
                presence=presence,
                reason=reason,
                by=row.get("changed_by") or "",
            )
        )
    for before, after in zip(out, out[1:], strict=False):
        before.end = after.start
    if not out:  # nothing recorded: offline all day
        out.append(p.TimelineSegment(start=day_start, end=now, presence="offline"))
    elif out[0].start > day_start:  # first known today: before that, offline
        out.insert(0, p.TimelineSegment(start=day_start, end=out[0].start, presence="offline"))
    return out
