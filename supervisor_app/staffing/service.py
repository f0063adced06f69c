"""The staffing planner as the Staffing page sees it: the one part of it that talks to
the server (``staffing.plan``). The page keeps the typed-in figures; each run sends them.
Failures are raised (``p.ProtocolError``, ``OSError``, ``TimeoutError``)."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from shared import protocol as p
from softphone.client_service import ClientService

REQUEST_ERRORS = (p.ProtocolError, OSError, TimeoutError)


@dataclass(slots=True)
class PlanRequest:
    day: str  # YYYY-MM-DD
    channel: p.Channel = "voice"
    service_level: float = 0.8
    target_seconds: float | None = None  # None: the centre's threshold
    shrinkage: float = 0.0
    overrides: dict[int, p.StaffingOverride] = field(default_factory=dict)


class StaffingService(QObject):
    plan_ready = Signal(p.StaffingPlan)
    running_changed = Signal(bool)

    def __init__(self, client: ClientService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.client = client
        self.plan: p.StaffingPlan | None = None

    async def run(self, request: PlanRequest) -> p.StaffingPlan:
        self.running_changed.emit(True)
        try:
            plan: p.StaffingPlan = await self.client.request(
                p.PlanStaffing(
                    id=0,
                    day=request.day,
                    channel=request.channel,
                    service_level=request.service_level,
                    target_seconds=request.target_seconds,
                    shrinkage=request.shrinkage,
                    overrides=list(request.overrides.values()),
                )
            )
        finally:
            self.running_changed.emit(False)
        self.plan = plan
        self.plan_ready.emit(plan)
        return plan
