"""The switch's front door on 127.0.0.1: real sipp callers, raw-socket abuse, and a real
pjsua2 caller following the 302 to a pjsua2 callee.

The rooms are fake ports (the front door never contacts a room); the real pool has its
own tests. sipp runs in the foreground under asyncio (the front door shares the loop),
writing its logs, stats and screens into tmp_path.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import random
import socket
import sys
from pathlib import Path

import pytest

from shared.switch.frontdoor import FrontDoor
from shared.switch.pike import Pike
from shared.switch.sipmsg import SipMessage, StreamFramer, parse_message, parse_via
from tests.support.sipp import run_sipp

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [pytest.mark.timeout(60)]


class Rooms:
    """A fake ``choose_room``: hands out ports from a list, records who asked."""

    def __init__(self, n: int, first_port: int = 41000):
        self.free = [("127.0.0.1", first_port + i) for i in range(n)]
        self.ports = {port for _, port in self.free}
        self.asked: list[tuple[str, str]] = []

    def __call__(self, call_id: str, source: str) -> tuple[str, int, str] | None:
        self.asked.append((call_id, source))
        return (*self.free.pop(0), "city") if self.free else None


@pytest.fixture
async def make_door():
    doors: list[FrontDoor] = []

    async def make(rooms, **kwargs) -> FrontDoor:
        door = FrontDoor(rooms, "127.0.0.1", 0, **kwargs)
        await door.start()
        doors.append(door)
        return door

    yield make
    for door in doors:
        await door.stop()


# ---------------------------------------------------------------- sipp


async def test_sipp_invite_over_udp_is_redirected_to_a_room(make_door, tmp_path):
    rooms = Rooms(2)
    door = await make_door(rooms)
    run = await run_sipp(tmp_path, "redirect_uac.xml", door.udp_port)
    assert run.rc == 0, run
    assert run.logs == ["redirect 1 sip:city@127.0.0.1:41000"], run
    assert run.stats["SuccessfulCall(C)"] == "1" and run.stats["FailedCall(C)"] == "0"
    (call_id, source), *_ = rooms.asked
    assert call_id.startswith("1-") and call_id.endswith("@127.0.0.1")
    assert source == "127.0.0.1"
    assert door.stats["redirected"] == 1
    assert (door.stats["invites"], door.stats["acks"], door.stats["malformed"]) == (1, 1, 0)


async def test_sipp_invite_over_tcp_gets_a_tcp_contact(make_door, tmp_path):
    door = await make_door(Rooms(1))
    assert door.tcp_port == door.udp_port
    run = await run_sipp(tmp_path, "redirect_uac.xml", door.tcp_port, "-t", "t1")
    assert run.rc == 0, run
    assert run.logs == ["redirect 1 sip:city@127.0.0.1:41000;transport=tcp"], run
    assert door.stats["redirected"] == 1 and door.stats["acks"] == 1


async def test_sipp_options_gets_200_with_allow_and_accept(make_door, tmp_path):
    rooms = Rooms(1)
    door = await make_door(rooms)
    run = await run_sipp(tmp_path, "options_uac.xml", door.udp_port)
    assert run.rc == 0, run
    assert run.logs == ["options 1 INVITE, ACK, CANCEL, OPTIONS, BYE INVITE application/sdp"], run
    assert door.stats["options"] == 1 and not rooms.asked


@pytest.mark.parametrize("transport", ["u1", "t1"])
async def test_burst_of_more_callers_than_rooms(make_door, tmp_path, transport):
    rooms = Rooms(4)
    door = await make_door(rooms, retry_after=7)
    run = await run_sipp(
        tmp_path, "redirect_or_busy_uac.xml", door.udp_port, "-t", transport, calls=12, rate=50
    )
    assert run.rc == 0, run
    redirects = [line.split() for line in run.logs if line.startswith("redirect ")]
    busy = [line.split() for line in run.logs if line.startswith("busy ")]
    assert len(redirects) == 4 and len(busy) == 8, run
    ports = {int(contact.split(":")[-1].split(";")[0]) for _, _, contact in redirects}
    assert ports == rooms.ports  # four distinct rooms, every one handed out once
    assert {retry for _, _, retry in busy} == {"7"}
    # sipp: every call reached its end, none failed or is still open
    stats = run.stats
    assert (stats["SuccessfulCall(C)"], stats["FailedCall(C)"], stats["CurrentCall"]) == (
        "12",
        "0",
        "0",
    ), run
    s = door.stats
    # a busy machine may delay an answer past sipp's 500 ms retransmission timer: then the
    # retransmission gets the first answer again, and still one room per call
    assert s["invites"] - s["retransmissions"] == 12 and len(rooms.asked) == 12
    assert (s["redirected"], s["refused"], s["acks"]) == (4, 8, 12)
    assert (s["malformed"], s["dropped"], s["errors"]) == (0, 0, 0)


# ---------------------------------------------------------------- raw sockets


def request(
    method: str,
    port: int,
    *,
    call_id: str = "raw-1",
    branch: str = "z9hG4bK-raw-1",
    cseq: int = 1,
    to_tag: str = "",
    transport: str = "UDP",
    body: str = "",
    length: int | None = None,
) -> bytes:
    to = f"<sip:city@127.0.0.1:{port}>" + (f";tag={to_tag}" if to_tag else "")
    return (
        f"{method} sip:city@127.0.0.1:{port} SIP/2.0\r\n"
        f"Via: SIP/2.0/{transport} 127.0.0.1:9;rport;branch={branch}\r\n"
        "Max-Forwards: 70\r\n"
        'From: "Raw" <sip:raw@127.0.0.1>;tag=raw\r\n'
        f"To: {to}\r\n"
        f"Call-ID: {call_id}\r\n"
        f"CSeq: {cseq} {method}\r\n"
        f"Content-Length: {len(body) if length is None else length}\r\n\r\n{body}"
    ).encode()


class Udp:
    """A UDP client socket driven by the running loop (the front door shares it)."""

    def __init__(self, port: int, host: str = "127.0.0.1"):
        self.target = ("127.0.0.1", port)
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind((host, 0))  # 127.0.0.2, .3 ...: other sources on loopback
        self.sock.setblocking(False)
        self.port = self.sock.getsockname()[1]
        self.loop = asyncio.get_running_loop()

    async def send(self, data: bytes) -> None:
        await self.loop.sock_sendto(self.sock, data, self.target)

    async def recv(self, timeout: float = 2.0) -> bytes:
        return await asyncio.wait_for(self.loop.sock_recv(self.sock, 65535), timeout)

    async def ask(self, data: bytes) -> SipMessage:
        await self.send(data)
        return parse_message(await self.recv())

    def close(self) -> None:
        self.sock.close()


@pytest.fixture
async def udp_of():
    clients: list[Udp] = []

    def make(door: FrontDoor) -> Udp:
        clients.append(Udp(door.udp_port))
        return clients[-1]

    yield make
    for c in clients:
        c.close()


async def until(predicate, timeout: float = 5.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not predicate():
        assert asyncio.get_running_loop().time() < deadline, "condition not met in time"
        await asyncio.sleep(0.002)


async def assert_alive(door: FrontDoor, udp: Udp) -> None:
    reply = await udp.ask(request("OPTIONS", door.udp_port, call_id="alive", branch="z9hG4bKok"))
    assert reply.status == 200 and reply.call_id == "alive"


async def test_garbage_datagrams_are_dropped_and_counted(make_door, udp_of):
    rooms = Rooms(1)
    door = await make_door(rooms)
    udp = udp_of(door)
    rng = random.Random(3261)
    for n in range(1, 301):
        await udp.send(rng.randbytes(rng.randint(1, 1400)))
        if n % 20 == 0:  # let the loop read them: the socket's buffer is finite
            await until(lambda n=n: door.stats["malformed"] == n)
    await udp.send(b"\x00\x01\x00\x00!\x12\xa4B" + bytes(12))  # a STUN binding request
    await udp.send(b"SIP/2.0 200 OK\r\n" + request("OPTIONS", 1).split(b"\r\n", 1)[1])
    await udp.send(b"\r\n\r\n")  # a keep-alive: ignored, not malformed
    # answered in order: the first thing back is the OPTIONS reply, so nothing came before
    await assert_alive(door, udp)
    assert door.stats["malformed"] == 301 and door.stats["dropped"] == 302
    assert door.stats["errors"] == 0 and not rooms.asked


async def test_malformed_invite_gets_400_with_a_warning(make_door, udp_of):
    rooms = Rooms(1)
    door = await make_door(rooms)
    udp = udp_of(door)
    bad = request("INVITE", door.udp_port).replace(b"CSeq: 1 INVITE", b"CSeq: 1 BYE")
    reply = await udp.ask(bad)
    assert reply.status == 400 and reply.call_id == "raw-1" and reply.to_tag
    assert "does not match" in (reply.header("warning") or "")
    via = reply.top_via
    assert via.param("received") == "127.0.0.1" and via.param("rport") == str(udp.port)
    # too broken to answer: no Call-ID, a Via that is not one, a lying Content-Length
    await udp.send(request("INVITE", door.udp_port).replace(b"Call-ID: raw-1\r\n", b""))
    await udp.send(b"INVITE sip:x SIP/2.0\r\nVia: nonsense\r\nCSeq: banana\r\n\r\n")
    await udp.send(request("INVITE", door.udp_port, body="v=0\r\n", length=99999))
    await assert_alive(door, udp)
    assert door.stats["malformed"] == 4 and door.stats["dropped"] == 3
    assert door.stats["invites"] == 0 and not rooms.asked


async def test_retransmitted_invite_gets_the_identical_answer(make_door, udp_of):
    rooms = Rooms(2)
    door = await make_door(rooms)
    udp = udp_of(door)
    invite = request("INVITE", door.udp_port, body="v=0\r\n")
    answers = []
    for _ in range(3):
        await udp.send(invite)
        answers.append(await udp.recv())
    assert answers[0] == answers[1] == answers[2]
    reply = parse_message(answers[0])
    assert reply.status == 302 and reply.header("contact") == "<sip:city@127.0.0.1:41000>"
    assert len(rooms.asked) == 1 and door.stats["retransmissions"] == 2
    # a new transaction (next CSeq, new branch) of the same call is a new INVITE
    again = await udp.ask(request("INVITE", door.udp_port, cseq=2, branch="z9hG4bK-raw-2"))
    assert again.header("contact") == "<sip:city@127.0.0.1:41001>"
    assert again.to_tag == reply.to_tag  # same Call-ID: same tag
    # the refusal is remembered too: a retransmission must not grab a room freed meanwhile
    full = request("INVITE", door.udp_port, call_id="raw-2", branch="z9hG4bK-raw-3")
    refused = await udp.ask(full)
    assert refused.status == 503 and refused.header("retry-after") == "10"
    rooms.free.append(("127.0.0.1", 41000))
    assert (await udp.ask(full)).status == 503
    assert len(rooms.asked) == 3
    # a CANCEL for an INVITE answered moments ago matched a (completed) transaction: 200
    cancel = request("CANCEL", door.udp_port, body="")
    assert (await udp.ask(cancel)).status == 200
    assert (await udp.ask(request("CANCEL", door.udp_port, call_id="nope"))).status == 481
    await udp.send(request("ACK", door.udp_port, to_tag=reply.to_tag or ""))
    await assert_alive(door, udp)
    assert door.stats["acks"] == 1


async def test_retransmission_memory_expires_and_is_bounded(make_door, udp_of):
    rooms = Rooms(10)
    door = await make_door(rooms, transaction_seconds=0.2, cache_size=2)
    udp = udp_of(door)
    first = request("INVITE", door.udp_port)
    assert (await udp.ask(first)).header("contact") == "<sip:city@127.0.0.1:41000>"
    await asyncio.sleep(0.3)
    assert (await udp.ask(first)).header("contact") == "<sip:city@127.0.0.1:41001>"
    for n in range(3):
        await udp.ask(request("INVITE", door.udp_port, call_id=f"c{n}"))
    assert len(door._answers) == 2


@pytest.mark.parametrize(
    ("method", "status", "allow"),
    [
        ("REGISTER", 405, True),
        ("SUBSCRIBE", 405, True),
        ("FOO", 501, True),
        ("BYE", 481, False),
        ("OPTIONS", 200, True),
    ],
)
async def test_other_methods(make_door, udp_of, method, status, allow):
    rooms = Rooms(1)
    door = await make_door(rooms)
    udp = udp_of(door)
    reply = await udp.ask(request(method, door.udp_port))
    assert reply.status == status and reply.cseq == (1, method)
    assert (reply.header("allow") == "INVITE, ACK, CANCEL, OPTIONS, BYE") == allow
    assert not rooms.asked


async def test_reinvite_with_a_to_tag_gets_481(make_door, udp_of):
    rooms = Rooms(1)
    door = await make_door(rooms)
    udp = udp_of(door)
    reply = await udp.ask(request("INVITE", door.udp_port, to_tag="abc"))
    assert reply.status == 481 and reply.to_tag == "abc"
    assert not rooms.asked


class Tcp:
    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter):
        self.reader, self.writer = reader, writer
        self.framer = StreamFramer()

    @classmethod
    async def connect(cls, port: int, host: str = "127.0.0.1") -> Tcp:
        return cls(*await asyncio.open_connection("127.0.0.1", port, local_addr=(host, 0)))

    async def recv(self, timeout: float = 2.0) -> SipMessage:
        while (m := self.framer.next_message()) is None:
            data = await asyncio.wait_for(self.reader.read(65536), timeout)
            if not data:
                raise ConnectionError("closed")
            self.framer.feed(data)
        return parse_message(m, stream=True)

    async def closed(self, timeout: float = 2.0) -> bool:
        try:
            while await asyncio.wait_for(self.reader.read(65536), timeout):
                pass
        except ConnectionResetError:
            pass
        return True

    def close(self) -> None:
        self.writer.close()


async def test_tcp_pipelined_requests_and_keepalive(make_door):
    door = await make_door(Rooms(1))
    tcp = await Tcp.connect(door.tcp_port)
    p = door.tcp_port
    tcp.writer.write(
        request("OPTIONS", p, transport="TCP")
        + b"\r\n\r\n"
        + request("INVITE", p, transport="TCP", call_id="t1", body="v=0\r\n")
    )
    first = await tcp.recv()
    assert first.status == 200 and first.top_via.transport == "TCP"
    # the keep-alive ping's pong is one CRLF, which the framer skips
    second = await tcp.recv()
    assert second.status == 302
    assert second.header("contact") == "<sip:city@127.0.0.1:41000;transport=tcp>"
    assert tcp.framer.crlfs == 1
    tcp.close()


async def test_tcp_lying_content_length_and_huge_header(make_door, udp_of):
    rooms = Rooms(1)
    door = await make_door(rooms)
    p = door.tcp_port
    # Content-Length larger than what is sent: the front door waits for the rest...
    liar = await Tcp.connect(p)
    liar.writer.write(request("INVITE", p, transport="TCP", body="v=0\r\n", length=5000))
    with pytest.raises(TimeoutError):
        await liar.recv(timeout=0.3)
    # ...and drops the half message when the caller gives up
    liar.writer.write_eof()
    assert await liar.closed()
    # Content-Length over 64 KiB, a header section over 8 KiB: closed at once
    big = await Tcp.connect(p)
    big.writer.write(request("INVITE", p, transport="TCP", length=70_000))
    assert await big.closed()
    huge = await Tcp.connect(p)
    huge.writer.write(b"INVITE sip:city@127.0.0.1 SIP/2.0\r\nX-Junk: " + b"j" * 9000)
    assert await huge.closed()
    # garbage that does frame: 400 or nothing, the connection stays usable
    ok = await Tcp.connect(p)
    ok.writer.write(request("INVITE", p, transport="TCP").replace(b"CSeq: 1 INVITE", b"CSeq: 1 X"))
    assert (await ok.recv()).status == 400
    ok.writer.write(request("OPTIONS", p, transport="TCP"))
    assert (await ok.recv()).status == 200
    ok.close()
    assert door.stats["malformed"] == 3 and door.stats["dropped"] == 3 and not rooms.asked
    assert door.stats["errors"] == 0
    await assert_alive(door, udp_of(door))
    await until(lambda: not door._connections)  # the server let go of every one of them


async def test_tcp_idle_connection_is_closed(make_door):
    door = await make_door(Rooms(1), tcp_idle_timeout=0.3)
    tcp = await Tcp.connect(door.tcp_port)
    tcp.writer.write(b"OPTIONS sip:city@127.0.0.1 SIP/2.0\r\n")  # and nothing more
    assert await tcp.closed(timeout=3)
    assert door.stats["dropped"] == 1
    assert not door._connections


async def test_after_all_that_sipp_still_gets_answers(make_door, udp_of, tmp_path):
    rooms = Rooms(1)
    door = await make_door(rooms)
    udp = udp_of(door)
    rng = random.Random(5)
    for n in range(1, 101):
        await udp.send(rng.randbytes(rng.randint(1, 600)))
        if n % 20 == 0:
            await until(lambda n=n: door.stats["malformed"] == n)
    await udp.send(request("INVITE", door.udp_port).replace(b"CSeq: 1 INVITE", b"CSeq: x"))
    huge = await Tcp.connect(door.tcp_port)
    huge.writer.write(b"A" * 20_000)
    assert await huge.closed()
    run = await run_sipp(tmp_path, "options_uac.xml", door.udp_port)
    assert run.rc == 0, run
    run = await run_sipp(tmp_path, "redirect_uac.xml", door.udp_port)
    assert run.rc == 0 and run.logs == ["redirect 1 sip:city@127.0.0.1:41000"], run
    assert door.stats["errors"] == 0


async def test_start_binds_udp_and_tcp_on_the_same_free_port(make_door):
    doors = [await make_door(Rooms(0)) for _ in range(5)]
    for door in doors:
        assert door.udp_port == door.tcp_port != 0
    assert len({d.udp_port for d in doors}) == 5
    await doors[0].stop()
    await doors[0].stop()  # twice is fine


async def test_choose_room_failing_is_a_503_not_a_crash(make_door, udp_of):
    def broken(call_id: str, source: str):
        raise RuntimeError("pool on fire")

    door = await make_door(broken)
    udp = udp_of(door)
    reply = await udp.ask(request("INVITE", door.udp_port))
    assert reply.status == 503 and door.stats["errors"] == 1
    await assert_alive(door, udp)


def test_ipv6_room_contact_is_bracketed():
    door = FrontDoor(lambda c, f: ("::1", 7000, ""), port=0)
    out = door.handle(request("INVITE", 5060), ("127.0.0.1", 9), "udp")
    assert out is not None
    assert parse_message(out).header("contact") == "<sip:city@[::1]:7000>"
    assert parse_via(parse_message(out).vias[0]).param("rport") == "9"


# ---------------------------------------------------------------- a real softphone


async def peer(*args: str) -> tuple[asyncio.subprocess.Process, list[str]]:
    """Start tests.support.sip_peer; returns the process and the lines read up to READY."""
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "tests.support.sip_peer",
        *args,
        cwd=ROOT,
        env=dict(os.environ, PYTHONUNBUFFERED="1"),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    assert proc.stdout is not None
    seen: list[str] = []
    while not seen or not seen[-1].startswith("READY "):
        line = await asyncio.wait_for(proc.stdout.readline(), 10)
        if not line:
            raise AssertionError(f"peer exited before READY: {seen}")
        seen.append(line.decode(errors="replace").strip())
    return proc, seen


async def finish(proc: asyncio.subprocess.Process, seen: list[str]) -> list[str]:
    try:
        out, _ = await asyncio.wait_for(proc.communicate(), 15)
    except TimeoutError:
        proc.kill()
        out, _ = await proc.communicate()
    return seen + out.decode(errors="replace").splitlines()


@pytest.mark.slow
async def test_pjsua_caller_follows_the_redirect_to_the_room(make_door):
    callee, callee_seen = await peer("--role", "callee", "--timeout", "12")
    callee_port = int(callee_seen[-1].split()[1].removeprefix("port="))
    asked: list[tuple[str, str]] = []

    def choose_room(call_id: str, source: str) -> tuple[str, int, str]:
        asked.append((call_id, source))
        return "127.0.0.1", callee_port, "ticket-1"

    door = await make_door(choose_room)
    try:
        caller, caller_seen = await peer(
            "--role",
            "caller",
            "--target",
            f"sip:city@127.0.0.1:{door.udp_port}",
            "--seconds",
            "0.5",
            "--timeout",
            "12",
        )
        caller_lines = await finish(caller, caller_seen)
    finally:
        callee_lines = await finish(callee, callee_seen)
    assert caller.returncode == 0, caller_lines
    assert "CONFIRMED" in callee_lines and callee.returncode == 0, callee_lines
    assert any(line.startswith("INCOMING from=") for line in callee_lines)
    assert len(asked) == 1 and asked[0][1] == "127.0.0.1"
    # the caller followed the Contact: the room saw the ticket as the Request-URI's user
    assert any(
        line.startswith("INCOMING ") and "ruri=sip:ticket-1@" in line for line in callee_lines
    ), callee_lines
    assert door.stats["redirected"] == 1 and door.stats["acks"] == 1


# ---------------------------------------------------------------- a source that floods


async def test_a_flooding_source_is_banned_logged_once_and_others_are_answered(make_door, caplog):
    # Before, nothing limited a source: every INVITE of a flood was answered (and each
    # held a room for 4 s).
    rooms = Rooms(400)
    door = await make_door(rooms, pike=Pike(limit=20, window=2.0, ban_seconds=300))
    flood, citizen = Udp(door.udp_port, "127.0.0.3"), Udp(door.udp_port, "127.0.0.2")
    try:
        with caplog.at_level(logging.INFO, logger="shared.switch.frontdoor"):
            for i in range(300):
                await flood.send(
                    request("INVITE", door.udp_port, call_id=f"f{i}", branch=f"z9hG4bKf{i}")
                )
            await until(lambda: door.stats["flood_dropped"] >= 280)
            answered = 0
            with contextlib.suppress(TimeoutError):
                while True:
                    await flood.recv(0.2)
                    answered += 1
            assert answered == 20, answered  # the limit, then silence
            reply = await citizen.ask(request("INVITE", door.udp_port, call_id="real"))
            assert reply.status == 302  # another address is untouched
            # OPTIONS, garbage, anything from the banned source: dropped unanswered too
            await flood.send(request("OPTIONS", door.udp_port, call_id="o1"))
            await flood.send(b"garbage")
            with pytest.raises(TimeoutError):
                await flood.recv(0.3)
        bans = [r for r in caplog.records if "banning 127.0.0.3" in r.getMessage()]
        assert len(bans) == 1, [r.getMessage() for r in caplog.records]
        assert door.stats["bans"] == 1 and door.stats["flood_dropped"] >= 282
        assert len(rooms.asked) == 21 and rooms.asked[-1] == ("real", "127.0.0.2")
    finally:
        flood.close()
        citizen.close()


async def test_max_forwards_zero_gets_483_and_no_room(make_door, udp_of):
    rooms = Rooms(1)
    door = await make_door(rooms)
    udp = udp_of(door)
    data = request("INVITE", door.udp_port).replace(b"Max-Forwards: 70", b"Max-Forwards: 0")
    reply = await udp.ask(data)
    assert (reply.status, reply.reason) == (483, "Too Many Hops")
    assert not rooms.asked


async def test_answers_name_no_product(make_door, udp_of):
    door = await make_door(Rooms(1))
    udp = udp_of(door)
    for method in ("OPTIONS", "INVITE", "REGISTER"):
        reply = await udp.ask(request(method, door.udp_port, call_id=method))
        assert reply.header("server") is None and reply.header("user-agent") is None, method
    named = await make_door(Rooms(1), server="City Hall")
    reply = await udp_of(named).ask(request("OPTIONS", named.udp_port))
    assert reply.header("server") == "City Hall"


async def test_tcp_connections_are_capped_per_source_as_well_as_in_all(make_door):
    # Before, one address could take every one of the 1,024 TCP connections.
    door = await make_door(Rooms(2), tcp_per_source=4)
    hog = [await Tcp.connect(door.tcp_port, "127.0.0.3") for _ in range(10)]
    try:
        await until(lambda: door.stats["tcp_refused"] == 6)
        closed = [await conn.closed(0.5) for conn in hog[4:]]
        assert all(closed)
        assert len(door._connections) == 4
        citizen = await Tcp.connect(door.tcp_port, "127.0.0.2")
        citizen.writer.write(request("INVITE", door.tcp_port, transport="TCP"))
        assert (await citizen.recv()).status == 302
        citizen.close()
        hog[0].writer.write(request("OPTIONS", door.tcp_port, transport="TCP"))
        assert (await hog[0].recv()).status == 200  # the first four work normally
    finally:
        for conn in hog:
            conn.close()


async def test_trusted_networks_are_not_limited(make_door):
    door = await make_door(Rooms(200), pike=Pike(limit=5, trusted=["127.0.0.3"]), tcp_per_source=2)
    sbc = Udp(door.udp_port, "127.0.0.3")
    try:
        for i in range(100):
            reply = await sbc.ask(
                request("INVITE", door.udp_port, call_id=f"s{i}", branch=f"z9hG4bKs{i}")
            )
            assert reply.status == 302
        conns = [await Tcp.connect(door.tcp_port, "127.0.0.3") for _ in range(5)]
        await asyncio.sleep(0.1)
        assert door.stats["tcp_refused"] == 0 and len(door._connections) == 5
        for conn in conns:
            conn.close()
    finally:
        sbc.close()
