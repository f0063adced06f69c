"""Interactions (chats and calls), their state events, chat messages and wrap-ups."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from shared.contracts import FINAL_STATES, OPEN_STATES_SQL
from shared.knowledge.folding import fold, index_text
from shared.server.store import AlreadyExists, NotFound, row, rows, transaction

_INTERACTION_COLUMNS = (
    "id, channel, topic, citizen_name, citizen_token, priority, created_at, agent, state,"
    " updated_at, closed_at, caller, wait_seconds, failure, transfers, consults, second_line,"
    " queue, last_seq"
)


def create_interaction(
    db: Database,
    id: str,
    channel: str,
    topic: str,
    citizen_name: str,
    citizen_token: str,
    priority: int,
    created_at: float,
    first_message: str | None,
    caller: str = "",
    media: str = "",
    sign_language: str = "",
) -> dict[str, Any] | None:
    """Insert a queued interaction, its first event and, if given, its first message
    (seq 1 from the citizen). Returns that message (or None). AlreadyExists if the id is
    taken."""
    with transaction(db):
        cursor = db.execute(
            "INSERT INTO interactions (id, channel, topic, citizen_name, citizen_token,"
            " priority, state, created_at, updated_at, caller, media, sign_language)"
            " VALUES (?, ?, ?, ?, ?, ?, 'queued', ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
            [
                id,
                channel,
                topic,
                citizen_name,
                citizen_token,
                priority,
                created_at,
                created_at,
                caller,
                media,
                sign_language,
            ],
        )
        if cursor.rowcount == 0:
            raise AlreadyExists(f"interaction {id!r} already exists")
        db.execute(
            "INSERT INTO interaction_events (interaction_id, ts, state) VALUES (?, ?, 'queued')",
            [id, created_at],
        )
        if first_message is None:
            return None
        return add_message(db, id, "citizen", citizen_name, first_message, created_at)


def set_interaction_state(
    db: Database,
    id: str,
    state: str,
    ts: float,
    agent: str | None = None,
    reason: str = "",
    wait_seconds: float | None = None,
    failure: str = "",
) -> None:
    """Change the state and append an interaction_events row.

    ``agent`` given: it becomes the interaction's agent. ``agent`` None: the agent stays,
    except that ``queued`` clears it (back in the queue, nobody has it). The event row
    names the given agent, or else the agent the interaction had (e.g. who let it ring).
    ``wait_seconds`` / ``failure``, when given, are recorded on the interaction."""
    with transaction(db):
        current = db.execute("SELECT agent FROM interactions WHERE id = ?", [id]).fetchone()
        if current is None:
            raise NotFound(f"no interaction {id!r}")
        previous_agent = current[0]
        if agent is not None:
            new_agent = agent
        else:
            new_agent = None if state == "queued" else previous_agent
        closed_at = ts if state in FINAL_STATES else None
        db.execute(
            "UPDATE interactions SET state = ?, agent = ?, updated_at = ?, closed_at = ?"
            " WHERE id = ?",
            [state, new_agent, ts, closed_at, id],
        )
        if wait_seconds is not None:
            db.execute("UPDATE interactions SET wait_seconds = ? WHERE id = ?", [wait_seconds, id])
        if failure:
            db.execute("UPDATE interactions SET failure = ? WHERE id = ?", [failure, id])
        db.execute(
            "INSERT INTO interaction_events (interaction_id, ts, state, agent, reason)"
            " VALUES (?, ?, ?, ?, ?)",
            [id, ts, state, agent if agent is not None else previous_agent, reason],
        )


def note_outcome(
    db: Database, id: str, wait_seconds: float | None = None, failure: str = ""
) -> None:
    """Record how long the citizen waited and, when it broke, why (calls)."""
    if wait_seconds is not None:
        db.execute("UPDATE interactions SET wait_seconds = ? WHERE id = ?", [wait_seconds, id])
    if failure:
        db.execute("UPDATE interactions SET failure = ? WHERE id = ?", [failure, id])


def add_message(
    db: Database, interaction_id: str, sender: str, sender_name: str, text: str, ts: float
) -> dict[str, Any]:
    """Store a chat message with the interaction's next seq (1, 2, …, no gaps);
    returns {seq, sender, sender_name, text, ts}."""
    with transaction(db):
        # fetchall(): a RETURNING statement must run to completion before the savepoint
        # around it can be released.
        returned = db.execute(
            "UPDATE interactions SET last_seq = last_seq + 1 WHERE id = ? RETURNING last_seq",
            [interaction_id],
        ).fetchall()
        if not returned:
            raise NotFound(f"no interaction {interaction_id!r}")
        seq = returned[0][0]
        cursor = db.execute(
            "INSERT INTO chat_messages (interaction_id, seq, sender, sender_name, text, ts)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [interaction_id, seq, sender, sender_name, text, ts],
        )
        db.execute(  # the Conversations tab's full-text search (m023)
            "INSERT INTO chat_fts (rowid, text) VALUES (?, ?)",
            [cursor.lastrowid, index_text(fold(text))],
        )
    return {"seq": seq, "sender": sender, "sender_name": sender_name, "text": text, "ts": ts}


def messages(db: Database, interaction_id: str, after_seq: int = 0) -> list[dict[str, Any]]:
    """The interaction's messages with seq > after_seq, in seq order."""
    return rows(
        db,
        "SELECT seq, sender, sender_name, text, ts FROM chat_messages"
        " WHERE interaction_id = ? AND seq > ? ORDER BY seq",
        [interaction_id, after_seq],
    )


def open_interactions(db: Database) -> list[dict[str, Any]]:
    """Interactions queued, offered, active or in wrap-up, oldest first (then insertion order)."""
    return rows(
        db,
        f"SELECT {_INTERACTION_COLUMNS} FROM interactions WHERE {OPEN_STATES_SQL}"
        " ORDER BY created_at, rowid",
    )


def interaction(db: Database, id: str) -> dict[str, Any] | None:
    return row(db, f"SELECT {_INTERACTION_COLUMNS} FROM interactions WHERE id = ?", [id])


def interaction_for_citizen(db: Database, citizen_token: str) -> dict[str, Any] | None:
    """The citizen's latest interaction, whatever its state."""
    return row(
        db,
        f"SELECT {_INTERACTION_COLUMNS} FROM interactions WHERE citizen_token = ?"
        " ORDER BY created_at DESC, rowid DESC LIMIT 1",
        [citizen_token],
    )


def interaction_events(db: Database, interaction_id: str) -> list[dict[str, Any]]:
    return rows(
        db,
        "SELECT ts, state, agent, reason, kind FROM interaction_events"
        " WHERE interaction_id = ? ORDER BY id",
        [interaction_id],
    )


def add_event(
    db: Database,
    interaction_id: str,
    ts: float,
    kind: str,
    what: str,
    agent: str | None = None,
    reason: str = "",
) -> None:
    """A step that is not a state change (``kind`` consult/transfer/callback, ``what``
    requested/ringing/connected/…): the history reports are made of."""
    db.execute(
        "INSERT INTO interaction_events (interaction_id, ts, state, agent, reason, kind)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [interaction_id, ts, what, agent, reason, kind],
    )


def set_queue(db: Database, interaction_id: str, queue: str) -> None:
    """The queue it waits in from now on (a transfer to a department's)."""
    db.execute("UPDATE interactions SET queue = ? WHERE id = ?", [queue, interaction_id])


def count_second_line(
    db: Database, interaction_id: str, *, transfers: int = 0, consults: int = 0
) -> None:
    """Count a transfer or a consultation; either means the second line took part."""
    db.execute(
        "UPDATE interactions SET transfers = transfers + ?, consults = consults + ?,"
        " second_line = 1 WHERE id = ?",
        [transfers, consults, interaction_id],
    )


def save_wrapup(
    db: Database,
    interaction_id: str,
    agent: str,
    topic: str,
    notes: str,
    resolved_first_contact: bool,
    ts: float,
    close: bool = True,
) -> None:
    """Store the agent's wrap-up (a re-submission replaces it), settle the wrap-up they
    owed as a participant and, with ``close``, close the interaction. (The server
    closes it itself when the routing engine says nobody owes one any more.)"""
    with transaction(db):
        if (
            db.execute("SELECT 1 FROM interactions WHERE id = ?", [interaction_id]).fetchone()
            is None
        ):
            raise NotFound(f"no interaction {interaction_id!r}")
        db.execute(
            "INSERT INTO wrapups (interaction_id, agent, topic, notes, resolved_first_contact, ts)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (interaction_id, agent) DO UPDATE SET"
            " topic = excluded.topic, notes = excluded.notes,"
            " resolved_first_contact = excluded.resolved_first_contact, ts = excluded.ts",
            [interaction_id, agent, topic, notes, int(bool(resolved_first_contact)), ts],
        )
        # The wrap-up's topic tags the call's recordings (what citizens ask about).
        db.execute(
            "UPDATE recordings SET topic = ? WHERE interaction_id = ?", [topic, interaction_id]
        )
        db.execute(
            "UPDATE interaction_participants SET wrapup_due = 0"
            " WHERE interaction_id = ? AND username = ? AND wrapup_due = 1",
            [interaction_id, agent],
        )
        if close:
            set_interaction_state(db, interaction_id, "closed", ts, agent=agent, reason="wrapup")


def wrapups(db: Database, interaction_id: str) -> list[dict[str, Any]]:
    found = rows(
        db,
        "SELECT interaction_id, agent, topic, notes, resolved_first_contact, ts FROM wrapups"
        " WHERE interaction_id = ? ORDER BY agent",
        [interaction_id],
    )
    for wrapup in found:
        wrapup["resolved_first_contact"] = bool(wrapup["resolved_first_contact"])
    return found
