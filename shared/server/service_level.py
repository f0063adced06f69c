"""Today's wallboard counters, per topic: pure (no IO, no clock: ``now`` is passed in).

Fed with three facts about each conversation, from the centre's events live
(``Wallboard.interaction_changed``) or replayed from ``interaction_events`` at start:

- **answered**: it first became active (an agent accepted it); wait = answered - arrived.
  A conversation is answered once: handing it on (transfer) is no second answer.
- **abandoned**: it ended while never answered; wait = ended - arrived.
- **handled**: an answered one was closed (after its wrap-up); handle = closed - answered.

Each fact counts on the local day it happens (a citizen who arrived at 23:59 and was
answered at 00:01 counts for the new day), under the topic the citizen chose. With
T = ``service_level_seconds`` and S = ``short_abandon_seconds``:

    service level      = answered with wait <= T / (answered + abandoned - abandoned with wait <= S)
    abandonment rate   = (abandoned - abandoned with wait <= S) / (answered + abandoned - abandoned with wait <= S)
    average speed of answer = sum of answered waits / answered
    average handle time     = sum of handle times / handled

A figure whose denominator is 0 is None ("—" on the wallboard), never 0 % or 100 %.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo

from shared import protocol as p


@dataclass(slots=True)
class Counts:
    answered: int = 0
    answered_in_threshold: int = 0
    abandoned: int = 0
    abandoned_short: int = 0
    wait_answered: float = 0.0  # seconds, summed over the answered
    handled: int = 0
    handle_seconds: float = 0.0  # summed over the handled

    def add(self, other: Counts) -> None:
        for name in self.__slots__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def counted(self) -> int:
        """The service level's denominator: answered, and abandoned after S seconds."""
        return self.answered + self.abandoned - self.abandoned_short

    def figures(self, day: str) -> p.DayFigures:
        counted = self.counted
        return p.DayFigures(
            day=day,
            answered=self.answered,
            answered_in_threshold=self.answered_in_threshold,
            abandoned=self.abandoned,
            abandoned_short=self.abandoned_short,
            handled=self.handled,
            service_level=self.answered_in_threshold / counted if counted else None,
            abandonment_rate=(self.abandoned - self.abandoned_short) / counted if counted else None,
            average_speed_of_answer=self.wait_answered / self.answered if self.answered else None,
            average_handle_time=self.handle_seconds / self.handled if self.handled else None,
        )


@dataclass(frozen=True, slots=True)
class Fact:
    """One thing that happened to a conversation (as replayed from the store)."""

    interaction_id: str
    topic: str
    arrived: float
    ts: float
    state: str  # "active" (answered), "abandoned", "closed"


def local_day(ts: float, tz: tzinfo | None) -> date:
    """The local date of ``ts`` in ``tz`` (None: the machine's local time)."""
    return datetime.fromtimestamp(ts, tz).date() if tz else datetime.fromtimestamp(ts).date()


def local_ts(day: date, tz: tzinfo | None, minutes: int = 0) -> float:
    """Epoch seconds of ``minutes`` after local midnight of ``day`` on the wall clock
    (None: the machine's local time)."""
    wall = datetime.combine(day, time()) + timedelta(minutes=minutes)
    return (wall.replace(tzinfo=tz) if tz is not None else wall).timestamp()


def day_start(ts: float, tz: tzinfo | None) -> float:
    """Epoch seconds of the local midnight that began the day of ``ts``."""
    return local_ts(local_day(ts, tz), tz)


def next_day_start(ts: float, tz: tzinfo | None) -> float:
    return local_ts(local_day(ts, tz) + timedelta(days=1), tz)


@dataclass
class DayStats:
    service_level_seconds: float = 20.0
    short_abandon_seconds: float = 5.0
    tz: tzinfo | None = None
    day: date | None = None
    queues: dict[str, Counts] = field(default_factory=dict)
    # Answered and not closed yet: interaction id -> (topic, answered at): for the handle
    # time, and so a second "active" (after a transfer) is no second answer.
    open_answered: dict[str, tuple[str, float]] = field(default_factory=dict)

    # ------------------------------------------------------------------ the day

    def roll(self, now: float) -> bool:
        """A new local day began (or the first one): counters back to 0. True if so."""
        today = local_day(now, self.tz)
        if today == self.day:
            return False
        self.day = today
        self.queues = {}
        return True

    def day_label(self) -> str:
        return self.day.isoformat() if self.day else ""

    def _counts(self, topic: str, ts: float) -> Counts | None:
        """Where a fact at ``ts`` counts: today's counts of the topic, or nowhere (a fact
        of an earlier day replayed at start only updates the open conversations)."""
        if self.day is None or local_day(ts, self.tz) != self.day:
            return None
        return self.queues.setdefault(topic, Counts())

    # ------------------------------------------------------------------ facts

    def answered(self, iid: str, topic: str, arrived: float, now: float) -> None:
        if iid in self.open_answered:
            return
        self.open_answered[iid] = (topic, now)
        counts = self._counts(topic, now)
        if counts is None:
            return
        wait = max(0.0, now - arrived)
        counts.answered += 1
        counts.wait_answered += wait
        if wait <= self.service_level_seconds:
            counts.answered_in_threshold += 1

    def abandoned(self, iid: str, topic: str, arrived: float, now: float) -> None:
        if self.open_answered.pop(iid, None) is not None:
            return  # it was answered: a call lost later is no abandon
        counts = self._counts(topic, now)
        if counts is None:
            return
        counts.abandoned += 1
        if now - arrived <= self.short_abandon_seconds:
            counts.abandoned_short += 1

    def closed(self, iid: str, now: float) -> None:
        found = self.open_answered.pop(iid, None)
        if found is None:
            return
        topic, answered_at = found
        counts = self._counts(topic, now)
        if counts is not None:
            counts.handled += 1
            counts.handle_seconds += max(0.0, now - answered_at)

    def apply(self, fact: Fact) -> None:
        if fact.state == "active":
            self.answered(fact.interaction_id, fact.topic, fact.arrived, fact.ts)
        elif fact.state == "abandoned":
            self.abandoned(fact.interaction_id, fact.topic, fact.arrived, fact.ts)
        elif fact.state == "closed":
            self.closed(fact.interaction_id, fact.ts)

    def rebuild(self, facts: Iterable[Fact], now: float) -> None:
        """Start over from the store's history (in time order): the restart path."""
        self.day, self.queues, self.open_answered = None, {}, {}
        self.roll(now)
        for fact in facts:
            self.apply(fact)

    # ------------------------------------------------------------------ figures

    def figures(self, topic: str) -> p.DayFigures:
        return self.queues.get(topic, Counts()).figures(self.day_label())

    def centre(self, topics: Iterable[str] | None = None) -> p.DayFigures:
        total = Counts()
        for topic, counts in self.queues.items():
            if topics is None or topic in topics:
                total.add(counts)
        return total.figures(self.day_label())
