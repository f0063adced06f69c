"""The strip of pinned articles at the top of the agent window.

Editors pin what every agent must know right now (a road closed, a system down). The
banner shows while anything is pinned and cannot be dismissed: it goes when the editors
unpin. It can be collapsed to one line; a newly pinned article expands it again, since
news is the point. Titles are links that open the article in the knowledge pane.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStyle,
    QToolButton,
    QWidget,
)

from shared import protocol as p

BACKGROUND = QColor("#f8d7da")
FOREGROUND = QColor("#58151c")
LINK = QColor("#842029")


class PinnedBanner(QFrame):
    article_requested = Signal(str)  # article id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.articles: list[p.ArticleHit] = []
        self.collapsed = False

        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, BACKGROUND)
        palette.setColor(QPalette.ColorRole.WindowText, FOREGROUND)
        palette.setColor(QPalette.ColorRole.Link, LINK)
        palette.setColor(QPalette.ColorRole.LinkVisited, LINK)
        self.setPalette(palette)
        self.setAccessibleName(self.tr("Pinned articles"))

        self.icon_label = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.icon_label.setPixmap(warning.pixmap(size, size))
        self.icon_label.setAccessibleName(self.tr("Pinned"))
        self.text_label = QLabel()
        self.text_label.setTextFormat(Qt.TextFormat.RichText)
        self.text_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.text_label.linkActivated.connect(self._on_text_label_link_activated)
        # long titles are cut at the window's edge rather than widening the window
        self.text_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.toggle_button = QToolButton()
        self.toggle_button.setAutoRaise(True)
        self.toggle_button.clicked.connect(lambda: self.set_collapsed(not self.collapsed))

        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text_label, 1)
        layout.addWidget(self.toggle_button, 0, Qt.AlignmentFlag.AlignTop)
        self._render()

    def set_articles(self, articles: list[p.ArticleHit]) -> None:
        """The pinned set as the server pushed it (on login and whenever pins change)."""
        new = {a.id for a in articles} - {a.id for a in self.articles}
        self.articles = list(articles)
        if new:
            self.collapsed = False
        self._render()

    def set_collapsed(self, collapsed: bool) -> None:
        self.collapsed = collapsed
        self._render()

    def titles(self) -> list[str]:
        return [a.title for a in self.articles]

    def _render(self) -> None:
        self.setVisible(bool(self.articles))
        links = [
            f'<a href="#{i}" style="color:{LINK.name()}"><b>{html.escape(a.title)}</b></a>'
            for i, a in enumerate(self.articles)
        ]
        if self.collapsed:
            text = " · ".join(links)
            self.text_label.setWordWrap(False)
        else:
            lines = []
            for a, link in zip(self.articles, links, strict=True):
                summary = " ".join("".join(a.snippet).split())
                lines.append(f"{link} — {html.escape(summary)}" if summary else link)
            text = "<br>".join(lines)
            self.text_label.setWordWrap(True)
        self.text_label.setText(text)
        self.setToolTip("\n".join(self.titles()))
        self.toggle_button.setArrowType(
            Qt.ArrowType.DownArrow if self.collapsed else Qt.ArrowType.UpArrow
        )
        tip = (
            self.tr("Show every pinned article")
            if self.collapsed
            else self.tr("Collapse to one line")
        )
        self.toggle_button.setToolTip(tip)
        self.toggle_button.setAccessibleName(tip)

    def _on_text_label_link_activated(self, link: str) -> None:
        index = int(link.lstrip("#"))  # by position: an id never has to survive a URL
        if 0 <= index < len(self.articles):
            self.article_requested.emit(self.articles[index].id)
