"""One conversation's consultation as its staff see it, without Qt.

The owner asks (``consult.request``); the reply says whether an expert rings or the
request waits in the department's queue; then ``consult.changed`` pushes move it on.
The pushes can overtake the reply (the server tells the owner "ringing Ewa" in the same
step that answers the request), so the reply never moves a consultation backwards.

    idle ─request─▶ requesting ─reply/push─▶ ringing ⇄ queued ─▶ connected ─▶ merged
                        │                                    │          │
                        └──── failed: idle      cancelled, left: ended  completed

``ended`` and ``completed`` are final for this consultation; a new request starts over.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from shared import protocol as p

Phase = Literal[
    "idle", "requesting", "ringing", "queued", "connected", "merged", "completed", "ended"
]
LIVE: frozenset[str] = frozenset({"requesting", "ringing", "queued", "connected", "merged"})


@dataclass
class Consultation:
    phase: Phase = "idle"
    department: str = ""  # asked of a department ...
    person: str = ""  # ... or of someone by name
    target_name: str = ""  # what the agent chose, for "Waiting for Finance"
    note: str = ""
    three_way: bool = False
    expert: str = ""  # who rings or joined
    expert_name: str = ""
    position: int = 0  # in the department's queue while nobody is free
    experts_logged_in: int = -1  # of the department when asked (-1: not known)
    reason: str = ""  # why it ended (cancelled, left, expert lost) or moved on

    @property
    def live(self) -> bool:
        return self.phase in LIVE

    @property
    def joined(self) -> bool:
        return self.phase in ("connected", "merged")

    @property
    def can_merge(self) -> bool:
        return self.phase == "connected"

    @property
    def can_complete(self) -> bool:
        return self.joined

    @property
    def can_cancel(self) -> bool:
        return self.phase in ("ringing", "queued", "connected", "merged")

    @property
    def nobody_free(self) -> bool:
        return self.phase == "queued"

    # ------------------------------------------------------------------ changes

    def request(
        self,
        *,
        department: str = "",
        person: str = "",
        target_name: str = "",
        note: str = "",
        three_way: bool = False,
    ) -> None:
        """The agent asked; the reply (``requested``) or a push follows."""
        self.phase = "requesting"
        self.department, self.person = department, person
        self.target_name = target_name or department or person
        self.note, self.three_way = note, three_way
        self.expert = self.expert_name = self.reason = ""
        self.position, self.experts_logged_in = 0, -1

    def requested(self, reply: p.ConsultRequested) -> None:
        self.experts_logged_in = reply.experts_logged_in
        if self.phase != "requesting":
            return  # a push came first and said more
        self._move(reply.state, reply.expert, reply.expert_name, reply.position, "")

    def failed(self) -> None:
        """The request was refused (the server's message says why)."""
        if self.phase == "requesting":
            self.phase = "idle"

    def changed(self, msg: p.ConsultChanged) -> None:
        self._move(msg.state, msg.expert, msg.expert_name, msg.position, msg.reason)

    def joined_as_expert(self, *, merged: bool) -> None:
        """Our view when we are the one consulted."""
        self.phase = "merged" if merged else "connected"

    def _move(self, state: str, expert: str, expert_name: str, position: int, reason: str) -> None:
        if state == "queued":
            self.phase = "queued"
            self.position = position or self.position
            self.expert = self.expert_name = ""
        elif state in ("ringing", "connected", "merged", "completed"):
            self.phase = state  # type: ignore[assignment]
            self.expert = expert or self.expert
            self.expert_name = expert_name or self.expert_name
            self.position = 0
        elif state == "ended":
            self.phase = "ended"
        self.reason = reason
