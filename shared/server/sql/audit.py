"""The audit log: who did what to whom (supervisor actions, knowledge-base edits)."""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from shared.server.store import rows


def audit(
    db: Database, actor: str, action: str, target: str, detail: dict[str, Any] | str, ts: float
) -> None:
    """Append to the audit log; ``detail`` is a dict or its JSON text."""
    if not isinstance(detail, str):
        detail = json.dumps(detail, ensure_ascii=False, sort_keys=True)
    db.execute(
        "INSERT INTO audit_log (ts, actor, action, target, detail) VALUES (?, ?, ?, ?, ?)",
        [ts, actor, action, target, detail],
    )


def audit_log(db: Database, limit: int = 100) -> list[dict[str, Any]]:
    """The latest ``limit`` entries, newest first; ``detail`` decoded."""
    entries = rows(
        db,
        "SELECT id, ts, actor, action, target, detail FROM audit_log ORDER BY id DESC LIMIT ?",
        [limit],
    )
    for entry in entries:
        entry["detail"] = json.loads(entry["detail"])
    return entries


def audit_entries(
    db: Database,
    action_prefix: str = "",
    target: str = "",
    since: float = 0.0,
    limit: int = 1000,
) -> list[dict[str, Any]]:
    """Entries oldest first whose action starts with ``action_prefix`` (``monitor``: every
    monitoring start, mode change, stop and refusal), of one ``target`` if given, from
    ``since``; ``detail`` decoded. For auditors (``cc-server audit``)."""
    sql = "SELECT id, ts, actor, action, target, detail FROM audit_log WHERE ts >= ?"
    args: list[Any] = [since]
    if action_prefix:
        sql += " AND action LIKE ? ESCAPE '\\'"
        escaped = action_prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        args.append(escaped + "%")
    if target:
        sql += " AND target = ?"
        args.append(target)
    sql += " ORDER BY id LIMIT ?"
    args.append(limit)
    entries = rows(db, sql, args)
    for entry in entries:
        entry["detail"] = json.loads(entry["detail"])
    return entries
