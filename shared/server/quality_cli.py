"""``cc-server quality criteria list|set``, ``quality report``, ``retention show|set``."""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from shared.server.sql import quality as q


def add_parsers(
    sub: argparse._SubParsersAction, common: Callable[[argparse.ArgumentParser], None]
) -> None:
    qual = sub.add_parser("quality", help="quality evaluation").add_subparsers(
        dest="action", required=True
    )
    crit = qual.add_parser("criteria", help="list the evaluation criteria, or add/change one")
    crit.add_argument("key", nargs="?", default="", help="the criterion to add or change")
    crit.add_argument("--title")
    crit.add_argument("--description")
    crit.add_argument("--weight", type=float)
    crit.add_argument("--position", type=int)
    crit.add_argument("--active", action=argparse.BooleanOptionalAction, default=None)
    crit.add_argument("--actor", default="admin", help="recorded in the audit log")
    common(crit)
    rep = qual.add_parser("report", help="average scores per agent, topic and criterion")
    rep.add_argument("--from", dest="since", help="first day, YYYY-MM-DD (default: 30 days ago)")
    rep.add_argument("--to", dest="until", help="last day, YYYY-MM-DD, inclusive (default: today)")
    common(rep)
    ret = sub.add_parser("retention", help="recording retention per topic").add_subparsers(
        dest="action", required=True
    )
    common(ret.add_parser("show", help="the policy per topic and what is held"))
    rset = ret.add_parser("set", help="keep a topic's recordings DAYS days")
    rset.add_argument("topic")
    rset.add_argument("days", type=float)
    rset.add_argument("--actor", default="admin", help="recorded in the audit log")
    common(rset)


async def run(args: argparse.Namespace, store, default_days: float) -> int:
    if args.what == "retention":
        if args.action == "set":
            if args.days <= 0:
                raise SystemExit("DAYS must be more than 0")
            await store.write(q.set_retention, args.actor, time.time(), args.topic, args.days)
        policies = await store.read(q.retention_policies)
        held = await store.read(q.bytes_by_topic)
        print(f"{'topic':<30} {'days':>8} {'recordings':>10} {'MB held':>10}")
        for topic in sorted(set(policies) | set(held)):
            days = policies[topic].recording_days if topic in policies else default_days
            count, size = held.get(topic, (0, 0))
            mark = "" if topic in policies else " (default)"
            print(f"{topic[:30]:<30} {days:>8g} {count:>10} {size / 1e6:>10.1f}{mark}")
        print(f"{'any other topic':<30} {default_days:>8g}")
        return 0
    if args.action == "criteria":
        if args.key:
            if args.weight is not None and args.weight <= 0:
                raise SystemExit("--weight must be more than 0")
            await store.write(
                q.save_criterion,
                args.actor,
                time.time(),
                args.key,
                title=args.title,
                description=args.description,
                weight=args.weight,
                position=args.position,
                active=args.active,
            )
        for c in await store.read(q.criteria):
            state = "" if c.active else "  (inactive)"
            print(f"{c.id:>3} {c.key:<20} weight {c.weight:g}  {c.title}{state}")
        return 0
    from shared.server.cli import _day_range

    since, until, label = _day_range(args.since, args.until)
    for title, fn in (
        ("agent", q.quality_by_agent),
        ("topic", q.quality_by_topic),
        ("criterion", q.quality_by_criterion),
    ):
        print(f"Quality per {title}, {label}")
        print(f"{title:<30} {'evaluations':>11} {'average':>8} {'lowest':>7} {'highest':>7}")
        for r in await store.read(fn, since, until):
            print(
                f"{r.key[:30]:<30} {r.evaluations:>11} {r.average:>8.2f}"
                f" {r.lowest:>7.2f} {r.highest:>7.2f}"
            )
        print()
    return 0
