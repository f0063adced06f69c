"""A supervisor steps in on conversations over real websockets against a real server:
a chat left with an agent who went offline is moved to a colleague, to a department, or
to the next free agent; a named colleague who does not take it sends it back to its
queue; bad requests are refused and every move is audited."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing

import pytest

from shared import protocol as p
from tests.support.bots import available, citizen, staff

pytestmark = pytest.mark.slow


async def chat_with(server, agent, agent_rec, text: str = "My bins were not emptied."):
    jan, jan_rec = await citizen(server.url)
    started = await jan.request(p.StartChat(id=0, topic="waste", text=text, name="Jan"))
    iid = started.interaction.id
    await agent_rec.next(p.OfferCreated, lambda e: e.interaction.id == iid)
    await agent.request(p.AcceptOffer(id=0, interaction_id=iid))
    await agent_rec.next(p.InteractionAssigned, lambda e: e.interaction.id == iid)
    return jan, jan_rec, iid


def audit_rows(server, action: str) -> list[sqlite3.Row]:
    with closing(sqlite3.connect(server.data_dir / "cc.db")) as con:
        con.row_factory = sqlite3.Row
        return con.execute(
            "SELECT actor, target, detail FROM audit_log WHERE action = ? ORDER BY id", [action]
        ).fetchall()


async def test_a_chat_left_with_an_offline_agent_is_moved_to_a_colleague(cc_server):
    """Today such chats sit with the offline agent and nobody can act on them."""
    anna, anna_rec = await staff(cc_server.url, "anna")
    hanna, hanna_rec = await staff(cc_server.url, "hanna")
    sam, _ = await staff(cc_server.url, "sam")
    jan = None
    try:
        await available(anna)
        jan, jan_rec, iid = await chat_with(cc_server, anna, anna_rec)
        await anna.request(p.SendChat(id=0, interaction_id=iid, text="Let me check."))
        # anna is sent offline (or her app died): the chat stays with her
        await sam.request(p.ForcePresence(id=0, user="anna", state="offline"))
        await available(hanna)
        await sam.request(
            p.MoveInteraction(id=0, interaction_id=iid, agent="hanna", note="Anna left")
        )
        closed = await anna_rec.next(p.InteractionClosed, lambda e: e.interaction_id == iid)
        assert not closed.wrapup_required and "Sam Supervisor" in closed.reason
        offer = await hanna_rec.next(p.OfferCreated, lambda e: e.interaction.id == iid)
        assert (offer.kind, offer.from_agent, offer.note) == ("transfer", "sam", "Anna left")
        await hanna.request(p.AcceptOffer(id=0, interaction_id=iid))
        got = await hanna_rec.next(p.InteractionAssigned, lambda e: e.interaction.id == iid)
        assert [m.text for m in got.messages] == ["My bins were not emptied.", "Let me check."]
        joined = await jan_rec.next(p.AgentJoined, lambda e: e.agent_name != "Anna Kowalska")
        assert joined.agent_name == "Hanna Dąbrowska"
        await jan.request(p.SendChat(id=0, interaction_id=iid, text="Thanks"))
        seen = await hanna_rec.next(p.ChatMessageEvent, lambda e: e.message.text == "Thanks")
        assert seen.interaction_id == iid
        # anna owes nothing for it: she can come back and take work at once
        assert isinstance(await anna.request(p.SetPresence(id=0, state="available")), p.Ok)
        [row] = audit_rows(cc_server, "supervisor_move")
        assert (row["actor"], row["target"]) == ("sam", iid)
        assert json.loads(row["detail"]) == {
            "from": ["anna"],
            "to": "agent:hanna",
            "state": "active",
        }
    finally:
        for c in (anna, hanna, sam, jan):
            if c is not None:
                await c.close()


async def test_moved_to_the_next_free_agent_or_a_department(cc_server):
    anna, anna_rec = await staff(cc_server.url, "anna")
    dawid, dawid_rec = await staff(cc_server.url, "dawid")
    iga, iga_rec = await staff(cc_server.url, "iga")
    sam, _ = await staff(cc_server.url, "sam")
    jan = None
    try:
        await available(anna)
        jan, jan_rec, iid = await chat_with(cc_server, anna, anna_rec)
        await available(dawid)
        # neither a person nor a department: the front of its queue, anna is not offered it
        await sam.request(p.MoveInteraction(id=0, interaction_id=iid))
        await anna_rec.next(p.InteractionClosed, lambda e: e.interaction_id == iid)
        offer = await dawid_rec.next(p.OfferCreated, lambda e: e.interaction.id == iid)
        assert offer.kind == "transfer"
        await dawid.request(p.AcceptOffer(id=0, interaction_id=iid))
        await dawid_rec.next(p.InteractionAssigned, lambda e: e.interaction.id == iid)
        # ... and on to the waste department's expert
        await available(iga)
        await sam.request(p.MoveInteraction(id=0, interaction_id=iid, department="Environment"))
        await dawid_rec.next(p.InteractionClosed, lambda e: e.interaction_id == iid)
        offer = await iga_rec.next(p.OfferCreated, lambda e: e.interaction.id == iid)
        assert offer.from_agent == "sam"
        assert [r["detail"] for r in audit_rows(cc_server, "supervisor_move")] == [
            json.dumps(d, sort_keys=True)
            for d in (
                {"from": ["anna"], "state": "active", "to": "queue:waste"},
                {"from": ["dawid"], "state": "active", "to": "department:Environment"},
            )
        ]
    finally:
        for c in (anna, dawid, iga, sam, jan):
            if c is not None:
                await c.close()


async def test_a_named_colleague_who_declines_sends_it_back_to_its_queue(cc_server):
    anna, anna_rec = await staff(cc_server.url, "anna")
    hanna, hanna_rec = await staff(cc_server.url, "hanna")
    dawid, dawid_rec = await staff(cc_server.url, "dawid")
    sam, _ = await staff(cc_server.url, "sam")
    jan = None
    try:
        await available(anna)
        jan, jan_rec, iid = await chat_with(cc_server, anna, anna_rec)
        await available(hanna)
        await sam.request(p.ForcePresence(id=0, user="anna", state="offline"))
        await sam.request(p.MoveInteraction(id=0, interaction_id=iid, agent="hanna"))
        await hanna_rec.next(p.OfferCreated, lambda e: e.interaction.id == iid)
        await hanna.request(p.RejectOffer(id=0, interaction_id=iid))
        # back in the waste queue: the next free agent with the skill gets it (not
        # anna, whom it was taken from)
        await available(anna)
        await available(dawid)
        offer = await dawid_rec.next(p.OfferCreated, lambda e: e.interaction.id == iid)
        assert offer.interaction.id == iid
        assert not [e for e in anna_rec.of(p.OfferCreated) if e.interaction.id == iid][1:]
    finally:
        for c in (anna, hanna, dawid, sam, jan):
            if c is not None:
                await c.close()


async def test_bad_moves_are_refused(cc_server):
    anna, anna_rec = await staff(cc_server.url, "anna")
    hanna, _ = await staff(cc_server.url, "hanna")
    sam, _ = await staff(cc_server.url, "sam")
    jan = None
    try:
        await available(anna)
        jan, _jan_rec, iid = await chat_with(cc_server, anna, anna_rec)

        async def refused(client, **kw) -> str:
            with pytest.raises(p.ProtocolError) as exc:
                await client.request(p.MoveInteraction(id=0, **kw))
            return exc.value.code

        assert await refused(hanna, interaction_id=iid, agent="hanna") == "forbidden"
        assert await refused(sam, interaction_id="nope") == "not_found"
        assert await refused(sam, interaction_id=iid, agent="hanna") == "conflict"  # not free
        assert await refused(sam, interaction_id=iid, agent="anna") == "conflict"  # has it
        assert await refused(sam, interaction_id=iid, agent="sam") == "not_found"
        assert await refused(sam, interaction_id=iid, department="Nowhere") == "not_found"
        assert (
            await refused(sam, interaction_id=iid, agent="hanna", department="Environment")
            == "invalid_format"
        )
        # nothing moved: anna still has it and talks to the citizen
        await anna.request(p.SendChat(id=0, interaction_id=iid, text="Still here"))
        assert audit_rows(cc_server, "supervisor_move") == []
    finally:
        for c in (anna, hanna, sam, jan):
            if c is not None:
                await c.close()


async def test_a_supervisor_moves_only_their_teams_conversations(cc_server):
    """The demo's teams: sam supervises the front line and the second line. Taken off
    the front line, sam may no longer move anna's chat, nor hand one to her; the refusal
    is audited and nothing moves."""
    admin, _ = await staff(cc_server.url, "admin")
    anna, anna_rec = await staff(cc_server.url, "anna")
    dawid, dawid_rec = await staff(cc_server.url, "dawid")
    sam, _ = await staff(cc_server.url, "sam")
    jan = None
    try:
        teams = (await admin.request(p.TeamList(id=0))).teams
        front = next(t.id for t in teams if t.name == "Front line")
        await available(anna)
        jan, _jan_rec, iid = await chat_with(cc_server, anna, anna_rec)
        await admin.request(
            p.TeamSetMember(id=0, team_id=front, user="sam", member=False, supervisor=True)
        )
        await available(dawid)
        with pytest.raises(p.ProtocolError) as refused:
            await sam.request(p.MoveInteraction(id=0, interaction_id=iid, agent="dawid"))
        assert refused.value.code == "not_your_team"
        [row] = audit_rows(cc_server, "supervisor_move_refused")
        assert (row["actor"], row["target"]) == ("sam", iid)
        assert json.loads(row["detail"]) == {"staff": "anna", "why": "not_your_team"}
        assert audit_rows(cc_server, "supervisor_move") == []
        # the admin may: every team is theirs
        await admin.request(p.MoveInteraction(id=0, interaction_id=iid, agent="dawid"))
        await dawid_rec.next(p.OfferCreated, lambda e: e.interaction.id == iid)
    finally:
        for c in (admin, anna, dawid, sam, jan):
            if c is not None:
                await c.close()
