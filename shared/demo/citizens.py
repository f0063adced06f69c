"""Simulated citizens: asyncio bots that open web chats and talk like people.

A ``CitizenCrowd`` sends a new ``CitizenBot`` every so often (``per_minute``, jittered).
Each bot connects as a citizen (``shared.client.Client(url, citizen=True)``), opens a
chat on a random topic with a question from ``shared.demo.data``, waits for an agent
(giving up after its patience runs out: an abandoned chat), answers the agent after a
few seconds of reading and typing, and either thanks the agent and leaves or waits for
the agent to close. Used by ``cc-demo`` and by the benchmarks (``pace=0`` removes every
human delay). No Qt here.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from shared import protocol as p
from shared.client import Client
from shared.demo import data

log = logging.getLogger(__name__)

# How a bot's conversation ended.
SERVED_LEFT = "served_left"  # thanked the agent and closed the chat
SERVED_CLOSED = "served_closed"  # the agent closed the chat
ABANDONED = "abandoned"  # gave up while waiting in the queue
STOPPED_WAITING = "stopped_waiting"  # the simulation stopped while it waited
STOPPED_CHATTING = "stopped_chatting"  # the simulation stopped mid-conversation
FAILED = "failed"  # could not connect or the server refused something


@dataclass
class CitizenStats:
    """What a crowd did; the demo prints it, the benchmarks read it."""

    started: int = 0
    served: int = 0  # an agent joined the chat
    messages_sent: int = 0  # after the opening question
    outcomes: Counter = field(default_factory=Counter)
    waits: list[float] = field(default_factory=list)  # seconds until an agent joined

    @property
    def closed(self) -> int:
        """Chats that ended after an agent served them, whoever closed them."""
        return (
            self.outcomes[SERVED_LEFT]
            + self.outcomes[SERVED_CLOSED]
            + self.outcomes[STOPPED_CHATTING]
        )

    @property
    def abandoned(self) -> int:
        return self.outcomes[ABANDONED] + self.outcomes[STOPPED_WAITING]

    def as_dict(self) -> dict[str, Any]:
        waits = sorted(self.waits)
        return {
            "chats_started": self.started,
            "chats_served": self.served,
            "chats_closed": self.closed,
            "chats_abandoned": self.abandoned,
            "citizen_messages": self.messages_sent,
            "failed": self.outcomes[FAILED],
            "median_wait_s": round(waits[len(waits) // 2], 2) if waits else None,
            "outcomes": dict(self.outcomes),
        }


@dataclass
class CitizenBehaviour:
    """How people behave; times are seconds at ``pace=1``."""

    pace: float = 1.0  # multiplies every reading/typing delay (0: as fast as possible)
    patience: tuple[float, float] = (60.0, 180.0)
    impatient_share: float = 0.2  # these give up after ``impatient_patience``
    impatient_patience: tuple[float, float] = (8.0, 25.0)
    thanks_share: float = 0.7  # say thank you and leave, instead of waiting to be closed
    follow_ups: tuple[int, int] = (0, 2)  # questions after the first answer
    read_delay: tuple[float, float] = (1.5, 4.0)
    type_delay: tuple[float, float] = (1.0, 3.0)
    quiet_timeout: float = 120.0  # leave a conversation where nothing happens


class CitizenBot:
    """One citizen with one question."""

    def __init__(
        self,
        url: str,
        *,
        topic: str,
        question: str,
        name: str,
        rng: random.Random,
        stop: asyncio.Event,
        behaviour: CitizenBehaviour | None = None,
        stats: CitizenStats | None = None,
    ) -> None:
        self.url = url
        self.topic = topic
        self.question = question
        self.name = name
        self.rng = rng
        self.stop = stop
        self.behaviour = behaviour or CitizenBehaviour()
        self.stats = stats or CitizenStats()
        self.client: Client | None = None
        self.interaction_id = ""
        self._events: asyncio.Queue[Any] = asyncio.Queue()

    async def run(self) -> str:
        """Live the whole conversation; returns its outcome (also counted in stats)."""
        try:
            outcome = await self._run()
        except (p.ProtocolError, OSError, TimeoutError) as exc:
            log.warning("citizen %s failed: %s", self.name, exc)
            outcome = FAILED
        finally:
            if self.client is not None:
                await self.client.close()
        self.stats.outcomes[outcome] += 1
        return outcome

    async def _run(self) -> str:
        self.client = Client(
            self.url,
            citizen=True,
            on_event=self._events.put_nowait,
            client_name="demo-citizen",
            max_backoff=2.0,
        )
        await self.client.connect()
        started = await self.client.request(
            p.StartChat(id=0, topic=self.topic, text=self.question, name=self.name)
        )
        self.interaction_id = started.interaction.id
        self.stats.started += 1
        asked_at = asyncio.get_running_loop().time()
        outcome = await self._wait_for_agent()
        if outcome:
            return outcome
        self.stats.served += 1
        self.stats.waits.append(asyncio.get_running_loop().time() - asked_at)
        return await self._converse()

    # ------------------------------------------------------------------ phases

    async def _wait_for_agent(self) -> str:
        """'' once an agent joined, else the outcome of a chat that ended in the queue."""
        b = self.behaviour
        low, high = b.impatient_patience if self.rng.random() < b.impatient_share else b.patience
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.rng.uniform(low, high)
        while True:
            event = await self._next(deadline - loop.time())
            if isinstance(event, p.AgentJoined) and event.interaction_id == self.interaction_id:
                return ""
            if isinstance(event, p.InteractionClosed):
                return SERVED_CLOSED
            if event is None:
                stopped = self.stop.is_set()
                await self._close("demo stopped" if stopped else "gave up waiting")
                return STOPPED_WAITING if stopped else ABANDONED

    async def _converse(self) -> str:
        b = self.behaviour
        follow_ups = self.rng.randint(*b.follow_ups)
        thanked = False
        while True:
            event = await self._next(b.quiet_timeout)
            if event is None:
                await self._close("citizen left")
                return STOPPED_CHATTING if self.stop.is_set() else SERVED_LEFT
            if isinstance(event, p.InteractionClosed):
                return SERVED_CLOSED
            if not (isinstance(event, p.ChatMessageEvent) and event.message.sender == "agent"):
                continue
            await self.client.notify(
                p.AckChat(interaction_id=self.interaction_id, seq=event.message.seq)
            )
            if thanked:
                continue  # the agent's goodbye; the agent closes
            if follow_ups > 0:
                follow_ups -= 1
                text = self.rng.choice(data.CITIZEN_FOLLOW_UPS)
            else:
                text = self.rng.choice(data.CITIZEN_THANKS)
                thanked = True
            if not await self._say(text):
                continue  # stopped while typing: the next _next() returns None at once
            if thanked and self.rng.random() < b.thanks_share:
                await self._pause(1.0, 3.0)
                await self._close("citizen left")
                return STOPPED_CHATTING if self.stop.is_set() else SERVED_LEFT

    # ------------------------------------------------------------------ helpers

    async def _say(self, text: str) -> bool:
        """Read, type (with the typing indicator on) and send; False if stopped first."""
        if await self._pause(*self.behaviour.read_delay):
            return False
        await self.client.notify(
            p.Typing(interaction_id=self.interaction_id, typing=True, sender="citizen")
        )
        if await self._pause(*self.behaviour.type_delay):
            return False
        try:
            await self.client.request(
                p.SendChat(id=0, interaction_id=self.interaction_id, text=text)
            )
        except p.ProtocolError as exc:
            if exc.code in (p.ErrorCode.NOT_FOUND, p.ErrorCode.CONFLICT):
                return False  # the agent closed meanwhile
            raise
        self.stats.messages_sent += 1
        return True

    async def _close(self, reason: str) -> None:
        with contextlib.suppress(p.ProtocolError):  # already closed by the other side
            await self.client.request(
                p.CloseInteraction(id=0, interaction_id=self.interaction_id, reason=reason)
            )

    async def _next(self, timeout: float) -> Any | None:
        """The next server event; None on timeout or once the simulation stops."""
        if self.stop.is_set() or timeout <= 0:
            return self._events.get_nowait() if not self._events.empty() else None
        get = asyncio.ensure_future(self._events.get())
        stopped = asyncio.ensure_future(self.stop.wait())
        done, pending = await asyncio.wait(
            {get, stopped}, timeout=timeout, return_when=asyncio.FIRST_COMPLETED
        )
        for task in pending:
            task.cancel()
        return get.result() if get in done else None

    async def _pause(self, low: float, high: float) -> bool:
        """Sleep like a person would (scaled by pace); True if the simulation stopped."""
        delay = self.rng.uniform(low, high) * self.behaviour.pace
        if self.stop.is_set():
            return True
        if delay > 0:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.stop.wait(), delay)
        return self.stop.is_set()


class CitizenCrowd:
    """Citizens arriving at a steady rate on random topics until told to stop."""

    def __init__(
        self,
        url: str,
        *,
        per_minute: float = 7.5,
        behaviour: CitizenBehaviour | None = None,
        seed: int | None = None,
        topics: list[str] | None = None,
        max_citizens: int | None = None,
    ) -> None:
        self.url = url
        self.per_minute = per_minute
        self.behaviour = behaviour or CitizenBehaviour()
        self.rng = random.Random(seed)
        self.topics = topics or [t for t, _, _ in data.TOPICS if t in data.QUESTIONS]
        self.max_citizens = max_citizens
        self.stats = CitizenStats()
        self.stop = asyncio.Event()
        self._bots: set[asyncio.Task] = set()
        self._count = 0

    def new_bot(self) -> CitizenBot:
        topic = self.rng.choice(self.topics)
        self._count += 1
        return CitizenBot(
            self.url,
            topic=topic,
            question=self.rng.choice(data.QUESTIONS[topic]),
            name=self.rng.choice(data.CITIZEN_NAMES),
            rng=random.Random(self.rng.random()),
            stop=self.stop,
            behaviour=self.behaviour,
            stats=self.stats,
        )

    async def run(self, grace: float = 5.0) -> CitizenStats:
        """Send citizens until ``stop`` is set (or ``max_citizens`` have come and gone),
        then give the ones still talking ``grace`` seconds to finish."""
        interval = 60.0 / self.per_minute if self.per_minute > 0 else None
        loop = asyncio.get_running_loop()
        stopped = loop.create_task(self.stop.wait())
        try:
            while not self.stop.is_set() and interval is not None:
                if self.max_citizens is not None and self._count >= self.max_citizens:
                    # Everyone has come: wait until they have all left, or until stopped.
                    while self._bots and not self.stop.is_set():
                        await asyncio.wait(
                            {*self._bots, stopped}, return_when=asyncio.FIRST_COMPLETED
                        )
                    break
                task = loop.create_task(self.new_bot().run(), name=f"citizen-{self._count}")
                self._bots.add(task)
                task.add_done_callback(self._bots.discard)
                delay = interval * self.rng.uniform(0.6, 1.4)
                await asyncio.wait({stopped}, timeout=delay)
            if interval is None:
                await stopped
        finally:
            stopped.cancel()
            self.stop.set()
            await self._wind_down(grace)
        return self.stats

    async def _wind_down(self, grace: float) -> None:
        if not self._bots:
            return
        _, pending = await asyncio.wait(set(self._bots), timeout=grace)
        for task in pending:
            task.cancel()
        if pending:
            await asyncio.gather(*pending, return_exceptions=True)
