"""The Conversations tab: a filter bar (Enter searches), the results (newest first,
"Load more"), and the chosen conversation — a chat's transcript, a call's player with
its waveform — with its tags, an export (Ctrl+S) and a score (Ctrl+E).
Talks only to ``ConversationsService``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from shared import protocol as p
from softphone.qt_async import spawn
from supervisor_app.conversations.model import ConversationsModel, when
from supervisor_app.conversations.player import PlayerWidget
from supervisor_app.conversations.service import REQUEST_ERRORS, ConversationsService


@dataclass(frozen=True, slots=True)
class Drilldown:
    """What the Reports tab asks to list: a period and the keys of one bar or cell."""

    from_day: str
    to_day: str
    topic: str = ""
    channel: str | None = None
    agent: str = ""
    hour_of_day: int | None = None
    weekday: int | None = None
    exact: bool = False  # topic = the citizen's choice, agent = the first agent (reports)


class ConversationsPage(QWidget):
    status_message = Signal(str)
    evaluation_requested = Signal(p.ConversationRow, str)  # the agent to score first

    def __init__(self, service: ConversationsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.detail: p.ConversationDetail | None = None
        self.query = p.ConversationQuery()
        self.drilldown: Drilldown | None = None  # hour/weekday keys have no field of their own

        today = QDate.currentDate()
        self.from_edit = self._date(today.addDays(-7))
        self.to_edit = self._date(today)
        self.agent_edit = self._line(self.tr("user name"))
        self.topic_edit = self._line(self.tr("topic or tag"))
        self.caller_edit = self._line(self.tr("digits of the number"))
        self.text_edit = self._line(self.tr("words in the chat"))
        self.channel_combo = QComboBox(self)
        for label, value in (
            (self.tr("All channels"), None),
            (self.tr("Calls"), "voice"),
            (self.tr("Chats"), "chat"),
            (self.tr("Video"), "video"),
        ):
            self.channel_combo.addItem(label, value)
        self.transferred_combo = QComboBox(self)
        for label, value in (
            (self.tr("Transferred or not"), None),
            (self.tr("Transferred"), True),
            (self.tr("Not transferred"), False),
        ):
            self.transferred_combo.addItem(label, value)
        self.min_spin = QSpinBox(self)
        self.min_spin.setRange(0, 24 * 3600)
        self.min_spin.setSuffix(self.tr(" s"))
        self.min_spin.setSpecialValueText(self.tr("any length"))
        self.search_button = QPushButton(self.tr("&Search"), self)
        self.search_button.setToolTip(self.tr("Search with these filters (Enter)"))
        self.search_button.clicked.connect(self.search)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(120)
        self.progress.hide()
        service.running_changed.connect(self.progress.setVisible)

        filters = QGridLayout()
        pairs = [
            (self.tr("&From"), self.from_edit),
            (self.tr("&To"), self.to_edit),
            (self.tr("A&gent"), self.agent_edit),
            (self.tr("Top&ic"), self.topic_edit),
            (self.tr("C&aller"), self.caller_edit),
            (self.tr("Te&xt"), self.text_edit),
            (self.tr("C&hannel"), self.channel_combo),
            (self.tr("Transfe&rred"), self.transferred_combo),
            (self.tr("Lo&nger than"), self.min_spin),
        ]
        for k, (label, widget) in enumerate(pairs):
            caption = QLabel(label, self)
            caption.setBuddy(widget)
            filters.addWidget(caption, k // 3, (k % 3) * 2)
            filters.addWidget(widget, k // 3, (k % 3) * 2 + 1)
        bar = QHBoxLayout()
        bar.addWidget(self.search_button)
        bar.addWidget(self.progress)
        self.count_label = QLabel(self)
        bar.addWidget(self.count_label, 1)

        self.model = ConversationsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Conversations found"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        self.more_button = QPushButton(self.tr("Load &more"), self)
        self.more_button.clicked.connect(self._on_more_button_clicked)
        self.more_button.hide()

        self.header_label = QLabel(self.tr("Pick a conversation to read or play it."), self)
        self.header_label.setWordWrap(True)
        self.tags_edit = QLineEdit(self)
        self.tags_edit.setPlaceholderText(self.tr("tags, separated by commas"))
        self.tags_edit.returnPressed.connect(self._on_save_tags_clicked)
        self.save_tags_button = QPushButton(self.tr("Save &tags"), self)
        self.save_tags_button.clicked.connect(self._on_save_tags_clicked)
        self.export_button = QPushButton(self.tr("&Export…"), self)
        self.export_button.setToolTip(self.tr("Save the recording or transcript (Ctrl+S)"))
        self.export_button.clicked.connect(self.export)
        self.score_button = QPushButton(self.tr("Sc&ore…"), self)
        self.score_button.setToolTip(self.tr("Score this conversation (Ctrl+E)"))
        self.score_button.clicked.connect(self.score)
        self.transcript = QTextBrowser(self)
        self.transcript.setAccessibleName(self.tr("Transcript"))
        self.player = PlayerWidget(self)
        self.detail_stack = QStackedWidget(self)
        self.detail_stack.addWidget(self.transcript)
        self.detail_stack.addWidget(self.player)
        tags_row = QHBoxLayout()
        tags_row.addWidget(self.tags_edit, 1)
        tags_row.addWidget(self.save_tags_button)
        tags_row.addWidget(self.export_button)
        tags_row.addWidget(self.score_button)
        detail_box = QWidget(self)
        detail_layout = QVBoxLayout(detail_box)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.header_label)
        form = QFormLayout()
        form.addRow(self.tr("Tags"), tags_row)
        detail_layout.addLayout(form)
        detail_layout.addWidget(self.detail_stack, 1)

        results = QWidget(self)
        results_layout = QVBoxLayout(results)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.addWidget(self.table, 1)
        results_layout.addWidget(self.more_button)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(results)
        splitter.addWidget(detail_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

        for key, slot in (
            (QKeySequence.StandardKey.Save, self.export),
            (QKeySequence("Ctrl+E"), self.score),
            (QKeySequence.StandardKey.Find, self.text_edit.setFocus),
        ):
            shortcut = QShortcut(key, self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        service.results_ready.connect(self._on_service_results_ready)
        service.detail_ready.connect(self._on_service_detail_ready)
        self._update_actions()

    def _date(self, value: QDate) -> QDateEdit:
        edit = QDateEdit(value, self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def _line(self, hint: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setPlaceholderText(hint)
        edit.returnPressed.connect(self.search)
        return edit

    # -- searching -------------------------------------------------------------------

    def query_from_filters(self) -> p.ConversationQuery:
        d = self.drilldown
        return p.ConversationQuery(
            from_day=self.from_edit.date().toString("yyyy-MM-dd"),
            to_day=self.to_edit.date().toString("yyyy-MM-dd"),
            agent=self.agent_edit.text().strip(),
            topic=self.topic_edit.text().strip(),
            caller=self.caller_edit.text().strip(),
            channel=self.channel_combo.currentData(),
            transferred=self.transferred_combo.currentData(),
            min_seconds=float(self.min_spin.value()) if self.min_spin.value() else None,
            text=self.text_edit.text().strip(),
            hour_of_day=d.hour_of_day if d else None,
            weekday=d.weekday if d else None,
            chosen_topic=d.topic if d and d.exact else "",
            first_agent=d.agent if d and d.exact else "",
        )

    def search(self) -> None:
        self.query = self.query_from_filters()
        spawn(self._search(0))

    def show_drilldown(self, d: Drilldown) -> None:
        """List the conversations behind a bar or cell of the Reports tab."""
        self.from_edit.setDate(QDate.fromString(d.from_day, "yyyy-MM-dd"))
        self.to_edit.setDate(QDate.fromString(d.to_day, "yyyy-MM-dd"))
        for edit in (self.caller_edit, self.text_edit):
            edit.clear()
        self.agent_edit.setText("" if d.exact else d.agent)
        self.topic_edit.setText("" if d.exact else d.topic)
        self.channel_combo.setCurrentIndex(max(0, self.channel_combo.findData(d.channel)))
        self.transferred_combo.setCurrentIndex(0)
        self.min_spin.setValue(0)
        self.drilldown = d
        self.search()
        self.drilldown = None  # a next search from the filter bar has no hidden keys

    async def _search(self, offset: int) -> None:
        self.status_message.emit(self.tr("Searching…"))
        try:
            await self.service.search(self.query, offset)
        except REQUEST_ERRORS as exc:
            self.status_message.emit(self.tr("Search failed: %1").replace("%1", str(exc)))

    def _on_more_button_clicked(self) -> None:
        spawn(self._search(len(self.model.rows)))

    def _on_service_results_ready(self, found: p.ConversationList) -> None:
        self.model.set_rows(found)
        self.count_label.setText(
            self.tr("%1 of %2 shown")
            .replace("%1", str(len(self.model.rows)))
            .replace("%2", str(found.total))
        )
        self.more_button.setVisible(len(self.model.rows) < found.total)
        self.status_message.emit(self.tr("%n conversation(s) found", "", found.total))
        if found.offset == 0 and self.model.rows:
            self.table.selectRow(0)

    # -- the chosen conversation -----------------------------------------------------

    def current(self) -> p.ConversationRow | None:
        return self.model.row_at(self.table.currentIndex())

    def _on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current)
        self.player.unload()
        self.detail = None
        self._update_actions()
        if row is not None:
            spawn(self._open(row))

    async def _open(self, row: p.ConversationRow) -> None:
        try:
            await self.service.get(row.id)
            if row.recording_id is not None:
                self.status_message.emit(self.tr("Fetching the recording…"))
                path = await self.service.fetch_for_playing(row.recording_id)
                current = self.current()
                if current is not None and current.id == row.id:
                    self.player.load(path)
                    self.status_message.emit(self.tr("Recording ready: Space plays it"))
        except REQUEST_ERRORS as exc:
            self.status_message.emit(self.tr("Could not open it: %1").replace("%1", str(exc)))

    def _on_service_detail_ready(self, detail: p.ConversationDetail) -> None:
        current = self.current()
        if current is None or current.id != detail.row.id:
            return
        self.detail = detail
        row = detail.row
        self.header_label.setText(
            f"<b>{when(row.arrived)}</b> · {row.topic} · "
            f"{row.citizen_name or row.caller or '—'} ⇄ {', '.join(row.agents) or '—'}"
        )
        self.tags_edit.setText(", ".join(t for t in row.tags if t != row.topic))
        if row.channel == "voice" and row.recording_id is not None:
            self.detail_stack.setCurrentWidget(self.player)
        else:
            self.detail_stack.setCurrentWidget(self.transcript)
            lines = [
                f"<p><b>{m.sender_name}</b> <small>{when(m.ts)}</small><br>{_escape(m.text)}</p>"
                for m in detail.messages
            ] or [self.tr("<p><i>No transcript: a call without a recording.</i></p>")]
            self.transcript.setHtml("".join(lines))
        self._update_actions()

    def _update_actions(self) -> None:
        ready = self.detail is not None
        for w in (self.tags_edit, self.save_tags_button, self.export_button, self.score_button):
            w.setEnabled(ready)

    def _on_save_tags_clicked(self) -> None:
        if self.detail is None:
            return
        tags = [t.strip() for t in self.tags_edit.text().split(",") if t.strip()]
        spawn(self._save_tags(self.detail.row.id, tags))

    async def _save_tags(self, interaction_id: str, tags: list[str]) -> None:
        try:
            await self.service.set_tags(interaction_id, tags)
            detail = await self.service.get(interaction_id)  # the row with its new tags
            self.model.update_row(detail.row)
            self.status_message.emit(self.tr("Tags saved"))
        except REQUEST_ERRORS as exc:
            self.status_message.emit(self.tr("Tags not saved: %1").replace("%1", str(exc)))

    def export(self, target: Path | None = None) -> None:
        """Save the recording (a call) or the transcript (a chat); asks where."""
        if self.detail is None:
            return
        row = self.detail.row
        is_call = row.recording_id is not None
        if target is None:
            name = f"{row.id}.wav" if is_call else f"{row.id}.txt"
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export"),
                name,
                self.tr("WAV audio (*.wav)") if is_call else self.tr("Text (*.txt)"),
            )
            if not chosen:
                return
            target = Path(chosen)
        spawn(self._export(row, target))

    async def _export(self, row: p.ConversationRow, target: Path) -> None:
        try:
            if row.recording_id is not None:
                await self.service.export(row.recording_id, target)
            else:
                await self.service.export_transcript(row.id, target, when)
            self.status_message.emit(self.tr("Saved %1").replace("%1", str(target)))
        except REQUEST_ERRORS as exc:
            self.status_message.emit(self.tr("Not saved: %1").replace("%1", str(exc)))

    def score(self) -> None:
        if self.detail is None:
            return
        row = self.detail.row
        if not row.agents:
            self.status_message.emit(self.tr("Nobody answered it: there is nobody to score"))
            return
        self.evaluation_requested.emit(row, row.agents[0])


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
