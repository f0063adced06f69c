"""Who is in each conversation (owner, consulted) and the staff's internal messages."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from shared.server.store import NotFound, rows, transaction


def joined(db: Database, interaction_id: str, username: str, role: str, ts: float) -> None:
    """``username`` is in the conversation as ``role`` from ``ts`` (a consulted expert who
    becomes the owner leaves the consulted row and opens an owner row)."""
    with transaction(db):
        db.execute(
            "UPDATE interaction_participants SET left_at = ?, reason = 'role changed'"
            " WHERE interaction_id = ? AND username = ? AND left_at IS NULL",
            [ts, interaction_id, username],
        )
        db.execute(
            "INSERT INTO interaction_participants (interaction_id, username, role, joined_at)"
            " VALUES (?, ?, ?, ?)",
            [interaction_id, username, role, ts],
        )


def left(
    db: Database,
    interaction_id: str,
    username: str,
    ts: float,
    reason: str = "",
    wrapup_due: bool = False,
) -> None:
    db.execute(
        "UPDATE interaction_participants SET left_at = ?, reason = ?, wrapup_due = ?"
        " WHERE interaction_id = ? AND username = ? AND left_at IS NULL",
        [ts, reason, int(wrapup_due), interaction_id, username],
    )


def participants(db: Database, interaction_id: str) -> list[dict[str, Any]]:
    """Everyone who was in the conversation, in the order they joined."""
    return rows(
        db,
        "SELECT username, role, joined_at, left_at, reason, wrapup_due"
        " FROM interaction_participants WHERE interaction_id = ? ORDER BY id",
        [interaction_id],
    )


def open_participations(db: Database) -> list[dict[str, Any]]:
    """For a restart: who is in a conversation now and who left owing a wrap-up, with
    the conversation's channel, topic and state."""
    return rows(
        db,
        "SELECT p.interaction_id, p.username, p.role, p.left_at IS NULL AS present,"
        " p.wrapup_due, i.channel, i.topic, i.state"
        " FROM interaction_participants p JOIN interactions i ON i.id = p.interaction_id"
        " WHERE p.left_at IS NULL OR p.wrapup_due = 1 ORDER BY p.id",
    )


def add_internal(
    db: Database, interaction_id: str, sender: str, sender_name: str, text: str, ts: float
) -> dict[str, Any]:
    """Store a staff-only message with the conversation's next internal seq."""
    with transaction(db):
        if (
            db.execute("SELECT 1 FROM interactions WHERE id = ?", [interaction_id]).fetchone()
            is None
        ):
            raise NotFound(f"no interaction {interaction_id!r}")
        seq = db.execute(
            "SELECT COALESCE(MAX(seq), 0) + 1 FROM internal_messages WHERE interaction_id = ?",
            [interaction_id],
        ).fetchone()[0]
        db.execute(
            "INSERT INTO internal_messages (interaction_id, seq, sender, sender_name, text, ts)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [interaction_id, seq, sender, sender_name, text, ts],
        )
    return {"seq": seq, "sender": sender, "sender_name": sender_name, "text": text, "ts": ts}


def internal_messages(db: Database, interaction_id: str) -> list[dict[str, Any]]:
    return rows(
        db,
        "SELECT seq, sender, sender_name, text, ts FROM internal_messages"
        " WHERE interaction_id = ? ORDER BY seq",
        [interaction_id],
    )
