"""Pure helpers of the Reports tab: the period choices, figure formatting, CSV."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from pathlib import Path

from softphone import locale_format

PERIODS = ("today", "yesterday", "last_7_days", "this_month", "last_month", "custom")
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def period_dates(choice: str, today: date) -> tuple[date, date]:
    """First and last day (inclusive) of a period choice ("custom": today)."""
    if choice == "yesterday":
        y = today - timedelta(days=1)
        return y, y
    if choice == "last_7_days":
        return today - timedelta(days=6), today
    if choice == "this_month":
        return today.replace(day=1), today
    if choice == "last_month":
        last = today.replace(day=1) - timedelta(days=1)
        return last.replace(day=1), last
    return today, today


def share(x: float | None, *, display: bool = True) -> str:
    """``88.8 %`` in the default locale (``88,8 %`` in Polish); for a file
    (``display=False``) always with a decimal point."""
    if x is None:
        return "—"
    return locale_format.percent(x, 1) if display else f"{100 * x:.1f} %"


def seconds(x: float | None) -> str:
    if x is None:
        return "—"
    x = round(x)
    return (
        f"{x // 3600}:{x % 3600 // 60:02d}:{x % 60:02d}" if x >= 3600 else f"{x // 60}:{x % 60:02d}"
    )


def heat(value: float, top: float) -> tuple[int, int, int]:
    """White (nothing) to deep orange (the busiest cell), as RGB."""
    t = 0.0 if top <= 0 else max(0.0, min(1.0, value / top))
    return (255, round(255 - 140 * t), round(255 - 235 * t))


def write_csv(path: Path, headers: Sequence[str], rows: Iterable[Sequence[str]]) -> int:
    """The table, its figures as ``display=False`` gives them whatever the locale, UTF-8
    with a BOM (spreadsheets read the accents); rows written."""
    n = 0
    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        out = csv.writer(f)
        out.writerow(headers)
        for row in rows:
            out.writerow(row)
            n += 1
    return n
