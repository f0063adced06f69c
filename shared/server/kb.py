"""Knowledge-base requests: search, articles, editing, pins, suggestions, self-service.

The searching and writing itself lives in ``shared.knowledge`` as plain functions on a
``sqlite_utils.Database``; this module runs them on the store's threads (reads on the
reader pool, writes through the one writer) and decides who sees what: citizens only
public, published, currently valid articles; agents every published valid article;
editors (supervisors, admins) everything. It also pushes the pinned-article banner to
every staff member and article suggestions to the agent handling a conversation.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from shared import protocol as p
from shared.knowledge import articles, search
from shared.server.sql import audit

if TYPE_CHECKING:
    from shared.server.catalogue import Catalogue
    from shared.server.context import Context
    from shared.server.conversations import Conversation, Conversations
    from shared.server.people import People, Session
    from shared.server.wallboard import Wallboard

log = logging.getLogger(__name__)

MAX_QUERY = 200
EDITORS = p.SUPERVISORS


class KnowledgeDesk:
    def __init__(
        self,
        ctx: Context,
        people: People,
        conversations: Conversations,
        catalogue: Catalogue,
        wallboard: Wallboard,
    ) -> None:
        self.ctx = ctx
        self.store = ctx.store
        self.people = people
        self.convs = conversations
        self.catalogue = catalogue
        self.wallboard = wallboard
        self.pins: list[p.ArticleHit] = []
        self.public_pins: list[p.ArticleHit] = []  # the citizen page's urgent notices
        self._day = dt.date.min
        self.self_service: dict[str, int] = {}  # topic -> citizens helped by an article today

    def handlers(self) -> dict[type, Any]:
        return {
            p.KbSearch: self.on_search,
            p.KbGet: self.on_get,
            p.KbAnswered: self.on_answered,
            p.KbList: self.on_list,
            p.KbSave: self.on_save,
            p.KbSetStatus: self.on_set_status,
            p.KbPin: self.on_pin,
            p.KbHistory: self.on_history,
        }

    async def start(self) -> None:
        self.pins = await self.store.read(articles.pinned, today=self.today())
        self.public_pins = await self.store.read(
            articles.pinned, today=self.today(), audience="public"
        )
        await self._roll_day()

    def today(self) -> dt.date:
        return dt.datetime.fromtimestamp(self.ctx.now()).date()

    async def _roll_day(self) -> None:
        """Self-service counts are per local day: reload them when the day changes."""
        today = self.today()
        if today != self._day:
            midnight = dt.datetime.combine(today, dt.time()).timestamp()
            self.self_service = await self.store.read(articles.self_service_counts, since=midnight)
            self._day = today

    def self_service_today(self, topic: str) -> int:
        return self.self_service.get(topic, 0) if self._day == self.today() else 0

    # ------------------------------------------------------------------ reading

    async def on_search(self, session: Session, msg: p.KbSearch) -> p.KbResults:
        query = msg.query.strip()
        if len(query) > MAX_QUERY:
            raise p.ProtocolError(p.ErrorCode.TOO_LARGE, f"query longer than {MAX_QUERY}")
        if not query:
            return p.KbResults(id=msg.id, query=query, hits=[])
        hits, suggestion = await self.store.read(
            search.search,
            query=query,
            audience=self._audience(session),
            department=msg.department,
            tag=msg.tag,
            language=msg.language,
            topic=msg.topic,
            limit=max(1, min(msg.limit, 50)),
            today=self.today(),
            prefer_language=msg.prefer_language,
            # the citizen page: an urgent notice before anything it may contradict
            pinned_first=session.role == "citizen",
        )
        return p.KbResults(id=msg.id, query=query, hits=hits, suggestion=suggestion)

    async def on_get(self, session: Session, msg: p.KbGet) -> p.KbArticle:
        article = await self.store.read(articles.get_article, id=msg.article_id)
        if article is None or not self._may_read(session, article):
            raise p.ProtocolError(p.ErrorCode.NOT_FOUND, f"no article {msg.article_id!r}")
        self.ctx.background(self.store.write(articles.record_view, id=article.id))
        article.views += 1
        return p.KbArticle(id=msg.id, article=article)

    async def on_answered(self, session: Session, msg: p.KbAnswered) -> p.Ok:
        article = await self.store.read(articles.get_article, id=msg.article_id)
        if article is None or not self._may_read(session, article):
            raise p.ProtocolError(p.ErrorCode.NOT_FOUND, f"no article {msg.article_id!r}")
        topic = msg.topic
        conv = self.convs.get(msg.interaction_id) if msg.interaction_id else None
        if conv is not None:
            topic = conv.topic
        if topic and topic not in self.catalogue.topics:
            raise p.ProtocolError(p.ErrorCode.NOT_FOUND, f"no topic {topic!r}")
        by = "citizen" if session.role == "citizen" else "agent"
        await self.store.write(
            articles.record_answered,
            id=article.id,
            by=by,
            topic=topic or (article.topics[0] if article.topics else ""),
            interaction_id=msg.interaction_id,
            now=self.ctx.now(),
        )
        if by == "citizen":
            await self._roll_day()
            counted = topic or (article.topics[0] if article.topics else "")
            if counted:
                self.self_service[counted] = self.self_service.get(counted, 0) + 1
                self.wallboard.queue(counted)
        return p.Ok(id=msg.id)

    # ------------------------------------------------------------------ editing

    async def on_list(self, session: Session, msg: p.KbList) -> p.KbArticleList:
        found = await self.store.read(
            articles.list_articles, status=msg.status, department=msg.department
        )
        return p.KbArticleList(id=msg.id, articles=found)

    async def on_history(self, session: Session, msg: p.KbHistory) -> p.KbRevisions:
        try:
            revisions = await self.store.read(articles.history, id=msg.article_id)
        except LookupError:
            raise p.ProtocolError(p.ErrorCode.NOT_FOUND, f"no article {msg.article_id!r}") from None
        return p.KbRevisions(id=msg.id, article_id=msg.article_id, revisions=revisions)

    async def on_save(self, session: Session, msg: p.KbSave) -> p.KbArticle:
        unknown = set(msg.article.topics) - set(self.catalogue.topics)
        if unknown:
            raise p.ProtocolError(p.ErrorCode.INVALID_FORMAT, f"unknown topics {sorted(unknown)}")
        article = await self._edit(
            session,
            _save_unless_stale,
            draft=msg.article,
            base_revision=msg.base_revision,
            author=session.username,
            note=msg.note[:500],
            now=self.ctx.now(),
        )
        await self._audit(session, "kb.save", article.id, {"revision": article.revision})
        return p.KbArticle(id=msg.id, article=article)

    async def on_set_status(self, session: Session, msg: p.KbSetStatus) -> p.KbArticle:
        article = await self._edit(
            session,
            articles.set_status,
            id=msg.article_id,
            status=msg.status,
            author=session.username,
            now=self.ctx.now(),
        )
        await self._audit(session, "kb.set_status", article.id, {"status": msg.status})
        return p.KbArticle(id=msg.id, article=article)

    async def on_pin(self, session: Session, msg: p.KbPin) -> p.KbArticle:
        article = await self._edit(
            session,
            articles.set_pinned,
            id=msg.article_id,
            pinned=msg.pinned,
            author=session.username,
            now=self.ctx.now(),
        )
        await self._audit(session, "kb.pin", article.id, {"pinned": msg.pinned})
        return p.KbArticle(id=msg.id, article=article)

    async def _edit(
        self, session: Session, fn: Callable[..., p.Article], /, **kwargs: Any
    ) -> p.Article:
        """Run the edit ``fn(db, **kwargs)`` on the writer, then tell the other editors."""
        try:
            article = await self.store.write(fn, **kwargs)
        except StaleEdit as exc:
            raise p.ProtocolError(p.ErrorCode.CONFLICT, str(exc)) from None
        except LookupError as exc:
            raise p.ProtocolError(p.ErrorCode.NOT_FOUND, str(exc)) from None
        except ValueError as exc:
            raise p.ProtocolError(p.ErrorCode.INVALID_FORMAT, str(exc)) from None
        await self.refresh_pins()
        # Other editors' lists follow without reloading everything.
        frame = p.encode_text(p.KbChanged(article=article, by=session.username))
        self.people.to_roles(EDITORS, frame, skip=session)
        return article

    async def _audit(self, session: Session, action: str, target: str, detail: dict) -> None:
        await self.store.write(
            audit.audit, session.username, action, target, detail, self.ctx.now()
        )

    async def refresh_pins(self) -> None:
        """Push the banner to every staff member when the pinned set (or a pin) changed,
        and the public pins to every citizen page when those changed."""
        public = await self.store.read(articles.pinned, today=self.today(), audience="public")
        if public != self.public_pins:
            self.public_pins = public
            self.people.to_all_citizens(p.encode_text(p.KbPinned(articles=public)))
        pins = await self.store.read(articles.pinned, today=self.today())
        if pins == self.pins:
            return
        self.pins = pins
        self.people.to_all_staff(p.encode_text(p.KbPinned(articles=pins)))

    def send_pins(self, session: Session) -> None:
        session.send(p.KbPinned(articles=self.pins))

    # ------------------------------------------------------------------ suggestions

    def suggest_for(self, conv: Conversation, username: str, text: str) -> None:
        """Propose articles for the conversation to ``username`` (in the background)."""
        if not text.strip():
            return
        self.ctx.spawn(self._suggest(conv, username, text))

    async def _suggest(self, conv: Conversation, username: str, text: str) -> None:
        hits = await self.store.read(
            search.suggest,
            topic=conv.topic,
            text=text[-1000:],
            audience="internal",
            limit=5,
            today=self.today(),
        )
        self.people.to_staff(username, p.KbSuggestions(interaction_id=conv.id, hits=hits))

    # ------------------------------------------------------------------ rules

    @staticmethod
    def _audience(session: Session) -> str:
        return "public" if session.role == "citizen" else "internal"

    def _may_read(self, session: Session, article: p.Article) -> bool:
        if session.role in EDITORS:
            return True
        if article.status != "published" or not _valid_on(article, self.today()):
            return False
        return session.role != "citizen" or article.audience == "public"


class StaleEdit(Exception):
    """Someone saved the article after the editor loaded it."""


def _save_unless_stale(db, *, draft, base_revision, author, note, now) -> p.Article:
    # On the writer thread: the check and the save are one step, no one can slip between.
    if draft.id and base_revision is not None:
        current = articles.get_article(db, draft.id)
        if current is not None and current.revision != base_revision:
            raise StaleEdit(
                f"{current.author} changed this article (revision {current.revision}) "
                f"after you opened revision {base_revision}; reload it and redo your change"
            )
    return articles.save_article(db, draft, author, note, now)


def _valid_on(article: p.Article, day: dt.date) -> bool:
    iso = day.isoformat()
    return (not article.valid_from or article.valid_from <= iso) and (
        not article.valid_until or iso <= article.valid_until
    )
