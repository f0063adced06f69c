"""kill -9 of the server during a burst of chats loses nothing it acknowledged."""

from __future__ import annotations

import asyncio

from shared import protocol as p
from shared.client import Disconnected
from tests.support.bots import available, citizen, staff


async def test_kill_9_during_burst_keeps_every_acknowledged_chat(crowd_server):
    acknowledged: dict[str, list[str]] = {}  # interaction id -> acknowledged texts, in order
    tokens: dict[str, str] = {}
    stop = asyncio.Event()

    async def one_citizen(n: int) -> None:
        try:
            cit, _ = await citizen(crowd_server.url)
        except OSError:
            return
        try:
            started = await cit.request(p.StartChat(id=0, topic="waste", text=f"c{n} m0"))
            iid = started.interaction.id
            acknowledged[iid] = [f"c{n} m0"]
            tokens[iid] = cit.token
            i = 1
            while not stop.is_set():
                text = f"c{n} m{i}"
                await cit.request(p.SendChat(id=0, interaction_id=iid, text=text))
                acknowledged[iid].append(text)
                i += 1
        except (Disconnected, p.ProtocolError, OSError, TimeoutError):
            pass
        finally:
            cit.max_backoff = 0
            await cit.close()

    async def killer() -> None:
        while sum(map(len, acknowledged.values())) < 300:
            await asyncio.sleep(0.01)
        crowd_server.kill()
        stop.set()

    tasks = [asyncio.create_task(one_citizen(n)) for n in range(20)]
    await asyncio.wait_for(killer(), 30)
    await asyncio.gather(*tasks)
    assert len(acknowledged) == 20

    crowd_server.start()
    # Each citizen resumes with its token and finds its whole acknowledged transcript.
    for iid, texts in acknowledged.items():
        again, _ = await citizen(crowd_server.url, resume_token=tokens[iid])
        welcome = again.welcome
        assert welcome.interaction is not None and welcome.interaction.id == iid
        stored = [m.text for m in welcome.messages]
        # Anything acknowledged is there; at most one more (sent, stored, ack lost in the kill).
        assert stored[: len(texts)] == texts
        assert len(stored) - len(texts) <= 1
        assert [m.seq for m in welcome.messages] == list(range(1, len(stored) + 1))
        await again.close()

    # The restored queue is routed again, oldest first.
    agent, rec = await staff(crowd_server.url, "anna")
    await available(agent)
    offer = await rec.next(p.OfferCreated)
    assert offer.interaction.id in acknowledged
    sup, _ = await staff(crowd_server.url, "sam")
    snap = await sup.request(p.Subscribe(id=0))
    waste = next(q for q in snap.queues if q.topic == "waste")
    assert waste.waiting == 19  # 20 restored, one offered to anna
    await agent.close()
    await sup.close()


async def test_active_chat_survives_restart_and_agent_resumes(crowd_server):
    agent, rec = await staff(crowd_server.url, "anna")
    await available(agent)
    cit, crec = await citizen(crowd_server.url)
    started = await cit.request(p.StartChat(id=0, topic="documents", text="ID card"))
    iid = started.interaction.id
    await rec.next(p.OfferCreated)
    await agent.request(p.AcceptOffer(id=0, interaction_id=iid))
    await rec.next(p.InteractionAssigned)  # the first assignment, before the crash
    await agent.request(p.SendChat(id=0, interaction_id=iid, text="Hello, how can I help?"))
    agent.max_backoff = 0.3
    cit.max_backoff = 0.3

    crowd_server.kill()
    crowd_server.start()

    # both clients reconnect by themselves; the agent gets its chat again, presence intact
    assigned = await rec.next(p.InteractionAssigned, lambda m: m.interaction.id == iid, timeout=15)
    assert [m.text for m in assigned.messages] == ["ID card", "Hello, how can I help?"]
    assert agent.welcome.interactions == [iid]  # the re-login says what the agent holds
    presence = await rec.next(p.PresenceChanged, lambda m: m.presence == "busy", timeout=15)
    assert presence.presence == "busy"
    for _ in range(50):
        if cit.connected:
            break
        await asyncio.sleep(0.1)
    sent = await cit.request(p.SendChat(id=0, interaction_id=iid, text="still there?"))
    got = await rec.next(p.ChatMessageEvent, lambda m: m.message.seq == sent.message.seq)
    assert got.message.text == "still there?"
    await agent.close()
    await cit.close()
