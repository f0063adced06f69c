"""shared.server.store against real SQLite files, real threads and a real kill -9."""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import msgspec
import pytest

from shared.protocol import ChatMessage, InteractionInfo
from shared.server.migrations import MIGRATIONS
from shared.server.sql import audit, interactions, presence, users
from shared.server.store import (
    AlreadyExists,
    NotFound,
    Store,
    StoreClosed,
    StoreLocked,
    transaction,
    writer_database,
)

ROOT = Path(__file__).resolve().parents[2]

MIGRATION_NAMES = [
    "m001_create_users",
    "m002_create_topics",
    "m003_create_tokens",
    "m004_create_presence_history",
    "m005_create_interactions",
    "m006_create_chat_messages",
    "m007_create_wrapups",
    "m008_create_audit_log",
    "m009_create_articles",
    "m010_create_kb_search",
    "m011_kb_title_index_and_prefixes",
    "m012_calls_and_recordings",
    "m013_participants",
    "m014_callbacks",
    "m015_hash_citizen_tokens",
    "m017_teams",
    "m018_broadcasts",
    "m019_wallboard",
    "m020_stereo_recordings",
    "m022_reports",
    "m023_conversation_search",
    "m024_quality_and_retention",
    "m025_browser_calls",
    "m026_names_per_language",
]
TABLES = {
    "users",
    "skills",
    "topics",
    "topic_names",
    "department_names",
    "tokens",
    "presence_history",
    "interactions",
    "interaction_events",
    "chat_messages",
    "wrapups",
    "audit_log",
    "_sqlite_migrations",
}


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "cc.db"  # the directory does not exist yet


@pytest.fixture
async def store(db_path: Path):
    s = Store(db_path)
    await s.open()
    yield s
    await s.close()


async def seed(store: Store, *, interaction: str | None = "i1") -> None:
    await store.write(users.add_user, "anna", "Anna Nowak", "agent", "hash-a", {"tax": 3})
    await store.write(users.add_user, "bob", "Bob", "expert", "hash-b", {"tax": 5, "parking": 2})
    if interaction:
        await store.write(
            interactions.create_interaction,
            interaction,
            "chat",
            "tax",
            "Jan",
            "tok-1",
            0,
            10.0,
            None,
        )


# --------------------------------------------------------------------------- round trips


async def test_users_round_trip(store: Store) -> None:
    await seed(store, interaction=None)
    anna = await store.read(users.get_user, "anna")
    assert anna == {
        "username": "anna",
        "display_name": "Anna Nowak",
        "role": "agent",
        "password_hash": "hash-a",
        "skills": {"tax": 3},
        "disabled": False,
    }
    assert await store.read(users.get_user, "nobody") is None
    with pytest.raises(AlreadyExists) as excinfo:
        await store.write(users.add_user, "anna", "Other", "agent", "x", {})
    assert isinstance(excinfo.value, ValueError)

    await store.write(users.set_skills, "anna", {"parking": 1, "waste": 4})
    assert (await store.read(users.get_user, "anna"))["skills"] == {"parking": 1, "waste": 4}
    with pytest.raises(NotFound):
        await store.write(users.set_skills, "nobody", {"tax": 1})

    await store.write(users.set_disabled, "bob", True)
    await store.write(users.set_password_hash, "anna", "hash-a2")
    everyone = await store.read(users.list_users)
    assert [u["username"] for u in everyone] == ["anna", "bob"]
    assert everyone[0]["password_hash"] == "hash-a2"
    assert everyone[1]["disabled"] is True
    assert everyone[1]["skills"] == {"tax": 5, "parking": 2}


async def test_topics_round_trip(store: Store) -> None:
    await store.write(users.upsert_topic, "tax", "Taxes", "Finance")
    await store.write(users.upsert_topic, "parking", "Parking permits")
    await store.write(users.upsert_topic, "tax", "Local taxes", "Finance")  # upsert replaces
    assert await store.read(users.list_topics) == [
        {"id": "tax", "name": "Local taxes", "department": "Finance"},
        {"id": "parking", "name": "Parking permits", "department": ""},
    ]


async def test_topic_and_department_names_per_language(store: Store) -> None:
    await store.write(users.upsert_topic, "tax", "Local taxes", "Finance")
    await store.write(users.set_topic_name, "tax", "pl", "Podatki")
    await store.write(users.set_topic_name, "tax", "da", "Skat")
    await store.write(users.set_topic_name, "tax", "da", "Lokale skatter")  # replaces
    await store.write(users.set_department_name, "Finance", "uk", "Фінанси")
    assert await store.read(users.topic_names) == {"tax": {"da": "Lokale skatter", "pl": "Podatki"}}
    assert await store.read(users.department_names) == {"Finance": {"uk": "Фінанси"}}
    await store.write(users.set_topic_name, "tax", "pl", "")  # an empty name removes it
    assert await store.read(users.topic_names) == {"tax": {"da": "Lokale skatter"}}


async def test_tokens(store: Store) -> None:
    await seed(store, interaction=None)
    await store.write(users.create_token, "anna", "secret-token", expires_at=100.0)
    assert await store.read(users.user_for_token, "secret-token", now=50.0) == "anna"
    assert await store.read(users.user_for_token, "secret-token", now=100.0) is None  # expired
    assert await store.read(users.user_for_token, "other", now=50.0) is None
    with pytest.raises(NotFound):
        await store.write(users.create_token, "nobody", "t", 100.0)
    # only a hash is stored
    stored = await store.read(lambda db: db.execute("SELECT token_hash FROM tokens").fetchall())
    assert stored and all("secret-token" not in row[0] for row in stored)
    # a disabled user's tokens stop working
    await store.write(users.create_token, "bob", "bob-token", 100.0)
    await store.write(users.set_disabled, "bob", True)
    assert await store.read(users.user_for_token, "bob-token", now=50.0) is None
    await store.write(users.revoke_token, "secret-token")
    assert await store.read(users.user_for_token, "secret-token", now=50.0) is None
    assert await store.write(users.purge_tokens, now=200.0) == 1


async def test_presence_survives_restart(store: Store, db_path: Path) -> None:
    await seed(store, interaction=None)
    await store.write(presence.record_presence, "anna", "available", "available", "", 1.0)
    await store.write(
        presence.record_presence, "anna", "not_ready", "not_ready", "Lunch", 2.0, by="sup"
    )
    assert await store.read(presence.last_presence) == {
        "anna": ("not_ready", "Lunch"),
        "bob": ("offline", ""),
    }
    history = await store.read(presence.presence_history, "anna")
    assert [(h["chosen"], h["reason"], h["ts"], h["changed_by"]) for h in history] == [
        ("available", "", 1.0, ""),
        ("not_ready", "Lunch", 2.0, "sup"),
    ]
    with pytest.raises(NotFound):
        await store.write(presence.record_presence, "nobody", "available", "available", "", 3.0)
    await store.close()
    async with Store(db_path) as again:
        assert (await again.read(presence.last_presence))["anna"] == ("not_ready", "Lunch")


async def test_interaction_lifecycle(store: Store) -> None:
    await seed(store, interaction=None)
    first = await store.write(
        interactions.create_interaction, "i1", "chat", "tax", "Jan", "tok-1", 2, 10.0, "Hello"
    )
    assert first == {
        "seq": 1,
        "sender": "citizen",
        "sender_name": "Jan",
        "text": "Hello",
        "ts": 10.0,
    }
    msgspec.convert(first, ChatMessage)  # the dicts fit the protocol structs
    assert (
        await store.write(
            interactions.create_interaction, "i2", "voice", "tax", "", "tok-2", 0, 11.0, None
        )
        is None
    )
    with pytest.raises(AlreadyExists):
        await store.write(
            interactions.create_interaction, "i1", "chat", "tax", "Jan", "tok-1", 0, 12.0, None
        )

    row = await store.read(interactions.interaction, "i1")
    assert row is not None
    info = msgspec.convert(row, InteractionInfo)
    assert (info.state, info.priority, info.agent, row["citizen_token"]) == (
        "queued",
        2,
        None,
        "tok-1",
    )
    assert [r["id"] for r in await store.read(interactions.open_interactions)] == ["i1", "i2"]

    await store.write(interactions.set_interaction_state, "i1", "offered", 12.0, agent="anna")
    await store.write(
        interactions.set_interaction_state, "i1", "queued", 13.0, reason="rona"
    )  # clears the agent
    assert (await store.read(interactions.interaction, "i1"))["agent"] is None
    await store.write(interactions.set_interaction_state, "i1", "offered", 14.0, agent="bob")
    await store.write(interactions.set_interaction_state, "i1", "active", 15.0)  # keeps bob
    assert (await store.read(interactions.interaction, "i1"))["agent"] == "bob"
    with pytest.raises(NotFound):
        await store.write(interactions.set_interaction_state, "nope", "active", 15.0)

    second = await store.write(
        interactions.add_message, "i1", "agent", "Bob", "Hi, how can I help?", 16.0
    )
    assert second["seq"] == 2
    await store.write(interactions.add_message, "i1", "citizen", "Jan", "Thanks", 17.0)
    with pytest.raises(NotFound):
        await store.write(interactions.add_message, "nope", "agent", "Bob", "x", 17.0)
    msgs = await store.read(interactions.messages, "i1")
    assert [(m["seq"], m["text"]) for m in msgs] == [
        (1, "Hello"),
        (2, "Hi, how can I help?"),
        (3, "Thanks"),
    ]
    assert [m["seq"] for m in await store.read(interactions.messages, "i1", after_seq=2)] == [3]

    await store.write(interactions.set_interaction_state, "i1", "wrap_up", 18.0)
    await store.write(interactions.save_wrapup, "i1", "bob", "tax", "explained", True, 19.0)
    await store.write(
        interactions.save_wrapup, "i1", "bob", "tax", "explained twice", True, 19.5
    )  # replaces
    closed = await store.read(interactions.interaction, "i1")
    assert (closed["state"], closed["closed_at"], closed["agent"]) == ("closed", 19.5, "bob")
    assert [w["notes"] for w in await store.read(interactions.wrapups, "i1")] == ["explained twice"]
    assert [r["id"] for r in await store.read(interactions.open_interactions)] == ["i2"]
    events = await store.read(interactions.interaction_events, "i1")
    assert [(e["state"], e["agent"], e["reason"]) for e in events] == [
        ("queued", None, ""),
        ("offered", "anna", ""),
        ("queued", "anna", "rona"),
        ("offered", "bob", ""),
        ("active", "bob", ""),
        ("wrap_up", "bob", ""),
        ("closed", "bob", "wrapup"),
        ("closed", "bob", "wrapup"),
    ]

    # the citizen's latest interaction
    await store.write(
        interactions.create_interaction, "i3", "chat", "tax", "Jan", "tok-1", 0, 20.0, "Again"
    )
    assert (await store.read(interactions.interaction_for_citizen, "tok-1"))["id"] == "i3"
    assert await store.read(interactions.interaction_for_citizen, "unknown") is None


async def test_audit_log(store: Store) -> None:
    await store.write(audit.audit, "sup", "monitor.listen", "anna", {"call": "c1"}, 1.0)
    await store.write(audit.audit, "sup", "presence.force", "bob", {"reason": "Przerwa żółta"}, 2.0)
    await store.write(audit.audit, "admin", "user.add", "carol", {}, 3.0)
    log = await store.read(audit.audit_log, limit=2)
    assert [(e["action"], e["ts"]) for e in log] == [("user.add", 3.0), ("presence.force", 2.0)]
    assert log[1]["detail"] == {"reason": "Przerwa żółta"}
    with pytest.raises(TypeError):
        await store.write(audit.audit, "sup", "x", "y", {"bad": object()}, 4.0)


# --------------------------------------------------------------------------- the writer


async def test_seq_has_no_gaps_under_200_concurrent_writers(store: Store) -> None:
    await seed(store)
    commits_before = store.commits
    results = await asyncio.gather(
        *(
            store.write(interactions.add_message, "i1", "agent", "Anna", f"m{k}", float(k))
            for k in range(200)
        )
    )
    assert sorted(r["seq"] for r in results) == list(range(1, 201))
    stored = await store.read(interactions.messages, "i1")
    assert [m["seq"] for m in stored] == list(range(1, 201))
    assert {m["text"] for m in stored} == {f"m{k}" for k in range(200)}
    assert store.commits - commits_before < 200  # group commit batched them


async def _one_batch(store: Store, fns) -> list:
    """Run ``fns`` as one writer batch: hold the writer until all are queued."""
    started, gate = threading.Event(), threading.Event()

    def hold(db):
        started.set()
        gate.wait(5)

    holder = asyncio.ensure_future(store.write(hold))
    assert await asyncio.to_thread(started.wait, 5)
    tasks = [asyncio.ensure_future(store.write(fn)) for fn in fns]
    await asyncio.sleep(0)  # let every task reach the queue
    commits_before = store.commits
    gate.set()
    await holder
    results = await asyncio.gather(*tasks, return_exceptions=True)
    # the holder's transaction, then all of ``fns`` in one more
    assert store.commits - commits_before == 2
    return results


async def test_failing_fn_rolls_back_only_itself(store: Store) -> None:
    def good(topic):
        return lambda db: db.execute("INSERT INTO topics (id, name) VALUES (?, ?)", [topic, topic])

    def bad(db):
        db.execute("INSERT INTO topics (id, name) VALUES ('half', 'half')")
        raise RuntimeError("boom")

    results = await _one_batch(store, [good("a"), bad, good("b")])
    assert isinstance(results[1], RuntimeError)
    assert not isinstance(results[0], Exception) and not isinstance(results[2], Exception)
    assert [t["id"] for t in await store.read(users.list_topics)] == ["a", "b"]


async def test_fn_destroying_the_transaction_does_not_lose_the_others(store: Store) -> None:
    # RAISE(ROLLBACK) ends the whole transaction, savepoints included: the writer must
    # re-run the functions of the batch that had already succeeded.
    await store.write(
        lambda db: db.execute(
            "CREATE TEMP TRIGGER no_evil BEFORE INSERT ON topics WHEN NEW.id = 'evil'"
            " BEGIN SELECT RAISE(ROLLBACK, 'evil topic'); END"
        )
    )

    def topic(topic_id):
        return lambda db: db.execute(
            "INSERT INTO topics (id, name) VALUES (?, ?)", [topic_id, topic_id]
        )

    results = await _one_batch(store, [topic("a"), topic("evil"), topic("b")])
    assert isinstance(results[1], sqlite3.IntegrityError) and "evil" in str(results[1])
    assert [t["id"] for t in await store.read(users.list_topics)] == ["a", "b"]


async def test_write_and_read_pass_the_arguments_on(store: Store) -> None:
    def put(db, topic_id, name, *, department=""):
        db.execute(
            "INSERT INTO topics (id, name, department) VALUES (?, ?, ?)",
            [topic_id, name, department],
        )
        return topic_id

    def get(db, topic_id, *, column):
        return db.execute(f"SELECT {column} FROM topics WHERE id = ?", [topic_id]).fetchone()[0]

    assert await store.write(put, "a", "A", department="D") == "a"
    assert await store.write(put, "b", name="B") == "b"
    assert await store.read(get, "a", column="department") == "D"
    assert await store.read(get, "b", column="name") == "B"
    # ``fn`` is positional-only: a keyword of that name goes to the function
    assert await store.read(lambda db, fn: fn, fn="x") == "x"
    assert await store.write(lambda db, fn: fn, fn="y") == "y"


async def test_sync_waits_for_everything_queued_before_it(store: Store) -> None:
    await seed(store)
    started, gate = threading.Event(), threading.Event()

    def hold(db):
        started.set()
        gate.wait(5)

    held = store.write(hold)
    assert await asyncio.to_thread(started.wait, 5)
    queued = [
        store.write(interactions.add_message, "i1", "agent", "Anna", f"m{k}", 1.0) for k in range(5)
    ]
    failing = store.write(interactions.add_message, "nope", "agent", "Anna", "x", 1.0)
    synced = store.sync()
    await asyncio.sleep(0.05)
    assert not synced.done()  # the writer is still held
    gate.set()
    assert await synced is None
    assert held.done() and all(f.done() for f in queued) and failing.done()
    assert isinstance(failing.exception(), NotFound)
    assert [m["seq"] for m in await store.read(interactions.messages, "i1")] == [1, 2, 3, 4, 5]
    await store.close()
    with pytest.raises(StoreClosed):
        store.sync()


async def test_writes_and_reads_run_off_the_loop_thread(store: Store) -> None:
    loop_thread = threading.current_thread().name
    writer = await store.write(lambda db: threading.current_thread().name)
    reader = await store.read(lambda db: threading.current_thread().name)
    assert writer == "store-writer"
    assert reader.startswith("store-reader") and reader != loop_thread


async def test_loop_stays_responsive_under_write_load(store: Store) -> None:
    await seed(store)
    worst = 0.0
    done = False

    async def ticker():
        nonlocal worst
        while not done:
            t0 = time.perf_counter()
            await asyncio.sleep(0.002)
            worst = max(worst, time.perf_counter() - t0)

    tick = asyncio.ensure_future(ticker())

    async def writer(k):
        for n in range(20):
            await store.write(interactions.add_message, "i1", "agent", "Anna", f"{k}-{n}", 1.0)
            if n % 10 == 0:
                await store.read(interactions.messages, "i1", after_seq=n)

    await asyncio.gather(*(writer(k) for k in range(50)))
    done = True
    await tick
    assert worst < 0.25, f"event loop stalled for {worst * 1000:.0f} ms"


async def test_close_commits_everything_queued(db_path: Path) -> None:
    store = Store(db_path)
    await store.open()
    await seed(store)
    tasks = [
        asyncio.ensure_future(
            store.write(interactions.add_message, "i1", "agent", "Anna", str(k), 1.0)
        )
        for k in range(100)
    ]
    await asyncio.sleep(0)  # queued, not yet acknowledged
    await store.close()
    assert [t.result()["seq"] for t in tasks] == list(range(1, 101))
    with pytest.raises(StoreClosed):
        await store.write(interactions.add_message, "i1", "agent", "Anna", "late", 2.0)
    with pytest.raises(StoreClosed):
        await store.read(interactions.messages, "i1")
    async with Store(db_path) as again:
        assert len(await again.read(interactions.messages, "i1")) == 100


# --------------------------------------------------------------------------- connections


async def test_readers_cannot_write(store: Store) -> None:
    assert await store.read(lambda db: db.execute("PRAGMA query_only").fetchone()[0]) == 1
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        await store.read(lambda db: db.execute("INSERT INTO topics (id, name) VALUES ('x', 'x')"))
    with pytest.raises(sqlite3.OperationalError):
        await store.read(lambda db: db["topics"].insert({"id": "y", "name": "y"}))
    # even with query_only switched off, the connection itself is read-only (mode=ro)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):

        def sneaky(db):
            db.conn.execute("COMMIT")  # leave the read transaction for the PRAGMA
            db.conn.execute("PRAGMA query_only=0")
            try:
                db.conn.execute("INSERT INTO topics (id, name) VALUES ('z', 'z')")
            finally:
                db.conn.execute("PRAGMA query_only=1")

        await store.read(sneaky)
    assert await store.read(users.list_topics) == []


async def test_writer_pragmas(store: Store) -> None:
    pragmas = await store.write(
        lambda db: {
            name: db.execute(f"PRAGMA {name}").fetchone()[0]
            for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
        }
    )
    assert pragmas == {
        "journal_mode": "wal",
        "synchronous": 2,
        "foreign_keys": 1,
        "busy_timeout": 5000,
    }
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
        await store.write(
            lambda db: db.execute(
                "INSERT INTO skills (username, topic, level) VALUES ('ghost', 'tax', 1)"
            )
        )


async def test_one_writer_per_database(store: Store, db_path: Path) -> None:
    with pytest.raises(StoreLocked):
        await Store(db_path).open()
    with pytest.raises(StoreLocked), writer_database(db_path):
        pass
    await store.close()
    # the server is gone: the CLI may write with the module functions
    with writer_database(db_path) as db, transaction(db):
        users.add_user(db, "carol", "Carol", "supervisor", "hash-c", {})
    async with Store(db_path) as again:
        assert (await again.read(users.get_user, "carol"))["role"] == "supervisor"
    with writer_database(db_path) as db:
        assert users.get_user(db, "carol")["display_name"] == "Carol"


async def test_migrations_are_versioned_and_idempotent(store: Store, db_path: Path) -> None:
    await seed(store)
    await store.close()
    async with Store(db_path) as again:  # second open applies nothing
        applied = await again.read(
            lambda db: [
                r["name"]
                for r in db.query(
                    "SELECT name FROM _sqlite_migrations WHERE migration_set = 'cc' ORDER BY id"
                )
            ]
        )
        assert applied == MIGRATION_NAMES
        assert await again.read(lambda db: MIGRATIONS.pending(db)) == []
        assert TABLES <= set(await again.read(lambda db: db.table_names()))
        assert (await again.read(users.get_user, "anna"))["skills"] == {"tax": 3}


def _plans(fn, *args):
    """A read function: run ``fn(db, *args)`` and return the query plan of each SELECT it ran."""

    def run(db):
        statements: list[str] = []
        db.conn.set_trace_callback(statements.append)  # the SQL with its values bound
        try:
            fn(db, *args)
        finally:
            db.conn.set_trace_callback(None)
        return [
            " | ".join(row[3] for row in db.execute(f"EXPLAIN QUERY PLAN {sql}").fetchall())
            for sql in statements
            if sql.lstrip().upper().startswith("SELECT")
        ]

    return run


async def test_queries_use_indexes(store: Store) -> None:
    (open_plan,) = await store.read(_plans(interactions.open_interactions))
    assert open_plan == "SCAN interactions USING INDEX interactions_open"  # the partial index
    lookups = [
        (interactions.interaction_for_citizen, "tok"),
        (interactions.messages, "i1", 3),
        (interactions.interaction, "i1"),
        (interactions.interaction_events, "i1"),
        (users.get_user, "anna"),
        (users.user_for_token, "tok", 1.0),
        (presence.presence_history, "anna", 0.0),
        (interactions.wrapups, "i1"),
    ]
    for fn, *args in lookups:
        for plan in await store.read(_plans(fn, *args)):
            assert "SCAN" not in plan and "TEMP B-TREE" not in plan, (fn.__name__, plan)


async def test_the_wallboards_day_is_found_by_time_not_by_a_scan(store: Store) -> None:
    from shared.server.sql import wallboard

    def plan(db):
        statements: list[str] = []
        db.conn.set_trace_callback(statements.append)
        try:
            wallboard.day_facts(db, 1.0)
            wallboard.presence_day(db, "anna", 1.0)
        finally:
            db.conn.set_trace_callback(None)
        return [
            " | ".join(r[3] for r in db.execute(f"EXPLAIN QUERY PLAN {sql}").fetchall())
            for sql in statements
            if sql.lstrip().upper().startswith(("SELECT", "WITH"))
        ]

    day, *presence_plans = await store.read(plan)
    assert "interaction_events_ts" in day and "SCAN interaction_events" not in day, day
    for found in presence_plans:
        assert "SCAN" not in found, found


# --------------------------------------------------------------------------- kill -9

CHILD = r"""
import asyncio, sys
from shared.server.sql import interactions, users
from shared.server.store import Store

async def main(path):
    store = Store(path)
    await store.open()
    await store.write(users.add_user, "anna", "Anna", "agent", "h", {})
    await store.write(interactions.create_interaction, "i1", "chat", "tax", "Jan", "tok", 0, 0.0, None)
    print("ready", flush=True)

    async def writer(k):
        n = 0
        while True:
            n += 1
            msg = await store.write(interactions.add_message, "i1", "agent", "Anna", f"w{k}-{n}", 1.0)
            sys.stdout.write(f"{msg['seq']} {msg['text']}\n")
            sys.stdout.flush()

    await asyncio.gather(*(writer(k) for k in range(8)))

asyncio.run(main(sys.argv[1]))
"""


async def test_acknowledged_writes_survive_kill_9(db_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db_path)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    lines: list[str] = []
    ready, killed = threading.Event(), threading.Event()
    kill_at = [float("inf")]

    def pump():
        # Reads until EOF, i.e. after the kill. The kill comes right after an
        # acknowledgement arrived: the moment an ack-before-COMMIT bug would lose it.
        assert proc.stdout is not None
        for raw in proc.stdout:
            line = raw.decode()
            if not line.endswith("\n"):
                break  # cut mid-write by the kill: not a complete acknowledgement
            if line == "ready\n":
                kill_at[0] = time.monotonic() + 1.0
                ready.set()
                continue
            lines.append(line)
            if not killed.is_set() and time.monotonic() >= kill_at[0]:
                os.kill(proc.pid, signal.SIGKILL)
                killed.set()

    reader = threading.Thread(target=pump, daemon=True)
    reader.start()
    try:
        if not await asyncio.to_thread(ready.wait, 15):
            proc.kill()
            pytest.fail(f"child did not start: {proc.stderr.read().decode()}")
        if not await asyncio.to_thread(killed.wait, 10):
            proc.kill()
            pytest.fail(f"child stopped writing: {proc.stderr.read().decode()}")
        await asyncio.to_thread(proc.wait, 10)
        await asyncio.to_thread(reader.join, 10)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(10)
        proc.stdout.close()
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL

    acknowledged = {int(seq): text for seq, text in (line.split() for line in lines)}
    assert len(acknowledged) > 100, "the child wrote too little to prove anything"
    async with Store(db_path) as store:
        stored = {m["seq"]: m["text"] for m in await store.read(interactions.messages, "i1")}
    missing = {seq: text for seq, text in acknowledged.items() if stored.get(seq) != text}
    assert not missing, f"{len(missing)} acknowledged messages lost, e.g. {list(missing)[:5]}"
    assert sorted(stored) == list(range(1, len(stored) + 1))  # no gaps either
