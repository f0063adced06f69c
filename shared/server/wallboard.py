"""What supervisors see live: their teams' agents and every queue, pushed, no polling.

Changes are marked dirty and coalesced: one ``supervisor.update`` per
``wallboard_interval`` for everything that changed, serialised once per distinct view
(supervisors who see the same teams share the frames). At scale nothing is sent in one
piece: a snapshot is its reply (queues and the first ``SNAPSHOT_PAGE_AGENTS`` agents)
and ``supervisor.snapshot_page`` pushes in order after it; an interval that changed
thousands of agents is several update frames.

Today's figures (service level, abandonment, ASA, AHT) are counted by
``shared.server.service_level`` from the conversations' changes (``interaction_changed``,
called by the effects step), rebuilt from the store at start (``rebuild``) and reset at
local midnight (``tick``), the reset pushed as one update with ``reset`` set.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterable
from typing import Any
from zoneinfo import ZoneInfo

from shared import protocol as p
from shared.routing import Engine
from shared.server.catalogue import Catalogue
from shared.server.config import ServerConfig
from shared.server.conversations import Conversation, Conversations
from shared.server.people import People, Session
from shared.server.service_level import DayStats, Fact, day_start
from shared.server.teams import Teams, View


def pages(agents: list[p.AgentStatus], size: int = p.SNAPSHOT_PAGE_AGENTS):
    return [agents[i : i + size] for i in range(0, len(agents), size)] or [[]]


class Wallboard:
    def __init__(
        self,
        engine: Engine,
        people: People,
        catalogue: Catalogue,
        interval: float,
        self_service: Callable[[str], int] = lambda topic: 0,
        *,
        conversations: Conversations | None = None,
        config: ServerConfig | None = None,
        clock: Callable[[], float] = time.time,
        teams: Teams | None = None,
    ) -> None:
        self.teams = teams or Teams(lambda username: None)
        self.engine = engine
        self.people = people
        self.catalogue = catalogue
        self.interval = interval
        self.self_service = self_service  # topic -> citizens an article helped today
        self.convs = conversations
        self.config = config or ServerConfig()
        self.clock = clock
        cfg = self.config
        self.tz = ZoneInfo(cfg.timezone) if cfg.timezone else None
        self.stats = DayStats(cfg.service_level_seconds, cfg.short_abandon_seconds, self.tz)
        self.stats.roll(clock())
        self._agents: set[str] = set()
        self._queues: set[str] = set()
        self._reset = False  # a new day began since the last update
        self._scheduled = False
        # Someone else who wants to hear what changed (the directory): agents, queues.
        self.on_changed: Callable[[set[str], set[str]], None] = lambda agents, queues: None

    async def on_subscribe(self, session: Session, msg: p.Subscribe) -> None:
        """The reply, then the further pages, all sent now (in order, before any later
        update): the supervisor's view is consistent as of this moment."""
        self.people.supervisors.add(session)
        self.tick(self.clock())
        visible = self.teams.visible_agents(session.username)
        agents = [
            self.agent_status(s.username)
            for s in self.people.routable()
            if visible is None or s.username in visible
        ]
        chunks = pages(agents)
        session.send(
            p.Snapshot(
                id=msg.id,
                agents=chunks[0],
                queues=[self.queue_status(q) for q in self.catalogue.wallboard_queues()],
                centre=self.centre_status(),
                settings=self.settings(),
                total_agents=len(agents),
                pages=len(chunks),
            )
        )
        for n, chunk in enumerate(chunks[1:], start=1):
            session.send(
                p.SnapshotPage(subscription=msg.id, page=n, agents=chunk, last=n == len(chunks) - 1)
            )

    def settings(self) -> p.WallboardSettings:
        cfg = self.config
        return p.WallboardSettings(
            service_level_seconds=cfg.service_level_seconds,
            short_abandon_seconds=cfg.short_abandon_seconds,
            wait_amber=cfg.alert_wait_amber,
            wait_red=cfg.alert_wait_red,
            service_level_amber=cfg.alert_service_level_amber,
            service_level_red=cfg.alert_service_level_red,
            timezone=cfg.timezone or "local",
        )

    def handling(self, interactions: Iterable[str]) -> list[p.HandlingInfo]:
        """What each interaction is, for a person: the citizen, the topic, since when."""
        out = []
        for iid in interactions:
            conv = self.convs.get(iid) if self.convs is not None else None
            if conv is None:
                continue
            answered = self.stats.open_answered.get(iid)
            out.append(
                p.HandlingInfo(
                    interaction_id=iid,
                    channel=conv.channel,  # type: ignore[arg-type]
                    topic=self.catalogue.queue_name(conv.topic),
                    citizen_name=conv.citizen_name or conv.caller,
                    since=answered[1] if answered else conv.created_at,
                )
            )
        return out

    def agent_status(self, username: str) -> p.AgentStatus:
        staff = self.people.staff[username]
        view = self.engine.agent_view(username)
        return p.AgentStatus(
            username=username,
            display_name=staff.display_name,
            role=staff.role,
            presence=view.presence,
            reason=view.reason,
            since=view.since,
            connected=view.connected,
            interactions=list(view.interactions),
            skills=staff.skills,
            handling=self.handling(view.interactions),
            ready=self.engine.ready(username),
        )

    def queue_status(self, queue: str) -> p.QueueStatus:
        waiting, oldest = self.engine.waiting(queue)
        return p.QueueStatus(
            topic=queue,
            name=self.catalogue.queue_name(queue),
            waiting=waiting,
            oldest_since=oldest,
            agents_available=self.engine.available_agents(queue),
            agents_logged_in=self.engine.logged_in_agents(queue),
            self_service_today=self.self_service(queue),
            today=self.stats.figures(queue),
        )

    def centre_status(self) -> p.CentreStatus:
        waiting, oldest = 0, None
        for queue in self.catalogue.wallboard_queues():
            n, since = self.engine.waiting(queue)
            waiting += n
            if since is not None and (oldest is None or since < oldest):
                oldest = since
        by_presence, ready = self.engine.census(s.username for s in self.people.routable())
        return p.CentreStatus(
            waiting=waiting,
            oldest_since=oldest,
            agents_by_presence=by_presence,
            agents_ready=ready,
            today=self.stats.centre(),
        )

    # ------------------------------------------------------------------ today's figures

    def interaction_changed(self, conv: Conversation, state: str, now: float) -> None:
        """A conversation was answered, abandoned or closed: count it (the effects step)."""
        self.tick(now)
        if state == "active":
            self.stats.answered(conv.id, conv.topic, conv.created_at, now)
        elif state == "abandoned":
            self.stats.abandoned(conv.id, conv.topic, conv.created_at, now)
        elif state == "closed":
            self.stats.closed(conv.id, now)
        else:
            return
        self.queue(conv.topic)

    def rebuild(self, facts: Iterable[dict[str, Any]], now: float) -> None:
        """Today's counters from the store's history (at start: after a restart or kill -9)."""
        self.stats.rebuild(
            (
                Fact(r["interaction_id"], r["topic"], r["arrived"], r["ts"], r["state"])
                for r in facts
            ),
            now,
        )

    def day_start(self, now: float) -> float:
        return day_start(now, self.tz)

    def tick(self, now: float) -> None:
        """The clock moved on: at local midnight the counters start again, pushed."""
        if self.stats.roll(now):
            self._reset = True
            self._queues.update(self.catalogue.wallboard_queues())
            self._schedule()

    # ------------------------------------------------------------------ changes

    def agent(self, username: str) -> None:
        self._agents.add(username)
        self._schedule()

    def queue(self, queue: str) -> None:
        self._queues.add(queue)
        self._schedule()

    def agents_skills(self, username: str) -> None:
        """A change of this agent's presence changes the counts of its queues too."""
        self._agents.add(username)
        view = self.engine.agent_view(username)
        self._queues.update(view.skills)
        self._schedule()

    def _schedule(self) -> None:
        if not self._scheduled:
            try:
                loop = asyncio.get_running_loop()
            except RuntimeError:  # not serving yet (restore): the first update says it
                return
            self._scheduled = True
            loop.call_later(self.interval, self._flush)

    def _flush(self) -> None:
        self._scheduled = False
        agents, queues, reset = self._agents, self._queues, self._reset
        self._agents, self._queues, self._reset = set(), set(), False
        self.on_changed(agents, queues)
        if not self.people.supervisors:
            return
        known = set(self.catalogue.wallboard_queues())
        statuses = [  # (a supervisor who took a conversation over is no agent of it)
            self.agent_status(a)
            for a in sorted(agents)
            if a in self.people.staff and self.people.staff[a].routable
        ]
        queue_statuses = [self.queue_status(q) for q in sorted(queues) if q in known]
        # agents by state and the figures: with every update (the first frame of it)
        centre = self.centre_status()
        frames: dict[View, list[str]] = {}  # serialised once per view
        for s in list(self.people.supervisors):
            view = self.teams.view_of(s.username)
            if view not in frames:
                frames[view] = self._frames(statuses, queue_statuses, view, centre, reset)
            for frame in frames[view]:
                s.push(frame)

    def _frames(
        self,
        statuses: list[p.AgentStatus],
        queues: list[p.QueueStatus],
        view: View,
        centre: p.CentreStatus,
        reset: bool,
    ) -> list[str]:
        if view is not None:
            members = self.teams.members_of(view)
            statuses = [a for a in statuses if a.username in members]
        chunks = pages(statuses)
        return [
            p.encode_text(
                p.WallboardUpdate(agents=chunk, queues=queues, centre=centre, reset=reset)
                if n == 0
                else p.WallboardUpdate(agents=chunk)
            )
            for n, chunk in enumerate(chunks)
        ]
