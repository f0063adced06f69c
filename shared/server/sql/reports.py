"""Figures for reports, straight from the history tables (read-only)."""

from __future__ import annotations

from collections.abc import Iterator
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


# One row per conversation that arrived in [since, until): the facts the reports engine
# (shared/server/reports) aggregates. Times come from the state events: the first
# ``active`` (answered), ``wrap_up`` (end of talk), ``closed`` and ``abandoned``.
# ``repeat``: a later conversation of the same citizen (caller number, else web
# identity; withheld numbers never repeat) on the same topic within ``window`` seconds.
FACTS_SQL = """
SELECT i.id, i.channel, i.topic, i.created_at AS arrived, i.caller, i.citizen_token,
    i.transfers, i.second_line,
    (SELECT MIN(e.ts) FROM interaction_events e WHERE e.interaction_id = i.id
        AND e.kind = 'state' AND e.state = 'active') AS answered_at,
    (SELECT MIN(e.ts) FROM interaction_events e WHERE e.interaction_id = i.id
        AND e.kind = 'state' AND e.state = 'wrap_up') AS talk_ended_at,
    (SELECT MIN(e.ts) FROM interaction_events e WHERE e.interaction_id = i.id
        AND e.kind = 'state' AND e.state = 'closed') AS closed_at,
    (SELECT MIN(e.ts) FROM interaction_events e WHERE e.interaction_id = i.id
        AND e.kind = 'state' AND e.state = 'abandoned') AS abandoned_at,
    (SELECT p.username FROM interaction_participants p WHERE p.interaction_id = i.id
        AND p.role = 'owner' ORDER BY p.id LIMIT 1) AS first_agent,
    (SELECT w.resolved_first_contact FROM wrapups w WHERE w.interaction_id = i.id
        ORDER BY w.ts, w.id LIMIT 1) AS first_resolved,
    (SELECT MAX(w.ts) FROM wrapups w WHERE w.interaction_id = i.id) AS wrapup_at,
    CASE
        WHEN i.caller != '' THEN EXISTS (SELECT 1 FROM interactions j
            WHERE j.caller = i.caller AND j.caller != '' AND j.created_at > i.created_at
              AND j.created_at <= i.created_at + :window AND j.topic = i.topic)
        WHEN i.channel != 'voice' AND i.citizen_token NOT LIKE 'call:%'
            THEN EXISTS (SELECT 1 FROM interactions j
            WHERE j.citizen_token = i.citizen_token AND j.created_at > i.created_at
              AND j.created_at <= i.created_at + :window AND j.topic = i.topic)
        ELSE 0
    END AS repeat
FROM interactions i
WHERE i.created_at >= :since AND i.created_at < :until {where}
ORDER BY i.created_at, i.id
"""


def conversation_facts(
    db: Database,
    since: float,
    until: float,
    window: float,
    *,
    topic: str = "",
    channel: str = "",
    agent: str = "",
) -> Iterator[tuple]:
    """The raw facts rows (tuples in FACTS_SQL's column order) from a cursor: a
    generator, so a year's CSV never sits in memory."""
    where = ""
    params: dict[str, Any] = {"since": since, "until": until, "window": window}
    if topic:
        where += " AND i.topic = :topic"
        params["topic"] = topic
    if channel:
        where += " AND i.channel = :channel"
        params["channel"] = channel
    if agent:
        where += (
            " AND (SELECT p.username FROM interaction_participants p WHERE"
            " p.interaction_id = i.id AND p.role = 'owner' ORDER BY p.id LIMIT 1) = :agent"
        )
        params["agent"] = agent
    cursor = db.conn.execute(FACTS_SQL.format(where=where), params)
    while batch := cursor.fetchmany(2000):
        yield from batch


def kb_self_service(db: Database, since: float, until: float) -> list[dict[str, Any]]:
    """Knowledge-base answers citizens marked helpful in [since, until), per topic."""
    return rows(
        db,
        "SELECT topic, COUNT(*) AS n FROM kb_answers WHERE by = 'citizen'"
        " AND ts >= ? AND ts < ? GROUP BY topic",
        [since, until],
    )
