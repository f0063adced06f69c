"""Quality evaluation and retention as the supervisor app sees them: the one part of the
Quality page and the evaluation dialog that talks to the server (``evaluation.*``,
``retention.*``). Failures are raised (``p.ProtocolError``, ``OSError``,
``TimeoutError``); each reply is also emitted, so every view showing it follows."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from shared import protocol as p
from softphone.client_service import ClientService

REQUEST_ERRORS = (p.ProtocolError, OSError, TimeoutError)


class QualityService(QObject):
    criteria_ready = Signal(p.CriteriaList)
    evaluations_ready = Signal(p.EvaluationList)
    submitted = Signal(p.Evaluation)
    retention_ready = Signal(p.RetentionStatus)
    running_changed = Signal(bool)

    def __init__(self, client: ClientService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.client = client
        self.criteria: list[p.EvaluationCriterion] = []  # the form as last read

    @property
    def is_admin(self) -> bool:
        welcome = self.client.welcome
        return welcome is not None and welcome.user.role == "admin"

    @property
    def username(self) -> str:
        welcome = self.client.welcome
        return welcome.user.username if welcome is not None else ""

    async def load_criteria(self) -> list[p.EvaluationCriterion]:
        reply: p.CriteriaList = await self.client.request(p.GetCriteria(id=0))
        self._set_criteria(reply)
        return reply.criteria

    def _set_criteria(self, reply: p.CriteriaList) -> None:
        self.criteria = list(reply.criteria)
        self.criteria_ready.emit(reply)

    async def save_criterion(
        self,
        key: str,
        *,
        title: str | None = None,
        description: str | None = None,
        weight: float | None = None,
        active: bool | None = None,
    ) -> None:
        reply: p.CriteriaList = await self.client.request(
            p.SaveCriterion(
                id=0, key=key, title=title, description=description, weight=weight, active=active
            )
        )
        self._set_criteria(reply)

    async def submit(
        self, interaction_id: str, agent: str, scores: dict[int, int], comment: str
    ) -> p.EvaluationSubmitted:
        reply: p.EvaluationSubmitted = await self.client.request(
            p.SubmitEvaluation(
                id=0,
                interaction_id=interaction_id,
                agent=agent,
                scores=[p.CriterionScore(criterion_id=c, score=s) for c, s in scores.items()],
                comment=comment,
            )
        )
        self.submitted.emit(reply.evaluation)
        return reply

    async def of_conversation(self, interaction_id: str) -> list[p.Evaluation]:
        """The evaluations of one conversation (not emitted: the dialog's own read)."""
        reply: p.EvaluationList = await self.client.request(
            p.ListEvaluations(id=0, interaction_id=interaction_id)
        )
        return reply.evaluations

    async def list(
        self, since: float | None, until: float | None, agent: str = ""
    ) -> p.EvaluationList:
        self.running_changed.emit(True)
        try:
            reply: p.EvaluationList = await self.client.request(
                p.ListEvaluations(id=0, since=since, until=until, agent=agent)
            )
        finally:
            self.running_changed.emit(False)
        self.evaluations_ready.emit(reply)
        return reply

    async def retention(self) -> p.RetentionStatus:
        reply: p.RetentionStatus = await self.client.request(p.GetRetention(id=0))
        self.retention_ready.emit(reply)
        return reply

    async def set_retention(self, topic: str, days: float) -> p.RetentionStatus:
        reply: p.RetentionStatus = await self.client.request(
            p.SetRetention(id=0, topic=topic, recording_days=days)
        )
        self.retention_ready.emit(reply)
        return reply
