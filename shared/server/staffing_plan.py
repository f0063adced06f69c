"""A day's staffing plan from the history: pure (the caller passes rows, zone and now).

For each interval of the chosen day (48 half hours by default, wall-clock local times in
the centre's zone), the demand is the average of the same weekday's same interval over
the last ``weeks`` weeks the centre has history for; the average handle time (answer →
close, so talk, hold and wrap-up) is that of the contacts answered in that interval over
those weeks, else the whole sample's, else ``default_aht``. A supervisor may type in the
contacts or the handle time of any interval instead. Erlang C (``erlang_c``) turns each
into agents needed, and shrinkage into agents to schedule. For today, the agents logged
in (first-line agents not offline at any moment of the interval) are set beside it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo

from shared.server import erlang_c
from shared.server.service_level import local_ts


@dataclass(frozen=True, slots=True)
class Contact:
    arrived: float
    answered: float | None
    closed: float | None


@dataclass(frozen=True, slots=True)
class Override:
    contacts: float | None = None
    aht: float | None = None


@dataclass(frozen=True, slots=True)
class Targets:
    service_level: float = 0.8
    target_seconds: float = 20.0
    shrinkage: float = 0.0
    concurrency: int = 1  # chats per agent at once; 1 for calls
    interval_minutes: int = 30
    default_aht: float = 180.0
    max_occupancy: float = 1.0


@dataclass(frozen=True, slots=True)
class Interval:
    start: str  # local wall-clock "HH:MM"
    starts_at: float  # timestamp
    contacts: float
    aht: float
    typed_in: bool  # contacts or AHT typed in rather than from the history
    needed: int
    scheduled: int
    service_level: float
    p_wait: float
    asa: float
    occupancy: float
    logged_in: int | None  # today only, up to now; None for later intervals and other days


@dataclass(frozen=True, slots=True)
class DayPlan:
    day: date
    weeks_used: list[date]  # the past days the demand was averaged over
    intervals: list[Interval] = field(default_factory=list)

    @property
    def peak_needed(self) -> int:
        return max((i.scheduled for i in self.intervals), default=0)


def slot_of(ts: float, tz: tzinfo | None, interval_minutes: int) -> int:
    here = datetime.fromtimestamp(ts, tz) if tz else datetime.fromtimestamp(ts)
    return (here.hour * 60 + here.minute) // interval_minutes


def history_days(
    day: date, weeks: int, first_arrival: float | None, tz: tzinfo | None
) -> list[date]:
    """The same weekday in each of the ``weeks`` weeks before ``day`` that the centre has
    history for (none before its first stored contact), newest first."""
    if first_arrival is None or weeks < 1:
        return []
    first = (
        datetime.fromtimestamp(first_arrival, tz).date()
        if tz
        else date.fromtimestamp(first_arrival)
    )
    found = [day - timedelta(weeks=k) for k in range(1, weeks + 1)]
    return [d for d in found if d >= first]


def plan_day(
    day: date,
    history: Mapping[date, Iterable[Contact]],
    targets: Targets,
    tz: tzinfo | None,
    *,
    overrides: Mapping[int, Override] | None = None,
    logged_in: Mapping[int, int] | None = None,
) -> DayPlan:
    """The plan of ``day`` from ``history`` (contacts of each past day used)."""
    step = targets.interval_minutes
    if step <= 0 or 1440 % step:
        raise ValueError("the interval must divide a day (15, 30, 60 minutes …)")
    slots = 1440 // step
    weeks = sorted(history, reverse=True)
    arrivals = [0] * slots
    handle_sum = [0.0] * slots
    handled = [0] * slots
    for contacts in history.values():
        for c in contacts:
            k = slot_of(c.arrived, tz, step)
            arrivals[k] += 1
            if c.answered is not None and c.closed is not None and c.closed >= c.answered:
                handle_sum[k] += c.closed - c.answered
                handled[k] += 1
    overall = sum(handle_sum) / sum(handled) if sum(handled) else targets.default_aht
    overrides = overrides or {}
    logged_in = logged_in or {}
    out = []
    for k in range(slots):
        typed = overrides.get(k, Override())
        contacts = (
            typed.contacts
            if typed.contacts is not None
            else (arrivals[k] / len(weeks) if weeks else 0.0)
        )
        aht = (
            typed.aht
            if typed.aht is not None
            else (handle_sum[k] / handled[k] if handled[k] else overall)
        )
        load = erlang_c.Load(
            contacts=contacts,
            aht=max(aht, 1.0),
            target_seconds=targets.target_seconds,
            interval_seconds=step * 60.0,
            concurrency=targets.concurrency,
        )
        needed = erlang_c.agents_needed(load, targets.service_level, targets.max_occupancy)
        figures = erlang_c.evaluate(load, needed) if needed else erlang_c.evaluate(load, 0)
        out.append(
            Interval(
                start=f"{k * step // 60:02d}:{k * step % 60:02d}",
                starts_at=local_ts(day, tz, k * step),
                contacts=contacts,
                aht=aht,
                typed_in=typed.contacts is not None or typed.aht is not None,
                needed=needed,
                scheduled=erlang_c.scheduled(needed, targets.shrinkage),
                service_level=figures.service_level,
                p_wait=figures.p_wait,
                asa=figures.asa,
                occupancy=figures.occupancy,
                logged_in=logged_in.get(k),
            )
        )
    return DayPlan(day=day, weeks_used=weeks, intervals=out)


def logged_in_per_slot(
    changes: Iterable[tuple[str, str, float]],
    day: date,
    now: float,
    tz: tzinfo | None,
    interval_minutes: int = 30,
) -> dict[int, int]:
    """Per interval of ``day`` that has begun by ``now``: how many agents were logged in
    (not offline) at some moment of it. ``changes``: (username, presence, ts) in time
    order, each agent's last change before the day first."""
    slots = 1440 // interval_minutes
    starts = [local_ts(day, tz, k * interval_minutes) for k in range(slots)]
    end_of_day = local_ts(day + timedelta(days=1), tz)
    day_start = starts[0]
    last: dict[str, tuple[str, float]] = {}
    spans: list[tuple[str, float, float]] = []
    for username, presence, ts in changes:
        if username in last:
            before, since = last[username]
            if before != "offline":
                spans.append((username, max(since, day_start), ts))
        last[username] = (presence, ts)
    for username, (presence, since) in last.items():
        if presence != "offline":
            spans.append((username, max(since, day_start), min(now, end_of_day)))
    who: dict[int, set[str]] = {k: set() for k in range(slots) if starts[k] <= now}
    for username, begin, end in spans:
        for k in who:
            stop = starts[k + 1] if k + 1 < slots else end_of_day
            if begin < stop and end > starts[k] or (begin == end and starts[k] <= begin < stop):
                who[k].add(username)
    return {k: len(v) for k, v in who.items()}
