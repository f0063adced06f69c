"""Running coroutines from Qt slots without losing them.

qasync's ``asyncSlot`` keeps no strong reference to its task, so a running task can be
garbage-collected mid-flight; and exceptions inside it only reach ``sys.excepthook``.
``spawn`` keeps every task in a set until it finishes and reports failures through
``sys.excepthook`` explicitly, which the tests turn into failures.
"""

from __future__ import annotations

import asyncio
import functools
import sys
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

_tasks: set[asyncio.Task] = set()


def spawn(coro: Coroutine[Any, Any, Any]) -> asyncio.Task:
    task = asyncio.get_event_loop().create_task(coro)
    _tasks.add(task)
    task.add_done_callback(_finished)
    return task


def _finished(task: asyncio.Task) -> None:
    _tasks.discard(task)
    if task.cancelled():
        return
    exc = task.exception()
    if exc is not None:
        sys.excepthook(type(exc), exc, exc.__traceback__)


def async_slot(fn: Callable[..., Awaitable[Any]]) -> Callable[..., None]:
    """Decorate a coroutine method so it can be connected to a Qt signal."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> None:
        spawn(fn(*args, **kwargs))

    return wrapper


async def cancel_all() -> None:
    for task in list(_tasks):
        task.cancel()
    await asyncio.gather(*_tasks, return_exceptions=True)
