"""Monitoring calls over the real parts: cc-server with its rooms, a citizen (pjsua2)
calling, the agent's and the expert's softphones (``shared.demo.phone_agent``) and the
supervisor's (``shared.demo.monitor_bot``), each its own pjsua2 process on 127.0.0.1.
What each side heard is checked by FFT on its own recording, the server's recording
(the citizen's mix) afterwards.

Tones: citizen 440 Hz, agent 880 Hz, expert 1600 Hz, supervisor 1 kHz."""

from __future__ import annotations

import json
import time
from pathlib import Path

import numpy as np
import pytest

from shared.tones import detect_tone, write_tone_wav
from tests.integration.test_calls_second_line import Call
from tests.support.calls import clock, db, expect_line, heard, tone_level, wait_for, window
from tests.support.processes import LineProcess
from tests.support.server import ServerProcess

pytestmark = [pytest.mark.slow, pytest.mark.timeout(150)]

CITIZEN, AGENT, EXPERT, SUPERVISOR = 440, 880, 1600, 1000


@pytest.fixture
def tones(tmp_path):
    return {
        f: str(write_tone_wav(tmp_path / f"{f}.wav", f, seconds=3.0))
        for f in (CITIZEN, AGENT, EXPERT, SUPERVISOR)
    }


@pytest.fixture
def server(tmp_path):
    server = ServerProcess(tmp_path / "cc-data", telephony=True, rooms=2, rooms_spare=1)
    server.start(timeout=40)
    yield server
    server.stop()


def supervisor(server: ServerProcess, tmp_path: Path, tones) -> LineProcess:
    proc = LineProcess(
        "shared.demo.monitor_bot", "--url", server.url, "--user", "sam",
        "--play", tones[SUPERVISOR], "--record-dir", str(tmp_path / "supervisor"),
    )  # fmt: skip
    proc.expect("READY", 20)
    return proc


def monitor(sup: LineProcess, iid: str, mode: str) -> float:
    """Start monitoring; returns the wall-clock time the supervisor's phone answered."""
    sup.send(f"MONITOR {iid} {mode}")
    expect_line(sup, f"STARTED interaction={iid}", 10)
    answered = clock(sup.expect(f"ANSWERED interaction={iid}", 10))
    expect_line(sup, f"CHANGED interaction={iid} mode={mode} phone=connected", 5)
    return answered


def mode(sup: LineProcess, name: str) -> float:
    sup.send(f"MODE {name}")
    return clock(sup.expect(f"OK MODE mode={name}", 10))


def gaps(path: Path, t0: float, start: float, end: float, freq: float) -> list[float]:
    """Start times of the 0.25 s windows in [start, end) where ``freq`` is missing."""
    out, t = [], start
    while t + 0.25 <= end:
        samples, rate = window(path, t0, t, t + 0.25)
        if not detect_tone(samples, freq, rate):
            out.append(round(t - start, 2))
        t += 0.25
    return out


def test_listen_whisper_barge_each_reach_whom_they_should(server, tmp_path, tones):
    call = Call(server, tmp_path, tones)
    sup = supervisor(server, tmp_path, tones)
    try:
        # a second of caller <-> agent talk before the supervisor comes (checked for gaps)
        time.sleep(max(0.5, call.agent_t0 + 2.0 - time.time()))
        sup_t0 = monitor(sup, call.iid, "listen")
        shown = call.agent.expect("MONITORED agent=bartek", 10)
        assert "by=sam" in shown and "mode=listen" in shown
        listening = sup_t0 + 0.3
        time.sleep(2.5)
        whispering = mode(sup, "whisper")
        time.sleep(2.5)
        barging = mode(sup, "barge")
        time.sleep(2.5)
        sup.send("STOP")
        stopped = clock(sup.expect("OK STOP", 10))
        expect_line(sup, f"ENDED interaction={call.iid}", 10)  # the supervisor's leg goes
        time.sleep(1.5)
        call.hang_up()
        call.agent.expect(f"WRAPPED agent=bartek interaction={call.iid}", 15)
    finally:
        call.close()
        sup.terminate()

    heard_by = {
        "citizen": (tmp_path / "citizen.wav", call.citizen_t0),
        "agent": (call.recording("agent"), call.agent_t0),
        "supervisor": (tmp_path / "supervisor" / f"{call.iid}.wav", sup_t0),
    }

    def level(who: str, start: float, end: float, freq: float = SUPERVISOR) -> float:
        """The median of ``freq``'s level over the half seconds of the span: a tone that
        is there is there in each of them, a click of a late packet (this machine under
        load) lifts one window's floor, not the median."""
        path, t0 = heard_by[who]
        spans = np.arange(start + 0.5, end - 0.8, 0.5)
        return float(np.median([tone_level(*window(path, t0, t, t + 0.5), freq) for t in spans]))

    def hears(who: str, start: float, end: float) -> set[float]:
        path, t0 = heard_by[who]
        return heard(*window(path, t0, start + 0.5, end - 0.3), CITIZEN, AGENT, SUPERVISOR)

    # The reference: how loud the supervisor is where they are heard (whisper, at the agent)
    loud = level("agent", whispering, barging)
    assert SUPERVISOR in hears("agent", whispering, barging), "the whisper missed the agent"
    assert loud - level("citizen", whispering, barging) >= 40, "the caller heard the whisper"
    assert loud - level("citizen", listening, whispering) >= 40, "the caller heard a listener"
    assert loud - level("agent", listening, whispering) >= 40, "the agent heard a listener"
    assert SUPERVISOR in hears("citizen", barging, stopped), "barge: the caller hears nobody"
    assert SUPERVISOR in hears("agent", barging, stopped), "barge: the agent hears nobody"
    for start, end in ((listening, whispering), (whispering, barging), (barging, stopped)):
        assert {CITIZEN, AGENT} <= hears("supervisor", start, end), (start, end)
    # No gap in caller <-> agent audio while the modes change (nor at start and stop).
    citizen_path, agent_path = heard_by["citizen"][0], heard_by["agent"][0]
    # (from a second before the supervisor's phone answered, or the agent's answer if later)
    before = max(sup_t0 - 1, call.agent_t0 + 0.3, call.citizen_t0)
    assert not gaps(citizen_path, call.citizen_t0, before, stopped + 1, AGENT)
    assert not gaps(agent_path, call.agent_t0, before, stopped + 1, CITIZEN)

    # The recording holds the citizen's side: the whisper is not in it, the barge is.
    con = db(server)
    rec = wait_for(
        lambda: con.execute(
            "SELECT * FROM recordings WHERE interaction_id = ? AND state = 'complete'", [call.iid]
        ).fetchone(),
        what="the finished recording",
    )
    path = server.data_dir / "recordings" / rec["path"]

    def recorded(start: float, end: float, freq: float = SUPERVISOR) -> float:
        spans = np.arange(start + 0.5, end - 0.8, 0.5)  # the median, as in level()
        levels = [tone_level(*window(path, rec["started_at"], t, t + 0.5), freq) for t in spans]
        return float(np.median(levels))

    assert loud - recorded(whispering, barging) >= 40, "the whisper is in the recording"
    assert loud - recorded(listening, whispering) >= 40, "a listener is in the recording"
    assert recorded(barging, stopped) > recorded(whispering, barging) + 40, "barge not recorded"
    assert np.isfinite(recorded(whispering, barging, CITIZEN))

    # The audit log lists the session and every mode change, with its time.
    rows = con.execute(
        "SELECT * FROM audit_log WHERE action LIKE 'monitor%' ORDER BY id"
    ).fetchall()
    assert [(r["action"], json.loads(r["detail"]).get("mode")) for r in rows] == [
        ("monitor_start", "listen"),
        ("monitor_mode", "whisper"),
        ("monitor_mode", "barge"),
        ("monitor_stop", "barge"),
    ]
    assert json.loads(rows[-1]["detail"])["reason"] == "supervisor"
    assert abs(rows[1]["ts"] - whispering) < 1.0 and abs(rows[2]["ts"] - barging) < 1.0


def test_monitoring_follows_hold_and_a_warm_transfer_and_ends_with_the_call(
    server, tmp_path, tones
):
    call = Call(server, tmp_path, tones)
    sup = supervisor(server, tmp_path, tones)
    try:
        time.sleep(0.5)
        sup_t0 = monitor(sup, call.iid, "whisper")
        call.agent.send("HOLD")
        held = clock(call.agent.expect("OK HOLD", 10))
        time.sleep(2.0)
        call.agent.send("UNHOLD")
        unheld = clock(call.agent.expect("OK UNHOLD", 10))
        time.sleep(1.0)
        call.consult()
        time.sleep(1.0)
        call.agent.send("COMPLETE")
        completed = clock(call.agent.expect("OK COMPLETE", 10))
        expect_line(call.agent, f"ENDED interaction={call.iid}")
        time.sleep(3.0)
        assert not [x for x in sup.seen if x.startswith("CHANGED") and "stopped=1" in x]
        after = time.time()
        call.hang_up()
        changed = sup.expect("CHANGED", 10)
        while "stopped=1" not in changed:
            changed = sup.expect("CHANGED", 10)
        assert "reason=ended" in changed, changed
        expect_line(sup, f"ENDED interaction={call.iid}", 10)
    finally:
        call.close()
        sup.terminate()

    sup_path = tmp_path / "supervisor" / f"{call.iid}.wav"
    # On hold the supervisor still hears the agent; the caller hears music, no whisper.
    at_sup = window(sup_path, sup_t0, held + 0.5, unheld - 0.3)
    assert AGENT in heard(*at_sup, AGENT)
    at_agent = window(call.recording("agent"), call.agent_t0, held + 0.5, unheld - 0.3)
    at_citizen = window(tmp_path / "citizen.wav", call.citizen_t0, held + 0.5, unheld - 0.3)
    assert SUPERVISOR in heard(*at_agent, SUPERVISOR), "on hold the whisper missed the agent"
    assert tone_level(*at_agent, SUPERVISOR) - tone_level(*at_citizen, SUPERVISOR) >= 40
    # After the warm transfer the caller talks to the expert: the whisper follows them.
    start, end = completed + 0.8, after - 0.3
    at_expert = window(call.recording("expert"), call.expert_t0, start, end)
    at_citizen = window(tmp_path / "citizen.wav", call.citizen_t0, start, end)
    at_sup = window(sup_path, sup_t0, start, end)
    assert SUPERVISOR in heard(*at_expert, SUPERVISOR), "the whisper did not follow the expert"
    assert tone_level(*at_expert, SUPERVISOR) - tone_level(*at_citizen, SUPERVISOR) >= 40
    assert heard(*at_sup, CITIZEN, EXPERT) == {CITIZEN, EXPERT}
    actions = [
        (r["action"], json.loads(r["detail"]).get("reason"))
        for r in db(server).execute(
            "SELECT * FROM audit_log WHERE action LIKE 'monitor%' ORDER BY id"
        )
    ]
    assert actions == [("monitor_start", None), ("monitor_stop", "ended")]


def test_supervisor_takes_the_call_over_the_caller_talks_to_them_and_it_is_recorded(
    server, tmp_path, tones
):
    call = Call(server, tmp_path, tones)
    sup = supervisor(server, tmp_path, tones)
    try:
        time.sleep(0.5)
        sup_t0 = monitor(sup, call.iid, "listen")
        time.sleep(2.0)
        sup.send("TAKEOVER")
        ok = expect_line(sup, "OK TAKEOVER", 10)
        assert "owner=sam" in ok, ok
        taken = clock(ok)
        # the agent's leg is hung up, they owe no wrap-up, and are told who took it
        closed = expect_line(call.agent, f"CLOSED agent=bartek interaction={call.iid}", 10)
        assert "wrapup=0" in closed, closed
        expect_line(call.agent, f"ENDED interaction={call.iid}", 10)
        # (the monitoring's end is pushed before the reply)
        assert [x for x in sup.seen if "stopped=1 reason=taken_over" in x], sup.seen
        time.sleep(3.0)
        assert not [x for x in sup.seen if x.startswith(f"ENDED interaction={call.iid}")]
        talked = time.time()
        sup.send("CLOSE")  # the supervisor ends it: the caller is hung up on
        expect_line(sup, "OK CLOSE", 10)
        done = expect_line(sup, f"CLOSED interaction={call.iid}", 10)
        assert "wrapup=0" in done, done
        expect_line(sup, f"ENDED interaction={call.iid}", 10)
        assert call.citizen.wait(15) is not None
        time.sleep(1.0)
        assert not [x for x in call.agent.seen if x.startswith("WRAPPED")]
    finally:
        call.close()
        sup.terminate()

    start, end = taken + 0.8, talked - 0.3
    at_citizen = window(tmp_path / "citizen.wav", call.citizen_t0, start, end)
    at_sup = window(tmp_path / "supervisor" / f"{call.iid}.wav", sup_t0, start, end)
    # the caller keeps talking: now to the supervisor, and no more to the agent
    assert heard(*at_citizen, SUPERVISOR, AGENT) == {SUPERVISOR}, "the caller lost the talk"
    assert heard(*at_sup, CITIZEN, AGENT) == {CITIZEN}
    # ... without a gap at the take-over: the caller hears the agent, then the supervisor
    assert not gaps(tmp_path / "citizen.wav", call.citizen_t0, sup_t0, taken - 0.2, AGENT)
    assert not gaps(tmp_path / "citizen.wav", call.citizen_t0, taken + 0.5, end, SUPERVISOR)

    con = db(server)
    rec = wait_for(
        lambda: con.execute(
            "SELECT * FROM recordings WHERE interaction_id = ? AND state = 'complete'", [call.iid]
        ).fetchone(),
        what="the finished recording",
    )
    path = server.data_dir / "recordings" / rec["path"]
    recorded = window(path, rec["started_at"], start, end)
    assert heard(*recorded, CITIZEN, SUPERVISOR, AGENT) == {CITIZEN, SUPERVISOR}
    row = con.execute("SELECT state FROM interactions WHERE id = ?", [call.iid]).fetchone()
    assert row["state"] == "closed"
    people = con.execute(
        "SELECT username, role, wrapup_due FROM interaction_participants"
        " WHERE interaction_id = ? ORDER BY id",
        [call.iid],
    ).fetchall()
    assert [tuple(r) for r in people] == [("bartek", "owner", 0), ("sam", "owner", 0)]
    audit = con.execute("SELECT actor, detail FROM audit_log WHERE action = 'take_over'").fetchall()
    assert [(r["actor"], json.loads(r["detail"])["from"]) for r in audit] == [("sam", "bartek")]
