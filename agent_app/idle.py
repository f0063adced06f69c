"""How long this computer has had no keyboard or mouse input, where the platform says.

An idle source is anything with ``idle_seconds() -> float | None`` (None: cannot tell
right now) and a ``name`` for the settings dialog; ``AutoAway`` takes one, so a test
hands it one it drives. ``system_idle_source`` finds the platform's:

- X11: the MIT-SCREEN-SAVER extension through ``libXss`` (ctypes), when the app runs on
  the ``xcb`` platform and the library is there;
- Windows: ``GetLastInputInfo``;
- macOS: ``CGEventSourceSecondsSinceLastEventType`` of CoreGraphics.

Anything else (Wayland, no libXss, the offscreen platform) gives no source and a
sentence saying why; nothing here raises when a library or the display is missing.
No Qt beyond the platform name the caller passes in.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os
import sys
from dataclasses import dataclass
from typing import Literal, Protocol

log = logging.getLogger(__name__)


class IdleSource(Protocol):
    name: str

    def idle_seconds(self) -> float | None: ...


# Why there is no source (the settings dialog says it in words, translated).
NoIdleReason = Literal["", "unavailable", "wayland", "platform"]


class IdleUnavailable(OSError):
    """The platform's idle time cannot be read here (library, display or extension)."""


@dataclass(frozen=True, slots=True)
class IdleProbe:
    """What ``system_idle_source`` found: a source, or None, why not and the detail."""

    source: IdleSource | None
    reason: NoIdleReason = ""
    detail: str = ""


# --------------------------------------------------------------------------- X11


class _XScreenSaverInfo(ctypes.Structure):
    _fields_ = [
        ("window", ctypes.c_ulong),
        ("state", ctypes.c_int),
        ("kind", ctypes.c_int),
        ("til_or_since", ctypes.c_ulong),
        ("idle", ctypes.c_ulong),  # milliseconds since the last input
        ("event_mask", ctypes.c_ulong),
    ]


class X11IdleSource:
    """The X server's idle time (``XScreenSaverQueryInfo``), one display connection."""

    name = "X11 (XScreenSaver)"

    def __init__(self, display: str | None = None, *, find_library=ctypes.util.find_library):
        """Raises IdleUnavailable when the libraries, the display or the extension are
        missing. ``display`` defaults to $DISPLAY."""
        self._display = None
        x11_path = find_library("X11")
        xss_path = find_library("Xss")
        if not x11_path or not xss_path:
            raise IdleUnavailable("libX11 or libXss is not installed")
        x11 = ctypes.CDLL(x11_path)
        xss = ctypes.CDLL(xss_path)
        x11.XOpenDisplay.restype = ctypes.c_void_p
        x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x11.XDefaultRootWindow.restype = ctypes.c_ulong
        x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
        x11.XFree.argtypes = [ctypes.c_void_p]
        xss.XScreenSaverQueryExtension.restype = ctypes.c_int
        xss.XScreenSaverQueryExtension.argtypes = [
            ctypes.c_void_p,
            ctypes.POINTER(ctypes.c_int),
            ctypes.POINTER(ctypes.c_int),
        ]
        xss.XScreenSaverAllocInfo.restype = ctypes.POINTER(_XScreenSaverInfo)
        xss.XScreenSaverQueryInfo.restype = ctypes.c_int
        xss.XScreenSaverQueryInfo.argtypes = [
            ctypes.c_void_p,
            ctypes.c_ulong,
            ctypes.POINTER(_XScreenSaverInfo),
        ]
        name = display if display is not None else os.environ.get("DISPLAY", "")
        if not name:
            raise IdleUnavailable("no X display (DISPLAY is not set)")
        handle = x11.XOpenDisplay(name.encode())
        if not handle:
            raise IdleUnavailable(f"cannot open the X display {name!r}")
        event_base, error_base = ctypes.c_int(), ctypes.c_int()
        if not xss.XScreenSaverQueryExtension(
            handle, ctypes.byref(event_base), ctypes.byref(error_base)
        ):
            x11.XCloseDisplay(handle)
            raise IdleUnavailable("the X server has no MIT-SCREEN-SAVER extension")
        self._x11, self._xss, self._display = x11, xss, handle
        self._root = x11.XDefaultRootWindow(handle)
        self._info = xss.XScreenSaverAllocInfo()

    def idle_seconds(self) -> float | None:
        if not self._display:
            return None
        if not self._xss.XScreenSaverQueryInfo(self._display, self._root, self._info):
            return None
        return self._info.contents.idle / 1000.0

    def close(self) -> None:
        if self._display:
            self._x11.XFree(self._info)
            self._x11.XCloseDisplay(self._display)
            self._display = None

    def __del__(self) -> None:
        if getattr(self, "_display", None):
            self.close()


# --------------------------------------------------------------------------- Windows


class WindowsIdleSource:
    """``GetLastInputInfo``: the tick of the session's last input."""

    name = "Windows (GetLastInputInfo)"

    class _LastInputInfo(ctypes.Structure):
        _fields_ = [("cbSize", ctypes.c_uint), ("dwTime", ctypes.c_uint)]

    def __init__(self) -> None:
        windll = getattr(ctypes, "windll", None)
        if windll is None:
            raise IdleUnavailable("not Windows")
        self._user32 = windll.user32
        self._kernel32 = windll.kernel32
        self._kernel32.GetTickCount.restype = ctypes.c_uint

    def idle_seconds(self) -> float | None:
        info = self._LastInputInfo()
        info.cbSize = ctypes.sizeof(info)
        if not self._user32.GetLastInputInfo(ctypes.byref(info)):
            return None
        # Both are 32-bit millisecond ticks: the difference is right across the wrap.
        elapsed = (self._kernel32.GetTickCount() - info.dwTime) & 0xFFFFFFFF
        return elapsed / 1000.0


# --------------------------------------------------------------------------- macOS


class MacIdleSource:
    """CoreGraphics: seconds since any input event in this login session."""

    name = "macOS (CoreGraphics)"
    _COMBINED_SESSION_STATE = 0  # kCGEventSourceStateCombinedSessionState
    _ANY_INPUT_EVENT = 0xFFFFFFFF  # kCGAnyInputEventType

    def __init__(self) -> None:
        path = ctypes.util.find_library("CoreGraphics") or ctypes.util.find_library(
            "ApplicationServices"
        )
        if not path:
            raise IdleUnavailable("CoreGraphics is not available")
        cg = ctypes.CDLL(path)
        self._fn = cg.CGEventSourceSecondsSinceLastEventType
        self._fn.restype = ctypes.c_double
        self._fn.argtypes = [ctypes.c_int32, ctypes.c_uint32]

    def idle_seconds(self) -> float | None:
        value = self._fn(self._COMBINED_SESSION_STATE, self._ANY_INPUT_EVENT)
        return value if value >= 0 else None


# --------------------------------------------------------------------------- finding one


def system_idle_source(platform_name: str, *, platform: str = sys.platform) -> IdleProbe:
    """The idle source for this platform; ``platform_name`` is Qt's
    (``QGuiApplication.platformName()``: xcb, wayland, windows, cocoa, offscreen …)."""
    try:
        if platform.startswith("win"):
            return IdleProbe(WindowsIdleSource())
        if platform == "darwin":
            return IdleProbe(MacIdleSource())
        if platform_name == "xcb":
            return IdleProbe(X11IdleSource())
    except (OSError, AttributeError) as exc:  # a library without the function, too
        log.info("no idle time from the system: %s", exc)
        return IdleProbe(None, "unavailable", str(exc))
    if platform_name.startswith("wayland"):
        return IdleProbe(None, "wayland", platform_name)
    return IdleProbe(None, "platform", platform_name)
