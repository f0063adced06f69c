"""The Staffing page: pick a day, a channel and the target; the server plans each half
hour by Erlang C from the same weekdays' history; any contacts or handle time can be typed
in (the plan is recomputed); for today the agents logged in are set beside the agents to
schedule, in the table and on a chart, so a supervisor sees the gap coming.
Talks only to ``StaffingService``."""

from __future__ import annotations

from PySide6.QtCharts import QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shared import protocol as p
from softphone import locale_format
from softphone.qt_async import spawn
from supervisor_app.staffing.model import StaffingModel, start
from supervisor_app.staffing.service import REQUEST_ERRORS, PlanRequest, StaffingService


class StaffingPage(QWidget):
    status_message = Signal(str)

    def __init__(self, service: StaffingService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.overrides: dict[int, p.StaffingOverride] = {}

        self.day_edit = QDateEdit(QDate.currentDate().addDays(1), self)
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("yyyy-MM-dd")
        self.day_edit.dateChanged.connect(self._on_inputs_changed)
        self.today_button = QPushButton(self.tr("T&oday"), self)
        self.today_button.clicked.connect(lambda: self.day_edit.setDate(QDate.currentDate()))
        self.channel_combo = QComboBox(self)
        self.channel_combo.addItem(self.tr("Calls"), "voice")
        self.channel_combo.addItem(self.tr("Chats"), "chat")
        self.channel_combo.addItem(self.tr("Video"), "video")
        self.channel_combo.currentIndexChanged.connect(self._on_inputs_changed)
        self.level_spin = self._spin(80, 1, 99, " %")
        self.target_spin = self._spin(20, 1, 600, self.tr(" s"))
        self.shrinkage_spin = self._spin(0, 0, 90, " %")
        self.run_button = QPushButton(self.tr("&Plan"), self)
        self.run_button.setToolTip(self.tr("Plan the day with these targets (F5)"))
        self.run_button.clicked.connect(self.run)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.run)
        self.clear_button = QPushButton(self.tr("&Clear typed-in figures"), self)
        self.clear_button.clicked.connect(self._on_clear_button_clicked)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy
        self.progress.setMaximumWidth(120)
        self.progress.hide()
        service.running_changed.connect(self.progress.setVisible)

        form = QFormLayout()
        day_row = QHBoxLayout()
        day_row.addWidget(self.day_edit)
        day_row.addWidget(self.today_button)
        day_label = QLabel(self.tr("&Day"), self)
        day_label.setBuddy(self.day_edit)
        form.addRow(day_label, day_row)
        form.addRow(self.tr("C&hannel"), self.channel_combo)
        form.addRow(self.tr("&Service level"), self.level_spin)
        form.addRow(self.tr("Answered &within"), self.target_spin)
        form.addRow(self.tr("Shrin&kage (breaks, training)"), self.shrinkage_spin)
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.progress)
        buttons.addStretch(1)

        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.model = StaffingModel(self)
        self.model.override_edited.connect(self._on_model_override_edited)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Agents needed per half hour"))
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)

        self.scheduled_series = QLineSeries(self)
        self.scheduled_series.setName(self.tr("To schedule"))
        self.logged_in_series = QLineSeries(self)
        self.logged_in_series.setName(self.tr("Logged in"))
        self.chart = QChart()
        self.chart.addSeries(self.scheduled_series)
        self.chart.addSeries(self.logged_in_series)
        self.x_axis = QValueAxis()
        self.x_axis.setRange(0, 24)
        self.x_axis.setTickCount(13)
        self.x_axis.setLabelFormat("%d")
        self.x_axis.setTitleText(self.tr("Hour"))
        self.y_axis = QValueAxis()
        self.y_axis.setLabelFormat("%d")
        self.y_axis.setTitleText(self.tr("Agents"))
        self.chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        for s in (self.scheduled_series, self.logged_in_series):
            s.attachAxis(self.x_axis)
            s.attachAxis(self.y_axis)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart_view = QChartView(self.chart, self)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(200)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.chart_view)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.summary_label)
        layout.addWidget(splitter, 1)
        service.plan_ready.connect(self._on_service_plan_ready)

    def _spin(self, value: float, low: float, high: float, suffix: str) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(self)
        spin.setRange(low, high)
        spin.setDecimals(0)
        spin.setValue(value)
        spin.setSuffix(suffix)
        spin.editingFinished.connect(self._on_inputs_changed)
        return spin

    def activate(self) -> None:
        if self.service.plan is None:
            self.run()

    def request(self) -> PlanRequest:
        return PlanRequest(
            day=self.day_edit.date().toString("yyyy-MM-dd"),
            channel=self.channel_combo.currentData(),
            service_level=self.level_spin.value() / 100,
            target_seconds=self.target_spin.value(),
            shrinkage=self.shrinkage_spin.value() / 100,
            overrides=dict(self.overrides),
        )

    def run(self) -> None:
        spawn(self._run(self.request()))

    async def _run(self, request: PlanRequest) -> None:
        self.status_message.emit(
            self.tr("Planning %1…").replace("%1", locale_format.iso_day(request.day))
        )
        try:
            await self.service.run(request)
        except REQUEST_ERRORS as exc:
            self.status_message.emit(self.tr("Could not plan: %1").replace("%1", str(exc)))

    def _on_inputs_changed(self, *_args) -> None:
        self.overrides.clear()  # typed-in figures belong to one day and channel
        self.run()

    def _on_clear_button_clicked(self) -> None:
        self._on_inputs_changed()

    def _on_model_override_edited(self, interval: int, contacts: float, aht: float) -> None:
        self.overrides[interval] = p.StaffingOverride(interval=interval, contacts=contacts, aht=aht)
        self.run()

    def _on_service_plan_ready(self, plan: p.StaffingPlan) -> None:
        self.model.set_plan(plan)
        step = 24 / max(1, len(plan.intervals))
        self.scheduled_series.replace([])
        self.logged_in_series.replace([])
        for k, i in enumerate(plan.intervals):
            self.scheduled_series.append(k * step, i.scheduled)
            if i.logged_in is not None:
                self.logged_in_series.append(k * step, i.logged_in)
        top = max(
            [i.scheduled for i in plan.intervals] + [i.logged_in or 0 for i in plan.intervals] + [1]
        )
        self.y_axis.setRange(0, top + 1)
        peak = max(plan.intervals, key=lambda i: i.scheduled, default=None)
        used = ", ".join(plan.weeks_used) or self.tr("none yet")
        text = self.tr("Peak: %1 agents to schedule from %2. Demand averaged over %3.")
        text = text.replace("%1", str(peak.scheduled if peak else 0))
        text = text.replace("%2", start(peak) if peak else "—").replace("%3", used)
        short = [i for i in plan.intervals if i.logged_in is not None and i.logged_in < i.scheduled]
        if short:
            text += " " + self.tr("Short of agents in %n half hour(s) so far.", "", len(short))
        self.summary_label.setText(text)
        self.status_message.emit(
            self.tr("Planned %1").replace("%1", locale_format.iso_day(plan.day))
        )
