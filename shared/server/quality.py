"""Quality evaluation and per-topic retention: the pure rules (no IO, no clock).

An evaluation scores every *active* criterion 1-5; its total is the weighted average of
those scores. Aggregates (per agent, per topic, per criterion) average the stored totals
(or scores) over a period; the SQL that feeds them is ``shared.server.sql.quality``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from shared.quality_form import MAX_SCORE, MIN_SCORE


@dataclass(frozen=True, slots=True)
class Criterion:
    id: int
    key: str
    title: str
    description: str
    weight: float
    position: int
    active: bool


@dataclass(frozen=True, slots=True)
class ScoredEvaluation:
    """One stored evaluation as the aggregations see it."""

    id: int
    interaction_id: str
    agent: str
    topic: str
    ts: float
    total: float
    scores: Mapping[int, int]  # criterion id -> 1..5
    evaluator: str = ""
    comment: str = ""


@dataclass(frozen=True, slots=True)
class QualityRow:
    """An average over a group (an agent, a topic or a criterion) in a period."""

    key: str
    evaluations: int
    average: float  # 1..5
    lowest: float
    highest: float


class ScoreError(ValueError):
    """A submitted form that cannot be stored; ``code`` says why (a protocol error code)."""

    def __init__(self, code: str, message: str, criterion: int | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.criterion = criterion


def check_scores(scores: Mapping[int, int], criteria: Iterable[Criterion]) -> None:
    """Raise ScoreError unless ``scores`` has one 1-5 score for each active criterion and
    nothing else (an inactive criterion can no longer be scored)."""
    by_id = {c.id: c for c in criteria}
    if not any(c.active for c in by_id.values()):
        raise ScoreError("score_missing", "the form has no criterion in use: an admin adds one")
    for cid, score in scores.items():
        criterion = by_id.get(cid)
        if criterion is None or not criterion.active:
            raise ScoreError("unknown_criterion", f"no active criterion {cid}", cid)
        if isinstance(score, bool) or not MIN_SCORE <= score <= MAX_SCORE:
            raise ScoreError("score_out_of_range", f"score {score!r} is not 1-5", cid)
    for criterion in by_id.values():
        if criterion.active and criterion.id not in scores:
            raise ScoreError("score_missing", f"{criterion.key} is not scored", criterion.id)


def _rows(groups: Mapping[str, list[float]]) -> list[QualityRow]:
    return [
        QualityRow(key, len(values), sum(values) / len(values), min(values), max(values))
        for key, values in sorted(groups.items())
        if values
    ]


def by_agent(evaluations: Iterable[ScoredEvaluation]) -> list[QualityRow]:
    """Average total per evaluated agent, sorted by agent."""
    groups: dict[str, list[float]] = defaultdict(list)
    for e in evaluations:
        groups[e.agent].append(e.total)
    return _rows(groups)


def by_topic(evaluations: Iterable[ScoredEvaluation]) -> list[QualityRow]:
    """Average total per conversation topic, sorted by topic."""
    groups: dict[str, list[float]] = defaultdict(list)
    for e in evaluations:
        groups[e.topic].append(e.total)
    return _rows(groups)


def by_criterion(
    evaluations: Iterable[ScoredEvaluation], criteria: Iterable[Criterion]
) -> list[QualityRow]:
    """Average score per criterion (keyed by the criterion's key, inactive ones included
    when they were scored), in form order."""
    order = sorted(criteria, key=lambda c: (c.position, c.id))
    groups: dict[int, list[float]] = defaultdict(list)
    for e in evaluations:
        for cid, score in e.scores.items():
            groups[cid].append(float(score))
    out = []
    for c in order:
        values = groups.get(c.id)
        if values:
            out.append(
                QualityRow(c.key, len(values), sum(values) / len(values), min(values), max(values))
            )
    return out


# --- retention -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RetentionPolicy:
    topic: str
    recording_days: float
    transcript_days: float | None  # None: transcripts kept


def recording_days(topic: str, policies: Mapping[str, RetentionPolicy], default: float) -> float:
    """Days a recording of ``topic`` is kept: the topic's policy, else the centre default."""
    policy = policies.get(topic)
    return policy.recording_days if policy is not None else default


def expired(
    topic: str,
    started_at: float,
    now: float,
    policies: Mapping[str, RetentionPolicy],
    default: float,
) -> bool:
    """Is a recording of ``topic`` started at ``started_at`` past its retention at ``now``?"""
    return started_at < now - recording_days(topic, policies, default) * 86400


def next_run(now: float, at: str, tz: tzinfo | None = None) -> float:
    """The next time (epoch seconds, strictly after ``now``) the local clock in ``tz``
    (None: the server's) shows ``at`` ("HH:MM")."""
    hour, minute = (int(part) for part in at.split(":"))
    local = datetime.fromtimestamp(now, tz).astimezone(tz)
    candidate = local.replace(hour=hour, minute=minute, second=0, microsecond=0)
    if candidate.timestamp() <= now:
        candidate = (candidate + timedelta(days=1)).replace(hour=hour, minute=minute)
    return candidate.timestamp()
