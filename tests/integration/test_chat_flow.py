"""A web chat end to end over real websockets against a real server process."""

from __future__ import annotations

import pytest

from shared import protocol as p
from tests.support.bots import available, citizen, staff


async def test_chat_is_routed_relayed_closed_and_wrapped_up(cc_server):
    agent, arec = await staff(cc_server.url, "anna")
    sup, srec = await staff(cc_server.url, "sam")
    snapshot = await sup.request(p.Subscribe(id=0))
    assert {a.username for a in snapshot.agents} >= {"anna", "bartek", "ewa"}
    await available(agent)
    assert await arec.next(p.PresenceChanged, lambda m: m.presence == "available")

    cit, crec = await citizen(cc_server.url)
    started = await cit.request(
        p.StartChat(id=0, topic="waste", text="Bins not emptied", name="Jan")
    )
    iid = started.interaction.id
    assert started.message.seq == 1 and started.message.sender == "citizen"

    offer = await arec.next(p.OfferCreated)
    assert offer.interaction.id == iid and offer.interaction.topic == "waste"
    assert offer.interaction.citizen_name == "Jan"
    assert offer.preview == "Bins not emptied"
    await agent.request(p.AcceptOffer(id=0, interaction_id=iid))
    assigned = await arec.next(p.InteractionAssigned)
    assert [m.text for m in assigned.messages] == ["Bins not emptied"]
    joined = await crec.next(p.AgentJoined)
    assert joined.agent_name == "Anna Kowalska"
    assert (await arec.next(p.PresenceChanged)).presence == "busy"

    # messages both ways, in order, with typing and delivery acks
    for i in range(3):
        sent = await agent.request(p.SendChat(id=0, interaction_id=iid, text=f"agent {i}"))
        got = await crec.next(p.ChatMessageEvent)
        assert got.message == sent.message
        await cit.notify(p.AckChat(interaction_id=iid, seq=got.message.seq))
        assert (await arec.next(p.ChatDelivered)).seq == got.message.seq
        await cit.notify(p.Typing(interaction_id=iid, typing=True, sender="agent"))
        typing = await arec.next(p.Typing)
        assert typing.typing and typing.sender == "citizen"  # the server says who, not the client
        reply = await cit.request(p.SendChat(id=0, interaction_id=iid, text=f"citizen {i}"))
        assert (await arec.next(p.ChatMessageEvent)).message == reply.message
    seqs = [m.message.seq for m in arec.of(p.ChatMessageEvent) + crec.of(p.ChatMessageEvent)]
    assert sorted(seqs) == list(range(2, 8))

    # supervisors saw the queue and the agent change without asking
    await srec.next(p.AgentStatus, lambda m: m.username == "anna" and m.presence == "busy")

    await agent.request(p.CloseInteraction(id=0, interaction_id=iid))
    closed = await arec.next(p.InteractionClosed)
    assert closed.wrapup_required and closed.by == "agent"
    assert (await crec.next(p.InteractionClosed)).by == "agent"
    assert (await arec.next(p.PresenceChanged)).presence == "wrap_up"

    # wrap-up is mandatory: no new offer until it is submitted
    cit2, _ = await citizen(cc_server.url)
    second = await cit2.request(p.StartChat(id=0, topic="waste", text="Another one"))
    assert second.position == 1
    with pytest.raises(p.ProtocolError) as bad:
        await agent.request(p.SubmitWrapup(id=0, interaction_id=iid, topic="No such tag"))
    assert bad.value.code == "invalid_format"
    await agent.request(
        p.SubmitWrapup(
            id=0,
            interaction_id=iid,
            topic="Waste collection",
            notes="Reported to the contractor",
            resolved_first_contact=True,
        )
    )
    offer2 = await arec.next(p.OfferCreated)
    assert offer2.interaction.id == second.interaction.id

    for c in (agent, sup, cit, cit2):
        await c.close()


async def test_queue_positions_and_abandon(cc_server):
    sup, srec = await staff(cc_server.url, "sam")
    await sup.request(p.Subscribe(id=0))
    citizens = []
    for i in range(3):
        c, rec = await citizen(cc_server.url)
        started = await c.request(p.StartChat(id=0, topic="permits", text=f"question {i}"))
        assert started.position == i + 1
        citizens.append((c, rec, started.interaction.id))
    q = await srec.next(p.QueueStatus, lambda m: m.topic == "permits" and m.waiting == 3)
    assert q.oldest_since is not None

    first, _, first_id = citizens[0]
    await first.request(p.CloseInteraction(id=0, interaction_id=first_id))
    _, rec2, _ = citizens[1]
    _, rec3, _ = citizens[2]
    assert (await rec2.next(p.QueuePosition, lambda m: m.position == 1)).position == 1
    assert (await rec3.next(p.QueuePosition, lambda m: m.position == 2)).position == 2
    await srec.next(p.QueueStatus, lambda m: m.topic == "permits" and m.waiting == 2)
    for c, _, _ in citizens:
        await c.close()
    await sup.close()


async def test_ring_no_answer_requeues_and_sets_not_ready(tmp_path):
    from tests.support.server import ServerProcess

    server = ServerProcess(tmp_path / "d", extra_args=["--offer-timeout", "0.6"])
    server.start()
    try:
        anna, arec = await staff(server.url, "anna")
        dawid, drec = await staff(server.url, "dawid")
        await available(anna)
        cit, _ = await citizen(server.url)
        started = await cit.request(p.StartChat(id=0, topic="transport", text="tram?"))
        offer = await arec.next(p.OfferCreated)
        assert offer.interaction.id == started.interaction.id
        revoked = await arec.next(p.OfferRevoked, timeout=5)
        assert revoked.reason == "timeout"
        ronA = await arec.next(p.PresenceChanged, lambda m: m.presence == "not_ready")
        assert ronA.reason == "ring_no_answer"
        # the interaction waits at the head of the queue for the next agent
        await available(dawid)
        offer2 = await drec.next(p.OfferCreated)
        assert offer2.interaction.id == started.interaction.id
        for c in (anna, dawid, cit):
            await c.close()
    finally:
        server.stop()


async def test_citizen_resumes_after_reconnect(cc_server):
    cit, crec = await citizen(cc_server.url)
    started = await cit.request(p.StartChat(id=0, topic="taxes", text="Refund?"))
    await cit.request(p.SendChat(id=0, interaction_id=started.interaction.id, text="Please"))
    token = cit.token
    await cit.close()
    again, _ = await citizen(cc_server.url, resume_token=token)
    welcome = again.welcome
    assert welcome.interaction.id == started.interaction.id
    assert [m.text for m in welcome.messages] == ["Refund?", "Please"]
    assert welcome.position == 1
    assert welcome.resume_token == token
    with pytest.raises(p.ProtocolError) as dup:
        await again.request(p.StartChat(id=0, topic="taxes", text="again"))
    assert dup.value.code == "conflict"
    await again.close()


async def test_unknown_resume_token_gets_a_fresh_one(cc_server):
    cit, _ = await citizen(cc_server.url, resume_token="chosen-by-the-client")
    assert cit.welcome.resume_token != "chosen-by-the-client"
    assert cit.welcome.interaction is None
    await cit.close()


async def test_resumed_citizen_sees_the_agents_name(cc_server):
    agent, arec = await staff(cc_server.url, "anna")
    await available(agent)
    cit, _ = await citizen(cc_server.url)
    started = await cit.request(p.StartChat(id=0, topic="waste", text="hi"))
    await arec.next(p.OfferCreated)
    await agent.request(p.AcceptOffer(id=0, interaction_id=started.interaction.id))
    token = cit.token
    await cit.close()
    again, _ = await citizen(cc_server.url, resume_token=token)
    assert again.welcome.interaction.agent_name == "Anna Kowalska"
    await again.close()
    await agent.close()


async def test_presence_history_keeps_every_change_with_the_choice_underneath(cc_server):
    agent, rec = await staff(cc_server.url, "anna")
    await available(agent)
    cit, _ = await citizen(cc_server.url)
    started = await cit.request(p.StartChat(id=0, topic="waste", text="hi"))
    await rec.next(p.OfferCreated)
    await agent.request(p.AcceptOffer(id=0, interaction_id=started.interaction.id))
    busy = await rec.next(p.PresenceChanged, lambda m: m.presence == "busy")
    assert busy.chosen == "available"
    await agent.request(p.SetPresence(id=0, state="not_ready", reason="Lunch"))
    await agent.request(p.CloseInteraction(id=0, interaction_id=started.interaction.id))
    wrap = await rec.next(p.PresenceChanged, lambda m: m.presence == "wrap_up")
    assert (wrap.chosen, wrap.chosen_reason) == ("not_ready", "Lunch")
    await agent.close()
    await cit.close()
    cc_server.stop()  # the history is in the database, written by the one writer
    from shared.server.sql import presence
    from shared.server.store import Store

    store = Store(cc_server.data_dir / "cc.db")
    await store.open()
    history = await store.read(presence.presence_history, "anna")
    await store.close()
    cc_server.start()
    shown = [(h["presence"], h["chosen"]) for h in history]
    assert shown == [
        ("available", "available"),
        ("busy", "available"),
        ("not_ready", "not_ready"),  # Not Ready shows at once, even mid-chat
        ("wrap_up", "not_ready"),
    ]
