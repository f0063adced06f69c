"""The Conversations tab's reads and its tags (search, one conversation's details)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from shared.knowledge.folding import fold, tokens
from shared.server.store import rows, transaction


@dataclass(frozen=True, slots=True)
class Filters:
    """A ``conversation.search`` query as SQL sees it (times already resolved)."""

    since: float | None = None
    until: float | None = None
    agent: str = ""
    topic: str = ""
    caller_digits: str = ""
    channel: str | None = None
    transferred: bool | None = None
    min_seconds: float | None = None
    max_seconds: float | None = None
    text: str = ""
    hour_of_day: int | None = None
    weekday: int | None = None
    chosen_topic: str = ""
    first_agent: str = ""
    visible: frozenset[str] | None = None  # usernames whose conversations; None: all


def fts_query(text: str) -> str:
    """Every word of ``text``, folded, as a prefix: "Przełącz" finds "przełączenie"."""
    return " ".join(f'"{w}"*' for w in tokens(fold(text)))


# answered: the first time someone took it; ended: the end of talk (wrap-up or close)
_ANSWERED = (
    "(SELECT MIN(e.ts) FROM interaction_events e WHERE e.interaction_id = i.id"
    " AND e.kind = 'state' AND e.state = 'active')"
)
_ENDED = (
    "COALESCE((SELECT MIN(e.ts) FROM interaction_events e WHERE e.interaction_id = i.id"
    " AND e.kind = 'state' AND e.state IN ('wrap_up', 'closed', 'abandoned')), i.closed_at)"
)


def _where(f: Filters) -> tuple[str, list[Any]]:
    where, args = ["1"], []
    if f.since is not None:
        where.append("i.created_at >= ?")
        args.append(f.since)
    if f.until is not None:
        where.append("i.created_at < ?")
        args.append(f.until)
    if f.agent:
        where.append(
            "(i.agent = ? OR EXISTS (SELECT 1 FROM interaction_participants p"
            " WHERE p.interaction_id = i.id AND p.username = ?))"
        )
        args += [f.agent, f.agent]
    if f.topic:
        where.append(
            "(i.topic = ? OR EXISTS (SELECT 1 FROM wrapups w WHERE w.interaction_id = i.id"
            " AND w.topic = ?) OR EXISTS (SELECT 1 FROM conversation_tags t"
            " WHERE t.interaction_id = i.id AND t.tag = ?))"
        )
        args += [f.topic, f.topic, f.topic]
    if f.chosen_topic:
        where.append("i.topic = ?")
        args.append(f.chosen_topic)
    if f.first_agent:
        where.append(
            "(SELECT p.username FROM interaction_participants p WHERE p.interaction_id = i.id"
            " AND p.role = 'owner' ORDER BY p.id LIMIT 1) = ?"
        )
        args.append(f.first_agent)
    if f.caller_digits:
        digits = "i.caller"
        for ch in " +-().":
            digits = f"replace({digits}, '{ch}', '')"
        where.append(f"instr({digits}, ?) > 0")
        args.append(f.caller_digits)
    if f.channel:
        where.append("i.channel = ?")
        args.append(f.channel)
    if f.transferred is not None:
        where.append("i.transfers > 0" if f.transferred else "i.transfers = 0")
    if f.min_seconds is not None:
        where.append(f"({_ENDED} - {_ANSWERED}) >= ?")
        args.append(f.min_seconds)
    if f.max_seconds is not None:
        where.append(f"({_ENDED} - {_ANSWERED}) <= ?")
        args.append(f.max_seconds)
    if f.text.strip():
        where.append(
            "i.id IN (SELECT m.interaction_id FROM chat_messages m WHERE m.id IN"
            " (SELECT rowid FROM chat_fts WHERE chat_fts MATCH ?))"
        )
        args.append(fts_query(f.text) or '""')
    if f.hour_of_day is not None:
        where.append("cc_local_hour(i.created_at) = ?")
        args.append(f.hour_of_day)
    if f.weekday is not None:
        where.append("cc_local_weekday(i.created_at) = ?")
        args.append(f.weekday)
    if f.visible is not None:
        people = sorted(f.visible) or [""]
        marks = ",".join("?" for _ in people)
        # or nobody took it: an unanswered conversation is the queue's, seen by all
        where.append(
            f"(i.agent IN ({marks}) OR EXISTS (SELECT 1 FROM interaction_participants p"
            f" WHERE p.interaction_id = i.id AND p.username IN ({marks}))"
            " OR (i.agent IS NULL AND NOT EXISTS (SELECT 1 FROM interaction_participants p"
            " WHERE p.interaction_id = i.id)))"
        )
        args += people + people
    return " AND ".join(where), args


def _register(db: Database, local: Callable[[float], tuple[int, int]]) -> None:
    """``cc_local_hour(ts)`` / ``cc_local_weekday(ts)`` in the centre's time zone."""
    db.conn.create_function("cc_local_hour", 1, lambda ts: local(ts)[0], deterministic=True)
    db.conn.create_function("cc_local_weekday", 1, lambda ts: local(ts)[1], deterministic=True)


def search(
    db: Database,
    f: Filters,
    local: Callable[[float], tuple[int, int]],
    offset: int,
    limit: int,
) -> tuple[int, list[dict[str, Any]]]:
    """(how many match, the page of them newest first, as ``conversation_rows``)."""
    _register(db, local)
    where, args = _where(f)
    total = db.execute(f"SELECT COUNT(*) FROM interactions i WHERE {where}", args).fetchone()[0]
    ids = [
        r[0]
        for r in db.execute(
            f"SELECT i.id FROM interactions i WHERE {where}"
            " ORDER BY i.created_at DESC, i.id DESC LIMIT ? OFFSET ?",
            [*args, limit, offset],
        )
    ]
    return total, conversation_rows(db, ids)


def conversation_rows(db: Database, ids: Iterable[str]) -> list[dict[str, Any]]:
    """The list's columns of each conversation, in the order of ``ids``."""
    ids = list(ids)
    if not ids:
        return []
    marks = ",".join("?" for _ in ids)
    found = {
        r["id"]: r
        for r in rows(
            db,
            f"""
            SELECT i.id, i.channel, i.topic, i.citizen_name, i.caller, i.created_at AS arrived,
                i.wait_seconds AS wait, i.transfers, i.state, i.agent,
                {_ANSWERED} AS answered, {_ENDED} AS ended,
                (SELECT w.topic FROM wrapups w WHERE w.interaction_id = i.id
                 ORDER BY w.ts LIMIT 1) AS wrapup_topic,
                (SELECT w.resolved_first_contact FROM wrapups w WHERE w.interaction_id = i.id
                 ORDER BY w.ts LIMIT 1) AS resolved,
                (SELECT json_group_array(tag) FROM (SELECT tag FROM conversation_tags t
                 WHERE t.interaction_id = i.id ORDER BY t.ts, t.tag)) AS tags,
                (SELECT json_group_array(username) FROM (SELECT username
                 FROM interaction_participants p WHERE p.interaction_id = i.id
                 GROUP BY username ORDER BY MIN(p.id))) AS agents,
                r.id AS recording_id, r.seconds AS recording_seconds,
                r.channels AS recording_channels
            FROM interactions i
            LEFT JOIN recordings r ON r.id = (SELECT MAX(id) FROM recordings x
                WHERE x.interaction_id = i.id AND x.state IN ('complete', 'repaired'))
            WHERE i.id IN ({marks})
            """,
            ids,
        )
    }
    return [found[i] for i in ids if i in found]


def events(db: Database, interaction_id: str) -> list[dict[str, Any]]:
    return rows(
        db,
        "SELECT ts, CASE WHEN kind = 'state' THEN state ELSE kind || ':' || state END AS what,"
        " COALESCE(agent, '') AS agent, reason FROM interaction_events"
        " WHERE interaction_id = ? ORDER BY id",
        [interaction_id],
    )


def wrapups(db: Database, interaction_id: str) -> list[dict[str, Any]]:
    return rows(
        db,
        "SELECT agent, topic, notes, resolved_first_contact, ts FROM wrapups"
        " WHERE interaction_id = ? ORDER BY ts",
        [interaction_id],
    )


def recordings(db: Database, interaction_id: str) -> list[dict[str, Any]]:
    return rows(
        db,
        "SELECT id, started_at, seconds, bytes, channels, layout, state FROM recordings"
        " WHERE interaction_id = ? ORDER BY id",
        [interaction_id],
    )


def recording(db: Database, recording_id: int) -> dict[str, Any] | None:
    found = rows(
        db,
        "SELECT id, interaction_id, path, state, bytes FROM recordings WHERE id = ?",
        [recording_id],
    )
    return found[0] if found else None


def set_tags(db: Database, interaction_id: str, tags: list[str], by: str, ts: float) -> None:
    """The supervisors' tags of a conversation become ``tags`` (kept ones keep their time)."""
    with transaction(db):
        keep = ",".join("?" for _ in tags) or "''"
        db.execute(
            f"DELETE FROM conversation_tags WHERE interaction_id = ? AND tag NOT IN ({keep})",
            [interaction_id, *tags],
        )
        for tag in tags:
            db.execute(
                "INSERT OR IGNORE INTO conversation_tags (interaction_id, tag, added_by, ts)"
                " VALUES (?, ?, ?, ?)",
                [interaction_id, tag, by, ts],
            )
