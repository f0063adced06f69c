"""Users, their skills, topics and session tokens."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Any

from sqlite_utils import Database

from shared.server.store import AlreadyExists, NotFound, row, rows, transaction


def _user_exists(db: Database, username: str) -> bool:
    return db.execute("SELECT 1 FROM users WHERE username = ?", [username]).fetchone() is not None


def _insert_skills(db: Database, username: str, skills: dict[str, int]) -> None:
    db.conn.executemany(
        "INSERT INTO skills (username, topic, level) VALUES (?, ?, ?)",
        [(username, topic, int(level)) for topic, level in skills.items()],
    )


def add_user(
    db: Database,
    username: str,
    display_name: str,
    role: str,
    password_hash: str,
    skills: dict[str, int] | None = None,
) -> None:
    """Raises AlreadyExists (a ValueError) if the username is taken."""
    with transaction(db):
        cursor = db.execute(
            "INSERT INTO users (username, display_name, role, password_hash)"
            " VALUES (?, ?, ?, ?) ON CONFLICT (username) DO NOTHING",
            [username, display_name, role, password_hash],
        )
        if cursor.rowcount == 0:
            raise AlreadyExists(f"user {username!r} already exists")
        _insert_skills(db, username, skills or {})


_USER_COLUMNS = "username, display_name, role, password_hash, disabled"


def _with_skills(user: dict[str, Any]) -> dict[str, Any]:
    user["disabled"] = bool(user["disabled"])
    user["skills"] = {}
    return user


def get_user(db: Database, username: str) -> dict[str, Any] | None:
    """username, display_name, role, password_hash, skills {topic: level}, disabled."""
    user = row(db, f"SELECT {_USER_COLUMNS} FROM users WHERE username = ?", [username])
    if user is None:
        return None
    _with_skills(user)
    cursor = db.execute("SELECT topic, level FROM skills WHERE username = ?", [username])
    user["skills"].update(cursor.fetchall())
    return user


def list_users(db: Database) -> list[dict[str, Any]]:
    """Every user (disabled ones too), as get_user returns them, ordered by username."""
    users = {
        user["username"]: _with_skills(user)
        for user in rows(db, f"SELECT {_USER_COLUMNS} FROM users ORDER BY username")
    }
    for username, topic, level in db.execute("SELECT username, topic, level FROM skills"):
        users[username]["skills"][topic] = level
    return list(users.values())


def display_names(db: Database) -> dict[str, str]:
    """Every user's display name by username."""
    return dict(db.execute("SELECT username, display_name FROM users").fetchall())


def set_skills(db: Database, username: str, skills: dict[str, int]) -> None:
    """Replace the user's skills."""
    with transaction(db):
        if not _user_exists(db, username):
            raise NotFound(f"no user {username!r}")
        db.execute("DELETE FROM skills WHERE username = ?", [username])
        _insert_skills(db, username, skills)


def _update_user(db: Database, username: str, sql: str, params: Sequence[Any]) -> None:
    cursor = db.execute(f"UPDATE users SET {sql} WHERE username = ?", [*params, username])
    if cursor.rowcount == 0:
        raise NotFound(f"no user {username!r}")


def set_disabled(db: Database, username: str, disabled: bool) -> None:
    _update_user(db, username, "disabled = ?", [int(disabled)])


def set_password_hash(db: Database, username: str, password_hash: str) -> None:
    _update_user(db, username, "password_hash = ?", [password_hash])


def upsert_topic(db: Database, topic_id: str, name: str, department: str = "") -> None:
    db.execute(
        "INSERT INTO topics (id, name, department) VALUES (?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET name = excluded.name, department = excluded.department",
        [topic_id, name, department],
    )


def list_topics(db: Database) -> list[dict[str, Any]]:
    return rows(db, "SELECT id, name, department FROM topics ORDER BY name, id")


def set_topic_name(db: Database, topic_id: str, language: str, name: str) -> None:
    """The topic's name in ``language`` (an empty ``name`` removes it)."""
    _set_name(db, "topic_names", "topic", topic_id, language, name)


def set_department_name(db: Database, department: str, language: str, name: str) -> None:
    """The department's name in ``language`` (an empty ``name`` removes it)."""
    _set_name(db, "department_names", "department", department, language, name)


def _set_name(db: Database, table: str, key: str, value: str, language: str, name: str) -> None:
    if name:
        db.execute(
            f"INSERT INTO {table} ({key}, language, name) VALUES (?, ?, ?)"
            f" ON CONFLICT ({key}, language) DO UPDATE SET name = excluded.name",
            [value, language, name],
        )
    else:
        db.execute(f"DELETE FROM {table} WHERE {key} = ? AND language = ?", [value, language])


def topic_names(db: Database) -> dict[str, dict[str, str]]:
    """Topic id -> {language: name}."""
    return _names(db, "SELECT topic, language, name FROM topic_names ORDER BY topic, language")


def department_names(db: Database) -> dict[str, dict[str, str]]:
    """Department -> {language: name}."""
    return _names(
        db, "SELECT department, language, name FROM department_names ORDER BY 1, language"
    )


def _names(db: Database, sql: str) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for key, language, name in db.execute(sql).fetchall():
        out.setdefault(key, {})[language] = name
    return out


def token_hash(token: str) -> str:
    """What is stored of a secret token (session or citizen resume): its SHA-256."""
    return _token_hash(token)


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def create_token(db: Database, username: str, token: str, expires_at: float) -> None:
    """Stores only the token's SHA-256."""
    if not _user_exists(db, username):
        raise NotFound(f"no user {username!r}")
    db.execute(
        "INSERT INTO tokens (token_hash, username, expires_at) VALUES (?, ?, ?)"
        " ON CONFLICT (token_hash) DO UPDATE SET"
        " username = excluded.username, expires_at = excluded.expires_at",
        [_token_hash(token), username, expires_at],
    )


def user_for_token(db: Database, token: str, now: float) -> str | None:
    """The user of an unexpired token, unless that user is disabled."""
    found = db.execute(
        "SELECT t.username FROM tokens t JOIN users u ON u.username = t.username"
        " WHERE t.token_hash = ? AND t.expires_at > ? AND u.disabled = 0",
        [_token_hash(token), now],
    ).fetchone()
    return found[0] if found else None


def revoke_user_tokens(db: Database, username: str) -> int:
    """Revoke every session token of the user; returns how many."""
    return db.execute("DELETE FROM tokens WHERE username = ?", [username]).rowcount


def revoke_token(db: Database, token: str) -> None:
    db.execute("DELETE FROM tokens WHERE token_hash = ?", [_token_hash(token)])


def purge_tokens(db: Database, now: float) -> int:
    """Delete expired tokens; returns how many."""
    return db.execute("DELETE FROM tokens WHERE expires_at <= ?", [now]).rowcount
