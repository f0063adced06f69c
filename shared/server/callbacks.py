"""Callbacks: the centre phones a citizen back instead of keeping them on hold.

A callback is a voice interaction that waits in line like a call and keeps its place:
- a caller waiting in a queue presses ``callback_key`` (their number is known): the
  call ends, the interaction stays queued where it was (``from_menu``);
- an agent registers one (``callback.request``) for a department or topic that is busy:
  a new interaction, at the arrival of the call it came from (which ends for the agent,
  a normal finish with its wrap-up) or at the time of the request.

When the engine offers it, the switch rings the agent's softphone first and, once they
answer, dials the citizen through ``outbound_route`` (``shared.server.telephony``),
then reports here: ``reached``, or ``missed`` with the result (busy, no_answer,
failed). A missed attempt lets the agent go at once without a wrap-up
(``Engine.release``), and the callback goes back in line at its original arrival after
``callback_interval``, until ``callback_retries`` attempts are used: then it ends
abandoned, "callback not reached". Each attempt is an interaction_events row of kind
callback; the callbacks table keeps the count, the last result and the time of the next
attempt, so a restart keeps the retry (``restore``).
"""

from __future__ import annotations

import asyncio
import logging
import re
import uuid
from dataclasses import dataclass

from shared import protocol as p
from shared.routing import Engine
from shared.server.catalogue import Catalogue
from shared.server.context import Context
from shared.server.conversations import Conversation, Conversations
from shared.server.effects import Effects
from shared.server.ending import Ending, party_to
from shared.server.offers import require_routable
from shared.server.people import Session
from shared.server.sql import callbacks, interactions, participants
from shared.server.voice import VoiceDesk

log = logging.getLogger(__name__)

NUMBER = re.compile(r"\+?[0-9]{1,20}")
MAX_NUMBER = 20
MAX_NOTE = 500
Result = str  # reached, no_answer, busy, failed


def masked(number: str) -> str:
    """A caller's number as the log shows it at INFO: its last three digits only."""
    return "…" + number[-3:] if len(number) > 3 else "…"


def valid_number(number: str) -> str | None:
    """``number`` without spaces, dashes and dots if it is a phone number (digits, an
    optional leading +, at most 20 characters), else None."""
    n = re.sub(r"[\s.\-()]", "", number or "")
    return n if len(n) <= MAX_NUMBER and NUMBER.fullmatch(n) else None


def result_of(status: int) -> Result:
    """What the citizen's phone said: busy (486, 600, and 603 declined), no answer
    (our ring timeout reported as 408, 480 unavailable, 487 cancelled), else failed."""
    if status in (486, 600, 603):
        return "busy"
    if status in (408, 480, 487):
        return "no_answer"
    return "failed"


@dataclass(eq=False)
class Pending:
    """A callback not reached yet."""

    iid: str
    number: str
    queue: str
    attempts: int = 0
    timer: asyncio.TimerHandle | None = None


class CallbackDesk:
    def __init__(
        self,
        ctx: Context,
        engine: Engine,
        conversations: Conversations,
        catalogue: Catalogue,
        effects: Effects,
        ending: Ending,
        voice: VoiceDesk,
    ) -> None:
        self.ctx = ctx
        self.config = ctx.config
        self.engine = engine
        self.convs = conversations
        self.catalogue = catalogue
        self.effects = effects
        self.ending = ending
        self.voice = voice
        self.pending: dict[str, Pending] = {}

    def handlers(self) -> dict[type, object]:
        return {p.RequestCallback: self.on_request}

    @property
    def enabled(self) -> bool:
        """Callbacks need somewhere to dial: ``outbound_route``."""
        return bool(self.config.outbound_route)

    def route(self, number: str) -> str:
        return self.config.outbound_route_for(number)

    def is_pending(self, conv: Conversation) -> bool:
        return conv.id in self.pending

    def stop(self) -> None:
        for cb in self.pending.values():
            if cb.timer is not None:
                cb.timer.cancel()

    # ------------------------------------------------------------------ requests

    async def on_request(self, session: Session, msg: p.RequestCallback) -> p.CallbackRegistered:
        require_routable(session)
        if not self.enabled:
            raise p.ProtocolError(
                p.ErrorCode.CONFLICT,
                "callbacks are not set up on this server: it has no outbound route"
                " (outbound_route)",
            )
        number = valid_number(msg.number)
        if number is None:
            raise p.ProtocolError(
                p.ErrorCode.INVALID_FORMAT,
                "a phone number is digits, with an optional leading +, at most 20",
            )
        origin = None
        if msg.interaction_id:
            origin = party_to(self.convs, self.engine, session, msg.interaction_id)
            if self.convs.state(origin) != "active" or self.convs.owner(origin) != session.username:
                raise p.ProtocolError(
                    p.ErrorCode.CONFLICT, "only who has the conversation can do that"
                )
        queue, topic = self._queue(msg, origin)
        now = self.ctx.now()
        iid = uuid.uuid4().hex[:16]
        conv, created = await self.voice.open_call(
            iid,
            number,
            topic,
            origin.created_at if origin else now,  # its place in line: the call's
            name=origin.citizen_name if origin and origin.channel != "voice" else "",
        )
        conv.callback_number = number
        conv.note, conv.note_from = msg.note.strip()[:MAX_NOTE], session.username
        self.pending[iid] = Pending(iid, number, queue)
        store = self.ctx.store
        self.ctx.background(
            store.write(
                callbacks.add_callback, iid, number, queue, session.username, now,
                origin.id if origin else None, conv.note,
            )
        )  # fmt: skip
        if queue != topic:
            self.ctx.background(store.write(interactions.set_queue, iid, queue))
        self.voice.enqueue(conv, queue)
        await created
        if origin is not None:  # the call it came from is over for the agent: wrap it up
            await self.ending.end(origin, "agent", "callback registered")
        await store.sync()
        log.info(
            "callback %s to %s registered by %s in %s", iid, masked(number), session.username, queue
        )
        return p.CallbackRegistered(
            id=msg.id, interaction_id=iid, position=self.engine.position(iid) or 0
        )

    def _queue(self, msg: p.RequestCallback, origin: Conversation | None) -> tuple[str, str]:
        """(queue, topic) the callback waits in and is about."""
        if msg.department:
            queue = self.catalogue.queue_for_department(msg.department)
            if queue is None:
                raise p.ProtocolError(p.ErrorCode.NOT_FOUND, f"no department {msg.department!r}")
            topics = self.catalogue.departments()[msg.department]
            return queue, origin.topic if origin and origin.topic in topics else topics[0]
        if msg.topic:
            if msg.topic not in self.catalogue.topics:
                raise p.ProtocolError(p.ErrorCode.NOT_FOUND, f"no topic {msg.topic!r}")
            return msg.topic, msg.topic
        if origin is not None:
            return self.engine.queue_of(origin.id) or origin.topic, origin.topic
        raise p.ProtocolError(p.ErrorCode.INVALID_FORMAT, "name a department or a topic")

    async def from_menu(self, conv: Conversation, number: str) -> None:
        """A queued caller pressed the callback key: the same interaction, in line where
        it is, is now a callback (the switch ends the call)."""
        conv.callback_number = number
        queue = self.engine.queue_of(conv.id) or conv.topic
        self.pending[conv.id] = Pending(conv.id, number, queue)
        await self.ctx.store.write(
            callbacks.add_callback, conv.id, number, queue, "citizen", self.ctx.now()
        )
        log.info("callback %s to %s requested in the queue %s", conv.id, masked(number), queue)

    # ------------------------------------------------------------------ attempts

    async def reached(self, conv: Conversation, agent: str | None) -> None:
        """The citizen answered: from here it is a call like any other."""
        cb = self.pending.pop(conv.id, None)
        if cb is None:
            return
        cb.attempts += 1
        await self.ctx.store.write(
            callbacks.record_attempt, conv.id, self.ctx.now(), "reached", agent,
            self._attempt(cb),
        )  # fmt: skip

    async def missed(self, conv: Conversation, agent: str | None, result: Result, why: str) -> None:
        """This attempt did not reach the citizen: the agent goes free at once (nothing
        to wrap up), and the callback waits for its next attempt or is given up."""
        cb = self.pending.get(conv.id)
        if cb is None:
            return
        now = self.ctx.now()
        cb.attempts += 1
        give_up = cb.attempts >= self.config.callback_retries
        next_at = None if give_up else now + self.config.callback_interval
        reason = f"{self._attempt(cb)}: {why}" if why else self._attempt(cb)
        # Stored before the agent hears of it (released): a crash from here on keeps
        # the attempt and the time of the next one.
        await self.ctx.store.write(
            callbacks.record_attempt, conv.id, now, result, agent, reason,
            next_attempt_at=next_at, give_up=give_up,
        )  # fmt: skip
        if self.engine.state_of(conv.id) == "active":
            self.effects.step(self.engine.release, conv.id, now, f"callback {result}")
        if give_up:
            await self.ctx.store.write(callbacks.given_up, conv.id, now)
            del self.pending[conv.id]
            self.convs.forget(conv)
            log.info("callback %s to %s not reached: given up", conv.id, masked(cb.number))
            return
        log.info(
            "callback %s to %s: %s, again in %gs", conv.id, masked(cb.number), result, next_at - now
        )
        self._schedule(cb, self.config.callback_interval)

    async def unplaceable(self, conv: Conversation, agent: str, why: str) -> None:
        """Offered to ``agent`` but the switch cannot place it now (no free room): they
        take it and let it go at once, and it counts as a failed attempt."""
        if self.engine.agent_view(agent).offer == conv.id:
            self.effects.step(self.engine.accept, agent, conv.id, self.ctx.now())
        await self.missed(conv, agent, "failed", why)

    def _attempt(self, cb: Pending) -> str:
        return f"attempt {cb.attempts} of {self.config.callback_retries}"

    def _schedule(self, cb: Pending, delay: float) -> None:
        if cb.timer is not None:
            cb.timer.cancel()
        loop = asyncio.get_running_loop()
        cb.timer = loop.call_later(max(0.0, delay), self._again, cb.iid)

    def _again(self, iid: str) -> None:
        """Back in line, at its original arrival (ahead of who came later)."""
        cb, conv = self.pending.get(iid), self.convs.get(iid)
        if cb is None or conv is None:
            return
        cb.timer = None
        if self.engine.state_of(iid) is not None:
            return  # already in line
        self.ctx.background(
            self.ctx.store.write(callbacks.requeued, iid, self.ctx.now(), cb.attempts + 1)
        )
        self.voice.enqueue(conv, cb.queue)

    # ------------------------------------------------------------------ restart

    async def restore(self) -> int:
        """After a restart: every callback not reached yet goes back in line (or waits
        for its next attempt). One whose attempt was under way when the server stopped
        is tried again; that attempt is not counted."""
        store, now = self.ctx.store, self.ctx.now()
        rows = await store.read(callbacks.pending_callbacks)
        for row in rows:
            iid = row["interaction_id"]
            conv = Conversation(
                id=iid,
                channel="voice",
                topic=row["topic"],
                citizen_name=row["citizen_name"] or row["number"],
                citizen_token=row["citizen_token"] or f"call:{iid}",
                priority=row["priority"] or 0,
                created_at=row["created_at"],
                caller=row["number"],
                callback_number=row["number"],
                note=row["note"],
                note_from="" if row["requested_by"] == "citizen" else row["requested_by"],
            )
            self.convs.add(conv)
            cb = Pending(iid, row["number"], row["queue"], row["attempts"])
            self.pending[iid] = cb
            if row["state"] == "active":  # its agent was dialling the citizen
                for who in await store.read(participants.participants, iid):
                    if who["left_at"] is None:
                        await store.write(
                            participants.left, iid, who["username"], now, "server restarted"
                        )
                await store.write(
                    interactions.set_interaction_state, iid, "queued", now,
                    reason="server restarted during the callback",
                )  # fmt: skip
            due = row["next_attempt_at"]
            if due is not None and due > now:
                self._schedule(cb, due - now)
            else:
                self.voice.enqueue(conv, cb.queue)
        if rows:
            log.info("callbacks not reached yet, back in line or waiting: %d", len(rows))
        return len(rows)
