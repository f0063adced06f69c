"""What the staffing planner reads from the history (read-only): when contacts arrived,
were answered and closed, and who was logged in."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from shared.server.store import rows


def contacts_between(
    db: Database, since: float, until: float, channels: tuple[str, ...]
) -> list[dict[str, Any]]:
    """Contacts of ``channels`` that arrived in [since, until): ``arrived``, ``answered``
    (the first time someone took it; NULL if nobody did) and ``closed``."""
    marks = ",".join("?" for _ in channels)
    return rows(
        db,
        f"""
        SELECT i.created_at AS arrived, i.closed_at AS closed,
            (SELECT MIN(e.ts) FROM interaction_events e
             WHERE e.interaction_id = i.id AND e.kind = 'state' AND e.state = 'active')
                AS answered
        FROM interactions i
        WHERE i.created_at >= ? AND i.created_at < ? AND i.channel IN ({marks})
        """,
        [since, until, *channels],
    )


def first_arrival(db: Database) -> float | None:
    """When the first contact ever stored arrived (None: an empty centre)."""
    found = rows(db, "SELECT MIN(created_at) AS first FROM interactions")
    return found[0]["first"] if found else None


def logins_between(db: Database, since: float, until: float) -> list[dict[str, Any]]:
    """Presence changes of first-line agents in [since, until), each agent's last one
    before ``since`` first: ``username, presence, ts``, in time order."""
    return rows(
        db,
        """
        SELECT h.username, h.presence, h.ts FROM presence_history h
        JOIN users u ON u.username = h.username AND u.role = 'agent'
        WHERE h.id IN (
            SELECT (SELECT id FROM presence_history p
                    WHERE p.username = x.username AND p.ts < ? ORDER BY p.ts DESC, p.id DESC
                    LIMIT 1)
            FROM (SELECT DISTINCT username FROM presence_history) x
        )
           OR (h.ts >= ? AND h.ts < ?)
        ORDER BY h.ts, h.id
        """,
        [since, since, until],
    )
