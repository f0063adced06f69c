"""The second line: an agent asks an expert of a department (or a named person) to join
a conversation, then hands it over (warm transfer), makes it three-way, or cancels;
or sends it to the department's queue (blind transfer). The staff in a conversation
also write to each other beside it (internal messages, never shown to the citizen).

Routing (who rings, in which order, ring-no-answer) is the engine's: a consultation
is a request in the department's queue, offered like any conversation.
"""

from __future__ import annotations

import asyncio
import logging

from shared import protocol as p
from shared.contracts import person_queue
from shared.routing import Engine, RoutingError
from shared.server.catalogue import Catalogue
from shared.server.context import Context
from shared.server.conversations import Conversation, Conversations
from shared.server.effects import Effects
from shared.server.ending import party_to
from shared.server.offers import require_routable
from shared.server.people import People, Session
from shared.server.rows import internal_message
from shared.server.sql import interactions, participants

log = logging.getLogger(__name__)

MAX_NOTE = 500
# A consulted expert whose app lost its connection this long is taken out of a call
# (their phone is most likely gone with it; the caller must not wait on them).
STAFF_GRACE = 3.0


class SecondLine:
    def __init__(
        self,
        ctx: Context,
        engine: Engine,
        conversations: Conversations,
        people: People,
        catalogue: Catalogue,
        effects: Effects,
    ) -> None:
        self.ctx = ctx
        self.engine = engine
        self.convs = conversations
        self.people = people
        self.catalogue = catalogue
        self.effects = effects

    def handlers(self) -> dict[type, object]:
        return {
            p.RequestConsult: self.on_consult,
            p.CancelConsult: self.on_cancel,
            p.CompleteConsult: self.on_complete,
            p.MergeConsult: self.on_merge,
            p.TransferInteraction: self.on_transfer,
            p.LeaveInteraction: self.on_leave,
            p.ReturnInteraction: self.on_return,
            p.SendInternal: self.on_internal,
        }

    # ------------------------------------------------------------------ helpers

    def _owned(self, session: Session, iid: str) -> Conversation:
        require_routable(session)
        conv = party_to(self.convs, self.engine, session, iid)
        if self.convs.state(conv) != "active" or self.convs.owner(conv) != session.username:
            raise p.ProtocolError(p.ErrorCode.CONFLICT, "only who has the conversation can do that")
        return conv

    def _event(
        self, conv: Conversation, kind: str, what: str, agent: str | None, reason: str = ""
    ) -> None:
        self.ctx.background(
            self.ctx.store.write(
                interactions.add_event, conv.id, self.ctx.now(), kind, what, agent, reason
            )
        )

    def _queue(self, session: Session, conv: Conversation, department: str, expert: str) -> str:
        if expert:
            staff = self.people.staff.get(expert)
            if staff is None or not staff.routable:
                raise p.ProtocolError(
                    p.ErrorCode.NOT_FOUND, f"nobody called {expert!r} takes calls"
                )
            if expert == session.username:
                raise p.ProtocolError(p.ErrorCode.INVALID_FORMAT, "you cannot consult yourself")
            queue = person_queue(expert)
            view = self.engine.agent_view(expert)
            if not self.engine.available_agents(queue) or (
                view.channels is not None and conv.channel not in view.channels
            ):
                raise p.ProtocolError(
                    p.ErrorCode.CONFLICT,
                    f"{staff.display_name} is not available now ({view.presence})",
                )
            return queue
        queue = self.catalogue.queue_for_department(department) if department else None
        if queue is None:
            raise p.ProtocolError(
                p.ErrorCode.NOT_FOUND,
                f"no department {department!r}" if department else "name a department or an expert",
            )
        return queue

    def _tell_staff(self, conv: Conversation, msg: p.ConsultChanged) -> None:
        for username in self.convs.staff_in(conv):
            self.people.to_staff(username, msg)

    # ------------------------------------------------------------------ consultation

    async def on_consult(self, session: Session, msg: p.RequestConsult) -> p.ConsultRequested:
        conv = self._owned(session, msg.interaction_id)
        queue = self._queue(session, conv, msg.department, msg.expert)
        if (
            self.engine.consult_of(conv.id) is not None
            or len(self.engine.participants(conv.id)) > 1
        ):
            raise p.ProtocolError(p.ErrorCode.CONFLICT, "a consultation is already under way")
        conv.consult_note = msg.note.strip()[:MAX_NOTE]
        conv.merge_on_join = msg.three_way
        self._event(conv, "consult", "requested", session.username, queue)
        self.effects.step(self.engine.consult, conv.id, queue, self.ctx.now())
        self.effects.channel(conv).changed(conv)  # a call: the caller hears music now
        consult = self.engine.consult_of(conv.id)
        await self.ctx.store.sync()
        if consult is None:  # cannot happen: it was just requested
            raise p.ProtocolError(p.ErrorCode.INTERNAL, "the consultation vanished")
        return p.ConsultRequested(
            id=msg.id,
            interaction_id=conv.id,
            state="ringing" if consult.state == "offered" else "queued",
            expert=consult.agent_id or "",
            expert_name=self.people.name(consult.agent_id) if consult.agent_id else "",
            position=consult.position or 0,
            experts_logged_in=self.engine.logged_in_agents(queue),
        )

    async def on_cancel(self, session: Session, msg: p.CancelConsult) -> p.Ok:
        conv = self._owned(session, msg.interaction_id)
        try:
            self.effects.step(
                self.engine.cancel_consult, conv.id, self.ctx.now(), "cancelled by the agent"
            )
        except RoutingError as exc:
            raise p.ProtocolError(p.ErrorCode.CONFLICT, str(exc)) from None
        conv.three_way = False
        self._event(conv, "consult", "cancelled", session.username)
        self.effects.channel(conv).changed(conv)
        self._tell_staff(
            conv, p.ConsultChanged(interaction_id=conv.id, state="ended", reason="cancelled")
        )
        await self.ctx.store.sync()
        return p.Ok(id=msg.id)

    async def on_complete(self, session: Session, msg: p.CompleteConsult) -> p.Ok:
        conv = self._owned(session, msg.interaction_id)
        if len(self.engine.participants(conv.id)) < 2:
            raise p.ProtocolError(p.ErrorCode.CONFLICT, "nobody has joined to take it over")
        conv.transfers += 1
        conv.note, conv.note_from = conv.consult_note, session.username
        self.ctx.background(
            self.ctx.store.write(interactions.count_second_line, conv.id, transfers=1)
        )
        new_owner = self.engine.participants(conv.id)[1][0]
        self.effects.step(self.engine.complete_transfer, conv.id, self.ctx.now(), "transferred")
        conv.three_way = False  # after the step: a three-way's citizen saw the agent leave
        self._event(conv, "transfer", "completed", new_owner, session.username)
        self.effects.channel(conv).changed(conv)
        self._tell_staff(
            conv,
            p.ConsultChanged(
                interaction_id=conv.id,
                state="completed",
                expert=new_owner,
                expert_name=self.people.name(new_owner),
            ),
        )
        await self.ctx.store.sync()
        return p.Ok(id=msg.id)

    async def on_merge(self, session: Session, msg: p.MergeConsult) -> p.Ok:
        conv = self._owned(session, msg.interaction_id)
        people = self.engine.participants(conv.id)
        if len(people) < 2:
            raise p.ProtocolError(p.ErrorCode.CONFLICT, "nobody has joined to talk to the citizen")
        conv.three_way = True
        self._event(conv, "consult", "merged", people[1][0])
        self.effects.channel(conv).changed(conv)  # a call: everyone hears everyone
        self.effects.announce_participants(conv, joined=people[1][0])
        self._tell_staff(
            conv,
            p.ConsultChanged(
                interaction_id=conv.id,
                state="merged",
                expert=people[1][0],
                expert_name=self.people.name(people[1][0]),
            ),
        )
        await self.ctx.store.sync()
        return p.Ok(id=msg.id)

    async def on_leave(self, session: Session, msg: p.LeaveInteraction) -> p.Ok:
        require_routable(session)
        conv = party_to(self.convs, self.engine, session, msg.interaction_id)
        role = self.convs.role_of(conv, session.username)
        if role is None:
            raise p.ProtocolError(p.ErrorCode.CONFLICT, "you are not in this conversation now")
        if role == "owner" and len(self.engine.participants(conv.id)) < 2:
            raise p.ProtocolError(
                p.ErrorCode.CONFLICT, "you are alone with the citizen: end it instead"
            )
        if role == "owner":
            conv.transfers += 1
            conv.note_from = session.username
            self.ctx.background(
                self.ctx.store.write(interactions.count_second_line, conv.id, transfers=1)
            )
        self.effects.step(self.engine.leave, conv.id, session.username, self.ctx.now(), "left")
        if len(self.engine.participants(conv.id)) < 2:
            conv.three_way = False
        self._event(conv, "consult", "left", session.username)
        self.effects.channel(conv).changed(conv)
        self._tell_staff(
            conv, p.ConsultChanged(interaction_id=conv.id, state="ended", reason="left")
        )
        await self.ctx.store.sync()
        return p.Ok(id=msg.id)

    async def on_return(self, session: Session, msg: p.ReturnInteraction) -> p.Ok:
        """The agent signs off with the conversation still open: it is not ended. An
        expert in it keeps it; else it goes to the front of its queue (a consultation
        still sought is withdrawn). The agent owes no wrap-up for it."""
        conv = self._owned(session, msg.interaction_id)
        now, reason = self.ctx.now(), "handed back: the agent signed off"
        people = self.engine.participants(conv.id)
        if len(people) > 1:
            conv.transfers += 1
            conv.note, conv.note_from = conv.consult_note, session.username
            self.effects.step(self.engine.complete_transfer, conv.id, now, reason)
            conv.three_way = False
        else:
            if self.engine.consult_of(conv.id) is not None:
                self.effects.step(self.engine.cancel_consult, conv.id, now, reason)
            queue = self.engine.queue_of(conv.id) or conv.topic
            self.effects.step(self.engine.transfer, conv.id, queue, now, reason, front=True)
        self._event(conv, "transfer", "returned", session.username)
        self.effects.channel(conv).changed(conv)
        await self.ctx.store.sync()
        return p.Ok(id=msg.id)

    # ------------------------------------------------------------------ blind transfer

    async def on_transfer(self, session: Session, msg: p.TransferInteraction) -> p.Ok:
        conv = self._owned(session, msg.interaction_id)
        queue = self._queue(session, conv, msg.department, "")
        reason = f"transferred to {msg.department}"
        conv.transfers += 1
        conv.note, conv.note_from = msg.note.strip()[:MAX_NOTE], session.username
        store = self.ctx.store
        self.ctx.background(store.write(interactions.set_queue, conv.id, queue))
        self.ctx.background(store.write(interactions.count_second_line, conv.id, transfers=1))
        try:
            self.effects.step(self.engine.transfer, conv.id, queue, self.ctx.now(), reason)
        except RoutingError as exc:
            conv.transfers -= 1
            raise p.ProtocolError(p.ErrorCode.CONFLICT, str(exc)) from None
        self._event(conv, "transfer", "blind", session.username, msg.department)
        if conv.channel == "chat":
            self.people.to_citizen(
                conv.citizen_token,
                p.ParticipantsChanged(
                    interaction_id=conv.id, participants=[], left=self.people.name(session.username)
                ),
            )
            position = self.engine.position(conv.id)
            if position:
                self.people.to_citizen(
                    conv.citizen_token, p.QueuePosition(interaction_id=conv.id, position=position)
                )
        await store.sync()
        return p.Ok(id=msg.id)

    # ------------------------------------------------------------------ internal messages

    async def on_internal(self, session: Session, msg: p.SendInternal) -> p.InternalSent:
        require_routable(session)
        conv = party_to(self.convs, self.engine, session, msg.interaction_id)
        if session.username not in self.convs.staff_in(conv):
            raise p.ProtocolError(p.ErrorCode.CONFLICT, "the conversation is not active")
        from shared.server.chat import valid_text

        text = valid_text(msg.text)
        row = await self.ctx.store.write(
            participants.add_internal,
            conv.id,
            session.username,
            self.people.name(session.username),
            text,
            self.ctx.now(),
        )
        message = internal_message(row)
        event = p.encode_text(p.InternalMessageEvent(interaction_id=conv.id, message=message))
        for username in {*self.convs.staff_in(conv), *conv.watchers}:  # and who monitors it
            for s in self.people.staff[username].sessions if username in self.people.staff else ():
                if s is not session:
                    s.push(event)
        return p.InternalSent(id=msg.id, interaction_id=conv.id, message=message)

    # ------------------------------------------------------------------ lost experts

    def staff_gone(self, username: str) -> None:
        """Their app lost its connection: if it does not come back soon, let the
        callers they were consulted on go back to the agent."""
        asyncio.get_running_loop().call_later(STAFF_GRACE, self._still_gone, username)

    def _still_gone(self, username: str) -> None:
        staff = self.people.staff.get(username)
        if staff is None or staff.sessions:
            return
        view = self.engine.agent_view(username)
        for iid in view.consulted:
            conv = self.convs.get(iid)
            if conv is None or conv.channel != "voice":
                continue
            log.info("%s lost during the consultation of %s: back to the agent", username, iid)
            self.effects.step(
                self.engine.leave, iid, username, self.ctx.now(), "consulted expert lost"
            )
            conv.three_way = False
            self._event(conv, "consult", "lost", username)
            self.effects.channel(conv).changed(conv)
            self._tell_staff(
                conv, p.ConsultChanged(interaction_id=iid, state="ended", reason="expert lost")
            )
