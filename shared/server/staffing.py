"""Staff as the routing engine sees them: who takes which queues on which channels,
presence chosen by the agent or forced by a supervisor, connected or not."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from shared import protocol as p
from shared.routing import Engine
from shared.server.catalogue import Catalogue
from shared.server.channels import Channel
from shared.server.context import Context
from shared.server.effects import Effects
from shared.server.offers import require_routable
from shared.server.people import People, Session, Staff
from shared.server.sql import audit, presence


class Staffing:
    def __init__(
        self,
        ctx: Context,
        engine: Engine,
        people: People,
        catalogue: Catalogue,
        effects: Effects,
        channels: dict[str, Channel],
        may_supervise: Callable[[str, str], bool] = lambda supervisor, agent: True,
    ) -> None:
        self.ctx = ctx
        self.may_supervise = may_supervise  # Teams.may_supervise
        self.engine = engine
        self.people = people
        self.catalogue = catalogue
        self.effects = effects
        self.channels = channels
        self.wanted: dict[str, frozenset[str] | None] = {}  # who takes only some channels

    def add(self, row: dict[str, Any], last: tuple[str, str] | None, now: float) -> Staff:
        """A user loaded from the store (at start): known, and routable if they take work."""
        staff = Staff(
            row["username"],
            row["display_name"],
            row["role"],
            dict(row["skills"]),
            row["password_hash"],
        )
        self.people.staff[staff.username] = staff
        if staff.routable:
            chosen, reason = last or ("offline", "")
            self.engine.add_agent(
                staff.username,
                self.catalogue.routing_skills(staff.role, staff.username, staff.skills),
                now,
                presence=chosen,
                reason=reason,
                connected=False,
                channels=self.channels_of(staff.username),
            )
        return staff

    def owner_in_engine(self, username: str) -> None:
        """A supervisor who takes a conversation over is in the routing engine from then
        on, to own it: no skills (never offered queue work) and owing no wrap-up. Their
        presence there is no presence anyone is shown (supervisors have none)."""
        if self.engine.knows(username):
            return
        self.engine.add_agent(
            username, {}, self.ctx.now(), presence="available", connected=True, wraps_up=False
        )

    def channels_of(self, username: str) -> frozenset[str]:
        """The channels this person can be offered now (a call needs a softphone), of
        those they take (``agent.set_channels``)."""
        wanted = self.wanted.get(username)
        return frozenset(
            ch
            for ch, adapter in self.channels.items()
            if adapter.can_offer(username) and (wanted is None or ch in wanted)
        )

    async def on_set_channels(self, session: Session, msg: p.SetChannels) -> p.Ok:
        require_routable(session)
        self.wanted[session.username] = frozenset(msg.channels) if msg.channels else None
        self.refresh_channels(session.username)
        return p.Ok(id=msg.id)

    def refresh_channels(self, username: str) -> None:
        """Their phone (or another channel's means) came or went."""
        if username in self.people.staff and self.people.staff[username].routable:
            self.effects.step(
                self.engine.set_channels, username, self.channels_of(username), self.ctx.now()
            )
            self.effects.wallboard.agent(username)  # the directory shows who takes calls

    def set_connected(self, username: str, connected: bool) -> None:
        self.effects.step(self.engine.set_connected, username, connected, self.ctx.now())
        self.effects.wallboard.agent(username)

    # ------------------------------------------------------------------ presence

    async def on_set_presence(self, session: Session, msg: p.SetPresence) -> p.Ok:
        require_routable(session)
        reason = self._valid_reason(msg.state, msg.reason)
        await self.set_presence(session.username, msg.state, reason, by=session.username)
        return p.Ok(id=msg.id)

    async def supervised_agent(self, session: Session, username: str, request: str) -> Staff:
        """The agent a supervisor acts on (force presence, log out, timeline): the one
        place that decides whether this supervisor may (every supervisor action calls it).
        Someone outside the supervisor's teams is refused (``not_your_team``), audited."""
        staff = self.people.staff.get(username)
        if staff is None or not staff.routable:
            raise p.ProtocolError(p.ErrorCode.NOT_FOUND, f"no agent {username!r}")
        if not self.may_supervise(session.username, username):
            await self.ctx.store.write(
                audit.audit,
                session.username,
                "refused",
                username,
                {"request": request, "code": p.ErrorCode.NOT_YOUR_TEAM},
                self.ctx.now(),
            )
            raise p.ProtocolError(p.ErrorCode.NOT_YOUR_TEAM, f"{username} is in none of your teams")
        return staff

    async def on_force_presence(self, session: Session, msg: p.ForcePresence) -> p.Ok:
        await self.supervised_agent(session, msg.user, "force_presence")
        # Available carries no reason (the engine shows none for it).
        reason = "" if msg.state == "available" else msg.reason[:60] or "Set by supervisor"
        await self.ctx.store.write(
            audit.audit,
            session.username,
            "force_presence",
            msg.user,
            {"state": msg.state, "reason": reason},
            self.ctx.now(),
        )
        await self.set_presence(msg.user, msg.state, reason, by=session.username)
        return p.Ok(id=msg.id)

    async def set_presence(self, user: str, state: str, reason: str, by: str) -> None:
        self.effects.step(
            self.engine.set_presence,
            user,
            state,
            self.ctx.now(),
            reason,
            changed_by=by,
            recorded=user,
        )
        view = self.engine.agent_view(user)
        # The choice is kept even when the shown presence does not change (busy stays busy).
        await self.ctx.store.write(
            presence.record_presence,
            user,
            view.chosen,
            view.presence,
            view.reason,
            view.since,
            by=by,
        )

    def _valid_reason(self, state: str, reason: str) -> str:
        if state != "not_ready":
            return ""
        reasons = self.ctx.config.not_ready_reasons
        if reason and reason not in reasons:
            raise p.ProtocolError(
                p.ErrorCode.INVALID_FORMAT, f"unknown reason {reason!r}; use one of {reasons}"
            )
        return reason
