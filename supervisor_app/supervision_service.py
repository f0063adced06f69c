"""A supervisor's requests about one agent (log out, today's timeline): widget-free,
as ``articles/service.py``; the window calls it and shows what comes back."""

from __future__ import annotations

from PySide6.QtCore import QObject

from shared import protocol as p
from softphone.client_service import ClientService


class SupervisionService(QObject):
    def __init__(self, service: ClientService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service

    async def force_presence(self, username: str, state: str, reason: str = "") -> None:
        await self.service.request(p.ForcePresence(id=0, user=username, state=state, reason=reason))

    async def force_logout(self, username: str) -> None:
        await self.service.request(p.ForceLogout(id=0, user=username))

    async def timeline(self, username: str) -> p.Timeline:
        return await self.service.request(p.GetTimeline(id=0, user=username))
