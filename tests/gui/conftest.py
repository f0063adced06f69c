"""GUI test fixtures: a qasync loop as the test's asyncio loop, and a way to await on it.

The tests themselves are plain (sync) functions: ``qtbot.waitSignal``/``waitUntil`` spin
Qt, and with ``qloop`` installed every asyncio task (the app's client, the test's bots)
runs inside those waits. ``arun(coro)`` waits for one coroutine the same way.

Unhandled exceptions fail the test: in Qt slots and ``qt_async.spawn`` tasks (both go to
``sys.excepthook``) and in asyncio callbacks (the loop's exception handler).
"""

from __future__ import annotations

import asyncio
import gc
import sys
import time
import traceback

import pytest
import qasync
from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest

import softphone  # noqa: F401 - installs the PySide6 refcount work-around (softphone/qt_refcounts.py)


@pytest.fixture(autouse=True)
def _isolated_qsettings(tmp_path):
    """Apps remember things in QSettings: keep the tests' out of the user's config."""
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    yield


@pytest.fixture
def qloop(qapp):
    """A qasync QEventLoop running as the asyncio loop for the duration of the test."""
    errors: list[str] = []
    previous_hook = sys.excepthook

    def excepthook(exc_type, exc, tb):
        errors.append("".join(traceback.format_exception(exc_type, exc, tb)))
        previous_hook(exc_type, exc, tb)

    def loop_exception_handler(loop, context):
        exc = context.get("exception")
        text = context.get("message", "")
        if exc is not None:
            text += "\n" + "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        errors.append(text)
        loop.default_exception_handler(context)

    sys.excepthook = excepthook
    loop = qasync.QEventLoop(qapp, already_running=True)
    loop.set_exception_handler(loop_exception_handler)
    asyncio.set_event_loop(loop)
    try:
        yield loop
    finally:
        pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
        for task in pending:
            task.cancel()
        deadline = time.monotonic() + 5
        while any(not t.done() for t in pending) and time.monotonic() < deadline:
            QTest.qWait(10)
        stuck = [t for t in pending if not t.done()]
        for task in pending:
            if task.done() and not task.cancelled() and task.exception() is not None:
                exc = task.exception()
                errors.append(
                    f"{task!r} failed:\n"
                    + "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
                )
        # Not loop.stop(): that calls QApplication.exit(), which (with no exec() running)
        # marks the thread "quit now" and every later QEventLoop.exec() (waitSignal) would
        # return at once. Flip qasync's running flag instead (name-mangled attribute).
        loop._QEventLoop__is_running = False
        asyncio.events._set_running_loop(None)
        loop.close()
        asyncio.set_event_loop(None)
        sys.excepthook = previous_hook
        # Collect the test's garbage here, on the Qt thread: a QObject (a timer's owner)
        # left in a reference cycle and collected later by a worker thread's allocation
        # would be destroyed off its thread, leaving a dangling timer that crashes the
        # next processEvents (seen after the video calls' tests, whose aiortc encodes in
        # an executor).
        gc.collect()
    assert not stuck, f"tasks did not finish after cancel: {stuck}"
    assert not errors, "unhandled exceptions:\n" + "\n".join(errors)


@pytest.fixture
def arun(qloop, qtbot):
    """``arun(coro, timeout=5)``: run a coroutine on the qasync loop, return its result."""

    def run(aw, timeout: float = 5.0):
        task = asyncio.ensure_future(aw, loop=qloop)
        try:
            qtbot.waitUntil(task.done, timeout=int(timeout * 1000))
        except BaseException:
            task.cancel()
            raise
        return task.result()

    return run


@pytest.fixture(scope="session")
def sip_engine():
    """One started pjsua2 ``SipEngine`` (16 kHz, 127.0.0.1, any free port) for the session.

    pjsua2 allows one Endpoint per process, so every GUI test that needs telephony shares
    this one. Tests must end their calls (``PhoneService.shutdown()``) and leave
    ``engine.on_incoming_call`` as they found it (None); the engine is shut down at the end
    of the session, when no call is alive any more.
    """
    from shared.sip_engine import SipEngine

    engine = SipEngine("desk")
    engine.start(clock_rate=16000)
    try:
        yield engine
    finally:
        engine.on_incoming_call = engine.on_call_state = engine.on_dtmf = None
        engine.shutdown()
