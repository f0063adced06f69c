"""Monitoring follows who is in the conversation, and a supervisor takes a monitored
chat over, over real websockets against a real server: staff joining a monitored chat
are told at once; a chat that moves to staff outside the supervisor's teams stops being
monitored (``not_your_team``, audited); take-over makes the supervisor the owner (the
agent leaves owing nothing, the citizen sees the supervisor join), the supervisor
writes to the citizen and ends it; refusals are errors and audited."""

from __future__ import annotations

import asyncio
import json

import pytest

from shared import protocol as p
from tests.integration.test_monitoring_chat import audit_rows, live_chat
from tests.support.bots import available, staff

pytestmark = pytest.mark.slow

PERMITS = "Architecture & Building"  # ewa and marta


async def consult_ewa(anna, ewa, ewa_rec, iid: str) -> None:
    reply = await anna.request(p.RequestConsult(id=0, interaction_id=iid, department=PERMITS))
    assert reply.expert == "ewa"
    await ewa_rec.next(p.OfferCreated, lambda e: e.interaction.id == iid)
    await ewa.request(p.AcceptOffer(id=0, interaction_id=iid))
    await ewa_rec.next(p.InteractionAssigned, lambda e: e.interaction.id == iid)


async def test_staff_who_join_a_monitored_chat_are_told_at_once(cc_server):
    anna, anna_rec = await staff(cc_server.url, "anna")
    ewa, ewa_rec = await staff(cc_server.url, "ewa")
    sam, sam_rec = await staff(cc_server.url, "sam")
    jan = None
    try:
        await available(anna)
        await available(ewa)
        jan, _, iid = await live_chat(cc_server, anna, anna_rec)
        await sam.request(p.StartMonitor(id=0, interaction_id=iid, mode="whisper"))
        await anna_rec.next(p.MonitorChanged)
        await consult_ewa(anna, ewa, ewa_rec, iid)
        # told at once, not at the next mode change
        shown = await ewa_rec.next(p.MonitorChanged, timeout=5)
        assert (shown.monitor.supervisor_name, shown.monitor.mode) == ("Sam Supervisor", "whisper")
        assert not shown.stopped
        # ... and Sam still monitors (ewa is of his teams)
        assert not [e for e in sam_rec.of(p.MonitorChanged) if e.stopped]
    finally:
        for c in (anna, ewa, sam, jan):
            if c is not None:
                await c.close()


async def test_monitoring_stops_when_the_chat_moves_outside_the_supervisors_teams(cc_server):
    admin, _ = await staff(cc_server.url, "admin")
    anna, anna_rec = await staff(cc_server.url, "anna")
    ewa, ewa_rec = await staff(cc_server.url, "ewa")
    sam, sam_rec = await staff(cc_server.url, "sam")
    jan = None
    try:
        teams = (await admin.request(p.TeamList(id=0))).teams
        second = next(t.id for t in teams if t.name == "Second line")
        await admin.request(p.TeamSetMember(id=0, team_id=second, user="ewa", member=False))
        await available(anna)
        await available(ewa)
        jan, _, iid = await live_chat(cc_server, anna, anna_rec)
        await sam.request(p.StartMonitor(id=0, interaction_id=iid, mode="listen"))
        await consult_ewa(anna, ewa, ewa_rec, iid)
        stop = await sam_rec.next(p.MonitorChanged, lambda e: e.stopped, timeout=5)
        assert stop.reason == "not_your_team"
        assert (await anna_rec.next(p.MonitorChanged, lambda e: e.stopped)).reason == (
            "not_your_team"
        )
        # the outsider never learns of the monitoring, and Sam gets nothing more of it
        assert not ewa_rec.of(p.MonitorChanged)
        await ewa.request(p.SendInternal(id=0, interaction_id=iid, text="Under 35 m2 is fine"))
        await anna_rec.next(p.InternalMessageEvent)
        assert not [e for e in sam_rec.of(p.InternalMessageEvent) if e.interaction_id == iid]
    finally:
        for c in (admin, anna, ewa, sam, jan):
            if c is not None:
                await c.close()
    stops = [r for r in audit_rows(cc_server) if r["action"] == "monitor_stop"]
    assert [(r["actor"], r["target"]) for r in stops] == [("sam", iid)]
    detail = json.loads(stops[0]["detail"])
    assert detail["reason"] == "not_your_team" and detail["staff"] == ["ewa"]


def db_rows(server, sql: str, *args):
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(server.data_dir / "cc.db")) as con:
        con.row_factory = sqlite3.Row
        return con.execute(sql, args).fetchall()


async def test_supervisor_takes_a_monitored_chat_over_writes_to_the_citizen_and_ends_it(
    cc_server,
):
    anna, anna_rec = await staff(cc_server.url, "anna")
    sam, sam_rec = await staff(cc_server.url, "sam")
    jan = None
    try:
        await available(anna)
        jan, jan_rec, iid = await live_chat(cc_server, anna, anna_rec)
        await sam.request(p.StartMonitor(id=0, interaction_id=iid, mode="listen"))
        taken = await sam.request(p.TakeOver(id=0, interaction_id=iid))
        assert isinstance(taken, p.TakenOver)
        assert taken.interaction.agent == "sam" and taken.interaction.state == "active"
        assert [(x.username, x.role) for x in taken.interaction.participants] == [("sam", "owner")]
        # the agent leaves it, owing nothing, and is told who took it
        closed = await anna_rec.next(p.InteractionClosed, lambda e: e.interaction_id == iid)
        assert not closed.wrapup_required
        assert "Sam Supervisor took over" in closed.reason
        assert (await sam_rec.next(p.MonitorChanged, lambda e: e.stopped)).reason == "taken_over"
        # the citizen sees the supervisor join
        await jan_rec.next(p.AgentJoined, lambda e: e.agent_name == "Sam Supervisor")
        left = await jan_rec.next(p.ParticipantsChanged, lambda e: e.left)
        assert left.left == "Anna Kowalska"
        assert [x.username for x in left.participants] == ["sam"]
        # the supervisor writes to the citizen (as the owner now), and reads the citizen
        await sam.request(p.SendChat(id=0, interaction_id=iid, text="I am Sam, the team lead."))
        heard = await jan_rec.next(p.ChatMessageEvent, lambda e: e.message.text.startswith("I am"))
        assert heard.message.sender_name == "Sam Supervisor"
        await jan.request(p.SendChat(id=0, interaction_id=iid, text="Thank you, Sam"))
        await sam_rec.next(p.ChatMessageEvent, lambda e: e.message.text == "Thank you, Sam")
        assert not [
            e for e in anna_rec.of(p.ChatMessageEvent) if e.message.text == "Thank you, Sam"
        ]
        with pytest.raises(p.ProtocolError) as err:  # the agent is out of it
            await anna.request(p.SendChat(id=0, interaction_id=iid, text="Hello?"))
        assert err.value.code == "not_found"
        # ... and free: the next chat is offered to her at once
        ola, _, second = await live_chat(cc_server, anna, anna_rec, "Another bin")
        await ola.close()
        # the supervisor ends it and owes no wrap-up
        await sam.request(p.CloseInteraction(id=0, interaction_id=iid))
        done = await sam_rec.next(p.InteractionClosed, lambda e: e.interaction_id == iid)
        assert not done.wrapup_required
        await jan_rec.next(p.InteractionClosed)
    finally:
        for c in (anna, sam, jan):
            if c is not None:
                await c.close()
    assert [
        r["state"] for r in db_rows(cc_server, "SELECT state FROM interactions WHERE id = ?", iid)
    ] == ["closed"]
    people = db_rows(
        cc_server,
        "SELECT username, role, wrapup_due FROM interaction_participants"
        " WHERE interaction_id = ? ORDER BY id",
        iid,
    )
    assert [(r["username"], r["role"], r["wrapup_due"]) for r in people] == [
        ("anna", "owner", 0),
        ("sam", "owner", 0),
    ]
    rows = audit_rows(cc_server, "take_over")
    assert [(r["action"], r["actor"], r["target"]) for r in rows] == [("take_over", "sam", iid)]
    assert json.loads(rows[0]["detail"])["from"] == "anna"
    stops = [r for r in audit_rows(cc_server) if r["action"] == "monitor_stop"]
    assert [json.loads(r["detail"])["reason"] for r in stops] == ["taken_over"]


async def test_take_over_refusals_are_errors_and_audited(cc_server):
    admin, _ = await staff(cc_server.url, "admin")
    anna, anna_rec = await staff(cc_server.url, "anna")
    bartek, bartek_rec = await staff(cc_server.url, "bartek")
    ewa, ewa_rec = await staff(cc_server.url, "ewa")
    sam, _ = await staff(cc_server.url, "sam")
    clients = [admin, anna, bartek, ewa, sam]
    try:
        await available(anna)
        jan, _, iid = await live_chat(cc_server, anna, anna_rec)
        clients.append(jan)

        async def refused(client, code, interaction_id=iid):
            with pytest.raises(p.ProtocolError) as err:
                await client.request(p.TakeOver(id=0, interaction_id=interaction_id))
            assert err.value.code == code, err.value
            return err.value

        await refused(anna, "forbidden")  # agents do not take over
        await refused(sam, "not_found", "nope")
        await refused(sam, "not_found", "x" * 5000)
        assert "monitor it first" in (await refused(sam, "conflict")).message
        await admin.request(p.StartMonitor(id=0, interaction_id=iid, mode="listen"))
        await refused(sam, "conflict")  # the admin monitors it, not Sam
        await admin.request(p.StopMonitor(id=0, interaction_id=iid))

        # a consultation under way ends first
        await available(ewa)
        await sam.request(p.StartMonitor(id=0, interaction_id=iid, mode="listen"))
        await anna.request(p.RequestConsult(id=0, interaction_id=iid, department=PERMITS))
        await ewa_rec.next(p.OfferCreated)
        assert "consultation" in (await refused(sam, "conflict")).message
        await anna.request(p.CancelConsult(id=0, interaction_id=iid))
        await sam.request(p.StopMonitor(id=0, interaction_id=iid))

        # another team's conversation: bartek is in none of Sam's teams
        teams = (await admin.request(p.TeamList(id=0))).teams
        front = next(t.id for t in teams if t.name == "Front line")
        await admin.request(p.TeamSetMember(id=0, team_id=front, user="bartek", member=False))
        await available(bartek)
        await anna.request(p.SetPresence(id=0, state="not_ready", reason="Lunch"))
        ola, _, other = await live_chat(cc_server, bartek, bartek_rec, "Parking")
        clients.append(ola)
        await refused(sam, "not_your_team", other)
        # the server is fine throughout, and the chat is still anna's
        assert isinstance(await sam.request(p.Ping(id=0)), p.Pong)
        await anna.request(p.SendChat(id=0, interaction_id=iid, text="Still here"))
    finally:
        for c in clients:
            await c.close()
    rows = audit_rows(cc_server, "take_over")
    assert all(r["action"] == "take_over_refused" for r in rows)
    codes = [(r["actor"], json.loads(r["detail"])["code"]) for r in rows]
    assert codes == [
        ("anna", "forbidden"),
        ("sam", "not_found"),
        ("sam", "not_found"),
        ("sam", "conflict"),
        ("sam", "conflict"),
        ("sam", "conflict"),
        ("sam", "not_your_team"),
    ]
    assert all(len(r["target"]) <= 64 for r in rows)


async def test_a_chat_taken_over_is_still_the_supervisors_after_kill_9(cc_server):
    anna, anna_rec = await staff(cc_server.url, "anna")
    sam, _ = await staff(cc_server.url, "sam")
    await available(anna)
    jan, _, iid = await live_chat(cc_server, anna, anna_rec)
    await sam.request(p.StartMonitor(id=0, interaction_id=iid, mode="listen"))
    await sam.request(p.TakeOver(id=0, interaction_id=iid))  # acknowledged: it must stay
    for c in (anna, sam, jan):
        c.max_backoff = 0.3
    cc_server.kill()
    cc_server.start()
    await asyncio.gather(*(c.close() for c in (anna, sam, jan)))

    sam, sam_rec = await staff(cc_server.url, "sam")
    anna, _ = await staff(cc_server.url, "anna")
    try:
        assert iid not in anna.welcome.interactions  # not given back to the agent
        sent = await sam.request(p.SendChat(id=0, interaction_id=iid, text="Still with you"))
        assert sent.message.sender_name == "Sam Supervisor"
        await sam.request(p.CloseInteraction(id=0, interaction_id=iid))
        done = await sam_rec.next(p.InteractionClosed, lambda e: e.interaction_id == iid)
        assert not done.wrapup_required
    finally:
        await asyncio.gather(sam.close(), anna.close())
    states = db_rows(cc_server, "SELECT state FROM interactions WHERE id = ?", iid)
    assert [r["state"] for r in states] == ["closed"]
