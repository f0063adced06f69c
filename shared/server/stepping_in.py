"""A supervisor steps in on a conversation: moves it to a named colleague, to a
department's queue, or back to the front of its own queue for the next free agent.

Whoever held it leaves without owing a wrap-up (it was taken from them, perhaps while
they were offline); a consultation under way ends first. A conversation moved to a named
person rings only them; if they do not take it (rang out, declined, went away) it goes
back to the queue it came from, at its place in line. Every move, and every refusal of
one (another team's conversation or colleague), is in the audit log.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from shared import protocol as p
from shared.contracts import person_queue
from shared.routing import Engine, OfferRevoked, RoutingError
from shared.server.catalogue import Catalogue
from shared.server.context import Context
from shared.server.conversations import Conversation, Conversations
from shared.server.effects import Effects
from shared.server.people import People, Session
from shared.server.sql import audit, interactions

MAX_NOTE = 500
# Offers of a moved conversation that ended without the named person taking it.
_NOT_TAKEN = frozenset({"timeout", "rejected", "offline"})


class SteppingIn:
    def __init__(
        self,
        ctx: Context,
        engine: Engine,
        conversations: Conversations,
        people: People,
        catalogue: Catalogue,
        effects: Effects,
        may_supervise: Callable[[str, str], bool] = lambda supervisor, agent: True,
    ) -> None:
        self.ctx = ctx
        self.engine = engine
        self.convs = conversations
        self.people = people
        self.catalogue = catalogue
        self.effects = effects
        self.may_supervise = may_supervise
        effects.on_revoked.append(self._offer_revoked)

    def handlers(self) -> dict[type, object]:
        return {p.MoveInteraction: self.on_move}

    # ------------------------------------------------------------------ the request

    async def on_move(self, session: Session, msg: p.MoveInteraction) -> p.Ok:
        conv = self.convs.get(msg.interaction_id)
        state = self.engine.state_of(msg.interaction_id) if conv is not None else None
        if conv is None or state not in ("queued", "offered", "active"):
            raise p.ProtocolError(
                p.ErrorCode.NOT_FOUND, "no such live conversation (over, or in wrap-up)"
            )
        holders = self._holders(conv, state)
        for username in holders:
            await self._check_team(session, conv, username)
        queue, to = await self._destination(session, conv, msg, waiting=state != "active")
        now = self.ctx.now()
        reason = f"moved by {self.people.name(session.username)}"
        came_from = self.engine.queue_of(conv.id) or conv.topic
        conv.transfers += 1
        conv.note, conv.note_from = msg.note.strip()[:MAX_NOTE], session.username
        try:
            if state == "active":
                if self.engine.consult_of(conv.id) or len(self.engine.participants(conv.id)) > 1:
                    self.effects.step(self.engine.cancel_consult, conv.id, now, reason)
                    conv.three_way = False
                front = not msg.agent and not msg.department
                self.effects.step(
                    self.engine.transfer, conv.id, queue, now, reason, front=front, wrapup=False,
                    by="system",
                )  # fmt: skip
            else:
                self.effects.step(self.engine.move, conv.id, queue, now, reason, by="system")
        except RoutingError as exc:
            conv.transfers -= 1
            raise p.ProtocolError(p.ErrorCode.CONFLICT, str(exc)) from None
        conv.return_queue = came_from if msg.agent else ""
        store = self.ctx.store
        self.ctx.background(store.write(interactions.set_queue, conv.id, queue))
        self.ctx.background(store.write(interactions.count_second_line, conv.id, transfers=1))
        self.ctx.background(
            store.write(
                interactions.add_event, conv.id, now, "transfer", "supervisor", session.username, to
            )
        )
        detail = {"from": holders, "to": to, "state": state}
        await store.write(audit.audit, session.username, "supervisor_move", conv.id, detail, now)
        self._tell_citizen(conv, holders)
        await store.sync()
        return p.Ok(id=msg.id)

    def _holders(self, conv: Conversation, state: str) -> list[str]:
        """Who has it now: its staff when live, who it rings when offered."""
        if state == "active":
            return [username for username, _role in self.engine.participants(conv.id)]
        ringing = self.engine.agent_of(conv.id) if state == "offered" else None
        return [ringing] if ringing else []

    async def _check_team(self, session: Session, conv: Conversation, username: str) -> None:
        if self.may_supervise(session.username, username):
            return
        await self.ctx.store.write(
            audit.audit,
            session.username,
            "supervisor_move_refused",
            conv.id,
            {"staff": username, "why": "not_your_team"},
            self.ctx.now(),
        )
        raise p.ProtocolError(
            p.ErrorCode.NOT_YOUR_TEAM, f"{self.people.name(username)} is not in your teams"
        )

    async def _destination(
        self, session: Session, conv: Conversation, msg: p.MoveInteraction, *, waiting: bool
    ) -> tuple[str, str]:
        """The queue it goes to and what the audit calls it."""
        if msg.agent and msg.department:
            raise p.ProtocolError(p.ErrorCode.INVALID_FORMAT, "name a person or a department")
        if msg.agent:
            staff = self.people.staff.get(msg.agent)
            if staff is None or not staff.routable:
                raise p.ProtocolError(p.ErrorCode.NOT_FOUND, f"no agent or expert {msg.agent!r}")
            await self._check_team(session, conv, msg.agent)
            queue = person_queue(msg.agent)
            view = self.engine.agent_view(msg.agent)
            if msg.agent in self._holders(conv, self.engine.state_of(conv.id) or ""):
                raise p.ProtocolError(p.ErrorCode.CONFLICT, f"{staff.display_name} has it already")
            if not self.engine.available_agents(queue) or (
                view.channels is not None and conv.channel not in view.channels
            ):
                raise p.ProtocolError(
                    p.ErrorCode.CONFLICT,
                    f"{staff.display_name} is not free to take it now ({view.presence})",
                )
            return queue, f"agent:{msg.agent}"
        if msg.department:
            queue = self.catalogue.queue_for_department(msg.department)
            if queue is None:
                raise p.ProtocolError(p.ErrorCode.NOT_FOUND, f"no department {msg.department!r}")
            return queue, f"department:{msg.department}"
        if waiting:
            raise p.ProtocolError(
                p.ErrorCode.CONFLICT, "it is waiting for the next free agent already"
            )
        queue = self.engine.queue_of(conv.id) or conv.topic
        return queue, f"queue:{queue}"

    def _tell_citizen(self, conv: Conversation, holders: list[str]) -> None:
        """A chat's citizen sees their agent leave and where they are in line."""
        if conv.channel != "chat" or self.convs.of_citizen(conv.citizen_token) is not conv:
            return
        if holders and self.engine.state_of(conv.id) != "active":
            self.people.to_citizen(
                conv.citizen_token,
                p.ParticipantsChanged(
                    interaction_id=conv.id, participants=[], left=self.people.name(holders[0])
                ),
            )
        position = self.engine.position(conv.id)
        if position:
            self.people.to_citizen(
                conv.citizen_token, p.QueuePosition(interaction_id=conv.id, position=position)
            )

    # ------------------------------------------------------------------ not taken

    def _offer_revoked(self, conv: Conversation, revoked: OfferRevoked) -> None:
        if conv.return_queue and revoked.kind == "interaction" and revoked.reason in _NOT_TAKEN:
            # not inside the step that revoked it: the engine call is over by then
            asyncio.get_running_loop().call_soon(self._return, conv.id, revoked.agent_id)

    def _return(self, iid: str, named: str) -> None:
        conv = self.convs.get(iid)
        if (
            conv is None
            or not conv.return_queue
            or self.engine.state_of(iid) != "queued"
            or self.engine.queue_of(iid) != person_queue(named)
        ):
            return
        queue, conv.return_queue = conv.return_queue, ""
        reason = f"{self.people.name(named)} did not take it"
        self.effects.step(self.engine.move, iid, queue, self.ctx.now(), reason, by="system")
        self.ctx.background(self.ctx.store.write(interactions.set_queue, iid, queue))
        self._tell_citizen(conv, [])
