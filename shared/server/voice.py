"""The centre's side of calls: what the switch (``shared.server.telephony``) reports about
a call, turned into routing steps. The switch never touches the engine or the store
itself; it calls these, and hears back through the voice channel adapter (itself)."""

from __future__ import annotations

import asyncio
import logging

from shared import protocol as p
from shared.routing import Engine, RoutingError
from shared.server.context import Context
from shared.server.conversations import Conversation, Conversations
from shared.server.effects import Effects
from shared.server.ending import Ending
from shared.server.offers import OfferDesk
from shared.server.sql import interactions, recordings

log = logging.getLogger(__name__)


class VoiceDesk:
    def __init__(
        self,
        ctx: Context,
        engine: Engine,
        conversations: Conversations,
        effects: Effects,
        ending: Ending,
        offers: OfferDesk,
    ) -> None:
        self.ctx = ctx
        self.engine = engine
        self.convs = conversations
        self.effects = effects
        self.ending = ending
        self.offers = offers

    async def start_call(self, iid: str, number: str, topic: str, arrived: float) -> Conversation:
        """Queue a caller who chose ``topic`` in the menu (their wait began at ``arrived``)."""
        conv, created = await self.open_call(iid, number, topic, arrived)
        self.enqueue(conv, topic)
        await created
        return conv

    async def open_call(
        self, iid: str, number: str, topic: str, arrived: float, *, name: str = ""
    ) -> tuple[Conversation, asyncio.Future]:
        """A voice conversation with ``number`` (and their earlier contacts), written
        (the future resolves once it is) but not queued yet: a callback adds its own
        rows first."""
        name = name or number or "Caller"
        history = [
            p.PastInteraction(**row)
            for row in await self.ctx.store.read(recordings.caller_history, number, iid)
        ]
        conv = Conversation(
            iid, "voice", topic, name, f"call:{iid}", 0, arrived, caller=number, history=history
        )
        created = self.ctx.store.write(
            interactions.create_interaction,
            iid,
            "voice",
            topic,
            name,
            conv.citizen_token,
            0,
            arrived,
            None,
            caller=number,
        )
        self.convs.add(conv)
        return conv, created

    def enqueue(self, conv: Conversation, queue: str) -> None:
        """In line in ``queue`` at the conversation's arrival."""
        self.effects.step(
            self.engine.enqueue,
            conv.id,
            queue,
            "voice",
            self.ctx.now(),
            priority=conv.priority,
            arrival=conv.created_at,
        )

    def rings_for(self, conv: Conversation, username: str) -> bool:
        """Does the conversation (or its consultation) ring for ``username`` now?"""
        return self.engine.agent_view(username).offer == conv.id

    async def answered(self, conv: Conversation, username: str, wait_seconds: float) -> bool:
        """``username``'s phone answered: they take the call, or join it (consult).
        False when it no longer rings for them (the switch hangs that leg up)."""
        if not self.rings_for(conv, username):
            return False
        first = self.convs.state(conv) == "offered" and not conv.transfers
        try:
            self.effects.step(self.engine.accept, username, conv.id, self.ctx.now())
        except RoutingError:
            return False
        if first:  # the caller's wait ends here (not a transferred call's second wait)
            self.ctx.background(
                self.ctx.store.write(interactions.note_outcome, conv.id, wait_seconds)
            )
        await self.ctx.store.sync()
        await self.offers.assign(conv, username)
        return True

    def declined(self, conv: Conversation, username: str, why: str) -> None:
        """Their phone declined or could not be reached: it rings for the next one."""
        if not self.rings_for(conv, username):
            return
        try:
            self.effects.step(self.engine.reject, username, conv.id, self.ctx.now())
        except RoutingError:
            return
        log.info("offer of %s to %s withdrawn: %s", conv.id, username, why)

    def staff_hung_up(self, conv: Conversation, username: str, reason: str) -> str:
        """A member of staff's leg ended while the call goes on. Returns what became of
        it: "left" (a consulted expert went), "handed" (the owner went and the expert
        keeps the caller), "queued" (the owner went while the consultation was still
        being sought: the caller waits for the department), "ended" (the owner alone)."""
        role = self.convs.role_of(conv, username)
        now = self.ctx.now()
        if role == "consulted":
            self.effects.step(self.engine.leave, conv.id, username, now, reason)
            return "left"
        if role != "owner":
            return "gone"
        people = self.engine.participants(conv.id)
        if len(people) > 1:  # the agent hung up on a consultation: the expert keeps it
            self._handed_on(conv, username, "completed", people[1][0])
            self.effects.step(self.engine.complete_transfer, conv.id, now, reason)
            return "handed"
        consult = self.engine.consult_of(conv.id)
        if consult is not None:  # ... still sought: the caller waits for the department
            self._handed_on(conv, username, "blind", consult.queue)
            self.ctx.background(
                self.ctx.store.write(interactions.set_queue, conv.id, consult.queue)
            )
            self.effects.step(self.engine.cancel_consult, conv.id, now, reason)
            self.effects.step(self.engine.transfer, conv.id, consult.queue, now, reason)
            return "queued"
        return "ended"

    def _handed_on(self, conv: Conversation, agent: str, what: str, target: str) -> None:
        """A transfer made by hanging up counts and is history like one asked for."""
        conv.transfers += 1
        conv.note, conv.note_from = conv.consult_note, agent
        write = self.ctx.store.write
        self.ctx.background(write(interactions.count_second_line, conv.id, transfers=1))
        self.ctx.background(
            write(interactions.add_event, conv.id, self.ctx.now(), "transfer", what, target, agent)
        )

    async def ended(
        self,
        conv: Conversation,
        by: str,
        reason: str,
        *,
        wait_seconds: float | None = None,
        failure: str = "",
    ) -> None:
        if self.convs.state(conv) in ("queued", "offered", "active"):
            await self.ending.end(conv, by, reason, wait_seconds=wait_seconds, failure=failure)
