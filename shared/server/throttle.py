"""Limits on failures per key (an address, an account), pure: the caller passes ``now``.

``FailureThrottle``: at most ``limit`` failures within ``window`` seconds; past that the
key is refused for ``penalty`` seconds, doubling (up to ``max_penalty``) each time it
is refused again while it keeps failing — the back-off password guessing meets. A
success clears the key. Memory stays bounded: at most ``max_keys`` keys are kept, the
least recently failed ones are forgotten first.
"""

from __future__ import annotations

from collections import OrderedDict, deque
from dataclasses import dataclass, field


@dataclass(slots=True)
class _Entry:
    failures: deque[float] = field(default_factory=deque)
    blocked_until: float = 0.0
    penalty: float = 0.0
    reported: bool = False  # the current block has been reported (audited) once


class FailureThrottle:
    def __init__(
        self,
        limit: int,
        window: float,
        *,
        penalty: float | None = None,
        max_penalty: float = 900.0,
        max_keys: int = 100_000,
    ) -> None:
        if limit < 1 or window <= 0:
            raise ValueError("limit >= 1 and window > 0")
        self.limit, self.window = limit, window
        self.base_penalty = window if penalty is None else penalty
        self.max_penalty = max_penalty
        self.max_keys = max_keys
        self._entries: OrderedDict[str, _Entry] = OrderedDict()

    def blocked_for(self, key: str, now: float) -> float:
        """Seconds until ``key`` may try again (0: it may now)."""
        entry = self._entries.get(key)
        if entry is None:
            return 0.0
        return max(0.0, entry.blocked_until - now)

    def first_refusal(self, key: str) -> bool:
        """True the first time a blocked key is refused (to audit a ban once, not every
        attempt during it)."""
        entry = self._entries.get(key)
        if entry is None or entry.reported:
            return False
        entry.reported = True
        return True

    def fail(self, key: str, now: float) -> float:
        """Count a failure; returns how long the key is now blocked (0: not blocked)."""
        entry = self._entries.pop(key, None) or _Entry()
        self._entries[key] = entry  # most recent last
        while entry.failures and entry.failures[0] <= now - self.window:
            entry.failures.popleft()
        entry.failures.append(now)
        if len(entry.failures) >= self.limit:
            entry.penalty = min(self.max_penalty, entry.penalty * 2 or self.base_penalty)
            entry.blocked_until = now + entry.penalty
            entry.reported = False
            entry.failures.clear()
        while len(self._entries) > self.max_keys:
            self._entries.popitem(last=False)
        return self.blocked_for(key, now)

    def succeed(self, key: str) -> None:
        self._entries.pop(key, None)

    def __len__(self) -> int:
        return len(self._entries)


class TokenBucket:
    """Flood control: ``rate`` per second sustained, ``burst`` at once."""

    __slots__ = ("rate", "burst", "tokens", "stamp")

    def __init__(self, rate: float, burst: float, now: float) -> None:
        self.rate, self.burst = rate, burst
        self.tokens, self.stamp = burst, now

    def take(self, now: float) -> bool:
        self.tokens = min(self.burst, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        if self.tokens < 1:
            return False
        self.tokens -= 1
        return True


class KeyedBuckets:
    """A token bucket per key (a citizen, an address), at most ``max_keys`` of them."""

    def __init__(self, rate: float, burst: float, max_keys: int = 100_000) -> None:
        self.rate, self.burst, self.max_keys = rate, burst, max_keys
        self._buckets: OrderedDict[str, TokenBucket] = OrderedDict()

    def take(self, key: str, now: float) -> bool:
        bucket = self._buckets.pop(key, None) or TokenBucket(self.rate, self.burst, now)
        self._buckets[key] = bucket
        while len(self._buckets) > self.max_keys:
            self._buckets.popitem(last=False)
        return bucket.take(now)


class WindowLimit:
    """At most ``limit`` events per key within ``window`` seconds (new chats per address)."""

    def __init__(self, limit: int, window: float, max_keys: int = 100_000) -> None:
        self.limit, self.window, self.max_keys = limit, window, max_keys
        self._events: OrderedDict[str, deque[float]] = OrderedDict()

    def allow(self, key: str, now: float) -> bool:
        """Count one more event for ``key`` if it is within the limit; False if not."""
        events = self._events.pop(key, None) or deque()
        self._events[key] = events
        while events and events[0] <= now - self.window:
            events.popleft()
        while len(self._events) > self.max_keys:
            self._events.popitem(last=False)
        if len(events) >= self.limit:
            return False
        events.append(now)
        return True
