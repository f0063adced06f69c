"""Callbacks over the real parts: cc-server with its switch, citizens as pjsua2 processes
(the one called back listens where the outbound route points), agents and experts as
headless softphones. Tones: the citizen 440 Hz, the agent 880 Hz, the expert 1600 Hz."""

from __future__ import annotations

import time

import pytest

from shared.tones import write_tone_wav
from tests.support.calls import (
    PERMITS,
    agents,
    caller,
    db,
    expect_line,
    heard,
    tail,
    wait_for,
)
from tests.support.processes import LineProcess
from tests.support.server import ServerProcess, free_port

pytestmark = [pytest.mark.slow, pytest.mark.timeout(120)]

CITIZEN, AGENT, EXPERT = 440, 880, 1600


@pytest.fixture
def tones(tmp_path):
    return {f: str(write_tone_wav(tmp_path / f"{f}.wav", f, seconds=3.0)) for f in (440, 880, 1600)}


@pytest.fixture
def route_port():
    return free_port()


@pytest.fixture
def make_server(tmp_path, route_port):
    servers: list[ServerProcess] = []

    def make(**settings: float) -> ServerProcess:
        config = tmp_path / "callbacks.toml"
        settings = {"callback_ring_timeout": 4.0, "callback_interval": 1.0, **settings}
        config.write_text(
            f'outbound_route = "sip:{{number}}@127.0.0.1:{route_port}"\n'
            + "".join(f"{key} = {value}\n" for key, value in settings.items())
        )
        server = ServerProcess(
            tmp_path / "cc-data", telephony=True, rooms=4, rooms_spare=2,
            extra_args=["--config", str(config)],
        )  # fmt: skip
        servers.append(server)
        server.start(timeout=40)
        return server

    yield make
    for server in servers:
        server.stop()


def called_back(tmp_path, route_port: int, tones, *args: str) -> LineProcess:
    """The citizen's phone where the outbound route points (a callee)."""
    proc = LineProcess(
        "tests.support.sip_peer", "--role", "callee", "--port", str(route_port), "--play",
        tones[CITIZEN], "--record", str(tmp_path / "called-back.wav"), "--no-vad",
        "--commands", "--timeout", "60", *args,
    )  # fmt: skip
    proc.expect("READY", 10)
    return proc


def callback_events(server: ServerProcess, iid: str) -> list[tuple[str, str | None]]:
    return [
        (e["state"], e["agent"])
        for e in db(server).execute(
            "SELECT state, agent FROM interaction_events WHERE interaction_id = ?"
            " AND kind = 'callback' ORDER BY id",
            [iid],
        )
    ]


def test_agent_registers_a_callback_for_a_busy_department_and_the_expert_calls_back(
    make_server, tmp_path, tones, route_port
):
    server = make_server()
    expert = agents(
        server, "--user", "ewa", "--presence", "not_ready", "--commands", "--play",
        tones[EXPERT], "--record-dir", str(tmp_path / "expert"), "--answer-after", "0.3",
        "--wrapup-after", "0.2",
    )  # fmt: skip
    agent = agents(server, "--user", "bartek", "--commands", "--answer-after", "0.3")
    citizen = caller(
        server, tmp_path, "--name", "600100200", "--dtmf", "1", "--seconds", "60",
        "--timeout", "60",
    )  # fmt: skip
    back = called_back(tmp_path, route_port, tones)
    try:
        first = agent.field(agent.expect("OFFER", 15), "interaction")
        expect_line(agent, f"ASSIGNED agent=bartek interaction={first}")
        agent.send(f"CALLBACK 600100200 {PERMITS}")  # every expert is busy
        ok = agent.expect("OK CALLBACK", 10)
        iid = agent.field(ok, "interaction")
        assert agent.field(ok, "position") == "1" and agent.field(ok, "from") == first, ok
        expect_line(agent, f"CLOSED agent=bartek interaction={first} wrapup=1")
        assert citizen.wait(10) == 0  # the call it came from is over
        expert.send("AVAILABLE")
        offer = expert.expect("OFFER agent=ewa", 10)
        assert expert.field(offer, "interaction") == iid
        assert expert.field(offer, "kind") == "callback", offer
        assert (
            expert.field(offer, "from") == "bartek" and expert.field(offer, "caller") == "600100200"
        )
        expert.expect(f"ANSWERED interaction={iid}", 10)  # her phone first, then the citizen's
        incoming = back.expect("INCOMING", 10)
        assert "sip:600100200@127.0.0.1" in incoming, incoming
        back.expect("CONFIRMED", 10)
        time.sleep(2.5)
        back.send("HANGUP")
        assert back.wait(10) == 0
        expert.expect(f"WRAPPED agent=ewa interaction={iid}", 10)
    finally:
        for proc in (citizen, back):
            proc.stop()
        expert.terminate()
        agent.terminate()
    samples, rate = tail(tmp_path / "called-back.wav", 1.5)
    assert heard(samples, rate, CITIZEN, AGENT, EXPERT) == {EXPERT}
    samples, rate = tail(tmp_path / "expert" / f"{iid}.wav", 1.5)
    assert heard(samples, rate, CITIZEN, AGENT, EXPERT) == {CITIZEN}

    con = db(server)
    original = con.execute("SELECT * FROM interactions WHERE id = ?", [first]).fetchone()
    row = con.execute("SELECT * FROM interactions WHERE id = ?", [iid]).fetchone()
    assert row["created_at"] == original["created_at"]  # its place in line: the call's
    assert row["caller"] == "600100200" and row["queue"] == f"dept:{PERMITS}"
    assert row["state"] == "closed" and row["agent"] == "ewa"
    cb = con.execute("SELECT * FROM callbacks WHERE interaction_id = ?", [iid]).fetchone()
    assert (cb["state"], cb["attempts"], cb["last_result"]) == ("reached", 1, "reached")
    assert cb["requested_by"] == "bartek" and cb["from_interaction"] == first
    assert callback_events(server, iid) == [("requested", "bartek"), ("reached", "ewa")]
    rec = wait_for(
        lambda: con.execute(
            "SELECT * FROM recordings WHERE interaction_id = ? AND state = 'complete'", [iid]
        ).fetchone(),
        what="the callback's recording",
    )
    assert rec["agent"] == "ewa"


def test_a_caller_presses_the_callback_key_and_is_called_back_before_a_later_caller(
    make_server, tmp_path, tones, route_port
):
    server = make_server()
    agent = agents(
        server, "--user", "bartek", "--presence", "not_ready", "--commands", "--answer-after",
        "0.3", "--play", tones[AGENT], "--wrapup-after", "0.2",
    )  # fmt: skip
    con = db(server)

    def queued(number: str):
        return wait_for(
            lambda: con.execute(
                "SELECT id FROM interactions WHERE caller = ? AND state = 'queued'", [number]
            ).fetchone(),
            what=f"{number} in the queue",
        )[0]

    first = caller(server, tmp_path, "--name", "600100201", "--dtmf", "1", "--commands",
                   "--seconds", "60", "--timeout", "60")  # fmt: skip
    hidden = later = back = None
    try:
        iid = queued("600100201")
        hidden = caller(server, tmp_path, "--name", "anonymous", "--dtmf", "1", "--commands",
                        "--seconds", "60", "--timeout", "60")  # fmt: skip
        hidden_iid = queued("")
        first.send("DTMF 8")
        assert first.wait(20) == 0  # "we will call you back … goodbye", and the room hangs up
        hidden.send("DTMF 8")  # no number to call back: told so, and still waiting
        later = caller(server, tmp_path, "--name", "600100202", "--dtmf", "1", "--commands",
                       "--seconds", "60", "--timeout", "60")  # fmt: skip
        later_iid = queued("600100202")
        hidden.send("HANGUP")
        assert hidden.wait(10) == 0
        assert (
            con.execute("SELECT state FROM interactions WHERE id = ?", [iid]).fetchone()[0]
            == "queued"
        )
        back = called_back(tmp_path, route_port, tones)
        agent.send("AVAILABLE")
        offer = agent.expect("OFFER", 10)  # the callback first: it arrived first
        assert agent.field(offer, "interaction") == iid and agent.field(offer, "kind") == "callback"
        agent.expect(f"ANSWERED interaction={iid}", 10)
        back.expect("CONFIRMED", 10)
        time.sleep(2.0)
        back.send("HANGUP")
        assert back.wait(10) == 0
        offer = agent.expect("OFFER", 15)  # then who called after
        assert (
            agent.field(offer, "interaction") == later_iid
            and agent.field(offer, "kind") == "interaction"
        )
        agent.expect(f"ANSWERED interaction={later_iid}", 10)
        later.send("HANGUP")
        assert later.wait(10) == 0
    finally:
        for proc in (first, hidden, later, back):
            if proc is not None:
                proc.stop()
        agent.terminate()
    samples, rate = tail(tmp_path / "called-back.wav", 1.5)
    assert heard(samples, rate, CITIZEN, AGENT) == {AGENT}
    assert callback_events(server, iid) == [("requested", None), ("reached", "bartek")]
    cb = con.execute("SELECT * FROM callbacks WHERE interaction_id = ?", [iid]).fetchone()
    assert cb["requested_by"] == "citizen" and cb["number"] == "600100201"
    assert con.execute("SELECT COUNT(*) FROM callbacks").fetchone()[0] == 1  # not the hidden one
    hidden_row = con.execute("SELECT state FROM interactions WHERE id = ?", [hidden_iid]).fetchone()
    assert hidden_row[0] == "abandoned"
    states = [
        e[0]
        for e in con.execute(
            "SELECT state FROM interaction_events WHERE interaction_id = ? AND kind = 'state'"
            " ORDER BY id",
            [iid],
        )
    ]
    assert states[:4] == ["queued", "offered", "active", "wrap_up"], states  # never abandoned


def test_a_busy_citizen_is_called_again_even_across_a_server_crash_and_answers_the_retry(
    make_server, tmp_path, tones, route_port
):
    server = make_server(callback_interval=3.0)
    agent = agents(server, "--user", "bartek", "--commands", "--answer-after", "0.3",
                   "--play", tones[AGENT])  # fmt: skip
    back = called_back(tmp_path, route_port, tones, "--busy", "1", "--calls", "2")
    try:
        agent.send("CALLBACK 12ab34 topic:permits")
        assert "code=invalid_format" in agent.expect("ERROR CALLBACK", 10)
        agent.send("CALLBACK 600100300 topic:permits")
        iid = agent.field(agent.expect("OK CALLBACK", 10), "interaction")
        agent.expect(f"ANSWERED interaction={iid}", 10)
        back.expect("BUSY", 10)
        closed = agent.expect(f"CLOSED agent=bartek interaction={iid}", 10)
        assert agent.field(closed, "wrapup") == "0"  # let go at once: nothing to wrap up
        server.kill()  # kill -9 while the callback waits for its next attempt
        server.start(timeout=40)
        agent.expect(f"ANSWERED interaction={iid}", 20)  # again after callback_interval
        back.expect("CONFIRMED", 10)
        time.sleep(2.0)
        back.send("HANGUP")
        assert back.wait(10) == 0
    finally:
        back.stop()
        agent.terminate()
    samples, rate = tail(tmp_path / "called-back.wav", 1.5)
    assert heard(samples, rate, CITIZEN, AGENT) == {AGENT}
    con = db(server)
    cb = con.execute("SELECT * FROM callbacks WHERE interaction_id = ?", [iid]).fetchone()
    assert (cb["state"], cb["attempts"], cb["last_result"]) == ("reached", 2, "reached")
    assert callback_events(server, iid) == [
        ("requested", "bartek"),
        ("busy", "bartek"),
        ("queued", None),
        ("reached", "bartek"),
    ]
    people = con.execute(
        "SELECT username, reason, wrapup_due FROM interaction_participants"
        " WHERE interaction_id = ? ORDER BY id",
        [iid],
    ).fetchall()
    # The busy attempt owed nothing ("callback busy", or "server restarted" if the kill
    # came before the release was written: the attempt itself was stored first).
    first = tuple(people[0])
    assert (
        first[0] == "bartek" and first[2] == 0 and first[1] in ("callback busy", "server restarted")
    )


def test_a_citizen_who_never_answers_is_given_up_after_the_last_attempt(
    make_server, tmp_path, tones, route_port
):
    server = make_server(callback_retries=2, callback_ring_timeout=1.5)
    agent = agents(server, "--user", "bartek", "--commands", "--answer-after", "0.3")
    back = called_back(tmp_path, route_port, tones, "--answer-delay", "999", "--calls", "2")
    try:
        agent.send("CALLBACK +48600100400 topic:permits")
        iid = agent.field(agent.expect("OK CALLBACK", 10), "interaction")
        for _attempt in range(2):
            agent.expect(f"ANSWERED interaction={iid}", 15)
            back.expect("INCOMING", 10)
            agent.expect(f"CLOSED agent=bartek interaction={iid} wrapup=0", 10)
        assert back.wait(15) == 2  # rang twice, never answered
    finally:
        back.stop()
        agent.terminate()
    con = db(server)
    row = wait_for(
        lambda: con.execute(
            "SELECT * FROM interactions WHERE id = ? AND state = 'abandoned'", [iid]
        ).fetchone(),
        what="the callback given up",
    )
    assert row["failure"] == "callback not reached"
    cb = con.execute("SELECT * FROM callbacks WHERE interaction_id = ?", [iid]).fetchone()
    assert (cb["state"], cb["attempts"], cb["last_result"]) == ("not_reached", 2, "no_answer")
    assert cb["number"] == "+48600100400" and cb["next_attempt_at"] is None
    assert callback_events(server, iid) == [
        ("requested", "bartek"),
        ("no_answer", "bartek"),
        ("queued", None),
        ("no_answer", "bartek"),
    ]
    reasons = [
        r[0]
        for r in con.execute(
            "SELECT reason FROM interaction_events WHERE interaction_id = ? AND kind = 'callback'"
            " AND state = 'no_answer' ORDER BY id",
            [iid],
        )
    ]
    assert reasons[0].startswith("attempt 1 of 2: 408") and reasons[1].startswith("attempt 2 of 2")
