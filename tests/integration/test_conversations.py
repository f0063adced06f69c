"""The Conversations tab's requests over real websockets: every search filter includes
and excludes, full text ignores accents, paging, team scope, tags, a recording fetched
in chunks is the exact file, and every search, view, playback and export is audited."""

from __future__ import annotations

import base64
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from shared import protocol as p
from shared.server.app import RoutingServer
from shared.server.config import ServerConfig
from shared.server.sql import audit
from tests.support.bots import staff
from tests.support.history import Past, add_past, seed_with_permits_team

ZONE = ZoneInfo("Europe/Warsaw")


def t(day: int, hh: int, mm: int = 0) -> float:
    return datetime(2024, 3, day, hh, mm, tzinfo=ZONE).timestamp()


PAST = [
    # Monday 4 March
    Past("c1", t(4, 9, 5), caller="+48 71 555 0101", talk=300, recording_seconds=7.0),
    Past(
        "c2",
        t(4, 14, 30),
        topic="taxes",
        agent="bartek",
        caller="+48 600 100 200",
        transfers=1,
        resolved=False,
        talk=60,
    ),
    Past(
        "c3",
        t(4, 23, 50),
        channel="chat",
        topic="transport",
        agent="anna",
        citizen_name="Zofia",
        messages=[("citizen", "Czy przełączenie linii 14 jest dziś?"), ("agent", "Tak, od 10:00.")],
    ),
    # Tuesday 5 March
    Past("c4", t(5, 9, 10), agent=None, wait=40, caller="+48 71 555 0199"),
    Past(
        "c5",
        t(5, 11, 0),
        channel="chat",
        topic="permits",
        agent="ewa",
        messages=[("citizen", "Building permit for a garage?")],
    ),
]


seed = seed_with_permits_team


@pytest.fixture
async def server(tmp_path):
    config = ServerConfig(
        data_dir=str(tmp_path / "cc-data"), port=0, telephony=False, timezone="Europe/Warsaw"
    )
    server = RoutingServer(config, lambda: t(6, 12))
    await server.start(seed)
    rec_dir = config.recordings_path

    def history(db):
        for c in PAST:
            add_past(db, c, rec_dir)

    await server.store.write(history)
    try:
        yield server
    finally:
        await server.stop()


async def ids(client, **query) -> list[str]:
    found = await client.request(p.SearchConversations(id=0, query=p.ConversationQuery(**query)))
    return [r.id for r in found.rows]


async def test_each_filter_includes_and_excludes(server):
    sam, _ = await staff(f"ws://127.0.0.1:{server.port}/ws", "sam")
    assert await ids(sam) == ["c5", "c4", "c3", "c2", "c1"]  # newest first
    assert await ids(sam, from_day="2024-03-05") == ["c5", "c4"]
    assert await ids(sam, to_day="2024-03-04") == ["c3", "c2", "c1"]  # 23:50 local is Monday
    assert await ids(sam, agent="bartek") == ["c2"]
    assert await ids(sam, topic="taxes") == ["c2"]
    assert await ids(sam, caller="555 01") == ["c4", "c1"]  # digits anywhere
    assert await ids(sam, caller="0101") == ["c1"]
    assert await ids(sam, channel="chat") == ["c5", "c3"]
    assert await ids(sam, transferred=True) == ["c2"]
    assert await ids(sam, transferred=False, channel="voice") == ["c4", "c1"]
    assert await ids(sam, min_seconds=200) == ["c1"]
    assert await ids(sam, max_seconds=100, channel="voice") == ["c2"]
    assert await ids(sam, text="PRZELACZENIE") == ["c3"]  # accents and case ignored
    assert await ids(sam, text="przełącz") == ["c3"]  # a word's beginning
    assert await ids(sam, text="garage permit") == ["c5"]
    assert await ids(sam, text="tram") == []
    assert await ids(sam, hour_of_day=9) == ["c4", "c1"]  # local hours
    assert await ids(sam, weekday=0) == ["c3", "c2", "c1"]  # Monday
    assert await ids(sam, weekday=1, hour_of_day=11) == ["c5"]

    page = await sam.request(
        p.SearchConversations(id=0, query=p.ConversationQuery(), offset=2, limit=2)
    )
    assert page.total == 5 and [r.id for r in page.rows] == ["c3", "c2"]
    c1 = (
        await sam.request(p.SearchConversations(id=0, query=p.ConversationQuery(caller="0101")))
    ).rows[0]
    assert (c1.agents, c1.tags, c1.wait, c1.duration) == (["anna"], ["waste"], 10, 300)
    assert c1.recording_channels == 2 and c1.recording_seconds == 7.0 and c1.resolved
    c4 = (
        await sam.request(p.SearchConversations(id=0, query=p.ConversationQuery(caller="0199")))
    ).rows[0]
    assert c4.state == "abandoned" and c4.answered is None and c4.duration is None

    for bad in (
        p.ConversationQuery(from_day="4 March"),
        p.ConversationQuery(hour_of_day=24),
        p.ConversationQuery(weekday=7),
    ):
        with pytest.raises(p.ProtocolError) as err:
            await sam.request(p.SearchConversations(id=0, query=bad))
        assert err.value.code == p.ErrorCode.INVALID_FORMAT
    with pytest.raises(p.ProtocolError) as err:
        await sam.request(p.SearchConversations(id=0, query=p.ConversationQuery(), limit=1000))
    assert err.value.code == p.ErrorCode.INVALID_FORMAT
    await sam.close()


async def test_team_scope_roles_tags_details_and_the_audit(server):
    url = f"ws://127.0.0.1:{server.port}/ws"
    tina, _ = await staff(url, "tina")  # supervises the Permits desk: ewa only
    assert await ids(tina) == ["c5", "c4"]  # ewa's, and the queue's (nobody answered c4)
    with pytest.raises(p.ProtocolError) as err:
        await tina.request(p.GetConversation(id=0, interaction_id="c1"))
    assert err.value.code == p.ErrorCode.NOT_YOUR_TEAM
    admin, _ = await staff(url, "admin")
    assert len(await ids(admin)) == 5  # admins: all
    agent, _ = await staff(url, "anna")
    with pytest.raises(p.ProtocolError) as err:
        await agent.request(p.SearchConversations(id=0, query=p.ConversationQuery()))
    assert err.value.code == p.ErrorCode.FORBIDDEN

    sam, _ = await staff(url, "sam")
    detail = await sam.request(p.GetConversation(id=0, interaction_id="c3"))
    assert [m.text for m in detail.messages][0].startswith("Czy przełączenie")
    assert [e.what for e in detail.events] == ["queued", "active", "wrap_up", "closed"]
    assert detail.wrapups[0].topic == "transport" and detail.recordings == []

    await sam.request(
        p.SetConversationTags(id=0, interaction_id="c1", tags=["coaching", " bulky  waste "])
    )
    assert await ids(sam, topic="coaching") == ["c1"]
    found = (
        await sam.request(
            p.SearchConversations(id=0, query=p.ConversationQuery(topic="bulky waste"))
        )
    ).rows
    assert found[0].tags == ["waste", "bulky waste", "coaching"]  # wrap-up tag first
    await sam.request(p.SetConversationTags(id=0, interaction_id="c1", tags=["coaching"]))
    assert await ids(sam, topic="bulky waste") == []
    with pytest.raises(p.ProtocolError) as err:
        await sam.request(p.SetConversationTags(id=0, interaction_id="c1", tags=["x" * 41]))
    assert err.value.code == p.ErrorCode.INVALID_FORMAT
    with pytest.raises(p.ProtocolError) as err:
        await tina.request(p.SetConversationTags(id=0, interaction_id="c1", tags=["mine"]))
    assert err.value.code == p.ErrorCode.NOT_YOUR_TEAM

    entries = await server.store.read(audit.audit_log, 100)
    acts = [(e["actor"], e["action"], e["target"]) for e in reversed(entries)]
    assert ("tina", "conversation_refused", "c1") in acts
    assert ("sam", "conversation_view", "c3") in acts
    assert ("sam", "conversation_tags", "c1") in acts
    searches = [e for e in entries if e["action"] == "conversation_search"]
    assert {"query": {"topic": "coaching"}, "offset": 0, "found": 1} in [
        e["detail"] for e in searches
    ]
    for c in (tina, admin, agent, sam):
        await c.close()


async def test_a_recording_comes_in_chunks_that_make_the_exact_file(server):
    sam, _ = await staff(f"ws://127.0.0.1:{server.port}/ws", "sam")
    row = (
        await sam.request(p.SearchConversations(id=0, query=p.ConversationQuery(caller="0101")))
    ).rows[0]
    original = (server.centre.ctx.config.recordings_path / "c1.wav").read_bytes()
    assert len(original) > p.RECORDING_CHUNK_BYTES  # 7 s of 8 kHz stereo: two chunks
    got, offset, chunks = b"", 0, 0
    while True:
        chunk = await sam.request(
            p.FetchRecording(id=0, recording_id=row.recording_id, purpose="export", offset=offset)
        )
        got += base64.b64decode(chunk.data)
        offset, chunks = offset + len(base64.b64decode(chunk.data)), chunks + 1
        if chunk.done:
            break
    assert got == original and chunks == 2 and chunk.total_bytes == len(original)
    with pytest.raises(p.ProtocolError) as err:
        await sam.request(p.FetchRecording(id=0, recording_id=row.recording_id, offset=10**9))
    assert err.value.code == p.ErrorCode.INVALID_FORMAT
    with pytest.raises(p.ProtocolError) as err:
        await sam.request(p.FetchRecording(id=0, recording_id=999))
    assert err.value.code == p.ErrorCode.NOT_FOUND

    def delete(db):
        db.execute("UPDATE recordings SET state = 'deleted' WHERE id = ?", [row.recording_id])

    await server.store.write(delete)
    with pytest.raises(p.ProtocolError) as err:
        await sam.request(p.FetchRecording(id=0, recording_id=row.recording_id))
    assert err.value.code == p.ErrorCode.NOT_FOUND and "retention" in err.value.message
    exports = [
        e for e in await server.store.read(audit.audit_log, 50) if e["action"] == "recording_export"
    ]
    assert len(exports) == 1 and exports[0]["target"] == "c1"  # one per fetch, not per chunk
    await sam.close()
