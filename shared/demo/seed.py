"""Put the demo city's topics and staff into a store (only what is missing)."""

from __future__ import annotations

from shared.demo import data
from shared.server import auth


async def seed_demo(store) -> None:
    for topic_id, name, department in data.TOPICS:
        await store.upsert_topic(topic_id, name, department)
    existing = {u["username"] for u in await store.list_users()}
    password_hash = None
    for username, display_name, role, skills in data.USERS:
        if username in existing:
            continue
        password_hash = password_hash or auth.hash_password(data.DEMO_PASSWORD)
        await store.add_user(username, display_name, role, password_hash, skills)
