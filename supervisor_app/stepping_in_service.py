"""Stepping in as the supervisor window sees it: the one part of it that talks to the
server. Coroutine methods (widgets call them through ``qt_async.spawn``); failures are
raised as ``p.ProtocolError`` (code and message from the server), ``OSError`` or
``TimeoutError``."""

from __future__ import annotations

from PySide6.QtCore import QObject

from shared import protocol as p
from softphone.client_service import ClientService


class SteppingInService(QObject):
    def __init__(self, client: ClientService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.client = client

    async def directory(self) -> p.DirectorySnapshot:
        """Departments and people with their presence, to pick where a conversation goes."""
        return await self.client.request(p.GetDirectory(id=0))

    async def move(
        self, interaction_id: str, *, agent: str = "", department: str = "", note: str = ""
    ) -> None:
        """To ``agent``, to ``department``'s queue, or (neither) the next free agent."""
        await self.client.request(
            p.MoveInteraction(
                id=0, interaction_id=interaction_id, agent=agent, department=department, note=note
            )
        )
