"""The server's side of one room worker (asyncio): spawn it, talk to it, end it.

    room = await spawn_room("room-1", rtp_port=20000, music="hold.wav")
    await room.send(Play(prompts=["welcome.wav"]))
    async for event in room.events():
        ...

The room runs as ``python -m shared.switch.room`` with one end of a socket pair as its
control channel (``pass_fds``); the lines on it are ``shared.switch.control`` messages.
No pool logic here: one handle, one process. Closing the handle's socket (or the server
dying) makes the room hang up and exit by itself.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import socket
import sys
from collections.abc import AsyncIterator
from os import PathLike
from pathlib import Path
from typing import IO, Any

import msgspec

from shared.switch.control import (
    MAX_LINE,
    Command,
    Event,
    Ready,
    RoomError,
    decode_event,
    encode,
)
from shared.switch.reservation import KEY_ENV

ROOT = Path(__file__).resolve().parents[2]


class RoomStartError(RuntimeError):
    """The room process exited or stayed silent instead of saying ``ready``."""


class RoomHandle:
    """One running room. ``pid``, ``sip_port`` and ``name`` are known once spawned.

    Events are read by one consumer at a time, through ``events()`` or ``next_event()``.
    """

    def __init__(
        self,
        name: str,
        proc: asyncio.subprocess.Process,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
    ):
        self.name = name
        self.sip_port = 0
        self._proc = proc
        self._reader = reader
        self._writer = writer

    @property
    def pid(self) -> int:
        return self._proc.pid

    @property
    def returncode(self) -> int | None:
        return self._proc.returncode

    async def send(self, cmd: Command) -> None:
        """Send one command (raises ``ConnectionError`` if the room is gone)."""
        await self.send_raw(encode(cmd))

    def send_nowait(self, cmd: Command) -> None:
        """Queue one command on the socket's buffer, in order, without waiting for it to
        drain (raises ``ConnectionError`` once the socket is closed)."""
        self._write(encode(cmd))

    async def send_raw(self, data: bytes) -> None:
        """Send bytes as they are (tests use it to send garbage)."""
        self._write(data)
        await self._writer.drain()

    def _write(self, data: bytes) -> None:
        if self._writer.is_closing():
            raise ConnectionResetError(f"{self.name}: control socket closed")
        self._writer.write(data)

    async def next_event(self, timeout: float | None = None) -> Event | None:
        """The next event; None once the room closed its end. Raises ``TimeoutError``.

        A line the room should never have sent comes back as a ``RoomError``.
        """
        async with asyncio.timeout(timeout):
            try:
                line = await self._reader.readline()
            except (ValueError, asyncio.LimitOverrunError) as exc:  # line over MAX_LINE
                return RoomError(message=f"bad event from room: {exc}")
            except ConnectionError:
                return None
        if not line:
            return None
        try:
            return decode_event(line)
        except (msgspec.DecodeError, msgspec.ValidationError) as exc:
            return RoomError(message=f"bad event from room: {exc}")

    async def events(self) -> AsyncIterator[Event]:
        """Every event until the room closes its end of the socket."""
        while (event := await self.next_event()) is not None:
            yield event

    def close(self) -> None:
        """Close our end of the control socket: the room hangs up and exits by itself."""
        self._writer.close()

    def kill(self) -> None:
        """SIGKILL (no-op once it exited)."""
        if self._proc.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                self._proc.send_signal(signal.SIGKILL)

    async def wait(self, timeout: float | None = None) -> int:
        """The exit code (raises ``TimeoutError``)."""
        async with asyncio.timeout(timeout):
            code = await self._proc.wait()
        self._writer.close()
        return code


def _without_key() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k != KEY_ENV}


async def spawn_room(
    name: str,
    *,
    rtp_port: int,
    rtp_port_range: int = 16,
    music: str | PathLike[str] | None = None,
    sip_port: int = 0,
    host: str = "127.0.0.1",
    clock_rate: int = 8000,
    media_timeout: float = 30.0,
    srtp: str = "off",
    tls_ca: str = "",
    log_level: int = 1,
    ready_timeout: float = 10.0,
    python: str = sys.executable,
    stderr: int | IO[Any] | None = None,
    key: bytes | None = None,
) -> RoomHandle:
    """Start a room process and wait for its ``ready`` (raises ``RoomStartError``).

    ``stderr`` is passed to the process (None: ours); its stdout (pjsua2 noise) is dropped.
    ``key`` signs the front door's tickets (``reservation``); it goes in the room's
    environment, not on its command line. Without it the room takes no callers (it can
    still place calls).
    """
    ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
    args = [
        "-m", "shared.switch.room",
        "--control-fd", str(theirs.fileno()),
        "--name", name,
        "--host", host,
        "--sip-port", str(sip_port),
        "--rtp-port", str(rtp_port),
        "--rtp-port-range", str(rtp_port_range),
        "--clock-rate", str(clock_rate),
        "--media-timeout", str(media_timeout),
        "--srtp", srtp,
        "--tls-ca", tls_ca,
        "--log-level", str(log_level),
    ]  # fmt: skip
    if music:
        args += ["--music", str(music)]
    try:
        proc = await asyncio.create_subprocess_exec(
            python,
            *args,
            cwd=ROOT,
            stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.DEVNULL,
            stderr=stderr,
            pass_fds=(theirs.fileno(),),
            env={**os.environ, KEY_ENV: key.hex()} if key else _without_key(),
        )
    except BaseException:
        ours.close()
        raise
    finally:
        theirs.close()
    reader, writer = await asyncio.open_unix_connection(sock=ours, limit=MAX_LINE + 1)
    room = RoomHandle(name, proc, reader, writer)
    try:
        first = await room.next_event(ready_timeout)
    except TimeoutError:
        first = None
    if not isinstance(first, Ready):
        room.kill()
        await room.wait(5)
        detail = first.message if isinstance(first, RoomError) else repr(first)
        raise RoomStartError(f"{name} did not start (exit {room.returncode}): {detail}")
    room.sip_port = first.sip_port
    return room
