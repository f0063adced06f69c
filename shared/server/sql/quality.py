"""Quality evaluations, their criteria and the per-topic retention policy (SQL only).

Reads return typed rows (``shared.server.quality``); the report engine calls
``quality_by_agent`` / ``quality_by_topic`` / ``quality_by_criterion`` directly.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from sqlite_utils import Database

from shared.quality_form import weighted_total
from shared.server import quality
from shared.server.quality import Criterion, QualityRow, RetentionPolicy, ScoredEvaluation
from shared.server.sql.audit import audit
from shared.server.store import transaction


def criteria(db: Database, *, active_only: bool = False) -> list[Criterion]:
    where = " WHERE active = 1" if active_only else ""
    return [
        Criterion(r[0], r[1], r[2], r[3], r[4], r[5], bool(r[6]))
        for r in db.execute(
            "SELECT id, key, title, description, weight, position, active"
            f" FROM evaluation_criteria{where} ORDER BY position, id"
        ).fetchall()
    ]


def save_criterion(
    db: Database,
    actor: str,
    ts: float,
    key: str,
    *,
    title: str | None = None,
    description: str | None = None,
    weight: float | None = None,
    position: int | None = None,
    active: bool | None = None,
) -> Criterion:
    """Add the criterion ``key`` or change the given fields of it; audited."""
    changes = {
        name: value
        for name, value in (
            ("title", title),
            ("description", description),
            ("weight", weight),
            ("position", position),
            ("active", None if active is None else int(active)),
        )
        if value is not None
    }
    with transaction(db):
        exists = db.execute("SELECT 1 FROM evaluation_criteria WHERE key = ?", [key]).fetchone()
        if exists:
            if changes:
                sets = ", ".join(f"{name} = ?" for name in changes)
                db.execute(
                    f"UPDATE evaluation_criteria SET {sets} WHERE key = ?",
                    [*changes.values(), key],
                )
        else:
            if position is None:
                changes["position"] = db.execute(
                    "SELECT COALESCE(MAX(position) + 1, 0) FROM evaluation_criteria"
                ).fetchone()[0]
            changes.setdefault("title", key)
            names = ", ".join(["key", *changes])
            marks = ", ".join("?" * (len(changes) + 1))
            db.execute(
                f"INSERT INTO evaluation_criteria ({names}) VALUES ({marks})",
                [key, *changes.values()],
            )
        audit(
            db,
            actor,
            "quality.criterion_changed" if exists else "quality.criterion_added",
            key,
            changes,
            ts,
        )
    return next(c for c in criteria(db) if c.key == key)


def save_evaluation(
    db: Database,
    interaction_id: str,
    evaluator: str,
    agent: str,
    scores: Mapping[int, int],
    comment: str,
    ts: float,
) -> tuple[int, float, bool]:
    """Store (or replace: one per evaluator per conversation and agent) an evaluation;
    audited. Returns (id, weighted total, replaced). Raises quality.ScoreError."""
    with transaction(db):
        form = criteria(db)
        quality.check_scores(scores, form)
        total = weighted_total(scores, {c.id: c.weight for c in form})
        old = db.execute(
            "SELECT id FROM evaluations WHERE interaction_id = ? AND agent = ? AND evaluator = ?",
            [interaction_id, agent, evaluator],
        ).fetchone()
        if old:
            db.execute("DELETE FROM evaluations WHERE id = ?", [old[0]])
        cursor = db.execute(
            "INSERT INTO evaluations (interaction_id, evaluator, agent, ts, comment, total)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [interaction_id, evaluator, agent, ts, comment, total],
        )
        eval_id = int(cursor.lastrowid)
        for cid, score in scores.items():
            db.execute(
                "INSERT INTO evaluation_scores (evaluation_id, criterion_id, score)"
                " VALUES (?, ?, ?)",
                [eval_id, cid, score],
            )
        audit(
            db,
            evaluator,
            "quality.evaluation_replaced" if old else "quality.evaluation_submitted",
            interaction_id,
            {
                "agent": agent,
                "total": round(total, 3),
                "scores": {str(k): v for k, v in scores.items()},
            },
            ts,
        )
    return eval_id, total, bool(old)


def evaluations(
    db: Database,
    *,
    since: float | None = None,
    until: float | None = None,
    agent: str | None = None,
    interaction_id: str | None = None,
    arrived_since: float | None = None,
    arrived_until: float | None = None,
    topic: str | None = None,
    channel: str | None = None,
) -> list[ScoredEvaluation]:
    """Stored evaluations (newest first) filtered by when they were made [since, until),
    when their conversation arrived [arrived_since, arrived_until) (the reports' period),
    agent, conversation, topic and channel; each with its conversation's topic and its
    scores."""
    where, params = ["1 = 1"], []
    for clause, value in (
        ("e.ts >= ?", since),
        ("e.ts < ?", until),
        ("e.agent = ?", agent),
        ("e.interaction_id = ?", interaction_id),
        ("i.created_at >= ?", arrived_since),
        ("i.created_at < ?", arrived_until),
        ("i.topic = ?", topic),
        ("i.channel = ?", channel),
    ):
        if value is not None:
            where.append(clause)
            params.append(value)
    out = []
    for r in db.execute(
        "SELECT e.id, e.interaction_id, e.agent, i.topic, e.ts, e.total,"
        " (SELECT json_group_object(s.criterion_id, s.score) FROM evaluation_scores s"
        "  WHERE s.evaluation_id = e.id), e.evaluator, e.comment"
        " FROM evaluations e JOIN interactions i ON i.id = e.interaction_id"
        f" WHERE {' AND '.join(where)} ORDER BY e.ts DESC, e.id DESC",
        params,
    ).fetchall():
        scores = {int(k): int(v) for k, v in json.loads(r[6] or "{}").items()}
        out.append(ScoredEvaluation(r[0], r[1], r[2], r[3], r[4], r[5], scores, r[7], r[8]))
    return out


def quality_by_agent(db: Database, since: float, until: float) -> list[QualityRow]:
    return quality.by_agent(evaluations(db, since=since, until=until))


def quality_by_topic(db: Database, since: float, until: float) -> list[QualityRow]:
    return quality.by_topic(evaluations(db, since=since, until=until))


def quality_by_criterion(db: Database, since: float, until: float) -> list[QualityRow]:
    return quality.by_criterion(evaluations(db, since=since, until=until), criteria(db))


# --- retention -------------------------------------------------------------------------


def retention_policies(db: Database) -> dict[str, RetentionPolicy]:
    return {
        r[0]: RetentionPolicy(r[0], r[1], r[2])
        for r in db.execute(
            "SELECT topic, recording_days, transcript_days FROM retention_policy ORDER BY topic"
        ).fetchall()
    }


def set_retention(
    db: Database,
    actor: str,
    ts: float,
    topic: str,
    recording_days: float,
    transcript_days: float | None = None,
) -> RetentionPolicy:
    """Set a topic's retention; audited with the previous value."""
    with transaction(db):
        before = retention_policies(db).get(topic)
        db.execute(
            "INSERT INTO retention_policy (topic, recording_days, transcript_days,"
            " updated_at, updated_by) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT (topic) DO UPDATE SET recording_days = excluded.recording_days,"
            " transcript_days = excluded.transcript_days, updated_at = excluded.updated_at,"
            " updated_by = excluded.updated_by",
            [topic, recording_days, transcript_days, ts, actor],
        )
        audit(
            db,
            actor,
            "retention.policy_set",
            topic,
            {
                "recording_days": recording_days,
                "transcript_days": transcript_days,
                "before": None if before is None else before.recording_days,
            },
            ts,
        )
    return RetentionPolicy(topic, recording_days, transcript_days)


# A recording's topic: the wrap-up's tag, else the conversation's topic.
_TOPIC = "COALESCE(NULLIF(r.topic, ''), i.topic)"


def recordings_past_policy(
    db: Database, now: float, default_days: float, limit: int = 500
) -> list[tuple[int, str, str, float]]:
    """(id, path, topic, days applied) of the recordings past their topic's retention at
    ``now``. A recording of a conversation still live (queued, offered, being talked) is
    never returned; one in wrap-up is: its call is over and a wrap-up may never come."""
    return [
        (r[0], r[1], r[2], r[3])
        for r in db.execute(
            f"SELECT r.id, r.path, {_TOPIC} AS t, COALESCE(p.recording_days, ?) AS days"
            " FROM recordings r JOIN interactions i ON i.id = r.interaction_id"
            f" LEFT JOIN retention_policy p ON p.topic = {_TOPIC}"
            " WHERE r.state NOT IN ('deleted', 'recording')"
            " AND i.state NOT IN ('queued', 'offered', 'active')"
            " AND r.started_at < ? - COALESCE(p.recording_days, ?) * 86400"
            " ORDER BY r.started_at LIMIT ?",
            [default_days, now, default_days, limit],
        ).fetchall()
    ]


def bytes_by_topic(db: Database) -> dict[str, tuple[int, int]]:
    """Per topic: (recordings held, bytes held)."""
    return {
        r[0]: (r[1], r[2])
        for r in db.execute(
            f"SELECT {_TOPIC} AS t, COUNT(*), COALESCE(SUM(r.bytes), 0)"
            " FROM recordings r JOIN interactions i ON i.id = r.interaction_id"
            " WHERE r.state != 'deleted' GROUP BY t ORDER BY t"
        ).fetchall()
    }


def last_retention_run(db: Database) -> tuple[float, dict[str, int]] | None:
    """When the retention job last ran and what it deleted per topic (its audit entry)."""
    row = db.execute(
        "SELECT ts, detail FROM audit_log WHERE action = 'retention.run' ORDER BY id DESC LIMIT 1"
    ).fetchone()
    if row is None:
        return None
    return row[0], json.loads(row[1]).get("deleted", {})
