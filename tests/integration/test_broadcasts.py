"""Broadcasts over the real server: a supervisor tells a team or all staff something,
it is stored before the reply, reaches every recipient at once (or on their next login,
also after kill -9), and the supervisors see "read by N of M" live (issue 9, Broadcast)."""

from __future__ import annotations

import pytest

from shared import protocol as p
from tests.integration.test_teams import _team_id, audit
from tests.support.bots import staff

FRONT_LINE = {"anna", "bartek", "celina", "dawid", "grzegorz", "hanna"}


async def _published_article(admin) -> p.Article:
    draft = p.ArticleDraft(title="Tram line 4 diverted", body="Via Legnicka until Friday.")
    article = (await admin.request(p.KbSave(id=0, article=draft))).article
    await admin.request(p.KbSetStatus(id=0, article_id=article.id, status="published"))
    await admin.request(p.KbPin(id=0, article_id=article.id, pinned=True))
    return article


async def test_a_broadcast_reaches_its_team_and_the_supervisor_sees_who_read_it(cc_server):
    admin, admin_rec = await staff(cc_server.url, "admin")
    sam, sam_rec = await staff(cc_server.url, "sam")
    anna, anna_rec = await staff(cc_server.url, "anna")
    ewa, ewa_rec = await staff(cc_server.url, "ewa")
    teams = (await admin.request(p.TeamList(id=0))).teams
    front, second = _team_id(teams, "Front line"), _team_id(teams, "Second line")
    article = await _published_article(admin)
    try:
        sent = (
            await sam.request(
                p.SendBroadcast(
                    id=0, text="Trams diverted, see the article", team_id=front,
                    article_id=article.id,
                )
            )
        ).broadcast  # fmt: skip
        assert (sent.recipients, sent.read, sent.team_name) == (7, 0, "Front line")
        assert sent.article_title == "Tram line 4 diverted" and sent.sender_name == "Sam Supervisor"
        got = (await anna_rec.next(p.BroadcastMessage)).broadcast
        assert got.id == sent.id and got.text == "Trams diverted, see the article"
        assert got.article_id == article.id and got.read_at is None
        await admin_rec.next(p.BroadcastMessage)  # the admin's list shows it too
        # bartek was not signed in: he gets it when he signs in
        bartek, bartek_rec = await staff(cc_server.url, "bartek")
        assert (await bartek_rec.next(p.BroadcastMessage)).broadcast.id == sent.id

        await anna.request(p.ReadBroadcast(id=0, broadcast_id=sent.id))
        await anna.request(p.ReadBroadcast(id=0, broadcast_id=sent.id))  # twice: once counted
        count = await sam_rec.next(p.BroadcastReadCount)
        assert (count.broadcast_id, count.read, count.recipients) == (sent.id, 1, 7)
        listed = (await sam.request(p.ListBroadcasts(id=0))).broadcasts
        assert [(b.id, b.read, b.recipients) for b in listed] == [(sent.id, 1, 7)]

        # not a recipient (ewa is second line), unknown id, wrong role, bad input
        for who, msg, code in (
            (ewa, p.ReadBroadcast(id=0, broadcast_id=sent.id), "not_found"),
            (anna, p.ReadBroadcast(id=0, broadcast_id=99999), "not_found"),
            (anna, p.SendBroadcast(id=0, text="hi all"), "forbidden"),
            (sam, p.SendBroadcast(id=0, text="x" * 1001, team_id=front), "too_large"),
            (sam, p.SendBroadcast(id=0, text="  ", team_id=front), "invalid_format"),
            (sam, p.SendBroadcast(id=0, text="hi", team_id=4242), "not_found"),
            (sam, p.SendBroadcast(id=0, text="hi", team_id=front, article_id="nope"), "not_found"),
            # there are teams: "all staff" is the admin's
            (sam, p.SendBroadcast(id=0, text="Hi all"), "not_your_team"),
        ):
            with pytest.raises(p.ProtocolError) as err:
                await who.request(msg)
            assert err.value.code == code, msg
        assert not ewa_rec.of(p.BroadcastMessage)

        # Sam no longer supervises the second line: broadcasting to it is refused, audited
        await admin.request(
            p.TeamSetMember(id=0, team_id=second, user="sam", member=False, supervisor=True)
        )
        with pytest.raises(p.ProtocolError) as err:
            await sam.request(p.SendBroadcast(id=0, text="Hello experts", team_id=second))
        assert err.value.code == "not_your_team"
        refusals = [e for e in audit(cc_server, "refused") if e["request"] == "broadcast"]
        assert [e["target"] for e in refusals] == ["all staff", "Second line"]

        everyone = (await admin.request(p.SendBroadcast(id=0, text="Fire drill at 11"))).broadcast
        assert everyone.recipients == 14 and everyone.team_name == ""
        assert (await ewa_rec.next(p.BroadcastMessage)).broadcast.id == everyone.id
        assert [e["target"] for e in audit(cc_server, "broadcast")] == ["Front line", "all staff"]
        await bartek.close()
    finally:
        for c in (admin, sam, anna, ewa):
            await c.close()

    # Acknowledged means kept: after kill -9, bartek (unread) gets both again, anna only
    # the one she did not read; the counts are as they were.
    cc_server.kill()
    cc_server.start()
    bartek, bartek_rec = await staff(cc_server.url, "bartek")
    anna, anna_rec = await staff(cc_server.url, "anna")
    sam, _ = await staff(cc_server.url, "sam")
    try:
        first = (await bartek_rec.next(p.BroadcastMessage)).broadcast
        second_one = (await bartek_rec.next(p.BroadcastMessage)).broadcast
        assert (first.id, second_one.id) == (sent.id, everyone.id)
        assert (await anna_rec.next(p.BroadcastMessage)).broadcast.id == everyone.id
        await anna.request(p.Ping(id=0))
        assert [m.broadcast.id for m in anna_rec.of(p.BroadcastMessage)] == [everyone.id]
        listed = {b.id: b for b in (await sam.request(p.ListBroadcasts(id=0))).broadcasts}
        assert (listed[sent.id].read, listed[sent.id].recipients) == (1, 7)
    finally:
        for c in (bartek, anna, sam):
            await c.close()
