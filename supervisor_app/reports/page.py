"""The Reports tab: choose a period (today, yesterday, the last 7 days, this month, last
month, or from–to) and the first-contact window, Run (F5); the summary, then sections —
by topic (bars), the day's curve per half hour (lines), hour × weekday (heatmap), by
agent, the hardest topics, failure demand — each chart with its table under it. A click
on a bar, point, cell or a table row's double click lists those conversations in the
Conversations tab; Ctrl+S saves the shown section's table as CSV.
Talks only to ``ReportsService``."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QPointF, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from shared import protocol as p
from softphone import locale_format
from softphone.qt_async import spawn
from supervisor_app.conversations.page import Drilldown
from supervisor_app.reports.heatmap import HeatmapWidget
from supervisor_app.reports.model import ReportRowsModel
from supervisor_app.reports.presentation import period_dates, seconds, share, write_csv
from supervisor_app.reports.service import REQUEST_ERRORS, ReportsService


def drilldown(f: p.ReportFilter) -> Drilldown:
    return Drilldown(
        from_day=f.date_from,
        to_day=f.date_to,
        topic=f.topic,
        channel=f.channel or None,
        agent=f.agent,
        hour_of_day=f.hour_of_day
        if f.hour_of_day is not None
        else (None if f.half_hour is None else f.half_hour // 2),
        weekday=f.weekday,
        exact=True,
    )


class _Section(QWidget):
    """A chart (or heatmap) above, its table under it."""

    row_activated = Signal(p.ReportRow)

    def __init__(self, keys: list[str], top: QWidget | None, parent: QWidget) -> None:
        super().__init__(parent)
        self.model = ReportRowsModel(keys, self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.proxy = proxy
        self.table = QTableView(self)
        self.table.setModel(proxy)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if keys == ["half_hour"]:
            self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # the day in order
        else:
            self.table.sortByColumn(len(keys), Qt.SortOrder.DescendingOrder)  # busiest first
        self.table.doubleClicked.connect(
            lambda i: self.row_activated.emit(self.model.rows[proxy.mapToSource(i).row()])
        )
        layout = QVBoxLayout(self)
        if top is not None:
            splitter = QSplitter(Qt.Orientation.Vertical, self)
            splitter.addWidget(top)
            splitter.addWidget(self.table)
            layout.addWidget(splitter)
        else:
            layout.addWidget(self.table)

    def csv_rows(self) -> tuple[list[str], list[list[str]]]:
        cols = self.model.columnCount()
        rows = []
        for r in range(self.proxy.rowCount()):
            source = self.proxy.mapToSource(self.proxy.index(r, 0)).row()
            rows.append([self.model.text(source, c, display=False) for c in range(cols)])
        return self.model.headers(), rows


def _chart_view(chart: QChart, parent: QWidget) -> QChartView:
    view = QChartView(chart, parent)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(220)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return view


class ReportsPage(QWidget):
    status_message = Signal(str)
    conversations_requested = Signal(Drilldown)

    def __init__(self, service: ReportsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.report: p.ReportResult | None = None

        self.period_combo = QComboBox(self)
        for label, key in (
            (self.tr("Today"), "today"),
            (self.tr("Yesterday"), "yesterday"),
            (self.tr("Last 7 days"), "last_7_days"),
            (self.tr("This month"), "this_month"),
            (self.tr("Last month"), "last_month"),
            (self.tr("From – to"), "custom"),
        ):
            self.period_combo.addItem(label, key)
        self.period_combo.setCurrentIndex(2)
        self.period_combo.currentIndexChanged.connect(self._on_period_combo_changed)
        self.from_edit = QDateEdit(self)
        self.to_edit = QDateEdit(self)
        for e in (self.from_edit, self.to_edit):
            e.setCalendarPopup(True)
            e.setDisplayFormat("yyyy-MM-dd")
        self.fcr_spin = QSpinBox(self)
        self.fcr_spin.setRange(0, 90)
        self.fcr_spin.setValue(7)
        self.fcr_spin.setSuffix(self.tr(" days"))
        self.fcr_spin.setToolTip(
            self.tr("A citizen back on the same topic within this many days was not resolved")
        )
        self.run_button = QPushButton(self.tr("&Run"), self)
        self.run_button.setToolTip(self.tr("Make the report (F5)"))
        self.run_button.clicked.connect(self.run)
        self.export_button = QPushButton(self.tr("Export &CSV…"), self)
        self.export_button.setToolTip(self.tr("Save the table shown as CSV (Ctrl+S)"))
        self.export_button.clicked.connect(lambda: self.export_csv())
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(120)
        self.progress.hide()
        service.running_changed.connect(self.progress.setVisible)
        for key, slot in (
            (Qt.Key.Key_F5, self.run),
            (QKeySequence.StandardKey.Save, self.export_csv),
        ):
            shortcut = QShortcut(QKeySequence(key), self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        bar = QHBoxLayout()
        for label, w in (
            (self.tr("&Period"), self.period_combo),
            (self.tr("&From"), self.from_edit),
            (self.tr("&To"), self.to_edit),
            (self.tr("Repeat &window"), self.fcr_spin),
        ):
            caption = QLabel(label, self)
            caption.setBuddy(w)
            bar.addWidget(caption)
            bar.addWidget(w)
        bar.addWidget(self.run_button)
        bar.addWidget(self.export_button)
        bar.addWidget(self.progress)
        bar.addStretch(1)
        self.summary_label = QLabel(self.tr("Choose a period and press Run (F5)."), self)
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # by topic: bars of offered / answered / abandoned
        self.topic_chart = QChart()
        self.topic_chart.setTitle(self.tr("Conversations per topic"))
        self.topic_series = QBarSeries()
        self.topic_series.clicked.connect(self._on_topic_series_clicked)
        self.topic_chart.addSeries(self.topic_series)
        self.topic_axis = QBarCategoryAxis()
        self.topic_values = QValueAxis()
        self.topic_values.setLabelFormat("%d")
        self.topic_chart.addAxis(self.topic_axis, Qt.AlignmentFlag.AlignBottom)
        self.topic_chart.addAxis(self.topic_values, Qt.AlignmentFlag.AlignLeft)
        self.by_topic = _Section(["topic"], _chart_view(self.topic_chart, self), self)

        # the day's curve per half hour
        self.curve_chart = QChart()
        self.curve_chart.setTitle(self.tr("Offered and answered per half hour"))
        self.offered_series = QLineSeries()
        self.offered_series.setName(self.tr("Offered"))
        self.answered_series = QLineSeries()
        self.answered_series.setName(self.tr("Answered"))
        self.curve_x = QValueAxis()
        self.curve_x.setRange(0, 24)
        self.curve_x.setTickCount(13)
        self.curve_x.setLabelFormat("%d")
        self.curve_y = QValueAxis()
        self.curve_y.setLabelFormat("%d")
        self.curve_chart.addAxis(self.curve_x, Qt.AlignmentFlag.AlignBottom)
        self.curve_chart.addAxis(self.curve_y, Qt.AlignmentFlag.AlignLeft)
        for s in (self.offered_series, self.answered_series):
            self.curve_chart.addSeries(s)
            s.attachAxis(self.curve_x)
            s.attachAxis(self.curve_y)
            s.clicked.connect(self._on_curve_clicked)
        self.day_curve = _Section(["half_hour"], _chart_view(self.curve_chart, self), self)

        self.heatmap = HeatmapWidget(self)
        self.heatmap.cell_clicked.connect(self._on_heatmap_cell_clicked)
        self.hour_weekday = _Section(["weekday", "hour"], self.heatmap, self)
        self.by_agent = _Section(["agent"], None, self)
        self.by_agent_label = QLabel(self)
        self.by_agent_label.setWordWrap(True)
        self.by_agent_label.hide()
        self.by_agent.layout().insertWidget(0, self.by_agent_label)
        self.hardest = _Section(["topic"], None, self)
        self.hardest_label = QLabel(self)
        self.hardest.layout().insertWidget(0, self.hardest_label)

        # failure demand: repeat contacts per topic
        self.repeat_chart = QChart()
        self.repeat_chart.setTitle(self.tr("Citizens back on the same topic, per topic"))
        self.repeat_series = QBarSeries()
        self.repeat_chart.addSeries(self.repeat_series)
        self.repeat_axis = QBarCategoryAxis()
        self.repeat_values = QValueAxis()
        self.repeat_values.setLabelFormat("%d")
        self.repeat_chart.addAxis(self.repeat_axis, Qt.AlignmentFlag.AlignBottom)
        self.repeat_chart.addAxis(self.repeat_values, Qt.AlignmentFlag.AlignLeft)
        self.failure_label = QLabel(self)
        self.failure_label.setWordWrap(True)
        self.failure_table = QTableView(self)
        self.failure_table.verticalHeader().setVisible(False)
        failure = QWidget(self)
        failure_layout = QVBoxLayout(failure)
        failure_layout.addWidget(self.failure_label)
        split = QSplitter(Qt.Orientation.Vertical, failure)
        split.addWidget(_chart_view(self.repeat_chart, self))
        split.addWidget(self.failure_table)
        failure_layout.addWidget(split)
        self.failure_page = failure

        # quality: the average score per criterion, and per agent and topic under it
        self.quality_chart = QChart()
        self.quality_chart.setTitle(self.tr("Average quality score per criterion (1–5)"))
        self.quality_series = QBarSeries()
        self.quality_chart.addSeries(self.quality_series)
        self.quality_axis = QBarCategoryAxis()
        self.quality_values = QValueAxis()
        self.quality_values.setLabelFormat("%.1f")
        self.quality_chart.addAxis(self.quality_axis, Qt.AlignmentFlag.AlignBottom)
        self.quality_chart.addAxis(self.quality_values, Qt.AlignmentFlag.AlignLeft)
        self.quality_label = QLabel(self)
        self.quality_label.setWordWrap(True)
        self.quality_table = QTableView(self)
        self.quality_table.verticalHeader().setVisible(False)
        self.quality_table.setAccessibleName(self.tr("Quality per agent and topic"))
        quality = QWidget(self)
        quality_layout = QVBoxLayout(quality)
        quality_layout.addWidget(self.quality_label)
        qsplit = QSplitter(Qt.Orientation.Vertical, quality)
        qsplit.addWidget(_chart_view(self.quality_chart, self))
        qsplit.addWidget(self.quality_table)
        quality_layout.addWidget(qsplit)
        self.quality_page = quality

        self.sections = QTabWidget(self)
        for widget, title in (
            (self.by_topic, self.tr("By topic")),
            (self.day_curve, self.tr("Day curve")),
            (self.hour_weekday, self.tr("Hour × weekday")),
            (self.by_agent, self.tr("By agent")),
            (self.hardest, self.tr("Hardest topics")),
            (self.failure_page, self.tr("Failure demand")),
            (self.quality_page, self.tr("Quality")),
        ):
            self.sections.addTab(widget, title)
        for section in (
            self.by_topic,
            self.day_curve,
            self.hour_weekday,
            self.by_agent,
            self.hardest,
        ):
            section.row_activated.connect(self._on_section_row_activated)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.sections, 1)
        service.report_ready.connect(self._on_service_report_ready)
        self._on_period_combo_changed()

    # -- running -------------------------------------------------------------------

    def _on_period_combo_changed(self, *_args) -> None:
        key = self.period_combo.currentData()
        custom = key == "custom"
        self.from_edit.setEnabled(custom)
        self.to_edit.setEnabled(custom)
        if not custom:
            first, last = period_dates(key, date.today())
            self.from_edit.setDate(QDate(first.year, first.month, first.day))
            self.to_edit.setDate(QDate(last.year, last.month, last.day))

    def activate(self) -> None:
        if self.report is None:
            self.run()

    def run(self) -> None:
        spawn(
            self._run(
                self.from_edit.date().toString("yyyy-MM-dd"),
                self.to_edit.date().toString("yyyy-MM-dd"),
                self.fcr_spin.value(),
            )
        )

    async def _run(self, first: str, last: str, fcr: int) -> None:
        self.status_message.emit(self.tr("Making the report…"))
        try:
            await self.service.run(first, last, fcr)
        except REQUEST_ERRORS as exc:
            self.status_message.emit(self.tr("No report: %1").replace("%1", str(exc)))

    # -- showing -------------------------------------------------------------------

    def _on_service_report_ready(self, r: p.ReportResult) -> None:
        self.report = r
        t = r.totals
        self.summary_label.setText(
            self.tr(
                "<b>%1 – %2</b>: %3 offered, %4 answered, %5 abandoned (%6 within %7 s not"
                " counted), service level %8, speed of answer %9,<br>handle time %10,"
                " transfer rate %11, first-contact resolution %12, self-service answers %13,"
                " quality score %14."
            )
            .replace(
                "%14",
                locale_format.number(r.quality.average, 2)
                if r.quality.average is not None
                else "–",
            )
            .replace("%13", str(t.kb_self_service))
            .replace("%12", share(t.first_contact_resolution))
            .replace("%11", share(t.transfer_rate))
            .replace("%10", seconds(t.average_handle_time))
            .replace("%9", seconds(t.average_speed_of_answer))
            .replace("%8", share(t.service_level))
            .replace("%7", locale_format.number(r.settings.short_abandon_seconds))
            .replace("%6", str(t.abandoned_short))
            .replace("%5", str(t.abandoned))
            .replace("%4", str(t.answered))
            .replace("%3", str(t.offered))
            .replace("%2", locale_format.iso_day(r.settings.date_to))
            .replace("%1", locale_format.iso_day(r.settings.date_from))
        )
        self.by_topic.model.set_rows(r.by_topic)
        self._bars(
            self.topic_series, self.topic_axis, self.topic_values,
            [row.topic_name or row.topic for row in r.by_topic],
            [
                (self.tr("Offered"), [row.figures.offered for row in r.by_topic]),
                (self.tr("Answered"), [row.figures.answered for row in r.by_topic]),
                (self.tr("Abandoned"), [row.figures.abandoned - row.figures.abandoned_short
                                         for row in r.by_topic]),
            ],
        )  # fmt: skip
        self.day_curve.model.set_rows(r.day_curve)
        self.offered_series.replace(
            [QPointF(k / 2, x.figures.offered) for k, x in enumerate(r.day_curve)]
        )
        self.answered_series.replace(
            [QPointF(k / 2, x.figures.answered) for k, x in enumerate(r.day_curve)]
        )
        self.curve_y.setRange(0, max([x.figures.offered for x in r.day_curve] + [1]) * 1.1)
        self.hour_weekday.model.set_rows(r.hour_weekday)
        self.heatmap.set_rows(r.hour_weekday)
        self.by_agent.model.set_rows(r.by_agent)
        self.by_agent_label.setVisible(r.by_agent_omitted > 0)
        self.by_agent_label.setText(
            self.tr("The %n agent(s) with the fewest conversations are not shown (too many for"
                    " one reply): filter by an agent, or print them all with"
                    " cc-server report --by agent.", "", r.by_agent_omitted)
        )  # fmt: skip
        hardest = []
        for rows in (r.hardest_by_handle, r.hardest_by_transfers, r.hardest_by_fcr):
            hardest += [row for row in rows if row not in hardest]
        self.hardest.model.set_rows(hardest)
        self.hardest_label.setText(
            self.tr("Longest handling: %1. Most transfers: %2. Lowest first-contact resolution: %3.")
            .replace("%1", ", ".join(x.topic_name or x.topic for x in r.hardest_by_handle[:3]) or "—")
            .replace("%2", ", ".join(x.topic_name or x.topic for x in r.hardest_by_transfers[:3]) or "—")
            .replace("%3", ", ".join(x.topic_name or x.topic for x in r.hardest_by_fcr[:3]) or "—")
        )  # fmt: skip
        fd = r.failure_demand
        self.failure_label.setText(
            self.tr("%1 of %2 contacts (%3) were followed by the same citizen on the same"
                    " topic within %4 days; %5 citizens came back.")
            .replace("%1", str(fd.repeat_contacts)).replace("%2", str(fd.contacts))
            .replace("%3", share(fd.rate)).replace("%4", str(fd.window_days))
            .replace("%5", str(fd.citizens_repeating))
        )  # fmt: skip
        self._bars(
            self.repeat_series, self.repeat_axis, self.repeat_values,
            [x.topic_name or x.topic for x in fd.topics],
            [(self.tr("Repeat contacts"), [x.repeat_contacts for x in fd.topics])],
        )  # fmt: skip
        self._fill_failure_table(fd)
        self._show_quality(r.quality)
        self.status_message.emit(self.tr("Report ready"))

    def _show_quality(self, qr: p.QualityReport) -> None:
        from PySide6.QtGui import QStandardItem, QStandardItemModel

        if qr.evaluations and qr.average is not None:
            self.quality_label.setText(
                self.tr("%n evaluation(s) of these conversations, average %1 of 5.", "",
                        qr.evaluations).replace("%1", locale_format.number(qr.average, 2))
            )  # fmt: skip
        else:
            self.quality_label.setText(
                self.tr("No conversation of the period is scored yet: score one in the"
                        " Conversations tab (Ctrl+E).")
            )  # fmt: skip
        self.quality_series.clear()
        bar = QBarSet(self.tr("Average score"))
        bar.append([a.average for a in qr.by_criterion])
        self.quality_series.append(bar)
        self.quality_axis.clear()
        self.quality_axis.append([a.name or a.key for a in qr.by_criterion] or [""])
        self.quality_series.attachAxis(self.quality_axis)
        self.quality_series.attachAxis(self.quality_values)
        self.quality_values.setRange(0, 5)
        model = self.quality_table.model()
        if not isinstance(model, QStandardItemModel):
            model = QStandardItemModel(0, 6, self)
            self.quality_table.setModel(model)
        model.clear()
        model.setHorizontalHeaderLabels(
            [self.tr("Agent or topic"), self.tr("Of"), self.tr("Evaluations"),
             self.tr("Average"), self.tr("Lowest"), self.tr("Highest")]
        )  # fmt: skip
        for of, rows in ((self.tr("agent"), qr.by_agent), (self.tr("topic"), qr.by_topic)):
            for a in rows:
                model.appendRow(
                    [QStandardItem(v) for v in (a.name or a.key, of, str(a.evaluations),
                     locale_format.number(a.average, 2), locale_format.number(a.lowest, 2),
                     locale_format.number(a.highest, 2))]
                )  # fmt: skip
        self.quality_table.resizeColumnsToContents()

    def _fill_failure_table(self, fd: p.FailureDemand) -> None:
        from PySide6.QtGui import QStandardItem, QStandardItemModel

        model = QStandardItemModel(0, 5, self)
        model.setHorizontalHeaderLabels(
            [self.tr("Topic"), self.tr("Contacts"), self.tr("Repeats"), self.tr("Citizens"),
             self.tr("Repeat rate")]
        )  # fmt: skip
        for x in fd.topics:
            model.appendRow(
                [QStandardItem(v) for v in (x.topic_name or x.topic, str(x.contacts),
                 str(x.repeat_contacts), str(x.citizens), share(x.rate))]
            )  # fmt: skip
        self.failure_table.setModel(model)
        self.failure_table.resizeColumnsToContents()

    @staticmethod
    def _bars(series: QBarSeries, axis: QBarCategoryAxis, values: QValueAxis, categories,
              sets: list[tuple[str, list[int]]]) -> None:  # fmt: skip
        series.clear()
        for name, data in sets:
            bar = QBarSet(name)
            bar.append([float(v) for v in data])
            series.append(bar)
        axis.clear()
        axis.append(categories or [""])
        series.attachAxis(axis)
        series.attachAxis(values)
        values.setRange(0, max([v for _n, d in sets for v in d] + [1]) * 1.1)

    # -- drill-down and export -----------------------------------------------------

    def _on_topic_series_clicked(self, index: int, _bar: QBarSet) -> None:
        if self.report and 0 <= index < len(self.report.by_topic):
            self.conversations_requested.emit(drilldown(self.report.by_topic[index].filter))

    def _on_curve_clicked(self, point: QPointF) -> None:
        if self.report and self.report.day_curve:
            k = min(47, max(0, round(point.x() * 2)))
            self.conversations_requested.emit(drilldown(self.report.day_curve[k].filter))

    def _on_heatmap_cell_clicked(self, weekday: int, hour: int) -> None:
        row = self.heatmap.cells.get((weekday, hour))
        if row is not None:
            self.conversations_requested.emit(drilldown(row.filter))

    def _on_section_row_activated(self, row: p.ReportRow) -> None:
        self.conversations_requested.emit(drilldown(row.filter))

    def export_csv(self, target: Path | None = None) -> None:
        section = self.sections.currentWidget()
        if not isinstance(section, _Section) or self.report is None:
            self.status_message.emit(self.tr("Nothing to export here"))
            return
        if target is None:
            name = f"report-{self.report.settings.date_from}-{self.report.settings.date_to}.csv"
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export CSV"), name, "CSV (*.csv)"
            )
            if not chosen:
                return
            target = Path(chosen)
        headers, rows = section.csv_rows()
        try:
            n = write_csv(target, headers, rows)
        except OSError as exc:
            self.status_message.emit(self.tr("Not saved: %1").replace("%1", str(exc)))
            return
        self.status_message.emit(self.tr("Saved %n row(s) to %1", "", n).replace("%1", str(target)))
