"""Presence: the history of every change and each user's last chosen state (restored
at a restart)."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from shared.server.sql.users import _update_user
from shared.server.store import rows, transaction


def record_presence(
    db: Database,
    username: str,
    chosen: str,
    presence: str,
    reason: str,
    ts: float,
    by: str = "",
) -> None:
    """Append to presence_history and remember the chosen state on the user (for a restart).
    ``by`` is stored in the column ``changed_by``."""
    with transaction(db):
        _update_user(
            db,
            username,
            "last_chosen = ?, last_reason = ?, last_presence_at = ?",
            [chosen, reason, ts],
        )
        db.execute(
            "INSERT INTO presence_history (username, chosen, presence, reason, ts, changed_by)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [username, chosen, presence, reason, ts, by],
        )


def last_presence(db: Database) -> dict[str, tuple[str, str]]:
    """username -> (chosen, reason) for every user; ('offline', '') if never recorded."""
    cursor = db.execute("SELECT username, last_chosen, last_reason FROM users")
    return {username: (chosen, reason) for username, chosen, reason in cursor.fetchall()}


def presence_history(db: Database, username: str, since: float = 0.0) -> list[dict[str, Any]]:
    return rows(
        db,
        "SELECT chosen, presence, reason, ts, changed_by FROM presence_history"
        " WHERE username = ? AND ts >= ? ORDER BY ts, id",
        [username, since],
    )
