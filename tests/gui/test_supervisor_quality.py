"""Quality evaluation in the supervisor app against a real server: a supervisor finds
yesterday's call, scores it from the keyboard (Ctrl+E, keys 1-5, Ctrl+Enter) after Esc
did not throw the scores away, opens it again to find their scores and replaces them;
the Quality tab lists it with the agent's average, the Reports tab's Quality section
and summary show it; an admin adds a criterion and sets a topic's retention there.
``CC_SCREENSHOTS=docs/images`` saves the dialog and the tab."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlite_utils import Database

from tests.gui.supervisor import signed_in
from tests.gui.test_expert_tray import screenshot
from tests.support.history import Past, add_past, yesterday_at
from tests.support.server import ServerProcess

pytestmark = pytest.mark.gui

YESTERDAY = date.today() - timedelta(days=1)


at = yesterday_at


@pytest.fixture
def server(tmp_path):
    server = ServerProcess(tmp_path / "cc-data")
    server.start()
    server.stop()
    db = Database(server.data_dir / "cc.db")
    add_past(
        db,
        Past("y1", at(9, 5), topic="waste", caller="+48 71 555 0101", recording_seconds=2.0),
        server.data_dir / "recordings",
    )
    db.execute(  # ewa, an expert, was consulted on it: someone else to score
        "INSERT INTO interaction_participants (interaction_id, username, role, joined_at,"
        " left_at) VALUES ('y1', 'ewa', 'consulted', ?, ?)",
        [at(9, 6), at(9, 7)],
    )
    db.conn.commit()
    db.close()
    server.start()
    yield server
    server.stop()


def open_dialog(window, qtbot, by_key: bool = True):
    page = window.conversations_page
    if by_key:
        QTest.keyClick(page.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    else:
        page.score_button.click()
    qtbot.waitUntil(lambda: window.evaluation_dialog is not None, timeout=5000)
    dialog = window.evaluation_dialog
    qtbot.waitUntil(lambda: len(dialog.rows) == 6 and dialog.isVisible(), timeout=10000)
    return dialog


def type_scores(qtbot, dialog, digits: str) -> None:
    dialog.rows[0].setFocus()
    for digit in digits:  # each key scores the focused criterion and moves to the next
        QTest.keyClick(QApplication.focusWidget(), digit)


def stored(server) -> list[tuple]:
    with sqlite3.connect(server.data_dir / "cc.db") as con:
        return con.execute(
            "SELECT interaction_id, agent, evaluator, total, comment FROM evaluations"
        ).fetchall()


def test_score_a_call_see_it_in_quality_and_reports(qloop, arun, qtbot, server):
    window = signed_in(qtbot, arun, server.url)
    window.conversations_view_action.trigger()  # Ctrl+7
    page = window.conversations_page
    page.topic_edit.setText("waste")
    page.caller_edit.setText("0101")
    with qtbot.waitSignal(window.conversations.detail_ready, timeout=10000):
        QTest.keyClick(page.topic_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(page.score_button.isEnabled, timeout=5000)
    page.table.setFocus()

    # closed while its form is on the way: nothing runs on it afterwards
    QTest.keyClick(page.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert window.evaluation_dialog is not None
    window.evaluation_dialog.reject()
    qtbot.waitUntil(lambda: window.evaluation_dialog is None, timeout=3000)
    qtbot.wait(300)  # the cancelled load would have touched the deleted dialog here

    dialog = open_dialog(window, qtbot, by_key=False)
    assert dialog.agent() == "anna" and not dialog.submit_button.isEnabled()
    assert [dialog.agent_box.itemData(k) for k in range(dialog.agent_box.count())] == [
        "anna",
        "ewa",
    ]
    # what is typed for one person stays when switching to the other and back
    type_scores(qtbot, dialog, "22")
    dialog.agent_box.setCurrentIndex(1)
    assert dialog.scores() == {}
    dialog.agent_box.setCurrentIndex(0)
    assert list(dialog.scores().values()) == [2, 2]
    assert [r.criterion.key for r in dialog.rows][0] == "greeting"
    type_scores(qtbot, dialog, "54354")
    assert not dialog.submit_button.isEnabled()  # one criterion left
    QTest.keyClick(QApplication.focusWidget(), "5")
    assert dialog.total() == pytest.approx(33 / 8)  # knowledge and resolution weigh 2
    assert "4.12" in dialog.total_label.text() and dialog.submit_button.isEnabled()
    assert QApplication.focusWidget() is dialog.comment_edit
    QTest.keyClicks(dialog.comment_edit, "Check the bulky-waste dates.")
    screenshot(dialog, "supervisor-evaluation.png")

    # Esc asks before throwing the scores away; Cancel keeps them
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    ask = dialog.findChild(QMessageBox, "discard_question")
    qtbot.waitUntil(lambda: ask is not None and ask.isVisible(), timeout=3000)
    ask.button(QMessageBox.StandardButton.Cancel).click()
    assert dialog.isVisible() and dialog.total() == pytest.approx(33 / 8)

    with qtbot.waitSignal(window.quality.submitted, timeout=10000) as sent:
        QTest.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert sent.args[0].total == pytest.approx(33 / 8)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert stored(server) == [("y1", "anna", "sam", 4.125, "Check the bulky-waste dates.")]
    assert "anna scored 4.12 of 5" in window.statusBar().currentMessage()

    # again: the form holds my scores; a change replaces them
    dialog = open_dialog(window, qtbot, by_key=False)
    qtbot.waitUntil(lambda: dialog.total() is not None, timeout=5000)
    assert dialog.total() == pytest.approx(33 / 8)
    assert "replaces" in dialog.previous_label.text()
    assert dialog.comment_edit.toPlainText() == "Check the bulky-waste dates."
    dialog.rows[2].setFocus()
    QTest.keyClick(dialog.rows[2], "5")  # knowledge 3 -> 5
    with qtbot.waitSignal(window.quality.submitted, timeout=10000):
        dialog.submit_button.click()
    assert [r[3] for r in stored(server)] == [37 / 8]

    # the Quality tab: the evaluation and anna's average; sam does not edit the form
    window.quality_view_action.trigger()  # Ctrl+8
    qpage = window.quality_page
    qtbot.waitUntil(lambda: qpage.evaluations_model.rowCount() == 1, timeout=10000)
    assert qpage.evaluations_model.item(0, 1).text() == "anna"
    assert qpage.evaluations_model.item(0, 3).text() == "4.62"
    assert qpage.averages_model.item(0, 0).text() == "Anna Kowalska"
    qtbot.waitUntil(lambda: qpage.criteria_model.rowCount() == 6, timeout=5000)
    assert qpage.editor.isHidden() and qpage.retention_editor.isHidden()
    qtbot.waitUntil(lambda: qpage.retention_model.rowCount() >= 1, timeout=5000)
    waste = next(
        r for r in range(qpage.retention_model.rowCount())
        if qpage.retention_model.item(r, 0).text() == "waste"
    )  # fmt: skip
    assert qpage.retention_model.item(waste, 3).text() == "1"  # y1's recording
    assert "90 days" in qpage.retention_label.text()
    screenshot(window, "supervisor-quality.png")

    # the Reports tab: yesterday's quality section and the summary's score
    window.reports_view_action.trigger()
    rpage = window.reports_page
    rpage.period_combo.setCurrentIndex(1)  # yesterday
    with qtbot.waitSignal(window.reports.report_ready, timeout=15000) as ready:
        rpage.run()
    assert ready.args[0].quality.evaluations == 1
    assert "quality score 4.62" in rpage.summary_label.text()
    assert rpage.quality_table.model().rowCount() == 2  # anna; waste
    assert [s.at(2) for s in rpage.quality_series.barSets()] == [5.0]  # knowledge
    window.close()

    # an admin adds a criterion and keeps waste recordings 30 days
    admin = signed_in(qtbot, arun, server.url, "admin")
    admin.quality_view_action.trigger()
    qpage = admin.quality_page
    qtbot.waitUntil(lambda: qpage.criteria_model.rowCount() == 6, timeout=10000)
    assert not qpage.editor.isHidden() and not qpage.retention_editor.isHidden()
    qpage.key_edit.setText("plain_language")
    qpage.title_edit.setText("Plain language")
    qpage.weight_spin.setValue(1.5)
    with qtbot.waitSignal(admin.quality.criteria_ready, timeout=5000):
        qpage.save_criterion_button.click()
    assert qpage.criteria_model.rowCount() == 7
    qpage.topic_edit.setText("waste")
    qpage.days_spin.setValue(30)
    with qtbot.waitSignal(admin.quality.retention_ready, timeout=5000) as status:
        qpage.set_retention_button.click()
    waste = next(t for t in status.args[0].topics if t.topic == "waste")
    assert (waste.recording_days, waste.is_default) == (30, False)
    with sqlite3.connect(server.data_dir / "cc.db") as con:
        acts = {a for (a,) in con.execute("SELECT action FROM audit_log WHERE actor = 'admin'")}
    assert any("criterion" in a for a in acts) and any("retention" in a for a in acts), acts
    admin.close()
