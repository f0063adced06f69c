"""Answering what rings: accept or reject an offer (a new conversation, one handed on by
a colleague, or a colleague's request to join theirs). Calls are answered on the
softphone instead; the switch reports the answer (``shared.server.voice``)."""

from __future__ import annotations

from shared import protocol as p
from shared.routing import Engine, RoutingError
from shared.server.context import Context
from shared.server.conversations import Conversation, Conversations
from shared.server.effects import Effects
from shared.server.kb import KnowledgeDesk
from shared.server.people import People, Session
from shared.server.rows import chat_message, internal_message, transcript_page
from shared.server.sql import interactions, participants


class OfferDesk:
    def __init__(
        self,
        ctx: Context,
        engine: Engine,
        conversations: Conversations,
        people: People,
        effects: Effects,
        kb: KnowledgeDesk,
    ) -> None:
        self.ctx = ctx
        self.engine = engine
        self.convs = conversations
        self.people = people
        self.effects = effects
        self.kb = kb

    async def on_accept(self, session: Session, msg: p.AcceptOffer) -> p.Ok:
        require_routable(session)
        conv = self.convs.get(msg.interaction_id)
        if conv is None:
            raise p.ProtocolError(p.ErrorCode.NOT_FOUND, "no such interaction")
        if conv.channel == "voice":
            raise p.ProtocolError(p.ErrorCode.CONFLICT, "answer the call on your softphone")
        try:
            self.effects.step(self.engine.accept, session.username, conv.id, self.ctx.now())
        except RoutingError as exc:
            raise p.ProtocolError(p.ErrorCode.CONFLICT, str(exc)) from None
        await self.ctx.store.sync()
        await self.assign(conv, session.username)
        return p.Ok(id=msg.id)

    async def assignment(
        self, conv: Conversation, username: str
    ) -> tuple[p.InteractionAssigned, list[dict]]:
        """The conversation as ``username`` is to see it now (their role in it, the
        latest page of the transcript, the staff's messages, the note they were sent),
        and the transcript's rows."""
        role = self.convs.role_of(conv, username) or "owner"
        messages = await self.ctx.store.read(interactions.messages, conv.id)
        internal = await self.ctx.store.read(participants.internal_messages, conv.id)
        page, earlier = transcript_page(messages)
        assigned = p.InteractionAssigned(
            interaction=self.effects.info(conv),
            messages=[chat_message(r) for r in page],
            earlier=earlier,
            history=conv.history,
            on_hold=self.effects.channel(conv).on_hold(conv),
            role=role,
            internal=[internal_message(r) for r in internal],
            note=conv.consult_note if role == "consulted" else conv.note,
        )
        return assigned, messages

    async def assign(self, conv: Conversation, username: str) -> None:
        """``username`` has just joined (accepted, or answered on the softphone): give
        them the conversation as it stands."""
        assigned, messages = await self.assignment(conv, username)
        role = assigned.role
        self.people.to_staff(username, assigned)
        if role == "owner" and conv.channel == "chat":
            conv.recent = [r["text"] for r in messages if r["sender"] == "citizen"][-3:]
            self.kb.suggest_for(conv, username, " ".join(conv.recent))
        if role == "owner" and conv.channel in ("chat", "video"):
            # a call from the page: its cue to send the offer (again, after a requeue)
            self.people.to_citizen(
                conv.citizen_token,
                p.AgentJoined(interaction_id=conv.id, agent_name=self.people.name(username)),
            )
        if role == "consulted" and conv.merge_on_join and conv.channel == "chat":
            conv.three_way = True
            self.effects.announce_participants(conv, joined=username)
            merged = p.ConsultChanged(
                interaction_id=conv.id,
                state="merged",
                expert=username,
                expert_name=self.people.name(username),
            )
            for who in self.convs.staff_in(conv):
                self.people.to_staff(who, merged)

    async def on_reject(self, session: Session, msg: p.RejectOffer) -> p.Ok:
        require_routable(session)
        try:
            self.effects.step(
                self.engine.reject, session.username, msg.interaction_id, self.ctx.now()
            )
        except RoutingError as exc:
            raise p.ProtocolError(p.ErrorCode.CONFLICT, str(exc)) from None
        return p.Ok(id=msg.id)


def require_routable(session: Session) -> None:
    if session.role not in p.ROUTABLE:
        raise p.ProtocolError(p.ErrorCode.FORBIDDEN, "only agents and experts take interactions")
