"""The article list: one row per article, keyed by id, with a sort/filter proxy.

Fed by the editor page: ``reset(articles)`` from ``kb.article_list`` and ``upsert(article)``
from every ``kb.article`` reply (save, status, pin), so the list shows what the server
stored, never what the form holds.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from shared import protocol as p
from softphone import locale_format
from supervisor_app.agent_model import SORT_ROLE
from supervisor_app.articles.drafts import matches
from supervisor_app.keyed_model import SettableFilterProxy
from supervisor_app.presentation import dot_icon

ARTICLE_ROLE = Qt.ItemDataRole.UserRole + 3  # the whole p.Article
ID_ROLE = Qt.ItemDataRole.UserRole + 4

Index = QModelIndex | QPersistentModelIndex

STATUS_COLOURS: dict[str, str] = {
    "draft": "#4a6fa5",
    "published": "#2e9d4f",
    "retired": "#9aa0a6",
}
STATUS_ORDER = {"draft": 0, "published": 1, "retired": 2}


class ArticleColumn(IntEnum):
    TITLE = 0
    DEPARTMENT = 1
    LANGUAGE = 2
    STATUS = 3
    PINNED = 4
    AUDIENCE = 5
    UPDATED = 6
    VIEWS = 7
    ANSWERED_AGENTS = 8
    ANSWERED_CITIZENS = 9


NUMERIC = (ArticleColumn.VIEWS, ArticleColumn.ANSWERED_AGENTS, ArticleColumn.ANSWERED_CITIZENS)


def status_label(status: str) -> str:
    labels = {
        "draft": QCoreApplication.translate("ArticleStatus", "Draft"),
        "published": QCoreApplication.translate("ArticleStatus", "Published"),
        "retired": QCoreApplication.translate("ArticleStatus", "Retired"),
    }
    return labels.get(status, status)


def audience_label(audience: str) -> str:
    labels = {
        "public": QCoreApplication.translate("Audience", "Public"),
        "internal": QCoreApplication.translate("Audience", "Staff only"),
    }
    return labels.get(audience, audience)


def format_updated(ts: float, today: dt.date | None = None) -> str:
    """The time for today (``14:05``), the date before (``01/03/2026``), in the default
    locale; an em dash for never."""
    if not ts:
        return "—"
    if dt.datetime.fromtimestamp(ts).date() == (today or dt.date.today()):
        return locale_format.clock(ts)
    return locale_format.day(ts)


class ArticleModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._order: list[str] = []
        self._rows: dict[str, int] = {}
        self._articles: dict[str, p.Article] = {}
        self._headers = {
            ArticleColumn.TITLE: self.tr("Title"),
            ArticleColumn.DEPARTMENT: self.tr("Department"),
            ArticleColumn.LANGUAGE: self.tr("Lang."),
            ArticleColumn.STATUS: self.tr("Status"),
            ArticleColumn.PINNED: "★",
            ArticleColumn.AUDIENCE: self.tr("Audience"),
            ArticleColumn.UPDATED: self.tr("Updated"),
            ArticleColumn.VIEWS: self.tr("Views"),
            ArticleColumn.ANSWERED_AGENTS: self.tr("Agents"),
            ArticleColumn.ANSWERED_CITIZENS: self.tr("Citizens"),
        }
        self._header_tips = {
            ArticleColumn.LANGUAGE: self.tr("Language"),
            ArticleColumn.PINNED: self.tr("Pinned: every agent sees it as a banner"),
            ArticleColumn.AUDIENCE: self.tr("Public articles are shown to citizens too"),
            ArticleColumn.VIEWS: self.tr("Times the article was opened"),
            ArticleColumn.ANSWERED_AGENTS: self.tr("Times an agent said the article answered it"),
            ArticleColumn.ANSWERED_CITIZENS: self.tr(
                "Citizens whose question the article answered (self-service)"
            ),
        }

    # ------------------------------------------------------------------ updates

    def reset(self, articles: Iterable[p.Article]) -> None:
        self.beginResetModel()
        self._articles = {a.id: a for a in articles}
        self._order = list(self._articles)
        self._rows = {aid: row for row, aid in enumerate(self._order)}
        self.endResetModel()

    def upsert(self, article: p.Article) -> None:
        row = self._rows.get(article.id)
        if row is None:
            row = len(self._order)
            self.beginInsertRows(QModelIndex(), row, row)
            self._order.append(article.id)
            self._rows[article.id] = row
            self._articles[article.id] = article
            self.endInsertRows()
            return
        self._articles[article.id] = article
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(ArticleColumn) - 1))

    # ------------------------------------------------------------------ queries

    def article(self, article_id: str) -> p.Article | None:
        return self._articles.get(article_id)

    def articles(self) -> list[p.Article]:
        return [self._articles[aid] for aid in self._order]

    def row_of(self, article_id: str) -> int:
        return self._rows.get(article_id, -1)

    # ------------------------------------------------------------------ Qt model API

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(ArticleColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        column = ArticleColumn(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers.get(column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tips.get(column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(column)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._order):
            return None
        article = self._articles[self._order[index.row()]]
        column = ArticleColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(article, column)
        if role == SORT_ROLE:
            return self._sort_key(article, column)
        if role == ID_ROLE:
            return article.id
        if role == ARTICLE_ROLE:
            return article
        if role == Qt.ItemDataRole.DecorationRole and column == ArticleColumn.STATUS:
            return dot_icon(STATUS_COLOURS.get(article.status, "#9aa0a6"))
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == ArticleColumn.STATUS:
                return QColor(STATUS_COLOURS.get(article.status, "#9aa0a6")).darker(115)
            if column == ArticleColumn.PINNED:
                # The banner shows published articles only: a dimmer star otherwise.
                return QColor("#c98a00" if article.status == "published" else "#c9b98f")
            if article.status == "retired":
                return QColor(STATUS_COLOURS["retired"])
            return None
        if role == Qt.ItemDataRole.FontRole and column == ArticleColumn.STATUS:
            font = QFont()
            font.setBold(article.status == "published")
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == ArticleColumn.PINNED and article.pinned:
                if article.status == "published":
                    return self.tr("Pinned: every agent sees it as a banner")
                return self.tr("Pinned, but agents see only published articles")
            return self._tooltip(article)
        return None

    # ------------------------------------------------------------------ helpers

    @staticmethod
    def _alignment(column: ArticleColumn) -> int:
        if column in NUMERIC or column in (ArticleColumn.PINNED, ArticleColumn.LANGUAGE):
            return int(Qt.AlignmentFlag.AlignCenter)
        return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    def _display(self, article: p.Article, column: ArticleColumn) -> str:
        if column == ArticleColumn.TITLE:
            return article.title
        if column == ArticleColumn.DEPARTMENT:
            return article.department
        if column == ArticleColumn.LANGUAGE:
            return article.language
        if column == ArticleColumn.STATUS:
            return status_label(article.status)
        if column == ArticleColumn.PINNED:
            return "★" if article.pinned else ""
        if column == ArticleColumn.AUDIENCE:
            return audience_label(article.audience)
        if column == ArticleColumn.UPDATED:
            return format_updated(article.updated_at)
        if column == ArticleColumn.VIEWS:
            return str(article.views)
        if column == ArticleColumn.ANSWERED_AGENTS:
            return str(article.answered_agents)
        return str(article.answered_citizens)

    def _sort_key(self, article: p.Article, column: ArticleColumn) -> object:
        if column == ArticleColumn.STATUS:
            return STATUS_ORDER.get(article.status, 9)
        if column == ArticleColumn.PINNED:
            return int(article.pinned)
        if column == ArticleColumn.UPDATED:
            return article.updated_at
        if column == ArticleColumn.VIEWS:
            return article.views
        if column == ArticleColumn.ANSWERED_AGENTS:
            return article.answered_agents
        if column == ArticleColumn.ANSWERED_CITIZENS:
            return article.answered_citizens
        return self._display(article, column).casefold()

    def _tooltip(self, article: p.Article) -> str:
        lines = [
            article.title,
            self.tr("Revision {0} by {1}").format(article.revision, article.author),
        ]
        if article.valid_from or article.valid_until:
            lines.append(
                self.tr("Valid {0} – {1}").format(
                    locale_format.iso_day(article.valid_from or "…"),
                    locale_format.iso_day(article.valid_until or "…"),
                )
            )
        if article.tags:
            lines.append(self.tr("Tags: {0}").format(", ".join(article.tags)))
        return "\n".join(lines)


class ArticleFilterProxy(SettableFilterProxy):
    """Sorts by each column's natural key; filters by status, department and text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)
        self._status = ""
        self._department = ""
        self._text = ""

    def set_status(self, status: str | None) -> None:
        self._change_filter(_status=status or "")

    def set_department(self, department: str | None) -> None:
        self._change_filter(_department=department or "")

    def set_text(self, text: str) -> None:
        self._change_filter(_text=" ".join(text.split()).casefold())

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        article: p.Article | None = (
            self.sourceModel().index(source_row, 0, source_parent).data(ARTICLE_ROLE)
        )
        if article is None:
            return False
        if self._status and article.status != self._status:
            return False
        if self._department and article.department != self._department:
            return False
        return matches(article, self._text)
