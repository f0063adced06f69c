"""The Reports tab against a real `cc-server --demo` (a past week of history): the
figures in the tables and charts are the server's report, a click on a bar or a heatmap
cell lists exactly those conversations, the shown table exports as CSV.
``CC_SCREENSHOTS=docs/images`` saves the tab."""

from __future__ import annotations

import csv
from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from shared import protocol as p
from supervisor_app.reports.presentation import heat, period_dates, seconds, share
from tests.gui.supervisor import signed_in
from tests.gui.test_expert_tray import screenshot
from tests.support.server import ServerProcess

pytestmark = pytest.mark.gui


def test_period_choices_formatting_and_heat():
    assert period_dates("yesterday", date(2026, 3, 1)) == (date(2026, 2, 28),) * 2
    assert period_dates("last_month", date(2026, 1, 15)) == (date(2025, 12, 1), date(2025, 12, 31))
    assert period_dates("this_month", date(2026, 1, 15)) == (date(2026, 1, 1), date(2026, 1, 15))
    assert period_dates("last_7_days", date(2026, 1, 3)) == (date(2025, 12, 28), date(2026, 1, 3))
    assert (share(None), share(0.8881), seconds(None), seconds(187.4), seconds(3725)) == (
        "—",
        "88.8 %",
        "—",
        "3:07",
        "1:02:05",
    )
    assert heat(0, 10) == (255, 255, 255) and heat(10, 10) == (255, 115, 20)
    assert heat(5, 0) == (255, 255, 255)


@pytest.fixture
def cc_server(tmp_path):
    """`cc-server --demo` as `make demo` runs it: with the past week of history."""
    server = ServerProcess(tmp_path / "cc-data", demo_history=True)
    server.start()
    yield server
    server.stop()


def test_reports_tab_shows_the_servers_figures_and_drills_down(
    qloop, arun, qtbot, cc_server, tmp_path
):
    window = signed_in(qtbot, arun, cc_server.url, size=(1400, 900))
    page = window.reports_page
    with qtbot.waitSignal(window.reports.report_ready, timeout=30000) as ready:
        window.reports_view_action.trigger()  # Ctrl+5: the last 7 days at once
    report: p.ReportResult = ready.args[0]
    first, last = period_dates("last_7_days", date.today())
    assert (report.settings.date_from, report.settings.date_to) == (str(first), str(last))
    assert report.totals.offered > 50  # the demo's past week
    assert "offered" in page.summary_label.text()

    model = page.by_topic.model
    assert [r.topic for r in model.rows] == [r.topic for r in report.by_topic]
    offered = model.headers().index("Offered")
    level = model.headers().index("Service level")
    for k, row in enumerate(report.by_topic):
        assert model.text(k, offered) == str(row.figures.offered)
        assert model.text(k, level) == share(row.figures.service_level)
        assert page.topic_series.barSets()[0].at(k) == row.figures.offered
    assert page.offered_series.count() == 48
    assert sum(pt.y() for pt in page.offered_series.points()) == report.totals.offered
    screenshot(window, "supervisor-reports.png")

    # a click on the first topic's bar lists exactly its conversations
    top = report.by_topic[0]
    with qtbot.waitSignal(window.conversations.results_ready, timeout=10000) as found:
        page.topic_series.clicked.emit(0, page.topic_series.barSets()[0])
    assert window.tabs.currentWidget() is window.conversations_page
    assert found.args[0].total == top.figures.offered
    assert {r.topic for r in found.args[0].rows} == {top.topic}

    # a heatmap cell: a real mouse click in the middle of the busiest cell
    window.reports_view_action.trigger()
    page.sections.setCurrentWidget(page.hour_weekday)
    cell = max(report.hour_weekday, key=lambda r: r.figures.offered)
    qtbot.waitUntil(page.heatmap.isVisible)
    w = (page.heatmap.width() - 40) / 24
    h = (page.heatmap.height() - 18) / 7
    where = QPoint(int(40 + (cell.hour + 0.5) * w), int(18 + (cell.weekday + 0.5) * h))
    assert page.heatmap.cell_at(where.x(), where.y()) == (cell.weekday, cell.hour)
    with qtbot.waitSignal(window.conversations.results_ready, timeout=10000) as found:
        QTest.mouseClick(page.heatmap, Qt.MouseButton.LeftButton, pos=where)
    assert found.args[0].total == cell.figures.offered

    # CSV of the shown section (by agent)
    window.reports_view_action.trigger()
    page.sections.setCurrentWidget(page.by_agent)
    page.export_csv(tmp_path / "agents.csv")
    with open(tmp_path / "agents.csv", encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    assert rows[0][:2] == ["Agent", "Offered"] and len(rows) == len(report.by_agent) + 1
    assert sorted(r[1] for r in rows[1:]) == sorted(str(a.figures.offered) for a in report.by_agent)
    window.close()
