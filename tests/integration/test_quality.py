"""Quality evaluation and retention over real websockets: the form, a supervisor's
scores (weighted total, replaced on a second submission), every refusal with its code
(audited where it touches another team), the scores in the report, its CSV and the
CLI, and the retention policy per topic as the Quality page reads and an admin sets it."""

from __future__ import annotations

import csv
import io
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from shared import protocol as p
from shared.server.app import RoutingServer
from shared.server.config import ServerConfig
from shared.server.reports.desk import query_for
from shared.server.reports.export import write_csv
from shared.server.sql import audit
from tests.support.bots import staff
from tests.support.history import Past, add_past, seed_with_permits_team

ZONE = ZoneInfo("Europe/Warsaw")


def t(day: int, hh: int, mm: int = 0) -> float:
    return datetime(2024, 3, day, hh, mm, tzinfo=ZONE).timestamp()


PAST = [
    Past("q1", t(4, 9, 5), agent="anna", topic="waste", caller="+48 71 555 0101"),
    Past("q2", t(4, 10, 0), agent="anna", topic="taxes", caller="+48 71 555 0102"),
    Past("q3", t(5, 11, 0), agent="ewa", topic="permits", channel="chat"),
    Past("q4", t(1, 11, 0), agent="anna", topic="waste"),  # before the report's period
]


seed = seed_with_permits_team


@pytest.fixture
async def server(tmp_path):
    config = ServerConfig(
        data_dir=str(tmp_path / "cc-data"), port=0, telephony=False, timezone="Europe/Warsaw"
    )
    server = RoutingServer(config, lambda: t(6, 12))
    await server.start(seed)

    def history(db):
        for c in PAST:
            add_past(db, c)

    await server.store.write(history)
    try:
        yield server
    finally:
        await server.stop()


def form(criteria: list[p.EvaluationCriterion], *scores: int) -> list[p.CriterionScore]:
    active = [c for c in criteria if c.active]
    return [
        p.CriterionScore(criterion_id=c.id, score=s) for c, s in zip(active, scores, strict=True)
    ]


async def code_of(client, msg) -> str:
    with pytest.raises(p.ProtocolError) as err:
        await client.request(msg)
    return err.value.code


async def test_scores_are_weighted_replaced_refused_and_in_the_reports(server):
    url = f"ws://127.0.0.1:{server.port}/ws"
    sam, _ = await staff(url, "sam")
    criteria = (await sam.request(p.GetCriteria(id=0))).criteria
    assert [c.key for c in criteria] == [
        "greeting", "understanding", "knowledge", "courtesy", "resolution", "data_protection"
    ]  # fmt: skip
    assert [c.weight for c in criteria] == [1, 1, 2, 1, 2, 1]

    first = await sam.request(
        p.SubmitEvaluation(
            id=0, interaction_id="q1", agent="anna", scores=form(criteria, 5, 4, 3, 5, 4, 5),
            comment="Good greeting; check the bulky-waste dates.",
        )
    )  # fmt: skip
    assert first.evaluation.total == pytest.approx(33 / 8) and not first.replaced
    again = await sam.request(
        p.SubmitEvaluation(
            id=0, interaction_id="q1", agent="anna", scores=form(criteria, 5, 5, 5, 5, 5, 3)
        )
    )
    assert again.replaced and again.evaluation.total == pytest.approx(38 / 8)
    await sam.request(
        p.SubmitEvaluation(id=0, interaction_id="q2", agent="anna", scores=form(criteria, *[2] * 6))
    )
    await sam.request(
        p.SubmitEvaluation(id=0, interaction_id="q3", agent="ewa", scores=form(criteria, *[4] * 6))
    )
    await sam.request(
        p.SubmitEvaluation(id=0, interaction_id="q4", agent="anna", scores=form(criteria, *[1] * 6))
    )
    listed = await sam.request(p.ListEvaluations(id=0, interaction_id="q1"))
    assert [(e.agent, e.evaluator, e.topic) for e in listed.evaluations] == [
        ("anna", "sam", "waste")
    ]
    assert listed.evaluations[0].comment == ""  # the replacement's

    # Every wrong form is refused with its code, and nothing is stored.
    six = form(criteria, *[3] * 6)
    bad = {
        p.ErrorCode.SCORE_OUT_OF_RANGE: p.SubmitEvaluation(
            id=0, interaction_id="q2", agent="anna", scores=form(criteria, 6, 3, 3, 3, 3, 3)
        ),
        p.ErrorCode.SCORE_MISSING: p.SubmitEvaluation(
            id=0, interaction_id="q2", agent="anna", scores=six[:5]
        ),
        p.ErrorCode.UNKNOWN_CRITERION: p.SubmitEvaluation(
            id=0, interaction_id="q2", agent="anna",
            scores=[*six, p.CriterionScore(criterion_id=999, score=3)],
        ),
        p.ErrorCode.NOT_FOUND: p.SubmitEvaluation(
            id=0, interaction_id="q2", agent="ewa", scores=six  # ewa took no part in q2
        ),
    }  # fmt: skip
    for code, msg in bad.items():
        assert await code_of(sam, msg) == code
    assert (
        await code_of(
            sam, p.SubmitEvaluation(id=0, interaction_id="nope", agent="anna", scores=six)
        )
        == p.ErrorCode.NOT_FOUND
    )
    tina, _ = await staff(url, "tina")  # supervises ewa only
    assert (
        await code_of(tina, p.SubmitEvaluation(id=0, interaction_id="q2", agent="anna", scores=six))
        == p.ErrorCode.NOT_YOUR_TEAM
    )
    assert [e.agent for e in (await tina.request(p.ListEvaluations(id=0))).evaluations] == ["ewa"]
    anna, _ = await staff(url, "anna")
    assert await code_of(anna, p.GetCriteria(id=0)) == p.ErrorCode.FORBIDDEN
    assert await code_of(sam, p.SaveCriterion(id=0, key="x", title="X")) == p.ErrorCode.FORBIDDEN
    q2 = await sam.request(p.ListEvaluations(id=0, interaction_id="q2"))
    assert [e.total for e in q2.evaluations] == [2.0]  # the refused ones changed nothing

    # The report of 4-5 March: q1 (4.75), q2 (2.0), q3 (4.0); q4 arrived before it.
    report = await sam.request(p.RunReport(id=0, date_from="2024-03-04", date_to="2024-03-05"))
    qr = report.quality
    assert qr.evaluations == 3 and qr.average == pytest.approx((4.75 + 2 + 4) / 3)
    assert [(a.key, a.name, a.evaluations, a.average) for a in qr.by_agent] == [
        ("anna", "Anna Kowalska", 2, pytest.approx(3.375)),
        ("ewa", "Ewa Lewandowska", 1, 4.0),
    ]
    assert {a.key: a.average for a in qr.by_topic} == {"waste": 4.75, "taxes": 2.0, "permits": 4.0}
    data_protection = next(a for a in qr.by_criterion if a.key == "data_protection")
    assert (data_protection.name, data_protection.average) == (
        "Data protection respected",
        pytest.approx((3 + 2 + 4) / 3),
    )
    scoped = await tina.request(p.RunReport(id=0, date_from="2024-03-04", date_to="2024-03-05"))
    sq = scoped.quality  # scores are per person: a supervisor's teams' only, totals too
    assert [a.key for a in sq.by_agent] == ["ewa"] and (sq.evaluations, sq.average) == (1, 4.0)
    assert [a.key for a in sq.by_topic] == ["permits"]
    assert await code_of(tina, p.ListEvaluations(id=0, agent="anna")) == p.ErrorCode.NOT_YOUR_TEAM
    only_chat = await sam.request(
        p.RunReport(id=0, date_from="2024-03-04", date_to="2024-03-05", channel="chat")
    )
    assert only_chat.quality.evaluations == 1

    out = io.StringIO()
    q = query_for(server.config, "2024-03-04", "2024-03-05", 7)
    await server.store.read(write_csv, q, out)
    scores = {r["id"]: r["quality_score"] for r in csv.DictReader(io.StringIO(out.getvalue()))}
    assert (scores["q1"], scores["q2"], scores["q3"]) == ("4.75", "2.00", "4.00")

    # A criterion the admin adds must be scored from now on; old evaluations keep theirs.
    admin, _ = await staff(url, "admin")
    changed = await admin.request(
        p.SaveCriterion(id=0, key="accessibility", title="Plain language", weight=1.0)
    )
    assert [c.key for c in changed.criteria][-1] == "accessibility"
    assert (
        await code_of(sam, p.SubmitEvaluation(id=0, interaction_id="q2", agent="anna", scores=six))
        == p.ErrorCode.SCORE_MISSING
    )
    await admin.request(p.SaveCriterion(id=0, key="greeting", active=False))
    now = (await sam.request(p.GetCriteria(id=0))).criteria
    assert [c.key for c in now if not c.active] == ["greeting"]
    assert (await sam.request(p.ListEvaluations(id=0, interaction_id="q1"))).evaluations[
        0
    ].total == pytest.approx(38 / 8)

    entries = await server.store.read(audit.audit_log, 200)
    acts = {(e["actor"], e["action"], e["target"]) for e in entries}
    assert ("sam", "quality.evaluation_submitted", "q1") in acts
    assert ("sam", "quality.evaluation_replaced", "q1") in acts
    refusals = sorted(
        (e["target"], e["detail"]["request"])
        for e in entries
        if e["actor"] == "tina" and e["action"].endswith("refused")
    )
    assert refusals == [("anna", "evaluation.list"), ("anna", "evaluation.submit")], refusals

    # a form with nothing in use scores nothing (a total of 0 would be off the scale)
    for c in now:
        if c.active:
            await admin.request(p.SaveCriterion(id=0, key=c.key, active=False))
    assert (
        await code_of(sam, p.SubmitEvaluation(id=0, interaction_id="q2", agent="anna", scores=[]))
        == p.ErrorCode.SCORE_MISSING
    )
    for c in (sam, tina, anna, admin):
        await c.close()


async def test_retention_policy_per_topic_is_shown_and_set_by_admins_only(server):
    url = f"ws://127.0.0.1:{server.port}/ws"
    sam, _ = await staff(url, "sam")
    admin, _ = await staff(url, "admin")
    status = await sam.request(p.GetRetention(id=0))
    assert status.default_days == server.config.recording_retention_days
    assert status.next_run is None  # no telephony here: no recordings, no job
    assert (
        await code_of(sam, p.SetRetention(id=0, topic="taxes", recording_days=10))
        == p.ErrorCode.FORBIDDEN
    )
    for days in (0, -1):
        assert (
            await code_of(admin, p.SetRetention(id=0, topic="taxes", recording_days=days))
            == p.ErrorCode.INVALID_FORMAT
        )
    after = await admin.request(p.SetRetention(id=0, topic="taxes", recording_days=365))
    taxes = next(x for x in after.topics if x.topic == "taxes")
    assert (taxes.recording_days, taxes.is_default) == (365, False)
    entries = await server.store.read(audit.audit_log, 50)
    assert any(e["actor"] == "admin" and "retention" in e["action"] for e in entries)
    for c in (sam, admin):
        await c.close()
