"""One typed row per conversation, made of its stored events (shared/server/sql/reports)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)  # not frozen: a frozen __init__ cost 0.5 s of a month's report
class ConversationFacts:
    id: str
    channel: str
    topic: str
    arrived: float
    caller: str
    citizen_token: str
    transfers: int
    second_line: bool
    answered_at: float | None
    talk_ended_at: float | None  # first wrap_up state: the talk ended
    closed_at: float | None
    abandoned_at: float | None
    first_agent: str
    first_resolved: bool | None  # the first wrap-up's "resolved at first contact"
    wrapup_at: float | None  # the last wrap-up submitted
    repeat: bool  # the same citizen came back on the same topic within the window

    @classmethod
    def from_row(cls, r: tuple) -> ConversationFacts:
        return cls(
            r[0], r[1], r[2], r[3], r[4], r[5], r[6] or 0, bool(r[7]), r[8], r[9], r[10],
            r[11], r[12] or "", None if r[13] is None else bool(r[13]), r[14], bool(r[15]),
        )  # fmt: skip

    # ------------------------------------------------------------------ derived

    @property
    def answered(self) -> bool:
        return self.answered_at is not None

    @property
    def abandoned(self) -> bool:
        return self.answered_at is None and self.abandoned_at is not None

    @property
    def wait(self) -> float | None:
        """Arrival to answer, or to the citizen leaving; None while still waiting."""
        if self.answered_at is not None:
            return self.answered_at - self.arrived
        if self.abandoned_at is not None:
            return self.abandoned_at - self.arrived
        return None

    @property
    def handled(self) -> bool:
        return self.answered_at is not None and self.closed_at is not None

    @property
    def handle(self) -> float | None:
        """Answer to close (talk and wrap-up), as the wallboard counts it."""
        return self.closed_at - self.answered_at if self.handled else None  # type: ignore[operator]

    @property
    def talk(self) -> float | None:
        """Answer to the end of the talk (the first wrap_up, else the close)."""
        if self.answered_at is None:
            return None
        end = self.talk_ended_at if self.talk_ended_at is not None else self.closed_at
        return None if end is None else end - self.answered_at

    @property
    def wrapup(self) -> float | None:
        """End of the talk to the wrap-up submitted."""
        if self.wrapup_at is None or self.talk_ended_at is None:
            return None
        return max(0.0, self.wrapup_at - self.talk_ended_at)

    @property
    def transferred(self) -> bool:
        return self.answered and self.transfers > 0

    @property
    def resolved_first_contact(self) -> bool:
        return (
            self.handled and not self.second_line and bool(self.first_resolved) and not self.repeat
        )

    @property
    def citizen_key(self) -> str:
        """ "tel:<number>", "web:<hashed token>" or "" (a withheld number)."""
        if self.caller:
            return f"tel:{self.caller}"
        if self.channel != "voice" and not self.citizen_token.startswith("call:"):
            return f"web:{self.citizen_token}"
        return ""
