"""Calls end to end over the real parts: cc-server with its front door and room workers,
a citizen (pjsua2 process) dialling the city number, and agents' softphones (pjsua2
process with websocket clients, ``shared.demo.phone_agent``). Audio is checked by FFT."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time

import numpy as np
import psutil
import pytest

from shared import protocol as p
from shared.tones import detect_tone, read_wav, tone_anywhere, write_tone_wav
from tests.support.bots import staff
from tests.support.calls import agents, assert_stereo, caller, db, tail, wait_for
from tests.support.server import ROOT, ServerProcess
from tests.support.sipp import run_sipp

pytestmark = [pytest.mark.slow, pytest.mark.timeout(90)]

FIRST_TOPIC = "permits"  # menu digit 1: topics are read out in name order


@pytest.fixture
def phone_server(tmp_path):
    server = ServerProcess(
        tmp_path / "cc-data", telephony=True, rooms=2, rooms_spare=1, extra_args=[]
    )
    server.start(timeout=40)
    yield server
    server.stop()


@pytest.fixture
def make_server(tmp_path):
    """Start a telephony server with other settings; stopped at teardown, whatever happens."""
    servers: list[ServerProcess] = []

    def make(**kwargs) -> ServerProcess:
        server = ServerProcess(tmp_path / "cc-data", telephony=True, **kwargs)
        servers.append(server)
        server.start(timeout=40)
        return server

    yield make
    for server in servers:
        server.stop()


@pytest.fixture
def tones(tmp_path):
    return (
        str(write_tone_wav(tmp_path / "440.wav", 440, seconds=3.0)),
        str(write_tone_wav(tmp_path / "880.wav", 880, seconds=3.0)),
    )


def rooms_of(server: ServerProcess) -> list[psutil.Process]:
    kids = psutil.Process(server.proc.pid).children()
    return [k for k in kids if "shared.switch.room" in " ".join(k.cmdline())]


def test_call_is_menu_queued_answered_bridged_recorded_and_tagged(phone_server, tmp_path, tones):
    tone_440, tone_880 = tones
    agent = agents(
        phone_server,
        "--user", "bartek", "--play", tone_880, "--record-dir", str(tmp_path / "agent"),
        "--answer-after", "0.3", "--talk", "3", "--wrapup-after", "0.2",
    )  # fmt: skip
    citizen = caller(
        phone_server, tmp_path,
        "--play", tone_440, "--record", str(tmp_path / "citizen.wav"),
        "--dtmf", "1", "--seconds", "30", "--timeout", "40",
    )  # fmt: skip
    try:
        citizen.expect("CONFIRMED", 10)
        offer = agent.expect("OFFER", 15)
        iid = agent.field(offer, "interaction")
        ringing = agent.expect("RINGING", 5)
        assert agent.field(ringing, "interaction") == iid  # the X-CC-Interaction header
        agent.expect("ANSWERED", 5)
        agent.expect("ENDED", 10)  # the agent hung up after talking 3 s
        assert citizen.wait(10) == 0  # ... which ended the caller's call too
        agent.expect("WRAPPED", 10)
    finally:
        citizen.stop()
        agent.terminate()

    # Both directions of the bridge, checked on the far side of each.
    samples, rate = tail(tmp_path / "agent" / f"{iid}.wav", 2.0)
    assert detect_tone(samples, 440, rate), "the agent did not hear the caller"
    samples, rate = tail(tmp_path / "citizen.wav", 2.0)
    assert detect_tone(samples, 880, rate), "the caller did not hear the agent"

    con = db(phone_server)
    row = wait_for(
        lambda: con.execute("SELECT * FROM interactions WHERE id = ?", [iid]).fetchone(),
        what="the interaction",
    )
    assert row["channel"] == "voice"
    assert row["topic"] == FIRST_TOPIC
    assert row["agent"] == "bartek"
    assert row["state"] == "closed"
    assert row["caller"] == "caller"  # the From user of the sip_peer
    assert 0 < row["wait_seconds"] < 15
    rec = wait_for(
        lambda: con.execute(
            "SELECT * FROM recordings WHERE interaction_id = ? AND state = 'complete'", [iid]
        ).fetchone(),
        what="a finished recording",
    )
    assert rec["agent"] == "bartek"
    assert rec["topic"]  # tagged by the wrap-up
    wrap = con.execute("SELECT topic FROM wrapups WHERE interaction_id = ?", [iid]).fetchone()
    assert rec["topic"] == wrap["topic"]
    path = phone_server.data_dir / "recordings" / rec["path"]
    assert 2.0 < rec["seconds"] < 8.0
    samples, rate = read_wav(path)  # the mix (both channels): everything said
    assert detect_tone(samples, 440, rate) and detect_tone(samples, 880, rate)
    # stereo: the citizen (440 Hz) left, the agent (880 Hz) right, >= 30 dB apart
    assert (rec["channels"], rec["layout"]) == (2, "citizen/centre")
    assert_stereo(path, 440, 880)
    assert rec["bytes"] == path.stat().st_size
    assert not list(path.parent.glob("*.part.wav*")), "the parts were left behind"


def test_bad_phone_requests_get_clear_errors(phone_server):
    async def go() -> None:
        anna, _ = await staff(phone_server.url, "anna")
        sam, _ = await staff(phone_server.url, "sam")
        for uri in ("not a uri", "sip:nohost", "sip:a@b c", "x" * 300):
            with pytest.raises(p.ProtocolError) as err:
                await anna.request(p.RegisterPhone(id=0, uri=uri))
            assert err.value.code == "invalid_format"
        with pytest.raises(p.ProtocolError) as err:
            await anna.request(p.HoldCall(id=0, interaction_id="nope", hold=True))
        assert err.value.code == "not_found"
        # A supervisor's softphone (to monitor calls on) registers, and is never routed:
        assert isinstance(
            await sam.request(p.RegisterPhone(id=0, uri="sip:sam@127.0.0.1:5070")), p.Ok
        )
        with pytest.raises(p.ProtocolError) as err:
            await sam.request(p.HoldCall(id=0, interaction_id="nope", hold=True))
        assert err.value.code == "forbidden"
        assert isinstance(await anna.request(p.RegisterPhone(id=0, uri="")), p.Ok)
        # No outbound route configured: no callbacks, and the error says why.
        with pytest.raises(p.ProtocolError) as err:
            await anna.request(p.RequestCallback(id=0, number="600100200", topic="permits"))
        assert err.value.code == "conflict" and "outbound route" in err.value.message
        await anna.close()
        await sam.close()

    asyncio.run(go())


def test_menu_replays_after_a_wrong_key_and_says_goodbye_to_a_silent_caller(make_server, tmp_path):
    config = tmp_path / "ivr.toml"
    config.write_text("ivr_timeout = 1.0\nivr_retries = 0\n")
    server = make_server(extra_args=["--config", str(config)])
    # A wrong key, then the right one: queued under the second choice (menu digit 2).
    chooser = caller(server, tmp_path, "--commands", "--seconds", "60", "--timeout", "60")
    silent = None
    try:
        chooser.expect("CONFIRMED", 10)
        time.sleep(0.5)
        chooser.send("DTMF 9")
        time.sleep(1.0)
        chooser.send("DTMF 2")
        con = db(server)
        row = wait_for(
            lambda: con.execute("SELECT * FROM interactions WHERE channel = 'voice'").fetchone(),
            what="the caller queued after the second key",
        )
        assert row["topic"] == "documents"  # "ID cards & registration": second by name
        chooser.send("HANGUP")
        assert chooser.wait(10) == 0
        # A caller who presses nothing hears the menu (then, with ivr_retries = 0, no
        # repeat), the goodbye, and the room hangs up; no interaction is created.
        silent = caller(server, tmp_path, "--seconds", "120", "--timeout", "120")
        silent.expect("CONFIRMED", 10)
        status = silent.expect("DISCONNECTED", 90)
        assert silent.wait(10) == 0, status
        assert con.execute("SELECT COUNT(*) FROM interactions").fetchone()[0] == 1
    finally:
        chooser.stop()
        if silent is not None:
            silent.stop()


def test_a_centre_with_no_topics_sends_calls_to_the_general_queue(tmp_path, tones):
    # A fresh centre: one agent, no topics at all. Before, callers got the greeting and
    # then dead air (a menu with nothing in it) until the goodbye.
    data = tmp_path / "cc-data"
    password = "olga's long password"
    subprocess.run(
        [sys.executable, "-m", "shared.server.cli", "--data-dir", str(data), "user", "add",
         "olga", "--role", "agent"],
        cwd=ROOT, check=True, capture_output=True, timeout=60,
        env={**os.environ, "CC_PASSWORD": password},
    )  # fmt: skip
    server = ServerProcess(data, demo=False, telephony=True, rooms=2, rooms_spare=1)
    server.start(timeout=40)
    agent = citizen = None
    try:
        assert "the phone menu is empty" in server.log()
        agent = agents(
            server, "--user", "olga", "--password", password, "--answer-after", "0.3", "--talk", "1"
        )
        citizen = caller(
            server, tmp_path, "--play", tones[0], "--seconds", "20", "--timeout", "30"
        )  # no digit pressed: there is nothing to choose
        citizen.expect("CONFIRMED", 10)
        iid = agent.field(agent.expect("OFFER", 15), "interaction")
        agent.expect("ANSWERED", 5)
        con = db(server)
        row = wait_for(
            lambda: con.execute("SELECT * FROM interactions WHERE id = ?", [iid]).fetchone(),
            what="the interaction",
        )
        assert row["topic"] == "general" and row["channel"] == "voice"
    finally:
        for proc in (citizen, agent):
            if proc is not None:
                proc.terminate()
        server.stop()


def test_caller_who_hangs_up_in_the_queue_is_abandoned_with_the_wait(phone_server, tmp_path):
    # Nobody with a softphone is logged in: the caller waits with music, then gives up.
    citizen = caller(
        phone_server, tmp_path, "--record", str(tmp_path / "citizen.wav"),
        "--dtmf", "1", "--seconds", "4", "--timeout", "20",
    )  # fmt: skip
    assert citizen.wait(20) == 0
    con = db(phone_server)
    row = wait_for(
        lambda: con.execute(
            "SELECT * FROM interactions WHERE channel = 'voice' AND state = 'abandoned'"
        ).fetchone(),
        what="an abandoned call",
    )
    assert row["topic"] == FIRST_TOPIC
    assert 2.5 < row["wait_seconds"] < 8, row["wait_seconds"]
    events = [
        e["reason"]
        for e in con.execute(
            "SELECT reason FROM interaction_events WHERE interaction_id = ?", [row["id"]]
        )
    ]
    assert "caller hung up while waiting" in events
    # The caller heard something while waiting (greeting, hold prompt, music).
    samples, _rate = read_wav(tmp_path / "citizen.wav")
    assert float(np.sqrt(np.mean(samples[-8000:] ** 2))) > 1e-3


def test_ring_no_answer_requeues_and_a_caller_whose_phone_dies_is_abandoned(tmp_path, make_server):
    config = tmp_path / "short.toml"
    config.write_text("offer_timeout = 2.0\nmedia_timeout = 3.0\n")
    server = make_server(extra_args=["--config", str(config)])
    agent = agents(server, "--user", "bartek", "--no-answer")
    citizen = caller(server, tmp_path, "--dtmf", "1", "--seconds", "30", "--timeout", "40")
    try:
        agent.expect("RINGING", 15)
        agent.expect("ENDED", 8)  # the room cancelled the ringing leg ...
        if not any(line.startswith("RONA agent=bartek") for line in agent.seen):
            agent.expect("RONA agent=bartek", 5)  # ... and the agent is Not ready
        con = db(server)
        row = wait_for(
            lambda: con.execute(
                "SELECT * FROM presence_history WHERE username = 'bartek'"
                " AND reason = 'ring_no_answer'"
            ).fetchone(),
            what="ring-no-answer in the presence history",
        )
        assert row["presence"] == "not_ready"
        iid = con.execute("SELECT id FROM interactions WHERE channel = 'voice'").fetchone()[0]
        states = [
            e[0]
            for e in con.execute(
                "SELECT state FROM interaction_events WHERE interaction_id = ? ORDER BY id", [iid]
            )
        ]
        assert states[:3] == ["queued", "offered", "queued"], states
    finally:
        citizen.stop()  # kill -9: no BYE, the room only notices its audio stopped
        agent.terminate()
    con = db(server)
    reason = wait_for(
        lambda: con.execute(
            "SELECT e.reason FROM interactions i JOIN interaction_events e"
            " ON e.interaction_id = i.id WHERE i.channel = 'voice' AND i.state = 'abandoned'"
            " AND e.state = 'abandoned'"
        ).fetchone(),
        timeout=15,
        what="the call to end as abandoned once the caller's phone went silent",
    )
    assert "media timeout" in reason[0]


def test_room_killed_mid_call_fails_the_call_frees_the_agent_and_is_replaced(
    tmp_path, tones, make_server
):
    server = make_server(rooms=1, rooms_spare=1)
    tone_440, tone_880 = tones
    agent = agents(
        server, "--user", "bartek", "--play", tone_880, "--answer-after", "0.2",
        "--wrapup-after", "0.2",
    )  # fmt: skip
    citizen = caller(
        server, tmp_path, "--play", tone_440, "--record", str(tmp_path / "c.wav"),
        "--dtmf", "1", "--seconds", "60", "--timeout", "60",
    )  # fmt: skip
    try:
        offer = agent.expect("OFFER", 15)
        iid = agent.field(offer, "interaction")
        agent.expect("ANSWERED", 5)
        time.sleep(1.5)  # some recording on disk
        (room,) = rooms_of(server)
        room.kill()  # kill -9 mid-call
        agent.expect(f"WRAPPED agent=bartek interaction={iid}", 15)  # the agent was freed
        con = db(server)
        row = con.execute("SELECT * FROM interactions WHERE id = ?", [iid]).fetchone()
        assert row["state"] == "closed"
        assert "killed by signal 9" in row["failure"]
        rec = wait_for(
            lambda: con.execute(
                "SELECT * FROM recordings WHERE interaction_id = ? AND state = 'repaired'", [iid]
            ).fetchone(),
            what="the crashed room's recording repaired",
        )
        assert rec["seconds"] > 0.5
        path = server.data_dir / "recordings" / rec["path"]
        samples, rate = read_wav(path)
        assert detect_tone(samples, 440, rate)
        # the killed room's two parts became one playable stereo file, sides apart
        assert (rec["channels"], rec["layout"]) == (2, "citizen/centre")
        assert_stereo(path, 440, 880)
        assert not list(path.parent.glob("*.part.wav*")), "the parts were left behind"
        # The pool refilled: a new room process answers the next caller.
        new_room = wait_for(lambda: rooms_of(server), 15, "a replacement room")
        assert new_room[0].pid != room.pid
    finally:
        citizen.stop()
    second = caller(server, tmp_path, "--dtmf", "1", "--seconds", "2", "--timeout", "30")
    try:
        agent.expect("ANSWERED", 20)
        assert second.wait(30) == 0
    finally:
        second.stop()
        agent.terminate()


def test_sipp_burst_larger_than_the_pool_is_refused_cleanly_and_nothing_sticks(
    phone_server, tmp_path
):
    run = asyncio.run(run_sipp(tmp_path, "options_uac.xml", phone_server.sip_port))
    assert run.rc == 0, run
    # Two rooms at most: the rest of a burst of 8 get 503 with a Retry-After.
    run = asyncio.run(
        run_sipp(tmp_path, "redirect_or_busy_uac.xml", phone_server.sip_port, calls=8, rate=100)
    )
    assert run.rc == 0, run
    redirects = [line for line in run.logs if line.startswith("redirect ")]
    busy = [line for line in run.logs if line.startswith("busy ")]
    assert 1 <= len(redirects) <= 2 and len(redirects) + len(busy) == 8, run
    assert all(line.split()[2].isdigit() for line in busy), run  # Retry-After seconds
    # sipp never follows its 302s: those rooms' reservations lapse, and a real caller gets
    # through afterwards (nothing is left stuck).
    agent = agents(phone_server, "--user", "bartek", "--answer-after", "0.2", "--talk", "1")
    citizen = caller(phone_server, tmp_path, "--dtmf", "1", "--seconds", "5", "--timeout", "30")
    try:
        agent.expect("ANSWERED", 20)
        assert citizen.wait(20) == 0
    finally:
        citizen.stop()
        agent.terminate()


def test_room_that_hangs_is_killed_its_caller_marked_failed_and_replaced(make_server, tmp_path):
    server = make_server(rooms=1, rooms_spare=1)
    citizen = caller(server, tmp_path, "--dtmf", "1", "--seconds", "60", "--timeout", "60")
    try:
        con = db(server)
        wait_for(
            lambda: con.execute(
                "SELECT 1 FROM interactions WHERE channel = 'voice' AND state = 'queued'"
            ).fetchone(),
            what="the caller queued",
        )
        (room,) = rooms_of(server)
        room.suspend()  # SIGSTOP: alive but silent, like a deadlock
        row = wait_for(
            lambda: con.execute(
                "SELECT * FROM interactions WHERE channel = 'voice' AND state = 'abandoned'"
            ).fetchone(),
            timeout=20,
            what="the hung room detected and its call ended",
        )
        assert row["failure"] == "room stopped answering (killed)"
        replacement = wait_for(
            lambda: [r for r in rooms_of(server) if r.pid != room.pid], 15, "a new room"
        )
        assert replacement and not psutil.pid_exists(room.pid) or room.status() == "zombie"
    finally:
        citizen.stop()


def test_sipp_follows_the_redirect_picks_a_topic_by_sip_info_and_hangs_up(phone_server, tmp_path):
    run = asyncio.run(
        run_sipp(tmp_path, "follow_redirect_uac.xml", phone_server.sip_port, calls=1, rate=1)
    )
    assert run.rc == 0, run
    assert any(line.startswith("room 1 127.0.0.1:") for line in run.logs), run
    con = db(phone_server)
    row = wait_for(
        lambda: con.execute(
            "SELECT * FROM interactions WHERE channel = 'voice' AND state = 'abandoned'"
        ).fetchone(),
        what="sipp's call queued by its SIP INFO digit, then abandoned by its BYE",
    )
    assert row["topic"] == FIRST_TOPIC
    assert row["caller"] == "487001001"
    assert 1.0 < row["wait_seconds"] < 10


def test_server_killed_mid_call_keeps_the_record_and_ends_the_call_on_restart(
    phone_server, tmp_path, tones
):
    tone_440, tone_880 = tones
    agent = agents(phone_server, "--user", "bartek", "--play", tone_880, "--answer-after", "0.2")
    citizen = caller(
        phone_server, tmp_path, "--play", tone_440, "--dtmf", "1", "--seconds", "60",
        "--timeout", "60",
    )  # fmt: skip
    try:
        iid = agent.field(agent.expect("OFFER", 15), "interaction")
        agent.expect("ANSWERED", 5)
        time.sleep(1.5)
        phone_server.kill()  # kill -9: its rooms see their control socket close and stop
        phone_server.start(timeout=40)
    finally:
        citizen.stop()
        agent.stop()
    con = db(phone_server)
    row = con.execute("SELECT * FROM interactions WHERE id = ?", [iid]).fetchone()
    assert row["state"] == "wrap_up"  # the agent still owes the wrap-up
    assert row["failure"] == "server restarted during the call"
    rec = wait_for(
        lambda: con.execute(
            "SELECT * FROM recordings WHERE interaction_id = ? AND state != 'recording'", [iid]
        ).fetchone(),
        what="the recording finished or repaired after the restart",
    )
    assert rec["state"] in ("complete", "repaired") and rec["seconds"] > 0.5
    path = phone_server.data_dir / "recordings" / rec["path"]
    assert tone_anywhere(path, 440)
    assert rec["layout"] == "citizen/centre"
    assert_stereo(path, 440, 880)  # the orphaned parts merged by the restarted server

    # Retention is per topic: the centre keeps recordings 90 days, this call's topic a
    # few seconds (`cc-server retention set`); the job at the restart deletes it, audits
    # the deletion with the policy that applied and the run with a summary per topic.
    config = tmp_path / "retention.toml"
    config.write_text("recording_retention_days = 90.0\n")
    phone_server.stop()
    topic = con.execute("SELECT topic FROM interactions WHERE id = ?", [iid]).fetchone()[0]
    subprocess.run(
        [sys.executable, "-m", "shared.server.cli", "--data-dir", str(phone_server.data_dir),
         "retention", "set", topic, "0.00001"],
        cwd=ROOT, check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    phone_server.extra_args = ["--config", str(config)]
    phone_server.start(timeout=40)
    rec = wait_for(
        lambda: con.execute(
            "SELECT * FROM recordings WHERE interaction_id = ? AND state = 'deleted'", [iid]
        ).fetchone(),
        what="the recording deleted by retention",
    )
    assert not path.exists()
    audit = con.execute(
        "SELECT actor, detail FROM audit_log WHERE action = 'recording_deleted' AND target = ?",
        [iid],
    ).fetchone()
    assert audit["actor"] == "system" and rec["path"] in audit["detail"]
    assert json.loads(audit["detail"])["reason"] == f"retention 1e-05 days ({topic})"
    # The run's summary is written after its last deletion: wait for it too.
    wait_for(
        lambda: (
            {"deleted": {topic: 1}}
            in [
                json.loads(r[0])
                for r in con.execute("SELECT detail FROM audit_log WHERE action = 'retention.run'")
            ]
        ),
        what="the retention run's summary",
    )
