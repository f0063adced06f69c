"""Quality evaluations and per-topic retention against a real SQLite store."""

from __future__ import annotations

from pathlib import Path

import pytest

from shared.server.quality import ScoreError
from shared.server.sql import audit, interactions, recordings, users
from shared.server.sql import quality as q
from shared.server.store import Store

DAY = 86400.0


@pytest.fixture
async def store(tmp_path: Path):
    s = Store(tmp_path / "cc.db")
    await s.open()
    await s.write(users.add_user, "anna", "Anna", "agent", "h", {"tax": 3})
    await s.write(users.add_user, "sam", "Sam", "supervisor", "h", {})
    for iid, topic in (("i1", "tax"), ("i2", "parking"), ("i3", "tax")):
        await s.write(
            interactions.create_interaction, iid, "voice", topic, "Jan", f"t-{iid}", 0, 10.0, None
        )
    yield s
    await s.close()


async def test_seeded_form_submit_replace_and_report(store: Store) -> None:
    form = await store.read(q.criteria)
    assert [c.key for c in form] == [
        "greeting",
        "understanding",
        "knowledge",
        "courtesy",
        "resolution",
        "data_protection",
    ]
    scores = {c.id: 4 for c in form}
    eid, total, replaced = await store.write(
        q.save_evaluation, "i1", "sam", "anna", scores, "ok", 100
    )
    assert (total, replaced) == (4.0, False)
    scores[form[2].id] = 1  # knowledge weighs 2 of 8
    eid2, total, replaced = await store.write(
        q.save_evaluation, "i1", "sam", "anna", scores, "again", 101
    )
    assert replaced and total == pytest.approx((5 * 4 + 2 * 1 + 1 * 4) / 8)
    stored = await store.read(q.evaluations, interaction_id="i1")
    assert [(e.id, e.scores[form[2].id]) for e in stored] == [(eid2, 1)]
    await store.write(q.save_evaluation, "i2", "sam", "anna", {c.id: 2 for c in form}, "", 102)
    by_agent = await store.read(q.quality_by_agent, 0, 200)
    assert [(r.key, r.evaluations) for r in by_agent] == [("anna", 2)]
    by_topic = {r.key: r.average for r in await store.read(q.quality_by_topic, 0, 200)}
    assert by_topic == {"parking": 2.0, "tax": pytest.approx(26 / 8)}
    assert await store.read(q.quality_by_agent, 103, 200) == []  # outside the period
    actions = [e["action"] for e in await store.read(audit.audit_log)]
    assert (
        actions[:3]
        == [
            "quality.evaluation_submitted",
            "quality.evaluation_replaced",
            "quality.evaluation_submitted",
        ][::-1]
    )


async def test_bad_forms_are_refused_and_nothing_stored(store: Store) -> None:
    form = await store.read(q.criteria)
    with pytest.raises(ScoreError) as caught:
        await store.write(q.save_evaluation, "i1", "sam", "anna", {form[0].id: 5}, "", 100)
    assert caught.value.code == "score_missing"
    assert await store.read(q.evaluations) == []


async def test_deactivated_criterion_keeps_old_evaluations_readable(store: Store) -> None:
    form = await store.read(q.criteria)
    await store.write(q.save_evaluation, "i1", "sam", "anna", {c.id: 3 for c in form}, "", 100)
    await store.write(q.save_criterion, "admin", 101, "courtesy", active=False)
    added = await store.write(q.save_criterion, "admin", 102, "follow_up", title="Follow-up")
    assert added.active and added.position == 6
    active = await store.read(q.criteria, active_only=True)
    assert "courtesy" not in [c.key for c in active] and "follow_up" in [c.key for c in active]
    old = (await store.read(q.evaluations))[0]
    assert len(old.scores) == 6  # the retired criterion's score is still there
    crit = {r.key for r in await store.read(q.quality_by_criterion, 0, 200)}
    assert "courtesy" in crit
    log = await store.read(audit.audit_log)
    assert [(e["action"], e["target"]) for e in log[:2]] == [
        ("quality.criterion_added", "follow_up"),
        ("quality.criterion_changed", "courtesy"),
    ]


async def test_retention_per_topic_and_never_a_live_conversation(store: Store) -> None:
    now = 400 * DAY
    for iid, path in (("i1", "a.wav"), ("i2", "b.wav"), ("i3", "c.wav")):
        await store.write(recordings.recording_started, iid, "anna", path, now - 100 * DAY)
        await store.write(recordings.recording_finished, path, 10.0, 1000)
    await store.write(q.set_retention, "admin", now, "tax", 365)
    for iid in ("i1", "i2"):  # i3 is still queued: a live conversation
        await store.write(interactions.set_interaction_state, iid, "closed", now - 99 * DAY)
    due = await store.read(q.recordings_past_policy, now, 90.0)
    # tax keeps a year; parking uses the 90-day default
    assert [(p, t, d) for _, p, t, d in due] == [("b.wav", "parking", 90.0)]
    await store.write(q.set_retention, "admin", now, "tax", 30)
    due = await store.read(q.recordings_past_policy, now, 90.0)
    assert sorted(p for _, p, _, _ in due) == ["a.wav", "b.wav"]  # never c.wav: live
    assert await store.read(q.bytes_by_topic) == {"parking": (1, 1000), "tax": (2, 2000)}
    log = await store.read(audit.audit_log)
    assert log[0]["action"] == "retention.policy_set" and log[0]["detail"]["before"] == 365
