"""Broadcasts to staff and who has read them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlite_utils import Database

from shared.server.store import rows

_COLUMNS = "id, ts, sender, text, team_id, team_name, article_id, article_title"


def add_broadcast(
    db: Database,
    ts: float,
    sender: str,
    text: str,
    team_id: int | None,
    team_name: str,
    article_id: str,
    article_title: str,
    recipients: Sequence[str],
) -> int:
    """Store a broadcast with its recipients; its id."""
    cursor = db.execute(
        "INSERT INTO broadcasts (ts, sender, text, team_id, team_name, article_id,"
        " article_title) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [ts, sender, text, team_id, team_name, article_id, article_title],
    )
    bid = int(cursor.lastrowid)
    db.conn.executemany(
        "INSERT INTO broadcast_recipients (broadcast_id, username) VALUES (?, ?)",
        [(bid, u) for u in recipients],
    )
    return bid


def mark_read(db: Database, broadcast_id: int, username: str, ts: float) -> bool:
    """True if this recipient had not read it yet (now they have)."""
    cursor = db.execute(
        "UPDATE broadcast_recipients SET read_at = ?"
        " WHERE broadcast_id = ? AND username = ? AND read_at IS NULL",
        [ts, broadcast_id, username],
    )
    return cursor.rowcount > 0


def broadcasts_since(db: Database, since: float) -> list[dict[str, Any]]:
    """Broadcasts sent at or after ``since``, oldest first, with ``recipients`` (the
    usernames) and ``read`` (the usernames who read it)."""
    found = rows(db, f"SELECT {_COLUMNS} FROM broadcasts WHERE ts >= ? ORDER BY id", [since])
    by_id = {b["id"]: b for b in found}
    for b in found:
        b["recipients"], b["read"] = [], []
    if found:
        for bid, username, read_at in db.execute(
            "SELECT broadcast_id, username, read_at FROM broadcast_recipients"
            " WHERE broadcast_id >= ?",
            [found[0]["id"]],
        ).fetchall():
            b = by_id.get(bid)
            if b is not None:
                b["recipients"].append(username)
                if read_at is not None:
                    b["read"].append(username)
    return found
