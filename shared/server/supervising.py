"""A supervisor's actions on one agent besides forcing a presence (``staffing``): ending
their sessions (log out) and reading their presence timeline for today. Who may act on
whom is decided in one place, ``Staffing.supervised_agent``."""

from __future__ import annotations

from collections.abc import Callable

from shared import protocol as p
from shared.server.context import Context
from shared.server.people import Session
from shared.server.sql import audit, users
from shared.server.sql import wallboard as wallboard_sql
from shared.server.staffing import Staffing
from shared.server.timeline import segments


class Supervising:
    def __init__(
        self, ctx: Context, staffing: Staffing, day_start: Callable[[float], float]
    ) -> None:
        self.ctx = ctx
        self.staffing = staffing
        self.day_start = day_start  # local midnight of a time (the wallboard's day)

    def handlers(self) -> dict[type, Callable]:
        return {p.ForceLogout: self.on_force_logout, p.GetTimeline: self.on_timeline}

    async def on_force_logout(self, session: Session, msg: p.ForceLogout) -> p.Ok:
        """Signed out everywhere and Offline: tokens revoked (no silent resume), apps
        disconnected; audited before the acknowledgement."""
        staff = await self.staffing.supervised_agent(session, msg.user, "force_logout")
        reason = msg.reason[:60] or "Signed out by supervisor"
        revoked = await self.ctx.store.write(users.revoke_user_tokens, staff.username)
        await self.ctx.store.write(
            audit.audit,
            session.username,
            "force_logout",
            staff.username,
            {"tokens": revoked, "connections": len(staff.sessions), "reason": reason},
            self.ctx.now(),
        )
        await self.staffing.set_presence(staff.username, "offline", reason, by=session.username)
        for s in list(staff.sessions):
            s.close(p.CLOSE_POLICY, p.SIGNED_OUT_BY_SUPERVISOR)
        return p.Ok(id=msg.id)

    async def on_timeline(self, session: Session, msg: p.GetTimeline) -> p.Timeline:
        staff = await self.staffing.supervised_agent(session, msg.user, "timeline")
        now = self.ctx.now()
        start = self.day_start(now)
        rows = await self.ctx.store.read(wallboard_sql.presence_day, staff.username, start)
        return p.Timeline(
            id=msg.id,
            user=staff.username,
            day_start=start,
            now=now,
            segments=segments(rows, start, now),
        )
