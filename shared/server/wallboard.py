"""What supervisors see live: their teams' agents and every queue, pushed, no polling.

Changes are marked dirty and coalesced: one ``supervisor.update`` per
``wallboard_interval`` for everything that changed, serialised once per distinct view
(supervisors who see the same teams share the frames). At scale nothing is sent in one
piece: a snapshot is its reply (queues and the first ``SNAPSHOT_PAGE_AGENTS`` agents)
and ``supervisor.snapshot_page`` pushes in order after it; an interval that changed
thousands of agents is several update frames.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from shared import protocol as p
from shared.routing import Engine
from shared.server.catalogue import Catalogue
from shared.server.people import People, Session
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
        teams: Teams | None = None,
    ) -> None:
        self.teams = teams or Teams(lambda username: None)
        self.engine = engine
        self.people = people
        self.catalogue = catalogue
        self.interval = interval
        self.self_service = self_service  # topic -> citizens an article helped today
        self._agents: set[str] = set()
        self._queues: set[str] = set()
        self._scheduled = False
        # Someone else who wants to hear what changed (the directory): agents, queues.
        self.on_changed: Callable[[set[str], set[str]], None] = lambda agents, queues: None

    async def on_subscribe(self, session: Session, msg: p.Subscribe) -> None:
        """The reply, then the further pages, all sent now (in order, before any later
        update): the supervisor's view is consistent as of this moment."""
        self.people.supervisors.add(session)
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
                total_agents=len(agents),
                pages=len(chunks),
            )
        )
        for n, chunk in enumerate(chunks[1:], start=1):
            session.send(
                p.SnapshotPage(subscription=msg.id, page=n, agents=chunk, last=n == len(chunks) - 1)
            )

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
        )

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
            self._scheduled = True
            asyncio.get_running_loop().call_later(self.interval, self._flush)

    def _flush(self) -> None:
        self._scheduled = False
        agents, queues = self._agents, self._queues
        self._agents, self._queues = set(), set()
        self.on_changed(agents, queues)
        if not self.people.supervisors:
            return
        known = set(self.catalogue.wallboard_queues())
        statuses = [self.agent_status(a) for a in sorted(agents) if a in self.people.staff]
        queue_statuses = [self.queue_status(q) for q in sorted(queues) if q in known]
        frames: dict[View, list[str]] = {}  # serialised once per view
        for s in list(self.people.supervisors):
            view = self.teams.view_of(s.username)
            if view not in frames:
                frames[view] = self._frames(statuses, queue_statuses, view)
            for frame in frames[view]:
                s.push(frame)

    def _frames(
        self, statuses: list[p.AgentStatus], queues: list[p.QueueStatus], view: View
    ) -> list[str]:
        if view is not None:
            members = self.teams.members_of(view)
            statuses = [a for a in statuses if a.username in members]
        if not statuses and not queues:
            return []
        chunks = pages(statuses)
        return [
            p.encode_text(p.WallboardUpdate(agents=chunk, queues=queues if n == 0 else []))
            for n, chunk in enumerate(chunks)
        ]
