"""Quality evaluation rules: validation, weighting, aggregation, the retention clock."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shared.quality_form import weighted_total
from shared.server import quality
from shared.server.quality import Criterion, RetentionPolicy, ScoredEvaluation, ScoreError

FORM = [
    Criterion(1, "greeting", "Greeting", "", 1.0, 0, True),
    Criterion(2, "knowledge", "Correct information", "", 2.0, 1, True),
    Criterion(3, "old", "Retired criterion", "", 1.0, 2, False),
]


def test_a_complete_form_passes() -> None:
    quality.check_scores({1: 5, 2: 1}, FORM)


@pytest.mark.parametrize(
    ("scores", "code", "criterion"),
    [
        ({1: 5}, "score_missing", 2),
        ({1: 0, 2: 3}, "score_out_of_range", 1),
        ({1: 6, 2: 3}, "score_out_of_range", 1),
        ({1: True, 2: 3}, "score_out_of_range", 1),
        ({1: 3, 2: 3, 3: 4}, "unknown_criterion", 3),  # inactive: no longer scored
        ({1: 3, 2: 3, 99: 4}, "unknown_criterion", 99),
    ],
)
def test_bad_forms_say_why(scores: dict[int, int], code: str, criterion: int) -> None:
    with pytest.raises(ScoreError) as caught:
        quality.check_scores(scores, FORM)
    assert (caught.value.code, caught.value.criterion) == (code, criterion)


def test_weighted_total() -> None:
    # knowledge weighs twice: (5*1 + 2*2) / 3
    assert weighted_total({1: 5, 2: 2}, {1: 1.0, 2: 2.0}) == pytest.approx(3.0)
    assert weighted_total({}, {}) == 0.0


@given(
    st.dictionaries(st.integers(1, 8), st.tuples(st.integers(1, 5), st.floats(0.1, 10)), min_size=1)
)
def test_weighted_total_stays_between_the_lowest_and_highest_score(form) -> None:
    scores = {cid: score for cid, (score, _) in form.items()}
    weights = {cid: weight for cid, (_, weight) in form.items()}
    total = weighted_total(scores, weights)
    assert min(scores.values()) - 1e-9 <= total <= max(scores.values()) + 1e-9


def _ev(eid: int, agent: str, topic: str, total: float, scores: dict[int, int]):
    return ScoredEvaluation(eid, f"i{eid}", agent, topic, 100.0 + eid, total, scores)


def test_aggregates_per_agent_topic_and_criterion() -> None:
    evs = [
        _ev(1, "anna", "tax", 5.0, {1: 5, 2: 5}),
        _ev(2, "anna", "parking", 3.0, {1: 1, 2: 4}),
        _ev(3, "bob", "tax", 2.0, {1: 2, 2: 2, 3: 1}),
    ]
    agents = {r.key: r for r in quality.by_agent(evs)}
    assert (agents["anna"].evaluations, agents["anna"].average) == (2, 4.0)
    assert (agents["anna"].lowest, agents["anna"].highest) == (3.0, 5.0)
    assert agents["bob"].average == 2.0
    topics = {r.key: r.average for r in quality.by_topic(evs)}
    assert topics == {"parking": 3.0, "tax": 3.5}
    criteria = quality.by_criterion(evs, FORM)
    assert [(r.key, r.evaluations, r.average) for r in criteria] == [
        ("greeting", 3, pytest.approx(8 / 3)),
        ("knowledge", 3, pytest.approx(11 / 3)),
        ("old", 1, 1.0),  # scored before it was retired: still reported
    ]
    assert quality.by_agent([]) == []


def test_retention_days_per_topic_with_the_default() -> None:
    policies = {"tax": RetentionPolicy("tax", 365, None)}
    assert quality.recording_days("tax", policies, 90) == 365
    assert quality.recording_days("parking", policies, 90) == 90
    day = 86400
    assert not quality.expired("tax", 0, 300 * day, policies, 90)
    assert quality.expired("parking", 0, 300 * day, policies, 90)


def test_next_run_is_the_next_local_time() -> None:
    tz = ZoneInfo("Europe/Warsaw")
    before = datetime(2026, 3, 28, 2, 0, tzinfo=tz).timestamp()
    assert datetime.fromtimestamp(quality.next_run(before, "03:30", tz), tz) == datetime(
        2026, 3, 28, 3, 30, tzinfo=tz
    )
    after = datetime(2026, 3, 28, 4, 0, tzinfo=tz).timestamp()
    # the next day is the DST change (23 hours long): still 03:30 local
    nxt = datetime.fromtimestamp(quality.next_run(after, "03:30", tz), tz)
    assert (nxt.day, nxt.hour, nxt.minute) == (29, 3, 30)
    at = datetime(2026, 1, 1, 3, 30, tzinfo=UTC).timestamp()
    assert quality.next_run(at, "03:30", UTC) == at + 86400  # strictly after now


@pytest.mark.parametrize("bad", ["25:00", "3:99", "0330", "", "ab:cd"])
def test_a_retention_time_that_is_not_hh_mm_is_refused_at_start(bad) -> None:
    from shared.server.config import ServerConfig

    with pytest.raises(ValueError, match="retention_run_at"):
        ServerConfig(retention_run_at=bad)
    assert ServerConfig(retention_run_at="23:59").retention_run_at == "23:59"
