"""The staff directory: departments and the people who serve them, with live presence
and load, pushed to everyone who asked for it (no polling)."""

from __future__ import annotations

from collections.abc import Callable

from shared import protocol as p
from shared.contracts import department_queue
from shared.routing import Engine
from shared.server.catalogue import Catalogue
from shared.server.people import People, Session


class Directory:
    def __init__(
        self,
        engine: Engine,
        people: People,
        catalogue: Catalogue,
        can_take_calls: Callable[[str], bool],
    ) -> None:
        self.engine = engine
        self.people = people
        self.catalogue = catalogue
        self.can_take_calls = can_take_calls

    async def on_get(self, session: Session, msg: p.GetDirectory) -> p.DirectorySnapshot:
        self.people.directory.add(session)
        return p.DirectorySnapshot(
            id=msg.id,
            departments=self.departments(),
            people=[self.entry(s.username) for s in self.people.routable()],
        )

    def departments(self) -> list[p.Department]:
        return [
            p.Department(
                name=name,
                queue=department_queue(name),
                topics=topics,
                waiting=self.engine.waiting(department_queue(name))[0],
            )
            for name, topics in sorted(self.catalogue.departments().items())
        ]

    def entry(self, username: str) -> p.DirectoryEntry:
        staff = self.people.staff[username]
        view = self.engine.agent_view(username)
        return p.DirectoryEntry(
            username=username,
            display_name=staff.display_name,
            role=staff.role,
            departments=self.catalogue.departments_of(staff.skills),
            skills=staff.skills,
            presence=view.presence,
            reason=view.reason,
            since=view.since,
            connected=view.connected,
            load=len(view.interactions) - len(view.wrapup),
            can_take_calls=self.can_take_calls(username),
        )

    def changed(self, usernames: set[str], queues: set[str]) -> None:
        """Called with what the wallboard saw change (batched the same way)."""
        departments = {department_queue(d) for d in self.catalogue.departments()}
        if not self.people.directory or not (usernames or departments & queues):
            return
        entries = [
            self.entry(u)
            for u in sorted(usernames)
            if u in self.people.staff and self.people.staff[u].routable
        ]
        update = p.DirectoryUpdate(people=entries, departments=self.departments())
        self.people.to_sessions(self.people.directory, p.encode_text(update))
