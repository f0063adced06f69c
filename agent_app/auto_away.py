"""Away when nobody is at the computer, back when they are: the expert tray's auto-away.

``AwayRule`` decides (pure: it is given the idle time and the presence, and answers
what to set); ``AutoAway`` polls an idle source (``agent_app.idle``) on a timer and
carries the rule's answers out through a callback, so a test can hand it an idle source
it drives and call ``check()`` itself.

Only an expert waiting for work goes away: available, or busy with something else
(not ready) — never while in a conversation or a wrap-up (a long phone call has no
keyboard input either). Input resumes → the presence chosen before comes back, unless
the expert chose another one meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from agent_app.idle import IdleSource

AWAY = "offline"  # what "Away" is on the wire: offline, still signed in
POLL_MS = 5000


@dataclass(frozen=True, slots=True)
class SetPresence:
    state: str
    reason: str = ""


class AwayRule:
    """When to go away and what to come back to."""

    def __init__(self, threshold: float) -> None:
        self.threshold = threshold  # seconds of no input; 0 or less: never
        self.presence = "offline"  # as the server last said
        self.reason = ""
        self.away = False  # we set it away, and it still is
        self.before: SetPresence | None = None  # what to come back to

    def presence_changed(self, presence: str, reason: str) -> None:
        self.presence, self.reason = presence, reason
        if self.away and presence != AWAY:
            self.away, self.before = False, None  # someone chose something else

    def idle(self, seconds: float | None) -> SetPresence | None:
        """What to set now that the computer has been idle ``seconds`` (None: unknown)."""
        if seconds is None:
            return None
        if self.away:
            if seconds < self.threshold:  # input again
                back, self.away, self.before = self.before, False, None
                return back
            return None
        if self.threshold > 0 and seconds >= self.threshold:
            if self.presence in ("available", "not_ready"):
                self.before = SetPresence(self.presence, self.reason)
                self.away = True
                return SetPresence(AWAY)
        return None


class AutoAway(QObject):
    went_away = Signal(float)  # after this many idle seconds
    came_back = Signal(str, str)  # the presence and reason restored

    def __init__(
        self,
        source: IdleSource | None,
        set_presence: Callable[[str, str], None],
        *,
        threshold: float = 600.0,
        poll_ms: int = POLL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.source = source
        self.rule = AwayRule(threshold)
        self._set_presence = set_presence
        self._timer = QTimer(self, interval=poll_ms)
        self._timer.timeout.connect(self.check)
        self._update_timer()

    @property
    def threshold(self) -> float:
        return self.rule.threshold

    def set_threshold(self, seconds: float) -> None:
        self.rule.threshold = seconds
        self._update_timer()

    @property
    def away(self) -> bool:
        return self.rule.away

    def presence_changed(self, presence: str, reason: str = "") -> None:
        self.rule.presence_changed(presence, reason)

    def check(self) -> None:
        if self.source is None:
            return
        seconds = self.source.idle_seconds()
        decision = self.rule.idle(seconds)
        if decision is None:
            return
        self._set_presence(decision.state, decision.reason)
        if decision.state == AWAY:
            self.went_away.emit(seconds or 0.0)
        else:
            self.came_back.emit(decision.state, decision.reason)

    def stop(self) -> None:
        self._timer.stop()

    def _update_timer(self) -> None:
        if self.source is not None and self.rule.threshold > 0:
            self._timer.start()
        else:
            self._timer.stop()
