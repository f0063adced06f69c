"""Calls: their recordings and a caller's history."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from shared.server.store import transaction


def recording_started(
    db: Database, interaction_id: str, agent: str | None, path: str, started_at: float
) -> int:
    cursor = db.execute(
        "INSERT INTO recordings (interaction_id, agent, path, started_at, state)"
        " VALUES (?, ?, ?, ?, 'recording') ON CONFLICT (path) DO NOTHING",
        [interaction_id, agent, path, started_at],
    )
    return cursor.lastrowid or 0


def recording_finished(
    db: Database, path: str, seconds: float, size: int, state: str = "complete"
) -> None:
    db.execute(
        "UPDATE recordings SET seconds = ?, bytes = ?, state = ? WHERE path = ?",
        [seconds, size, state, path],
    )


def unfinished_recordings(db: Database) -> list[dict[str, Any]]:
    """Recordings a crashed room never finished (their WAV header needs repair)."""
    return [
        dict(r)
        for r in db.query(
            "SELECT id, interaction_id, path, started_at FROM recordings"
            " WHERE state = 'recording' ORDER BY id"
        )
    ]


def recordings_for(db: Database, interaction_id: str) -> list[dict[str, Any]]:
    return [
        dict(r)
        for r in db.query(
            "SELECT id, interaction_id, agent, path, started_at, seconds, bytes, topic, state,"
            " deleted_at FROM recordings WHERE interaction_id = ? ORDER BY id",
            [interaction_id],
        )
    ]


def expired_recordings(db: Database, before: float, limit: int = 500) -> list[dict[str, Any]]:
    return [
        dict(r)
        for r in db.query(
            "SELECT id, interaction_id, path, started_at FROM recordings"
            " WHERE state != 'deleted' AND state != 'recording' AND started_at < ?"
            " ORDER BY started_at LIMIT ?",
            [before, limit],
        )
    ]


def recording_deleted(db: Database, rec_id: int, ts: float, reason: str) -> None:
    """Mark deleted and audit it, in one transaction: no deletion goes unrecorded."""
    with transaction(db):
        row = db.execute(
            "SELECT interaction_id, path, started_at FROM recordings WHERE id = ?", [rec_id]
        ).fetchone()
        if row is None:
            return
        db.execute(
            "UPDATE recordings SET state = 'deleted', deleted_at = ? WHERE id = ?", [ts, rec_id]
        )
        db.execute(
            "INSERT INTO audit_log (ts, actor, action, target, detail) VALUES (?, ?, ?, ?,"
            " json_object('path', ?, 'started_at', ?, 'reason', ?))",
            [ts, "system", "recording_deleted", row[0], row[1], row[2], reason],
        )


def caller_history(
    db: Database, caller: str, exclude: str = "", limit: int = 5
) -> list[dict[str, Any]]:
    """The caller's latest interactions (newest first) with the wrap-up of each."""
    if not caller:
        return []
    rows = db.query(
        "SELECT i.id, i.channel, i.topic, i.created_at, i.state, COALESCE(u.display_name, '')"
        " AS agent_name, COALESCE(w.topic, '') AS wrapup_topic, COALESCE(w.notes, '') AS notes,"
        " COALESCE(w.resolved_first_contact, 0) AS resolved_first_contact"
        " FROM interactions i LEFT JOIN users u ON u.username = i.agent"
        " LEFT JOIN wrapups w ON w.interaction_id = i.id"
        " WHERE i.caller = ? AND i.caller != '' AND i.id != ?"
        " ORDER BY i.created_at DESC LIMIT ?",
        [caller, exclude, limit],
    )
    out = []
    for r in rows:
        r = dict(r)
        r["resolved_first_contact"] = bool(r["resolved_first_contact"])
        out.append(r)
    return out
