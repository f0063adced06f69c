"""The knowledge pane: find the answer while the citizen waits, read it, paste the gist.

Three parts, top to bottom: a search box with filters (search as you type), a list of
articles (the search results, or while the box is empty the articles the server suggests
for the current conversation) and a reader for the opened article.

Rules:
- The pane never touches the network: it asks through ``ClientService`` (spawned
  coroutines); the window routes the pushed ``KbSuggestions`` to ``set_suggestions``.
- Typing restarts a short timer; when it fires one ``KbSearch`` goes out. Every request
  gets a sequence number and only the reply to the newest one is shown: a slower reply
  to an older query is dropped, so the list never jumps back to what was typed before.
- A reply may come after the window is gone (signed out meanwhile): after each await
  the coroutine checks that the widget still exists.
- Article text is data, never markup: snippets are built from their segments with each
  one escaped, bodies go through ``setMarkdown`` with raw HTML switched off, and the
  reader loads no resources (no images from disk or anywhere else).
- The pane's state belongs to the conversation: switching tabs puts away the search
  text, filters, results and open article of the one left and brings back those of the
  one shown (a search still on its way for the one left is dropped, and sent again when
  it comes back); a new conversation starts clean.
- The short answer goes into the chat's message box where the current conversation
  takes text (``Insert into chat``); on a call, or a chat we may not write to yet, the
  same button copies it to the clipboard instead; with no conversation it is disabled.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QLocale, QObject, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QDesktopServices,
    QFont,
    QKeyEvent,
    QPalette,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from agent_app.calls import call
from shared import protocol as p
from softphone import locale_format
from softphone.client_service import ClientService
from softphone.qt_async import spawn
from softphone.ui_language import LANGUAGES

SEARCH_DELAY_MS = 250  # search as you type: wait this long after the last keystroke
SEARCH_LIMIT = 20
BASE_LANGUAGES = ("en", "pl", "da", "ru")  # offered in the filter before any hit shows more
HTML_ROLE = Qt.ItemDataRole.UserRole + 1  # the item's rich text (built from escaped data)
HIT_ROLE = Qt.ItemDataRole.UserRole + 2  # the ArticleHit
# A matched word inside a snippet. Explicit colours: readable on a selected row as well.
MARK_STYLE = "background-color:#ffe58a; color:#1f1f1f; font-weight:600"
NO_HTML = QTextDocument.MarkdownFeature.MarkdownDialectGitHub | (
    QTextDocument.MarkdownFeature.MarkdownNoHTML
)

# --------------------------------------------------------------------------- plain logic


def snippet_html(segments: list[str]) -> str:
    """Rich text for a snippet: even segments plain, odd ones (matched words) marked.

    Each segment is escaped on its own, so nothing in an article becomes markup."""
    parts = []
    for i, segment in enumerate(segments):
        text = html.escape(re.sub(r"\s*\n\s*", " ", segment))  # a snippet is one flow
        parts.append(f'<span style="{MARK_STYLE}">{text}</span>' if i % 2 else text)
    return "".join(parts)


_HEADING = re.compile(r"^\s{0,3}(#{1,6}\s|#{1,6}$|(\*\s*){3,}$|(_\s*){3,}$)")
_UNDERLINE = re.compile(r"^\s{0,3}(=+|-+)\s*$")  # under a heading's text, or a rule
_LIST_ITEM = re.compile(r"^\s*([-*+]|\d+[.)])\s+")
_LINK = re.compile(r"!?\[([^\]]*)\]\(\s*<?([^)\s>]*)>?(?:\s+\"[^\"]*\")?\s*\)")
_AUTOLINK = re.compile(r"<((?:https?://|mailto:)[^>\s]+)>")
_LEAD_LABEL = re.compile(r"^(\*\*|__)([^*_\n]{1,40}?):?\s*(\*\*|__):?\s*")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*])")
_CODE = re.compile(r"`([^`]*)`")
_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")


def first_paragraph(markdown: str) -> str:
    """The article's short answer as plain chat text: its first paragraph.

    Headings, rules and images before it are skipped; a leading bold label such as
    ``**Short answer:**`` is dropped (it is for the agent, not the citizen); emphasis and
    code marks go, links become ``text (url)``; a list keeps one item per line."""
    blocks: list[list[str]] = [[]]
    for line in markdown.replace("\r\n", "\n").split("\n"):
        if line.strip():
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    for block in blocks:
        lines: list[str] = []
        for line in block:
            if _UNDERLINE.match(line):
                lines = lines[:-1]  # "Title" over "=====" is a heading, not text
            elif not _HEADING.match(line):
                lines.append(line)
        if not lines or all(re.fullmatch(r"\s*!\[[^\]]*\]\([^)]*\)\s*", x) for x in lines):
            continue
        if lines[0].lstrip().startswith("|"):  # a table is no short answer
            continue
        if all(line.lstrip().startswith(">") for line in lines):
            lines = [line.lstrip()[1:].strip() for line in lines]
        if _LIST_ITEM.match(lines[0]):
            text = "\n".join(line.strip() for line in lines)
        else:
            text = " ".join(line.strip() for line in lines)
        return _plain_inline(text)
    return ""


def _plain_inline(text: str) -> str:
    text = _LEAD_LABEL.sub("", text, count=1)

    def link(m: re.Match) -> str:
        label, url = m.group(1).strip(), m.group(2)
        if m.group(0).startswith("!"):
            return label
        return url if not label or label == url else f"{label} ({url})" if url else label

    text = _LINK.sub(link, text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _CODE.sub(r"\1", text)
    text = _STRONG.sub(r"\2", text)
    text = _EMPHASIS.sub(r"\2", text)
    text = _ESCAPED.sub(r"\1", text)
    text = re.sub(r"[ \t]+", " ", text)
    return text.strip()[: p.MAX_CHAT_TEXT]


def language_name(code: str) -> str:
    """A language as its speakers write it ("Polski", "Dansk"): the same in every
    language of the app, as language pickers do."""
    if not code:
        return ""
    known = {lang.code: lang.native_name for lang in LANGUAGES}
    if code in known:
        return known[code]  # "English", not Qt's "American English"
    locale = QLocale(code)
    if locale.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return code.upper()
    name = locale.nativeLanguageName()
    return name[:1].upper() + name[1:]


@dataclass
class PaneState:
    """What the pane shows for one conversation, put away while another is shown."""

    query: str = ""
    department: str = ""
    language: str = ""
    results_query: str = ""
    results: list[p.ArticleHit] = field(default_factory=list)
    suggestion: str | None = None
    article: p.Article | None = None


# --------------------------------------------------------------------------- widgets


class HitDelegate(QStyledItemDelegate):
    """Paints an item's rich text (HTML_ROLE), wrapped to the list's width."""

    MARGIN = 6

    def _document(self, option: QStyleOptionViewItem, text: str, width: int) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(0)
        doc.setHtml(text)
        doc.setTextWidth(max(40, width - 2 * self.MARGIN))
        return doc

    def _width(self, option: QStyleOptionViewItem) -> int:
        view = self.parent()
        if isinstance(view, QAbstractItemView):
            return view.viewport().width()
        return option.rect.width()

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802 - Qt override
        text = index.data(HTML_ROLE)
        if not text:
            return super().sizeHint(option, index)
        width = self._width(option)
        doc = self._document(option, text, width)
        return QSize(width, int(doc.size().height()) + 2 * self.MARGIN)

    def paint(self, painter, option: QStyleOptionViewItem, index) -> None:
        text = index.data(HTML_ROLE)
        if not text:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        doc = self._document(opt, text, opt.rect.width())
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        painter.translate(opt.rect.left() + self.MARGIN, opt.rect.top() + self.MARGIN)
        painter.setClipRect(0, 0, opt.rect.width() - 2 * self.MARGIN, opt.rect.height())
        doc.documentLayout().draw(painter, context)
        painter.restore()


class ArticleBrowser(QTextBrowser):
    """The reader: renders Markdown, loads nothing, opens web links in the browser."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._on_anchor_clicked)

    def loadResource(self, kind: int, url: QUrl):  # noqa: N802 - Qt override
        return None  # an article may name any file or address as an image: show none

    def _on_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto", "tel"):
            QDesktopServices.openUrl(url)


class KnowledgePane(QWidget):
    """Search, suggestions and the reader. The window tells it the current conversation."""

    insert_requested = Signal(str)  # text for the current chat's message box
    insert_enabled_changed = Signal(bool)  # for the window's Ctrl+Shift+I action
    results_shown = Signal(str)  # the query whose results are now in the list
    article_shown = Signal(str)  # article id now in the reader
    dismissed = Signal()  # Escape in an empty search box: back to the conversation
    status_message = Signal(str)

    def __init__(self, service: ClientService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.interaction_id = ""  # the current conversation ("" = none)
        self.topic = ""
        self.chat_active = False
        self.writable = False  # the short answer can go into its message box
        self._states: dict[str, PaneState] = {}  # put away, by conversation
        self._results: list[p.ArticleHit] = []
        self._suggestion: str | None = None
        self.article: p.Article | None = None
        self.results_query = ""  # the query whose results the list shows
        self.mode = "empty"  # what the list shows: "results", "suggestions" or "empty"
        self.requests_sent = 0
        self.searching = 0  # searches on the way, the stale ones included
        self._suggestions: dict[str, list[p.ArticleHit]] = {}
        self._answered: set[tuple[str, str]] = set()  # (article, interaction)
        self._answering: set[tuple[str, str]] = set()
        self._search_seq = 0  # the newest search; replies to older ones are dropped
        self._open_seq = 0
        self._insert_enabled = False
        self._reader_sized = False
        self._languages: set[str] = set(BASE_LANGUAGES)

        self._build()
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self._show_idle()
        self._update_buttons()

    # ------------------------------------------------------------------ layout

    def _build(self) -> None:
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search articles (Ctrl+K)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Search the knowledge base"))
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.search_edit.installEventFilter(self)

        self.department_combo = QComboBox()
        self.department_combo.setToolTip(self.tr("Only articles of this department"))
        self.department_combo.addItem(self.tr("All departments"), "")
        self.department_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.language_combo = QComboBox()
        self.language_combo.setToolTip(self.tr("Only articles in this language"))
        self._fill_languages()
        self.language_combo.currentIndexChanged.connect(self._on_filter_changed)
        for combo in (self.department_combo, self.language_combo):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(6)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        filters = QHBoxLayout()
        filters.addWidget(self.department_combo, 3)
        filters.addWidget(self.language_combo, 2)

        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)  # "working", no percentage
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setFixedHeight(3)
        self.busy_bar.setAccessibleName(self.tr("Searching"))
        policy = self.busy_bar.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # the list does not jump when it shows
        self.busy_bar.setSizePolicy(policy)
        self.busy_bar.hide()

        self.header_label = QLabel()
        bold = self.header_label.font()
        bold.setBold(True)
        self.header_label.setFont(bold)
        self.did_you_mean_label = QLabel()
        self.did_you_mean_label.setTextFormat(Qt.TextFormat.RichText)
        self.did_you_mean_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.did_you_mean_label.linkActivated.connect(self._on_did_you_mean_label_link_activated)
        self.did_you_mean_label.hide()
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        # With no list under it the hint gets the pane's height: keep it under the box.
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        self.results_list = QListWidget()
        self.results_list.setItemDelegate(HitDelegate(self.results_list))
        self.results_list.setResizeMode(QListView.ResizeMode.Adjust)
        # Rows are as tall as their text wrapped to the list's width, so a narrower list
        # must lay them out again; without word wrap it does so only when its height
        # changes, and taller rows ran into the next one.
        self.results_list.setWordWrap(True)
        self.results_list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results_list.setAccessibleName(self.tr("Articles"))
        self.results_list.setMinimumHeight(90)
        self.results_list.itemActivated.connect(self._on_results_list_item_activated)
        self.results_list.itemClicked.connect(self._on_results_list_item_clicked)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.setSpacing(4)
        top_layout.addWidget(self.search_edit)
        top_layout.addLayout(filters)
        top_layout.addWidget(self.busy_bar)
        top_layout.addWidget(self.header_label)
        top_layout.addWidget(self.did_you_mean_label)
        top_layout.addWidget(self.empty_label)
        top_layout.addWidget(self.results_list, 1)

        # reader
        self.title_label = QLabel()
        self.title_label.setWordWrap(True)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setWeight(QFont.Weight.Bold)
        self.title_label.setFont(font)
        self.close_reader_button = QToolButton()
        self.close_reader_button.setText("×")
        self.close_reader_button.setAutoRaise(True)
        self.close_reader_button.setToolTip(self.tr("Close the article"))
        self.close_reader_button.setAccessibleName(self.tr("Close the article"))
        self.close_reader_button.clicked.connect(self.close_article)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title_label, 1)
        title_row.addWidget(self.close_reader_button, 0, Qt.AlignmentFlag.AlignTop)
        self.meta_label = QLabel()
        self.meta_label.setWordWrap(True)
        self.meta_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.reader = ArticleBrowser()
        self.reader.setFrameShape(QFrame.Shape.StyledPanel)
        self.reader.document().setDocumentMargin(8)
        self.insert_button = QPushButton(self.tr("&Insert into chat"))
        self.insert_button.setToolTip(
            self.tr("Put the short answer into the message box, to edit and send (Ctrl+Shift+I)")
        )
        self.insert_button.clicked.connect(self.insert_into_chat)
        self.answered_button = QPushButton(self.tr("This &answered it"))
        self.answered_button.setToolTip(
            self.tr("Tell the editors this article answered the citizen's question")
        )
        self.answered_button.clicked.connect(self.mark_answered)
        buttons = QHBoxLayout()
        buttons.addWidget(self.insert_button)
        buttons.addWidget(self.answered_button)
        buttons.addStretch(1)

        self.reader_panel = QWidget()
        reader_layout = QVBoxLayout(self.reader_panel)
        reader_layout.setContentsMargins(0, 4, 0, 0)
        reader_layout.setSpacing(4)
        reader_layout.addLayout(title_row)
        reader_layout.addWidget(self.meta_label)
        reader_layout.addWidget(self.reader, 1)
        reader_layout.addLayout(buttons)
        self.reader_panel.hide()

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.reader_panel)
        self.splitter.setCollapsible(0, False)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.setFocusProxy(self.search_edit)
        self.setMinimumWidth(240)

    def _fill_languages(self) -> None:
        combo = self.language_combo
        current = combo.currentData() or ""
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All languages"), "")
        for code in sorted(self._languages, key=language_name):
            combo.addItem(language_name(code), code)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    # ------------------------------------------------------------------ for the window

    def set_departments(self, topics: list[p.Topic]) -> None:
        """The departments to filter by: those owning the centre's topics."""
        combo = self.department_combo
        current = combo.currentData() or ""
        departments = sorted({t.department for t in topics if t.department})
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All departments"), "")
        for name in departments:
            combo.addItem(name, name)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def set_conversation(
        self,
        interaction_id: str,
        topic: str = "",
        active: bool = False,
        *,
        writable: bool | None = None,
    ) -> None:
        """The conversation in the current tab ("" when none), whether it is active and
        whether text can be written into it (default: when it is active)."""
        changed = interaction_id != self.interaction_id
        if changed:
            self._states[self.interaction_id] = self._save()
        self.interaction_id, self.topic, self.chat_active = interaction_id, topic, active
        self.writable = active if writable is None else writable
        if changed:
            self._restore(self._states.pop(interaction_id, PaneState()))
        self._update_buttons()

    def state(self) -> PaneState:
        """What the pane shows now (for tests and the window)."""
        return self._save()

    def _save(self) -> PaneState:
        return PaneState(
            query=self.search_edit.text(),
            department=self.department_combo.currentData() or "",
            language=self.language_combo.currentData() or "",
            results_query=self.results_query if self.mode == "results" else "",
            results=list(self._results) if self.mode == "results" else [],
            suggestion=self._suggestion if self.mode == "results" else None,
            article=self.article,
        )

    def _restore(self, state: PaneState) -> None:
        self._timer.stop()
        self._search_seq += 1  # replies for the conversation left are not wanted here
        self._open_seq += 1
        self.busy_bar.hide()
        for combo, value in (
            (self.department_combo, state.department),
            (self.language_combo, state.language),
        ):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)
        self.search_edit.blockSignals(True)
        self.search_edit.setText(state.query)
        self.search_edit.blockSignals(False)
        query = state.query.strip()
        if query and state.results_query == query:
            self._show_results(query, state.results, state.suggestion)
        elif query:
            self._show_idle()
            self.search_now()  # its results never came: ask again
        else:
            self._show_idle()
        if state.article is not None:
            self.show_article(state.article)
        else:
            self.article = None
            self.reader_panel.hide()

    def set_suggestions(self, interaction_id: str, hits: list[p.ArticleHit]) -> None:
        """The server's latest proposals for a conversation (shown while it is current)."""
        self._suggestions[interaction_id] = list(hits)
        self._learn_languages(hits)
        if interaction_id == self.interaction_id and not self.query():
            self._show_idle()

    def suggestions(self, interaction_id: str) -> list[p.ArticleHit]:
        return list(self._suggestions.get(interaction_id, ()))

    def forget_conversation(self, interaction_id: str) -> None:
        self._suggestions.pop(interaction_id, None)
        self._states.pop(interaction_id, None)

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def query(self) -> str:
        return self.search_edit.text().strip()

    def can_insert(self) -> bool:
        return self._insert_enabled

    def copies(self) -> bool:
        """Whether the button copies to the clipboard (a call, or a chat we may not write
        to yet) rather than inserting into the message box."""
        return bool(self.interaction_id) and not self.writable

    # ------------------------------------------------------------------ searching

    def _on_search_edit_text_changed(self, text: str) -> None:
        if text.strip():
            self._timer.start()
            return
        self._timer.stop()
        self._search_seq += 1  # whatever is still on the way is no longer wanted
        self.busy_bar.hide()
        self._show_idle()

    def _on_filter_changed(self) -> None:
        if self.query():
            self.search_now()

    def search_now(self) -> None:
        """Send the search for what is in the box now (the timer does this while typing)."""
        self._timer.stop()
        query = self.query()
        if not query:
            return
        self._search_seq += 1
        self.busy_bar.show()
        spawn(
            self._search(
                self._search_seq,
                query,
                self.department_combo.currentData() or "",
                self.language_combo.currentData() or "",
            )
        )

    async def _search(self, seq: int, query: str, department: str, language: str) -> None:
        self.requests_sent += 1
        self.searching += 1
        try:
            reply = await call(
                self.service,
                p.KbSearch(
                    id=0,
                    query=query,
                    department=department,
                    language=language,
                    limit=SEARCH_LIMIT,
                ),
            )
        finally:
            self.searching -= 1
        if not isValid(self) or seq != self._search_seq:
            return  # the agent typed on: a newer search is on the way or shown
        self.busy_bar.hide()
        if not isinstance(reply, p.KbResults):
            self.empty_label.setText(self.tr("The search failed. Type again to retry."))
            self.empty_label.show()
            return
        self._learn_languages(reply.hits)
        self._show_results(query, reply.hits, reply.suggestion)

    def _on_did_you_mean_label_link_activated(self, link: str) -> None:
        suggestion = self.did_you_mean_label.property("suggestion") or ""
        if suggestion:
            self.search_edit.setText(suggestion)
            self.search_now()
            self.search_edit.setFocus()

    def _learn_languages(self, hits: list[p.ArticleHit]) -> None:
        new = {h.language for h in hits if h.language} - self._languages
        if new:
            self._languages |= new
            self._fill_languages()

    # ------------------------------------------------------------------ the list

    def _show_results(self, query: str, hits: list[p.ArticleHit], suggestion: str | None) -> None:
        self.mode = "results"
        self.results_query = query
        self._results, self._suggestion = list(hits), suggestion
        self._fill_list(hits)
        self.header_label.setText(self.tr("Articles found: %1").replace("%1", str(len(hits))))
        self.header_label.setVisible(bool(hits))
        if suggestion and suggestion.strip().lower() != query.lower():
            self.did_you_mean_label.setProperty("suggestion", suggestion)
            self.did_you_mean_label.setText(
                self.tr("Did you mean: %1?").replace(
                    "%1", f'<a href="#suggestion"><b>{html.escape(suggestion)}</b></a>'
                )
            )
            self.did_you_mean_label.show()
        else:
            self.did_you_mean_label.setProperty("suggestion", "")
            self.did_you_mean_label.hide()
        self.empty_label.setText(self.tr("No articles match “%1”.").replace("%1", query))
        self.empty_label.setVisible(not hits)
        self.results_shown.emit(query)

    def _show_idle(self) -> None:
        """The box is empty: the suggestions for the conversation, or a hint."""
        self.results_query = ""
        self.did_you_mean_label.hide()
        hits = self._suggestions.get(self.interaction_id, []) if self.interaction_id else []
        self.mode = "suggestions" if hits else "empty"
        self._fill_list(hits)
        self.header_label.setWordWrap(True)  # long in Russian: two lines, never cut
        self.header_label.setText(self.tr("Suggested for this conversation"))
        self.header_label.setVisible(bool(hits))
        self.empty_label.setText(
            self.tr("Type a few words of the citizen's question to find articles.")
        )
        self.empty_label.setVisible(not hits)

    def _fill_list(self, hits: list[p.ArticleHit]) -> None:
        self.results_list.clear()
        for hit in hits:
            item = QListWidgetItem(hit.title)  # the plain text, for screen readers
            item.setData(HTML_ROLE, self.hit_html(hit))
            item.setData(HIT_ROLE, hit)
            item.setToolTip(hit.title)
            self.results_list.addItem(item)
        if hits:
            self.results_list.setCurrentRow(0)
        self.results_list.setVisible(bool(hits))

    def hit_html(self, hit: p.ArticleHit) -> str:
        meta = [hit.department, language_name(hit.language)]
        if hit.pinned:
            meta.append(self.tr("pinned"))
        grey = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        text = f"<b>{html.escape(hit.title)}</b>"
        meta_text = " · ".join(m for m in meta if m)
        if meta_text:
            text += f'<br><span style="color:{grey}">{html.escape(meta_text)}</span>'
        if hit.snippet:
            text += f"<br>{snippet_html(hit.snippet)}"
        return text

    def hits(self) -> list[p.ArticleHit]:
        """What the list shows now, top to bottom."""
        return [self.results_list.item(i).data(HIT_ROLE) for i in range(self.results_list.count())]

    def item_html(self, row: int) -> str:
        return self.results_list.item(row).data(HTML_ROLE)

    def _on_results_list_item_activated(self, item: QListWidgetItem) -> None:
        self.open_article(item.data(HIT_ROLE).id)

    def _on_results_list_item_clicked(self, item: QListWidgetItem) -> None:
        if self.mode == "suggestions":  # a proposal is one click away; results need Enter
            self.open_article(item.data(HIT_ROLE).id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress:
            return self._search_key(event)
        return super().eventFilter(watched, event)

    def _search_key(self, event: QKeyEvent) -> bool:
        """Arrows move in the list while typing goes on; Enter opens; Escape clears."""
        key = event.key()
        keys = {
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_PageDown: 5,
            Qt.Key.Key_PageUp: -5,
        }
        lst = self.results_list
        if key in keys and lst.count():
            row = lst.currentRow() + keys[key] if lst.currentRow() >= 0 else 0
            lst.setCurrentRow(max(0, min(lst.count() - 1, row)))
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._timer.isActive():
                self.search_now()  # Enter before the pause: search at once
            elif lst.currentItem() is not None:
                self.open_article(lst.currentItem().data(HIT_ROLE).id)
            return True
        if key == Qt.Key.Key_Escape:
            if self.search_edit.text():
                self.search_edit.clear()
            else:
                self.dismissed.emit()
            return True
        return False

    # ------------------------------------------------------------------ the reader

    def open_article(self, article_id: str) -> None:
        self._open_seq += 1
        spawn(self._open(self._open_seq, article_id))

    async def _open(self, seq: int, article_id: str) -> None:
        reply = await call(self.service, p.KbGet(id=0, article_id=article_id))
        if not isValid(self) or seq != self._open_seq or not isinstance(reply, p.KbArticle):
            return
        self.show_article(reply.article)

    def show_article(self, article: p.Article) -> None:
        self.article = article
        self.title_label.setText(article.title)
        meta = [article.department, language_name(article.language)]
        if article.valid_until:
            meta.append(
                self.tr("valid until %1").replace("%1", locale_format.iso_day(article.valid_until))
            )
        if article.audience == "internal":
            meta.append(self.tr("for staff only"))
        self.meta_label.setText(" · ".join(m for m in meta if m))
        # Show and size the reader before filling it: text laid out while the reader was
        # hidden kept a stale scroll position, and the first article opened mid-text.
        if self.reader_panel.isHidden():
            self.reader_panel.show()
            if not self._reader_sized:  # first time: the list keeps a good part of the height
                self._reader_sized = True
                total = max(1, sum(self.splitter.sizes()))
                self.splitter.setSizes([int(total * 0.4), total - int(total * 0.4)])
        self.reader.document().setMarkdown(article.body, NO_HTML)
        self.reader.moveCursor(QTextCursor.MoveOperation.Start)  # else it ends at the end
        self._update_buttons()
        self.article_shown.emit(article.id)

    def close_article(self) -> None:
        self.article = None
        self.reader_panel.hide()
        self._update_buttons()
        self.search_edit.setFocus()

    def short_answer(self) -> str:
        return first_paragraph(self.article.body) if self.article else ""

    def insert_into_chat(self) -> None:
        """Ctrl+Shift+I: the short answer into the message box, for the agent to edit and
        send; where the conversation takes no text (a call), onto the clipboard."""
        if not self._insert_enabled:
            return
        text = self.short_answer()
        if not text:
            self.status_message.emit(self.tr("This article has no short answer to use."))
        elif self.copies():
            QApplication.clipboard().setText(text)
            self.status_message.emit(self.tr("Short answer copied: paste it where you need it."))
        else:
            self.insert_requested.emit(text)

    def mark_answered(self) -> None:
        if self.article is None:
            return
        key = (self.article.id, self.interaction_id)
        if key in self._answered or key in self._answering:
            return
        spawn(self._send_answered(key, self.topic))

    async def _send_answered(self, key: tuple[str, str], topic: str) -> None:
        article_id, interaction_id = key
        self._answering.add(key)
        self._update_buttons()
        try:
            reply = await call(
                self.service,
                p.KbAnswered(
                    id=0, article_id=article_id, topic=topic, interaction_id=interaction_id
                ),
            )
        finally:
            self._answering.discard(key)
        if not isValid(self):  # the window went (signed out) while the request was out
            return
        if reply is not None:
            self._answered.add(key)
            self.status_message.emit(self.tr("Thank you: the editors will know it helped."))
        self._update_buttons()

    def is_answered(self, article_id: str, interaction_id: str) -> bool:
        return (article_id, interaction_id) in self._answered

    def _update_buttons(self) -> None:
        has_article = self.article is not None
        copies = self.copies()
        insert = has_article and bool(self.interaction_id) and (self.writable or copies)
        if copies:
            self.insert_button.setText(self.tr("&Copy answer"))
            self.insert_button.setToolTip(
                self.tr("Copy the short answer to the clipboard: this conversation takes no "
                        "text (Ctrl+Shift+I)")
            )  # fmt: skip
        else:
            self.insert_button.setText(self.tr("&Insert into chat"))
            self.insert_button.setToolTip(
                self.tr("Put the short answer into the message box, to edit and send "
                        "(Ctrl+Shift+I)")
                if self.interaction_id
                else self.tr("Open a chat to insert the short answer into it")
            )  # fmt: skip
        self.insert_button.setEnabled(insert)
        if insert != self._insert_enabled:
            self._insert_enabled = insert
            self.insert_enabled_changed.emit(insert)
        key = (self.article.id, self.interaction_id) if self.article else ("", "")
        done = key in self._answered
        self.answered_button.setText(
            self.tr("✓ Answered") if done else self.tr("This &answered it")
        )
        self.answered_button.setEnabled(has_article and not done and key not in self._answering)
