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
