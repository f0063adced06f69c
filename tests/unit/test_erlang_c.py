"""Erlang C against the issue's known values and published calculator results."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shared.server.erlang_c import (
    Load,
    agents_needed,
    around,
    erlang_b,
    erlang_c,
    evaluate,
    scheduled,
)

ISSUE = Load(contacts=100, aht=180, target_seconds=20)  # 10 Erlangs


def test_the_issues_known_values():
    assert ISSUE.traffic == pytest.approx(10.0)
    thirteen, fourteen = evaluate(ISSUE, 13), evaluate(ISSUE, 14)
    assert round(thirteen.service_level, 3) == 0.796
    assert round(fourteen.service_level, 3) == 0.888
    assert round(fourteen.p_wait, 3) == 0.174
    assert round(fourteen.asa, 1) == 7.8
    assert round(fourteen.occupancy, 3) == 0.714
    assert agents_needed(ISSUE, 0.8) == 14


def test_published_jonesthenet_average_hour():
    # jonesthenet.com "Erlang uplift": 250 calls in an hour, AHT 330 s, 80 % in 30 s
    # → "Erlang ... thinks we need 28 advisors".
    load = Load(contacts=250, aht=330, target_seconds=30, interval_seconds=3600)
    assert agents_needed(load, 0.8) == 28


def test_published_stimulus_library_values():
    # github stimulus tests: aht 752 s, 15-minute interval, 25 contacts, 90 % in 20 s
    # → 28 servers; 35 contacts with 37 servers → service level 0.9042..0.9043.
    assert agents_needed(Load(25, 752, 20, 900), 0.9) == 28
    assert 0.9042 <= evaluate(Load(35, 752, 20, 900), 37).service_level <= 0.9043


def test_published_pyworkforce_shrinkage():
    # pyworkforce: the issue's load with 30 % shrinkage → 14 raw positions, 20 scheduled.
    assert scheduled(agents_needed(ISSUE, 0.8), 0.3) == 20


def test_overload_and_nothing_arriving():
    assert evaluate(ISSUE, 10) == evaluate(ISSUE, 10)
    over = evaluate(ISSUE, 9)
    assert over.service_level == 0.0 and over.p_wait == 1.0 and math.isinf(over.asa)
    assert agents_needed(Load(0, 180), 0.8) == 0
    assert evaluate(Load(0, 180), 3).service_level == 1.0


def test_thousands_of_agents_do_not_overflow():
    big = Load(contacts=20_000, aht=180, target_seconds=20)  # 2,000 Erlangs
    need = agents_needed(big, 0.8)
    assert 2_000 < need < 2_100
    assert 0.8 <= evaluate(big, need).service_level < 1


def test_chat_concurrency_counts_each_agent_as_c_servers():
    chats = Load(contacts=100, aht=360, target_seconds=60, concurrency=2)  # 20 Erlangs
    need = agents_needed(chats, 0.8)
    servers = agents_needed(Load(contacts=100, aht=360, target_seconds=60), 0.8)
    assert need == math.ceil(servers / 2)  # 2 chats each: half the agents of 1 at a time
    assert evaluate(chats, need).occupancy == pytest.approx(20 / (need * 2))
    assert evaluate(chats, need).service_level >= 0.8


def test_around_lists_the_needed_and_its_neighbours():
    need, rows = around(ISSUE, 0.8, spread=2)
    assert need == 14 and [r.agents for r in rows] == [12, 13, 14, 15, 16]


def test_bad_targets_are_errors():
    with pytest.raises(ValueError):
        agents_needed(ISSUE, 1.0)
    with pytest.raises(ValueError):
        scheduled(3, 1.0)


@given(
    contacts=st.floats(1, 2000),
    aht=st.floats(10, 1200),
    target=st.floats(0, 120),
    goal=st.floats(0.05, 0.99),
)
def test_needed_is_the_fewest_that_meet_the_target(contacts, aht, target, goal):
    load = Load(contacts, aht, target)
    need = agents_needed(load, goal)
    assert evaluate(load, need).service_level >= goal
    if need > 1:
        assert evaluate(load, need - 1).service_level < goal


@given(traffic=st.floats(0.1, 500), extra=st.integers(1, 50))
def test_more_agents_never_wait_more(traffic, extra):
    n = math.floor(traffic) + 1
    assert 0 <= erlang_c(n + extra, traffic) <= erlang_c(n, traffic) <= 1
    assert 0 <= erlang_b(n, traffic) <= 1
