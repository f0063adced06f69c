"""Today's broadcasts as the supervisor sees them: sending one, and their read counts.

Holds today's broadcasts this supervisor may see (``refresh`` after login), adds those
the server pushes (``broadcast.message``, also ones other supervisors sent) and follows
``broadcast.read_count``; ``changed`` after each. Also keeps the pinned articles
(``kb.pinned``), which a broadcast may carry along.
"""

from __future__ import annotations

from typing import Any

import msgspec
from PySide6.QtCore import QObject, Signal

from shared import protocol as p
from softphone.client_service import ClientService

REQUEST_ERRORS = (p.ProtocolError, OSError, TimeoutError)


class BroadcastService(QObject):
    changed = Signal()
    pins_changed = Signal(list)  # list[p.ArticleHit]

    def __init__(self, client: ClientService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.client = client
        self.broadcasts: dict[int, p.Broadcast] = {}
        self.pins: list[p.ArticleHit] = []
        client.event_received.connect(self._on_client_event_received)

    def today(self) -> list[p.Broadcast]:
        """Newest first."""
        return sorted(self.broadcasts.values(), key=lambda b: b.id, reverse=True)

    async def refresh(self) -> None:
        reply: p.BroadcastList = await self.client.request(p.ListBroadcasts(id=0))
        self.broadcasts = {b.id: b for b in reply.broadcasts}
        self.changed.emit()

    async def send(self, text: str, team_id: int | None, article_id: str = "") -> p.Broadcast:
        reply: p.BroadcastSent = await self.client.request(
            p.SendBroadcast(id=0, text=text, team_id=team_id, article_id=article_id)
        )
        self._add(reply.broadcast)
        return reply.broadcast

    def _add(self, b: p.Broadcast) -> None:
        known = self.broadcasts.get(b.id)
        if known is not None and known.read > b.read:
            b = msgspec.structs.replace(b, read=known.read)  # a count came first
        self.broadcasts[b.id] = b
        self.changed.emit()

    def _on_client_event_received(self, msg: Any) -> None:
        if isinstance(msg, p.BroadcastMessage):
            self._add(msg.broadcast)
        elif isinstance(msg, p.BroadcastReadCount):
            b = self.broadcasts.get(msg.broadcast_id)
            if b is not None:
                self.broadcasts[b.id] = msgspec.structs.replace(
                    b, read=msg.read, recipients=msg.recipients
                )
                self.changed.emit()
        elif isinstance(msg, p.KbPinned):
            self.pins = list(msg.articles)
            self.pins_changed.emit(self.pins)
