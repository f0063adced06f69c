"""The switch's front door: a stateless SIP redirect server on the city's public SIP port.

It runs inside the routing server's asyncio loop and never touches media or pjsua2.
Every INVITE is answered at once with ``302 Moved Temporarily`` whose Contact is a free
room with a signed ticket in its user part (``choose_room`` picks both; see
``reservation``), or ``503 Service Unavailable`` with ``Retry-After`` when none is free;
the caller's user agent then calls the room directly, and the room checks the ticket.

Flood protection (``pike``): every request and every new TCP connection counts against
its source address; a source over the limit is banned for a while and everything it
sends is dropped unanswered (logged once when the ban starts and once when it ends).
A source may hold at most ``tcp_per_source`` TCP connections, all sources together
``MAX_TCP_CONNECTIONS``. Trusted networks (the carrier's SBC) are not limited.

What it answers (UDP and TCP on the same port):

- INVITE: 302 to a room, 503 + Retry-After when full; an INVITE carrying a To tag
  (a re-INVITE; we are in no dialog) gets 481; Max-Forwards 0 gets 483 (RFC 3261
  16.3: a request that may not be forwarded further). A retransmission (same Call-ID, CSeq
  and top Via branch, within ~32 s) gets the very same bytes, without asking for a
  second room: the answer to a retransmission must not differ, or the first room
  would stay reserved for nobody.
- ACK: nothing (it acknowledges our own 302/503).
- CANCEL: 200 if it matches an INVITE we answered in the last ~32 s (RFC 3261 9.2:
  the CANCEL matched a transaction, which had already completed), else 481.
- OPTIONS: 200 with Allow and Accept.
- BYE: 481 (no dialog lives here).
- REGISTER and the other methods SIP defines (SUBSCRIBE, NOTIFY, INFO, ...): 405 with
  Allow (RFC 3261 8.2.1: understood but not supported here). A method SIP does not
  define: 501 Not Implemented (RFC 3261 21.5.2), also with Allow.
- responses: nothing (counted in ``dropped``).
- malformed requests: 400 (505 for another SIP version) with a Warning saying why,
  when Via, From, To, Call-ID and CSeq could be read; otherwise dropped. Both counted
  in ``malformed``, the silent ones also in ``dropped``.

Replies go to the address the request came from (RFC 3581 style, also without
``rport``): that is where a caller behind NAT listens, and it cannot be aimed at a
third party through a forged Via.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Literal

from shared.switch.pike import BanEvent, BanStarted, Pike
from shared.switch.sipmsg import (
    SipMessage,
    SipParseError,
    StreamFramer,
    build_response,
    parse_message,
)

log = logging.getLogger(__name__)

Transport = Literal["udp", "tcp"]
# choose_room(call_id, source address) -> (host, port, contact user part) or None
ChooseRoom = Callable[[str, str], tuple[str, int, str] | None]

ALLOW = "INVITE, ACK, CANCEL, OPTIONS, BYE"
ACCEPT = "application/sdp"
# Methods SIP defines that a redirect server understands but does not offer: 405.
KNOWN_METHODS = frozenset(
    "REGISTER BYE PRACK SUBSCRIBE NOTIFY PUBLISH INFO REFER MESSAGE UPDATE".split()
)
TRANSACTION_SECONDS = 32.0  # Timer H (64 * T1): how long a retransmission can still come
# Bursts (a GC pause, a slow log write) must not overflow the socket: the default
# 208 KiB holds ~150 INVITEs; a lost one costs the caller a 500 ms retransmission.
UDP_RECEIVE_BUFFER = 2 * 1024 * 1024
MAX_TCP_CONNECTIONS = 1024
TCP_PER_SOURCE = 32  # a whole office behind one NAT address fits; a flood does not
MAX_TCP_WRITE_BUFFER = 256 * 1024  # a client that never reads its answers is dropped
STAT_KEYS = (
    "invites",  # INVITEs received, retransmissions included
    "redirected",  # 302 sent for a new INVITE
    "refused",  # 503 sent for a new INVITE
    "retransmissions",  # INVITEs answered from the transaction cache
    "options",
    "acks",
    "other",  # CANCEL, BYE, REGISTER, unknown methods
    "malformed",  # unparseable or invalid (answered with 400/505, or dropped)
    "dropped",  # nothing sent back: garbage, responses, TCP streams cut off
    "errors",  # a bug or a failing choose_room (logged with a traceback)
    "flood_dropped",  # requests from banned sources, dropped unanswered
    "bans",  # sources banned
    "tcp_refused",  # TCP connections refused (banned source, or over a cap)
)


class FrontDoor:
    """A stateless SIP redirect server on ``host:port`` (UDP and TCP).

    ``choose_room(call_id, source)`` returns the (host, port, user) of a free room,
    ``user`` being the Contact's user part (the room's ticket), or None when all are
    busy. It is called once per new INVITE from a source that is not banned, from the
    event loop, so it must not block. ``pike`` limits sources (None: no limit).
    ``server`` is the Server header ("": none). Counters are in ``stats``.
    """

    def __init__(
        self,
        choose_room: ChooseRoom,
        host: str = "127.0.0.1",
        port: int = 5060,
        *,
        retry_after: int = 10,
        user: str = "city",
        tcp_idle_timeout: float = 60.0,
        transaction_seconds: float = TRANSACTION_SECONDS,
        cache_size: int = 10_000,  # ~5 MB; past ~300 new calls/s it ages out before 32 s
        pike: Pike | None = None,
        tcp_per_source: int = TCP_PER_SOURCE,
        server: str = "",
    ):
        self.choose_room = choose_room
        self.pike = pike
        if pike is not None and pike.on_ban is None:
            pike.on_ban = self._on_ban
        self.tcp_per_source = tcp_per_source
        self.server = server
        self.host = host
        self.port = port
        self.retry_after = retry_after
        self.user = user
        self.tcp_idle_timeout = tcp_idle_timeout
        self.transaction_seconds = transaction_seconds
        self.cache_size = cache_size
        self.udp_port = 0
        self.tcp_port = 0
        self.stats: dict[str, int] = dict.fromkeys(STAT_KEYS, 0)
        self._tag_key = os.urandom(16)  # To tags: stable per Call-ID, unguessable across runs
        # (call_id, cseq, branch) -> (expires at, the bytes we answered)
        self._answers: OrderedDict[tuple[str, int, str], tuple[float, bytes]] = OrderedDict()
        self._udp: asyncio.DatagramTransport | None = None
        self._tcp: asyncio.Server | None = None
        self._connections: set[_TcpConnection] = set()
        self._per_source: dict[str, int] = {}  # live TCP connections by source address
        self._sweeper: asyncio.TimerHandle | None = None
        self._warn_after = 0.0
        self._warn_suppressed = 0

    # ------------------------------------------------------------------ lifetime

    async def start(self) -> None:
        """Bind UDP, then TCP on the UDP port (port 0: any free one, retried a few times
        should TCP find that port taken)."""
        loop = asyncio.get_running_loop()
        attempts = 5 if self.port == 0 else 1
        for attempt in range(attempts):
            transport, _ = await loop.create_datagram_endpoint(
                lambda: _UdpProtocol(self), local_addr=(self.host, self.port)
            )
            port = transport.get_extra_info("sockname")[1]
            sock = transport.get_extra_info("socket")
            with contextlib.suppress(OSError):  # capped by net.core.rmem_max
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, UDP_RECEIVE_BUFFER)
            try:
                server = await loop.create_server(
                    lambda: _TcpConnection(self),
                    self.host,
                    port,
                    family=sock.family,
                    reuse_address=True,
                    backlog=256,
                )
            except OSError:
                transport.close()
                if attempt == attempts - 1:
                    raise
                continue
            self._udp, self._tcp = transport, server
            self.udp_port = self.tcp_port = port
            if self.pike is not None:
                self._sweep()
            log.info("front door listening on %s:%d (UDP and TCP)", self.host, port)
            return

    def _sweep(self) -> None:
        """Lift the bans of sources gone quiet (and say so) without waiting for a packet."""
        assert self.pike is not None
        self.pike.sweep(time.monotonic())
        self._sweeper = asyncio.get_running_loop().call_later(self.pike.window, self._sweep)

    async def stop(self) -> None:
        if self._sweeper is not None:
            self._sweeper.cancel()
            self._sweeper = None
        if self._udp is not None:
            self._udp.close()
            self._udp = None
        if self._tcp is not None:
            self._tcp.close()
            for conn in list(self._connections):
                conn.close()
            await self._tcp.wait_closed()
            self._tcp = None
        self._answers.clear()

    # ------------------------------------------------------------------ one message

    def handle(self, data: bytes, source: tuple[str, int], transport: Transport) -> bytes | None:
        """The answer to one message (None: send nothing). Never raises."""
        try:
            return self._handle(data, source, transport)
        except Exception:
            self.stats["errors"] += 1
            log.exception("front door: unexpected error on a message from %s", source[:2])
            return None

    def _handle(self, data: bytes, source: tuple[str, int], transport: Transport) -> bytes | None:
        if data[:1] in (b"\r", b"\n") and not data.strip(b"\r\n"):
            return None  # a CRLF keep-alive
        source = (source[0], source[1])
        if self.pike is not None and not self.pike.allow(source[0], time.monotonic()):
            self.stats["flood_dropped"] += 1
            return None
        try:
            msg = parse_message(data, stream=transport == "tcp")
        except SipParseError as exc:
            return self._malformed(exc, source)
        if not msg.is_request:
            self.stats["dropped"] += 1  # a stateless server never answers a response
            return None
        method = msg.method
        if method == "INVITE":
            return self._invite(msg, source, transport)
        if method == "ACK":
            self.stats["acks"] += 1
            return None
        if method == "OPTIONS":
            self.stats["options"] += 1
            return self._reply(msg, 200, source, ("Allow", ALLOW), ("Accept", ACCEPT))
        self.stats["other"] += 1
        if method == "CANCEL":
            found = self._answers.get(self._key(msg))
            code = 200 if found and found[0] > time.monotonic() else 481
            return self._reply(msg, code, source)
        if method == "BYE":
            return self._reply(msg, 481, source)
        code = 405 if method in KNOWN_METHODS else 501
        return self._reply(msg, code, source, ("Allow", ALLOW))

    def _invite(self, msg: SipMessage, source: tuple[str, int], transport: Transport) -> bytes:
        self.stats["invites"] += 1
        now = time.monotonic()
        self._expire(now)
        key = self._key(msg)
        cached = self._answers.get(key)
        if cached is not None:
            self.stats["retransmissions"] += 1
            return cached[1]
        call_id = msg.call_id
        if msg.to_tag is not None:
            answer = self._reply(msg, 481, source)  # a re-INVITE: no dialog lives here
        elif msg.header("max-forwards") == "0":
            answer = self._reply(msg, 483, source)
        else:
            try:
                room = self.choose_room(call_id, source[0])
            except Exception:
                self.stats["errors"] += 1
                log.exception("choose_room failed for %s", call_id)
                room = None
            if room is None:
                self.stats["refused"] += 1
                log.info("503 %s: no free room", call_id[:40])
                answer = self._reply(msg, 503, source, ("Retry-After", str(self.retry_after)))
            else:
                host, port, user = room
                if ":" in host and not host.startswith("["):
                    host = f"[{host}]"
                params = ";transport=tcp" if transport == "tcp" else ""
                contact = f"<sip:{user or self.user}@{host}:{port}{params}>"
                self.stats["redirected"] += 1
                log.info("302 %s -> %s:%s", call_id[:40], host, port)
                answer = self._reply(msg, 302, source, ("Contact", contact))
        self._answers[key] = (now + self.transaction_seconds, answer)
        while len(self._answers) > self.cache_size:
            self._answers.popitem(last=False)
        return answer

    def _reply(
        self, msg: SipMessage, code: int, source: tuple[str, int], *headers: tuple[str, str]
    ) -> bytes:
        return build_response(
            msg, code, source=source, tag_key=self._tag_key, headers=headers, server=self.server
        )

    @staticmethod
    def _key(msg: SipMessage) -> tuple[str, int, str]:
        via = msg.top_via  # parse_message already checked it
        return msg.call_id, msg.cseq[0], via.branch or (msg.from_tag or "")

    def _expire(self, now: float) -> None:
        answers = self._answers
        while answers:
            key, (expires, _) = next(iter(answers.items()))
            if expires > now:
                break
            del answers[key]

    def _malformed(self, exc: SipParseError, source: tuple[str, int]) -> bytes | None:
        self.stats["malformed"] += 1
        self._warn(f"malformed SIP from {source[0]}:{source[1]}: {exc.reason}")
        if exc.status and exc.replyable and exc.partial is not None:
            warning = ("Warning", f'399 front-door "{_quote(exc.reason)}"')
            return build_response(
                exc.partial,
                exc.status,
                source=source,
                tag_key=self._tag_key,
                headers=[warning],
                server=self.server,
            )
        self.stats["dropped"] += 1
        return None

    def _on_ban(self, event: BanEvent) -> None:
        if isinstance(event, BanStarted):
            self.stats["bans"] += 1
            seconds = max(0.0, event.until - time.monotonic())
            log.warning(
                "front door: banning %s for %.0f s (%.0f requests in %.0f s); its requests "
                "are dropped unanswered",
                event.source, seconds, event.rate, self.pike.window if self.pike else 0,
            )  # fmt: skip
            for conn in [c for c in self._connections if c.peer[0] == event.source]:
                conn.close()
        else:
            log.warning(
                "front door: ban on %s lifted (%d requests dropped)", event.source, event.dropped
            )

    def tcp_admit(self, host: str) -> str | None:
        """Whether a new TCP connection from ``host`` may stay (None) or why not."""
        if self.pike is not None and not self.pike.allow(host, time.monotonic()):
            return "banned"
        if len(self._connections) >= MAX_TCP_CONNECTIONS:
            return "too many TCP connections"
        if self._per_source.get(host, 0) >= self.tcp_per_source and not (
            self.pike is not None and self.pike.is_trusted(host)
        ):
            return f"more than {self.tcp_per_source} TCP connections from one address"
        return None

    def _tcp_opened(self, conn: _TcpConnection) -> None:
        self._connections.add(conn)
        self._per_source[conn.peer[0]] = self._per_source.get(conn.peer[0], 0) + 1

    def _tcp_closed(self, conn: _TcpConnection) -> None:
        if conn in self._connections:
            self._connections.discard(conn)
            left = self._per_source.get(conn.peer[0], 1) - 1
            if left > 0:
                self._per_source[conn.peer[0]] = left
            else:
                self._per_source.pop(conn.peer[0], None)

    def _warn(self, text: str) -> None:
        """At most one warning a second; the ones left out are counted in the next."""
        now = time.monotonic()
        if now < self._warn_after:
            self._warn_suppressed += 1
            return
        if self._warn_suppressed:
            text += f" ({self._warn_suppressed} more not logged)"
        log.warning(text)
        self._warn_after = now + 1.0
        self._warn_suppressed = 0


def _quote(text: str) -> str:
    return "".join(c for c in text if c.isprintable() and c not in '"\\')[:100]


class _UdpProtocol(asyncio.DatagramProtocol):
    def __init__(self, door: FrontDoor):
        self.door = door
        self.transport: asyncio.DatagramTransport | None = None

    def connection_made(self, transport) -> None:  # type: ignore[override]
        self.transport = transport

    def datagram_received(self, data: bytes, addr) -> None:  # type: ignore[override]
        reply = self.door.handle(data, addr, "udp")
        if reply is not None and self.transport is not None:
            self.transport.sendto(reply, addr)

    def error_received(self, exc: Exception) -> None:
        # ICMP port unreachable for an answer sent earlier: the caller went away
        log.debug("front door UDP: %s", exc)


class _TcpConnection(asyncio.Protocol):
    """One TCP connection: frames messages, answers each, closes on framing errors or
    after ``tcp_idle_timeout`` without data."""

    def __init__(self, door: FrontDoor):
        self.door = door
        self.framer = StreamFramer()
        self.transport: asyncio.Transport | None = None
        self.peer: tuple[str, int] = ("?", 0)
        self._idle: asyncio.TimerHandle | None = None
        self._pongs = 0

    def connection_made(self, transport) -> None:  # type: ignore[override]
        self.transport = transport
        peer = transport.get_extra_info("peername")
        if peer:
            self.peer = (peer[0], peer[1])
        refused = self.door.tcp_admit(self.peer[0])
        if refused is not None:
            self.door.stats["tcp_refused"] += 1
            if refused != "banned":
                self.door._warn(f"front door: refusing TCP from {self.peer[0]}: {refused}")
            transport.abort()
            return
        self.door._tcp_opened(self)
        sock = transport.get_extra_info("socket")
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._arm()

    def _arm(self) -> None:
        if self._idle is not None:
            self._idle.cancel()
        loop = asyncio.get_running_loop()
        self._idle = loop.call_later(self.door.tcp_idle_timeout, self._on_idle)

    def _on_idle(self) -> None:
        if self.framer.pending:
            self.door.stats["dropped"] += 1
            self.door._warn(f"front door: incomplete message from {self.peer[0]}, closing")
        self.close()

    def data_received(self, data: bytes) -> None:
        transport = self.transport
        if transport is None or transport.is_closing():
            return
        self._arm()
        self.framer.feed(data)
        try:
            while True:
                message = self.framer.next_message()
                pings = self.framer.crlfs // 2  # RFC 5626 4.4.1: CRLFCRLF ping, CRLF pong
                if pings > self._pongs:
                    transport.write(b"\r\n" * (pings - self._pongs))
                    self._pongs = pings
                if message is None:
                    break
                reply = self.door.handle(message, self.peer, "tcp")
                if reply is not None:
                    transport.write(reply)
        except SipParseError as exc:  # the stream is out of step: nothing more can be read
            self.door.stats["malformed"] += 1
            self.door.stats["dropped"] += 1
            self.door._warn(f"front door: closing TCP from {self.peer[0]}: {exc.reason}")
            self.close()
            return
        except Exception:
            self.door.stats["errors"] += 1
            log.exception("front door TCP")
            self.close()
            return
        if transport.get_write_buffer_size() > MAX_TCP_WRITE_BUFFER:
            self.door._warn(f"front door: {self.peer[0]} does not read its answers, closing")
            transport.abort()

    def eof_received(self) -> bool:
        if self.framer.pending:
            self.door.stats["dropped"] += 1  # the rest of that message will never come
        return False  # close our side too

    def connection_lost(self, exc: Exception | None) -> None:
        if self._idle is not None:
            self._idle.cancel()
            self._idle = None
        self.door._tcp_closed(self)
        self.transport = None

    def close(self) -> None:
        if self.transport is not None and not self.transport.is_closing():
            self.transport.close()
