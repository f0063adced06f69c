"""The knowledge base as the editor sees it: the one part of the editor that talks to the server.

A thin QObject over the app's ``ClientService``: coroutine methods for each ``kb.*``
request (widgets call them through ``qt_async.spawn``), ``busy_changed`` while any of
them is in flight, and ``pins_changed`` when the server pushes ``kb.pinned`` (after any
supervisor pins or unpins). Failures are raised: ``p.ProtocolError`` (its ``code`` and
``message`` are what the server said), ``OSError`` or ``TimeoutError``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from shiboken6 import isValid

from shared import protocol as p
from softphone.client_service import ClientService

# What a request can fail with: the server's error, a dropped or slow connection.
REQUEST_ERRORS = (p.ProtocolError, OSError, TimeoutError)


class KnowledgeService(QObject):
    busy_changed = Signal(bool)
    pins_changed = Signal(object)  # list[p.ArticleHit]: the banner every agent sees
    article_changed = Signal(object)  # p.Article another editor saved or changed

    def __init__(self, client: ClientService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.client = client
        self._in_flight = 0
        client.event_received.connect(self._on_client_event_received)

    @property
    def busy(self) -> bool:
        return self._in_flight > 0

    @property
    def username(self) -> str:
        return self.client.username

    def topics(self) -> list[p.Topic]:
        welcome = self.client.welcome
        return list(welcome.topics) if welcome is not None else []

    # ------------------------------------------------------------------ requests

    async def list_articles(self) -> list[p.Article]:
        reply: p.KbArticleList = await self._request(p.KbList(id=0))
        return reply.articles

    async def save(
        self, draft: p.ArticleDraft, note: str = "", base_revision: int | None = None
    ) -> p.Article:
        reply: p.KbArticle = await self._request(
            p.KbSave(id=0, article=draft, note=note, base_revision=base_revision)
        )
        return reply.article

    async def set_status(self, article_id: str, status: str) -> p.Article:
        reply: p.KbArticle = await self._request(
            p.KbSetStatus(id=0, article_id=article_id, status=status)
        )
        return reply.article

    async def pin(self, article_id: str, pinned: bool) -> p.Article:
        reply: p.KbArticle = await self._request(
            p.KbPin(id=0, article_id=article_id, pinned=pinned)
        )
        return reply.article

    async def history(self, article_id: str) -> list[p.ArticleRevision]:
        reply: p.KbRevisions = await self._request(p.KbHistory(id=0, article_id=article_id))
        return sorted(reply.revisions, key=lambda r: r.revision, reverse=True)

    async def _request(self, msg: Any) -> Any:
        self._in_flight += 1
        if self._in_flight == 1:
            self.busy_changed.emit(True)
        try:
            return await self.client.request(msg)
        finally:
            self._in_flight -= 1
            # (Not when the window and this service were deleted while the request was out.)
            if self._in_flight == 0 and isValid(self):
                self.busy_changed.emit(False)

    # ------------------------------------------------------------------ events

    def _on_client_event_received(self, msg: Any) -> None:
        if isinstance(msg, p.KbPinned):
            self.pins_changed.emit(list(msg.articles))
        elif isinstance(msg, p.KbChanged):
            self.article_changed.emit(msg.article)
