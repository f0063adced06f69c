"""Broadcasts from supervisors, as the agent's and the expert's app receive them.

The server pushes ``broadcast.message`` when a supervisor sends one, and again on every
login for those still unread today; the inbox keeps the unread ones (oldest first, once
each) and ``mark_read`` tells the server (also when the agent dismisses the banner).
No widgets here: the banner and the tray react to ``changed`` and ``arrived``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from shared import protocol as p
from softphone.client_service import ClientService

REQUEST_ERRORS = (p.ProtocolError, OSError, TimeoutError)


class BroadcastInbox(QObject):
    changed = Signal()  # the unread list changed
    arrived = Signal(p.Broadcast)  # a broadcast not seen before (for a tray balloon)

    def __init__(self, client: ClientService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.client = client
        self._unread: dict[int, p.Broadcast] = {}
        self._read: set[int] = set()
        client.event_received.connect(self._on_client_event_received)

    def unread(self) -> list[p.Broadcast]:
        return sorted(self._unread.values(), key=lambda b: b.id)

    async def mark_read(self, broadcast_id: int) -> None:
        """Read (or dismissed): gone from the banner at once, the server told."""
        if self._unread.pop(broadcast_id, None) is None:
            return
        self._read.add(broadcast_id)
        self.changed.emit()
        try:
            await self.client.request(p.ReadBroadcast(id=0, broadcast_id=broadcast_id))
        except REQUEST_ERRORS:
            # Not recorded: it comes again with the next login, still unread.
            self._read.discard(broadcast_id)

    def _on_client_event_received(self, msg: Any) -> None:
        if not isinstance(msg, p.BroadcastMessage) or msg.broadcast.read_at is not None:
            return
        b = msg.broadcast
        if b.id in self._unread or b.id in self._read:
            return
        self._unread[b.id] = b
        self.changed.emit()
        self.arrived.emit(b)
