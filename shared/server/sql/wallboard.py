"""What the wallboard rebuilds at start and what a supervisor's timeline reads (read-only)."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from shared.server.store import rows


def day_facts(db: Database, since: float) -> list[dict[str, Any]]:
    """Answers, abandons and closes of every conversation that had one since ``since``,
    with that conversation's earlier ones too (answered yesterday, closed today), in
    time order: ``interaction_id, topic, arrived, ts, state``."""
    return rows(
        db,
        """
        SELECT e.interaction_id, i.topic, i.created_at AS arrived, e.ts, e.state
        FROM interactions i
        JOIN interaction_events e ON e.interaction_id = i.id
        WHERE i.id IN (
            SELECT interaction_id FROM interaction_events WHERE ts >= ? AND kind = 'state'
        )
          AND e.kind = 'state' AND e.state IN ('active', 'abandoned', 'closed')
        ORDER BY e.ts, e.id
        """,
        [since],
    )


def presence_day(db: Database, username: str, since: float) -> list[dict[str, Any]]:
    """The last presence_history row before ``since`` (if any), then every one after."""
    before = rows(
        db,
        "SELECT presence, reason, ts, changed_by FROM presence_history"
        " WHERE username = ? AND ts < ? ORDER BY ts DESC, id DESC LIMIT 1",
        [username, since],
    )
    after = rows(
        db,
        "SELECT presence, reason, ts, changed_by FROM presence_history"
        " WHERE username = ? AND ts >= ? ORDER BY ts, id",
        [username, since],
    )
    return before + after
