"""Wallboard figures over real websockets: a scripted day whose service level,
abandonment, ASA and AHT are known by construction, with the centre's clock driven."""

from __future__ import annotations

import asyncio
from datetime import datetime
from zoneinfo import ZoneInfo

from shared import protocol as p
from shared.demo.seed import seed_demo
from shared.server.app import RoutingServer
from shared.server.config import ServerConfig
from tests.support.bots import citizen, staff

ZONE = "Europe/Warsaw"
NOON = datetime(2024, 3, 5, 12, 0, tzinfo=ZoneInfo(ZONE)).timestamp()
MIDNIGHT = datetime(2024, 3, 6, 0, 0, tzinfo=ZoneInfo(ZONE)).timestamp()


class Clock:
    def __init__(self, t: float) -> None:
        self.t = t

    def __call__(self) -> float:
        return self.t


async def running(tmp_path, clock: Clock, *, seed: bool) -> RoutingServer:
    config = ServerConfig(
        data_dir=str(tmp_path / "cc-data"),
        port=0,
        telephony=False,
        timezone=ZONE,
        token_lifetime=30 * 86400.0,
    )
    server = RoutingServer(config, clock)
    await server.start(seed_demo if seed else None)
    return server


async def answer_after(agent, arec, clock: Clock, wait: float, text: str) -> str:
    """A citizen asks; nobody is free for ``wait`` seconds; then the agent answers."""
    cit, _ = await citizen(URL[0])
    started = await cit.request(p.StartChat(id=0, topic="waste", text=text))
    clock.t += wait
    await agent.request(p.SetPresence(id=0, state="available"))
    offer = await arec.next(p.OfferCreated, lambda o: o.interaction.id == started.interaction.id)
    await agent.request(p.AcceptOffer(id=0, interaction_id=offer.interaction.id))
    await agent.request(p.SetPresence(id=0, state="not_ready", reason="Break"))
    CITIZENS.append(cit)
    return started.interaction.id


async def abandon_after(clock: Clock, wait: float) -> None:
    cit, _ = await citizen(URL[0])
    started = await cit.request(p.StartChat(id=0, topic="waste", text="hello?"))
    clock.t += wait
    await cit.request(p.CloseInteraction(id=0, interaction_id=started.interaction.id))
    CITIZENS.append(cit)


URL: list[str] = [""]
CITIZENS: list = []


async def test_figures_of_a_scripted_day_then_restart_then_midnight(tmp_path):
    clock = Clock(NOON)
    server = await running(tmp_path, clock, seed=True)
    URL[0] = f"ws://127.0.0.1:{server.port}/ws"
    try:
        agent, arec = await staff(URL[0], "anna")
        sup, srec = await staff(URL[0], "sam")
        snap = await sup.request(p.Subscribe(id=0))
        assert snap.settings.service_level_seconds == 20 and snap.settings.timezone == ZONE
        assert snap.centre.today.day == "2024-03-05" and snap.centre.today.answered == 0

        first = await answer_after(agent, arec, clock, 10, "bins")  # in service level
        await answer_after(agent, arec, clock, 30, "street lamp")  # late
        await answer_after(agent, arec, clock, 15, "noise")  # in
        await abandon_after(clock, 3)  # short: counts neither way
        await abandon_after(clock, 40)
        # the first chat: closed, then wrapped up 20 s later -> its handle time
        answered_first = NOON + 10
        clock.t += 100
        await agent.request(p.CloseInteraction(id=0, interaction_id=first))
        clock.t += 20
        await agent.request(p.SubmitWrapup(id=0, interaction_id=first, topic="Other"))
        handle = clock.t - answered_first

        def figures_done(q: p.QueueStatus) -> bool:
            return q.topic == "waste" and q.today.handled == 1 and q.today.abandoned == 2

        waste = await srec.next(p.QueueStatus, figures_done, timeout=10)
        today = waste.today
        assert (today.answered, today.answered_in_threshold) == (3, 2)
        assert (today.abandoned, today.abandoned_short) == (2, 1)
        assert today.service_level == 2 / (3 + 2 - 1)
        assert today.abandonment_rate == 1 / (3 + 2 - 1)
        assert today.average_speed_of_answer == (10 + 30 + 15) / 3
        assert today.average_handle_time == handle
        update = next(
            e for e in reversed(srec.events) if isinstance(e, p.WallboardUpdate) and e.centre
        )
        assert update.centre.today.service_level == 0.5
        assert update.centre.agents_by_presence.get("not_ready") == 1
        # The agent grid names what anna handles, not ids.
        anna = next(a for a in reversed(srec.of(p.AgentStatus)) if a.username == "anna")
        assert len(anna.handling) == 2 and len(anna.interactions) == 2
        assert {h.topic for h in anna.handling} == {"Waste collection"}
        assert {h.channel for h in anna.handling} == {"chat"}
        assert sorted(h.since for h in anna.handling) == [NOON + 10 + 30, NOON + 10 + 30 + 15]
        for c in (agent, sup, *CITIZENS):
            await c.close()
        CITIZENS.clear()
    finally:
        await server.stop()

    # A restart rebuilds the day's counters from the store.
    server = await running(tmp_path, clock, seed=False)
    URL[0] = f"ws://127.0.0.1:{server.port}/ws"
    try:
        sup, srec = await staff(URL[0], "sam")
        snap = await sup.request(p.Subscribe(id=0))
        again = next(q for q in snap.queues if q.topic == "waste").today
        assert again == today
        assert snap.centre.today.service_level == today.service_level

        # Midnight: the counters start again and the reset is pushed without asking.
        clock.t = MIDNIGHT + 1
        reset = await srec.next(p.WallboardUpdate, lambda u: u.reset, timeout=10)
        waste = next(q for q in reset.queues if q.topic == "waste")
        assert waste.today.answered == 0 and waste.today.day == "2024-03-06"
        assert reset.centre.today.day == "2024-03-06" and reset.centre.today.abandoned == 0
        await sup.close()
    finally:
        await server.stop()


async def test_the_days_counters_survive_kill_9(cc_server):
    agent, arec = await staff(cc_server.url, "anna")
    await agent.request(p.SetPresence(id=0, state="available"))
    cit, _ = await citizen(cc_server.url)
    started = await cit.request(p.StartChat(id=0, topic="waste", text="bins"))
    await arec.next(p.OfferCreated)
    await agent.request(p.AcceptOffer(id=0, interaction_id=started.interaction.id))
    await agent.request(p.SetPresence(id=0, state="not_ready", reason="Break"))
    left, _ = await citizen(cc_server.url)
    other = await left.request(p.StartChat(id=0, topic="waste", text="hello?"))
    await left.request(p.CloseInteraction(id=0, interaction_id=other.interaction.id))
    sup, _ = await staff(cc_server.url, "sam")
    before = next(q for q in (await sup.request(p.Subscribe(id=0))).queues if q.topic == "waste")
    assert (before.today.answered, before.today.abandoned) == (1, 1)
    for c in (agent, cit, left, sup):
        await c.close()

    cc_server.kill()
    cc_server.start()
    sup, _ = await staff(cc_server.url, "sam")
    snap = await sup.request(p.Subscribe(id=0))
    after = next(q for q in snap.queues if q.topic == "waste").today
    assert (after.answered, after.abandoned, after.abandoned_short) == (1, 1, 1)
    assert after.average_speed_of_answer == before.today.average_speed_of_answer
    assert snap.centre.today.answered == 1
    await sup.close()


async def test_the_snapshot_carries_the_centre_and_its_thresholds(cc_server):
    """Subscribing stays one frame with the figures (no extra round trips)."""
    sup, _ = await staff(cc_server.url, "sam")
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    snap = await sup.request(p.Subscribe(id=0))
    assert loop.time() - t0 < 5 and snap.centre is not None and snap.settings is not None
    await sup.close()
