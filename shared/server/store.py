"""SQLite storage of the routing server: one writer thread, per-thread readers.

This module is the machinery only; the SQL lives in ``shared.server.sql`` (one module per
domain: ``users``, ``presence``, ``interactions``, ``audit``, ``recordings``) and in
``shared.knowledge`` (articles, search, import/export), as plain functions taking a
``sqlite_utils.Database`` first. This module imports none of them.

The threading rule of this module (after Datasette's ``database.py``):

- Every write runs on ONE dedicated thread that owns the ONE writer connection. Callers
  hand it a function and its arguments, run as ``fn(db, *args, **kwargs)``, through a
  queue (``Store.write``). The writer takes everything queued at that moment and runs it
  as one ``BEGIN IMMEDIATE`` … ``COMMIT`` (group commit), each ``fn`` inside its own
  SAVEPOINT so a failing one rolls back only itself. Futures resolve only after ``COMMIT`` returned: the transaction is in the WAL
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

There is one way to reach the SQL from the event loop: hand the function and its
arguments to ``Store.write`` or ``Store.read``::

    await store.write(interactions.set_interaction_state, iid, "active", now, agent="anna")
    everyone = await store.read(users.list_users)

``write`` queues the job when it is called and returns a future, so a caller may queue a
write, go on, and await it later; ``sync()`` waits for everything queued before it. The
CLI, before the event loop runs and while no server is running, can call the functions
directly on the writer connection::

    with writer_database(path) as db, transaction(db):
        users.add_user(db, "anna", "Anna", "agent", hash_, {"tax": 3})

Write functions must only touch the database (a function may be run a second time if a
later function of the same batch destroys the whole transaction), must not COMMIT or
ROLLBACK themselves, and should return plain data: a generator result is turned into a
list before the transaction ends. A function that needs its own transaction on its own
connection (the CLI) and must join the writer's batch on the server uses ``transaction``.
``rows`` and ``row`` turn a query into dicts. Timestamps are float epoch seconds chosen
by callers.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import os
import queue
import sqlite3
import threading
import types
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Concatenate, ParamSpec, TypeVar

from sqlite_utils import Database

from shared.server.migrations import MIGRATIONS

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no cross-process writer lock
    fcntl = None  # type: ignore[assignment]

T = TypeVar("T")
P = ParamSpec("P")

BUSY_TIMEOUT_MS = 5000
# Upper bound of write functions committed in one transaction.
MAX_BATCH = 512
SYNCHRONOUS_MODES = ("NORMAL", "FULL", "EXTRA")


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


def rows(db: Database, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    """Every row of the query, each as a dict {column: value}."""
    cursor = db.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]


def row(db: Database, sql: str, params: Sequence[Any] = ()) -> dict[str, Any] | None:
    """The query's first row as a dict, or None."""
    found = rows(db, sql, params)
    return found[0] if found else None


def _materialize(result: Any) -> Any:
    return list(result) if isinstance(result, types.GeneratorType) else result


# --------------------------------------------------------------------------- the store


_STOP = object()


@dataclass(slots=True, eq=False)
class _Job:
    fn: Callable[..., Any]  # run as fn(db, *args, **kwargs)
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    future: asyncio.Future
    loop: asyncio.AbstractEventLoop
    settled: bool = False


def _nothing(db: Database) -> None:
    """The write job of ``Store.sync``."""


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

    # ----------------------------------------------------------------- reads and writes

    def write(
        self, fn: Callable[Concatenate[Database, P], T], /, *args: P.args, **kwargs: P.kwargs
    ) -> asyncio.Future[T]:
        """Queue ``fn(db, *args, **kwargs)`` for the writer thread *now* and return a
        future that resolves with its result after COMMIT (or with its exception, after
        its SAVEPOINT was rolled back). Writes run in the order they were queued, so a
        caller may queue one, go on, and await it later. Cancelling the caller does not
        cancel the write. ``write`` itself is a plain function (not a coroutine): calling
        it queues the write at once, awaiting the future waits for the commit.

        The arguments are handed to the writer thread as they are: do not change a
        mutable argument before the future resolved."""
        self._check_open()
        if self.read_only:
            raise StoreError("this Store was opened read-only")
        loop = asyncio.get_running_loop()
        future = loop.create_future()
        self._queue.put(_Job(fn, args, kwargs, future, loop))
        return future

    def sync(self) -> asyncio.Future[None]:
        """A future that resolves once every write queued before this call has been
        settled: committed (or, for a failed one, rolled back), so a reader sees them.
        It is a write that does nothing, queued now like any write: it raises as
        ``write`` raises (a closed or read-only store) and fails with the error of a
        COMMIT that failed."""
        return self.write(_nothing)

    async def read(
        self, fn: Callable[Concatenate[Database, P], T], /, *args: P.args, **kwargs: P.kwargs
    ) -> T:
        """Run ``fn(db, *args, **kwargs)`` on a reader thread's read-only connection, in
        one read transaction (a consistent snapshot that includes every acknowledged
        write). Nothing runs before the caller awaits the coroutine."""
        self._check_open()
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._reader_pool, self._run_read, fn, args, kwargs)

    def _run_read(self, fn: Callable[..., T], args: tuple[Any, ...], kwargs: dict[str, Any]) -> T:
        db = getattr(self._local, "db", None)
        if db is None:
            db = _connect_reader(self.path)
            self._local.db = db
            with self._reader_dbs_lock:
                self._reader_dbs.append(db)
        conn = db.conn
        conn.execute("BEGIN")
        try:
            return _materialize(fn(db, *args, **kwargs))
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
                    result = _materialize(job.fn(db, *job.args, **job.kwargs))
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
