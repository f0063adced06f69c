"""The room's media matrix: a table of every mode and monitor, then properties."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shared.switch.control import LEGS
from shared.switch.matrix import (
    MODES,
    MONITORS,
    RECORDERS,
    SINKS,
    SOURCES,
    connections,
    diff,
    recorder_of,
)

ALL = frozenset(LEGS)
CA = frozenset({"caller", "agent"})
CAE = frozenset({"caller", "agent", "expert"})
CAS = frozenset({"caller", "agent", "supervisor"})


def pairs(spec: str) -> frozenset[tuple[str, str]]:
    """'a>b a<>b' -> {(a, b), (a, b), (b, a)}; names shortened to their first letters,
    the recorders to rc (citizen channel) and rs (staff: the centre's channel)."""
    names = {
        "c": "caller",
        "a": "agent",
        "e": "expert",
        "s": "supervisor",
        "p": "prompt",
        "m": "music",
        "rc": "citizen_recorder",  # the stereo file's citizen channel
        "rs": "centre_recorder",  # its centre (staff) channel
    }
    out = set()
    for item in spec.split():
        if "<>" in item:
            a, b = item.split("<>")
            out |= {(names[a], names[b]), (names[b], names[a])}
        else:
            a, b = item.split(">")
            out.add((names[a], names[b]))
    return frozenset(out)


TABLE = [
    # mode, monitor, legs, prompt_playing, recording, expected
    ("ivr", "none", {"caller"}, False, False, ""),
    ("ivr", "none", {"caller"}, True, False, "p>c"),
    ("ivr", "none", {"caller"}, True, True, "p>c"),
    ("queue", "none", {"caller"}, False, False, "m>c"),
    ("queue", "none", {"caller"}, True, False, "p>c"),
    ("queue", "none", CA, False, True, "m>c"),  # agent ringing-in, nothing recorded
    ("talk", "none", CA, False, False, "c<>a"),
    ("talk", "none", CA, False, True, "c<>a c>rc a>rs"),
    ("talk", "none", CA, True, True, "c<>a c>rc a>rs p>c"),  # announcement over the call
    ("talk", "none", {"caller"}, False, True, "c>rc"),  # agent not there yet
    ("talk", "none", {"caller", "expert"}, False, True, "c<>e c>rc e>rs"),  # after transfer
    ("talk", "none", CAE, False, True, "c<>a c>rc a>rs"),  # expert waits
    ("hold", "none", CA, False, True, "m>c"),
    ("hold", "none", CA, True, False, "p>c"),
    # the caller is recorded while waiting for the consultation (matrix docstring)
    ("consult", "none", CAE, False, True, "m>c a<>e c>rc a>rs e>rs"),
    ("consult", "none", CA, False, True, "m>c c>rc a>rs"),  # expert still ringing
    ("consult", "none", CAE, True, False, "p>c a<>e"),
    ("conference", "none", CAE, False, True, "c<>a c<>e a<>e c>rc a>rs e>rs"),
    ("conference", "none", CAE, False, False, "c<>a c<>e a<>e"),
    ("conference", "none", CA, False, False, "c<>a"),
    ("ended", "barge", ALL, True, True, ""),
    # a present supervisor without a monitor mode is isolated
    ("talk", "none", CAS, False, True, "c<>a c>rc a>rs"),
    ("talk", "listen", CAS, False, True, "c<>a c>rc a>rs c>s a>s"),
    ("talk", "whisper", CAS, False, True, "c<>a c>rc a>rs c>s a>s s>a"),
    ("talk", "barge", CAS, False, True, "c<>a c>rc a>rs c<>s a<>s s>rs"),
    ("talk", "barge", CAS, False, False, "c<>a c<>s a<>s"),
    ("hold", "listen", CAS, False, True, "m>c c>s a>s"),
    ("hold", "whisper", CAS, False, False, "m>c c>s a>s s>a"),
    ("queue", "whisper", frozenset({"caller", "supervisor"}), False, False, "m>c c>s"),
    ("queue", "barge", frozenset({"caller", "supervisor"}), True, False, "p>c c<>s"),
    ("consult", "listen", ALL, False, True, "m>c a<>e c>rc a>rs e>rs c>s a>s e>s"),
    ("consult", "whisper", ALL, False, False, "m>c a<>e c>s a>s e>s s>a s>e"),
    # after a warm transfer the caller talks to the expert: the whisper reaches them
    (
        "talk",
        "whisper",
        frozenset({"caller", "expert", "supervisor"}),
        False,
        True,
        "c<>e c>rc e>rs c>s e>s s>e",
    ),
    ("conference", "whisper", ALL, False, False, "c<>a c<>e a<>e c>s a>s e>s s>a s>e"),
    (
        "conference",
        "barge",
        ALL,
        False,
        True,
        "c<>a c<>e a<>e c<>s a<>s e<>s c>rc a>rs e>rs s>rs",
    ),
    # monitor without a supervisor leg changes nothing
    ("talk", "barge", CA, False, True, "c<>a c>rc a>rs"),
]


@pytest.mark.parametrize(("mode", "monitor", "legs", "prompt", "recording", "expected"), TABLE)
def test_table(mode, monitor, legs, prompt, recording, expected):
    got = connections(mode, monitor, frozenset(legs), prompt, recording)
    assert got == pairs(expected)


def test_every_mode_and_monitor_is_in_the_table():
    assert {row[0] for row in TABLE} == set(MODES)
    assert {row[1] for row in TABLE} == set(MONITORS)


def test_diff():
    old = pairs("c<>a c>rc a>rs")
    new = pairs("m>c a>rs")
    to_stop, to_start = diff(old, new)
    assert to_stop == pairs("c<>a c>rc")
    assert to_start == pairs("m>c")
    assert diff(new, new) == (frozenset(), frozenset())
    assert (old - to_stop) | to_start == new


# ------------------------------------------------------------------------ properties

modes = st.sampled_from(MODES)
monitors = st.sampled_from(MONITORS)
leg_sets = st.frozensets(st.sampled_from(LEGS))
situations = st.tuples(modes, monitors, leg_sets, st.booleans(), st.booleans())


@given(situations)
def test_well_formed(s):
    mode, monitor, legs, prompt, recording = s
    got = connections(*s)
    for src, sink in got:
        assert src in SOURCES and sink in SINKS
        assert src != sink  # no self-loops
        assert src in legs or src in ("prompt", "music")  # absent legs never appear
        assert sink in legs or sink in RECORDERS
        if src in ("prompt", "music"):  # players only ever reach the caller
            assert sink == "caller"
    if mode == "ended":
        assert got == frozenset()


@given(situations)
def test_prompt_and_music_never_both_reach_the_caller(s):
    got = connections(*s)
    assert not {("prompt", "caller"), ("music", "caller")} <= got
    prompt = s[3]
    assert (("prompt", "caller") in got) == (prompt and "caller" in s[2] and s[0] != "ended")


@given(situations)
def test_recorder_only_receives_while_recording(s):
    got = connections(*s)
    recorder_in = {src for src, sink in got if sink in RECORDERS}
    if not s[4]:
        assert not recorder_in
    # turning recording on only adds recorder inputs
    mode, monitor, legs, prompt, _ = s
    on = connections(mode, monitor, legs, prompt, True)
    off = connections(mode, monitor, legs, prompt, False)
    assert off <= on and {sink for _, sink in on - off} <= set(RECORDERS)


@given(situations)
def test_caller_hears_supervisor_only_in_barge(s):
    mode, monitor, legs, prompt, recording = s
    got = connections(*s)
    if monitor != "barge":
        assert ("supervisor", "caller") not in got
        assert not {("supervisor", r) for r in RECORDERS} & got
    heard_by = {sink for src, sink in got if src == "supervisor"}
    if monitor == "whisper" and mode != "ended" and "supervisor" in legs:
        assert heard_by == {"agent", "expert"} & legs  # every staff leg, never the caller
    if monitor in ("none", "listen"):
        assert heard_by == set()
    # the supervisor never hears the players
    assert ("music", "supervisor") not in got and ("prompt", "supervisor") not in got


@given(modes, leg_sets, st.booleans(), st.booleans())
def test_monitor_levels_nest(mode, legs, prompt, recording):
    none, listen, whisper, barge = (
        connections(mode, m, legs, prompt, recording)
        for m in ("none", "listen", "whisper", "barge")
    )
    assert none <= listen <= whisper <= barge
    # monitoring only ever adds supervisor connections
    assert all("supervisor" in pair for pair in barge - none)
    if "supervisor" in legs and mode != "ended":
        others = legs & {"caller", "agent", "expert"}
        assert {src for src, sink in listen if sink == "supervisor"} == others
        assert {sink for src, sink in barge if src == "supervisor"} == others | (
            {"centre_recorder"} if recording else set()
        )


@given(situations)
def test_without_supervisor_the_monitor_is_irrelevant(s):
    mode, monitor, legs, prompt, recording = s
    legs = legs - {"supervisor"}
    assert connections(mode, monitor, legs, prompt, recording) == connections(
        mode, "none", legs, prompt, recording
    )


@given(situations)
def test_conversation_is_two_way(s):
    """Between caller, agent and expert, whoever is heard also hears (no one-way talk)."""
    got = connections(*s)
    talkers = {"caller", "agent", "expert"}
    for src, sink in got:
        if src in talkers and sink in talkers:
            assert (sink, src) in got


@given(situations)
def test_diff_round_trip(s):
    a = connections(*s)
    b = connections("talk", "whisper", s[2], not s[3], s[4])
    to_stop, to_start = diff(a, b)
    assert (a - to_stop) | to_start == b
    assert not to_stop & to_start
    assert to_stop <= a and not to_start & a


@given(situations)
def test_the_caller_is_recorded_whenever_the_call_is_except_on_hold_and_queued(s):
    # A consultation keeps the caller in the recording (see the matrix docstring): the
    # recording holds the citizen from the first answer to the end of the call.
    mode, _monitor, legs, _prompt, recording = s
    got = connections(*s)
    expected = recording and "caller" in legs and mode in ("talk", "consult", "conference")
    assert (("caller", "citizen_recorder") in got) == expected


@given(situations)
def test_each_channel_holds_one_side(s):
    """Stereo: the citizen's channel takes the caller alone, the centre's channel only
    staff (agent, expert, a barging supervisor); nothing else is ever recorded."""
    got = connections(*s)
    assert {src for src, sink in got if sink == "citizen_recorder"} <= {"caller"}
    assert {src for src, sink in got if sink == "centre_recorder"} <= {
        "agent",
        "expert",
        "supervisor",
    }
    for src, sink in got:
        if sink in RECORDERS:
            assert sink == recorder_of(src)
    # a staff member the caller talks to is on the centre's channel whenever the caller
    # is on theirs (talk and conference: no one-sided recording of a conversation)
    mode, _monitor, legs, _prompt, recording = s
    if (
        recording
        and mode in ("talk", "conference")
        and "caller" in legs
        and legs
        & {
            "agent",
            "expert",
        }
    ):
        assert any(sink == "centre_recorder" for _, sink in got)
