"""Today's wallboard counters (shared.server.service_level): the formulas, by construction."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shared.server.service_level import DayStats, Fact, day_start, next_day_start

WARSAW = ZoneInfo("Europe/Warsaw")
NOON = datetime(2024, 3, 5, 12, 0, tzinfo=WARSAW).timestamp()


def stats() -> DayStats:
    s = DayStats(service_level_seconds=20, short_abandon_seconds=5, tz=WARSAW)
    s.roll(NOON)
    return s


def test_service_level_abandonment_asa_and_aht_are_the_documented_formulas():
    s = stats()
    # answered after 10 s, 20 s (on the threshold: in) and 40 s; handled 100 s and 200 s
    for i, wait in enumerate((10, 20, 40)):
        s.answered(f"a{i}", "waste", NOON, NOON + wait)
    s.closed("a0", NOON + 10 + 100)
    s.closed("a1", NOON + 20 + 200)
    # abandoned after 3 s (short: excluded), 5 s (short: on the limit) and 30 s
    for i, wait in enumerate((3, 5, 30)):
        s.abandoned(f"b{i}", "waste", NOON, NOON + wait)
    f = s.figures("waste")
    assert (f.answered, f.answered_in_threshold, f.abandoned, f.abandoned_short) == (3, 2, 3, 2)
    assert f.service_level == 2 / (3 + 3 - 2)
    assert f.abandonment_rate == (3 - 2) / (3 + 3 - 2)
    assert f.average_speed_of_answer == (10 + 20 + 40) / 3
    assert f.handled == 2 and f.average_handle_time == 150

    assert s.centre().service_level == f.service_level


def test_nothing_to_count_is_none_not_zero_or_hundred_percent():
    f = stats().figures("waste")
    assert f.service_level is None and f.abandonment_rate is None
    assert f.average_speed_of_answer is None and f.average_handle_time is None
    s = stats()
    s.abandoned("x", "waste", NOON, NOON + 2)  # only a short abandon: nothing counted
    assert s.figures("waste").service_level is None


def test_a_transfer_is_no_second_answer_and_a_lost_answered_call_no_abandon():
    s = stats()
    s.answered("a", "waste", NOON, NOON + 5)
    s.answered("a", "waste", NOON, NOON + 300)  # active again after a transfer
    s.abandoned("a", "waste", NOON, NOON + 400)
    f = s.figures("waste")
    assert (f.answered, f.abandoned, f.average_speed_of_answer) == (1, 0, 5)


def test_midnight_resets_the_counters_in_the_configured_zone():
    s = stats()
    s.answered("a", "waste", NOON, NOON + 5)
    midnight = next_day_start(NOON, WARSAW)
    assert datetime.fromtimestamp(midnight, WARSAW).hour == 0
    assert day_start(midnight - 1, WARSAW) == day_start(NOON, WARSAW)
    assert not s.roll(midnight - 1)
    assert s.roll(midnight)
    assert s.figures("waste").answered == 0 and s.day_label() == "2024-03-06"
    # answered yesterday, finished today: its handle time counts today
    s.closed("a", midnight + 60)
    assert s.figures("waste").handled == 1


def test_rebuild_from_history_equals_live_counting():
    live = stats()
    facts = [
        Fact("old", "waste", NOON - 86400, NOON - 86000, "active"),  # answered yesterday
        Fact("a", "waste", NOON, NOON + 12, "active"),
        Fact("b", "parking", NOON, NOON + 30, "abandoned"),
        Fact("old", "waste", NOON - 86400, NOON + 40, "closed"),
        Fact("a", "waste", NOON, NOON + 100, "closed"),
    ]
    for f in facts:
        live.apply(f)
    rebuilt = DayStats(20, 5, WARSAW)
    rebuilt.rebuild(facts, NOON + 200)
    for topic in ("waste", "parking"):
        assert rebuilt.figures(topic) == live.figures(topic)
    assert rebuilt.figures("waste").handled == 2 and rebuilt.figures("waste").answered == 1


waits = st.lists(
    st.tuples(st.sampled_from(["answer", "abandon"]), st.floats(0, 600, allow_nan=False)),
    max_size=60,
)


@settings(max_examples=200, deadline=None)
@given(waits)
def test_figures_stay_in_range_and_add_up(outcomes):
    s = stats()
    for i, (what, wait) in enumerate(outcomes):
        (s.answered if what == "answer" else s.abandoned)(str(i), "t", NOON, NOON + wait)
    f = s.figures("t")
    answered = [w for k, w in outcomes if k == "answer"]
    abandoned = [w for k, w in outcomes if k == "abandon"]
    assert f.answered == len(answered) and f.abandoned == len(abandoned)
    assert f.answered_in_threshold == sum(w <= 20 for w in answered)
    assert f.abandoned_short == sum(w <= 5 for w in abandoned)
    counted = len(answered) + len(abandoned) - f.abandoned_short
    if counted:
        assert 0 <= f.service_level <= 1 and 0 <= f.abandonment_rate <= 1
        # answered in time + answered late + abandoned late = everyone counted
        late = f.answered - f.answered_in_threshold
        assert f.service_level + f.abandonment_rate + late / counted == pytest.approx(1)
    else:
        assert f.service_level is None
