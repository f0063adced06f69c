"""Quality evaluation and retention requests: the form, submitting and listing
evaluations, the retention policy and its job's status.

The rules are ``shared.server.quality`` (pure) and the SQL ``shared.server.sql.quality``;
this module only checks who may do what: supervisors evaluate their teams' staff
(``Staffing.supervised_agent``: refusals audited), admins anyone; admins edit the form
and the retention policy.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any
from zoneinfo import ZoneInfo

from shared import protocol as p
from shared.server import quality
from shared.server.context import Context
from shared.server.people import Session
from shared.server.quality import Criterion, ScoredEvaluation, ScoreError
from shared.server.sql import interactions, participants, users
from shared.server.sql import quality as q

SupervisedAgent = Callable[[Session, str, str], Awaitable[Any]]


def _criterion(c: Criterion) -> p.EvaluationCriterion:
    return p.EvaluationCriterion(
        id=c.id, key=c.key, title=c.title, description=c.description, weight=c.weight,
        position=c.position, active=c.active,
    )  # fmt: skip


def _average(r: quality.QualityRow, name: str = "") -> p.QualityAverage:
    return p.QualityAverage(
        key=r.key, evaluations=r.evaluations, average=r.average, lowest=r.lowest,
        highest=r.highest, name=name,
    )  # fmt: skip


class QualityDesk:
    def __init__(
        self,
        ctx: Context,
        supervised_agent: SupervisedAgent,
        visible_agents: Callable[[str], set[str] | None],
    ) -> None:
        self.ctx = ctx
        self.supervised_agent = supervised_agent  # Staffing.supervised_agent
        self.visible_agents = visible_agents  # Teams.visible_agents

    def handlers(self) -> dict[type, Callable[[Session, Any], Any]]:
        return {
            p.GetCriteria: self.on_criteria,
            p.SaveCriterion: self.on_save_criterion,
            p.SubmitEvaluation: self.on_submit,
            p.ListEvaluations: self.on_list,
            p.GetRetention: self.on_retention,
            p.SetRetention: self.on_set_retention,
        }

    async def _criteria(self, req_id: int) -> p.CriteriaList:
        form = await self.ctx.store.read(q.criteria)
        form.sort(key=lambda c: (not c.active, c.position, c.id))
        return p.CriteriaList(id=req_id, criteria=[_criterion(c) for c in form])

    async def on_criteria(self, session: Session, msg: p.GetCriteria) -> p.CriteriaList:
        return await self._criteria(msg.id)

    async def on_save_criterion(self, session: Session, msg: p.SaveCriterion) -> p.CriteriaList:
        if not msg.key.strip() or (msg.weight is not None and msg.weight <= 0):
            raise p.ProtocolError(p.ErrorCode.INVALID_FORMAT, "a key and a positive weight")
        await self.ctx.store.write(
            q.save_criterion, session.username, self.ctx.now(), msg.key.strip(),
            title=msg.title, description=msg.description, weight=msg.weight,
            position=msg.position, active=msg.active,
        )  # fmt: skip
        return await self._criteria(msg.id)

    async def on_submit(self, session: Session, msg: p.SubmitEvaluation) -> p.EvaluationSubmitted:
        found = await self.ctx.store.read(interactions.interaction, msg.interaction_id)
        if found is None:
            raise p.ProtocolError(p.ErrorCode.NOT_FOUND, f"no conversation {msg.interaction_id}")
        await self.supervised_agent(session, msg.agent, "evaluation.submit")  # audited refusal
        took_part = {r["username"] for r in await self.ctx.store.read(
            participants.participants, msg.interaction_id
        )} | ({found["agent"]} if found.get("agent") else set())  # fmt: skip
        if msg.agent not in took_part:
            raise p.ProtocolError(
                p.ErrorCode.NOT_FOUND, f"{msg.agent} took no part in {msg.interaction_id}"
            )
        scores = {s.criterion_id: s.score for s in msg.scores}
        if len(scores) != len(msg.scores):
            raise p.ProtocolError(p.ErrorCode.INVALID_FORMAT, "a criterion scored twice")
        try:
            eval_id, _, replaced = await self.ctx.store.write(
                q.save_evaluation, msg.interaction_id, session.username, msg.agent, scores,
                msg.comment[:4000], self.ctx.now(),
            )  # fmt: skip
        except ScoreError as exc:
            raise p.ProtocolError(exc.code, str(exc)) from None
        stored = await self.ctx.store.read(q.evaluations, interaction_id=msg.interaction_id)
        wire = next((self._wire(e) for e in stored if e.id == eval_id), None)
        if wire is None:  # replaced again at once from another session
            raise p.ProtocolError(p.ErrorCode.CONFLICT, "your evaluation was replaced meanwhile")
        return p.EvaluationSubmitted(id=msg.id, evaluation=wire, replaced=replaced)

    @staticmethod
    def _wire(e: ScoredEvaluation) -> p.Evaluation:
        return p.Evaluation(
            id=e.id, interaction_id=e.interaction_id, evaluator=e.evaluator,
            agent=e.agent, topic=e.topic, ts=e.ts, comment=e.comment, total=e.total,
            scores=[p.CriterionScore(criterion_id=c, score=s) for c, s in sorted(e.scores.items())],
        )  # fmt: skip

    async def on_list(self, session: Session, msg: p.ListEvaluations) -> p.EvaluationList:
        if msg.agent:
            await self.supervised_agent(session, msg.agent, "evaluation.list")
        found = await self.ctx.store.read(
            q.evaluations, since=msg.since, until=msg.until, agent=msg.agent or None,
            interaction_id=msg.interaction_id or None,
        )  # fmt: skip
        visible = self.visible_agents(session.username)
        if visible is not None:
            found = [e for e in found if e.agent in visible]
        names = await self.ctx.store.read(users.display_names)
        return p.EvaluationList(
            id=msg.id,
            evaluations=[self._wire(e) for e in found[:500]],
            by_agent=[_average(r, names.get(r.key, "")) for r in quality.by_agent(found)],
        )

    async def on_retention(self, session: Session, msg: p.GetRetention) -> p.RetentionStatus:
        config = self.ctx.config
        default = config.recording_retention_days
        policies = await self.ctx.store.read(q.retention_policies)
        held = await self.ctx.store.read(q.bytes_by_topic)
        last = await self.ctx.store.read(q.last_retention_run)
        tz = ZoneInfo(config.timezone) if config.timezone else None
        topics = [
            p.RetentionTopic(
                topic=t,
                recording_days=policies[t].recording_days if t in policies else default,
                is_default=t not in policies,
                recordings=held.get(t, (0, 0))[0],
                bytes=held.get(t, (0, 0))[1],
            )
            for t in sorted(set(policies) | set(held))
        ]
        return p.RetentionStatus(
            id=msg.id, default_days=default, topics=topics,
            last_run=last[0] if last else None, last_deleted=last[1] if last else {},
            next_run=quality.next_run(self.ctx.now(), config.retention_run_at, tz)
            if config.telephony
            else None,
        )  # fmt: skip

    async def on_set_retention(self, session: Session, msg: p.SetRetention) -> p.RetentionStatus:
        if not msg.topic or not msg.recording_days > 0:
            raise p.ProtocolError(p.ErrorCode.INVALID_FORMAT, "a topic and days > 0")
        await self.ctx.store.write(
            q.set_retention, session.username, self.ctx.now(), msg.topic, msg.recording_days
        )
        return await self.on_retention(session, p.GetRetention(id=msg.id))
