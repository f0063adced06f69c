"""Put the demo city's topics, staff and knowledge base into a store (only what is missing)."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

from shared.demo import data
from shared.knowledge import io as kb_io
from shared.server import auth
from shared.server.sql import teams, users

KB_DIR = Path(__file__).resolve().parents[2] / "resources" / "kb"


async def seed_demo(
    store, *, history: bool = False, recordings_dir: Path | None = None, timezone: str = ""
) -> None:
    """The demo's topics, staff, teams and articles; with ``history`` also a past week
    of conversations (shared/demo/history.py) — only ``cc-server --demo`` asks for it."""
    for topic_id, name, department in data.TOPICS:
        await store.write(users.upsert_topic, topic_id, name, department)
    for topic_id, names in data.TOPIC_NAMES.items():
        for language, name in names.items():
            await store.write(users.set_topic_name, topic_id, language, name)
    for department, names in data.DEPARTMENT_NAMES.items():
        for language, name in names.items():
            await store.write(users.set_department_name, department, language, name)
    existing = {u["username"] for u in await store.read(users.list_users)}
    password_hash = None
    for username, display_name, role, skills in data.USERS:
        if username in existing:
            continue
        password_hash = password_hash or auth.hash_password(data.DEMO_PASSWORD)
        await store.write(users.add_user, username, display_name, role, password_hash, skills)
    if not await store.read(teams.list_teams):  # the demo's two teams, once
        for name, members, supervisors in data.TEAMS:
            team_id = await store.write(teams.create_team, name, time.time())
            for username in members:
                await store.write(teams.set_membership, team_id, username, "member", True)
            for username in supervisors:
                await store.write(teams.set_membership, team_id, username, "supervisor", True)
    if KB_DIR.is_dir() and not await store.read(lambda db: db["articles"].count):
        records = await asyncio.get_running_loop().run_in_executor(None, kb_io.load_path, KB_DIR)
        await store.write(kb_io.import_articles, records=records, author="admin", now=time.time())
    if history:
        await store.write(_history, recordings_dir, timezone)


def _history(db, recordings_dir: Path | None, timezone: str) -> int:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from shared.demo.history import seed_history

    tz = ZoneInfo(timezone) if timezone else None
    today = datetime.fromtimestamp(time.time(), tz).date() if tz else datetime.now().date()
    return seed_history(db, today, tz, recordings_dir)
