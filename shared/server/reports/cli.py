"""``cc-server report --from … --to … [--by …] [--csv FILE] [--fcr-days 7]``: the report
printed as a table (and the conversations written as CSV), for a daily mail."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from shared import protocol as p
from shared.server.reports.desk import query_for
from shared.server.reports.export import write_csv
from shared.server.reports.run import run_report

BREAKDOWNS = {"topic": "by_topic", "agent": "by_agent", "hour": "by_hour", "weekday": "by_weekday"}
WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="date_from", help="first day, YYYY-MM-DD (default: today)")
    parser.add_argument("--to", dest="date_to", help="last day, inclusive (default: --from)")
    parser.add_argument("--by", choices=sorted(BREAKDOWNS), default="topic")
    parser.add_argument("--csv", help="also write one row per conversation to FILE ('-': stdout)")
    parser.add_argument("--fcr-days", type=int, default=7, help="repeat-contact window (7)")


def _pct(v: float | None) -> str:
    return "–" if v is None else f"{100 * v:.1f} %"


def _secs(v: float | None) -> str:
    return "–" if v is None else f"{v:.1f}"


def _label(row: p.ReportRow, by: str) -> str:
    if by == "topic":
        return row.topic_name or row.topic
    if by == "agent":
        return row.agent_name or row.agent
    if by == "hour":
        return f"{row.hour:02d}:00"
    return WEEKDAYS[row.weekday or 0]


HEADER = (
    f"{'':<26} {'offered':>7} {'answered':>8} {'abandoned':>9} {'short':>5} {'SL':>7}"
    f" {'ASA s':>7} {'AHT s':>7} {'wrap s':>7} {'transfer':>8} {'FCR':>7} {'repeat':>6}"
)


def format_row(label: str, f: p.ReportFigures) -> str:
    return (
        f"{label[:26]:<26} {f.offered:>7} {f.answered:>8} {f.abandoned:>9}"
        f" {f.abandoned_short:>5} {_pct(f.service_level):>7}"
        f" {_secs(f.average_speed_of_answer):>7} {_secs(f.average_handle_time):>7}"
        f" {_secs(f.average_wrapup_time):>7} {_pct(f.transfer_rate):>8}"
        f" {_pct(f.first_contact_resolution):>7} {f.repeat_contacts:>6}"
    )


async def run(args: argparse.Namespace, store, config) -> int:
    today = dt.date.today().isoformat()
    first = args.date_from or today
    try:
        q = query_for(config, first, args.date_to or first, args.fcr_days)
    except ValueError as exc:
        raise SystemExit(f"report: {exc}") from None
    result = await store.read(run_report, q, dt.datetime.now().timestamp())
    s = result.settings
    print(
        f"Report {s.date_from} – {s.date_to} ({s.timezone}; service level within"
        f" {s.service_level_seconds:g} s, short abandons within {s.short_abandon_seconds:g} s,"
        f" repeat window {s.fcr_days} days)"
    )
    print(HEADER)
    for row in getattr(result, BREAKDOWNS[args.by]):
        if row.figures.offered or args.by in ("hour", "weekday"):
            print(format_row(_label(row, args.by), row.figures))
    print(format_row("total", result.totals))
    fd = result.failure_demand
    print(
        f"Failure demand: {fd.repeat_contacts} of {fd.contacts} contacts repeated within"
        f" {fd.window_days} days ({_pct(fd.rate)}), {fd.citizens_repeating} citizens"
    )
    for t in fd.topics[:5]:
        print(f"  {t.topic_name[:30]:<30} {t.repeat_contacts:>6} repeats ({_pct(t.rate)})")
    qr = result.quality
    if qr.evaluations:
        print(f"Quality: {qr.evaluations} evaluations, average {qr.average:.2f} of 5")
        for a in qr.by_criterion:
            print(f"  {(a.name or a.key)[:30]:<30} {a.average:>6.2f}  ({a.evaluations})")
    else:
        print("Quality: no evaluations of these conversations")
    if args.csv:
        n = await _csv(store, q, args.csv)
        print(f"{n} conversations written to {args.csv}", file=sys.stderr)
    return 0


async def _csv(store, q, path: str) -> int:
    if path == "-":
        return await store.read(write_csv, q, sys.stdout)
    with open(path, "w", newline="", encoding="utf-8") as out:
        return await store.read(write_csv, q, out)
