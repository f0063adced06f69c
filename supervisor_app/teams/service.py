"""Teams as the admin's page sees them: the one part of it that talks to the server.

Coroutine methods for each ``team.*`` request (widgets call them through
``qt_async.spawn``); ``teams_changed`` whenever the server pushes ``team.changed`` or a
request of ours returned. Failures are raised (``p.ProtocolError``, ``OSError``,
``TimeoutError``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from shared import protocol as p
from softphone.client_service import ClientService

REQUEST_ERRORS = (p.ProtocolError, OSError, TimeoutError)


class TeamsService(QObject):
    teams_changed = Signal(list)  # list[p.Team], by name

    def __init__(self, client: ClientService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.client = client
        self.teams: list[p.Team] = []
        client.event_received.connect(self._on_client_event_received)

    @property
    def is_admin(self) -> bool:
        welcome = self.client.welcome
        return welcome is not None and welcome.user.role == "admin"

    def team(self, team_id: int) -> p.Team | None:
        return next((t for t in self.teams if t.id == team_id), None)

    async def refresh(self) -> list[p.Team]:
        reply: p.TeamListResult = await self.client.request(p.TeamList(id=0))
        self._set(reply.teams)
        return self.teams

    async def create(self, name: str) -> p.Team:
        return await self._changed(p.TeamCreate(id=0, name=name))

    async def rename(self, team_id: int, name: str) -> p.Team:
        return await self._changed(p.TeamRename(id=0, team_id=team_id, name=name))

    async def delete(self, team_id: int) -> None:
        await self.client.request(p.TeamDelete(id=0, team_id=team_id))
        self._set([t for t in self.teams if t.id != team_id])

    async def set_member(
        self, team_id: int, user: str, *, member: bool, supervisor: bool = False
    ) -> p.Team:
        return await self._changed(
            p.TeamSetMember(id=0, team_id=team_id, user=user, member=member, supervisor=supervisor)
        )

    async def _changed(self, msg: Any) -> p.Team:
        reply: p.TeamResult = await self.client.request(msg)
        self._set([t for t in self.teams if t.id != reply.team.id] + [reply.team])
        return reply.team

    def _set(self, teams: list[p.Team]) -> None:
        self.teams = sorted(teams, key=lambda t: t.name.casefold())
        self.teams_changed.emit(self.teams)

    def _on_client_event_received(self, msg: Any) -> None:
        if isinstance(msg, p.TeamsChanged):
            self._set(list(msg.teams))
