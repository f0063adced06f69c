"""Async websocket client used by the desktop apps, the demo bots and the benchmarks.

One background task owns the connection for its whole life (the websockets
``async for ws in connect(uri)`` pattern, with our own backoff): it logs in, reads
frames, resolves pending requests by ``id`` and hands events to ``on_event``. When the
connection drops it fails the pending requests, waits with backoff, reconnects and logs
in again with the session token; the server then pushes presence and open interactions
again, so the caller only has to render what arrives.

No Qt here: the Qt service in each app wraps this and turns events into signals.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import os
import random
import ssl
from collections.abc import Callable
from typing import Any

import msgspec
import websockets
from websockets.asyncio.client import ClientConnection

from shared import protocol as p

log = logging.getLogger(__name__)

EventHandler = Callable[[Any], None]
StateHandler = Callable[[bool], None]


# Close reasons after which a client must not sign in again by itself.
SIGNED_OUT = frozenset({"signed out", "signed out by an administrator", p.SIGNED_OUT_BY_SUPERVISOR})


class Disconnected(p.ProtocolError):
    def __init__(self) -> None:
        super().__init__("disconnected", "not connected to the server")


class Client:
    """A staff (``user``/``password``) or citizen (``citizen=True``) connection."""

    def __init__(
        self,
        url: str,
        user: str = "",
        password: str | None = None,
        *,
        citizen: bool = False,
        resume_token: str | None = None,
        on_event: EventHandler | None = None,
        on_connection: StateHandler | None = None,
        client_name: str = "",
        max_backoff: float = 5.0,
        ca_file: str = "",
        video: bool = False,
    ) -> None:
        self.video = video  # the app has WebRTC media: it may be offered video calls
        self.url = url
        self.user = user
        self._password = password
        self.citizen = citizen
        self.token: str | None = resume_token
        self.on_event = on_event or (lambda msg: None)
        self.on_connection = on_connection or (lambda up: None)
        self.client_name = client_name
        self.max_backoff = max_backoff
        self.ca_file = ca_file
        self.welcome: p.HelloOk | p.CitizenHelloOk | None = None
        self._ids = itertools.count(1)
        self._pending: dict[int, asyncio.Future] = {}
        self._ws: ClientConnection | None = None
        self._task: asyncio.Task | None = None
        self._first_login: asyncio.Future | None = None
        self._closing = False
        self.signed_out = ""  # why the server signed this client out, if it did

    # ------------------------------------------------------------------ lifecycle

    @property
    def connected(self) -> bool:
        return self._ws is not None

    async def connect(self) -> p.HelloOk | p.CitizenHelloOk:
        """Connect and log in once; afterwards the client keeps itself connected.

        Raises ProtocolError if the first login is refused, OSError if nobody listens.
        """
        loop = asyncio.get_running_loop()
        self._first_login = loop.create_future()
        self._task = loop.create_task(self._run(), name=f"client:{self.user or 'citizen'}")
        try:
            return await self._first_login
        except BaseException:
            await self.close()
            raise

    async def logout(self) -> None:
        """Sign out for good: the server revokes the token, then the connection closes."""
        if self._ws is not None and not self.citizen:
            with contextlib.suppress(p.ProtocolError, TimeoutError, OSError):
                await self.request(p.Logout(id=0), timeout=3.0)
        await self.close()

    async def close(self) -> None:
        self._closing = True
        if self._ws is not None:
            with contextlib.suppress(Exception):
                await self._ws.close()
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._task
        self._fail_pending()

    # ------------------------------------------------------------------ requests

    async def request(self, msg: msgspec.Struct, timeout: float = 10.0) -> Any:
        """Send a request (its ``id`` is filled in) and return the reply struct."""
        ws = self._ws
        if ws is None:
            raise Disconnected()
        msg = msgspec.structs.replace(msg, id=next(self._ids))
        fut = asyncio.get_running_loop().create_future()
        self._pending[msg.id] = fut
        try:
            await ws.send(p.encode_text(msg))
            reply = await asyncio.wait_for(fut, timeout)
        except websockets.ConnectionClosed:
            raise Disconnected() from None
        finally:
            self._pending.pop(msg.id, None)
        if isinstance(reply, p.Error):
            raise p.ProtocolError(reply.code, reply.message)
        return reply

    async def notify(self, msg: msgspec.Struct) -> None:
        """Fire-and-forget (typing indicators, delivery acks); dropped when offline."""
        ws = self._ws
        if ws is None:
            return
        with contextlib.suppress(websockets.ConnectionClosed):
            await ws.send(p.encode_text(msg))

    # ------------------------------------------------------------------ internals

    def _hello(self) -> msgspec.Struct:
        if self.citizen:
            return p.CitizenHello(id=0, version=p.PROTOCOL_VERSION, resume_token=self.token)
        if self.token:
            return p.Hello(
                id=0,
                version=p.PROTOCOL_VERSION,
                user=self.user,
                token=self.token,
                client=self.client_name,
                video=self.video,
            )
        return p.Hello(
            id=0,
            version=p.PROTOCOL_VERSION,
            user=self.user,
            password=self._password,
            client=self.client_name,
            video=self.video,
        )

    async def _login(self, ws: ClientConnection) -> p.HelloOk | p.CitizenHelloOk:
        await ws.send(p.encode_text(self._hello()))
        reply = p.decode_server(await asyncio.wait_for(ws.recv(), 10))
        if isinstance(reply, p.Error) and self.token and not self.citizen and self._password:
            # Token expired or unknown after a server reset: fall back to the password.
            self.token = None
            await ws.send(p.encode_text(self._hello()))
            reply = p.decode_server(await asyncio.wait_for(ws.recv(), 10))
        if isinstance(reply, p.Error):
            raise p.ProtocolError(reply.code, reply.message)
        if not isinstance(reply, p.HelloOk | p.CitizenHelloOk):
            raise p.ProtocolError(p.ErrorCode.INVALID_FORMAT, f"unexpected {type(reply).__name__}")
        return reply

    def _tls(self) -> ssl.SSLContext | None:
        """For wss://: verify the server's certificate, against ``ca_file`` (or the
        CC_CA_FILE environment variable) when the city uses its own CA, else the
        system's trusted CAs."""
        if not self.url.startswith("wss://"):
            return None
        return ssl.create_default_context(
            cafile=self.ca_file or os.environ.get("CC_CA_FILE") or None
        )

    async def _run(self) -> None:
        attempt = 0
        while not self._closing:
            try:
                async with websockets.connect(
                    self.url,
                    max_size=p.MAX_SERVER_FRAME_BYTES,
                    open_timeout=10,
                    ssl=self._tls(),
                ) as ws:
                    welcome = await self._login(ws)
                    self.token = (
                        welcome.token if isinstance(welcome, p.HelloOk) else welcome.resume_token
                    )
                    self.welcome = welcome
                    self._ws = ws
                    attempt = 0
                    # The welcome goes to on_event first, before the presence and resume
                    # events that follow it in the same burst, on every login alike.
                    self.on_event(welcome)
                    self.on_connection(True)
                    if self._first_login and not self._first_login.done():
                        self._first_login.set_result(welcome)
                    with contextlib.suppress(websockets.ConnectionClosed):
                        await self._read(ws)
                    if ws.close_reason in SIGNED_OUT:
                        # Logged out, or signed out by an administrator: the token is
                        # revoked and the password must not sign us back in behind
                        # their back. Stay out and say so.
                        self._closing = True
                        self.signed_out = ws.close_reason
                        self.on_event(
                            p.Error(code=p.ErrorCode.UNAUTHORIZED, message=ws.close_reason)
                        )
            except asyncio.CancelledError:
                raise
            except p.ProtocolError as exc:
                if self._first_login and not self._first_login.done():
                    self._first_login.set_exception(exc)
                    return
                log.warning("login refused on reconnect: %s", exc)
            except (OSError, websockets.WebSocketException, TimeoutError) as exc:
                if self._first_login and not self._first_login.done():
                    self._first_login.set_exception(
                        exc if isinstance(exc, OSError) else OSError(str(exc))
                    )
                    return
                log.info("connection to %s lost: %s", self.url, exc)
            finally:
                was_up = self._ws is not None
                self._ws = None
                self._fail_pending()
                if was_up:
                    self.on_connection(False)
            if self._closing:
                return
            attempt += 1
            delay = min(self.max_backoff, 0.1 * 2**attempt) * (0.5 + random.random() / 2)
            await asyncio.sleep(delay)

    async def _read(self, ws: ClientConnection) -> None:
        async for frame in ws:
            try:
                msg = p.decode_server(frame)
            except msgspec.DecodeError:
                log.warning("undecodable frame from server: %.200r", frame)
                continue
            req_id = getattr(msg, "id", None)
            fut = self._pending.get(req_id) if req_id else None
            if fut is not None and not fut.done():
                fut.set_result(msg)
                continue
            if isinstance(msg, p.Error) and msg.id is None:
                log.warning("server error: %s %s", msg.code, msg.message)
            try:
                self.on_event(msg)
            except Exception:  # a faulty handler must not kill the connection
                log.exception("event handler failed for %s", type(msg).__name__)

    def _fail_pending(self) -> None:
        for fut in self._pending.values():
            if not fut.done():
                fut.set_exception(Disconnected())
        self._pending.clear()
