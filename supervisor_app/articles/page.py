"""The "Knowledge base" page of the supervisor window: the article list and the editor.

Every change goes through ``KnowledgeService`` (in a spawned task) and the list shows
what the server answered. One operation at a time: while a request is in flight the
actions and the list are disabled and a busy bar shows; the form stays editable, and
typing during a save is kept (see ``ArticleEditor.mark_stored``).

Unsaved changes are marked with "•" and guarded: switching article, starting a new one
or closing the window asks Save / Discard / Cancel first (a ``QMessageBox`` opened with
``open()``, its answer handled in ``finished``).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from functools import partial
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from shared import protocol as p
from softphone.qt_async import spawn
from supervisor_app.articles.drafts import STATUSES, departments_of
from supervisor_app.articles.editor import ArticleEditor
from supervisor_app.articles.history import ArticleHistoryDialog
from supervisor_app.articles.model import (
    ID_ROLE,
    ArticleColumn,
    ArticleFilterProxy,
    ArticleModel,
    status_label,
)
from supervisor_app.articles.service import REQUEST_ERRORS, KnowledgeService

RELOAD_DELAY_MS = 200  # pins pushed in a burst (several supervisors) cause one reload


def _cancel_all(tasks: set[asyncio.Task], *_: object) -> None:
    for task in list(tasks):
        task.cancel()


def _message(exc: BaseException) -> str:
    return getattr(exc, "message", "") or str(exc) or type(exc).__name__


class KnowledgeBasePage(QWidget):
    loaded = Signal()  # the list was (re)loaded from the server
    article_stored = Signal(object)  # p.Article: the server answered a save/status/pin
    modified_changed = Signal(bool)  # the editor has unsaved changes
    status_message = Signal(str)  # for the window's status bar

    def __init__(self, service: KnowledgeService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.model = ArticleModel(self)
        self.proxy = ArticleFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.dialog: QMessageBox | ArticleHistoryDialog | None = None  # the open one
        self.is_loaded = False
        self._loading = False
        self._selecting = False  # selection set by the page, not the supervisor
        self._topics: list[p.Topic] = []
        self._view_had_focus = False
        # Tasks still to run when the window closes (a reload after a pin) must not touch
        # deleted widgets: cancel them then. The callback holds the set, not the page.
        self._tasks: set[asyncio.Task] = set()
        self.destroyed.connect(partial(_cancel_all, self._tasks))

        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(self._on_reload_timer_timeout)

        self._build_actions()
        self._build_ui()

        service.busy_changed.connect(self._on_service_busy_changed)
        service.pins_changed.connect(self._on_service_pins_changed)
        service.article_changed.connect(self._on_service_article_changed)
        self.editor.modified_changed.connect(self._on_editor_modified_changed)
        self.set_topics(service.topics())
        self._update_actions()

    # ------------------------------------------------------------------ building

    def _action(self, text: str, tip: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        action.setToolTip(tip)
        action.triggered.connect(slot)
        # Window-wide, but only while the page is the visible tab (Qt skips hidden widgets).
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(
            self.tr("&New"), self.tr("Start a new article"), self._on_new_action_triggered
        )
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.save_action = self._action(
            self.tr("&Save"),
            self.tr("Save the article as a new revision"),
            self._on_save_action_triggered,
        )
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.publish_action = self._action(
            self.tr("&Publish"),
            self.tr("Save and make the article visible to agents (and citizens if public)"),
            self._on_publish_action_triggered,
        )
        self.retire_action = self._action(
            self.tr("&Retire"),
            self.tr("Withdraw the article: nobody finds it any more"),
            self._on_retire_action_triggered,
        )
        self.pin_action = self._action(
            self.tr("P&in"),
            self.tr("Show the article as a banner to every agent"),
            self._on_pin_action_triggered,
        )
        self.history_action = self._action(
            self.tr("&History…"),
            self.tr("Earlier revisions: who changed what, and restore one"),
            self._on_history_action_triggered,
        )
        self.refresh_action = self._action(
            self.tr("Re&fresh"),
            self.tr("Load the list again (other supervisors' changes)"),
            self._on_refresh_action_triggered,
        )
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)

    def _build_ui(self) -> None:
        toolbar = QToolBar(self)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.new_action, self.save_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        for action in (self.publish_action, self.retire_action, self.pin_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.history_action)
        toolbar.addAction(self.refresh_action)

        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)  # indeterminate
        self.busy_bar.setMaximumWidth(120)
        self.busy_bar.setMaximumHeight(14)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setAccessibleName(self.tr("Working"))
        self.busy_bar.hide()

        top = QHBoxLayout()
        top.addWidget(toolbar, 1)
        top.addWidget(self.busy_bar)

        # --- the list
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Find by title, tag, keyword or text"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.set_text)
        self.status_filter = QComboBox(self)
        self.status_filter.addItem(self.tr("All statuses"), "")
        for status in STATUSES:
            self.status_filter.addItem(status_label(status), status)
        self.status_filter.currentIndexChanged.connect(self._on_status_filter_changed)
        self.department_filter = QComboBox(self)
        self.department_filter.addItem(self.tr("All departments"), "")
        self.department_filter.currentIndexChanged.connect(self._on_department_filter_changed)

        filters = QHBoxLayout()
        filters.addWidget(self.filter_edit, 2)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.department_filter, 1)

        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        # The title gets the room; the figures on the right may scroll into view.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in (
            (ArticleColumn.TITLE, 250),
            (ArticleColumn.DEPARTMENT, 110),
            (ArticleColumn.LANGUAGE, 45),
            (ArticleColumn.STATUS, 95),
            (ArticleColumn.PINNED, 26),
            (ArticleColumn.AUDIENCE, 75),
            (ArticleColumn.UPDATED, 80),
            (ArticleColumn.VIEWS, 50),
            (ArticleColumn.ANSWERED_AGENTS, 55),
            (ArticleColumn.ANSWERED_CITIZENS, 60),
        ):
            self.view.setColumnWidth(column, width)
        self.view.sortByColumn(ArticleColumn.UPDATED, Qt.SortOrder.DescendingOrder)
        self.view.selectionModel().selectionChanged.connect(self._on_view_selection_changed)

        self.count_label = QLabel(self)

        list_side = QWidget(self)
        list_layout = QVBoxLayout(list_side)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(filters)
        list_layout.addWidget(self.view, 1)
        list_layout.addWidget(self.count_label)

        self.editor = ArticleEditor(self)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(list_side)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([600, 600])
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        self._update_count()

    def _spawn(self, coro: Coroutine[Any, Any, Any]) -> None:
        """Run one of the page's coroutines; it is cancelled if the page goes away first."""
        task = spawn(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    # ------------------------------------------------------------------ loading

    def activate(self) -> None:
        """The supervisor opened the page: load the list the first time."""
        if not self.is_loaded and not self._loading:
            self.reload()

    def reload(self) -> None:
        self._spawn(self.load_articles())

    def set_topics(self, topics: list[p.Topic]) -> None:
        self._topics = list(topics)
        self.editor.set_topics(self._topics)
        self._update_departments()

    def on_logged_in(self) -> None:
        """A (re)login: topics may have changed, and others may have edited meanwhile."""
        self.set_topics(self.service.topics())
        if self.is_loaded:
            self.reload()

    async def load_articles(self) -> bool:
        self._loading = True
        try:
            articles = await self.service.list_articles()
        except REQUEST_ERRORS as exc:
            self.status_message.emit(
                self.tr("Could not load the articles: {0}").format(_message(exc))
            )
            return False
        finally:
            self._loading = False
        self.model.reset(articles)
        self.is_loaded = True
        self._update_departments()
        current = self.editor.stored
        if current is not None:
            fresh = self.model.article(current.id)
            if fresh is not None and fresh != current:
                # Someone changed it meanwhile: the form follows unless edited here.
                sent = None if self.editor.is_modified() else self.editor.draft()
                self.editor.mark_stored(fresh, sent)
            self._select(current.id)
        self.loaded.emit()
        return True

    def _update_departments(self) -> None:
        departments = departments_of(self._topics, self.model.articles())
        self.editor.set_departments(departments)
        chosen = self.department_filter.currentData()
        self.department_filter.blockSignals(True)
        self.department_filter.clear()
        self.department_filter.addItem(self.tr("All departments"), "")
        for department in departments:
            self.department_filter.addItem(department, department)
        self.department_filter.setCurrentIndex(max(0, self.department_filter.findData(chosen)))
        self.department_filter.blockSignals(False)

    # ------------------------------------------------------------------ choosing

    def current(self) -> p.Article | None:
        return self.editor.stored

    def is_modified(self) -> bool:
        return self.editor.is_modified()

    def select_article(self, article_id: str) -> bool:
        """Select an article's row as the supervisor would (guarded like a click)."""
        index = self._proxy_index(article_id)
        if index is None:
            return False
        self.view.selectionModel().select(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        return True

    def new_article(self) -> None:
        self.guard_unsaved(self._start_new)

    def _start_new(self) -> None:
        self.editor.load(None)
        department = self.department_filter.currentData()
        if department:
            self.editor.department_combo.setEditText(department)
        self._select(None)
        self.editor.title_edit.setFocus()
        self._update_actions()

    def _open(self, article_id: str) -> None:
        article = self.model.article(article_id)
        if article is None:
            return
        self.editor.load(article)
        self._select(article_id)
        self._update_actions()

    def _proxy_index(self, article_id: str):
        row = self.model.row_of(article_id)
        if row < 0:
            return None
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        return index if index.isValid() else None

    def _select(self, article_id: str | None) -> None:
        """Show ``article_id`` as the selected row without asking anything."""
        self._selecting = True
        try:
            index = self._proxy_index(article_id) if article_id else None
            if index is None:
                self.view.selectionModel().clearSelection()
            else:
                self.view.selectionModel().select(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.view.scrollTo(index)
        finally:
            self._selecting = False

    def _on_view_selection_changed(self, *_: object) -> None:
        if self._selecting:
            return
        rows = self.view.selectionModel().selectedRows()
        target = rows[0].data(ID_ROLE) if rows else None
        current = self.editor.stored.id if self.editor.stored is not None else None
        if target is None or target == current:
            return
        if self.is_modified():
            self._select(current)  # stay here until the supervisor decides
        self.guard_unsaved(lambda: self._open(target))

    # ------------------------------------------------------------------ unsaved changes

    def guard_unsaved(self, then: Callable[[], None]) -> None:
        """Run ``then`` now, or after the supervisor saved or discarded their changes."""
        if not self.is_modified():
            then()
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Unsaved changes"))
        box.setText(self.tr("Save your changes to “{0}”?").format(self.editor.title_text()))
        box.setInformativeText(self.tr("If you don't, they are lost."))
        box.setStandardButtons(
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.finished.connect(lambda _result: self._on_unsaved_box_finished(box, then))
        self._show_dialog(box)

    def _on_unsaved_box_finished(self, box: QMessageBox, then: Callable[[], None]) -> None:
        answer = box.standardButton(box.clickedButton())
        self._forget_dialog(box)
        if answer == QMessageBox.StandardButton.Discard:
            self.editor.load(self.editor.stored)
            then()
        elif answer == QMessageBox.StandardButton.Save:
            self._spawn(self._save_then(then))

    async def _save_then(self, then: Callable[[], None]) -> None:
        if await self.save():
            then()

    # ------------------------------------------------------------------ operations

    async def save(self) -> p.Article | None:
        """Save the form as a new revision; a refusal is shown in the editor."""
        draft = self.editor.draft()
        note = self.editor.note()
        self.editor.clear_error()
        try:
            stored = self.editor.stored
            base = stored.revision if stored is not None and stored.id == draft.id else None
            article = await self.service.save(draft, note, base_revision=base)
        except REQUEST_ERRORS as exc:
            self._show_failure(self.tr("Not saved"), exc)
            return None
        self.editor.note_edit.clear()
        self._stored(article, sent=draft)
        self.status_message.emit(
            self.tr("Saved “{0}” (revision {1})").format(article.title, article.revision)
        )
        return article

    async def publish(self) -> p.Article | None:
        if self.editor.stored is None or self.is_modified():
            if await self.save() is None:
                return None
        return await self._set_status("published", self.tr("Published “{0}”"))

    async def retire(self) -> p.Article | None:
        return await self._set_status("retired", self.tr("Retired “{0}”"))

    async def _set_status(self, status: str, done: str) -> p.Article | None:
        article = self.editor.stored
        if article is None:
            return None
        self.editor.clear_error()
        try:
            article = await self.service.set_status(article.id, status)
        except REQUEST_ERRORS as exc:
            self._show_failure(self.tr("Status not changed"), exc)
            return None
        self._stored(article)
        self.status_message.emit(done.format(article.title))
        return article

    async def set_pinned(self, pinned: bool) -> p.Article | None:
        article = self.editor.stored
        if article is None:
            return None
        self.editor.clear_error()
        try:
            article = await self.service.pin(article.id, pinned)
        except REQUEST_ERRORS as exc:
            self._show_failure(self.tr("Pin not changed"), exc)
            return None
        self._stored(article)
        text = self.tr("Pinned “{0}” for every agent") if pinned else self.tr("Unpinned “{0}”")
        self.status_message.emit(text.format(article.title))
        return article

    async def show_history(self) -> ArticleHistoryDialog | None:
        article = self.editor.stored
        if article is None:
            return None
        try:
            revisions = await self.service.history(article.id)
        except REQUEST_ERRORS as exc:
            self._show_failure(self.tr("No history"), exc)
            return None
        if self.editor.stored is None or self.editor.stored.id != article.id:
            return None  # the supervisor moved on meanwhile
        dialog = ArticleHistoryDialog(article.title, revisions, self)
        dialog.restore_requested.connect(self._on_history_restore_requested)
        dialog.finished.connect(lambda _result: self._forget_dialog(dialog))
        self._show_dialog(dialog)
        return dialog

    def _stored(self, article: p.Article, sent: p.ArticleDraft | None = None) -> None:
        """The server's answer is the truth: into the list, and into the editor if open."""
        self.model.upsert(article)
        stored = self.editor.stored
        if stored is None or stored.id == article.id:
            self.editor.mark_stored(article, sent)
            self._select(article.id)
        self._update_departments()
        self._update_actions()
        self.article_stored.emit(article)

    def _show_failure(self, what: str, exc: BaseException) -> None:
        if isinstance(exc, p.ProtocolError) and exc.code in (
            p.ErrorCode.INVALID_FORMAT,
            p.ErrorCode.NOT_FOUND,
            p.ErrorCode.CONFLICT,
            p.ErrorCode.TOO_LARGE,
        ):
            self.editor.show_error(self.tr("{0}: {1}").format(what, exc.message))
        elif isinstance(exc, p.ProtocolError) and exc.code == p.ErrorCode.FORBIDDEN:
            self.editor.show_error(self.tr("{0}: you may not edit articles.").format(what))
        else:
            self.editor.show_error(
                self.tr("{0}: the server could not do it ({1}). Try again.").format(
                    what, _message(exc)
                )
            )

    # ------------------------------------------------------------------ dialogs

    def _show_dialog(self, dialog: QMessageBox | ArticleHistoryDialog) -> None:
        self.dialog = dialog
        dialog.open()

    def _forget_dialog(self, dialog: QWidget) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _confirm_pin(self) -> None:
        article = self.editor.stored
        if article is None:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Pin article"))
        box.setText(self.tr("Pin “{0}”?").format(article.title))
        box.setInformativeText(
            self.tr(
                "Every agent will see this as a banner at the top of their window until "
                "it is unpinned. The action is recorded in the audit log."
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Pin for everyone"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _result: self._on_pin_box_finished(box))
        self._show_dialog(box)

    def _on_pin_box_finished(self, box: QMessageBox) -> None:
        confirmed = box.clickedButton() is box.button(QMessageBox.StandardButton.Yes)
        self._forget_dialog(box)
        if confirmed:
            self._spawn(self.set_pinned(True))

    # ------------------------------------------------------------------ slots

    def _on_new_action_triggered(self) -> None:
        self.new_article()

    def _on_save_action_triggered(self) -> None:
        if self.save_action.isEnabled():
            self._spawn(self.save())

    def _on_publish_action_triggered(self) -> None:
        self._spawn(self.publish())

    def _on_retire_action_triggered(self) -> None:
        self._spawn(self.retire())

    def _on_pin_action_triggered(self) -> None:
        article = self.editor.stored
        if article is None:
            return
        if article.pinned:
            self._spawn(self.set_pinned(False))
        else:
            self._confirm_pin()

    def _on_history_action_triggered(self) -> None:
        self._spawn(self.show_history())

    def _on_refresh_action_triggered(self) -> None:
        self.reload()

    def _on_history_restore_requested(self, revision: p.ArticleRevision) -> None:
        self.editor.apply_revision(revision)
        self.status_message.emit(
            self.tr("Revision {0} is in the editor: save to make it current").format(
                revision.revision
            )
        )

    def _on_service_busy_changed(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)
        if busy:
            self._view_had_focus = self.view.hasFocus()
        self.view.setEnabled(not busy)
        if not busy and self._view_had_focus:
            self.view.setFocus()  # disabling it took the focus away
        self._update_actions()

    def _on_service_pins_changed(self, _pins: list[p.ArticleHit]) -> None:
        # The banner changed (maybe another supervisor): the ★ column follows.
        if self.is_loaded:
            self._reload_timer.start()

    def _on_service_article_changed(self, article: p.Article) -> None:
        # Another supervisor saved: the list shows it; our form keeps what we typed, and
        # our next save of that article is refused as a conflict rather than overwriting.
        if self.is_loaded:
            self.model.upsert(article)

    def _on_reload_timer_timeout(self) -> None:
        if self.service.busy:
            self._reload_timer.start()  # after the operation in flight
        else:
            self.reload()

    def _on_editor_modified_changed(self, modified: bool) -> None:
        self._update_actions()
        self.modified_changed.emit(modified)

    def _on_status_filter_changed(self, _index: int) -> None:
        self.proxy.set_status(self.status_filter.currentData())

    def _on_department_filter_changed(self, _index: int) -> None:
        self.proxy.set_department(self.department_filter.currentData())

    def _update_count(self, *_: object) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        text = (
            self.tr("{0} articles").format(total)
            if shown == total
            else self.tr("{0} of {1} articles").format(shown, total)
        )
        self.count_label.setText(text)

    def _update_actions(self, *_: object) -> None:
        idle = not self.service.busy
        article = self.editor.stored
        saved = article is not None
        self.new_action.setEnabled(idle)
        self.save_action.setEnabled(idle and self.is_modified())
        self.publish_action.setEnabled(
            idle and (self.is_modified() or (saved and article.status != "published"))
        )
        self.retire_action.setEnabled(idle and saved and article.status != "retired")
        self.pin_action.setEnabled(idle and saved)
        pinned = saved and article.pinned
        self.pin_action.setText(self.tr("Un&pin") if pinned else self.tr("P&in"))
        self.pin_action.setToolTip(
            self.tr("Remove the banner from every agent's window")
            if pinned
            else self.tr("Show the article as a banner to every agent")
        )
        self.history_action.setEnabled(idle and saved)
        self.refresh_action.setEnabled(idle)
