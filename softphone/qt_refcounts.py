"""Work-arounds for the PySide6 build we run on. ``install()`` once, before Qt is used.

PySide6/shiboken6 6.12.0 on CPython 3.11 (measured here): every Python call of a C++
method returning void (``QLabel.setText``, ``QObject.setObjectName`` …) takes one
reference away from ``None``, and every ``SignalInstance.emit`` one from ``True``. Before
Python 3.12 these singletons are not immortal, so the interpreter aborts ("none_dealloc:
deallocating None" / "bool_dealloc") after a few thousand such calls — minutes into a
shift for a window with a clock, or at the end of a test run.

``install()`` checks that this build really loses references, and only then gives
``None``, ``True`` and ``False`` a reference count no program can use up (what 3.12 does
for every interpreter). ``softphone/__init__.py`` calls it, so every app and test that
touches the Qt layer is covered; the Makefile prefers Python 3.12, where it does nothing.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

HEADROOM = 1 << 40  # a million lost references a second would take 12 days to use it up

_installed = False


class _Probe(QObject):
    fired = Signal()


def leaks() -> dict[str, bool]:
    """Which singletons this PySide6 build loses references to (a quick measurement)."""
    probe = _Probe()
    calls = 32
    before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(calls):
        probe.setObjectName("probe")  # returns void
    after_void = sys.getrefcount(None)
    for _ in range(calls):
        probe.fired.emit()
    after_emit = sys.getrefcount(True)
    return {
        "None": before[0] - after_void >= calls,
        "True": before[1] - after_emit >= calls,
    }


def install() -> bool:
    """Make None/True/False effectively immortal if this build needs it; True if done."""
    global _installed
    if _installed:
        return True
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    if not any(leaks().values()):
        return False
    singletons = (None, True, False)
    counts = [ctypes.c_ssize_t.from_address(id(obj)) for obj in singletons]
    # ob_refcnt is the first field of an object in a regular build; make sure before
    # writing (getrefcount and the loop hold a few references of their own).
    for count, obj in zip(counts, singletons, strict=True):
        if abs(count.value - sys.getrefcount(obj)) > 8:
            return False
    for count in counts:
        count.value += HEADROOM
    _installed = True
    return True
