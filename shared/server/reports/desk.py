"""``report.run``: supervisors and admins read the figures of a period. A report is
aggregates, not personal data, so it is not audited. Team scope: the per-agent rows
show a supervisor the agents of their teams only (admins, and supervisors of no team,
see all), and filtering by an agent outside them is ``not_your_team``; the figures per
topic, channel and time are the centre's."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo

from shared import protocol as p
from shared.server.context import Context
from shared.server.people import Session
from shared.server.reports.aggregate import Thresholds
from shared.server.reports.period import period
from shared.server.reports.run import Query, quality_report, run_report

MAX_FCR_DAYS = 90


def query_for(
    config, date_from: str, date_to: str, fcr_days: int, topic="", channel="", agent=""
) -> Query:
    """The query of a report under the centre's settings; ValueError if malformed."""
    tz = ZoneInfo(config.timezone) if config.timezone else None
    if not 0 <= fcr_days <= MAX_FCR_DAYS:
        raise ValueError(f"fcr_days must be within 0..{MAX_FCR_DAYS}")
    return Query(
        period=period(date_from, date_to, tz), tz=tz, timezone=config.timezone or "local",
        thresholds=Thresholds(
            config.service_level_seconds, config.short_abandon_seconds, fcr_days
        ),
        topic=topic, channel=channel, agent=agent,
    )  # fmt: skip


def _everyone(username: str) -> set[str] | None:
    return None


class ReportDesk:
    def __init__(
        self, ctx: Context, visible_agents: Callable[[str], set[str] | None] = _everyone
    ) -> None:
        self.ctx = ctx
        self.visible_agents = visible_agents  # None: all of them

    def handlers(self) -> dict[type, Callable[[Session, Any], Any]]:
        return {p.RunReport: self.on_run}

    async def on_run(self, session: Session, msg: p.RunReport) -> p.ReportResult:
        try:
            q = query_for(
                self.ctx.config, msg.date_from, msg.date_to, msg.fcr_days,
                msg.topic, msg.channel, msg.agent,
            )  # fmt: skip
        except ValueError as exc:
            raise p.ProtocolError(p.ErrorCode.INVALID_FORMAT, str(exc)) from None
        visible = None if session.role == "admin" else self.visible_agents(session.username)
        if visible is not None and msg.agent and msg.agent not in visible:
            raise p.ProtocolError(p.ErrorCode.NOT_YOUR_TEAM, f"{msg.agent} is not in your teams")
        result = await self.ctx.store.read(run_report, q, self.ctx.now(), msg.id)
        if visible is not None:
            result.by_agent = [row for row in result.by_agent if row.agent in visible]
            result.quality = await self.ctx.store.read(quality_report, q, visible)
        return fit_frame(result)


# Room left in a frame for the reply's envelope and the estimate's error.
FRAME_BUDGET = p.MAX_SERVER_FRAME_BYTES - 64 * 1024


def fit_frame(result: p.ReportResult, budget: int = FRAME_BUDGET) -> p.ReportResult:
    """The reply, its per-agent rows cut to the busiest that fit one frame (the other
    breakdowns are bounded by topics × channels and the hours of a week). Measured on
    2,000 agents: about 900 bytes a row, so some 1,000 agents fit."""
    size = len(p.encode(result))
    if size <= budget or not result.by_agent:
        return result
    order = list(result.by_agent)
    rows = sorted(order, key=lambda r: (-r.figures.offered, r.agent))
    per_row = max(1, sum(len(p.encode(r)) for r in rows[:50]) // min(50, len(rows)))
    keep = len(rows)
    while keep and size > budget:
        keep = max(0, keep - max(1, (size - budget) // per_row + 1))
        result.by_agent = rows[:keep]
        size = len(p.encode(result))
    kept = {id(r) for r in rows[:keep]}
    result.by_agent = [r for r in order if id(r) in kept]
    result.by_agent_omitted = len(rows) - keep
    return result
