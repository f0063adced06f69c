"""Monitoring follows who is in the conversation, and a supervisor takes a monitored
chat over, over real websockets against a real server: staff joining a monitored chat
are told at once; a chat that moves to staff outside the supervisor's teams stops being
monitored (``not_your_team``, audited); take-over makes the supervisor the owner (the
agent leaves owing nothing, the citizen sees the supervisor join), the supervisor
writes to the citizen and ends it; refusals are errors and audited."""

from __future__ import annotations

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
