"""How the room pool hands rooms to the front door: tickets, not held rooms
(shared.switch.pool.RoomPool.reserve, with rooms that need no processes)."""

from __future__ import annotations

import time

from shared.sip_engine import user_part
from shared.switch.pool import Room, RoomPool
from shared.switch.reservation import TicketChecker


def pool_of(n: int, **kwargs) -> RoomPool:
    async def spawn(index):  # never called: the rooms are put in by hand
        raise AssertionError

    pool = RoomPool(
        spawn, size=n, spare=1, on_event=lambda r, e: None, on_lost=lambda r, x: None, **kwargs
    )
    pool._closing = True  # no top-up: there is no loop to spawn on
    for i in range(n):
        pool.rooms[i] = Room(i, handle=None, sip_port=7000 + i, state="idle")
    return pool


def arrive(pool: RoomPool, port: int, source: str) -> None:
    """The caller reached the room: it reports Incoming (what _pump does)."""
    room = next(r for r in pool.rooms.values() if r.sip_port == port)
    room.state, room.source = "busy", source
    room.pending.clear()


def test_invites_that_are_never_followed_take_no_room_from_other_callers():
    # Before, each INVITE held a room for 4 s: 3 INVITEs a second from one address
    # refused 2 of 5 real callers.
    pool = pool_of(8)
    flood = [pool.reserve(f"f{i}", "198.51.100.9") for i in range(100)]
    assert sum(1 for answer in flood if answer) == 4  # pending_per_source
    assert pool.stats["source_pending"] == 96
    real = [pool.reserve(f"r{i}", f"203.0.113.{i}") for i in range(5)]
    assert all(real), real
    ports = [answer[1] for answer in real]
    assert len(set(ports)) == 5  # spread over idle rooms with nobody on the way
    for port, (_, _, _) in zip(ports, real, strict=True):
        assert pool.rooms[port - 7000].state == "idle"  # nothing held until they arrive


def test_the_ticket_is_valid_at_that_room_only():
    pool = pool_of(2)
    host, port, ticket = pool.reserve("c1", "203.0.113.1")
    assert (host, port) == ("127.0.0.1", 7000)
    now = time.time()
    assert TicketChecker(pool.key, port).check(ticket, now) is None
    assert TicketChecker(pool.key, 7001).check(ticket, now) == "reservation not valid here"
    assert user_part(f"sip:{ticket}@127.0.0.1:{port}") == ticket


def test_one_address_has_at_most_calls_per_source_live_calls():
    # Before, eight calls from one source waiting in the queue held the whole pool.
    pool = pool_of(8, calls_per_source=3, pending_per_source=8)
    for i in range(3):
        _, port, _ = pool.reserve(f"c{i}", "198.51.100.9")
        arrive(pool, port, "198.51.100.9")
    assert pool.reserve("c4", "198.51.100.9") is None
    assert pool.stats["source_calls"] == 1
    assert pool.live_calls_from("198.51.100.9") == 3
    assert pool.reserve("other", "203.0.113.1") is not None


def test_trusted_networks_have_no_per_source_limits():
    pool = pool_of(8, calls_per_source=1, pending_per_source=1, trusted=["192.0.2.0/24"])
    answers = [pool.reserve(f"sbc{i}", "192.0.2.10") for i in range(8)]
    assert all(answers)


def test_no_idle_room_or_every_idle_room_overbooked_is_a_503():
    pool = pool_of(2, overbook=2, pending_per_source=1)
    answers = [pool.reserve(f"c{i}", f"203.0.113.{i}") for i in range(6)]
    assert [bool(a) for a in answers] == [True] * 4 + [False] * 2
    for room in pool.rooms.values():
        room.state = "busy"
    pool.rooms[0].pending.clear()
    assert pool.reserve("late", "203.0.113.99") is None


def test_unfollowed_tickets_lapse():
    pool = pool_of(1, reserve_seconds=0.05, pending_per_source=1, overbook=1)
    assert pool.reserve("a", "203.0.113.1")
    assert pool.reserve("b", "203.0.113.1") is None
    time.sleep(0.06)
    assert pool.reserve("c", "203.0.113.1")
