"""The ``staffing.plan`` request: a supervisor's Erlang C plan of a day (read-only)."""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date

from shared import protocol as p
from shared.server import planner
from shared.server.context import Context
from shared.server.people import Session
from shared.server.staffing_plan import Override

MAX_WEEKS = 26


class StaffingDesk:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def handlers(self) -> dict[type, Callable]:
        return {p.PlanStaffing: self.on_plan}

    async def on_plan(self, session: Session, msg: p.PlanStaffing) -> p.StaffingPlan:
        def bad(text: str) -> p.ProtocolError:
            return p.ProtocolError(p.ErrorCode.INVALID_FORMAT, text)

        try:
            day = date.fromisoformat(msg.day)
        except ValueError:
            raise bad("day: YYYY-MM-DD") from None
        if not 1 <= msg.weeks <= MAX_WEEKS:
            raise bad(f"weeks: 1 to {MAX_WEEKS}")
        if msg.concurrency is not None and not 1 <= msg.concurrency <= 20:
            raise bad("concurrency: 1 to 20")
        if len(msg.overrides) > 1440:
            raise bad("too many overrides")
        overrides = {}
        for o in msg.overrides:
            if (o.contacts is not None and o.contacts < 0) or (o.aht is not None and o.aht <= 0):
                raise bad("typed-in contacts must be >= 0 and handle times > 0")
            overrides[o.interval] = Override(o.contacts, o.aht)
        try:
            targets = planner.targets_for(
                self.ctx.config,
                msg.channel,
                service_level=msg.service_level,
                target_seconds=msg.target_seconds,
                shrinkage=msg.shrinkage,
                concurrency=msg.concurrency,
                interval_minutes=msg.interval_minutes,
            )
            plan = await planner.day_plan(
                self.ctx.store,
                self.ctx.config,
                day,
                msg.channel,
                targets,
                self.ctx.now(),
                weeks=msg.weeks,
                overrides=overrides,
            )
        except ValueError as exc:
            raise bad(str(exc)) from None
        return p.StaffingPlan(
            id=msg.id,
            day=day.isoformat(),
            channel=msg.channel,
            service_level=targets.service_level,
            target_seconds=targets.target_seconds,
            shrinkage=targets.shrinkage,
            concurrency=targets.concurrency,
            weeks_used=[d.isoformat() for d in plan.weeks_used],
            intervals=[
                p.StaffingInterval(
                    start=i.start,
                    starts_at=i.starts_at,
                    contacts=i.contacts,
                    aht=i.aht,
                    typed_in=i.typed_in,
                    needed=i.needed,
                    scheduled=i.scheduled,
                    service_level=i.service_level,
                    p_wait=i.p_wait,
                    asa=None if math.isinf(i.asa) else i.asa,
                    occupancy=i.occupancy,
                    logged_in=i.logged_in,
                )
                for i in plan.intervals
            ],
        )
