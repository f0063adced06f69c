"""The room pool: pre-started room workers, handed to callers by the front door.

A room is ``starting`` (process launched, no ``ready`` yet), ``idle`` (ready for a caller),
``busy`` (a conversation is live, or the switch places a call from it:
``reserve_outbound``) or gone.

The front door asks ``reserve(call_id, source)`` for a room: the answer is an idle room
and a signed ticket for it (``reservation``). The room stays idle until the caller
really arrives with the ticket; until then the reservation is a note "a caller from
this address is on its way here" that lapses after ``reserve_seconds``, and steers the
next callers to other idle rooms. So a source that sends INVITEs and never follows
them takes no room from anyone; it can have at most ``pending_per_source`` unfollowed
tickets and ``calls_per_source`` live calls (trusted networks, such as the carrier's
SBC, are exempt); beyond that it gets 503. The pool keeps ``spare`` idle rooms ready, never more
than ``size`` rooms in all, and replaces a room that dies or stops answering pings: the
lost conversation is reported to the owner (``on_lost``), the server stays up.

Everything here runs on the server's asyncio loop; spawning is ``spawn(index)`` (see
``room_client.spawn_room``), so tests and benchmarks can start rooms any way they like.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

from shared.switch import control as c
from shared.switch.pike import Networks
from shared.switch.reservation import issue, new_key

log = logging.getLogger(__name__)

RoomState = Literal["starting", "idle", "busy", "gone"]


@dataclass(slots=True)
class Pending:
    until: float  # monotonic
    source: str


@dataclass(eq=False)
class Room:
    index: int
    handle: Any  # room_client.RoomHandle
    host: str = "127.0.0.1"
    sip_port: int = 0
    state: RoomState = "starting"
    pending: list[Pending] = field(default_factory=list)  # callers sent here, not yet in
    reserved_for: str = ""  # what the room is busy with (a callback's interaction)
    source: str = ""  # the caller's address while busy with a caller
    conversations: int = 0
    last_pong: float = field(default_factory=time.monotonic)
    ping_n: int = 0
    hung: bool = False
    tasks: list[asyncio.Task] = field(default_factory=list)

    @property
    def name(self) -> str:
        return f"room-{self.index}"

    def send(self, cmd: c.Command) -> None:
        """Queue a command for the room (in order; dropped once the room is gone)."""
        if self.state != "gone":
            try:
                self.handle.send_nowait(cmd)
            except ConnectionError as exc:
                log.warning("%s: cannot send %s: %s", self.name, type(cmd).__name__, exc)


EventHandler = Callable[[Room, c.Event], None]
LostHandler = Callable[[Room, str], None]


class RoomPool:
    def __init__(
        self,
        spawn: Callable[[int], Awaitable[Any]],
        *,
        size: int = 8,
        spare: int = 2,
        on_event: EventHandler,
        on_lost: LostHandler,
        reserve_seconds: float = 4.0,
        ping_interval: float = 1.0,
        ping_timeout: float = 5.0,
        host: str = "127.0.0.1",
        key: bytes | None = None,
        pending_per_source: int = 4,
        calls_per_source: int = 4,
        trusted: Iterable[str] | Networks = (),
        overbook: int = 2,
    ) -> None:
        if size < 1 or spare < 1:
            raise ValueError("the pool needs size >= 1 and spare >= 1")
        self.spawn = spawn
        self.host = host  # where the rooms listen: the front door's 302 points there
        self.size = size
        self.spare = min(spare, size)
        self.on_event = on_event
        self.on_lost = on_lost
        self.reserve_seconds = reserve_seconds
        self.key = key or new_key()  # signs tickets; the rooms get it (see telephony)
        self.pending_per_source = pending_per_source
        self.calls_per_source = calls_per_source
        self.overbook = overbook  # most tickets out at once for one idle room
        self.trusted = trusted if isinstance(trusted, Networks) else Networks(trusted)
        self.ping_interval = ping_interval
        self.ping_timeout = ping_timeout
        self.rooms: dict[int, Room] = {}
        self.stats = {
            "started": 0, "lost": 0, "hung": 0, "refused": 0,
            "source_pending": 0, "source_calls": 0,
        }  # fmt: skip
        self._next_index = 0
        self._spawning = 0
        self._closing = False
        self._watchdog: asyncio.Task | None = None
        self._tasks: set[asyncio.Task] = set()

    # ------------------------------------------------------------------ lifecycle

    async def start(self, wait: float = 20.0) -> None:
        """Start the spare rooms and wait (up to ``wait`` s) until they are ready."""
        self._top_up()
        deadline = time.monotonic() + wait
        while self.count("idle") < self.spare and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        self._watchdog = asyncio.get_running_loop().create_task(self._watch())
        log.info(
            "room pool: %d ready (size %d, spare %d)", self.count("idle"), self.size, self.spare
        )

    async def stop(self) -> None:
        self._closing = True
        if self._watchdog:
            self._watchdog.cancel()
        for room in list(self.rooms.values()):
            with contextlib.suppress(Exception):
                room.handle.send_nowait(c.Shutdown())
        waits = [self._reap(room, 3.0) for room in list(self.rooms.values())]
        await asyncio.gather(*waits, return_exceptions=True)
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)

    async def _reap(self, room: Room, timeout: float) -> None:
        try:
            await room.handle.wait(timeout)
        except TimeoutError:
            room.handle.kill()
            await room.handle.wait()

    # ------------------------------------------------------------------ front door

    def reserve(self, call_id: str, source: str = "") -> tuple[str, int, str] | None:
        """A room for this caller and its ticket (the front door's ``choose_room``):
        (host, port, ticket), or None (503) when no room is free or ``source`` has
        enough calls and unfollowed tickets already."""
        now = time.monotonic()
        self._prune(now)
        if source and not self.is_trusted(source):
            if self.live_calls_from(source) >= self.calls_per_source:
                self.stats["source_calls"] += 1
                return None
            mine = sum(1 for r in self.rooms.values() for p in r.pending if p.source == source)
            if mine >= self.pending_per_source:
                self.stats["source_pending"] += 1
                return None
        room = self._least_booked_idle()
        if room is None or len(room.pending) >= self.overbook:
            self.stats["refused"] += 1
            self._top_up()
            return None
        room.pending.append(Pending(now + self.reserve_seconds, source))
        self._top_up()
        ticket = issue(self.key, room.sip_port, time.time() + self.reserve_seconds)
        return room.host, room.sip_port, ticket

    def is_trusted(self, source: str) -> bool:
        return source in self.trusted

    def live_calls_from(self, source: str) -> int:
        return sum(1 for r in self.rooms.values() if r.state == "busy" and r.source == source)

    def over_call_cap(self, source: str) -> bool:
        """``source`` has more live calls than ``calls_per_source`` (a caller that fetched
        tickets before its other calls went live: the cap holds all the same)."""
        if not source or self.is_trusted(source):
            return False
        return self.live_calls_from(source) > self.calls_per_source

    def _prune(self, now: float) -> None:
        """Forget the tickets whose callers never came."""
        for room in self.rooms.values():
            if room.pending:
                room.pending = [p for p in room.pending if p.until > now]

    def _least_booked_idle(self) -> Room | None:
        """The idle room with the fewest callers on their way to it."""
        idle = (r for r in self.rooms.values() if r.state == "idle")
        return min(idle, key=lambda r: (len(r.pending), r.index), default=None)

    def reserve_outbound(self, purpose: str) -> Room | None:
        """A free room for a call the switch places itself (a callback), busy from now
        on: no front-door caller is sent there. None when every room is taken. Released
        like any room, when it reports ``idle``."""
        self._prune(time.monotonic())
        room = self._least_booked_idle()
        if room is None:
            self.stats["refused"] += 1
            self._top_up()
            return None
        room.state = "busy"
        room.reserved_for = purpose
        room.conversations += 1
        self._top_up()
        return room

    def release(self, room: Room) -> None:
        """The room reported ``idle``: its conversation is over."""
        if room.state != "gone":
            room.state = "idle"
            room.reserved_for = room.source = ""
            self._top_up()

    def count(self, *states: RoomState) -> int:
        return sum(1 for r in self.rooms.values() if r.state in states)

    def snapshot(self) -> dict[str, int]:
        return {s: self.count(s) for s in ("starting", "idle", "busy")}

    # ------------------------------------------------------------------ rooms

    def _top_up(self) -> None:
        if self._closing:
            return
        # a room with a caller on the way (an unfollowed ticket) is not spare: start the
        # next one, as the caller may well arrive
        now = time.monotonic()
        free = self._spawning + sum(
            1
            for r in self.rooms.values()
            if r.state == "starting"
            or (r.state == "idle" and not any(p.until > now for p in r.pending))
        )
        total = len(self.rooms) + self._spawning
        while free < self.spare and total < self.size:
            free += 1
            total += 1
            self._spawning += 1
            index = self._next_index
            self._next_index += 1
            self._spawn_task(self._start_room(index))

    def _spawn_task(self, coro) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _start_room(self, index: int) -> None:
        try:
            handle = await self.spawn(index)
        except Exception:
            log.exception("could not start room %d", index)
            self._spawning -= 1
            await asyncio.sleep(1.0)  # don't spin if rooms cannot start at all
            self._top_up()
            return
        self._spawning -= 1
        # spawn() returns once the room said ``ready``: it takes callers from now on.
        room = Room(index, handle, host=self.host, sip_port=handle.sip_port, state="idle")
        if self._closing:
            handle.kill()
            return
        self.rooms[index] = room
        self.stats["started"] += 1
        self._spawn_task(self._pump(room))

    async def _pump(self, room: Room) -> None:
        reason = "room exited"
        try:
            async for event in room.handle.events():
                room.last_pong = time.monotonic()  # any line proves it is alive
                if isinstance(event, c.Incoming):
                    room.state = "busy"
                    room.source = event.source
                    room.pending.clear()  # anyone else sent here finds it busy
                    room.conversations += 1
                elif isinstance(event, c.Pong):
                    continue
                try:
                    self.on_event(room, event)
                except Exception:
                    log.exception("%s: handling %r failed", room.name, event)
        except Exception as exc:  # a broken control line counts as a dead room
            reason = f"control connection broken: {exc}"
        if room.state == "gone":
            return
        code = await room.handle.wait()
        if room.hung:
            reason = "room stopped answering (killed)"
        elif code is not None and code < 0:
            reason = f"room killed by signal {-code}"
        elif code:
            reason = f"room exited with status {code}"
        self._lost(room, reason)

    def _lost(self, room: Room, reason: str) -> None:
        previous = room.state
        room.state = "gone"
        self.rooms.pop(room.index, None)
        if self._closing:
            return
        self.stats["lost"] += 1
        log.warning("%s lost (%s) while %s", room.name, reason, previous)
        try:
            self.on_lost(room, reason)
        except Exception:
            log.exception("on_lost failed")
        self._top_up()

    async def _watch(self) -> None:
        """Ping every room; kill one that has said nothing for ``ping_timeout``."""
        while True:
            await asyncio.sleep(self.ping_interval)
            now = time.monotonic()
            for room in list(self.rooms.values()):
                if room.state == "starting" and now - room.last_pong < 30:
                    continue
                if now - room.last_pong > self.ping_timeout:
                    self.stats["hung"] += 1
                    log.error("%s stopped answering: killing it", room.name)
                    room.hung = True
                    room.handle.kill()  # _pump sees the exit and reports it lost
                    room.last_pong = now + 3600  # once
                    continue
                room.ping_n += 1
                room.send(c.Ping(n=room.ping_n))
