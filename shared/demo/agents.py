"""Simulated agents: asyncio bots that take chats like a first-line agent would.

An ``AgentBot`` logs in as a demo agent, goes available, accepts each offer after a
moment, answers the citizen with canned replies from ``shared.demo.data``, closes the
chat when the citizen is done (or goes quiet) and submits the wrap-up. Now and then it
takes a short break; forced Not Ready or Offline by a supervisor, it stays away for
``supervisor_break`` seconds like a person sent on a break, then comes back; after a
ring-no-answer it makes itself available again. Used by ``cc-demo`` and the benchmarks
(``pace=0`` removes the human delays). No Qt here.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
from collections.abc import Coroutine
from dataclasses import dataclass, field
from typing import Any

from shared import protocol as p
from shared.client import Client
from shared.demo import data

log = logging.getLogger(__name__)

RONA_REASON = "ring_no_answer"


@dataclass
class AgentStats:
    offers: int = 0
    accepted: int = 0
    messages_sent: int = 0
    closed_by_agent: int = 0
    conversations_ended: int = 0
    wrapups: int = 0
    breaks: int = 0
    rona: int = 0
    forced: int = 0  # times a supervisor forced this bot's presence
    consults: int = 0  # asked an expert to join (warm transfer)
    warm_transfers: int = 0  # ... and handed the chat over
    blind_transfers: int = 0  # sent to a department's queue
    joined: int = 0  # as an expert: consultations joined
    errors: int = 0

    def add(self, other: AgentStats) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def as_dict(self) -> dict[str, int]:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}


@dataclass
class AgentBehaviour:
    """How the simulated agents work; times are seconds at ``pace=1``."""

    pace: float = 1.0
    accept_delay: tuple[float, float] = (1.0, 3.0)
    read_delay: tuple[float, float] = (1.5, 3.5)
    type_delay: tuple[float, float] = (1.5, 4.0)
    quiet_timeout: float = 25.0  # close a chat where the citizen stays silent this long
    wrapup_delay: tuple[float, float] = (2.0, 5.0)
    break_share: float = 0.08  # chance of a short break after a wrap-up, when idle
    break_length: tuple[float, float] = (20.0, 45.0)
    supervisor_break: float = 60.0  # back to available this long after being forced away
    rona_comeback: float = 3.0  # back to available after a ring-no-answer
    # The second line: the share of chats a first-line bot hands on to the topic's
    # department, and of those the share done warm (consult, then complete) rather
    # than blind (to the department's queue); how long it waits for an expert.
    second_line_share: float = 0.0
    warm_share: float = 0.5
    consult_wait: float = 20.0


@dataclass
class _Conversation:
    interaction: p.InteractionInfo
    events: asyncio.Queue = field(default_factory=asyncio.Queue)
    task: asyncio.Task | None = None


class AgentBot:
    def __init__(
        self,
        url: str,
        user: str,
        password: str = data.DEMO_PASSWORD,
        *,
        behaviour: AgentBehaviour | None = None,
        seed: int | None = None,
        stats: AgentStats | None = None,
    ) -> None:
        self.url = url
        self.user = user
        self.password = password
        self.behaviour = behaviour or AgentBehaviour()
        self.rng = random.Random(seed)
        self.stats = stats or AgentStats()
        self.stop = asyncio.Event()
        self.client: Client | None = None
        self.welcome: p.HelloOk | None = None
        self.presence: p.PresenceChanged | None = None
        self._events: asyncio.Queue[Any] = asyncio.Queue()
        self._conversations: dict[str, _Conversation] = {}
        self._wrapups: set[str] = set()  # closed, wrap-up not yet accepted
        self._idle = asyncio.Event()
        self._idle.set()
        self._tasks: set[asyncio.Task] = set()
        self._comeback: asyncio.Task | None = None

    # ------------------------------------------------------------------ lifecycle

    async def start(self) -> None:
        """Log in and go available (raises if the server refuses the login)."""
        self.client = Client(
            self.url,
            self.user,
            self.password,
            on_event=self._events.put_nowait,
            client_name="demo-agent",
            max_backoff=2.0,
        )
        self.welcome = await self.client.connect()
        self._spawn(self._pump())
        await self._set_presence("available")

    async def run(self, grace: float = 5.0) -> None:
        """Work until ``stop`` is set, then finish open chats and log out."""
        if self.client is None:
            await self.start()
        try:
            await self.stop.wait()
            await self._wind_down(grace)
        finally:
            await self.close()

    async def close(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        if self.client is not None:
            await self.client.close()

    async def _wind_down(self, grace: float) -> None:
        """Let citizens finish; then close what is left, wrap everything up, go offline."""
        self._cancel_comeback()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._idle.wait(), grace)
        for iid in list(self._conversations):
            await self._close(iid, "agent signed off")
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._idle.wait(), 2.0)
        with contextlib.suppress(p.ProtocolError, TimeoutError):
            await self.client.request(p.SetPresence(id=0, state="offline"))

    # ------------------------------------------------------------------ events

    async def _pump(self) -> None:
        while True:
            event = await self._events.get()
            try:
                self._dispatch(event)
            except Exception:  # one odd event must not stop the bot
                log.exception("%s: handling %s failed", self.user, type(event).__name__)
                self.stats.errors += 1

    def _dispatch(self, event: Any) -> None:
        if isinstance(event, p.OfferCreated):
            self.stats.offers += 1
            self._spawn(self._accept(event.interaction.id))
        elif isinstance(event, p.InteractionAssigned):
            self._on_assigned(event)
        elif isinstance(
            event,
            p.ChatMessageEvent
            | p.InteractionClosed
            | p.ConsultChanged
            | p.ParticipantsChanged
            | p.InternalMessageEvent,
        ):
            conversation = self._conversations.get(event.interaction_id)
            if conversation is not None:
                conversation.events.put_nowait(event)
            if isinstance(event, p.InteractionClosed):
                self._on_closed(event)
        elif isinstance(event, p.PresenceChanged):
            self._on_presence(event)

    def _on_assigned(self, event: p.InteractionAssigned) -> None:
        iid = event.interaction.id
        if iid in self._conversations or event.interaction.state != "active":
            return  # a resumed one we already hold, or one that only owes a wrap-up
        conversation = _Conversation(event.interaction)
        self._conversations[iid] = conversation
        self._idle.clear()
        if event.role == "consulted":  # an agent asked us to join: wait to be handed it
            self.stats.joined += 1
            conversation.task = self._spawn(self._consulted(conversation))
            return
        last_citizen = [m for m in event.messages if m.sender == "citizen"]
        greet = self._greeting(event.interaction) if event.interaction.transfers else ""
        conversation.task = self._spawn(self._converse(conversation, last_citizen[-1:], greet))

    def _on_closed(self, event: p.InteractionClosed) -> None:
        conversation = self._conversations.pop(event.interaction_id, None)
        if conversation is not None:
            self.stats.conversations_ended += 1
        if event.wrapup_required and event.interaction_id not in self._wrapups:
            self._wrapups.add(event.interaction_id)
            topic = conversation.interaction.topic if conversation else ""
            self._spawn(self._wrap_up(event.interaction_id, topic))
        self._update_idle()

    def _on_presence(self, event: p.PresenceChanged) -> None:
        self.presence = event
        if self.stop.is_set():
            return
        away = event.presence in ("not_ready", "offline")
        if away and event.reason == RONA_REASON:
            self.stats.rona += 1
            self._come_back_after(self.behaviour.rona_comeback * self.behaviour.pace)
        elif away and event.by and event.by != self.user:
            self.stats.forced += 1
            self._come_back_after(self.behaviour.supervisor_break)

    # ------------------------------------------------------------------ work

    async def _accept(self, iid: str) -> None:
        if self.stop.is_set():
            return  # let it ring elsewhere: no new work while signing off
        await self._pause(*self.behaviour.accept_delay)
        try:
            await self.client.request(p.AcceptOffer(id=0, interaction_id=iid))
        except p.ProtocolError as exc:  # revoked meanwhile (abandoned, timed out)
            log.debug("%s: offer %s gone: %s", self.user, iid, exc)
            return
        self.stats.accepted += 1

    async def _converse(
        self, conversation: _Conversation, question: list[p.ChatMessage], greeting: str = ""
    ) -> None:
        iid = conversation.interaction.id
        topic = conversation.interaction.topic
        if question:
            await self._ack(iid, question[-1].seq)
        if greeting and not await self._say(iid, greeting):
            return
        answers = data.AGENT_ANSWERS.get(topic) or data.AGENT_FOLLOW_UP_ANSWERS
        department = self._department(topic)
        b = self.behaviour
        if (
            department
            and not conversation.interaction.transfers
            and self.rng.random() < b.second_line_share
        ):
            text = self.rng.choice(data.AGENT_HANDOVER).format(department=department)
            if await self._say(iid, text):
                await self._hand_on(conversation, department)
            return
        if not await self._say(iid, self.rng.choice(answers)):
            return
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.behaviour.quiet_timeout
        while True:
            try:
                event = await asyncio.wait_for(conversation.events.get(), deadline - loop.time())
            except TimeoutError:
                # The citizen went quiet: say goodbye and close.
                if await self._say(iid, self.rng.choice(data.AGENT_GOODBYES)):
                    await self._close(iid, "citizen stopped answering")
                return
            if isinstance(event, p.InteractionClosed):
                return
            if not isinstance(event, p.ChatMessageEvent) or event.message.sender != "citizen":
                continue
            await self._ack(iid, event.message.seq)
            deadline = loop.time() + self.behaviour.quiet_timeout
            if event.message.text not in data.CITIZEN_THANKS:
                text = (
                    f"{self.rng.choice(data.AGENT_FOLLOW_UP_ANSWERS)} "
                    f"{self.rng.choice(data.AGENT_CHECKS)}"
                )
                if not await self._say(iid, text):
                    return
                continue
            # Thanked: say goodbye and close, unless the citizen leaves first.
            if await self._say(iid, self.rng.choice(data.AGENT_GOODBYES)):
                await self._pause(1.0, 2.5)
                if iid in self._conversations:
                    await self._close(iid, "resolved")
            return

    # ------------------------------------------------------------------ the second line

    def _department(self, topic: str) -> str:
        welcome = self.client.welcome if self.client else self.welcome
        found = next((t for t in welcome.topics if t.id == topic), None) if welcome else None
        return found.department if found else ""

    def _greeting(self, info: p.InteractionInfo) -> str:
        welcome = self.client.welcome if self.client else self.welcome
        name = welcome.user.display_name.split()[0] if welcome else self.user
        department = self._department(info.topic) or "the city hall"
        return self.rng.choice(data.EXPERT_GREETINGS).format(name=name, department=department)

    async def _hand_on(self, conversation: _Conversation, department: str) -> None:
        """Warm (ask an expert of the department to join, then hand over) or blind (to the
        department's queue): the chat then closes for this bot, which wraps up its part."""
        iid = conversation.interaction.id
        note = self.rng.choice(data.HANDOVER_NOTES)
        if self.rng.random() < self.behaviour.warm_share:
            with contextlib.suppress(p.ProtocolError, TimeoutError):
                await self.client.request(
                    p.RequestConsult(id=0, interaction_id=iid, department=department, note=note)
                )
                self.stats.consults += 1
                if await self._wait_for_expert(conversation):
                    await self.client.request(p.SendInternal(id=0, interaction_id=iid, text=note))
                    await self._pause(1.0, 2.0)
                    await self.client.request(p.CompleteConsult(id=0, interaction_id=iid))
                    self.stats.warm_transfers += 1
                    return
                await self.client.request(p.CancelConsult(id=0, interaction_id=iid))
        try:
            await self.client.request(
                p.TransferInteraction(id=0, interaction_id=iid, department=department, note=note)
            )
            self.stats.blind_transfers += 1
        except p.ProtocolError as exc:  # the citizen left meanwhile
            log.debug("%s: transfer of %s refused: %s", self.user, iid, exc)

    async def _wait_for_expert(self, conversation: _Conversation) -> bool:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.behaviour.consult_wait * max(self.behaviour.pace, 0.1)
        while (left := deadline - loop.time()) > 0:
            try:
                event = await asyncio.wait_for(conversation.events.get(), left)
            except TimeoutError:
                return False
            if isinstance(event, p.InteractionClosed):
                return False
            if isinstance(event, p.ConsultChanged) and event.state == "connected":
                return True
        return False

    async def _consulted(self, conversation: _Conversation) -> None:
        """Joined a chat as the consulted expert: say so to the agent, then take it over
        once handed it (or go when the agent cancels)."""
        iid = conversation.interaction.id
        await self._pause(0.5, 1.5)
        with contextlib.suppress(p.ProtocolError):
            await self.client.request(
                p.SendInternal(id=0, interaction_id=iid, text=self.rng.choice(data.EXPERT_INTERNAL))
            )
        while True:
            event = await conversation.events.get()
            if isinstance(event, p.InteractionClosed):
                return
            if isinstance(event, p.ParticipantsChanged) and any(
                x.username == self.user and x.role == "owner" for x in event.participants
            ):
                await self._converse(conversation, [], self._greeting(conversation.interaction))
                return

    async def _wrap_up(self, iid: str, topic: str) -> None:
        await self._pause(*self.behaviour.wrapup_delay)
        welcome = self.client.welcome if self.client else self.welcome
        tags = list(welcome.wrapup_topics) if welcome else []
        names = {t.id: t.name for t in welcome.topics} if welcome else {}
        tag = names.get(topic, "")
        if tag not in tags:
            tag = "Other" if "Other" in tags else (tags[0] if tags else topic)
        try:
            await self.client.request(
                p.SubmitWrapup(
                    id=0,
                    interaction_id=iid,
                    topic=tag,
                    notes=f"Answered by the demo agent {self.user}.",
                    resolved_first_contact=self.rng.random() < 0.8,
                )
            )
            self.stats.wrapups += 1
        except p.ProtocolError as exc:
            log.warning("%s: wrap-up of %s refused: %s", self.user, iid, exc)
            self.stats.errors += 1
        finally:
            self._wrapups.discard(iid)
            self._update_idle()
        if (
            not self.stop.is_set()
            and not self._conversations
            and not self._wrapups
            and self._comeback is None
            and self.rng.random() < self.behaviour.break_share
        ):
            await self._take_break()

    async def _take_break(self) -> None:
        welcome = self.client.welcome if self.client else None
        reasons = [r for r in (welcome.not_ready_reasons if welcome else []) if r != "Training"]
        reason = self.rng.choice(reasons or ["Break"])
        if await self._set_presence("not_ready", reason):
            self.stats.breaks += 1
            self._come_back_after(
                self.rng.uniform(*self.behaviour.break_length) * self.behaviour.pace
            )

    def _come_back_after(self, delay: float) -> None:
        self._cancel_comeback()
        self._comeback = self._spawn(self._come_back(delay))

    def _cancel_comeback(self) -> None:
        if self._comeback is not None and self._comeback is not asyncio.current_task():
            self._comeback.cancel()
        self._comeback = None

    async def _come_back(self, delay: float) -> None:
        if await self._pause(delay, delay):
            return
        self._comeback = None
        await self._set_presence("available")

    # ------------------------------------------------------------------ helpers

    async def _say(self, iid: str, text: str) -> bool:
        """Read, type (typing indicator on) and send; False if the chat is gone."""
        b = self.behaviour
        await self._pause(*b.read_delay)
        if iid not in self._conversations:
            return False
        await self.client.notify(p.Typing(interaction_id=iid, typing=True, sender="agent"))
        await self._pause(*b.type_delay)
        if iid not in self._conversations:
            return False
        try:
            await self.client.request(p.SendChat(id=0, interaction_id=iid, text=text))
        except p.ProtocolError as exc:
            if exc.code in (p.ErrorCode.NOT_FOUND, p.ErrorCode.CONFLICT):
                return False  # the citizen left meanwhile
            raise
        self.stats.messages_sent += 1
        return True

    async def _close(self, iid: str, reason: str) -> None:
        try:
            await self.client.request(p.CloseInteraction(id=0, interaction_id=iid, reason=reason))
        except p.ProtocolError:
            return  # the citizen closed first
        self.stats.closed_by_agent += 1

    async def _ack(self, iid: str, seq: int) -> None:
        await self.client.notify(p.AckChat(interaction_id=iid, seq=seq))

    async def _set_presence(self, state: str, reason: str = "") -> bool:
        try:
            await self.client.request(p.SetPresence(id=0, state=state, reason=reason))
        except p.ProtocolError as exc:
            log.warning("%s: cannot go %s: %s", self.user, state, exc)
            return False
        return True

    async def _pause(self, low: float, high: float) -> bool:
        """Sleep like a person (scaled by pace); True if the bot is stopping.

        The pause ends early when the bot is told to stop: work in hand (a reply, a
        wrap-up) is then finished at once, new work is not started.
        """
        delay = self.rng.uniform(low, high) * self.behaviour.pace
        if not self.stop.is_set() and delay > 0:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.stop.wait(), delay)
        return self.stop.is_set()

    def _update_idle(self) -> None:
        if self._conversations or self._wrapups:
            self._idle.clear()
        else:
            self._idle.set()

    def _spawn(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task:
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._task_done)
        return task

    def _task_done(self, task: asyncio.Task) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            exc = task.exception()
            if not isinstance(exc, p.ProtocolError | OSError):
                log.error("%s: task failed", self.user, exc_info=exc)
            self.stats.errors += 1


async def run_agents(
    url: str,
    users: list[str],
    stop: asyncio.Event,
    *,
    behaviour: AgentBehaviour | None = None,
    seed: int | None = None,
    grace: float = 5.0,
    behaviours: dict[str, AgentBehaviour] | None = None,
) -> AgentStats:
    """Log every bot in, work until ``stop``, sign off; the summed statistics.
    ``behaviours`` overrides ``behaviour`` for some users (experts hand nothing on)."""
    rng = random.Random(seed)
    own = behaviours or {}
    bots = [
        AgentBot(url, u, behaviour=own.get(u, behaviour), seed=rng.randrange(2**32)) for u in users
    ]
    try:
        await asyncio.gather(*(bot.start() for bot in bots))
    except BaseException:
        await asyncio.gather(*(bot.close() for bot in bots), return_exceptions=True)
        raise

    async def forward_stop() -> None:
        await stop.wait()
        for bot in bots:
            bot.stop.set()

    forward = asyncio.get_running_loop().create_task(forward_stop())
    try:
        await asyncio.gather(*(bot.run(grace) for bot in bots))
    finally:
        forward.cancel()
    total = AgentStats()
    for bot in bots:
        total.add(bot.stats)
    return total
