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
