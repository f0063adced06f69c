"""A report's period: local dates of the centre's timezone, both inclusive."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from datetime import tzinfo

from shared.server.service_level import local_ts

MAX_DAYS = 366


@dataclass(frozen=True, slots=True)
class Period:
    first: dt.date
    last: dt.date  # inclusive
    start: float  # epoch seconds of first's local midnight
    end: float  # ... of the midnight after last (exclusive)

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1


def period(first: str, last: str, tz: tzinfo | None) -> Period:
    """Parse YYYY-MM-DD dates; ValueError when malformed, reversed or too long."""
    a, b = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    if b < a:
        raise ValueError("the period ends before it begins")
    if (b - a).days + 1 > MAX_DAYS:
        raise ValueError(f"a report covers at most {MAX_DAYS} days")
    return Period(a, b, local_ts(a, tz), local_ts(b + dt.timedelta(days=1), tz))


def local(ts: float, tz: tzinfo | None) -> dt.datetime:
    return dt.datetime.fromtimestamp(ts, tz)
