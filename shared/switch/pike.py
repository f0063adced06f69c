"""Per-source flood protection for the front door, after Kamailio's ``pike`` module.

Pure: the caller passes ``now`` (monotonic seconds). Each source address has a request
rate over a sliding window (the current window's count plus the previous window's,
weighted by how much of it still overlaps). A source whose rate goes over ``limit``
requests per ``window`` seconds is banned for ``ban_seconds``: everything it sends is
dropped unanswered (an answer would cost as much as the request, and tells a scanner
it found a SIP server). A ban that is still being hammered when it runs out goes on
for another ``ban_seconds``; it is reported twice in all, when it starts and when it
is finally lifted (with the number of requests dropped), never once per packet.

Sources in ``trusted`` (the carrier's SBC, the city's own PBX: all their calls come
from one address) are never limited. The table of sources is bounded (``max_sources``,
least recently seen dropped first), so a flood of forged source addresses costs
memory that stops growing.
"""

from __future__ import annotations

import ipaddress
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


@dataclass(slots=True)
class _Source:
    window_start: float
    count: int = 0
    previous: int = 0
    banned_until: float = 0.0
    dropped: int = 0  # requests dropped during the current ban


@dataclass(frozen=True, slots=True)
class BanStarted:
    source: str
    rate: float  # requests per window when banned
    until: float


@dataclass(frozen=True, slots=True)
class BanLifted:
    source: str
    dropped: int


BanEvent = BanStarted | BanLifted


def parse_networks(items: Iterable[str]) -> tuple[Network, ...]:
    """``["10.0.0.0/8", "192.0.2.7"]`` → networks (a bare address is a /32 or /128)."""
    return tuple(ipaddress.ip_network(item.strip(), strict=False) for item in items)


class Networks:
    """A set of networks asked "is this address in you?" per packet: parsed once, each
    answer cached (bounded). ``source in networks``; an empty set answers at once."""

    def __init__(self, items: Iterable[str] = ()) -> None:
        self.networks = parse_networks(items)
        self._cache: dict[str, bool] = {}

    def __bool__(self) -> bool:
        return bool(self.networks)

    def __contains__(self, source: object) -> bool:
        if not self.networks or not isinstance(source, str):
            return False
        found = self._cache.get(source)
        if found is None:
            try:
                address = ipaddress.ip_address(source)
            except ValueError:
                found = False
            else:
                found = any(address in net for net in self.networks)
            if len(self._cache) > 4096:
                self._cache.clear()
            self._cache[source] = found
        return found


class Pike:
    def __init__(
        self,
        *,
        limit: int = 30,
        window: float = 2.0,
        ban_seconds: float = 300.0,
        trusted: Iterable[str] | Networks = (),
        max_sources: int = 65_536,
        on_ban: Callable[[BanEvent], None] | None = None,
    ) -> None:
        if limit < 1 or window <= 0 or ban_seconds < 0:
            raise ValueError("pike needs limit >= 1, window > 0 and ban_seconds >= 0")
        self.limit = limit
        self.window = window
        self.ban_seconds = ban_seconds
        self.trusted = trusted if isinstance(trusted, Networks) else Networks(trusted)
        self.max_sources = max_sources
        self.on_ban = on_ban
        self.stats = {"banned": 0, "dropped": 0}
        self._sources: OrderedDict[str, _Source] = OrderedDict()
        self._next_sweep = 0.0

    def allow(self, source: str, now: float) -> bool:
        """Count one request from ``source``; False: drop it (the source is banned)."""
        if source in self.trusted:
            return True
        if now >= self._next_sweep:
            self.sweep(now)
        entry = self._sources.get(source)
        if entry is None:
            entry = _Source(window_start=now)
            self._sources[source] = entry
            while len(self._sources) > self.max_sources:
                self._sources.popitem(last=False)
        else:
            self._sources.move_to_end(source)
        rate = self._count(entry, now)
        if entry.banned_until:
            if now < entry.banned_until:
                entry.dropped += 1
                self.stats["dropped"] += 1
                return False
            if rate > self.limit:  # still flooding: the ban goes on, unreported
                entry.banned_until = now + self.ban_seconds
                entry.dropped += 1
                self.stats["dropped"] += 1
                return False
            self._lift(source, entry)
            return True
        if rate > self.limit:
            entry.banned_until = now + self.ban_seconds
            entry.dropped = 1
            self.stats["banned"] += 1
            self.stats["dropped"] += 1
            self._emit(BanStarted(source, rate, entry.banned_until))
            return False
        return True

    def is_banned(self, source: str, now: float) -> bool:
        entry = self._sources.get(source)
        return entry is not None and now < entry.banned_until

    def banned(self, now: float) -> list[str]:
        return [s for s, e in self._sources.items() if now < e.banned_until]

    def sweep(self, now: float) -> None:
        """Lift bans that ran out with no request since, forget quiet sources."""
        self._next_sweep = now + self.window
        stale = []
        for source, entry in self._sources.items():
            if entry.banned_until:
                if now >= entry.banned_until and now - entry.window_start >= 2 * self.window:
                    self._lift(source, entry)
                    stale.append(source)
            elif now - entry.window_start >= 2 * self.window:
                stale.append(source)
        for source in stale:
            del self._sources[source]

    def __len__(self) -> int:
        return len(self._sources)

    # ------------------------------------------------------------------ internals

    def _count(self, entry: _Source, now: float) -> float:
        elapsed = now - entry.window_start
        if elapsed >= self.window:
            windows = int(elapsed // self.window)
            entry.previous = entry.count if windows == 1 else 0
            entry.count = 0
            entry.window_start += windows * self.window
            elapsed = now - entry.window_start
        entry.count += 1
        overlap = 1.0 - elapsed / self.window
        return entry.count + entry.previous * overlap

    def _lift(self, source: str, entry: _Source) -> None:
        dropped = entry.dropped
        entry.banned_until = 0.0
        entry.dropped = 0
        self._emit(BanLifted(source, dropped))

    def is_trusted(self, source: str) -> bool:
        return source in self.trusted

    def _emit(self, event: BanEvent) -> None:
        if self.on_ban is not None:
            self.on_ban(event)
