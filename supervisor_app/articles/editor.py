"""The article form: metadata, the Markdown body with a live preview, and the change note.

The editor knows the article as the server stored it (``stored``) and compares the form
with it: ``modified_changed`` fires when the two start or stop differing, so undoing an
edit by hand clears the flag. It never sends anything; the page saves ``draft()``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from shared import protocol as p
from supervisor_app.articles.drafts import (
    LANGUAGES,
    MAX_NOTE,
    blank_draft,
    draft_of,
    is_changed,
    join_list,
    split_list,
)
from supervisor_app.articles.model import audience_label, format_updated, status_label
from supervisor_app.presentation import CRITICAL_COLOUR

PREVIEW_DELAY_MS = 150  # re-render the preview once typing pauses this long


def language_label(code: str) -> str:
    names = {
        "en": QCoreApplication.translate("Language", "English"),
        "pl": QCoreApplication.translate("Language", "Polish"),
        "da": QCoreApplication.translate("Language", "Danish"),
        "ru": QCoreApplication.translate("Language", "Russian"),
    }
    return f"{names[code]} ({code})" if code in names else code


class OptionalDateEdit(QWidget):
    """A date picker with a "none" box: ``value()`` is an ISO date or None."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.none_check = QCheckBox(self.tr("none"), self)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setDate(QDate.currentDate())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.date_edit, 1)
        layout.addWidget(self.none_check)
        self.none_check.toggled.connect(self._on_none_check_toggled)
        self.date_edit.dateChanged.connect(self._on_date_edit_date_changed)
        self.set_value(None)

    def value(self) -> str | None:
        if self.none_check.isChecked():
            return None
        return self.date_edit.date().toString(Qt.DateFormat.ISODate)

    def set_value(self, iso: str | None) -> None:
        with QSignalBlocker(self.none_check), QSignalBlocker(self.date_edit):
            date = QDate.fromString(iso or "", Qt.DateFormat.ISODate)
            self.none_check.setChecked(not date.isValid())
            self.date_edit.setDate(date if date.isValid() else QDate.currentDate())
            self.date_edit.setEnabled(date.isValid())

    def _on_none_check_toggled(self, none: bool) -> None:
        self.date_edit.setEnabled(not none)
        self.changed.emit()

    def _on_date_edit_date_changed(self, _date: QDate) -> None:
        self.changed.emit()


class ArticleEditor(QWidget):
    modified_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stored: p.Article | None = None  # None: a new article, not saved yet
        self._baseline = blank_draft()
        self._modified = False
        self._loading = False
        self._topics: list[p.Topic] = []

        self.heading_label = QLabel(self)
        heading_font = self.heading_label.font()
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.3)
        heading_font.setBold(True)
        self.heading_label.setFont(heading_font)
        self.heading_label.setTextFormat(Qt.TextFormat.PlainText)
        self.meta_label = QLabel(self)
        self.meta_label.setTextFormat(Qt.TextFormat.PlainText)

        self.error_label = QLabel(self)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        self.error_label.setAutoFillBackground(True)
        self.error_label.setContentsMargins(8, 4, 8, 4)
        palette = self.error_label.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(CRITICAL_COLOUR))
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#7a1f1f"))
        self.error_label.setPalette(palette)
        self.error_label.hide()

        # --- metadata, left column
        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(self.tr("What the citizen asks, in their words"))
        self.department_combo = QComboBox(self)
        self.department_combo.setEditable(True)
        self.department_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.language_combo = QComboBox(self)
        for code in LANGUAGES:
            self.language_combo.addItem(language_label(code), code)
        self.audience_combo = QComboBox(self)
        self.audience_combo.addItem(audience_label("internal"), "internal")
        self.audience_combo.addItem(audience_label("public"), "public")
        self.audience_combo.setToolTip(self.tr("Public articles are shown to citizens too"))
        self.valid_from_edit = OptionalDateEdit(self)
        self.valid_until_edit = OptionalDateEdit(self)

        left = QFormLayout()
        left.addRow(self.tr("&Title:"), self.title_edit)
        left.addRow(self.tr("&Department:"), self.department_combo)
        left.addRow(self.tr("&Language:"), self.language_combo)
        left.addRow(self.tr("&Audience:"), self.audience_combo)
        left.addRow(self.tr("Valid &from:"), self.valid_from_edit)
        left.addRow(self.tr("Valid &until:"), self.valid_until_edit)

        # --- metadata, right column
        self.topics_list = QListWidget(self)
        self.topics_list.setToolTip(
            self.tr("Queues this article answers: agents there get it suggested")
        )
        self.topics_list.setMaximumHeight(110)
        self.tags_edit = QLineEdit(self)
        self.keywords_edit = QLineEdit(self)
        self.synonyms_edit = QLineEdit(self)
        for edit in (self.tags_edit, self.keywords_edit, self.synonyms_edit):
            edit.setPlaceholderText(self.tr("comma-separated"))
        self.synonyms_edit.setToolTip(self.tr("Other words people use, e.g. bin, dustbin, trash"))

        right = QFormLayout()
        right.addRow(self.tr("T&opics:"), self.topics_list)
        right.addRow(self.tr("Ta&gs:"), self.tags_edit)
        right.addRow(self.tr("&Keywords:"), self.keywords_edit)
        right.addRow(self.tr("S&ynonyms:"), self.synonyms_edit)

        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(12)
        columns.addLayout(right, 1)

        # --- body and preview, side by side
        self.body_edit = QPlainTextEdit(self)
        self.body_edit.setPlaceholderText(self.tr("The answer, in Markdown"))
        self.body_edit.setTabChangesFocus(True)
        self.preview = QTextBrowser(self)
        self.preview.setOpenExternalLinks(True)
        self.preview.setPlaceholderText(self.tr("Preview"))
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self._on_preview_timer_timeout)
        body_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        body_splitter.addWidget(self.body_edit)
        body_splitter.addWidget(self.preview)
        body_splitter.setChildrenCollapsible(False)

        self.note_edit = QLineEdit(self)
        self.note_edit.setMaxLength(MAX_NOTE)
        self.note_edit.setPlaceholderText(self.tr("What changed and why (shown in History)"))
        note_row = QFormLayout()
        note_row.addRow(self.tr("Change &note:"), self.note_edit)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading_label)
        layout.addWidget(self.meta_label)
        layout.addWidget(self.error_label)
        layout.addLayout(columns)
        layout.addWidget(body_splitter, 1)
        layout.addLayout(note_row)

        for edit in (self.title_edit, self.tags_edit, self.keywords_edit, self.synonyms_edit):
            edit.textChanged.connect(self._on_field_changed)
        self.department_combo.currentTextChanged.connect(self._on_field_changed)
        self.language_combo.currentIndexChanged.connect(self._on_field_changed)
        self.audience_combo.currentIndexChanged.connect(self._on_field_changed)
        self.valid_from_edit.changed.connect(self._on_field_changed)
        self.valid_until_edit.changed.connect(self._on_field_changed)
        self.topics_list.itemChanged.connect(self._on_field_changed)
        self.body_edit.textChanged.connect(self._on_body_edit_text_changed)

        self.load(None)

    # ------------------------------------------------------------------ choices

    def set_topics(self, topics: list[p.Topic]) -> None:
        """The queues an article can answer (from hello.ok); keeps what is ticked."""
        self._topics = list(topics)
        self._fill_topics(self._read_topics())

    def set_departments(self, departments: list[str]) -> None:
        with QSignalBlocker(self.department_combo):
            current = self.department_combo.currentText()
            self.department_combo.clear()
            self.department_combo.addItem("")
            self.department_combo.addItems(departments)
            self.department_combo.setEditText(current)

    # ------------------------------------------------------------------ loading

    def load(self, article: p.Article | None, draft: p.ArticleDraft | None = None) -> None:
        """Show ``article`` as stored (None: a new one), or ``draft`` on top of it."""
        self.stored = article
        self._baseline = draft_of(article) if article is not None else blank_draft()
        self._fill(draft or self._baseline)
        self.note_edit.clear()
        self.clear_error()
        self._update_heading()
        self._check_modified()

    def mark_stored(self, article: p.Article, sent: p.ArticleDraft | None = None) -> None:
        """The server stored ``article`` (a save, status or pin reply). The form is refilled
        from it unless the supervisor typed on since ``sent`` went out."""
        self.stored = article
        self._baseline = draft_of(article)
        if sent is not None and not is_changed(self.draft(), sent):
            self._fill(self._baseline)
        self._update_heading()
        self._check_modified()

    def apply_revision(self, revision: p.ArticleRevision) -> None:
        """Put an old revision's title and body back into the form (not saved yet)."""
        self.title_edit.setText(revision.title)
        self.title_edit.setCursorPosition(0)
        self.body_edit.setPlainText(revision.body)
        if not self.note_edit.text().strip():
            self.note_edit.setText(self.tr("Restored revision {0}").format(revision.revision))

    def _fill(self, draft: p.ArticleDraft) -> None:
        self._loading = True
        try:
            self.title_edit.setText(draft.title)
            self.department_combo.setEditText(draft.department)
            index = self.language_combo.findData(draft.language)
            if index < 0:
                self.language_combo.addItem(draft.language, draft.language)
                index = self.language_combo.count() - 1
            self.language_combo.setCurrentIndex(index)
            self.audience_combo.setCurrentIndex(
                max(0, self.audience_combo.findData(draft.audience))
            )
            self.valid_from_edit.set_value(draft.valid_from)
            self.valid_until_edit.set_value(draft.valid_until)
            self._fill_topics(draft.topics)
            self.tags_edit.setText(join_list(draft.tags))
            self.keywords_edit.setText(join_list(draft.keywords))
            self.synonyms_edit.setText(join_list(draft.synonyms))
            self.body_edit.setPlainText(draft.body)
            # setText leaves the cursor at the end, so a long title showed only its tail
            for edit in (self.title_edit, self.tags_edit, self.keywords_edit, self.synonyms_edit):
                edit.setCursorPosition(0)
        finally:
            self._loading = False
        self._preview_timer.stop()
        self.preview.setMarkdown(draft.body)

    def _fill_topics(self, ticked: list[str]) -> None:
        with QSignalBlocker(self.topics_list):
            self.topics_list.clear()
            known = {t.id for t in self._topics}
            # A topic the server no longer offers stays visible, so saving does not drop it.
            extra = [p.Topic(id=t, name=t) for t in ticked if t not in known]
            for topic in [*self._topics, *extra]:
                item = QListWidgetItem(topic.name, self.topics_list)
                item.setData(Qt.ItemDataRole.UserRole, topic.id)
                item.setToolTip(topic.department or topic.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                checked = topic.id in ticked
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    # ------------------------------------------------------------------ reading

    def draft(self) -> p.ArticleDraft:
        return p.ArticleDraft(
            id=self.stored.id if self.stored is not None else "",
            title=self.title_edit.text().strip(),
            body=self.body_edit.toPlainText(),
            department=self.department_combo.currentText().strip(),
            topics=self._read_topics(),
            tags=split_list(self.tags_edit.text()),
            language=self.language_combo.currentData() or "en",
            keywords=split_list(self.keywords_edit.text()),
            synonyms=split_list(self.synonyms_edit.text()),
            audience=self.audience_combo.currentData() or "internal",
            valid_from=self.valid_from_edit.value(),
            valid_until=self.valid_until_edit.value(),
        )

    def _read_topics(self) -> list[str]:
        items = (self.topics_list.item(row) for row in range(self.topics_list.count()))
        return [
            item.data(Qt.ItemDataRole.UserRole)
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    def set_topic_checked(self, topic_id: str, checked: bool) -> None:
        for row in range(self.topics_list.count()):
            item = self.topics_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == topic_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def note(self) -> str:
        return self.note_edit.text().strip()

    def is_modified(self) -> bool:
        return self._modified

    def title_text(self) -> str:
        """How to name the article to the supervisor."""
        title = self.title_edit.text().strip() or (self.stored.title if self.stored else "")
        return title or self.tr("New article")

    # ------------------------------------------------------------------ errors

    def show_error(self, message: str) -> None:
        """Show what the server refused, and put the cursor where the problem is."""
        self.error_label.setText(message)
        self.error_label.show()
        field = self._field_for(message)
        if field is not None:
            field.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_error(self) -> None:
        self.error_label.clear()
        self.error_label.hide()

    def error(self) -> str:
        return self.error_label.text() if self.error_label.isVisibleTo(self) else ""

    def _field_for(self, message: str) -> QWidget | None:
        text = message.casefold()
        for words, field in (
            (("valid_until", "valid until"), self.valid_until_edit.date_edit),
            (("valid_from", "valid from"), self.valid_from_edit.date_edit),
            (("topic",), self.topics_list),
            (("title",), self.title_edit),
            (("body",), self.body_edit),
        ):
            if any(word in text for word in words):
                return field
        return None

    # ------------------------------------------------------------------ slots

    def _on_field_changed(self, *_: object) -> None:
        if not self._loading:
            self._check_modified()

    def _on_body_edit_text_changed(self) -> None:
        if self._loading:
            return
        self._preview_timer.start()
        self._check_modified()

    def _on_preview_timer_timeout(self) -> None:
        self.preview.setMarkdown(self.body_edit.toPlainText())

    def _check_modified(self) -> None:
        modified = self.stored is None and bool(
            self.title_edit.text().strip() or self.body_edit.toPlainText().strip()
        )
        modified = modified or (
            self.stored is not None and is_changed(self.draft(), self._baseline)
        )
        self._update_heading(modified)
        if modified != self._modified:
            self._modified = modified
            self.modified_changed.emit(modified)

    def _update_heading(self, modified: bool | None = None) -> None:
        modified = self._modified if modified is None else modified
        title = self.title_text()
        self.heading_label.setText(f"• {title}" if modified else title)
        article = self.stored
        if article is None:
            self.meta_label.setText(self.tr("Not saved yet"))
            return
        parts = [status_label(article.status)]
        if article.pinned:
            parts.append(self.tr("★ pinned"))
        parts.append(
            self.tr("revision {0} by {1}, {2}").format(
                article.revision, article.author or "—", format_updated(article.updated_at)
            )
        )
        parts.append(article.id)
        self.meta_label.setText(" · ".join(parts))
