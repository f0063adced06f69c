"""The second line as the agent's and expert's app sees it: the one part of those apps
that asks the server for consultations, transfers, the directory and internal messages.

A thin QObject over the app's ``ClientService`` (like the supervisor's
``KnowledgeService``): a coroutine method per request (widgets call them through
``qt_async.spawn``/``async_slot``), and typed signals for what the server pushes.
Failures are raised: ``p.ProtocolError`` (the server's ``code`` and ``message``),
``OSError`` or ``TimeoutError``; the client service has already reported them through
``request_failed`` for the status bar.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from shared import protocol as p
from softphone.client_service import ClientService


class SecondLineService(QObject):
    consult_changed = Signal(p.ConsultChanged)
    participants_changed = Signal(p.ParticipantsChanged)
    internal_received = Signal(p.InternalMessageEvent)
    directory_changed = Signal(p.DirectoryUpdate)

    def __init__(self, client: ClientService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.client = client
        client.event_received.connect(self._on_client_event_received)

    @property
    def username(self) -> str:
        return self.client.username

    # ------------------------------------------------------------------ consultations

    async def consult(
        self,
        interaction_id: str,
        *,
        department: str = "",
        expert: str = "",
        note: str = "",
        three_way: bool = False,
    ) -> p.ConsultRequested:
        """Ask the first free expert of ``department`` (or ``expert`` by name) to join."""
        return await self._request(
            p.RequestConsult(
                id=0,
                interaction_id=interaction_id,
                department=department,
                expert=expert,
                note=note,
                three_way=three_way,
            )
        )

    async def cancel_consult(self, interaction_id: str) -> None:
        await self._request(p.CancelConsult(id=0, interaction_id=interaction_id))

    async def complete_consult(self, interaction_id: str) -> None:
        """Hand the conversation to the consulted expert (warm transfer)."""
        await self._request(p.CompleteConsult(id=0, interaction_id=interaction_id))

    async def merge(self, interaction_id: str) -> None:
        """Three-way: the citizen and the expert talk too."""
        await self._request(p.MergeConsult(id=0, interaction_id=interaction_id))

    async def transfer(self, interaction_id: str, department: str, note: str = "") -> None:
        """Blind transfer to the department's queue (the citizen keeps their place)."""
        await self._request(
            p.TransferInteraction(
                id=0, interaction_id=interaction_id, department=department, note=note
            )
        )

    async def hand_back(self, interaction_id: str) -> None:
        """Signing off with it open: to the expert in it, else the front of its queue."""
        await self._request(p.ReturnInteraction(id=0, interaction_id=interaction_id))

    async def leave(self, interaction_id: str) -> None:
        await self._request(p.LeaveInteraction(id=0, interaction_id=interaction_id))

    async def send_internal(self, interaction_id: str, text: str) -> p.InternalMessage:
        reply: p.InternalSent = await self._request(
            p.SendInternal(id=0, interaction_id=interaction_id, text=text)
        )
        return reply.message

    async def request_callback(
        self,
        number: str,
        *,
        department: str = "",
        topic: str = "",
        interaction_id: str = "",
        note: str = "",
    ) -> p.CallbackRegistered:
        return await self._request(
            p.RequestCallback(
                id=0,
                number=number,
                department=department,
                topic=topic,
                interaction_id=interaction_id,
                note=note,
            )
        )

    # ------------------------------------------------------------------ directory

    async def directory(self) -> p.DirectorySnapshot:
        """Departments and people now; changes follow as ``directory_changed``."""
        return await self._request(p.GetDirectory(id=0))

    # ------------------------------------------------------------------ plumbing

    async def _request(self, msg: Any) -> Any:
        return await self.client.request(msg)

    def _on_client_event_received(self, msg: object) -> None:
        if isinstance(msg, p.ConsultChanged):
            self.consult_changed.emit(msg)
        elif isinstance(msg, p.ParticipantsChanged):
            self.participants_changed.emit(msg)
        elif isinstance(msg, p.InternalMessageEvent):
            self.internal_received.emit(msg)
        elif isinstance(msg, p.DirectoryUpdate):
            self.directory_changed.emit(msg)
