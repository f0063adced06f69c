"""The media matrix of a room as data: who hears whom, for a mode and a monitor setting.

Pure (no pjsua2, no IO). The room turns each pair into a conference-bridge connection
(``source.startTransmit(sink)``) and applies the ``diff`` when anything changes.

Sources are the legs plus the ``prompt`` player and the looping ``music`` player; sinks are
the legs plus two recorders, one per channel of the stereo recording: the
``citizen_recorder`` takes the caller only, the ``centre_recorder`` the centre's side (agent,
expert, a barging supervisor or one who took the call over). Legs not present (not
dialled, ringing, ended) never appear.

| mode       | caller hears                        | others                             | citizen ch. | centre channel          |
| ---------- | ----------------------------------- | ---------------------------------- | ----------- | ----------------------- |
| ivr        | the prompt (silence between them)   | -                                  | -           | -                       |
| queue      | the prompt, else music              | -                                  | -           | -                       |
| talk       | the agent (or the expert, no agent) | agent (or expert) hears the caller | caller      | the agent (or expert)   |
| hold       | the prompt, else music              | agent and expert hear nothing      | nothing     | nothing                 |
| consult    | the prompt, else music              | agent <-> expert                   | caller      | agent and expert        |
| conference | everyone else (caller/agent/expert) | everyone hears everyone else       | caller      | agent and expert        |
| ended      | nothing                             | nothing                            | nothing     | nothing                 |

A barging supervisor is added to the centre channel; a listener or a whisper never is.
Prompts and music are recorded on neither channel (they are what the room says, not who
spoke).

In talk, conference and the other modes a playing prompt is mixed into what the caller
hears (an announcement such as "this call is recorded"); music is only ever heard by the
caller, and never together with a prompt. Hold records nothing: the room has nothing to
say to an archive while the caller listens to music, and a recording of music is only
cost. A consultation is different: it is part of the call (the expert's advice is what
the citizen is told next), the caller waits only for it, and whatever the caller says
meanwhile is still the citizen's side of the call, so the recorder keeps taking the
caller along with agent and expert; the recording then holds the citizen from the
first answer to the end whatever the agent does with the second line. Talk without an
agent but with an expert (after a transfer) bridges caller<->expert; with both present,
the expert waits in silence.

Monitor (only when the supervisor leg is present, never in ``ended``):

- ``listen``: the supervisor hears every other present leg (never music or prompts);
- ``whisper``: listen, plus every staff leg present (agent, expert) hears the supervisor;
  the caller never does. Staff legs, not only the agent: after a warm transfer the
  caller talks to the expert leg, and a coach must reach whoever the caller's partner
  is now (in a consultation or three-way both staff hear the coach);
- ``barge``: the supervisor hears and is heard by every other present leg, and is recorded.
"""

from __future__ import annotations

from typing import Literal, get_args

from shared.switch.control import LEGS, Leg, Mode, Monitor

Source = Leg | Literal["prompt", "music"]
Recorder = Literal["citizen_recorder", "centre_recorder"]
Sink = Leg | Recorder
Connection = tuple[Source, Sink]

MODES: tuple[Mode, ...] = get_args(Mode)
MONITORS: tuple[Monitor, ...] = get_args(Monitor)
SOURCES: tuple[Source, ...] = (*LEGS, "prompt", "music")
RECORDERS: tuple[Recorder, ...] = get_args(Recorder)
SINKS: tuple[Sink, ...] = (*LEGS, *RECORDERS)

# the legs that take part in the conversation proper (the supervisor only monitors)
_TALKERS: tuple[Leg, ...] = ("caller", "agent", "expert")
_STAFF: tuple[Leg, ...] = ("agent", "expert")  # who a whisper reaches


def recorder_of(leg: Leg) -> Recorder:
    """The channel a recorded leg goes to: the citizen's, or the centre's for staff."""
    return "citizen_recorder" if leg == "caller" else "centre_recorder"


def _both_ways(a: Leg, b: Leg) -> set[Connection]:
    return {(a, b), (b, a)}


def connections(
    mode: Mode,
    monitor: Monitor,
    legs: frozenset[Leg],
    prompt_playing: bool,
    recording: bool,
) -> frozenset[Connection]:
    """Every (source, sink) pair that should be connected; see the module docstring."""
    if mode == "ended":
        return frozenset()
    pairs: set[Connection] = set()
    caller = "caller" in legs
    agent = "agent" in legs
    expert = "expert" in legs
    # who the recorder would take (before the `recording` gate)
    recorded: set[Leg] = set()

    if mode == "talk":
        partner: Leg | None = "agent" if agent else "expert" if expert else None
        if caller and partner:
            pairs |= _both_ways("caller", partner)
        recorded |= {leg for leg in ("caller", partner) if leg in legs}
    elif mode == "consult":
        if agent and expert:
            pairs |= _both_ways("agent", "expert")
        recorded |= {leg for leg in _TALKERS if leg in legs}  # the caller too: see above
    elif mode == "conference":
        present = [leg for leg in _TALKERS if leg in legs]
        pairs |= {(a, b) for a in present for b in present if a != b}
        recorded |= set(present)

    if caller:
        if prompt_playing:
            pairs.add(("prompt", "caller"))
        elif mode in ("queue", "hold", "consult"):
            pairs.add(("music", "caller"))

    if "supervisor" in legs and monitor != "none":
        others = [leg for leg in _TALKERS if leg in legs]
        pairs |= {(leg, "supervisor") for leg in others}
        if monitor == "whisper":
            pairs |= {("supervisor", leg) for leg in _STAFF if leg in legs}
        elif monitor == "barge":
            pairs |= {("supervisor", leg) for leg in others}
            recorded.add("supervisor")

    if recording:
        pairs |= {(leg, recorder_of(leg)) for leg in recorded}
    return frozenset(pairs)


def diff(
    old: frozenset[Connection], new: frozenset[Connection]
) -> tuple[frozenset[Connection], frozenset[Connection]]:
    """``(to_stop, to_start)``: what to disconnect and what to connect to go old -> new."""
    return old - new, new - old
