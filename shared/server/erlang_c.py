"""Erlang C staffing: pure (no IO, no clock).

The M/M/N queue: contacts arrive at random (Poisson) at rate λ, each takes an
exponentially distributed handle time with mean AHT, N agents serve one queue and
nobody abandons. With the traffic A = λ · AHT (in Erlangs):

    Erlang B recursion   B(0) = 1,  B(n) = A·B(n-1) / (n + A·B(n-1))
    probability of waiting   Pw = C(N, A) = N·B(N) / (N - A·(1 - B(N)))      (N > A)
    service level            SL(T) = 1 - Pw · exp(-(N - A) · T / AHT)
    average speed of answer  ASA = Pw · AHT / (N - A)
    occupancy                A / N

The recursion never forms A^N or N!, so it is exact and stable for thousands of
agents. N <= A means the queue grows without bound: Pw = 1, SL = 0, ASA = infinity.

**Shrinkage** (breaks, training, absence): agents to schedule = ceil(needed / (1 - s)).

**Chats with concurrency c** (an agent holds up to c chats at once): each agent is
treated as c servers of one M/M/(N·c) queue, with AHT the measured handle time of one
chat *at that concurrency* (so the slowdown of juggling chats is already in it); agents
= ceil(servers / c). This is the "servers = agents × concurrency" approximation used by
workforce planners (e.g. Genesys and NICE document it for chat); it is optimistic when
chats in one agent's hands slow each other more than the measured AHT says.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

MAX_AGENTS = 100_000


@dataclass(frozen=True, slots=True)
class Staffing:
    """What ``agents`` agents achieve for one interval's traffic."""

    agents: int
    traffic: float  # Erlangs
    service_level: float  # share answered within the target time, 0..1
    p_wait: float  # probability of waiting, 0..1
    asa: float  # average speed of answer, seconds (math.inf when overloaded)
    occupancy: float  # 0..1 (capped at 1 when overloaded)


@dataclass(frozen=True, slots=True)
class Load:
    """One interval's demand and the target."""

    contacts: float  # arrivals in the interval
    aht: float  # seconds
    target_seconds: float = 20.0
    interval_seconds: float = 1800.0
    concurrency: int = 1  # contacts an agent holds at once (chats); 1 for calls

    @property
    def traffic(self) -> float:
        """Offered load in Erlangs (λ · AHT)."""
        if self.interval_seconds <= 0:
            raise ValueError("the interval must be longer than 0 s")
        return max(0.0, self.contacts) * max(0.0, self.aht) / self.interval_seconds


def erlang_b(servers: int, traffic: float) -> float:
    """Blocking probability of ``servers`` servers offered ``traffic`` Erlangs."""
    b = 1.0
    for n in range(1, servers + 1):
        b = traffic * b / (n + traffic * b)
    return b


def erlang_c(servers: int, traffic: float) -> float:
    """Probability that a contact waits (``servers`` > ``traffic``, else 1)."""
    if traffic <= 0:
        return 0.0
    if servers <= traffic:
        return 1.0
    b = erlang_b(servers, traffic)
    return servers * b / (servers - traffic * (1 - b))


def evaluate(load: Load, agents: int) -> Staffing:
    """Service level, probability of waiting, ASA and occupancy with ``agents`` agents."""
    a = load.traffic
    servers = agents * max(1, load.concurrency)
    if a <= 0:
        return Staffing(agents, 0.0, 1.0, 0.0, 0.0, 0.0)
    if servers <= a:
        return Staffing(agents, a, 0.0, 1.0, math.inf, 1.0)
    pw = erlang_c(servers, a)
    sl = 1.0 - pw * math.exp(-(servers - a) * load.target_seconds / load.aht)
    return Staffing(
        agents=agents,
        traffic=a,
        service_level=min(1.0, max(0.0, sl)),
        p_wait=pw,
        asa=pw * load.aht / (servers - a),
        occupancy=a / servers,
    )


def agents_needed(load: Load, service_level: float, max_occupancy: float = 1.0) -> int:
    """The fewest agents meeting ``service_level`` within ``load.target_seconds`` (and an
    occupancy at most ``max_occupancy``); 0 when nothing arrives."""
    if not 0 < service_level < 1:
        raise ValueError("the service level target must be between 0 and 1 (exclusive)")
    if not 0 < max_occupancy <= 1:
        raise ValueError("the maximum occupancy must be in (0, 1]")
    a = load.traffic
    if a <= 0:
        return 0
    c = max(1, load.concurrency)
    n = max(1, math.floor(a / c))  # fewer cannot even keep up
    while n <= MAX_AGENTS:
        s = evaluate(load, n)
        if s.service_level >= service_level and s.occupancy <= max_occupancy:
            return n
        n += 1
    raise ValueError(f"more than {MAX_AGENTS} agents would be needed")


def scheduled(agents: int, shrinkage: float) -> int:
    """Agents to put on the rota so that ``agents`` are on the phones after shrinkage."""
    if not 0 <= shrinkage < 1:
        raise ValueError("shrinkage must be in [0, 1)")
    return math.ceil(agents / (1 - shrinkage) - 1e-9)


def around(load: Load, service_level: float, spread: int = 2) -> tuple[int, list[Staffing]]:
    """The agents needed and the figures for that number and ``spread`` either side."""
    need = agents_needed(load, service_level)
    first = max(1, need - spread)
    return need, [evaluate(load, n) for n in range(first, need + spread + 1)]
