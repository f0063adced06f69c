"""Callbacks: the citizen to phone back, and each attempt's result."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from shared.server.sql.interactions import set_interaction_state
from shared.server.store import rows, transaction


def add_callback(
    db: Database,
    interaction_id: str,
    number: str,
    queue: str,
    requested_by: str,
    ts: float,
    from_interaction: str | None = None,
    note: str = "",
) -> None:
    """The interaction becomes (or is) a callback to ``number``, waiting in ``queue``."""
    with transaction(db):
        db.execute(
            "INSERT INTO callbacks (interaction_id, number, queue, requested_by, requested_at,"
            " from_interaction, note) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [interaction_id, number, queue, requested_by, ts, from_interaction, note],
        )
        db.execute(
            "INSERT INTO interaction_events (interaction_id, ts, state, agent, reason, kind)"
            " VALUES (?, ?, 'requested', ?, ?, 'callback')",
            [
                interaction_id,
                ts,
                None if requested_by == "citizen" else requested_by,
                f"call back {number} ({requested_by})",
            ],
        )


def record_attempt(
    db: Database,
    interaction_id: str,
    ts: float,
    result: str,
    agent: str | None,
    reason: str,
    *,
    next_attempt_at: float | None = None,
    give_up: bool = False,
) -> int:
    """One attempt's result (reached, no_answer, busy, failed), counted and told in
    interaction_events; ``give_up``: that was the last one (``given_up`` then ends the
    interaction). Returns the attempts so far."""
    state = "reached" if result == "reached" else "not_reached" if give_up else "pending"
    with transaction(db):
        attempts = db.execute(
            "UPDATE callbacks SET attempts = attempts + 1, last_result = ?, state = ?,"
            " next_attempt_at = ? WHERE interaction_id = ? RETURNING attempts",
            [result, state, next_attempt_at, interaction_id],
        ).fetchall()
        db.execute(
            "INSERT INTO interaction_events (interaction_id, ts, state, agent, reason, kind)"
            " VALUES (?, ?, ?, ?, ?, 'callback')",
            [interaction_id, ts, result, agent, reason],
        )
    return attempts[0][0] if attempts else 0


def given_up(db: Database, interaction_id: str, ts: float) -> None:
    """Every attempt is used: the interaction ends abandoned, "callback not reached"."""
    set_interaction_state(
        db, interaction_id, "abandoned", ts, reason="callback not reached",
        failure="callback not reached",
    )  # fmt: skip


def requeued(db: Database, interaction_id: str, ts: float, attempt: int) -> None:
    """Back in line for the next attempt (its wait for a retry is over)."""
    with transaction(db):
        db.execute(
            "UPDATE callbacks SET next_attempt_at = NULL WHERE interaction_id = ?",
            [interaction_id],
        )
        db.execute(
            "INSERT INTO interaction_events (interaction_id, ts, state, reason, kind)"
            " VALUES (?, ?, 'queued', ?, 'callback')",
            [interaction_id, ts, f"attempt {attempt}"],
        )


def pending_callbacks(db: Database) -> list[dict[str, Any]]:
    """Callbacks not yet reached whose interaction is still open (for a restart): they
    wait in line or for their next attempt, whatever became of the server."""
    return rows(
        db,
        "SELECT c.interaction_id, c.number, c.queue, c.requested_by, c.note, c.attempts,"
        " c.next_attempt_at, i.state, i.topic, i.citizen_name, i.citizen_token, i.priority,"
        " i.created_at FROM callbacks c JOIN interactions i ON i.id = c.interaction_id"
        " WHERE c.state = 'pending' AND i.state IN ('queued', 'offered', 'active')"
        " ORDER BY i.created_at, c.interaction_id",
    )


def callback(db: Database, interaction_id: str) -> dict[str, Any] | None:
    found = rows(
        db,
        "SELECT interaction_id, number, queue, requested_by, requested_at, from_interaction,"
        " note, state, attempts, last_result, next_attempt_at FROM callbacks"
        " WHERE interaction_id = ?",
        [interaction_id],
    )
    return found[0] if found else None
