"""Figures for reports, straight from the history tables (read-only)."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from shared.server.store import rows


def second_line_by_topic(db: Database, since: float, until: float) -> list[dict[str, Any]]:
    """Per topic, for conversations that arrived in [since, until) and reached someone:
    how many, how many the first line resolved alone (no expert took part and the first
    wrap-up says resolved at first contact), how many were transferred or consulted on.
    """
    return rows(
        db,
        """
        WITH answered AS (
            SELECT i.id, i.topic, i.channel, i.transfers, i.consults, i.second_line,
                (SELECT w.resolved_first_contact FROM wrapups w
                 WHERE w.interaction_id = i.id ORDER BY w.ts LIMIT 1) AS first_resolved
            FROM interactions i
            WHERE i.created_at >= ? AND i.created_at < ?
              AND EXISTS (SELECT 1 FROM interaction_participants p
                          WHERE p.interaction_id = i.id AND p.role = 'owner')
        )
        SELECT topic,
            COUNT(*) AS answered,
            SUM(second_line = 0 AND COALESCE(first_resolved, 0) = 1) AS first_line_resolved,
            SUM(transfers > 0) AS transferred,
            SUM(consults > 0) AS consulted,
            SUM(channel = 'voice') AS calls,
            SUM(channel = 'chat') AS chats
        FROM answered GROUP BY topic ORDER BY answered DESC, topic
        """,
        [since, until],
    )
