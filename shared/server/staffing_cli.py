"""``cc-server staffing``: Erlang C on the command line.

cc-server staffing --calls 100 --aht 180 --target-seconds 20 --service-level 0.8
cc-server staffing --day 2026-12-04 [--channel voice] [--weeks 4]   (from the history)
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import time

from shared.server import erlang_c
from shared.server.staffing_plan import DayPlan


def add_parser(sub, common) -> None:
    cmd = sub.add_parser(
        "staffing",
        help="agents needed by Erlang C, for typed-in figures or a day from the history",
    )
    cmd.add_argument("--calls", type=float, help="contacts arriving in the interval")
    cmd.add_argument("--aht", type=float, help="average handle time, seconds (180)")
    cmd.add_argument("--target-seconds", type=float, help="answered within this (the centre's)")
    cmd.add_argument("--service-level", type=float, default=0.8, help="target share (0.8)")
    cmd.add_argument("--interval-minutes", type=int, default=30, help="interval length (30)")
    cmd.add_argument("--shrinkage", type=float, default=0.0, help="share lost to breaks (0)")
    cmd.add_argument("--concurrency", type=int, help="contacts an agent holds at once (1)")
    cmd.add_argument("--max-occupancy", type=float, default=1.0, help="at most this busy (1)")
    cmd.add_argument("--spread", type=int, default=2, help="rows either side of the answer (2)")
    cmd.add_argument("--day", help="plan this day from the history, YYYY-MM-DD")
    cmd.add_argument("--channel", default="voice", choices=("voice", "chat", "video"))
    cmd.add_argument("--weeks", type=int, default=4, help="same weekdays to average over (4)")
    common(cmd)


def _pct(x: float) -> str:
    return f"{100 * x:5.1f} %"


def _secs(x: float) -> str:
    return "     ∞" if math.isinf(x) else f"{x:6.1f}"


def print_figures(args: argparse.Namespace) -> int:
    """The typed-in form: no database needed."""
    if args.aht is None or args.aht <= 0 or args.calls < 0:
        print("cc-server staffing: --calls N (>= 0) and --aht SECONDS (> 0) are needed")
        return 2
    load = erlang_c.Load(
        contacts=args.calls,
        aht=args.aht,
        target_seconds=20.0 if args.target_seconds is None else args.target_seconds,
        interval_seconds=args.interval_minutes * 60.0,
        concurrency=args.concurrency or 1,
    )
    try:
        need = erlang_c.agents_needed(load, args.service_level, args.max_occupancy)
        rota = erlang_c.scheduled(need, args.shrinkage)
    except ValueError as exc:
        print(f"cc-server staffing: {exc}")
        return 2
    print(
        f"{args.calls:g} contacts per {args.interval_minutes} min, AHT {args.aht:g} s:"
        f" {load.traffic:.2f} Erlangs; target {_pct(args.service_level).strip()}"
        f" within {load.target_seconds:g} s"
    )
    print(
        f"agents needed: {need}"
        + (
            f", to schedule with {_pct(args.shrinkage).strip()} shrinkage: {rota}"
            if args.shrinkage
            else ""
        )
    )
    print(f"{'agents':>6} {'service level':>14} {'P(wait)':>8} {'ASA s':>6} {'occupancy':>10}")
    first = max(1, need - args.spread)
    for n in range(first, need + args.spread + 1):
        s = erlang_c.evaluate(load, n)
        mark = "  ← needed" if n == need else ""
        print(
            f"{n:>6} {_pct(s.service_level):>14} {_pct(s.p_wait):>8} {_secs(s.asa)}"
            f" {_pct(s.occupancy):>10}{mark}"
        )
    return 0


def print_plan(plan: DayPlan, channel: str) -> None:
    used = ", ".join(d.isoformat() for d in plan.weeks_used) or "none (no history)"
    print(f"Staffing plan for {plan.day.isoformat()} ({channel}), history of: {used}")
    print(
        f"{'from':>5} {'contacts':>8} {'AHT s':>6} {'needed':>6} {'schedule':>8}"
        f" {'service level':>14} {'P(wait)':>8} {'ASA s':>6} {'occupancy':>10} {'logged in':>9}"
    )
    for i in plan.intervals:
        if not i.contacts and not i.logged_in:
            continue
        logged = "" if i.logged_in is None else str(i.logged_in)
        print(
            f"{i.start:>5} {i.contacts:>8.1f} {i.aht:>6.0f} {i.needed:>6} {i.scheduled:>8}"
            f" {_pct(i.service_level):>14} {_pct(i.p_wait):>8} {_secs(i.asa)}"
            f" {_pct(i.occupancy):>10} {logged:>9}"
        )
    print(f"peak: {plan.peak_needed} agents to schedule")


async def run_day(args: argparse.Namespace, store, config) -> int:
    from shared.server import planner

    try:
        day = dt.date.fromisoformat(args.day)
        targets = planner.targets_for(
            config,
            args.channel,
            service_level=args.service_level,
            target_seconds=args.target_seconds,
            shrinkage=args.shrinkage,
            concurrency=args.concurrency,
            interval_minutes=args.interval_minutes,
            max_occupancy=args.max_occupancy,
            default_aht=args.aht,
        )
        plan = await planner.day_plan(
            store, config, day, args.channel, targets, time.time(), weeks=args.weeks
        )
    except ValueError as exc:
        print(f"cc-server staffing: {exc}")
        return 2
    print_plan(plan, args.channel)
    return 0
