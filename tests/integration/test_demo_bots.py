"""The demo's simulated citizens and agents, in-process against a real server.

The benchmarks drive the same bots with ``pace=0`` (no human delays); here a handful of
citizens come and go and every chat must be served, closed and wrapped up.
"""

from __future__ import annotations

import asyncio

from shared import protocol as p
from shared.demo.agents import AgentBehaviour, AgentBot, run_agents
from shared.demo.citizens import CitizenBehaviour, CitizenCrowd
from tests.support.bots import Recorder, staff

FAST_CITIZENS = CitizenBehaviour(pace=0.0)
FAST_AGENTS = AgentBehaviour(pace=0.0, quiet_timeout=2.0, break_share=0.0)


async def test_every_citizen_is_served_closed_and_wrapped_up(crowd_server):
    cc_server = crowd_server  # six simulated citizens from this one machine
    supervisor, events = await staff(cc_server.url, "sam")
    await supervisor.request(p.Subscribe(id=0))
    stop = asyncio.Event()
    agents = asyncio.create_task(
        run_agents(cc_server.url, ["bartek", "celina"], stop, behaviour=FAST_AGENTS, seed=1)
    )
    # Both agents are available before anyone asks.
    await events.next(p.AgentStatus, lambda e: e.username == "bartek" and e.presence == "available")
    await events.next(p.AgentStatus, lambda e: e.username == "celina" and e.presence == "available")
    crowd = CitizenCrowd(
        cc_server.url,
        per_minute=600,
        behaviour=FAST_CITIZENS,
        seed=2,
        topics=["taxes", "documents"],
        max_citizens=6,
    )
    citizens = await asyncio.wait_for(crowd.run(), 20)
    stop.set()
    agent_stats = await asyncio.wait_for(agents, 10)
    await supervisor.close()

    summary = citizens.as_dict()
    assert summary["chats_started"] == 6
    assert summary["chats_served"] == 6
    assert summary["chats_closed"] == 6
    assert summary["chats_abandoned"] == 0
    assert summary["failed"] == 0
    assert citizens.messages_sent >= 6  # at least a thank-you each
    assert agent_stats.accepted == 6
    assert agent_stats.wrapups == 6
    assert agent_stats.errors == 0


async def test_impatient_citizen_abandons_when_nobody_answers(cc_server):
    crowd = CitizenCrowd(
        cc_server.url,
        per_minute=600,
        seed=3,
        topics=["permits"],
        max_citizens=1,
        behaviour=CitizenBehaviour(pace=0.0, impatient_share=1.0, impatient_patience=(0.3, 0.3)),
    )
    stats = await asyncio.wait_for(crowd.run(), 10)
    assert stats.started == 1
    assert stats.abandoned == 1
    assert stats.as_dict()["outcomes"] == {"abandoned": 1}


async def test_agent_bot_comes_back_after_a_supervisor_sends_it_away(cc_server):
    bot = AgentBot(cc_server.url, "dawid", behaviour=AgentBehaviour(supervisor_break=0.3), seed=4)
    await bot.start()
    run = asyncio.create_task(bot.run(grace=1.0))
    supervisor, _ = await staff(cc_server.url, "sam")
    watch = Recorder()
    dawid_view = await staff(cc_server.url, "dawid")  # a second session sees dawid's events
    dawid_view[0].on_event = watch
    try:
        await supervisor.request(
            p.ForcePresence(id=0, user="dawid", state="not_ready", reason="Coaching")
        )
        forced = await watch.next(p.PresenceChanged, lambda e: e.presence == "not_ready")
        assert forced.reason == "Coaching" and forced.by == "sam"
        back = await watch.next(p.PresenceChanged, lambda e: e.presence == "available")
        assert back.by == "dawid"
        assert bot.stats.forced == 1
    finally:
        bot.stop.set()
        await asyncio.wait_for(run, 5)
        await supervisor.close()
        await dawid_view[0].close()
