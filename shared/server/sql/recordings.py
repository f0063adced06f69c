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
    db: Database,
    path: str,
    seconds: float,
    size: int,
    state: str = "complete",
    channels: int = 1,
    layout: str = "mix",
) -> None:
    """The file is final: its length, size, state and what its channels hold
    (``wavfile.STEREO_LAYOUT`` or ``MONO_LAYOUT``)."""
    db.execute(
        "UPDATE recordings SET seconds = ?, bytes = ?, state = ?, channels = ?, layout = ?"
        " WHERE path = ?",
        [seconds, size, state, channels, layout, path],
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
            " deleted_at, channels, layout FROM recordings WHERE interaction_id = ? ORDER BY id",
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


def recordings_index(
    db: Database,
    *,
    since: float = 0.0,
    until: float | None = None,
    username: str = "",
    limit: int = 500,
) -> list[dict[str, Any]]:
    """Recordings (not deleted) started in ``[since, until)``, newest first, each with
    its call (topic, caller) and every participant of the call in the order they joined
    (``recording_participants``): the owner, anyone consulted, whoever it was handed to.
    ``username``: only the recordings of calls that person took part in."""
    args: list[Any] = [since, until if until is not None else float("inf")]
    who = ""
    if username:
        who = (
            " AND (r.agent = ? OR r.interaction_id IN"
            " (SELECT interaction_id FROM interaction_participants WHERE username = ?))"
        )
        args += [username, username]
    found = [
        dict(r)
        for r in db.query(
            "SELECT r.id, r.interaction_id, r.agent, r.path, r.started_at, r.seconds, r.topic,"
            " r.state, r.channels, r.layout, i.topic AS interaction_topic, i.caller, i.transfers"
            " FROM recordings r JOIN interactions i ON i.id = r.interaction_id"
            f" WHERE r.state != 'deleted' AND r.started_at >= ? AND r.started_at < ?{who}"
            " ORDER BY r.started_at DESC, r.id DESC LIMIT ?",
            [*args, limit],
        )
    ]
    people = _participants_of(db, [r["interaction_id"] for r in found])
    for r in found:
        r["participants"] = people.get(r["interaction_id"], [])
    return found


def recording_participants(db: Database, recording_id: int) -> list[dict[str, Any]]:
    """Everyone who was in the call of one recording, in the order they joined."""
    found = db.execute(
        "SELECT interaction_id FROM recordings WHERE id = ?", [recording_id]
    ).fetchone()
    return _participants_of(db, [found[0]]).get(found[0], []) if found else []


def _participants_of(db: Database, iids: list[str]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for start in range(0, len(iids), 500):  # SQLite's bound-parameter limit, with room
        chunk = iids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        for r in db.query(
            "SELECT p.interaction_id, p.username, COALESCE(u.display_name, p.username)"
            " AS display_name, p.role, p.joined_at, p.left_at, p.reason"
            " FROM interaction_participants p LEFT JOIN users u ON u.username = p.username"
            f" WHERE p.interaction_id IN ({marks}) ORDER BY p.id",
            chunk,
        ):
            r = dict(r)
            out.setdefault(r.pop("interaction_id"), []).append(r)
    return out
