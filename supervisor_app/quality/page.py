"""The Quality tab (Ctrl+8): the evaluations of a period, newest first, with each
agent's average; the centre's quality form (admins add, re-weigh and retire criteria);
the recording retention per topic with the daily job's last and next run (admins set a
topic's days). Scoring itself is the evaluation dialog, opened from the Conversations
tab (Ctrl+E). F5 refreshes. Talks only to ``QualityService``."""

from __future__ import annotations

import asyncio
from datetime import datetime, time, timedelta

from PySide6.QtCore import QDate, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from shared import protocol as p
from softphone import locale_format
from softphone.qt_async import spawn
from supervisor_app.conversations.model import when
from supervisor_app.quality.service import REQUEST_ERRORS, QualityService

SORT = Qt.ItemDataRole.UserRole


def _table(parent: QWidget, headers: list[str]) -> tuple[QTableView, QStandardItemModel]:
    model = QStandardItemModel(0, len(headers), parent)
    model.setHorizontalHeaderLabels(headers)
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT)
    view = QTableView(parent)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view, model


def _item(text: str, sort=None, right: bool = False) -> QStandardItem:
    item = QStandardItem(text)
    item.setData(text if sort is None else sort, SORT)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _score(value: float) -> QStandardItem:
    return _item(locale_format.number(value, 2), value, right=True)


class QualityPage(QWidget):
    status_message = Signal(str)

    def __init__(self, service: QualityService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.evaluations: p.EvaluationList | None = None
        self.retention: p.RetentionStatus | None = None
        self.criteria: dict[str, p.EvaluationCriterion] = {}  # by key, as last shown
        self._loaded = False
        self._refreshing: asyncio.Task | None = None

        # -- evaluations of a period
        today = QDate.currentDate()
        self.from_edit = QDateEdit(today.addDays(-29), self)
        self.to_edit = QDateEdit(today, self)
        for e in (self.from_edit, self.to_edit):
            e.setCalendarPopup(True)
            e.setDisplayFormat("yyyy-MM-dd")
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setToolTip(self.tr("Read the evaluations again (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        self.evaluations_view, self.evaluations_model = _table(
            self,
            [self.tr("When"), self.tr("Agent"), self.tr("Topic"), self.tr("Score"),
             self.tr("Evaluator"), self.tr("Comment")],
        )  # fmt: skip
        self.evaluations_view.setAccessibleName(self.tr("Evaluations"))
        self.averages_view, self.averages_model = _table(
            self,
            [self.tr("Agent"), self.tr("Evaluations"), self.tr("Average"), self.tr("Lowest"),
             self.tr("Highest")],
        )  # fmt: skip
        self.averages_view.setAccessibleName(self.tr("Average per agent"))
        self.summary_label = QLabel(
            self.tr("Score a conversation from the Conversations tab (Ctrl+7, then Ctrl+E)."),
            self,
        )
        self.summary_label.setWordWrap(True)
        bar = QHBoxLayout()
        for label, w in ((self.tr("&From"), self.from_edit), (self.tr("&To"), self.to_edit)):
            caption = QLabel(label, self)
            caption.setBuddy(w)
            bar.addWidget(caption)
            bar.addWidget(w)
        bar.addWidget(self.refresh_button)
        bar.addStretch(1)
        evaluations = QWidget(self)
        ev_layout = QVBoxLayout(evaluations)
        ev_layout.addLayout(bar)
        ev_layout.addWidget(self.summary_label)
        split = QSplitter(Qt.Orientation.Vertical, evaluations)
        split.addWidget(self.evaluations_view)
        split.addWidget(self.averages_view)
        ev_layout.addWidget(split, 1)

        # -- the form
        self.criteria_view, self.criteria_model = _table(
            self,
            [self.tr("Criterion"), self.tr("Key"), self.tr("Weight"), self.tr("In use"),
             self.tr("What it asks")],
        )  # fmt: skip
        self.criteria_view.setAccessibleName(self.tr("Quality form"))
        self.criteria_view.selectionModel().currentRowChanged.connect(
            self._on_criteria_current_changed
        )
        self.key_edit = QLineEdit(self)
        self.key_edit.setPlaceholderText(self.tr("e.g. plain_language"))
        self.title_edit = QLineEdit(self)
        self.description_edit = QLineEdit(self)
        self.weight_spin = QDoubleSpinBox(self)
        self.weight_spin.setRange(0.1, 10.0)
        self.weight_spin.setSingleStep(0.5)
        self.weight_spin.setValue(1.0)
        self.active_check = QCheckBox(self.tr("Scored in new evaluations"), self)
        self.active_check.setChecked(True)
        self.save_criterion_button = QPushButton(self.tr("Sa&ve criterion"), self)
        self.save_criterion_button.clicked.connect(self.save_criterion)
        self.editor = QGroupBox(self.tr("Add or change a criterion"), self)
        editor_form = QFormLayout(self.editor)
        editor_form.addRow(self.tr("&Key"), self.key_edit)
        editor_form.addRow(self.tr("T&itle"), self.title_edit)
        editor_form.addRow(self.tr("&Description"), self.description_edit)
        editor_form.addRow(self.tr("&Weight"), self.weight_spin)
        editor_form.addRow("", self.active_check)
        editor_form.addRow("", self.save_criterion_button)
        self.form_note = QLabel(
            self.tr(
                "Every criterion is scored 1–5; the total is their weighted average. A retired"
                " criterion keeps the scores it was given. Administrators change the form."
            ),
            self,
        )
        self.form_note.setWordWrap(True)
        form_page = QWidget(self)
        form_layout = QVBoxLayout(form_page)
        form_layout.addWidget(self.form_note)
        form_layout.addWidget(self.criteria_view, 1)
        form_layout.addWidget(self.editor)

        # -- retention
        self.retention_label = QLabel(self)
        self.retention_label.setWordWrap(True)
        self.retention_view, self.retention_model = _table(
            self,
            [self.tr("Topic"), self.tr("Kept (days)"), self.tr("Policy"), self.tr("Recordings"),
             self.tr("Size (MB)")],
        )  # fmt: skip
        self.retention_view.setAccessibleName(self.tr("Retention per topic"))
        self.retention_view.selectionModel().currentRowChanged.connect(
            self._on_retention_current_changed
        )
        self.topic_edit = QLineEdit(self)
        self.topic_edit.setPlaceholderText(self.tr("topic id"))
        self.days_spin = QDoubleSpinBox(self)
        self.days_spin.setRange(1, 3650)
        self.days_spin.setDecimals(0)
        self.days_spin.setValue(90)
        self.days_spin.setSuffix(self.tr(" days"))
        self.set_retention_button = QPushButton(self.tr("&Keep for this long"), self)
        self.set_retention_button.clicked.connect(self.set_retention)
        self.retention_editor = QWidget(self)
        ret_bar = QHBoxLayout(self.retention_editor)
        ret_bar.setContentsMargins(0, 0, 0, 0)
        for label, w in ((self.tr("T&opic"), self.topic_edit), (self.tr("K&eep"), self.days_spin)):
            caption = QLabel(label, self)
            caption.setBuddy(w)
            ret_bar.addWidget(caption)
            ret_bar.addWidget(w)
        ret_bar.addWidget(self.set_retention_button)
        ret_bar.addStretch(1)
        retention_page = QWidget(self)
        ret_layout = QVBoxLayout(retention_page)
        ret_layout.addWidget(self.retention_label)
        ret_layout.addWidget(self.retention_view, 1)
        ret_layout.addWidget(self.retention_editor)

        self.sections = QTabWidget(self)
        self.sections.addTab(evaluations, self.tr("Evaluations"))
        self.sections.addTab(form_page, self.tr("Form"))
        self.sections.addTab(retention_page, self.tr("Retention"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.sections)
        shortcut = QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.refresh)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        service.evaluations_ready.connect(self._on_service_evaluations_ready)
        service.criteria_ready.connect(self._on_service_criteria_ready)
        service.retention_ready.connect(self._on_service_retention_ready)
        service.submitted.connect(self._on_service_submitted)

    # -- reading -------------------------------------------------------------------

    def activate(self) -> None:
        admin = self.service.is_admin
        self.editor.setVisible(admin)
        self.retention_editor.setVisible(admin)
        if not self._loaded:
            self.refresh()

    def period(self) -> tuple[float, float]:
        first = self.from_edit.date().toPython()
        last = self.to_edit.date().toPython()
        since = datetime.combine(first, time()).timestamp()
        until = datetime.combine(last + timedelta(days=1), time()).timestamp()
        return since, until

    def refresh(self) -> None:
        self._loaded = True
        if self._refreshing is not None:
            self._refreshing.cancel()  # the newer question's answer is the one shown
        self._refreshing = spawn(self._refresh(*self.period()))

    async def _refresh(self, since: float, until: float) -> None:
        try:
            await self.service.list(since, until)
            await self.service.load_criteria()
            await self.service.retention()
        except REQUEST_ERRORS as exc:
            self.status_message.emit(self.tr("Quality not read: %1").replace("%1", str(exc)))

    def _on_service_submitted(self, _evaluation: p.Evaluation) -> None:
        if self._loaded:
            self.refresh()

    def _on_service_evaluations_ready(self, found: p.EvaluationList) -> None:
        self.evaluations = found
        m = self.evaluations_model
        m.removeRows(0, m.rowCount())
        for e in found.evaluations:
            m.appendRow(
                [_item(when(e.ts), e.ts), _item(e.agent), _item(e.topic), _score(e.total),
                 _item(e.evaluator), _item(e.comment.replace("\n", " "))]
            )  # fmt: skip
        self.evaluations_view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        a = self.averages_model
        a.removeRows(0, a.rowCount())
        for r in found.by_agent:
            a.appendRow(
                [_item(r.name or r.key), _item(str(r.evaluations), r.evaluations, right=True),
                 _score(r.average), _score(r.lowest), _score(r.highest)]
            )  # fmt: skip
        n = len(found.evaluations)
        average = sum(e.total for e in found.evaluations) / n if n else None
        self.summary_label.setText(
            self.tr("%n evaluation(s) in the period", "", n)
            + (
                self.tr(", average %1 of 5.").replace("%1", locale_format.number(average, 2))
                if n
                else "."
            )
        )

    def _on_service_criteria_ready(self, reply: p.CriteriaList) -> None:
        m = self.criteria_model
        m.removeRows(0, m.rowCount())
        for c in reply.criteria:
            m.appendRow(
                [_item(c.title, (not c.active, c.position)), _item(c.key),
                 _item(locale_format.number(c.weight), c.weight, right=True),
                 _item(self.tr("yes") if c.active else self.tr("retired")),
                 _item(c.description)]
            )  # fmt: skip
        self.criteria = {c.key: c for c in reply.criteria}

    def _on_service_retention_ready(self, status: p.RetentionStatus) -> None:
        self.retention = status
        m = self.retention_model
        m.removeRows(0, m.rowCount())
        for t in status.topics:
            m.appendRow(
                [_item(t.topic), _item(locale_format.number(t.recording_days), t.recording_days, right=True),
                 _item(self.tr("centre default") if t.is_default else self.tr("this topic's")),
                 _item(str(t.recordings), t.recordings, right=True),
                 _item(locale_format.number(t.bytes / 1e6, 1), t.bytes, right=True)]
            )  # fmt: skip
        last = (
            self.tr("last run %1, deleted %2")
            .replace("%1", when(status.last_run))
            .replace(
                "%2",
                ", ".join(f"{k}: {v}" for k, v in sorted(status.last_deleted.items()))
                or self.tr("nothing"),
            )
            if status.last_run is not None
            else self.tr("not run yet")
        )
        self.retention_label.setText(
            self.tr(
                "Recordings are kept %1 days unless their topic says otherwise, then deleted"
                " by a daily job (%2; next run %3). Every deletion is in the audit log."
            )
            .replace("%1", locale_format.number(status.default_days))
            .replace("%2", last)
            .replace("%3", when(status.next_run))
        )

    # -- admin changes -------------------------------------------------------------

    def _on_criteria_current_changed(self, current, _previous) -> None:
        if not current.isValid():
            return
        key = current.siblingAtColumn(1).data()
        c = self.criteria.get(key)
        if c is not None:
            self.key_edit.setText(c.key)
            self.title_edit.setText(c.title)
            self.description_edit.setText(c.description)
            self.weight_spin.setValue(c.weight)
            self.active_check.setChecked(c.active)

    def save_criterion(self) -> None:
        key = self.key_edit.text().strip()
        if not key or not self.title_edit.text().strip():
            self.status_message.emit(self.tr("A criterion needs a key and a title"))
            return
        spawn(
            self._save_criterion(
                key, self.title_edit.text().strip(), self.description_edit.text().strip(),
                self.weight_spin.value(), self.active_check.isChecked(),
            )
        )  # fmt: skip

    async def _save_criterion(
        self, key: str, title: str, description: str, weight: float, active: bool
    ) -> None:
        try:
            await self.service.save_criterion(
                key, title=title, description=description, weight=weight, active=active
            )
            self.status_message.emit(self.tr("Criterion %1 saved").replace("%1", key))
        except REQUEST_ERRORS as exc:
            self.status_message.emit(self.tr("Not saved: %1").replace("%1", str(exc)))

    def _on_retention_current_changed(self, current, _previous) -> None:
        if current.isValid():
            self.topic_edit.setText(current.siblingAtColumn(0).data())
            self.days_spin.setValue(float(current.siblingAtColumn(1).data(SORT)))

    def set_retention(self) -> None:
        topic = self.topic_edit.text().strip()
        if not topic:
            self.status_message.emit(self.tr("Choose a topic"))
            return
        spawn(self._set_retention(topic, self.days_spin.value()))

    async def _set_retention(self, topic: str, days: float) -> None:
        try:
            await self.service.set_retention(topic, days)
            self.status_message.emit(
                self.tr("Recordings of %1 are kept %2 days")
                .replace("%1", topic)
                .replace("%2", locale_format.number(days))
            )
        except REQUEST_ERRORS as exc:
            self.status_message.emit(self.tr("Not set: %1").replace("%1", str(exc)))
