"""Small helpers for tests: clients that collect events into queues."""

from __future__ import annotations

import asyncio
from typing import Any

from shared import protocol as p
from shared.client import Client


class Recorder:
    """Collects a client's events; ``await rec.next(Type)`` waits for the next of a type."""

    def __init__(self) -> None:
        self.events: list[Any] = []
        self._cursor: dict[type, int] = {}
        self._changed = asyncio.Event()

    def __call__(self, msg: Any) -> None:
        self.events.append(msg)
        if isinstance(msg, p.WallboardUpdate):  # tests wait for one agent's or queue's change
            self.events.extend(msg.agents)
            self.events.extend(msg.queues)
        self._changed.set()

    def of(self, kind: type) -> list[Any]:
        return [e for e in self.events if isinstance(e, kind)]

    async def next(self, kind: type, pred=None, timeout: float = 5.0) -> Any:
        """The first event of ``kind`` (matching ``pred``) after the last one returned."""
        async with asyncio.timeout(timeout):
            while True:
                start = self._cursor.get(kind, 0)
                for i in range(start, len(self.events)):
                    e = self.events[i]
                    if isinstance(e, kind) and (pred is None or pred(e)):
                        self._cursor[kind] = i + 1
                        return e
                self._changed.clear()
                await self._changed.wait()


async def staff(
    url: str, user: str, password: str = "demo", *, video: bool = False
) -> tuple[Client, Recorder]:
    rec = Recorder()
    client = Client(url, user, password, on_event=rec, video=video)
    await client.connect()
    return client, rec


async def citizen(url: str, resume_token: str | None = None) -> tuple[Client, Recorder]:
    rec = Recorder()
    client = Client(url, citizen=True, resume_token=resume_token, on_event=rec)
    await client.connect()
    return client, rec


async def available(client: Client) -> None:
    await client.request(p.SetPresence(id=0, state="available"))
