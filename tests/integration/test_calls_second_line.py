"""The second line on the phone, over the real parts: a citizen (pjsua2) calls, an agent's
softphone answers, the agent consults an expert of a department (their softphone rings on
the room's expert leg), then hands the call over, makes it three-way, cancels, or
transfers it blind. What each side heard is checked by FFT on its own recording, and
the server's recording and tables are checked afterwards.

Tones: the citizen plays 440 Hz, the agent 880 Hz, the expert 1600 Hz (a band where the
hold music has nothing: its level there is about 95 dB below a test tone's)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from sqlite_utils import Database

from shared.server.sql import recordings
from shared.tones import write_tone_wav
from tests.support.calls import (
    PERMITS,
    STAFF_PASSWORD,
    add_staff,
    agents,
    caller,
    clock,
    db,
    expect_line,
    heard,
    rms,
    tail,
    tone_everywhere,
    tone_level,
    wait_for,
    window,
)
from tests.support.server import ServerProcess

pytestmark = [pytest.mark.slow, pytest.mark.timeout(120)]

CITIZEN, AGENT, EXPERT = 440, 880, 1600


@pytest.fixture
def tones(tmp_path):
    return {f: str(write_tone_wav(tmp_path / f"{f}.wav", f, seconds=3.0)) for f in (440, 880, 1600)}


@pytest.fixture
def make_server(tmp_path):
    servers: list[ServerProcess] = []

    def make(config: str = "", rooms: int = 2, **kwargs) -> ServerProcess:
        args = []
        if config:
            path = tmp_path / "second-line.toml"
            path.write_text(config)
            args = ["--config", str(path)]
        server = ServerProcess(
            tmp_path / "cc-data", telephony=True, rooms=rooms, rooms_spare=1, extra_args=args,
            **kwargs,
        )  # fmt: skip
        servers.append(server)
        server.start(timeout=40)
        return server

    yield make
    for server in servers:
        server.stop()


class Call:
    """A citizen on the phone with agent bartek, and expert ewa ready: the processes."""

    def __init__(self, server: ServerProcess, tmp_path: Path, tones, *, expert_args=()):
        self.server, self.dir = server, tmp_path
        self.expert = agents(
            server, "--user", "ewa", "--play", tones[EXPERT], "--record-dir",
            str(tmp_path / "expert"), "--answer-after", "0.3", "--commands", *expert_args,
        )  # fmt: skip
        self.agent = agents(
            server, "--user", "bartek", "--play", tones[AGENT], "--record-dir",
            str(tmp_path / "agent"), "--answer-after", "0.3", "--commands", "--wrapup-after", "0.2",
        )  # fmt: skip
        self.citizen = caller(
            server, tmp_path, "--name", "600100200", "--play", tones[CITIZEN], "--record",
            str(tmp_path / "citizen.wav"), "--dtmf", "1", "--commands", "--no-vad",
            "--seconds", "90", "--timeout", "100",
        )  # fmt: skip
        self.citizen.expect("CONFIRMED", 10)
        self.citizen_t0 = clock(self.citizen.expect("CLOCK", 5))
        self.iid = self.agent.field(self.agent.expect("OFFER", 15), "interaction")
        self.agent_t0 = clock(self.agent.expect("ANSWERED", 10))
        expect_line(self.agent, f"ASSIGNED agent=bartek interaction={self.iid}")

    def recording(self, who: str) -> Path:
        return self.dir / who / f"{self.iid}.wav"

    def consult(self) -> float:
        """Consult the permits department; ewa answers. Returns when they are connected."""
        self.agent.send(f"CONSULT {PERMITS}")
        ok = self.agent.expect("OK CONSULT", 10)
        assert self.agent.field(ok, "state") == "ringing", ok
        assert self.agent.field(ok, "expert") == "ewa", ok
        offer = self.expert.expect("OFFER", 10)
        assert self.expert.field(offer, "kind") == "consult", offer
        assert self.expert.field(offer, "from") == "bartek", offer
        self.expert_t0 = clock(self.expert.expect("ANSWERED", 10))
        connected = clock(expect_line(self.agent, "CONSULT_CONNECTED"))
        expect_line(self.expert, f"ASSIGNED agent=ewa interaction={self.iid} role=consulted")
        return connected

    def close(self) -> None:
        self.citizen.stop()
        for proc in (self.agent, self.expert):
            if proc.proc.poll() is None:
                proc.terminate()

    def hang_up(self) -> None:
        self.citizen.send("HANGUP")
        assert self.citizen.wait(15) == 0


def test_consult_then_complete_hands_the_caller_to_the_expert(make_server, tmp_path, tones):
    server = make_server()
    call = Call(server, tmp_path, tones)
    try:
        time.sleep(1.0)
        connected = call.consult()
        time.sleep(2.5)
        call.agent.send("COMPLETE")
        completed = clock(call.agent.expect("OK COMPLETE", 10))
        expect_line(call.agent, f"ENDED interaction={call.iid}")  # the agent's leg is gone
        expect_line(call.agent, f"WRAPPED agent=bartek interaction={call.iid}")
        time.sleep(2.0)
        call.hang_up()
        call.expert.expect(f"ENDED interaction={call.iid}", 10)
    finally:
        call.close()

    # During the consultation the citizen hears music, never the expert (nor the agent).
    start, end = connected + 0.5, completed - 0.3
    at_citizen, rate = window(tmp_path / "citizen.wav", call.citizen_t0, start, end)
    at_agent, agent_rate = window(call.recording("agent"), call.agent_t0, start, end)
    assert EXPERT in heard(at_agent, agent_rate, EXPERT), "the agent did not hear the expert"
    leak = tone_level(at_agent, agent_rate, EXPERT) - tone_level(at_citizen, rate, EXPERT)
    assert leak >= 40, f"the expert reached the citizen only {leak:.0f} dB down"
    assert rms(at_citizen) > 1e-3 and not heard(at_citizen, rate, AGENT, EXPERT)  # music
    # After the hand-over the citizen and the expert hear each other.
    samples, rate = tail(tmp_path / "citizen.wav", 1.5)
    assert heard(samples, rate, AGENT, EXPERT) == {EXPERT}
    samples, rate = tail(call.recording("expert"), 1.5)
    assert heard(samples, rate, CITIZEN, AGENT) == {CITIZEN}

    con = db(server)
    row = con.execute("SELECT * FROM interactions WHERE id = ?", [call.iid]).fetchone()
    assert row["agent"] == "ewa" and row["transfers"] == 1 and row["second_line"] == 1
    rec = wait_for(
        lambda: con.execute(
            "SELECT * FROM recordings WHERE interaction_id = ? AND state = 'complete'", [call.iid]
        ).fetchone(),
        what="the finished recording",
    )
    missing = tone_everywhere(server.data_dir / "recordings" / rec["path"], CITIZEN)
    assert not missing, f"the citizen is missing from the recording in windows {missing}"
    # The recordings index names everyone who was in the call, in order.
    store = Database(server.data_dir / "cc.db")
    (indexed,) = recordings.recordings_index(store)
    everyone = [("bartek", "owner"), ("ewa", "consulted"), ("ewa", "owner")]
    assert indexed["interaction_id"] == call.iid and indexed["caller"] == "600100200"
    assert [(x["username"], x["role"]) for x in indexed["participants"]] == everyone
    assert indexed["participants"][1]["display_name"] == "Ewa Lewandowska"
    people = recordings.recording_participants(store, rec["id"])
    assert [(x["username"], x["role"]) for x in people] == everyone
    assert [r["id"] for r in recordings.recordings_index(store, username="ewa")] == [rec["id"]]
    assert recordings.recordings_index(store, username="anna") == []
    assert recordings.recordings_index(store, since=rec["started_at"] + 1) == []


def test_merge_makes_a_three_way_call_where_everyone_hears_everyone(make_server, tmp_path, tones):
    server = make_server()
    call = Call(server, tmp_path, tones)
    try:
        call.consult()
        time.sleep(1.0)
        call.agent.send("MERGE")
        merged = clock(call.agent.expect("OK MERGE", 10))
        call.expert.expect("PARTICIPANTS", 5)
        time.sleep(2.5)
        call.hang_up()
    finally:
        call.close()
    start, end = merged + 0.5, merged + 2.3
    at_citizen = window(tmp_path / "citizen.wav", call.citizen_t0, start, end)
    at_agent = window(call.recording("agent"), call.agent_t0, start, end)
    at_expert = window(call.recording("expert"), call.expert_t0, start, end)
    assert heard(*at_citizen, CITIZEN, AGENT, EXPERT) == {AGENT, EXPERT}
    assert heard(*at_agent, CITIZEN, AGENT, EXPERT) == {CITIZEN, EXPERT}
    assert heard(*at_expert, CITIZEN, AGENT, EXPERT) == {CITIZEN, AGENT}
    events = [
        (e["state"], e["agent"])
        for e in db(server).execute(
            "SELECT state, agent FROM interaction_events WHERE interaction_id = ?"
            " AND kind = 'consult' ORDER BY id",
            [call.iid],
        )
    ]
    assert events == [
        ("requested", "bartek"),
        ("ringing", "ewa"),
        ("connected", "ewa"),
        ("merged", "ewa"),
    ]


def test_cancel_takes_the_expert_out_and_the_caller_back_to_the_agent(make_server, tmp_path, tones):
    server = make_server()
    call = Call(server, tmp_path, tones)
    try:
        call.consult()
        time.sleep(1.5)
        call.agent.send("CANCEL")
        cancelled = clock(call.agent.expect("OK CANCEL", 10))
        closed = expect_line(call.expert, f"CLOSED agent=ewa interaction={call.iid}")
        assert call.expert.field(closed, "wrapup") == "0"  # consulted: nothing to wrap up
        expect_line(call.expert, f"ENDED interaction={call.iid}")
        time.sleep(2.0)
        call.hang_up()
    finally:
        call.close()
    start, end = cancelled + 0.5, cancelled + 1.8
    at_citizen = window(tmp_path / "citizen.wav", call.citizen_t0, start, end)
    at_agent = window(call.recording("agent"), call.agent_t0, start, end)
    assert heard(*at_citizen, CITIZEN, AGENT, EXPERT) == {AGENT}
    assert heard(*at_agent, CITIZEN, AGENT, EXPERT) == {CITIZEN}
    con = db(server)
    people = [
        (r["username"], r["role"], r["reason"])
        for r in con.execute(
            "SELECT * FROM interaction_participants WHERE interaction_id = ? ORDER BY id",
            [call.iid],
        )
    ]
    assert people[:2] == [
        ("bartek", "owner", people[0][2]),
        ("ewa", "consulted", "cancelled by the agent"),
    ]


def test_a_declining_and_a_silent_expert_pass_the_consultation_on_then_it_waits(
    make_server, tmp_path, tones
):
    add_staff(tmp_path / "cc-data", "edyta", "expert", "permits=5")
    server = make_server("offer_timeout = 3.0\n")
    call = Call(server, tmp_path, tones, expert_args=("--decline",))
    silent = agents(server, "--user", "edyta", "--password", STAFF_PASSWORD, "--no-answer")
    try:
        call.agent.send(f"CONSULT {PERMITS}")
        ok = call.agent.expect("OK CONSULT", 10)
        assert call.agent.field(ok, "expert") == "ewa", ok  # longest idle: she logged in first
        assert call.agent.field(ok, "experts") == "2", ok
        call.expert.expect(f"RINGING interaction={call.iid}", 10)  # ... and declines: 486
        ringing = call.agent.expect("CONSULT_RINGING agent=bartek", 10)
        if call.agent.field(ringing, "expert") == "ewa":
            ringing = call.agent.expect("CONSULT_RINGING agent=bartek", 10)
        assert call.agent.field(ringing, "expert") == "edyta", ringing
        silent.expect(f"RINGING interaction={call.iid}", 10)
        queued = call.agent.expect("CONSULT_QUEUED", 10)  # edyta let it ring out
        assert call.agent.field(queued, "reason") == "no_answer", queued
        assert call.agent.field(queued, "position") == "1", queued
        silent.expect("RONA agent=edyta", 5)
        call.agent.send("CANCEL")
        call.agent.expect("OK CANCEL", 10)
        call.hang_up()
    finally:
        call.close()
        silent.terminate()
    events = [
        (e["state"], e["agent"])
        for e in db(server).execute(
            "SELECT state, agent FROM interaction_events WHERE interaction_id = ?"
            " AND kind = 'consult' ORDER BY id",
            [call.iid],
        )
    ]
    assert events == [
        ("requested", "bartek"),
        ("ringing", "ewa"),
        ("declined", "ewa"),
        ("ringing", "edyta"),
        ("no_answer", "edyta"),
        ("cancelled", "bartek"),
    ]


def test_expert_app_killed_during_a_consultation_gives_the_caller_back_to_the_agent(
    make_server, tmp_path, tones
):
    server = make_server("media_timeout = 6.0\n")
    call = Call(server, tmp_path, tones)
    try:
        call.consult()
        time.sleep(1.0)
        call.expert.stop()  # SIGKILL: no BYE, no goodbye on the websocket
        ended = call.agent.expect("CONSULT_ENDED", 10)  # after the server's 3 s of grace
        assert call.agent.field(ended, "reason") == "expert_lost", ended
        back = clock(ended)
        time.sleep(2.0)
        call.hang_up()
        call.agent.expect(f"WRAPPED agent=bartek interaction={call.iid}", 10)
    finally:
        call.close()
    start, end = back + 0.5, back + 1.8
    at_citizen = window(tmp_path / "citizen.wav", call.citizen_t0, start, end)
    at_agent = window(call.recording("agent"), call.agent_t0, start, end)
    assert heard(*at_citizen, CITIZEN, AGENT, EXPERT) == {AGENT}
    assert heard(*at_agent, CITIZEN, AGENT, EXPERT) == {CITIZEN}
    con = db(server)
    people = [
        (r["username"], r["role"], r["left_at"] is not None, r["reason"])
        for r in con.execute(
            "SELECT * FROM interaction_participants WHERE interaction_id = ? ORDER BY id",
            [call.iid],
        )
    ]
    assert people == [
        ("bartek", "owner", True, "caller hung up"),
        ("ewa", "consulted", True, "consulted expert lost"),
    ]
    steps = [
        (e["kind"], e["state"])
        for e in con.execute(
            "SELECT kind, state FROM interaction_events WHERE interaction_id = ? ORDER BY id",
            [call.iid],
        )
    ]
    assert ("consult", "lost") in steps and steps[-1] == ("state", "closed"), steps


def test_server_killed_right_after_a_warm_transfer_leaves_one_owner_and_a_sound_database(
    make_server, tmp_path, tones
):
    server = make_server()
    call = Call(server, tmp_path, tones)
    try:
        call.consult()
        call.agent.send("COMPLETE")
        call.agent.expect("OK COMPLETE", 10)
        server.kill()  # kill -9 with the hand-over acknowledged
        con = db(server)
        owners = con.execute(
            "SELECT username FROM interaction_participants WHERE interaction_id = ?"
            " AND role = 'owner' AND left_at IS NULL",
            [call.iid],
        ).fetchall()
        assert [r[0] for r in owners] == ["ewa"]
        server.start(timeout=40)
        # Both wrap up their part once their apps are back: the call closes.
        row = wait_for(
            lambda: con.execute(
                "SELECT * FROM interactions WHERE id = ? AND state = 'closed'", [call.iid]
            ).fetchone(),
            timeout=20,
            what="the call closed by both wrap-ups after the restart",
        )
    finally:
        call.close()
    assert row["agent"] == "ewa" and row["failure"] == "server restarted during the call"
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    open_rows = con.execute(
        "SELECT COUNT(*) FROM interaction_participants WHERE left_at IS NULL OR wrapup_due = 1"
    ).fetchone()[0]
    assert open_rows == 0
    wrapups = {
        r[0] for r in con.execute("SELECT agent FROM wrapups WHERE interaction_id = ?", [call.iid])
    }
    assert wrapups == {"bartek", "ewa"}


def test_all_experts_busy_the_consultation_waits_then_a_blind_transfer_keeps_the_callers_place(
    make_server, tmp_path, tones
):
    # Two callers, first A then B, each with an agent; the only expert is busy (Not
    # ready). B's agent sends B to the department's queue first; A's agent asks for a
    # consultation, which waits, then sends A there too: A is still ahead of B, and is
    # what the expert gets when she is free.
    server = make_server(rooms=3)
    tones[660] = str(write_tone_wav(tmp_path / "660.wav", 660, seconds=3.0))
    expert = agents(
        server, "--user", "ewa", "--presence", "not_ready", "--commands", "--record-dir",
        str(tmp_path / "expert"), "--answer-after", "0.3",
    )  # fmt: skip
    staff = agents(
        server, "--user", "bartek", "--user", "anna", "--commands", "--answer-after", "0.3",
        "--play", tones[AGENT],
    )  # fmt: skip
    citizens = []
    try:
        placed = {}
        for name, tone in (("a", CITIZEN), ("b", 660)):
            citizens.append(
                caller(
                    server,
                    tmp_path,
                    "--name",
                    f"60010020{len(citizens)}",
                    "--play",
                    tones[tone],
                    "--record",
                    str(tmp_path / f"citizen-{name}.wav"),
                    "--dtmf",
                    "1",
                    "--commands",
                    "--seconds",
                    "90",
                    "--timeout",
                    "100",
                )  # fmt: skip
            )
            offer = staff.expect("OFFER", 15)
            placed[name] = (staff.field(offer, "agent"), staff.field(offer, "interaction"))
            expect_line(staff, f"ASSIGNED agent={placed[name][0]} interaction={placed[name][1]}")
        (agent_a, iid_a), (agent_b, iid_b) = placed["a"], placed["b"]
        staff.send(f"@{agent_b} TRANSFER {PERMITS}")
        staff.expect(f"OK TRANSFER interaction={iid_b}", 10)
        staff.send(f"@{agent_a} CONSULT {PERMITS}")
        ok = staff.expect(f"OK CONSULT interaction={iid_a}", 10)
        assert staff.field(ok, "state") == "queued", ok
        assert staff.field(ok, "position") == "1", ok  # A arrived before B: ahead of B
        assert staff.field(ok, "experts") == "1", ok  # logged in, just not free
        staff.send(f"@{agent_a} CANCEL")
        staff.expect(f"OK CANCEL interaction={iid_a}", 10)
        staff.send(f"@{agent_a} TRANSFER {PERMITS}")
        staff.expect(f"OK TRANSFER interaction={iid_a}", 10)
        log = server.log()
        assert f"{iid_b} transferred to dept:{PERMITS} by {agent_b}, caller told position 1" in log
        assert f"{iid_a} transferred to dept:{PERMITS} by {agent_a}, caller told position 1" in log
        expert.send("AVAILABLE")
        offer = expert.expect("OFFER agent=ewa", 10)
        assert expert.field(offer, "interaction") == iid_a, (offer, iid_a, iid_b)
        assert expert.field(offer, "kind") == "transfer" and expert.field(offer, "from") == agent_a
        expert.expect(f"ANSWERED interaction={iid_a}", 10)
        time.sleep(2.0)
        citizens[0].send("HANGUP")
        assert citizens[0].wait(15) == 0
    finally:
        for proc in citizens:
            proc.stop()
        expert.terminate()
        staff.terminate()
    samples, rate = tail(tmp_path / "expert" / f"{iid_a}.wav", 1.5)
    assert heard(samples, rate, CITIZEN, 660) == {CITIZEN}  # A's tone: A it is
    con = db(server)
    row = con.execute("SELECT * FROM interactions WHERE id = ?", [iid_a]).fetchone()
    assert row["agent"] == "ewa" and row["queue"] == f"dept:{PERMITS}" and row["transfers"] == 1
    states = [
        e[0]
        for e in con.execute(
            "SELECT state FROM interaction_events WHERE interaction_id = ? ORDER BY id", [iid_a]
        )
    ]
    assert states[:9] == [
        "queued", "offered", "active", "requested", "cancelled", "queued", "blind", "offered",
        "active",
    ], states  # fmt: skip


def test_an_agent_signing_off_hands_the_call_back_to_the_front_of_the_queue(
    make_server, tmp_path, tones
):
    # What the agent app does on "Hand back and quit" with a call in progress: Offline,
    # then interaction.return. The call is not ended: the caller is back in line with
    # hold music and the next free colleague gets it.
    server = make_server()
    staff = agents(
        server, "--user", "bartek", "--user", "anna", "--commands", "--answer-after", "0.3",
        "--play", tones[AGENT],
    )  # fmt: skip
    citizen = None
    try:
        staff.send("@anna NOT_READY")
        staff.expect("OK NOT_READY", 10)
        citizen = caller(
            server, tmp_path, "--name", "600100300", "--play", tones[CITIZEN], "--dtmf", "1",
            "--commands", "--seconds", "60", "--timeout", "70",
        )  # fmt: skip
        offer = staff.expect("OFFER agent=bartek", 15)
        iid = staff.field(offer, "interaction")
        staff.expect(f"ANSWERED interaction={iid}", 10)
        assigned = f"ASSIGNED agent=bartek interaction={iid}"
        if not any(line.startswith(assigned) for line in staff.seen):  # before or after
            staff.expect(assigned, 10)  # the call is bartek's only once assigned
        staff.send("@bartek NOT_READY")
        staff.expect("OK NOT_READY", 10)
        staff.send("@bartek RETURN")
        staff.expect(f"OK RETURN interaction={iid}", 10)
        wait_for(lambda: f"{iid} transferred to" in server.log(), 10)
        assert "caller told position 1" in server.log()
        staff.send("@anna AVAILABLE")
        offer = staff.expect("OFFER agent=anna", 15)
        assert staff.field(offer, "interaction") == iid  # the same call, not a new one
        staff.expect(f"ANSWERED interaction={iid}", 10)
        assert citizen.proc.poll() is None  # the caller never hung up
        citizen.send("HANGUP")
        assert citizen.wait(15) == 0
    finally:
        if citizen is not None:
            citizen.stop()
        staff.terminate()
    con = db(server)
    row = con.execute("SELECT * FROM interactions WHERE id = ?", [iid]).fetchone()
    assert row["agent"] == "anna"
    events = [
        tuple(e)
        for e in con.execute(
            "SELECT kind, state FROM interaction_events WHERE interaction_id = ? ORDER BY id",
            [iid],
        )
    ]
    assert ("transfer", "returned") in events, events


def test_a_supervisor_moves_a_call_to_a_named_colleague(make_server, tmp_path, tones):
    # bartek has the call; sam moves it to anna: the caller is told to hold, anna's
    # phone rings and she talks to the same caller; bartek owes no wrap-up for it.
    import asyncio

    from shared import protocol as p
    from tests.support.bots import staff as ws_staff

    server = make_server()
    staff = agents(
        server, "--user", "bartek", "--user", "anna", "--commands", "--answer-after", "0.3",
        "--play", tones[AGENT], "--record-dir", str(tmp_path / "staff"),
    )  # fmt: skip
    citizen = None

    async def move(iid: str) -> None:
        sam, _ = await ws_staff(server.url, "sam")
        try:
            await sam.request(p.MoveInteraction(id=0, interaction_id=iid, agent="anna"))
        finally:
            await sam.close()

    try:
        staff.send("@anna NOT_READY")
        staff.expect("OK NOT_READY", 10)
        citizen = caller(
            server, tmp_path, "--name", "600100400", "--play", tones[CITIZEN], "--dtmf", "1",
            "--commands", "--seconds", "60", "--timeout", "70",
        )  # fmt: skip
        offer = staff.expect("OFFER agent=bartek", 15)
        iid = staff.field(offer, "interaction")
        staff.expect(f"ANSWERED interaction={iid}", 10)
        staff.send("@anna AVAILABLE")
        staff.expect("OK AVAILABLE", 10)
        asyncio.run(move(iid))
        offer = staff.expect("OFFER agent=anna", 15)
        assert staff.field(offer, "interaction") == iid
        assert staff.field(offer, "kind") == "transfer" and staff.field(offer, "from") == "sam"
        staff.expect(f"ANSWERED interaction={iid}", 10)
        time.sleep(2.0)
        assert citizen.proc.poll() is None  # the caller never hung up
        citizen.send("HANGUP")
        assert citizen.wait(15) == 0
    finally:
        if citizen is not None:
            citizen.stop()
        staff.terminate()
    con = db(server)
    row = con.execute("SELECT * FROM interactions WHERE id = ?", [iid]).fetchone()
    assert row["agent"] == "anna" and row["transfers"] == 1
    left = con.execute(
        "SELECT left_at, wrapup_due FROM interaction_participants"
        " WHERE interaction_id = ? AND username = 'bartek'",
        [iid],
    ).fetchone()
    assert left["left_at"] is not None and not left["wrapup_due"]
