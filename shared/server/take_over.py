"""A supervisor takes over the call or chat they are monitoring (docs/supervision.md,
"Stepping in"): they become its owner, the agent leaves it owing no wrap-up.

The routing engine is the truth for owners: the supervisor is added to it (no skills,
so never offered queue work; ``wraps_up`` False, so never owing a wrap-up) and
``Engine.take_over`` makes them the owner. The effects step then does what any change of
owner does: the agent is told the conversation closed for them ("Sam Supervisor took over
this conversation"), the citizen of a chat sees the supervisor join, and a call's agent
leg is hung up (``Telephony.left``). For a call the supervisor's phone leg, connected for
the monitoring, becomes the caller's partner: barge with no agent leg, which the room's
matrix records with the caller (``Telephony.take_over``). The monitoring ends with
``taken_over``; the supervisor writes with ``chat.send`` and ends it with
``interaction.close`` like an agent, and owes no wrap-up: the citizen chose the topic,
the audit has the take-over, and a supervisor who steps in is not on a handle-time target.

Only what you monitor yourself, of your teams, chat or voice (video is ``conflict``),
with no consultation under way. Every take-over and every refusal is in the audit log,
written before the reply.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from shared import protocol as p
from shared.contracts import taken_over_reason
from shared.routing import Engine, RoutingError
from shared.server.context import Context
from shared.server.conversations import Conversations
from shared.server.effects import Effects
from shared.server.monitoring import Monitoring
from shared.server.people import People, Session
from shared.server.sql import audit
from shared.server.staffing import Staffing

log = logging.getLogger(__name__)


class TakeOverDesk:
    def __init__(
        self,
        ctx: Context,
        engine: Engine,
        conversations: Conversations,
        people: People,
        effects: Effects,
        staffing: Staffing,
        monitoring: Monitoring,
        may_supervise: Callable[[str, str], bool] = lambda supervisor, agent: True,
    ) -> None:
        self.ctx = ctx
        self.engine = engine
        self.convs = conversations
        self.people = people
        self.effects = effects
        self.staffing = staffing
        self.monitoring = monitoring
        self.may_supervise = may_supervise

    def handlers(self) -> dict[type, Callable]:
        return {p.TakeOver: self.on_take_over}

    async def _refuse(self, session: Session, msg: p.TakeOver, code: str, why: str) -> None:
        await self.ctx.store.write(
            audit.audit,
            session.username,
            "take_over_refused",
            msg.interaction_id[:64],
            {"code": code, "why": why, "role": session.role, "remote": session.address},
            self.ctx.now(),
        )
        raise p.ProtocolError(code, why)

    async def on_take_over(self, session: Session, msg: p.TakeOver) -> p.TakenOver:
        me = session.username
        if session.role not in p.SUPERVISORS:
            await self._refuse(
                session, msg, p.ErrorCode.FORBIDDEN, "only supervisors may take conversations over"
            )
        conv = self.convs.get(msg.interaction_id)
        if conv is None or self.convs.state(conv) != "active":
            await self._refuse(session, msg, p.ErrorCode.NOT_FOUND, "no such live conversation")
        assert conv is not None
        staff = self.convs.staff_in(conv)
        others = [u for u in staff if u != me and not self.may_supervise(me, u)]
        if others:
            await self._refuse(
                session, msg, p.ErrorCode.NOT_YOUR_TEAM,
                f"{', '.join(self.people.name(u) for u in others)} is not of your teams",
            )  # fmt: skip
        if conv.channel not in ("chat", "voice"):
            await self._refuse(
                session, msg, p.ErrorCode.CONFLICT, f"a {conv.channel} cannot be taken over"
            )
        watch = self.monitoring.watches.get(conv.id)
        if watch is None or watch.supervisor != me:
            await self._refuse(
                session, msg, p.ErrorCode.CONFLICT,
                "monitor it first: you take over what you are monitoring",
            )  # fmt: skip
        assert watch is not None
        if self.engine.consult_of(conv.id) is not None or len(staff) > 1:
            await self._refuse(
                session, msg, p.ErrorCode.CONFLICT, "a consultation is under way: it ends first"
            )
        if conv.channel == "voice" and watch.phone != "connected":
            await self._refuse(
                session, msg, p.ErrorCode.CONFLICT, "your phone is not connected to the call yet"
            )
        # Nothing awaited from here to the step: the checks still hold.
        if self.convs.state(conv) != "active" or self.monitoring.watches.get(conv.id) is not watch:
            raise p.ProtocolError(p.ErrorCode.CONFLICT, "the conversation changed meanwhile")
        owner = self.convs.owner(conv)
        now = self.ctx.now()
        self.staffing.owner_in_engine(me)
        reason = taken_over_reason(self.people.name(me))
        try:
            self.effects.step(self.engine.take_over, conv.id, me, now, reason, by="system")
        except RoutingError as exc:
            raise p.ProtocolError(p.ErrorCode.CONFLICT, str(exc)) from None
        if conv.channel == "voice" and self.monitoring.telephony is not None:
            self.monitoring.telephony.take_over(conv)
        self.monitoring.taken_over(watch)
        if conv.channel == "chat" and owner and self.convs.of_citizen(conv.citizen_token) is conv:
            self.people.to_citizen(  # (the new owner was announced as joined by the step)
                conv.citizen_token,
                p.ParticipantsChanged(
                    interaction_id=conv.id,
                    participants=self.effects.participants(conv),
                    left=self.people.name(owner),
                ),
            )
        log.info("%s took %s over from %s", me, conv.id, owner)
        await self.ctx.store.write(
            audit.audit, me, "take_over", conv.id,
            {"from": owner, "channel": conv.channel, "mode": watch.mode, "remote": session.address},
            now,
        )  # fmt: skip
        await self.ctx.store.sync()
        return p.TakenOver(id=msg.id, interaction=self.effects.info(conv))
