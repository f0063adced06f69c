"""A conversation through a kill -9 of the server counts once in the report, with its
times as the events stored them (issue 10, "Reports": correct across a restart)."""

from __future__ import annotations

import asyncio
import datetime as dt
import sqlite3
from contextlib import closing

import pytest

from shared import protocol as p
from tests.support.bots import available, citizen, staff


def _events(server, iid: str) -> dict[str, list[float]]:
    with closing(sqlite3.connect(server.data_dir / "cc.db")) as con:
        found: dict[str, list[float]] = {}
        for state, ts in con.execute(
            "SELECT state, ts FROM interaction_events WHERE interaction_id = ? AND kind = 'state'"
            " ORDER BY id",
            [iid],
        ):
            found.setdefault(state, []).append(ts)
    return found


async def test_a_chat_through_a_restart_counts_once(crowd_server):
    agent, rec = await staff(crowd_server.url, "anna")
    await available(agent)
    cit, _ = await citizen(crowd_server.url)
    iid = (await cit.request(p.StartChat(id=0, topic="documents", text="ID card"))).interaction.id
    await rec.next(p.OfferCreated)
    await agent.request(p.AcceptOffer(id=0, interaction_id=iid))
    await rec.next(p.InteractionAssigned)
    agent.max_backoff = cit.max_backoff = 0.3

    crowd_server.kill()
    crowd_server.start()

    await rec.next(p.InteractionAssigned, lambda m: m.interaction.id == iid, timeout=15)
    for _ in range(50):
        if agent.connected:
            break
        await asyncio.sleep(0.1)
    await agent.request(p.CloseInteraction(id=0, interaction_id=iid))
    await agent.request(
        p.SubmitWrapup(id=0, interaction_id=iid, topic="Other", resolved_first_contact=True)
    )
    sam, _ = await staff(crowd_server.url, "sam")
    try:
        today = dt.date.today().isoformat()
        r = await sam.request(p.RunReport(id=0, date_from=today, date_to=today, topic="documents"))
    finally:
        await sam.close()
        await agent.close()
        await cit.close()
    events = _events(crowd_server, iid)
    answered, closed = min(events["active"]), min(events["closed"])
    f = r.totals
    assert (f.offered, f.answered, f.handled, f.abandoned) == (1, 1, 1, 0)
    assert f.handle_seconds == pytest.approx(closed - answered)
    assert f.resolved_first_contact == 1 and f.transferred == 0
    assert [row.agent for row in r.by_agent] == ["anna"]
