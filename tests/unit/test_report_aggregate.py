"""The reports' pure aggregation (shared/server/reports/aggregate.py): every breakdown
adds up to the totals, the figures follow docs/reports.md, and the wallboard's
definitions (shared/server/service_level.py) give the same figures on the same day."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from shared import protocol as p
from shared.server.reports.aggregate import Names, Thresholds, build, collect, mask_citizen
from shared.server.reports.facts import ConversationFacts
from shared.server.reports.period import period
from shared.server.service_level import DayStats, Fact

TZ = ZoneInfo("Europe/Warsaw")
PERIOD = period("2026-03-09", "2026-03-15", TZ)  # Monday .. Sunday
T = Thresholds(20.0, 5.0, 7)


@st.composite
def conversation(draw, n: int) -> ConversationFacts:
    arrived = PERIOD.start + draw(st.integers(0, int(PERIOD.end - PERIOD.start) - 1))
    outcome = draw(st.sampled_from(["handled", "open", "abandoned", "waiting"]))
    wait = draw(st.integers(0, 120))
    answered = arrived + wait if outcome in ("handled", "open") else None
    talk_end = answered + draw(st.integers(1, 900)) if answered is not None else None
    closed = talk_end + draw(st.integers(0, 300)) if outcome == "handled" else None
    transfers = draw(st.integers(0, 2)) if answered is not None else 0
    return ConversationFacts(
        id=f"c{n}", channel=draw(st.sampled_from(["voice", "chat"])),
        topic=draw(st.sampled_from(["tax", "permits", "waste"])), arrived=float(arrived),
        caller=draw(st.sampled_from(["", "+48111", "+48222"])), citizen_token=f"call:c{n}",
        transfers=transfers, second_line=transfers > 0,
        answered_at=None if answered is None else float(answered),
        talk_ended_at=None if talk_end is None else float(talk_end),
        closed_at=None if closed is None else float(closed),
        abandoned_at=float(arrived + wait) if outcome == "abandoned" else None,
        first_agent=draw(st.sampled_from(["anna", "bob"])) if answered is not None else "",
        first_resolved=draw(st.booleans()) if closed is not None else None,
        wrapup_at=None if closed is None else float(closed), repeat=draw(st.booleans()),
    )  # fmt: skip


@st.composite
def conversations(draw) -> list[ConversationFacts]:
    return [draw(conversation(n)) for n in range(draw(st.integers(0, 40)))]


def _settings() -> p.ReportSettings:
    return p.ReportSettings(
        date_from="2026-03-09", date_to="2026-03-15", start=PERIOD.start, end=PERIOD.end,
        timezone="Europe/Warsaw", service_level_seconds=20, short_abandon_seconds=5, fcr_days=7,
    )  # fmt: skip


COUNTS = ["offered", "answered", "answered_in_threshold", "abandoned", "abandoned_short",
          "handled", "transferred", "second_line", "wrapups", "resolved_first_contact",
          "repeat_contacts"]  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(conversations())
def test_every_breakdown_adds_up_to_the_totals(facts):
    r = build(collect(facts, TZ, T), PERIOD, _settings(), Names())
    assert r.totals.offered == len(facts)
    for rows in (r.by_topic_channel, r.by_topic, r.by_channel, r.by_hour, r.by_weekday,
                 r.day_curve, r.hour_weekday):  # fmt: skip
        for name in COUNTS:
            assert sum(getattr(row.figures, name) for row in rows) == getattr(r.totals, name)
        assert sum(row.figures.handle_seconds for row in rows) == r.totals.handle_seconds
    answered = sum(row.figures.answered for row in r.by_agent)
    assert answered == r.totals.answered  # the never answered have no agent
    assert len(r.by_hour) == 24 and len(r.by_weekday) == 7 and len(r.day_curve) == 48
    f = r.totals
    if f.handled:
        assert f.first_contact_resolution == f.resolved_first_contact / f.handled
    counted = f.answered + f.abandoned - f.abandoned_short
    assert f.service_level == (f.answered_in_threshold / counted if counted else None)


@settings(max_examples=60, deadline=None)
@given(conversations())
def test_the_wallboards_definitions_give_the_same_day(facts):
    """Conversations of one day that end on it: the wallboard's today equals the report."""
    day = dt.date(2026, 3, 10)
    start = period("2026-03-10", "2026-03-10", TZ).start
    same_day = []
    for f in facts:  # move each into 10:00-12:00 of the day so nothing crosses midnight
        shift = start + 10 * 3600 + (f.arrived % 7200) - f.arrived
        same_day.append(
            ConversationFacts(
                **{
                    **{k: getattr(f, k) for k in ConversationFacts.__slots__},
                    **{
                        k: getattr(f, k) + shift
                        for k in (
                            "arrived",
                            "answered_at",
                            "talk_ended_at",
                            "closed_at",
                            "abandoned_at",
                            "wrapup_at",
                        )
                        if getattr(f, k) is not None
                    },
                }
            )  # fmt: skip
        )
    stats = DayStats(20.0, 5.0, TZ)
    events = []
    for f in same_day:
        if f.answered_at is not None:
            events.append(Fact(f.id, f.topic, f.arrived, f.answered_at, "active"))
        if f.closed_at is not None:
            events.append(Fact(f.id, f.topic, f.arrived, f.closed_at, "closed"))
        if f.abandoned_at is not None:
            events.append(Fact(f.id, f.topic, f.arrived, f.abandoned_at, "abandoned"))
    stats.rebuild(sorted(events, key=lambda e: e.ts), start + 23 * 3600)
    wall = stats.centre()
    one = period("2026-03-10", "2026-03-10", TZ)
    r = build(collect(same_day, TZ, T), one, _settings(), Names())
    assert wall.day == day.isoformat()
    for name in ("answered", "answered_in_threshold", "abandoned", "abandoned_short",
                 "handled", "service_level", "abandonment_rate",
                 "average_speed_of_answer", "average_handle_time"):  # fmt: skip
        assert getattr(wall, name) == getattr(r.totals, name), name


def test_citizens_are_masked():
    assert mask_citizen("tel:+48600123456") == "…456"
    assert mask_citizen("web:" + "ab12cd" + "0" * 58) == "web-ab12cd"
