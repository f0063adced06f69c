"""Pure aggregation of conversation facts into ``report.result`` (no IO, no clock).

Each conversation is counted once, in the cell of its keys (topic, channel, first agent,
local weekday and half hour of its arrival); the breakdowns are sums of those cells, so
every breakdown adds up to the totals. docs/reports.md has the formulas.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from datetime import tzinfo

import msgspec

from shared import protocol as p
from shared.server.reports.facts import ConversationFacts
from shared.server.reports.period import Period

HARDEST = 10
TOP_CITIZENS = 20


@dataclass(frozen=True, slots=True)
class Thresholds:
    service_level_seconds: float = 20.0
    short_abandon_seconds: float = 5.0
    fcr_days: int = 7


@dataclass(slots=True)
class Tally:
    offered: int = 0
    answered: int = 0
    answered_in_threshold: int = 0
    abandoned: int = 0
    abandoned_short: int = 0
    handled: int = 0
    transferred: int = 0
    second_line: int = 0
    wrapups: int = 0
    resolved_first_contact: int = 0
    repeat_contacts: int = 0
    kb_self_service: int = 0
    wait_answered_seconds: float = 0.0
    handle_seconds: float = 0.0
    talk_seconds: float = 0.0
    talked: int = 0
    wrapup_seconds: float = 0.0

    def count(self, f: ConversationFacts, t: Thresholds) -> None:
        self.offered += 1
        if f.repeat:
            self.repeat_contacts += 1
        if f.answered:
            wait = f.answered_at - f.arrived  # type: ignore[operator]
            self.answered += 1
            self.wait_answered_seconds += wait
            if wait <= t.service_level_seconds:
                self.answered_in_threshold += 1
            if f.transfers > 0:
                self.transferred += 1
            if f.second_line:
                self.second_line += 1
            talk = f.talk
            if talk is not None:
                self.talked += 1
                self.talk_seconds += talk
            if f.closed_at is not None:
                self.handled += 1
                self.handle_seconds += f.closed_at - f.answered_at  # type: ignore[operator]
                if f.resolved_first_contact:
                    self.resolved_first_contact += 1
            wrap = f.wrapup
            if wrap is not None:
                self.wrapups += 1
                self.wrapup_seconds += wrap
        elif f.abandoned_at is not None:
            self.abandoned += 1
            if f.abandoned_at - f.arrived <= t.short_abandon_seconds:
                self.abandoned_short += 1

    def add(self, other: Tally) -> None:
        # Spelled out: a getattr/setattr loop made the month's bench 3x slower.
        self.offered += other.offered
        self.answered += other.answered
        self.answered_in_threshold += other.answered_in_threshold
        self.abandoned += other.abandoned
        self.abandoned_short += other.abandoned_short
        self.handled += other.handled
        self.transferred += other.transferred
        self.second_line += other.second_line
        self.wrapups += other.wrapups
        self.resolved_first_contact += other.resolved_first_contact
        self.repeat_contacts += other.repeat_contacts
        self.kb_self_service += other.kb_self_service
        self.wait_answered_seconds += other.wait_answered_seconds
        self.handle_seconds += other.handle_seconds
        self.talk_seconds += other.talk_seconds
        self.talked += other.talked
        self.wrapup_seconds += other.wrapup_seconds

    def figures(self) -> p.ReportFigures:
        counted = self.answered + self.abandoned - self.abandoned_short
        return p.ReportFigures(
            offered=self.offered, answered=self.answered,
            answered_in_threshold=self.answered_in_threshold, abandoned=self.abandoned,
            abandoned_short=self.abandoned_short, handled=self.handled,
            transferred=self.transferred, second_line=self.second_line, wrapups=self.wrapups,
            resolved_first_contact=self.resolved_first_contact,
            repeat_contacts=self.repeat_contacts, kb_self_service=self.kb_self_service,
            wait_answered_seconds=self.wait_answered_seconds,
            handle_seconds=self.handle_seconds, wrapup_seconds=self.wrapup_seconds,
            talk_seconds=self.talk_seconds,
            service_level=self.answered_in_threshold / counted if counted else None,
            abandonment_rate=(self.abandoned - self.abandoned_short) / counted if counted else None,
            average_speed_of_answer=_avg(self.wait_answered_seconds, self.answered),
            average_handle_time=_avg(self.handle_seconds, self.handled),
            average_talk_time=_avg(self.talk_seconds, self.talked),
            average_wrapup_time=_avg(self.wrapup_seconds, self.wrapups),
            transfer_rate=_avg(self.transferred, self.answered),
            first_contact_resolution=_avg(self.resolved_first_contact, self.handled),
        )  # fmt: skip


_TALLY_FIELDS = tuple(f.name for f in fields(Tally))


def _avg(total: float, n: int) -> float | None:
    return total / n if n else None


# A cell: (topic, channel, "", weekday, half hour) of the arrival. The first agent is
# summed apart (``Cells.agents``): with it in the key a month of 130,000 conversations
# made ~100,000 cells, each rolled up eight times.
Cell = tuple[str, str, str, int, int]


@dataclass
class Cells:
    """Facts summed per cell, and the repeat citizens (for failure demand)."""

    tallies: dict[Cell, Tally] = field(default_factory=lambda: defaultdict(Tally))
    agents: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    # citizen key -> [contacts, repeats, {topic: repeats}, channel]
    citizens: dict[str, list] = field(default_factory=dict)
    kb_by_topic: dict[str, int] = field(default_factory=dict)


def collect(facts: Iterable[ConversationFacts], tz: tzinfo | None, t: Thresholds) -> Cells:
    cells = Cells()
    tallies = cells.tallies
    # Local weekday and half hour per quarter hour of epoch time (every timezone's offset
    # is a whole number of quarter hours): one zoneinfo conversion per quarter hour, not
    # per conversation (a third of a month's report time went there).
    slots: dict[int, tuple[int, int]] = {}
    for f in facts:
        quarter = int(f.arrived // 900)
        slot = slots.get(quarter)
        if slot is None:
            when = dt.datetime.fromtimestamp(quarter * 900, tz)
            slot = slots[quarter] = (when.weekday(), when.hour * 2 + when.minute // 30)
        key = (f.topic, f.channel, "", *slot)
        tallies[key].count(f, t)
        if f.first_agent:
            cells.agents[f.first_agent].count(f, t)
        citizen = f.citizen_key
        if citizen:
            entry = cells.citizens.get(citizen)
            if entry is None:
                entry = cells.citizens[citizen] = [0, 0, {}, f.channel]
            entry[0] += 1
            if f.repeat:
                entry[1] += 1
                entry[2][f.topic] = entry[2].get(f.topic, 0) + 1
    return cells


def mask_citizen(key: str) -> str:
    kind, _, value = key.partition(":")
    if kind == "tel":
        return "…" + value[-3:]
    return "web-" + value[:6]


@dataclass(frozen=True, slots=True)
class Names:
    topics: dict[str, str] = field(default_factory=dict)
    agents: dict[str, str] = field(default_factory=dict)


def build(
    cells: Cells,
    period: Period,
    settings: p.ReportSettings,
    names: Names,
    request_id: int = 0,
) -> p.ReportResult:
    """The whole ``report.result`` from the summed cells."""
    base = p.ReportFilter(
        date_from=period.first.isoformat(), date_to=period.last.isoformat(),
        topic=settings.topic, channel=settings.channel, agent=settings.agent,
    )  # fmt: skip

    def roll(keyf) -> dict:
        out: dict = defaultdict(Tally)
        for cell, tally in cells.tallies.items():
            out[keyf(cell)].add(tally)
        return out

    def row(tally: Tally, **keys) -> p.ReportRow:
        filt = msgspec_replace(base, keys)
        extra = {}
        if "topic" in keys:
            extra["topic_name"] = names.topics.get(keys["topic"], keys["topic"])
        if "agent" in keys:
            extra["agent_name"] = names.agents.get(keys["agent"], keys["agent"])
        return p.ReportRow(figures=tally.figures(), filter=filt, **keys, **extra)

    by_topic = roll(lambda c: c[0])
    for topic, n in cells.kb_by_topic.items():
        by_topic[topic].kb_self_service += n
    totals = Tally()
    for tally in by_topic.values():
        totals.add(tally)
    topic_rows = [row(t, topic=k) for k, t in sorted(by_topic.items(), key=_most)]
    hours = roll(lambda c: c[4] // 2)
    weekdays = roll(lambda c: c[3])
    halves = roll(lambda c: c[4])
    handled_topics = [r for r in topic_rows if r.figures.handled]

    def worst(attr: str, highest: bool) -> list[p.ReportRow]:
        sign = -1 if highest else 1
        ranked = [r for r in handled_topics if getattr(r.figures, attr) is not None]
        ranked.sort(key=lambda r: (sign * getattr(r.figures, attr), r.topic))
        return ranked[:HARDEST]

    return p.ReportResult(
        id=request_id,
        settings=settings,
        totals=totals.figures(),
        by_topic_channel=[
            row(t, topic=k[0], channel=k[1])
            for k, t in sorted(roll(lambda c: (c[0], c[1])).items(), key=_most)
        ],
        by_topic=topic_rows,
        by_channel=[row(t, channel=k) for k, t in sorted(roll(lambda c: c[1]).items(), key=_most)],
        by_agent=[
            row(t, agent=k)
            for k, t in sorted(cells.agents.items(), key=_most)  # the answered only
        ],
        by_hour=[row(hours.get(h, Tally()), hour=h) for h in range(24)],
        by_weekday=[row(weekdays.get(d, Tally()), weekday=d) for d in range(7)],
        day_curve=[row(halves.get(h, Tally()), half_hour=h) for h in range(48)],
        hour_weekday=[
            row(t, weekday=k[0], hour=k[1])
            for k, t in sorted(roll(lambda c: (c[3], c[4] // 2)).items())
        ],
        hardest_by_handle=worst("average_handle_time", True),
        hardest_by_transfers=[r for r in worst("transfer_rate", True) if r.figures.transferred],
        hardest_by_fcr=worst("first_contact_resolution", False),
        failure_demand=_failure_demand(cells, by_topic, names, settings.fcr_days),
    )


def _most(item) -> tuple:
    key, tally = item
    return (-tally.offered, str(key))


def msgspec_replace(base: p.ReportFilter, keys: dict) -> p.ReportFilter:
    """The base filter narrowed to a row's keys (``hour`` is ``hour_of_day`` there)."""
    keys = dict(keys)
    if "half_hour" in keys:
        keys["hour_of_day"] = keys["half_hour"] // 2
    if "hour" in keys:
        keys["hour_of_day"] = keys.pop("hour")
    return msgspec.structs.replace(base, **keys)


def _failure_demand(cells: Cells, by_topic: dict, names: Names, days: int) -> p.FailureDemand:
    contacts = sum(e[0] for e in cells.citizens.values())
    repeats = sum(e[1] for e in cells.citizens.values())
    repeaters = {k: e for k, e in cells.citizens.items() if e[1]}
    citizens_by_topic: dict[str, int] = defaultdict(int)
    for e in repeaters.values():
        for topic in e[2]:
            citizens_by_topic[topic] += 1
    topics = [
        p.RepeatTopic(
            topic=topic, topic_name=names.topics.get(topic, topic), contacts=t.offered,
            repeat_contacts=t.repeat_contacts, citizens=citizens_by_topic[topic],
            rate=_avg(t.repeat_contacts, t.offered),
        )
        for topic, t in by_topic.items()
        if t.repeat_contacts
    ]  # fmt: skip
    topics.sort(key=lambda r: (-r.repeat_contacts, r.topic))
    top = sorted(repeaters.items(), key=lambda kv: (-kv[1][1], -kv[1][0], kv[0]))[:TOP_CITIZENS]
    return p.FailureDemand(
        window_days=days, contacts=contacts, repeat_contacts=repeats,
        citizens_repeating=len(repeaters), rate=_avg(repeats, contacts), topics=topics,
        citizens=[
            p.RepeatCitizen(
                citizen=mask_citizen(k), channel=e[3], contacts=e[0], repeat_contacts=e[1],
                topics=[t for t, _ in sorted(e[2].items(), key=lambda x: (-x[1], x[0]))],
            )
            for k, e in top
        ],
    )  # fmt: skip
