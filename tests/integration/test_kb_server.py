"""The knowledge base over real websockets: who sees what, editing, pins, suggestions."""

from __future__ import annotations

import pytest

from shared import protocol as p
from tests.support.bots import available, citizen, staff

PERMIT = p.ArticleDraft(
    title="Garden shed without a permit",
    body="A shed up to 35 m² needs only a notification (zgłoszenie), no building permit.",
    department="Architecture & Building",
    topics=["permits"],
    tags=["shed"],
    keywords=["altana", "shed", "garage"],
    audience="public",
)
PROCEDURE = p.ArticleDraft(
    title="Transferring a caller to Building permits",
    body="Use the department queue; never give out the inspectors' direct numbers.",
    department="Architecture & Building",
    topics=["permits"],
    audience="internal",
)


async def _ids(client, query, **kw):
    res = await client.request(p.KbSearch(id=0, query=query, **kw))
    return [h.id for h in res.hits]


async def test_editing_publishing_and_who_sees_what(cc_server):
    sup, _ = await staff(cc_server.url, "sam")
    agent, _ = await staff(cc_server.url, "anna")
    cit, _ = await citizen(cc_server.url)

    shed = (await sup.request(p.KbSave(id=0, article=PERMIT, note="first version"))).article
    proc = (await sup.request(p.KbSave(id=0, article=PROCEDURE))).article
    assert shed.status == "draft" and shed.revision == 1 and shed.author == "sam"
    assert shed.id not in await _ids(agent, "garden shed")  # drafts are not searchable

    for art in (shed, proc):
        await sup.request(p.KbSetStatus(id=0, article_id=art.id, status="published"))
    assert shed.id in await _ids(agent, "garden shed")
    assert proc.id in await _ids(agent, "transferring caller")
    assert proc.id not in await _ids(cit, "transferring caller")  # internal: agents only
    assert shed.id in await _ids(cit, "garden shed")
    with pytest.raises(p.ProtocolError) as err:
        await cit.request(p.KbGet(id=0, article_id=proc.id))
    assert err.value.code == "not_found"

    got = (await agent.request(p.KbGet(id=0, article_id=shed.id))).article
    assert got.body == PERMIT.body and got.views == 1

    edited = msgspec_replace(PERMIT, id=shed.id, body=PERMIT.body + " Fee: none.")
    await sup.request(p.KbSave(id=0, article=edited, note="fee added"))
    history = (await sup.request(p.KbHistory(id=0, article_id=shed.id))).revisions
    assert max(r.revision for r in history) >= 3  # save, publish, save
    assert any(r.note == "fee added" and r.author == "sam" for r in history)

    listing = (await sup.request(p.KbList(id=0))).articles
    assert {shed.id, proc.id} <= {a.id for a in listing}

    await sup.request(p.KbSetStatus(id=0, article_id=shed.id, status="retired"))
    assert shed.id not in await _ids(agent, "garden shed")

    with pytest.raises(p.ProtocolError) as err:
        await cit.request(p.KbSave(id=0, article=PERMIT))
    assert err.value.code == "forbidden"
    with pytest.raises(p.ProtocolError) as err:
        await agent.request(p.KbSave(id=0, article=PERMIT))
    assert err.value.code == "forbidden"
    with pytest.raises(p.ProtocolError) as err:
        await agent.request(p.KbSearch(id=0, query="x" * 500))
    assert err.value.code == "too_large"
    with pytest.raises(p.ProtocolError) as err:
        await sup.request(p.KbSave(id=0, article=msgspec_replace(PERMIT, topics=["nope"])))
    assert err.value.code == "invalid_format"
    for c in (sup, agent, cit):
        await c.close()


async def test_pinned_banner_reaches_every_agent(cc_server):
    sup, _ = await staff(cc_server.url, "sam")
    agent, arec = await staff(cc_server.url, "anna")
    urgent = (await sup.request(p.KbSave(id=0, article=PERMIT))).article
    await sup.request(p.KbSetStatus(id=0, article_id=urgent.id, status="published"))
    await sup.request(p.KbPin(id=0, article_id=urgent.id, pinned=True))
    pins = await arec.next(p.KbPinned, lambda m: any(a.id == urgent.id for a in m.articles))
    assert pins.articles[0].title == PERMIT.title
    # an agent logging in later sees it at once
    late, lrec = await staff(cc_server.url, "bartek")
    first = await lrec.next(p.KbPinned)
    assert urgent.id in [a.id for a in first.articles]
    await sup.request(p.KbPin(id=0, article_id=urgent.id, pinned=False))
    await arec.next(p.KbPinned, lambda m: all(a.id != urgent.id for a in m.articles))
    for c in (sup, agent, late):
        await c.close()


async def test_self_service_is_counted_on_the_wallboard(cc_server):
    sup, srec = await staff(cc_server.url, "sam")
    await sup.request(p.Subscribe(id=0))
    art = (await sup.request(p.KbSave(id=0, article=PERMIT))).article
    await sup.request(p.KbSetStatus(id=0, article_id=art.id, status="published"))
    cit, _ = await citizen(cc_server.url)
    hits = (await cit.request(p.KbSearch(id=0, query="garden shed"))).hits
    assert art.id in [h.id for h in hits]
    await cit.request(p.KbAnswered(id=0, article_id=art.id, topic="permits"))
    q = await srec.next(p.QueueStatus, lambda m: m.topic == "permits" and m.self_service_today == 1)
    assert q.self_service_today == 1
    await cit.close()
    await sup.close()


async def test_agent_gets_suggestions_for_the_conversation(cc_server):
    sup, _ = await staff(cc_server.url, "sam")
    art = (await sup.request(p.KbSave(id=0, article=PERMIT))).article
    await sup.request(p.KbSetStatus(id=0, article_id=art.id, status="published"))
    agent, arec = await staff(cc_server.url, "anna")
    await available(agent)
    cit, _ = await citizen(cc_server.url)
    started = await cit.request(
        p.StartChat(id=0, topic="permits", text="Do I need a permit for a garden shed?")
    )
    iid = started.interaction.id
    await arec.next(p.OfferCreated)
    await agent.request(p.AcceptOffer(id=0, interaction_id=iid))
    sugg = await arec.next(p.KbSuggestions, lambda m: m.interaction_id == iid)
    assert art.id in [h.id for h in sugg.hits]
    await agent.request(p.KbAnswered(id=0, article_id=art.id, interaction_id=iid))
    got = (await sup.request(p.KbGet(id=0, article_id=art.id))).article
    assert got.answered_agents == 1
    for c in (sup, agent, cit):
        await c.close()


def msgspec_replace(struct, **changes):
    import msgspec

    return msgspec.structs.replace(struct, **changes)


async def test_stale_save_is_a_conflict_and_other_editors_hear_of_changes(cc_server):
    sam, _ = await staff(cc_server.url, "sam")
    other, orec = await staff(cc_server.url, "admin")
    art = (await sam.request(p.KbSave(id=0, article=PERMIT))).article
    changed = await orec.next(p.KbChanged, lambda m: m.article.id == art.id)
    assert changed.by == "sam" and changed.article.revision == art.revision
    # admin edits from revision 1 and saves first
    mine = msgspec_replace(PERMIT, id=art.id, body="Admin's version.")
    await other.request(p.KbSave(id=0, article=mine, base_revision=art.revision))
    # sam, still on revision 1, is refused instead of overwriting admin's work
    theirs = msgspec_replace(PERMIT, id=art.id, body="Sam's version.")
    with pytest.raises(p.ProtocolError) as err:
        await sam.request(p.KbSave(id=0, article=theirs, base_revision=art.revision))
    assert err.value.code == "conflict" and "admin" in err.value.message
    got = (await sam.request(p.KbGet(id=0, article_id=art.id))).article
    assert got.body == "Admin's version."
    for c in (sam, other):
        await c.close()
