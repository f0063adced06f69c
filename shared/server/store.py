"""SQLite storage of the routing server: one writer thread, per-thread readers.

The threading rule of this module (after Datasette's ``database.py``):

- Every write runs on ONE dedicated thread that owns the ONE writer connection. Callers
  hand it a function ``fn(db)`` through a queue (``Store.write``). The writer takes
  everything queued at that moment and runs it as one ``BEGIN IMMEDIATE`` … ``COMMIT``
  (group commit), each ``fn`` inside its own SAVEPOINT so a failing one rolls back only
  itself. Futures resolve only after ``COMMIT`` returned: the transaction is in the WAL
  file by then, so an acknowledged write survives kill -9 of any process; with
  ``synchronous=FULL`` (this class's default; the server's setting decides) the WAL has
  also been fsynced, so it survives power loss too.
- Reads run in a small thread pool, each thread with its own read-only connection
  (``mode=ro`` and ``PRAGMA query_only=1``), each ``fn`` inside one read transaction so
  it sees a consistent snapshot.
- The event loop thread never touches a connection and never waits on one.
- Only one writer connection may exist per database file, across processes too: an
  exclusive ``flock`` on ``<db>.writer-lock`` enforces it (the machine's SQLite 3.40 has
  the WAL-reset bug with concurrent writers). The kernel drops the lock on kill -9.

The SQL lives in plain module functions taking a ``sqlite_utils.Database`` (same names as
the ``Store`` methods). The server reaches them through ``Store``; the CLI, before the
event loop runs and while no server is running, can use them directly::

    with writer_database(path) as db, transaction(db):
        add_user(db, "anna", "Anna", "agent", hash_, {"tax": 3})

Write functions must only touch the database (a function may be run a second time if a
later function of the same batch destroys the whole transaction), must not COMMIT or
ROLLBACK themselves, and should return plain data: a generator result is turned into a
list before the transaction ends. Timestamps are float epoch seconds chosen by callers.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import hashlib
import json
import os
import queue
import sqlite3
import threading
import types
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from sqlite_utils import Database

from shared.server.migrations import MIGRATIONS, OPEN_STATES_SQL

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no cross-process writer lock
    fcntl = None  # type: ignore[assignment]

T = TypeVar("T")

BUSY_TIMEOUT_MS = 5000
# Upper bound of write functions committed in one transaction.
MAX_BATCH = 512
SYNCHRONOUS_MODES = ("NORMAL", "FULL", "EXTRA")

OPEN_STATES = ("queued", "offered", "active", "wrap_up")
FINAL_STATES = ("closed", "abandoned")


class StoreError(Exception):
    """Base of the errors this module raises itself."""


class AlreadyExists(StoreError, ValueError):
    """A row with that key exists already (user, interaction)."""


class NotFound(StoreError, LookupError):
    """The user or interaction referred to does not exist."""


class StoreLocked(StoreError):
    """Another connection (this or another process) is the writer of this database."""


class StoreClosed(StoreError, RuntimeError):
    """The store is not open (not yet, or not any more)."""


# --------------------------------------------------------------------------- connections


class _WriterLock:
    """Exclusive advisory lock next to the database: one writer connection per file."""

    def __init__(self, db_path: Path) -> None:
        self.path = db_path.with_name(db_path.name + ".writer-lock")
        self._fd: int | None = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        if fcntl is None:  # pragma: no cover
            return
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(self._fd)
            self._fd = None
            raise StoreLocked(f"{db_path} is already open for writing") from None

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor drops the flock
            self._fd = None


def _connect_writer(path: Path, synchronous: str) -> Database:
    # isolation_level=None: the sqlite3 module never opens transactions by itself; this
    # module (and sqlite-utils' atomic()) says BEGIN explicitly.
    conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        if mode.lower() != "wal":
            raise StoreError(f"cannot switch {path} to WAL (journal_mode={mode})")
        conn.execute(f"PRAGMA synchronous={synchronous}")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        # after a burst, truncate the WAL back to this size at the next checkpoint
        conn.execute(f"PRAGMA journal_size_limit={64 * 1024 * 1024}")
        return Database(conn, execute_plugins=False)
    except BaseException:
        conn.close()
        raise


def _connect_reader(path: Path) -> Database:
    uri = path.resolve().as_uri() + "?mode=ro"
    # check_same_thread=False only so that Store.close() can close it from another
    # thread once the reader pool has stopped; it is used by its own thread only.
    conn = sqlite3.connect(
        uri,
        uri=True,
        isolation_level=None,
        check_same_thread=False,
        timeout=BUSY_TIMEOUT_MS / 1000,
    )
    conn.execute("PRAGMA query_only=1")
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    return Database(conn, execute_plugins=False)


@contextlib.contextmanager
def writer_database(path: str | Path, *, synchronous: str = "FULL") -> Iterator[Database]:
    """The writer connection of ``path``: creates the directory, takes the writer lock,
    sets the pragmas and applies pending migrations. Raises StoreLocked if the database
    is already open for writing (a running server, another Store)."""
    path = Path(path)
    synchronous = synchronous.upper()
    if synchronous not in SYNCHRONOUS_MODES:
        raise ValueError(f"synchronous must be one of {SYNCHRONOUS_MODES}")
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = _WriterLock(path)
    try:
        db = _connect_writer(path, synchronous)
        try:
            MIGRATIONS.apply(db)
            yield db
        finally:
            if db.conn.in_transaction:
                db.conn.execute("ROLLBACK")
            with contextlib.suppress(sqlite3.Error):
                db.execute("PRAGMA optimize")
            db.close()
    finally:
        lock.release()


@contextlib.contextmanager
def transaction(db: Database) -> Iterator[Database]:
    """``BEGIN IMMEDIATE`` … ``COMMIT`` (ROLLBACK on error). Inside a transaction that is
    already open (the writer's batch, whose SAVEPOINT protects each function) it simply
    joins it."""
    conn = db.conn
    if conn.in_transaction:
        yield db
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _rows(db: Database, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    cursor = db.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _row(db: Database, sql: str, params: Sequence[Any] = ()) -> dict[str, Any] | None:
    rows = _rows(db, sql, params)
    return rows[0] if rows else None


def _materialize(result: Any) -> Any:
    return list(result) if isinstance(result, types.GeneratorType) else result


# --------------------------------------------------------------------------- the store


_STOP = object()


@dataclass(slots=True, eq=False)
class _Job:
    fn: Callable[[Database], Any]
    future: asyncio.Future
    loop: asyncio.AbstractEventLoop
    settled: bool = False


def _resolve_futures(items: list[tuple[asyncio.Future, bool, Any]]) -> None:
    """Runs on the event loop: hand the outcomes of one committed batch to the callers."""
    for future, ok, value in items:
        if future.done():  # the caller was cancelled; the write happened anyway
            continue
        if ok:
            future.set_result(value)
        else:
            future.set_exception(value)


class Store:
    """The routing server's database: async API over one writer thread and a reader pool.

    ``commits`` and ``writes`` count committed transactions and committed write
    functions; ``writes / commits`` is the average group-commit batch size.
    """

    def __init__(
        self,
        path: str | Path,
        *,
        synchronous: str = "FULL",
        readers: int = 4,
        max_batch: int = MAX_BATCH,
        read_only: bool = False,
    ) -> None:
        self.path = Path(path)
        # read_only: readers only, no writer thread and no writer lock, so a reporting or
        # search command can run beside the server that owns the writer.
        self.read_only = read_only
        self.synchronous = synchronous.upper()
        if self.synchronous not in SYNCHRONOUS_MODES:
            raise ValueError(f"synchronous must be one of {SYNCHRONOUS_MODES}")
        self._readers = readers
        self._max_batch = max_batch
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._state = "new"  # new -> opening -> open -> closing -> closed
        self._writer: threading.Thread | None = None
        self._writer_done: concurrent.futures.Future[None] = concurrent.futures.Future()
        self._reader_pool: concurrent.futures.ThreadPoolExecutor | None = None
        self._local = threading.local()
        self._reader_dbs: list[Database] = []
        self._reader_dbs_lock = threading.Lock()
        self.commits = 0
        self.writes = 0

    # ----------------------------------------------------------------- lifecycle

    async def open(self) -> None:
        """Create the directory, apply migrations and start the writer thread."""
        if self._state != "new":
            raise StoreError(f"a Store opens once (state {self._state}); make a new one")
        if self.read_only:
            if not self.path.exists():
                raise StoreError(f"no database at {self.path}")
            self._writer_done.set_result(None)
            self._queue.put(_STOP)
            self._reader_pool = concurrent.futures.ThreadPoolExecutor(
                max_workers=self._readers, thread_name_prefix="store-reader"
            )
            self._state = "open"
            return
        ready: concurrent.futures.Future[None] = concurrent.futures.Future()
        self._writer = threading.Thread(
            target=self._writer_main, args=(ready,), name="store-writer", daemon=True
        )
        self._state = "opening"
        self._writer.start()
        try:
            await asyncio.wrap_future(ready)
        except BaseException:
            self._queue.put(_STOP)  # if it did open after all (we were cancelled)
            self._state = "closed"
            raise
        self._reader_pool = concurrent.futures.ThreadPoolExecutor(
            max_workers=self._readers, thread_name_prefix="store-reader"
        )
        self._state = "open"

    async def close(self) -> None:
        """Commit everything already queued, stop the writer, close every connection."""
        if self._state != "open":
            if self._state == "new":
                self._state = "closed"
            return
        self._state = "closing"
        self._queue.put(_STOP)
        await asyncio.wrap_future(self._writer_done)
        pool = self._reader_pool
        if pool is not None:
            await asyncio.get_running_loop().run_in_executor(None, pool.shutdown, True)
        with self._reader_dbs_lock:
            dbs, self._reader_dbs = self._reader_dbs, []
        for db in dbs:
            db.close()
        self._state = "closed"

    async def __aenter__(self) -> Store:
        await self.open()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    @property
    def is_open(self) -> bool:
        return self._state == "open"

    def _check_open(self) -> None:
        if self._state != "open":
            raise StoreClosed(f"store {self.path} is {self._state}")

    # ----------------------------------------------------------------- generic

    def write(self, fn: Callable[[Database], T]) -> asyncio.Future[T]:
        """Queue ``fn(db)`` for the writer thread *now* and return a future that resolves
        with its result after COMMIT (or with its exception, after its SAVEPOINT was
        rolled back). Writes run in the order they were queued, so a caller may queue
        one, go on, and await it later. Cancelling the caller does not cancel the write.

        Every write method below is a plain function returning this future: calling it
        queues the write at once, awaiting it waits for the commit."""
        self._check_open()
        if self.read_only:
            raise StoreError("this Store was opened read-only")
        loop = asyncio.get_running_loop()
        future = loop.create_future()
        self._queue.put(_Job(fn, future, loop))
        return future

    async def read(self, fn: Callable[[Database], T]) -> T:
        """Run ``fn(db)`` on a reader thread's read-only connection, in one read
        transaction (a consistent snapshot that includes every acknowledged write)."""
        self._check_open()
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._reader_pool, self._run_read, fn)

    def _run_read(self, fn: Callable[[Database], T]) -> T:
        db = getattr(self._local, "db", None)
        if db is None:
            db = _connect_reader(self.path)
            self._local.db = db
            with self._reader_dbs_lock:
                self._reader_dbs.append(db)
        conn = db.conn
        conn.execute("BEGIN")
        try:
            return _materialize(fn(db))
        finally:
            if conn.in_transaction:
                conn.execute("ROLLBACK")  # read-only: ending it is all that is needed

    # ----------------------------------------------------------------- writer thread

    def _writer_main(self, ready: concurrent.futures.Future[None]) -> None:
        try:
            with contextlib.ExitStack() as stack:
                try:
                    db = stack.enter_context(
                        writer_database(self.path, synchronous=self.synchronous)
                    )
                except BaseException as exc:
                    ready.set_exception(exc)
                    return
                ready.set_result(None)
                self._serve(db)
        finally:
            self._writer_done.set_result(None)

    def _serve(self, db: Database) -> None:
        stopping = False
        while not stopping:
            job = self._queue.get()
            if job is _STOP:
                break
            batch = [job]
            while len(batch) < self._max_batch:
                try:
                    job = self._queue.get_nowait()
                except queue.Empty:
                    break
                if job is _STOP:
                    stopping = True
                    break
                batch.append(job)
            try:
                self._run_batch(db, batch)
            except Exception as exc:  # a broken connection or a bug here: fail, keep serving
                with contextlib.suppress(sqlite3.Error):
                    if db.conn.in_transaction:
                        db.conn.execute("ROLLBACK")
                self._settle([(job, False, exc) for job in batch if not job.settled])
        # Nothing can be queued after close() began; this is only a safety net.
        leftovers = []
        while True:
            try:
                job = self._queue.get_nowait()
            except queue.Empty:
                break
            if job is not _STOP:
                leftovers.append((job, False, StoreClosed(f"store {self.path} closed")))
        self._settle(leftovers)

    def _run_batch(self, db: Database, batch: list[_Job]) -> None:
        conn = db.conn
        todo = batch
        while todo:
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                self._settle([(job, False, exc) for job in todo])
                return
            done: list[tuple[_Job, Any]] = []
            failed: list[tuple[_Job, BaseException]] = []
            retry: list[_Job] = []
            for i, job in enumerate(todo):
                conn.execute("SAVEPOINT store_job")
                try:
                    result = _materialize(job.fn(db))
                    conn.execute("RELEASE store_job")
                except Exception as exc:
                    failed.append((job, exc))
                    if conn.in_transaction:
                        conn.execute("ROLLBACK TO store_job")
                        conn.execute("RELEASE store_job")
                    else:
                        # The error ended the whole transaction (e.g. a RAISE(ROLLBACK)
                        # trigger, disk full): the earlier functions of this batch were
                        # rolled back with it - run them (and the rest) again.
                        retry = [j for j, _ in done] + todo[i + 1 :]
                        done = []
                        break
                else:
                    done.append((job, result))
            if conn.in_transaction:
                if done:
                    try:
                        conn.execute("COMMIT")
                    except sqlite3.Error as exc:
                        if conn.in_transaction:
                            conn.execute("ROLLBACK")
                        failed.extend((job, exc) for job, _ in done)
                        done = []
                    else:
                        self.commits += 1
                        self.writes += len(done)
                else:
                    conn.execute("ROLLBACK")
            self._settle(
                [(job, True, result) for job, result in done]
                + [(job, False, exc) for job, exc in failed]
            )
            todo = retry

    def _settle(self, outcomes: list[tuple[_Job, bool, Any]]) -> None:
        by_loop: dict[asyncio.AbstractEventLoop, list[tuple[asyncio.Future, bool, Any]]] = {}
        for job, ok, value in outcomes:
            job.settled = True
            by_loop.setdefault(job.loop, []).append((job.future, ok, value))
        for loop, items in by_loop.items():
            with contextlib.suppress(RuntimeError):  # loop closed: nobody waits any more
                loop.call_soon_threadsafe(_resolve_futures, items)

    # ----------------------------------------------------------------- users and topics
    # Each method hands the module function of the same name to write() or read().

    def add_user(
        self,
        username: str,
        display_name: str,
        role: str,
        password_hash: str,
        skills: dict[str, int] | None = None,
    ) -> asyncio.Future[None]:
        return self.write(
            partial(
                add_user,
                username=username,
                display_name=display_name,
                role=role,
                password_hash=password_hash,
                skills=skills,
            )
        )

    async def get_user(self, username: str) -> dict[str, Any] | None:
        return await self.read(partial(get_user, username=username))

    async def list_users(self) -> list[dict[str, Any]]:
        return await self.read(list_users)

    def set_skills(self, username: str, skills: dict[str, int]) -> asyncio.Future[None]:
        return self.write(partial(set_skills, username=username, skills=skills))

    def set_disabled(self, username: str, disabled: bool) -> asyncio.Future[None]:
        return self.write(partial(set_disabled, username=username, disabled=disabled))

    def set_password_hash(self, username: str, password_hash: str) -> asyncio.Future[None]:
        return self.write(
            partial(set_password_hash, username=username, password_hash=password_hash)
        )

    def upsert_topic(self, topic_id: str, name: str, department: str = "") -> asyncio.Future[None]:
        return self.write(
            partial(upsert_topic, topic_id=topic_id, name=name, department=department)
        )

    async def list_topics(self) -> list[dict[str, Any]]:
        return await self.read(list_topics)

    def create_token(self, username: str, token: str, expires_at: float) -> asyncio.Future[None]:
        return self.write(
            partial(create_token, username=username, token=token, expires_at=expires_at)
        )

    async def user_for_token(self, token: str, now: float) -> str | None:
        return await self.read(partial(user_for_token, token=token, now=now))

    def revoke_token(self, token: str) -> asyncio.Future[None]:
        return self.write(partial(revoke_token, token=token))

    def purge_tokens(self, now: float) -> asyncio.Future[int]:
        return self.write(partial(purge_tokens, now=now))

    # ----------------------------------------------------------------- presence

    def record_presence(
        self, username: str, chosen: str, presence: str, reason: str, ts: float, by: str = ""
    ) -> asyncio.Future[None]:
        return self.write(
            partial(
                record_presence,
                username=username,
                chosen=chosen,
                presence=presence,
                reason=reason,
                ts=ts,
                by=by,
            )
        )

    async def last_presence(self) -> dict[str, tuple[str, str]]:
        return await self.read(last_presence)

    async def presence_history(self, username: str, since: float = 0.0) -> list[dict[str, Any]]:
        return await self.read(partial(presence_history, username=username, since=since))

    # ----------------------------------------------------------------- interactions

    def create_interaction(
        self,
        id: str,
        channel: str,
        topic: str,
        citizen_name: str,
        citizen_token: str,
        priority: int,
        created_at: float,
        first_message: str | None,
        caller: str = "",
    ) -> asyncio.Future[dict[str, Any] | None]:
        return self.write(
            partial(
                create_interaction,
                id=id,
                channel=channel,
                topic=topic,
                citizen_name=citizen_name,
                citizen_token=citizen_token,
                priority=priority,
                created_at=created_at,
                first_message=first_message,
                caller=caller,
            )
        )

    def set_interaction_state(
        self,
        id: str,
        state: str,
        ts: float,
        agent: str | None = None,
        reason: str = "",
        *,
        wait_seconds: float | None = None,
        failure: str = "",
    ) -> asyncio.Future[None]:
        return self.write(
            partial(
                set_interaction_state,
                id=id,
                state=state,
                ts=ts,
                agent=agent,
                reason=reason,
                wait_seconds=wait_seconds,
                failure=failure,
            )
        )

    def add_message(
        self, interaction_id: str, sender: str, sender_name: str, text: str, ts: float
    ) -> asyncio.Future[dict[str, Any]]:
        return self.write(
            partial(
                add_message,
                interaction_id=interaction_id,
                sender=sender,
                sender_name=sender_name,
                text=text,
                ts=ts,
            )
        )

    async def messages(self, interaction_id: str, after_seq: int = 0) -> list[dict[str, Any]]:
        return await self.read(
            partial(messages, interaction_id=interaction_id, after_seq=after_seq)
        )

    async def open_interactions(self) -> list[dict[str, Any]]:
        return await self.read(open_interactions)

    async def interaction(self, id: str) -> dict[str, Any] | None:
        return await self.read(partial(interaction, id=id))

    async def interaction_for_citizen(self, citizen_token: str) -> dict[str, Any] | None:
        return await self.read(partial(interaction_for_citizen, citizen_token=citizen_token))

    async def interaction_events(self, interaction_id: str) -> list[dict[str, Any]]:
        return await self.read(partial(interaction_events, interaction_id=interaction_id))

    def save_wrapup(
        self,
        interaction_id: str,
        agent: str,
        topic: str,
        notes: str,
        resolved_first_contact: bool,
        ts: float,
    ) -> asyncio.Future[None]:
        return self.write(
            partial(
                save_wrapup,
                interaction_id=interaction_id,
                agent=agent,
                topic=topic,
                notes=notes,
                resolved_first_contact=resolved_first_contact,
                ts=ts,
            )
        )

    async def wrapups(self, interaction_id: str) -> list[dict[str, Any]]:
        return await self.read(partial(wrapups, interaction_id=interaction_id))

    # ----------------------------------------------------------------- audit

    def audit(
        self, actor: str, action: str, target: str, detail: dict[str, Any], ts: float
    ) -> asyncio.Future[None]:
        # Serialised here so a value JSON cannot encode fails in the caller, loudly.
        detail_json = json.dumps(detail, ensure_ascii=False, sort_keys=True)
        return self.write(
            partial(audit, actor=actor, action=action, target=target, detail=detail_json, ts=ts)
        )

    async def audit_log(self, limit: int = 100) -> list[dict[str, Any]]:
        return await self.read(partial(audit_log, limit=limit))

    # ----------------------------------------------------------------- calls

    def recording_started(
        self, interaction_id: str, agent: str | None, path: str, started_at: float
    ) -> asyncio.Future[int]:
        from shared.server import call_records as cr

        return self.write(
            partial(
                cr.recording_started,
                interaction_id=interaction_id,
                agent=agent,
                path=path,
                started_at=started_at,
            )
        )

    def recording_finished(
        self, path: str, seconds: float, size: int, state: str = "complete"
    ) -> asyncio.Future[None]:
        from shared.server import call_records as cr

        return self.write(
            partial(cr.recording_finished, path=path, seconds=seconds, size=size, state=state)
        )

    def recording_deleted(self, rec_id: int, ts: float, reason: str) -> asyncio.Future[None]:
        from shared.server import call_records as cr

        return self.write(partial(cr.recording_deleted, rec_id=rec_id, ts=ts, reason=reason))

    async def unfinished_recordings(self) -> list[dict[str, Any]]:
        from shared.server import call_records as cr

        return await self.read(cr.unfinished_recordings)

    async def recordings_for(self, interaction_id: str) -> list[dict[str, Any]]:
        from shared.server import call_records as cr

        return await self.read(partial(cr.recordings_for, interaction_id=interaction_id))

    async def expired_recordings(self, before: float, limit: int = 500) -> list[dict[str, Any]]:
        from shared.server import call_records as cr

        return await self.read(partial(cr.expired_recordings, before=before, limit=limit))

    async def caller_history(
        self, caller: str, exclude: str = "", limit: int = 5
    ) -> list[dict[str, Any]]:
        from shared.server import call_records as cr

        return await self.read(
            partial(cr.caller_history, caller=caller, exclude=exclude, limit=limit)
        )


# --------------------------------------------------------------------------- SQL: users


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
    user = _row(db, f"SELECT {_USER_COLUMNS} FROM users WHERE username = ?", [username])
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
        for user in _rows(db, f"SELECT {_USER_COLUMNS} FROM users ORDER BY username")
    }
    for username, topic, level in db.execute("SELECT username, topic, level FROM skills"):
        users[username]["skills"][topic] = level
    return list(users.values())


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
    return _rows(db, "SELECT id, name, department FROM topics ORDER BY name, id")


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
    row = db.execute(
        "SELECT t.username FROM tokens t JOIN users u ON u.username = t.username"
        " WHERE t.token_hash = ? AND t.expires_at > ? AND u.disabled = 0",
        [_token_hash(token), now],
    ).fetchone()
    return row[0] if row else None


def revoke_token(db: Database, token: str) -> None:
    db.execute("DELETE FROM tokens WHERE token_hash = ?", [_token_hash(token)])


def purge_tokens(db: Database, now: float) -> int:
    """Delete expired tokens; returns how many."""
    return db.execute("DELETE FROM tokens WHERE expires_at <= ?", [now]).rowcount


# --------------------------------------------------------------------------- SQL: presence


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
    return _rows(
        db,
        "SELECT chosen, presence, reason, ts, changed_by FROM presence_history"
        " WHERE username = ? AND ts >= ? ORDER BY ts, id",
        [username, since],
    )


# --------------------------------------------------------------------------- SQL: interactions

_INTERACTION_COLUMNS = (
    "id, channel, topic, citizen_name, citizen_token, priority, created_at, agent, state,"
    " updated_at, closed_at, caller, wait_seconds, failure"
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
) -> dict[str, Any] | None:
    """Insert a queued interaction, its first event and, if given, its first message
    (seq 1 from the citizen). Returns that message (or None). AlreadyExists if the id is
    taken."""
    with transaction(db):
        cursor = db.execute(
            "INSERT INTO interactions (id, channel, topic, citizen_name, citizen_token,"
            " priority, state, created_at, updated_at, caller)"
            " VALUES (?, ?, ?, ?, ?, ?, 'queued', ?, ?, ?) ON CONFLICT (id) DO NOTHING",
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


def add_message(
    db: Database, interaction_id: str, sender: str, sender_name: str, text: str, ts: float
) -> dict[str, Any]:
    """Store a chat message with the interaction's next seq (1, 2, …, no gaps);
    returns {seq, sender, sender_name, text, ts}."""
    with transaction(db):
        # fetchall(): a RETURNING statement must run to completion before the savepoint
        # around it can be released.
        rows = db.execute(
            "UPDATE interactions SET last_seq = last_seq + 1 WHERE id = ? RETURNING last_seq",
            [interaction_id],
        ).fetchall()
        if not rows:
            raise NotFound(f"no interaction {interaction_id!r}")
        seq = rows[0][0]
        db.execute(
            "INSERT INTO chat_messages (interaction_id, seq, sender, sender_name, text, ts)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [interaction_id, seq, sender, sender_name, text, ts],
        )
    return {"seq": seq, "sender": sender, "sender_name": sender_name, "text": text, "ts": ts}


def messages(db: Database, interaction_id: str, after_seq: int = 0) -> list[dict[str, Any]]:
    """The interaction's messages with seq > after_seq, in seq order."""
    return _rows(
        db,
        "SELECT seq, sender, sender_name, text, ts FROM chat_messages"
        " WHERE interaction_id = ? AND seq > ? ORDER BY seq",
        [interaction_id, after_seq],
    )


def open_interactions(db: Database) -> list[dict[str, Any]]:
    """Interactions queued, offered, active or in wrap-up, oldest first (then insertion order)."""
    return _rows(
        db,
        f"SELECT {_INTERACTION_COLUMNS} FROM interactions WHERE {OPEN_STATES_SQL}"
        " ORDER BY created_at, rowid",
    )


def interaction(db: Database, id: str) -> dict[str, Any] | None:
    return _row(db, f"SELECT {_INTERACTION_COLUMNS} FROM interactions WHERE id = ?", [id])


def interaction_for_citizen(db: Database, citizen_token: str) -> dict[str, Any] | None:
    """The citizen's latest interaction, whatever its state."""
    return _row(
        db,
        f"SELECT {_INTERACTION_COLUMNS} FROM interactions WHERE citizen_token = ?"
        " ORDER BY created_at DESC, rowid DESC LIMIT 1",
        [citizen_token],
    )


def interaction_events(db: Database, interaction_id: str) -> list[dict[str, Any]]:
    return _rows(
        db,
        "SELECT ts, state, agent, reason FROM interaction_events"
        " WHERE interaction_id = ? ORDER BY id",
        [interaction_id],
    )


def save_wrapup(
    db: Database,
    interaction_id: str,
    agent: str,
    topic: str,
    notes: str,
    resolved_first_contact: bool,
    ts: float,
) -> None:
    """Store the agent's wrap-up (a re-submission replaces it) and close the interaction."""
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
        set_interaction_state(db, interaction_id, "closed", ts, agent=agent, reason="wrapup")


def wrapups(db: Database, interaction_id: str) -> list[dict[str, Any]]:
    rows = _rows(
        db,
        "SELECT interaction_id, agent, topic, notes, resolved_first_contact, ts FROM wrapups"
        " WHERE interaction_id = ? ORDER BY agent",
        [interaction_id],
    )
    for row in rows:
        row["resolved_first_contact"] = bool(row["resolved_first_contact"])
    return rows


# --------------------------------------------------------------------------- SQL: audit


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
    rows = _rows(
        db,
        "SELECT id, ts, actor, action, target, detail FROM audit_log ORDER BY id DESC LIMIT ?",
        [limit],
    )
    for row in rows:
        row["detail"] = json.loads(row["detail"])
    return rows
