"""A supervisor's actions on an agent over the real server: force Available, Not Ready
(with a reason), Offline, log out (audited), and the agent's timeline for today."""

from __future__ import annotations

import asyncio
import json
import sqlite3
from contextlib import closing

import pytest

from shared import protocol as p
from tests.support.bots import staff


def audit(server, action: str) -> list[dict]:
    with closing(sqlite3.connect(server.data_dir / "cc.db")) as con:
        rows = con.execute(
            "SELECT actor, target, detail FROM audit_log WHERE action = ? ORDER BY id", [action]
        ).fetchall()
    return [{"actor": a, "target": t, **json.loads(d)} for a, t, d in rows]


async def test_force_available_not_ready_offline_then_the_timeline(cc_server):
    agent, arec = await staff(cc_server.url, "anna")
    sup, srec = await staff(cc_server.url, "sam")
    await sup.request(p.Subscribe(id=0))
    await sup.request(p.ForcePresence(id=0, user="anna", state="available"))
    changed = await arec.next(p.PresenceChanged, lambda m: m.presence == "available")
    assert changed.by == "sam" and changed.reason == ""
    await srec.next(p.AgentStatus, lambda a: a.username == "anna" and a.ready)
    await sup.request(p.ForcePresence(id=0, user="anna", state="not_ready", reason="Meeting"))
    changed = await arec.next(p.PresenceChanged, lambda m: m.presence == "not_ready")
    assert changed.reason == "Meeting" and changed.by == "sam"
    await sup.request(p.ForcePresence(id=0, user="anna", state="offline"))
    await arec.next(p.PresenceChanged, lambda m: m.presence == "offline")
    assert [(a["state"], a["target"]) for a in audit(cc_server, "force_presence")] == [
        ("available", "anna"),
        ("not_ready", "anna"),
        ("offline", "anna"),
    ]

    timeline = await sup.request(p.GetTimeline(id=0, user="anna"))
    shown = [(s.presence, s.reason) for s in timeline.segments]
    assert shown[-3:] == [
        ("available", ""),
        ("not_ready", "Meeting"),
        ("offline", "Set by supervisor"),
    ]
    assert timeline.segments[0].start == timeline.day_start
    assert timeline.segments[-1].end == timeline.now
    assert all(
        a.end == b.start for a, b in zip(timeline.segments, timeline.segments[1:], strict=False)
    )
    assert timeline.segments[-2].by == "sam"
    for c in (agent, sup):
        await c.close()


async def test_log_out_ends_the_agents_session_for_good_and_is_audited(cc_server):
    agent, arec = await staff(cc_server.url, "anna")
    await agent.request(p.SetPresence(id=0, state="available"))
    sup, srec = await staff(cc_server.url, "sam")
    await sup.request(p.Subscribe(id=0))
    await sup.request(p.ForceLogout(id=0, user="anna"))
    gone = await srec.next(
        p.AgentStatus, lambda a: a.username == "anna" and not a.connected, timeout=10
    )
    assert gone.presence == "offline"
    async with asyncio.timeout(10):
        while agent.connected:
            await asyncio.sleep(0.05)
    await asyncio.sleep(1.5)  # the client's reconnect finds its token revoked
    assert not agent.connected and agent.signed_out == p.SIGNED_OUT_BY_SUPERVISOR
    [entry] = audit(cc_server, "force_logout")
    assert entry["actor"] == "sam" and entry["target"] == "anna" and entry["connections"] == 1
    await agent.close()
    await sup.close()


@pytest.mark.parametrize(
    "msg",
    [
        p.ForceLogout(id=0, user="anna"),
        p.GetTimeline(id=0, user="anna"),
        p.ForcePresence(id=0, user="bartek", state="available"),
    ],
)
async def test_agents_may_not_act_on_agents(cc_server, msg):
    agent, _ = await staff(cc_server.url, "ewa")
    with pytest.raises(p.ProtocolError) as refused:
        await agent.request(msg)
    assert refused.value.code == "forbidden"
    await agent.close()


async def test_unknown_agents_are_not_found(cc_server):
    sup, _ = await staff(cc_server.url, "sam")
    for msg in (p.ForceLogout(id=0, user="nobody"), p.GetTimeline(id=0, user="sam")):
        with pytest.raises(p.ProtocolError) as refused:
            await sup.request(msg)
        assert refused.value.code == "not_found"
    await sup.close()
