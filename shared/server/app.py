"""The routing server process: websocket API at /ws, the citizen web page at /.

Each connection's handler is its lifetime (websockets' pattern): the first message must
be ``hello``/``citizen.hello`` within ``login_deadline``; afterwards frames are decoded
into typed requests and dispatched to ``ContactCentre``. Bad input gets an ``error``
reply and the connection stays; floods and oversized frames close that connection
only. Outgoing frames go through a bounded per-connection queue, so one slow reader
cannot stall the loop or grow memory without limit.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import mimetypes
import os
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus
from pathlib import Path

import websockets
from websockets.asyncio.server import ServerConnection, serve
from websockets.datastructures import Headers
from websockets.http11 import Request, Response

from shared import protocol as p
from shared.server.centre import ContactCentre
from shared.server.config import ServerConfig
from shared.server.people import Session
from shared.server.store import Store
from shared.server.throttle import TokenBucket

log = logging.getLogger(__name__)

WEB_ROOT = Path(__file__).resolve().parents[2] / "resources" / "web"


def private_files(root: Path) -> None:
    """Make ``root`` and everything under it private to this user (0700 / 0600)."""
    if not root.exists():
        return
    for path in [root, *root.rglob("*")]:
        try:
            if path.is_symlink():
                continue
            mode = path.stat().st_mode & 0o777
            wanted = 0o700 if path.is_dir() else mode & 0o600
            if mode != wanted:
                path.chmod(wanted)
        except OSError as exc:  # a file that went meanwhile, or not ours
            log.warning("cannot make %s private: %s", path, exc)


@dataclass(frozen=True, slots=True)
class _Close:
    """In a connection's outgoing queue: close it here, after the frames before."""

    code: int
    reason: str


class RoutingServer:
    def __init__(self, config: ServerConfig, clock: Callable[[], float] = time.time) -> None:
        """``clock``: the centre's time (tests drive it: the wallboard's day, waits)."""
        self.config = config
        self.store = Store(config.db_path, synchronous=config.sqlite_synchronous)
        self.centre = ContactCentre(config, self.store, clock, telephony=config.telephony)
        self._server = None
        self.port: int | None = None

    async def start(self, seed=None) -> None:
        # Citizens' data: readable by the server's user only (dirs 0700, files 0600), for
        # what this process (and its rooms) creates, and for what an older version left.
        os.umask(0o077)
        await asyncio.to_thread(private_files, Path(self.config.data_dir))
        await asyncio.to_thread(private_files, self.config.recordings_path)
        await self.store.open()
        await asyncio.to_thread(private_files, Path(self.config.data_dir))
        if seed is not None:
            await seed(self.store)
        await self.centre.start()
        self._server = await serve(
            self._handle,
            self.config.host,
            self.config.port,
            process_request=self._process_request,
            max_size=p.MAX_FRAME_BYTES,
            # Small JSON frames on a LAN: deflate cost more CPU than it saved bytes.
            compression=None,
            max_queue=64,
            ping_interval=20,
            ping_timeout=20,
            close_timeout=1,  # a flooder whose frames we stopped reading never answers the close
            server_header=None,  # no product name for a scanner to look up
            ssl=self._tls(),
        )
        self.port = self._server.sockets[0].getsockname()[1]
        secure = "s" if self.config.tls_cert else ""
        log.info(
            "listening on ws%s://%s:%d/ws (citizen page at http%s://%s:%d/)",
            secure,
            self.config.host,
            self.port,
            secure,
            self.config.host,
            self.port,
        )

    def _tls(self) -> ssl.SSLContext | None:
        """wss:// and https:// when a certificate and key are configured."""
        if not self.config.tls_cert:
            return None
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.minimum_version = ssl.TLSVersion.TLSv1_2
        context.load_cert_chain(self.config.tls_cert, self.config.tls_key or None)
        return context

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
        await self.centre.stop()
        await self.store.close()

    # ------------------------------------------------------------------ HTTP

    def _process_request(self, connection: ServerConnection, request: Request) -> Response | None:
        path = request.path.split("?", 1)[0]
        if path == "/ws":
            origin = request.headers.get("Origin")
            if origin is not None and not self._origin_allowed(origin, request):
                log.warning("refused a websocket from origin %.100r", origin)
                return connection.respond(HTTPStatus.FORBIDDEN, "origin not allowed\n")
            return None  # go on with the websocket handshake
        if path == "/health":
            return connection.respond(HTTPStatus.OK, "ok\n")
        name = "index.html" if path == "/" else path.lstrip("/")
        file = (WEB_ROOT / name).resolve()
        if WEB_ROOT not in file.parents or not file.is_file():
            return connection.respond(HTTPStatus.NOT_FOUND, "not found\n")
        body = file.read_bytes()
        ctype = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
        if ctype.startswith("text/") or ctype.endswith("javascript"):
            ctype += "; charset=utf-8"
        headers = Headers(
            [
                ("Content-Type", ctype),
                ("Content-Length", str(len(body))),
                ("Cache-Control", "no-cache"),
                ("X-Content-Type-Options", "nosniff"),
                (
                    "Content-Security-Policy",
                    "default-src 'self'; connect-src 'self'; img-src 'self' data:",
                ),
            ]
        )
        return Response(200, "OK", headers, body)

    def _origin_allowed(self, origin: str, request: Request) -> bool:
        """Browsers say where a page came from: only the configured origins (by default
        the citizen page's own, this very host) may open the websocket. Desktop apps
        send no Origin at all."""
        allowed = self.config.allowed_origins
        if allowed:
            return origin in allowed
        host = request.headers.get("Host", "")
        return origin in (f"http://{host}", f"https://{host}")

    # ------------------------------------------------------------------ websocket

    async def _handle(self, ws: ServerConnection) -> None:
        outgoing: asyncio.Queue[str | _Close] = asyncio.Queue(self.config.outgoing_queue)
        peer = self._peer(ws)

        def push(frame: str) -> None:
            if len(frame) > p.MAX_SERVER_FRAME_BYTES:
                # Never more than a client accepts (it would drop the connection and
                # come back to the same frame forever): a reply becomes an error.
                req_id = p.request_id_of(frame)
                log.error("not sending a %d-byte frame to %s", len(frame), peer)
                if req_id is None:
                    return
                frame = p.encode_text(
                    p.Error(id=req_id, code=p.ErrorCode.TOO_LARGE, message="reply too large")
                )
            try:
                outgoing.put_nowait(frame)
            except asyncio.QueueFull:
                log.warning("dropping slow client %s", peer)
                asyncio.get_running_loop().create_task(ws.close(1013, "too slow"))

        def close(code: int, reason: str) -> None:
            # after what is already queued (a logout's reply goes out first)
            with contextlib.suppress(asyncio.QueueFull):
                outgoing.put_nowait(_Close(code, reason))

        session = Session(push, peer, close)
        writer = asyncio.get_running_loop().create_task(self._write(ws, outgoing))
        try:
            if await self._login(ws, session):
                await self._serve(ws, session)
        except websockets.ConnectionClosed:
            pass
        finally:
            if session.role is not None:
                self.centre.disconnected(session)
            writer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await writer

    def _peer(self, ws: ServerConnection) -> str:
        """``address:port`` of the other end; behind a trusted reverse proxy, the
        address it forwarded for (the last one in X-Forwarded-For it did not add)."""
        if not ws.remote_address:
            return "?"
        host, port = ws.remote_address[0], ws.remote_address[1]
        trusted = self.config.trusted_proxies
        if host in trusted and ws.request is not None:
            forwarded = ws.request.headers.get("X-Forwarded-For", "")
            hops = [h.strip() for h in forwarded.split(",") if h.strip()]
            while hops and hops[-1] in trusted:
                hops.pop()
            if hops:
                host = hops[-1][:64]
        return f"{host}:{port}"

    @staticmethod
    async def _write(ws: ServerConnection, outgoing: asyncio.Queue) -> None:
        with contextlib.suppress(websockets.ConnectionClosed):
            while True:
                frame = await outgoing.get()
                if isinstance(frame, _Close):
                    await ws.close(frame.code, frame.reason)
                    return
                await ws.send(frame)

    async def _login(self, ws: ServerConnection, session: Session) -> bool:
        deadline = time.monotonic() + self.config.login_deadline
        bucket = TokenBucket(self.config.flood_rate, self.config.flood_burst, time.monotonic())
        while True:
            try:
                frame = await asyncio.wait_for(ws.recv(), deadline - time.monotonic())
            except TimeoutError:
                await ws.close(p.CLOSE_POLICY, "login deadline passed")
                return False
            if not bucket.take(time.monotonic()):
                await ws.close(p.CLOSE_POLICY, "too many messages")
                return False
            try:
                msg = p.decode_client(frame)
                if not isinstance(msg, p.Hello | p.CitizenHello):
                    raise p.ProtocolError(p.ErrorCode.UNAUTHORIZED, "log in first with hello")
                if msg.version != p.PROTOCOL_VERSION:
                    raise p.ProtocolError(
                        p.ErrorCode.UNSUPPORTED_VERSION,
                        f"server speaks protocol {p.PROTOCOL_VERSION}, client {msg.version}",
                    )
                if isinstance(msg, p.Hello):
                    reply = await self.centre.login_staff(session, msg)
                else:
                    reply = await self.centre.login_citizen(session, msg)
            except p.ProtocolError as exc:
                session.send(p.Error(id=p.request_id_of(frame), code=exc.code, message=exc.message))
                continue
            session.send(reply)
            if isinstance(msg, p.Hello):
                await self.centre.after_staff_login(session)
            if session.role == "citizen":
                log.debug("%s: a citizen connected", session.peer)
            else:
                log.info("%s logged in as %s %s", session.peer, session.role, session.username)
            return True

    async def _serve(self, ws: ServerConnection, session: Session) -> None:
        bucket = TokenBucket(self.config.flood_rate, self.config.flood_burst, time.monotonic())
        async for frame in ws:
            if not bucket.take(time.monotonic()):
                log.warning("closing %s (%s): flood", session.peer, session.username or "citizen")
                await ws.close(p.CLOSE_POLICY, "too many messages")
                return
            req_id = None
            try:
                msg = p.decode_client(frame)
                req_id = getattr(msg, "id", None)
                handler = self.centre.handlers.get(type(msg))
                if handler is None:  # hello twice
                    raise p.ProtocolError(p.ErrorCode.CONFLICT, "already logged in")
                if session.role not in p.ROLE_RULES[type(msg)]:
                    tag = type(msg).__struct_config__.tag
                    raise p.ProtocolError(
                        p.ErrorCode.FORBIDDEN, f"{session.role} may not send {tag}"
                    )
                reply = await handler(session, msg)
            except p.ProtocolError as exc:
                if req_id is None:
                    req_id = p.request_id_of(frame)
                session.send(p.Error(id=req_id, code=exc.code, message=exc.message))
                continue
            except Exception:
                log.exception("handler failed for %.200r", frame)
                session.send(
                    p.Error(id=req_id, code=p.ErrorCode.INTERNAL, message="internal error")
                )
                continue
            if reply is not None:
                session.send(reply)


async def run(config: ServerConfig, stop: asyncio.Event, seed=None) -> None:
    server = RoutingServer(config)
    await server.start(seed)
    # Everything loaded at start (users, engine state, modules) lives as long as the
    # process: move it out of the collector's way so its pauses stay short under load.
    gc.collect()
    gc.freeze()
    try:
        await stop.wait()
    finally:
        log.info("stopping")
        await server.stop()
