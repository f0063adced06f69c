"""The staffing planner's glue: reads the history through the store, then plans (pure:
``staffing_plan``). Used by the ``staffing.plan`` request and ``cc-server staffing --day``."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from shared.server.config import ServerConfig
from shared.server.service_level import local_ts
from shared.server.sql import workload
from shared.server.staffing_plan import (
    Contact,
    DayPlan,
    Override,
    Targets,
    history_days,
    logged_in_per_slot,
    plan_day,
)

CHANNELS = {"voice": ("voice",), "chat": ("chat",), "video": ("video",)}


def targets_for(config: ServerConfig, channel: str, **given) -> Targets:
    """The centre's defaults (service-level threshold, chat concurrency) under ``given``."""
    base = {
        "target_seconds": config.service_level_seconds,
        "concurrency": config.capacity.get(channel, 1) if channel == "chat" else 1,
    }
    base.update({k: v for k, v in given.items() if v is not None})
    return Targets(**base)


async def day_plan(
    store,
    config: ServerConfig,
    day: date,
    channel: str,
    targets: Targets,
    now: float,
    *,
    weeks: int = 4,
    overrides: Mapping[int, Override] | None = None,
) -> DayPlan:
    if channel not in CHANNELS:
        raise ValueError(f"channel must be one of {', '.join(CHANNELS)}")
    tz = ZoneInfo(config.timezone) if config.timezone else None
    first = await store.read(workload.first_arrival)
    history = {}
    for past in history_days(day, weeks, first, tz):
        rows = await store.read(
            workload.contacts_between,
            local_ts(past, tz),
            local_ts(past + timedelta(days=1), tz),
            CHANNELS[channel],
        )
        history[past] = [Contact(r["arrived"], r["answered"], r["closed"]) for r in rows]
    today = (datetime.fromtimestamp(now, tz) if tz else datetime.fromtimestamp(now)).date()
    logged_in = None
    if day == today:
        start = local_ts(day, tz)
        changes = await store.read(workload.logins_between, start, now + 1)
        logged_in = logged_in_per_slot(
            ((r["username"], r["presence"], r["ts"]) for r in changes),
            day,
            now,
            tz,
            targets.interval_minutes,
        )
    return plan_day(day, history, targets, tz, overrides=overrides, logged_in=logged_in)
