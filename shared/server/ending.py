"""How conversations end: closed by a participant, abandoned by a citizen who left
while waiting (after a grace period to come back), or ended by the switch."""

from __future__ import annotations

import asyncio
import logging

from shared import protocol as p
from shared.routing import Engine
from shared.server.context import Context
from shared.server.conversations import Conversation, Conversations
from shared.server.effects import Effects
from shared.server.people import People, Session
from shared.server.sql import interactions

log = logging.getLogger(__name__)


class Ending:
    def __init__(
        self,
        ctx: Context,
        engine: Engine,
        conversations: Conversations,
        people: People,
        effects: Effects,
    ) -> None:
        self.ctx = ctx
        self.engine = engine
        self.convs = conversations
        self.people = people
        self.effects = effects
        self._timers: dict[str, asyncio.TimerHandle] = {}

    async def on_close(self, session: Session, msg: p.CloseInteraction) -> p.Ok:
        conv = party_to(self.convs, self.engine, session, msg.interaction_id)
        by = "citizen" if session.role == "citizen" else "agent"
        reason = msg.reason[:200] or ("citizen left" if by == "citizen" else "closed by agent")
        if by == "agent" and self.convs.role_of(conv, session.username) == "consulted":
            raise p.ProtocolError(
                p.ErrorCode.CONFLICT, "you were consulted: leave the conversation instead"
            )
        await self.end(conv, by, reason)
        return p.Ok(id=msg.id)

    async def end(
        self,
        conv: Conversation,
        by: str,
        reason: str,
        *,
        wait_seconds: float | None = None,
        failure: str = "",
    ) -> None:
        """End it for everyone (the citizen hung up, closed the chat, or left the queue):
        acknowledged once written."""
        state = self.convs.state(conv)
        if state not in ("queued", "offered", "active"):
            raise p.ProtocolError(p.ErrorCode.CONFLICT, f"the conversation is already {state}")
        now = self.ctx.now()
        if wait_seconds is not None or failure:
            self.ctx.background(
                self.ctx.store.write(interactions.note_outcome, conv.id, wait_seconds, failure)
            )
        self.disarm(conv.id)
        if state == "active":
            self.effects.step(self.engine.finish, conv.id, now, reason, by=by)
        else:
            self.effects.step(self.engine.abandon, conv.id, now, reason, by=by)
        await self.ctx.store.sync()

    # ------------------------------------------------------------------ citizens who left

    def arm_abandon(self, conv: Conversation, grace: float | None = None) -> None:
        """A waiting citizen has gone (or one in a call from the browser, whose media
        went with the page): it ends unless they are back within the grace."""
        self.disarm(conv.id)
        loop = asyncio.get_running_loop()
        self._timers[conv.id] = loop.call_later(
            self.ctx.config.citizen_grace if grace is None else grace,
            lambda: self.ctx.spawn(self._abandon_if_gone(conv.id)),
        )

    def disarm(self, iid: str) -> None:
        handle = self._timers.pop(iid, None)
        if handle:
            handle.cancel()

    def stop(self) -> None:
        for handle in self._timers.values():
            handle.cancel()
        self._timers.clear()

    async def _abandon_if_gone(self, iid: str) -> None:
        self._timers.pop(iid, None)
        conv = self.convs.get(iid)
        if conv is None or self.people.citizen_online(conv.citizen_token):
            return
        state = self.convs.state(conv)
        if state in ("queued", "offered"):
            await self.end(conv, "citizen", "citizen left while waiting")
        elif state == "active" and conv.channel == "video":
            await self.end(conv, "citizen", "the citizen's connection was lost")


def party_to(convs: Conversations, engine: Engine, session: Session, iid: str) -> Conversation:
    """The open conversation ``iid`` if this session's user takes part in it: its
    citizen, or staff in it now (owner, consulted) or owing its wrap-up."""
    conv = convs.get(iid)
    if conv is not None:
        if session.role == "citizen":
            if conv.citizen_token == session.citizen_token:
                return conv
        elif session.username in convs.staff_in(conv) or (
            session.username in engine.owes_wrapup(iid)
        ):
            return conv
    raise p.ProtocolError(p.ErrorCode.NOT_FOUND, "no such open conversation of yours")
