"""The front door's per-source flood limiter (shared.switch.pike), driven by hand-made time."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from shared.switch.pike import BanLifted, BanStarted, Pike


def make(**kwargs) -> tuple[Pike, list]:
    events: list = []
    kwargs.setdefault("limit", 10)
    kwargs.setdefault("window", 2.0)
    kwargs.setdefault("ban_seconds", 60.0)
    return Pike(on_ban=events.append, **kwargs), events


def test_a_flood_is_banned_once_and_other_sources_are_untouched():
    pike, events = make()
    allowed = [pike.allow("198.51.100.9", 100 + i * 0.002) for i in range(1000)]  # 500/s
    assert sum(allowed) == 10 and allowed[:10] == [True] * 10  # then dropped
    assert [type(e) for e in events] == [BanStarted]  # one report, not one per packet
    assert events[0].source == "198.51.100.9"
    assert pike.stats == {"banned": 1, "dropped": 990}
    assert pike.allow("203.0.113.5", 102.0)  # another address
    assert pike.banned(102.0) == ["198.51.100.9"]


def test_a_ban_that_is_still_hammered_goes_on_and_is_lifted_once_with_the_count():
    pike, events = make()
    t = 0.0
    for _ in range(20):
        pike.allow("a", t)
        t += 0.01
    # still flooding when the 60 s run out: the ban goes on, unreported
    for _ in range(8000):
        pike.allow("a", t)
        t += 0.01  # 100/s for 80 s
    assert pike.is_banned("a", t) and len(events) == 1
    # quiet: the sweep lifts it and says how much was dropped, once
    pike.sweep(t + 61)
    pike.sweep(t + 200)
    assert [type(e) for e in events] == [BanStarted, BanLifted]
    assert events[1].dropped == 20 + 8000 - 10
    assert not pike.is_banned("a", t + 61)
    assert pike.allow("a", t + 300)  # welcome back


def test_trusted_networks_are_never_limited():
    pike, events = make(trusted=["10.0.0.0/8", "192.0.2.7"])
    assert all(pike.allow("10.1.2.3", i * 0.001) for i in range(500))
    assert all(pike.allow("192.0.2.7", i * 0.001) for i in range(500))
    assert not all(pike.allow("192.0.2.8", i * 0.001) for i in range(500))
    assert len(events) == 1


def test_the_table_of_sources_is_bounded():
    pike, _ = make(max_sources=1000)
    for i in range(50_000):  # forged source addresses, each new
        pike.allow(f"10.{i >> 16 & 255}.{i >> 8 & 255}.{i & 255}", 5.0)
    assert len(pike) <= 1000


def test_quiet_sources_are_forgotten():
    pike, _ = make()
    for i in range(100):
        pike.allow(f"s{i}", 0.0)
    pike.sweep(10.0)
    assert len(pike) == 0


@settings(max_examples=300, deadline=None)
@given(
    gaps=st.lists(st.floats(min_value=0.0, max_value=3.0), min_size=1, max_size=300),
    limit=st.integers(min_value=1, max_value=30),
)
def test_a_source_within_half_the_limit_per_window_is_never_banned(gaps, limit):
    """However its requests are spread, a source that never sends more than limit/2
    requests in any window-long interval is never banned (the estimate covers less
    than two windows); and while banned nothing it sends gets through."""
    window = 2.0
    pike, events = make(limit=limit, window=window)
    times: list[float] = []
    t = 0.0
    for gap in gaps:
        t += gap
        recent = [x for x in times if x > t - window]
        if len(recent) + 1 > limit // 2:
            continue  # this one would put the source over limit/2 in a window
        times.append(t)
        assert pike.allow("x", t)
    assert events == []


@settings(max_examples=200, deadline=None)
@given(gaps=st.lists(st.floats(min_value=0.0, max_value=0.5), min_size=1, max_size=400))
def test_nothing_gets_through_while_banned_and_no_window_passes_more_than_twice_the_limit(gaps):
    limit, window = 8, 2.0
    pike, _ = make(limit=limit, window=window, ban_seconds=5.0)
    t, passed = 0.0, []
    for gap in gaps:
        t += gap
        banned = pike.is_banned("x", t)
        ok = pike.allow("x", t)
        if banned:
            assert not ok
        if ok:
            passed.append(t)
    for i, start in enumerate(passed):
        in_window = [x for x in passed[i:] if x < start + window]
        assert len(in_window) <= 2 * limit
