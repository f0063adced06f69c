"""Teams: who is a member (agents, experts) and who supervises them (supervisors)."""

from __future__ import annotations

from collections import defaultdict
from typing import Any, Literal

from sqlite_utils import Database

from shared.server.store import AlreadyExists, NotFound, rows

Kind = Literal["member", "supervisor"]


def list_teams(db: Database) -> list[dict[str, Any]]:
    """Every team by name: id, name, members [usernames], supervisors [usernames]."""
    teams = rows(db, "SELECT id, name FROM teams ORDER BY name COLLATE NOCASE")
    people: dict[tuple[int, str], list[str]] = defaultdict(list)
    for team_id, username, kind in db.execute(
        "SELECT team_id, username, kind FROM team_members ORDER BY username"
    ).fetchall():
        people[(team_id, kind)].append(username)
    for team in teams:
        team["members"] = people[(team["id"], "member")]
        team["supervisors"] = people[(team["id"], "supervisor")]
    return teams


def team_by_name(db: Database, name: str) -> dict[str, Any] | None:
    for team in list_teams(db):
        if team["name"].casefold() == name.casefold():
            return team
    return None


def create_team(db: Database, name: str, ts: float) -> int:
    """The new team's id; AlreadyExists if the name is taken (case-insensitive)."""
    cursor = db.execute(
        "INSERT INTO teams (name, created_at) VALUES (?, ?) ON CONFLICT (name) DO NOTHING",
        [name, ts],
    )
    if cursor.rowcount == 0:
        raise AlreadyExists(f"a team {name!r} exists already")
    return int(cursor.lastrowid)


def rename_team(db: Database, team_id: int, name: str) -> None:
    clash = db.execute("SELECT 1 FROM teams WHERE name = ? AND id != ?", [name, team_id]).fetchone()
    if clash:
        raise AlreadyExists(f"a team {name!r} exists already")
    if db.execute("UPDATE teams SET name = ? WHERE id = ?", [name, team_id]).rowcount == 0:
        raise NotFound(f"no team {team_id}")


def delete_team(db: Database, team_id: int) -> None:
    db.execute("DELETE FROM team_members WHERE team_id = ?", [team_id])
    if db.execute("DELETE FROM teams WHERE id = ?", [team_id]).rowcount == 0:
        raise NotFound(f"no team {team_id}")


def set_membership(db: Database, team_id: int, username: str, kind: Kind, present: bool) -> bool:
    """Add or remove one person of a team; True if that changed anything."""
    if db.execute("SELECT 1 FROM teams WHERE id = ?", [team_id]).fetchone() is None:
        raise NotFound(f"no team {team_id}")
    if present:
        cursor = db.execute(
            "INSERT INTO team_members (team_id, username, kind) VALUES (?, ?, ?)"
            " ON CONFLICT DO NOTHING",
            [team_id, username, kind],
        )
    else:
        cursor = db.execute(
            "DELETE FROM team_members WHERE team_id = ? AND username = ? AND kind = ?",
            [team_id, username, kind],
        )
    return cursor.rowcount > 0
