"""Monitoring of live chats over real websockets against a real server: the supervisor
sees the transcript update live, a whisper note reaches the agent and never the citizen,
barge reaches the citizen (who sees the supervisor join); refusals are errors and
audited; the audit log lists every mode change; ``cc-server audit`` lists it too."""

from __future__ import annotations

import asyncio
import json
import sqlite3
import subprocess
import sys
from contextlib import closing

import pytest

from shared import protocol as p
from tests.support.bots import available, citizen, staff
from tests.support.server import ROOT

pytestmark = pytest.mark.slow


async def live_chat(server, agent, agent_rec, text="My bin was not emptied."):
    jan, jan_rec = await citizen(server.url)
    started = await jan.request(p.StartChat(id=0, topic="waste", text=text, name="Jan"))
    iid = started.interaction.id
    await agent_rec.next(p.OfferCreated, lambda e: e.interaction.id == iid)
    await agent.request(p.AcceptOffer(id=0, interaction_id=iid))
    await agent_rec.next(p.InteractionAssigned, lambda e: e.interaction.id == iid)
    return jan, jan_rec, iid


def audit_rows(server, prefix="monitor"):
    with closing(sqlite3.connect(server.data_dir / "cc.db")) as con:
        con.row_factory = sqlite3.Row
        return con.execute(
            "SELECT * FROM audit_log WHERE action LIKE ? ORDER BY id", [prefix + "%"]
        ).fetchall()


async def test_supervisor_watches_whispers_and_barges_into_a_chat(cc_server):
    anna, anna_rec = await staff(cc_server.url, "anna")
    sam, sam_rec = await staff(cc_server.url, "sam")
    jan = None
    try:
        await available(anna)
        jan, jan_rec, iid = await live_chat(cc_server, anna, anna_rec)
        await anna.request(p.SendChat(id=0, interaction_id=iid, text="Which street?"))

        started = await sam.request(p.StartMonitor(id=0, interaction_id=iid, mode="listen"))
        assert started.monitor.mode == "listen" and started.monitor.supervisor == "sam"
        assert started.interaction.agent == "anna" and started.phone_secret == ""
        assert [m.text for m in started.messages] == ["My bin was not emptied.", "Which street?"]
        # the policy (default) shows the agent who monitors them
        shown = await anna_rec.next(p.MonitorChanged)
        assert (shown.monitor.supervisor_name, shown.monitor.mode) == ("Sam Supervisor", "listen")

        # the transcript updates live, both sides
        await jan.request(p.SendChat(id=0, interaction_id=iid, text="Lipowa 5"))
        seen = await sam_rec.next(p.ChatMessageEvent, lambda e: e.message.text == "Lipowa 5")
        assert seen.interaction_id == iid
        await anna.request(p.SendChat(id=0, interaction_id=iid, text="Thank you, checking."))
        await sam_rec.next(p.ChatMessageEvent, lambda e: e.message.sender == "agent")

        # listen is read-only
        with pytest.raises(p.ProtocolError) as err:
            await sam.request(p.SendMonitor(id=0, interaction_id=iid, text="psst"))
        assert err.value.code == "conflict"

        # whisper: a private note the agent gets like a colleague's internal message
        await sam.request(p.SetMonitorMode(id=0, interaction_id=iid, mode="whisper"))
        assert (await anna_rec.next(p.MonitorChanged)).monitor.mode == "whisper"
        sent = await sam.request(
            p.SendMonitor(id=0, interaction_id=iid, text="Offer the bulky-waste date.")
        )
        assert isinstance(sent, p.InternalSent) and sent.message.sender == "sam"
        note = await anna_rec.next(p.InternalMessageEvent)
        assert note.message.text == "Offer the bulky-waste date."
        assert note.message.sender_name == "Sam Supervisor"
        # the agent answers the coach; the supervisor sees it too
        await anna.request(p.SendInternal(id=0, interaction_id=iid, text="Will do"))
        back = await sam_rec.next(p.InternalMessageEvent, lambda e: e.message.sender == "anna")
        assert back.message.text == "Will do"

        # barge: the citizen sees the supervisor join, then their message
        await sam.request(p.SetMonitorMode(id=0, interaction_id=iid, mode="barge"))
        joined = await jan_rec.next(p.ParticipantsChanged, lambda e: e.joined)
        assert joined.joined == "Sam Supervisor"
        assert "sam" in [x.username for x in joined.participants]
        sent = await sam.request(
            p.SendMonitor(id=0, interaction_id=iid, text="I am the team lead, we will come today.")
        )
        assert isinstance(sent, p.ChatSent)
        heard = await jan_rec.next(p.ChatMessageEvent, lambda e: e.message.text.startswith("I am"))
        assert heard.message.sender_name == "Sam Supervisor"
        await anna_rec.next(p.ChatMessageEvent, lambda e: e.message.text.startswith("I am"))

        # back to listen: the citizen sees the supervisor leave
        await sam.request(p.SetMonitorMode(id=0, interaction_id=iid, mode="listen"))
        left = await jan_rec.next(p.ParticipantsChanged, lambda e: e.left)
        assert left.left == "Sam Supervisor"
        assert "sam" not in [x.username for x in left.participants]

        # the agent closes the chat: the monitoring ends cleanly, both are told
        await anna.request(p.CloseInteraction(id=0, interaction_id=iid))
        stop = await sam_rec.next(p.MonitorChanged, lambda e: e.stopped)
        assert stop.reason == "ended"
        assert (await anna_rec.next(p.MonitorChanged, lambda e: e.stopped)).reason == "ended"

        # the citizen never saw the whisper, nor anything internal
        texts = [e.message.text for e in jan_rec.of(p.ChatMessageEvent)]
        assert "Offer the bulky-waste date." not in texts and "Will do" not in texts
        assert not jan_rec.of(p.InternalMessageEvent) and not jan_rec.of(p.MonitorChanged)
    finally:
        for c in (anna, sam, jan):
            if c is not None:
                await c.close()

    rows = audit_rows(cc_server)
    assert [(r["action"], r["actor"], r["target"]) for r in rows] == [
        ("monitor_start", "sam", iid),
        ("monitor_mode", "sam", iid),
        ("monitor_mode", "sam", iid),
        ("monitor_mode", "sam", iid),
        ("monitor_stop", "sam", iid),
    ]
    modes = [json.loads(r["detail"]).get("mode") for r in rows]
    assert modes == ["listen", "whisper", "barge", "listen", "listen"]
    assert json.loads(rows[-1]["detail"])["reason"] == "ended"
    times = [r["ts"] for r in rows]
    assert times == sorted(times)

    # an auditor lists them beside the running server
    out = subprocess.run(
        [sys.executable, "-m", "shared.server.cli", "--data-dir", str(cc_server.data_dir),
         "audit", "--action", "monitor", "--target", iid],
        cwd=ROOT, capture_output=True, text=True, timeout=60, check=True,
    ).stdout.splitlines()  # fmt: skip
    assert len(out) == 5
    assert "monitor_start" in out[0] and "mode=listen" in out[0]
    assert "monitor_mode" in out[1] and "mode=whisper" in out[1] and "was=listen" in out[1]
    assert "monitor_stop" in out[4] and "reason=ended" in out[4]


async def test_refusals_are_errors_and_audited(cc_server):
    anna, anna_rec = await staff(cc_server.url, "anna")
    bartek, _ = await staff(cc_server.url, "bartek")
    ewa, _ = await staff(cc_server.url, "ewa")
    sam, sam_rec = await staff(cc_server.url, "sam")
    admin, _ = await staff(cc_server.url, "admin")
    jan = None
    try:
        await available(anna)
        jan, _jan_rec, iid = await live_chat(cc_server, anna, anna_rec)
        for who in (bartek, ewa, anna):  # an agent, an expert, the agent of the chat itself
            with pytest.raises(p.ProtocolError) as err:
                await who.request(p.StartMonitor(id=0, interaction_id=iid, mode="listen"))
            assert err.value.code == "forbidden"
        with pytest.raises(p.ProtocolError) as err:
            await sam.request(p.StartMonitor(id=0, interaction_id="nope", mode="listen"))
        assert err.value.code == "not_found"
        with pytest.raises(p.ProtocolError) as err:
            await sam.request(p.SetMonitorMode(id=0, interaction_id=iid, mode="barge"))
        assert err.value.code == "not_found"  # not monitoring it
        with pytest.raises(p.ProtocolError) as err:
            await sam.request(p.StartMonitor(id=0, interaction_id="x" * 5000, mode="listen"))
        assert err.value.code == "not_found"
        await sam.request(p.StartMonitor(id=0, interaction_id=iid, mode="listen"))
        with pytest.raises(p.ProtocolError) as err:  # one supervisor at a time
            await admin.request(p.StartMonitor(id=0, interaction_id=iid, mode="listen"))
        assert err.value.code == "conflict" and "Sam Supervisor" in err.value.message
        await sam.request(p.StopMonitor(id=0, interaction_id=iid))
        assert (await sam_rec.next(p.MonitorChanged, lambda e: e.stopped)).reason == "supervisor"
        # ... now the admin may; the server is alive and well throughout
        await admin.request(p.StartMonitor(id=0, interaction_id=iid, mode="whisper"))
        assert isinstance(await anna.request(p.Ping(id=0)), p.Pong)
    finally:
        for c in (anna, bartek, ewa, sam, admin, jan):
            if c is not None:
                await c.close()

    rows = audit_rows(cc_server)
    refused = [r for r in rows if r["action"] == "monitor_refused"]
    assert [r["actor"] for r in refused] == ["bartek", "ewa", "anna", "sam", "sam", "admin"]
    codes = [json.loads(r["detail"])["code"] for r in refused]
    assert codes == ["forbidden"] * 3 + ["not_found"] * 2 + ["conflict"]
    assert all(len(r["target"]) <= 64 for r in refused)
    assert [r["action"] for r in rows if r["action"] != "monitor_refused"] == [
        "monitor_start",
        "monitor_stop",
        "monitor_start",
    ]


async def test_supervisor_who_signs_out_stops_monitoring(cc_server):
    anna, anna_rec = await staff(cc_server.url, "anna")
    sam, _ = await staff(cc_server.url, "sam")
    jan = None
    try:
        await available(anna)
        jan, _, iid = await live_chat(cc_server, anna, anna_rec)
        await sam.request(p.StartMonitor(id=0, interaction_id=iid, mode="listen"))
        await anna_rec.next(p.MonitorChanged)
        await sam.close()
        stop = await anna_rec.next(p.MonitorChanged, lambda e: e.stopped, timeout=15)
        assert stop.reason == "signed_out"
    finally:
        await asyncio.gather(anna.close(), *(c.close() for c in (jan,) if c is not None))
