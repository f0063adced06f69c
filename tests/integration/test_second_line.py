"""The second line over real websockets against a real server: consultations, warm and
blind transfers of chats, three-way, internal messages, the directory, a restart during
a transfer, bad requests, and the report of what the first line resolved alone."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from contextlib import closing

import pytest

from shared import protocol as p
from tests.support.bots import available, citizen, staff
from tests.support.server import ROOT, ServerProcess

pytestmark = pytest.mark.slow

PERMITS = "Architecture & Building"  # ewa and marta
FINANCE = "Finance"  # filip


async def chat(server, text: str = "Do I need a permit for a shed?", topic: str = "permits"):
    client, rec = await citizen(server.url)
    started = await client.request(p.StartChat(id=0, topic=topic, text=text, name="Jan"))
    return client, rec, started.interaction.id


async def take(agent, rec, iid: str) -> p.InteractionAssigned:
    await rec.next(p.OfferCreated, lambda e: e.interaction.id == iid)
    await agent.request(p.AcceptOffer(id=0, interaction_id=iid))
    return await rec.next(p.InteractionAssigned, lambda e: e.interaction.id == iid)


def db(server: ServerProcess) -> sqlite3.Connection:
    con = sqlite3.connect(server.data_dir / "cc.db")
    con.row_factory = sqlite3.Row
    return con


async def test_warm_transfer_of_a_chat_with_internal_messages(cc_server):
    anna, anna_rec = await staff(cc_server.url, "anna")
    ewa, ewa_rec = await staff(cc_server.url, "ewa")
    jan, jan_rec, iid = None, None, None
    try:
        await available(anna)
        await available(ewa)
        jan, jan_rec, iid = await chat(cc_server)
        await take(anna, anna_rec, iid)
        await anna.request(p.SendChat(id=0, interaction_id=iid, text="One moment please."))

        reply = await anna.request(
            p.RequestConsult(id=0, interaction_id=iid, department=PERMITS, note="20 m2 shed")
        )
        assert (reply.state, reply.expert, reply.experts_logged_in) == ("ringing", "ewa", 1)
        offer = await ewa_rec.next(p.OfferCreated)
        assert (offer.kind, offer.from_agent, offer.note) == ("consult", "anna", "20 m2 shed")
        assert offer.interaction.id == iid
        await ewa.request(p.AcceptOffer(id=0, interaction_id=iid))
        joined = await ewa_rec.next(p.InteractionAssigned)
        assert joined.role == "consulted" and joined.note == "20 m2 shed"
        assert [m.text for m in joined.messages] == [
            "Do I need a permit for a shed?",
            "One moment please.",
        ]
        changed = await anna_rec.next(p.ConsultChanged, lambda e: e.state == "connected")
        assert changed.expert == "ewa" and changed.expert_name == "Ewa Lewandowska"

        # the consulted expert follows the chat but does not talk to the citizen yet
        await jan.request(p.SendChat(id=0, interaction_id=iid, text="Is 20 m2 fine?"))
        seen = await ewa_rec.next(p.ChatMessageEvent, lambda e: e.message.text == "Is 20 m2 fine?")
        assert seen.interaction_id == iid
        with pytest.raises(p.ProtocolError) as refused:
            await ewa.request(p.SendChat(id=0, interaction_id=iid, text="Hello Jan"))
        assert refused.value.code == "conflict"
        # ... they talk to each other instead, and the citizen never sees it
        sent = await ewa.request(p.SendInternal(id=0, interaction_id=iid, text="Under 35 is ok"))
        assert sent.message.sender == "ewa" and sent.message.seq == 1
        note = await anna_rec.next(p.InternalMessageEvent)
        assert (
            note.message.text == "Under 35 is ok" and note.message.sender_name == "Ewa Lewandowska"
        )
        await anna.request(p.SendInternal(id=0, interaction_id=iid, text="Please take it"))
        assert (await ewa_rec.next(p.InternalMessageEvent)).message.seq == 2

        # warm transfer: ewa owns it, anna wraps up her part while the chat goes on
        await anna.request(p.CompleteConsult(id=0, interaction_id=iid))
        mine = await anna_rec.next(p.InteractionClosed, lambda e: e.interaction_id == iid)
        assert mine.wrapup_required
        await jan_rec.next(p.AgentJoined, lambda e: e.agent_name == "Ewa Lewandowska")
        owner = await ewa_rec.next(
            p.ParticipantsChanged, lambda e: [x.role for x in e.participants] == ["owner"]
        )
        assert owner.participants[0].username == "ewa"
        await anna.request(
            p.SubmitWrapup(id=0, interaction_id=iid, topic="Building permits", notes="to Ewa")
        )
        await ewa.request(p.SendChat(id=0, interaction_id=iid, text="Hello Jan, yes it is."))
        answer = await jan_rec.next(
            p.ChatMessageEvent, lambda e: e.message.text.startswith("Hello")
        )
        assert answer.message.sender_name == "Ewa Lewandowska"
        assert not jan_rec.of(p.InternalMessageEvent)
        await ewa.request(p.CloseInteraction(id=0, interaction_id=iid))
        assert (await ewa_rec.next(p.InteractionClosed)).wrapup_required
        await ewa.request(
            p.SubmitWrapup(
                id=0, interaction_id=iid, topic="Building permits", resolved_first_contact=True
            )
        )
    finally:
        for client in (anna, ewa, jan):
            if client is not None:
                await client.close()

    with closing(db(cc_server)) as con:
        row = con.execute("SELECT * FROM interactions WHERE id = ?", [iid]).fetchone()
        assert (row["state"], row["agent"], row["transfers"], row["consults"]) == (
            "closed",
            "ewa",
            1,
            1,
        )
        assert row["second_line"] == 1
        people = [
            (r["username"], r["role"], r["left_at"] is not None, r["wrapup_due"])
            for r in con.execute(
                "SELECT * FROM interaction_participants WHERE interaction_id = ? ORDER BY id",
                [iid],
            )
        ]
        assert people == [
            ("anna", "owner", True, 0),
            ("ewa", "consulted", True, 0),
            ("ewa", "owner", True, 0),
        ]
        steps = [
            (r["kind"], r["state"])
            for r in con.execute(
                "SELECT kind, state FROM interaction_events WHERE interaction_id = ?"
                " AND kind != 'state' ORDER BY id",
                [iid],
            )
        ]
        assert steps == [
            ("consult", "requested"),
            ("consult", "ringing"),
            ("consult", "connected"),
            ("transfer", "completed"),
        ]
        wrapups = {
            r["agent"]: r["notes"]
            for r in con.execute("SELECT * FROM wrapups WHERE interaction_id = ?", [iid])
        }
        assert wrapups == {"anna": "to Ewa", "ewa": ""}
        internal = con.execute(
            "SELECT COUNT(*) FROM internal_messages WHERE interaction_id = ?", [iid]
        ).fetchone()[0]
        assert internal == 2
        citizen_saw = {
            r[0]
            for r in con.execute("SELECT text FROM chat_messages WHERE interaction_id = ?", [iid])
        }
        assert "Under 35 is ok" not in citizen_saw

    # the report tells it apart from what the first line resolved alone
    report = subprocess.run(
        [sys.executable, "-m", "shared.server.cli", "report", "second-line",
         "--data-dir", str(cc_server.data_dir)],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert report.returncode == 0, report.stderr
    line = next(x for x in report.stdout.splitlines() if x.startswith("Building permits"))
    assert line.split()[2:] == ["1", "0.0", "%", "100.0", "%", "100.0", "%"], report.stdout


async def test_the_next_expert_rings_when_one_declines_or_lets_it_ring(tmp_path):
    server = ServerProcess(tmp_path / "cc-data", extra_args=["--offer-timeout", "1.5"])
    server.start()
    clients = []
    try:
        anna, anna_rec = await staff(server.url, "anna")
        ewa, ewa_rec = await staff(server.url, "ewa")
        marta, marta_rec = await staff(server.url, "marta")
        clients = [anna, ewa, marta]
        for c in clients:
            await available(c)
        jan, _, iid = await chat(server)
        clients.append(jan)
        await take(anna, anna_rec, iid)
        await anna.request(p.RequestConsult(id=0, interaction_id=iid, department=PERMITS))
        # ewa is the longest idle of the two (she went available first): she rings first
        first = await ewa_rec.next(p.OfferCreated, lambda e: e.kind == "consult")
        await ewa.request(p.RejectOffer(id=0, interaction_id=first.interaction.id))
        await marta_rec.next(p.OfferCreated, lambda e: e.kind == "consult")
        # marta lets it ring out: not ready (ring-no-answer), and it waits in the queue
        gone = await marta_rec.next(p.OfferRevoked, timeout=5)
        assert (gone.reason, gone.kind) == ("timeout", "consult")
        await marta_rec.next(p.PresenceChanged, lambda e: e.reason == "ring_no_answer")
        queued = await anna_rec.next(p.ConsultChanged, lambda e: e.state == "queued")
        assert queued.position == 1
        # ewa declined this one for good; marta back available gets it again
        await available(marta)
        await marta_rec.next(p.OfferCreated, lambda e: e.kind == "consult")
        await marta.request(p.AcceptOffer(id=0, interaction_id=iid))
        await anna_rec.next(p.ConsultChanged, lambda e: e.state == "connected")
    finally:
        for c in clients:
            await c.close()
        server.stop()


async def test_blind_transfer_keeps_the_citizens_place_in_the_department_queue(cc_server):
    anna, anna_rec = await staff(cc_server.url, "anna")
    bartek, bartek_rec = await staff(cc_server.url, "bartek")
    clients = [anna, bartek]
    try:
        await available(anna)
        first, first_rec, early = await chat(cc_server, "First: shed permit?")
        clients.append(first)
        await take(anna, anna_rec, early)
        await available(bartek)
        second, _, late = await chat(cc_server, "Second: garage permit?")
        clients.append(second)
        await take(bartek, bartek_rec, late)
        # bartek hands his (later) one on first; nobody of the department is logged in
        reply = await bartek.request(
            p.RequestConsult(id=0, interaction_id=late, department=PERMITS)
        )
        assert (reply.state, reply.position, reply.experts_logged_in) == ("queued", 1, 0)
        await bartek.request(p.CancelConsult(id=0, interaction_id=late))
        await bartek.request(
            p.TransferInteraction(id=0, interaction_id=late, department=PERMITS, note="garage")
        )
        await anna.request(
            p.TransferInteraction(id=0, interaction_id=early, department=PERMITS, note="shed")
        )
        position = await first_rec.next(p.QueuePosition, lambda e: e.interaction_id == early)
        assert position.position == 1  # ahead of the one transferred before it: it came first
        for rec, iid in ((anna_rec, early), (bartek_rec, late)):
            closed = await rec.next(p.InteractionClosed, lambda e, i=iid: e.interaction_id == i)
            assert closed.wrapup_required
        # the expert comes: the citizen who arrived first is offered first, as a transfer
        ewa, ewa_rec = await staff(cc_server.url, "ewa")
        clients.append(ewa)
        await available(ewa)
        offer = await ewa_rec.next(p.OfferCreated)
        assert offer.interaction.id == early
        assert (offer.kind, offer.from_agent, offer.note) == ("transfer", "anna", "shed")
        await ewa.request(p.AcceptOffer(id=0, interaction_id=early))
        assigned = await ewa_rec.next(p.InteractionAssigned)
        assert [m.text for m in assigned.messages] == ["First: shed permit?"]  # the transcript
        assert assigned.interaction.transfers == 1
    finally:
        for c in clients:
            await c.close()


async def test_directory_lists_departments_and_pushes_presence(cc_server):
    anna, anna_rec = await staff(cc_server.url, "anna")
    ewa, _ = await staff(cc_server.url, "ewa")
    try:
        snapshot = await anna.request(p.GetDirectory(id=0))
        departments = {d.name: d for d in snapshot.departments}
        assert set(departments) >= {PERMITS, FINANCE, "Transport", "Environment"}
        assert departments[PERMITS].queue == f"dept:{PERMITS}"
        people = {e.username: e for e in snapshot.people}
        assert people["ewa"].departments == [PERMITS] and people["ewa"].role == "expert"
        assert people["ewa"].presence == "offline" and people["ewa"].connected
        assert "sam" not in people  # supervisors take no consultations
        await available(ewa)
        update = await anna_rec.next(
            p.DirectoryUpdate, lambda e: any(x.username == "ewa" for x in e.people)
        )
        assert next(x for x in update.people if x.username == "ewa").presence == "available"
    finally:
        await anna.close()
        await ewa.close()


async def test_bad_second_line_requests_get_clear_errors(cc_server):
    anna, anna_rec = await staff(cc_server.url, "anna")
    bartek, _ = await staff(cc_server.url, "bartek")
    jan = None
    try:
        await available(anna)
        jan, _, iid = await chat(cc_server)
        await take(anna, anna_rec, iid)
        cases = [
            (bartek, p.RequestConsult(id=0, interaction_id=iid, department=PERMITS), "not_found"),
            (anna, p.RequestConsult(id=0, interaction_id=iid, department="Nowhere"), "not_found"),
            (anna, p.RequestConsult(id=0, interaction_id=iid), "not_found"),
            (anna, p.RequestConsult(id=0, interaction_id=iid, expert="anna"), "invalid_format"),
            (anna, p.RequestConsult(id=0, interaction_id=iid, expert="ewa"), "conflict"),  # offline
            (anna, p.RequestConsult(id=0, interaction_id=iid, expert="sam"), "not_found"),
            (anna, p.CompleteConsult(id=0, interaction_id=iid), "conflict"),
            (anna, p.MergeConsult(id=0, interaction_id=iid), "conflict"),
            (anna, p.CancelConsult(id=0, interaction_id=iid), "conflict"),
            (anna, p.LeaveInteraction(id=0, interaction_id=iid), "conflict"),
            (bartek, p.SendInternal(id=0, interaction_id=iid, text="hi"), "not_found"),
            (
                anna,
                p.TransferInteraction(id=0, interaction_id="nope", department=PERMITS),
                "not_found",
            ),
            (jan, p.RequestConsult(id=0, interaction_id=iid, department=PERMITS), "forbidden"),
            (jan, p.GetDirectory(id=0), "forbidden"),
        ]
        for client, msg, code in cases:
            with pytest.raises(p.ProtocolError) as err:
                await client.request(msg)
            assert err.value.code == code, (msg, err.value)
        # still a working conversation afterwards
        await anna.request(p.SendChat(id=0, interaction_id=iid, text="Still here"))
    finally:
        for c in (anna, bartek, jan):
            if c is not None:
                await c.close()


async def test_server_killed_during_a_transfer_restarts_with_one_owner(cc_server):
    anna, anna_rec = await staff(cc_server.url, "anna")
    ewa, ewa_rec = await staff(cc_server.url, "ewa")
    jan = None
    try:
        await available(anna)
        await available(ewa)
        jan, _, iid = await chat(cc_server)
        await take(anna, anna_rec, iid)
        await anna.request(p.RequestConsult(id=0, interaction_id=iid, department=PERMITS))
        await ewa_rec.next(p.OfferCreated, lambda e: e.kind == "consult")
        await ewa.request(p.AcceptOffer(id=0, interaction_id=iid))
        await anna_rec.next(p.ConsultChanged, lambda e: e.state == "connected")
        await anna.request(p.CompleteConsult(id=0, interaction_id=iid))  # acknowledged
    finally:
        for c in (anna, ewa, jan):
            if c is not None:
                await c.close()
    cc_server.kill()
    cc_server.start()
    with closing(db(cc_server)) as con:
        owners = con.execute(
            "SELECT username FROM interaction_participants WHERE interaction_id = ?"
            " AND role = 'owner' AND left_at IS NULL",
            [iid],
        ).fetchall()
        assert [r[0] for r in owners] == ["ewa"]
        assert (
            con.execute("SELECT agent FROM interactions WHERE id = ?", [iid]).fetchone()[0] == "ewa"
        )
    # after the restart ewa has the chat, and anna still owes the wrap-up of her part
    ewa, ewa_rec = await staff(cc_server.url, "ewa")
    anna, anna_rec = await staff(cc_server.url, "anna")
    try:
        resumed = await ewa_rec.next(p.InteractionAssigned, lambda e: e.interaction.id == iid)
        assert resumed.role == "owner" and resumed.interaction.state == "active"
        await anna_rec.next(p.InteractionAssigned, lambda e: e.interaction.id == iid)
        owed = await anna_rec.next(p.InteractionClosed, lambda e: e.interaction_id == iid)
        assert owed.wrapup_required
        presence = await anna_rec.next(p.PresenceChanged)
        assert presence.presence == "wrap_up"
        await anna.request(p.SubmitWrapup(id=0, interaction_id=iid, topic="Building permits"))
        await ewa.request(p.SendChat(id=0, interaction_id=iid, text="I have it now."))
    finally:
        await anna.close()
        await ewa.close()


async def test_a_phone_only_desk_is_offered_no_chats(cc_server):
    anna, rec = await staff(cc_server.url, "anna")
    jan = None
    try:
        await anna.request(p.SetChannels(id=0, channels=["voice"]))  # and she has no phone
        await available(anna)
        jan, _, iid = await chat(cc_server, topic="waste")
        with pytest.raises(TimeoutError):
            await rec.next(p.OfferCreated, timeout=1.0)
        await anna.request(p.SetChannels(id=0, channels=[]))  # everything again
        offer = await rec.next(p.OfferCreated)
        assert offer.interaction.id == iid
        with pytest.raises(p.ProtocolError) as err:
            await anna.request(p.SetChannels(id=0, channels=["fax"]))
        assert err.value.code == "invalid_format"
    finally:
        await anna.close()
        if jan is not None:
            await jan.close()


async def test_an_agent_signing_off_hands_the_chat_back_to_the_front_of_the_queue(cc_server):
    anna, rec = await staff(cc_server.url, "anna")
    clients = [anna]
    try:
        await available(anna)
        first, first_rec, iid = await chat(cc_server, "first", topic="waste")
        clients.append(first)
        await take(anna, rec, iid)
        await anna.request(p.SendChat(id=0, interaction_id=iid, text="Let me see"))
        await anna.request(p.SetPresence(id=0, state="offline"))
        later, _, later_iid = await chat(cc_server, "later", topic="waste")
        clients.append(later)
        await anna.request(p.ReturnInteraction(id=0, interaction_id=iid))
        closed = await rec.next(p.InteractionClosed, lambda e: e.interaction_id == iid)
        assert not closed.wrapup_required  # handed back: nothing to wrap up
        position = await first_rec.next(p.QueuePosition, lambda e: e.interaction_id == iid)
        assert position.position == 1  # ahead of the later one
        bartek, brec = await staff(cc_server.url, "bartek")
        clients.append(bartek)
        await available(bartek)
        offer = await brec.next(p.OfferCreated)
        assert offer.interaction.id == iid
        await bartek.request(p.AcceptOffer(id=0, interaction_id=iid))
        assigned = await brec.next(p.InteractionAssigned)
        assert [m.text for m in assigned.messages] == ["first", "Let me see"]  # nothing lost
        assert later_iid != iid
    finally:
        for c in clients:
            await c.close()
