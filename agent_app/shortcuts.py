"""The agent window's keys for conversations, stated once: the window's actions, the
buttons' labels and tooltips and the shortcuts dialog all read them from here."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

HANG_UP = "F6"
HOLD = "F7"
MUTE = "F8"
CAMERA = "Ctrl+Shift+V"  # a video call: stop or start sending our picture
KEYPAD = "Ctrl+D"
END = "Ctrl+W"
CONSULT = "Ctrl+Shift+C"
TRANSFER = "Ctrl+Shift+T"
MERGE = "Ctrl+Shift+M"  # conference: the citizen joins the consultation
COMPLETE = "Ctrl+Shift+Return"  # warm transfer: the expert takes over
CANCEL_CONSULT = "Ctrl+Shift+X"
INTERNAL = "Ctrl+Shift+L"  # the staff-only chat beside the conversation
NOTES = "Ctrl+Shift+N"  # a call's notes field
DIRECTORY = ("F4", "Ctrl+Shift+D")
READ_BROADCAST = "Ctrl+Shift+B"  # the supervisor's broadcast in the banner: read, next


def native(keys: str) -> str:
    """``Ctrl+Shift+M`` as this platform writes it."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def with_key(text: str, keys: str) -> str:
    """A label or tooltip with its key: ``Conference (Ctrl+Shift+M)``."""
    return f"{text} ({native(keys)})"
