"""The narrow context a collaborator of the centre gets: settings, the store, the clock
and a way to run work in the background. Nothing else of the centre leaks through it."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from typing import Any

from shared.server.config import ServerConfig
from shared.server.store import Store

log = logging.getLogger(__name__)


@dataclass(eq=False)
class Tasks:
    """Background work whose failures are logged loudly and that ``drain`` waits for."""

    running: set[asyncio.Future] = field(default_factory=set)

    def spawn(self, coro: Coroutine[Any, Any, Any]) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        self.running.add(task)
        task.add_done_callback(self._done)

    def background(self, future: asyncio.Future) -> None:
        """A store write already queued (in order) by its caller: just make failures loud."""
        future.add_done_callback(self._done)

    def _done(self, task: asyncio.Future) -> None:
        self.running.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("background work failed", exc_info=task.exception())

    async def drain(self) -> None:
        if self.running:
            await asyncio.gather(*self.running, return_exceptions=True)


@dataclass(frozen=True, eq=False)
class Context:
    config: ServerConfig
    store: Store
    clock: Callable[[], float]
    tasks: Tasks

    def now(self) -> float:
        return self.clock()

    def spawn(self, coro: Coroutine[Any, Any, Any]) -> None:
        self.tasks.spawn(coro)

    def background(self, future: asyncio.Future) -> None:
        self.tasks.background(future)
