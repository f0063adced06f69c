"""What supervisors see live: every agent's status and every queue, pushed, no polling.

Changes are marked dirty and coalesced: one ``supervisor.update`` frame per
``wallboard_interval`` for everything that changed, serialised once for all supervisors.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from shared import protocol as p
from shared.routing import Engine
from shared.server.catalogue import Catalogue
from shared.server.people import People, Session


class Wallboard:
    def __init__(
        self,
        engine: Engine,
        people: People,
        catalogue: Catalogue,
        interval: float,
        self_service: Callable[[str], int] = lambda topic: 0,
    ) -> None:
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

    async def on_subscribe(self, session: Session, msg: p.Subscribe) -> p.Snapshot:
        self.people.supervisors.add(session)
        return p.Snapshot(
            id=msg.id,
            agents=[self.agent_status(s.username) for s in self.people.routable()],
            queues=[self.queue_status(q) for q in self.catalogue.wallboard_queues()],
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
        update = p.WallboardUpdate(
            agents=[self.agent_status(a) for a in sorted(agents) if a in self.people.staff],
            queues=[self.queue_status(q) for q in sorted(queues) if q in known],
        )
        frame = p.encode_text(update)  # serialised once for every supervisor
        for s in list(self.people.supervisors):
            s.push(frame)
