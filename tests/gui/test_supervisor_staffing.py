"""The Staffing page against a real server whose history has four weeks of the same
weekday: the plan by Erlang C, a typed-in figure recomputed, today's logged-in agents.

``CC_SCREENSHOTS=docs/images`` saves the page as docs/reports.md shows it.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest

from shared import protocol as p
from supervisor_app.staffing.model import Column
from tests.gui.supervisor import signed_in
from tests.gui.test_expert_tray import screenshot
from tests.support.bots import staff
from tests.support.server import ServerProcess

pytestmark = pytest.mark.gui


def seed_history(db_path, day: date) -> None:
    """100 calls between 09:00 and 09:30 on each of the four same weekdays before ``day``,
    each answered after 10 s and closed 180 s later (the issue's known load)."""
    with closing(sqlite3.connect(db_path)) as db, db:
        n = 0
        for weeks in range(1, 5):
            nine = datetime.combine(day - timedelta(weeks=weeks), time(9)).timestamp()
            for k in range(100):
                n += 1
                arrived = nine + k * 18
                db.execute(
                    "INSERT INTO interactions (id, channel, topic, citizen_token, state, agent,"
                    " created_at, updated_at, closed_at) VALUES (?, 'voice', 'waste', 't',"
                    " 'closed', 'anna', ?, ?, ?)",
                    [f"h{n}", arrived, arrived + 190, arrived + 190],
                )
                db.executemany(
                    "INSERT INTO interaction_events (interaction_id, ts, state, agent)"
                    " VALUES (?, ?, ?, 'anna')",
                    [
                        (f"h{n}", arrived, "queued"),
                        (f"h{n}", arrived + 10, "active"),
                        (f"h{n}", arrived + 190, "closed"),
                    ],
                )


@pytest.fixture
def server(tmp_path):
    server = ServerProcess(tmp_path / "cc-data")  # the demo's staff, no past week
    server.start()  # creates the schema and the staff
    server.stop()
    seed_history(server.data_dir / "cc.db", date.today() + timedelta(days=1))
    server.start()
    yield server
    server.stop()


def test_a_supervisor_plans_tomorrow_types_in_a_figure_and_sees_todays_gap(
    qloop, arun, qtbot, server
):
    window = signed_in(qtbot, arun, server.url, size=(1200, 800))
    page = window.staffing_page
    with qtbot.waitSignal(window.staffing.plan_ready, timeout=10000) as ready:
        window.staffing_view_action.trigger()  # Ctrl+6: the page plans tomorrow at once
    assert window.tabs.currentWidget() is page
    plan: p.StaffingPlan = ready.args[0]
    assert plan.day == (date.today() + timedelta(days=1)).isoformat()
    assert len(plan.weeks_used) == 4
    model = page.model
    cell = lambda row, col: model.data(model.index(row, col))  # noqa: E731
    assert [cell(18, c) for c in (Column.START, Column.CONTACTS, Column.AHT, Column.NEEDED)] == [
        "09:00",
        "100.0",
        "3:00",
        "14",
    ]
    assert cell(18, Column.SERVICE_LEVEL) == "88.8 %" and cell(18, Column.P_WAIT) == "17.4 %"
    assert cell(18, Column.ASA) == "7.8 s" and cell(18, Column.LOGGED_IN) == ""
    assert page.scheduled_series.count() == 48 and page.scheduled_series.at(18).y() == 14
    assert "Peak: 14 agents to schedule from 09:00" in page.summary_label.text()

    # 30 % shrinkage: 14 on the phones means 20 on the rota
    page.shrinkage_spin.setValue(30)
    with qtbot.waitSignal(window.staffing.plan_ready, timeout=10000):
        page.shrinkage_spin.editingFinished.emit()
    assert cell(18, Column.SCHEDULED) == "20"

    # typed in: 200 contacts at 10:00, the history's handle time (180 s): 20 Erlangs → 24
    page.table.setFocus()
    page.table.setCurrentIndex(model.index(20, Column.CONTACTS))
    with qtbot.waitSignal(window.staffing.plan_ready, timeout=10000):
        QTest.keyClick(page.table, Qt.Key.Key_2)  # typing opens the editor
        editor = page.table.focusWidget()
        assert editor is not page.table
        QTest.keyClicks(editor, "00")
        QTest.keyClick(editor, Qt.Key.Key_Return)
    assert cell(20, Column.CONTACTS) == "200.0" and cell(20, Column.NEEDED) == "24"
    assert model.data(model.index(20, Column.CONTACTS), Qt.ItemDataRole.FontRole).italic()
    screenshot(window, "supervisor-staffing.png")

    # today: an agent logs in, and the interval under way shows one logged in
    agent, _ = arun(staff(server.url, "anna"))
    arun(agent.request(p.SetPresence(id=0, state="available")))
    with qtbot.waitSignal(window.staffing.plan_ready, timeout=10000):
        page.day_edit.setDate(QDate.currentDate())
    now = datetime.now()
    slot = (now.hour * 60 + now.minute) // 30
    assert int(cell(slot, Column.LOGGED_IN)) >= 1
    assert cell(slot + 1, Column.LOGGED_IN) == "" if slot < 47 else True
    assert not page.overrides  # another day: the typed-in figures are gone
    arun(agent.close())
