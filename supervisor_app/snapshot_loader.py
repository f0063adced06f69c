"""Putting a paged ``supervisor.snapshot`` back together (no Qt, no network).

The reply carries the queues, the first page of agents and how many pages there are;
``supervisor.snapshot_page`` pushes bring the rest, in order, tagged with the reply's id.
Pages can reach the window before the coroutine that asked resumes with the reply, and
pages of an older subscription (before a reconnect) can still arrive: the loader keeps
early pages until the reply says which subscription is current, and drops the others.
"""

from __future__ import annotations

from shared import protocol as p


class SnapshotLoader:
    def __init__(self) -> None:
        self.start()

    def start(self) -> None:
        """A subscribe went out: forget any earlier one."""
        self.subscription: int | None = None
        self.pages = 0
        self.total = 0
        self.received = 0
        self._next = 1
        self._early: list[p.SnapshotPage] = []
        self.complete = False

    def replied(self, snapshot: p.Snapshot) -> list[p.SnapshotPage]:
        """The reply is in; the pages of it that came first, to apply now in order."""
        self.subscription = snapshot.id
        self.pages = max(1, snapshot.pages)
        self.total = snapshot.total_agents or len(snapshot.agents)
        self.received = len(snapshot.agents)
        early = sorted(
            (pg for pg in self._early if pg.subscription == snapshot.id), key=lambda pg: pg.page
        )
        self._early = []
        ready = [pg for pg in early if self._accept(pg)]
        self.complete = self._next >= self.pages
        return ready

    def page(self, page: p.SnapshotPage) -> bool:
        """True if this page belongs to the current snapshot and is to be applied now."""
        if self.subscription is None:
            if not self.complete:
                self._early.append(page)
            return False
        if page.subscription != self.subscription or not self._accept(page):
            return False
        self.complete = self._next >= self.pages
        return True

    def _accept(self, page: p.SnapshotPage) -> bool:
        if page.page != self._next:
            return False  # a duplicate or out of order: the server sends them in order
        self._next += 1
        self.received += len(page.agents)
        return True
