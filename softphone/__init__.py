"""Qt layer shared by the desktop apps (and, with telephony, the SIP softphone)."""

from softphone import qt_refcounts

qt_refcounts.install()  # before Qt is used much: see qt_refcounts for the PySide6 bug
