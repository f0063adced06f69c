"""The Conversations tab against a real server with yesterday's history: find a call
about a topic, read a chat found by a word of it, tag, page, export a transcript, and
the Reports tab's drill-down. (Playing a real call's recording:
tests/gui/test_agent_calls.py.) ``CC_SCREENSHOTS=docs/images`` saves the tab."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlite_utils import Database

from supervisor_app.conversations.page import Drilldown
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
    past = [
        Past("y1", at(9, 5), topic="waste", caller="+48 71 555 0101", recording_seconds=4.0),
        Past(
            "y2",
            at(10, 30),
            channel="chat",
            topic="transport",
            citizen_name="Zofia",
            messages=[
                ("citizen", "Czy tramwaj 14 jeździ przez Rynek?"),
                ("agent", "Tak, od jutra znowu."),
            ],
        ),
    ] + [Past(f"z{k}", at(12, k), topic="zz test topic", agent="bartek") for k in range(55)]
    db = Database(server.data_dir / "cc.db")
    for c in past:
        add_past(db, c, server.data_dir / "recordings")
    db.conn.commit()
    db.close()
    server.start()
    yield server
    server.stop()


def test_find_read_tag_page_export_and_drill_down(qloop, arun, qtbot, server, tmp_path):
    window = signed_in(qtbot, arun, server.url, size=(1300, 850))
    window.conversations_view_action.trigger()  # Ctrl+7
    page = window.conversations_page

    # yesterday's call about waste from a number (the demo's own history is there too)
    page.topic_edit.setText("waste")
    page.caller_edit.setText("71 555 0101")
    with qtbot.waitSignal(window.conversations.results_ready, timeout=10000):
        QTest.keyClick(page.topic_edit, Qt.Key.Key_Return)
    assert [r.id for r in page.model.rows] == ["y1"]
    qtbot.waitUntil(lambda: page.player.waveform.seconds > 0, timeout=10000)
    assert page.detail_stack.currentWidget() is page.player
    assert abs(page.player.waveform.seconds - 4.0) < 0.01
    screenshot(window, "supervisor-conversations.png")

    # a chat found by a word of it, accents ignored; its transcript shown
    page.topic_edit.clear()
    page.caller_edit.clear()
    page.text_edit.setText("jezdzi")
    with qtbot.waitSignal(window.conversations.detail_ready, timeout=10000):
        QTest.keyClick(page.text_edit, Qt.Key.Key_Return)
    assert [r.id for r in page.model.rows] == ["y2"]
    assert page.detail_stack.currentWidget() is page.transcript
    assert "Czy tramwaj 14" in page.transcript.toPlainText()

    # tags: saved, then found by tag
    qtbot.waitUntil(page.tags_edit.isEnabled)
    page.tags_edit.setText("coaching, tram 14")
    with qtbot.waitSignal(window.conversations.detail_ready, timeout=10000):
        QTest.keyClick(page.tags_edit, Qt.Key.Key_Return)
    assert page.model.rows[0].tags == ["transport", "coaching", "tram 14"]
    page.export(tmp_path / "chat.txt")
    qtbot.waitUntil(lambda: (tmp_path / "chat.txt").exists(), timeout=5000)
    assert (
        "Zofia" in (tmp_path / "chat.txt").read_text()
        or "Citizen" in (tmp_path / "chat.txt").read_text()
    )

    # paging: 55 conversations yesterday about zz test topic, 50 a page
    page.text_edit.clear()
    page.topic_edit.setText("zz test topic")
    with qtbot.waitSignal(window.conversations.results_ready, timeout=10000):
        page.search()
    assert len(page.model.rows) == 50 and page.more_button.isVisible()
    with qtbot.waitSignal(window.conversations.results_ready, timeout=10000):
        page.more_button.click()
    assert len(page.model.rows) == 55 and not page.more_button.isVisible()

    # the Reports tab's drill-down: zz test topic at noon on yesterday's weekday
    day = YESTERDAY.isoformat()
    with qtbot.waitSignal(window.conversations.results_ready, timeout=10000) as found:
        page.show_drilldown(
            Drilldown(day, day, topic="zz test topic", hour_of_day=12, weekday=YESTERDAY.weekday())
        )
    assert found.args[0].total == 55
    with qtbot.waitSignal(window.conversations.results_ready, timeout=10000) as found:
        page.show_drilldown(Drilldown(day, day, topic="zz test topic", hour_of_day=13))
    assert found.args[0].total == 0

    con = sqlite3.connect(server.data_dir / "cc.db")
    acts = {a for (a,) in con.execute("SELECT action FROM audit_log WHERE actor = 'sam'")}
    assert {
        "conversation_search",
        "conversation_view",
        "conversation_tags",
        "recording_play",
        "conversation_export",
    } <= acts
    window.close()
