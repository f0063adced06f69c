"""The supervisor's wallboard without a server: the grid's fixes (each "today" of issue 9
first failed here), today's figures, wall mode, alerts and the stale look."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QEnterEvent
from PySide6.QtWidgets import QApplication

from shared import protocol as p
from softphone.client_service import ClientService
from supervisor_app.agent_model import USERNAME_ROLE, AgentModel
from supervisor_app.alerts import AlertTracker, level_of_service_level, level_of_wait
from supervisor_app.queue_model import QueueColumn
from supervisor_app.window import SupervisorWindow

pytestmark = pytest.mark.gui

NOW = 1_800_000_000.0
SETTINGS = p.WallboardSettings(
    service_level_seconds=20,
    short_abandon_seconds=5,
    wait_amber=60,
    wait_red=180,
    service_level_amber=0.8,
    service_level_red=0.7,
    timezone="local",
)


def agent(name, presence="available", *, ready=None, handling=(), interactions=None):
    return p.AgentStatus(
        username=name,
        display_name=name.title(),
        role="agent",
        presence=presence,
        since=NOW,
        connected=True,
        interactions=interactions
        if interactions is not None
        else [h.interaction_id for h in handling],
        handling=list(handling),
        ready=presence == "available" if ready is None else ready,
    )


def queue(topic, waiting=0, oldest=None, available=1, today=None):
    return p.QueueStatus(
        topic=topic,
        name=topic.title(),
        waiting=waiting,
        oldest_since=oldest,
        agents_available=available,
        agents_logged_in=2,
        today=today or p.DayFigures(),
    )


def screenshot(widget, name: str) -> None:
    folder = os.environ.get("CC_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        assert widget.grab().save(str(Path(folder) / name))


@pytest.fixture
def window(qloop, qtbot):
    service = ClientService()
    win = SupervisorWindow(service)
    win._clock_now = lambda: NOW
    win.queue_model._clock = win.agent_model._clock = lambda: NOW
    qtbot.addWidget(win)
    win.resize(1200, 760)
    win.show()
    return win


def row_names(window) -> list[str]:
    proxy = window.agent_proxy
    return [proxy.index(r, 0).data(USERNAME_ROLE) for r in range(proxy.rowCount())]


# --------------------------------------------------------------------------- the grid


def test_the_grid_names_the_citizen_topic_and_time_never_an_internal_id(qapp):
    model = AgentModel(clock=lambda: NOW)
    handling = p.HandlingInfo(
        interaction_id="4e35a0c2-9f1b-4c5e-8a77-0d2f1e6b9c11",
        channel="chat",
        topic="Waste collection",
        citizen_name="Jan Nowak",
        since=NOW - 65,
    )
    model.reset([agent("anna", "busy", handling=[handling])])
    tip = model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "4e35" not in tip  # today: "Handling: 4e35a0c2-…"
    assert "Jan Nowak" in tip and "Waste collection" in tip and "1:05" in tip
    # an interaction the server told nothing about yet shows as such, not as its id
    model.upsert(agent("anna", "busy", interactions=["4e35a0c2"]))
    assert "4e35" not in model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)


def test_the_ready_tile_and_the_queue_column_mean_the_same(window):
    # bartek is busy with one chat and has room for more: the routing would offer him one
    window.agent_model.reset([agent("anna"), agent("bartek", "busy", ready=True)])
    window.queue_model.reset([queue("waste", available=2)])
    window._refresh_wallboard()
    assert window.wallboard.value("available") == "2"  # today: 1 (presence == available)
    caption = window.wallboard.tiles["available"].caption_label.text()
    header = window.queue_model.headerData(
        QueueColumn.AVAILABLE, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole
    )
    assert caption.casefold() == header.casefold()


def test_the_grid_does_not_resort_under_the_mouse_with_a_row_selected(window, qtbot):
    window.agent_model.reset([agent("anna"), agent("bartek", "not_ready")])
    assert row_names(window) == ["anna", "bartek"]
    window.select_agent("anna")
    viewport = window.agent_view.viewport()
    QApplication.sendEvent(viewport, QEnterEvent(QPointF(5, 5), QPointF(5, 5), QPointF(5, 5)))
    window.agent_model.upsert(agent("anna", "not_ready"))
    window.agent_model.upsert(agent("bartek", "available"))
    assert row_names(window) == ["anna", "bartek"]  # today: re-sorted under the mouse
    QApplication.sendEvent(viewport, QEvent(QEvent.Type.Leave))
    assert row_names(window) == ["bartek", "anna"]  # sorted once the mouse left
    assert window.selected_agent().username == "anna"


def test_the_grid_does_not_resort_while_its_context_menu_is_open(window, qtbot):
    window.agent_model.reset([agent("anna"), agent("bartek", "not_ready")])
    rect = window.agent_view.visualRect(window.agent_proxy.index(0, 0))
    window._on_agent_view_context_menu(rect.center())
    menu = window.context_menu
    qtbot.waitUntil(menu.isVisible)
    window.agent_model.upsert(agent("anna", "not_ready"))
    window.agent_model.upsert(agent("bartek", "available"))
    assert row_names(window) == ["anna", "bartek"]
    menu.close()
    qtbot.waitUntil(lambda: row_names(window) == ["bartek", "anna"])


# --------------------------------------------------------------------------- figures


def test_todays_figures_show_per_centre_and_per_queue(window):
    today = p.DayFigures(
        day="2024-03-05",
        answered=3,
        answered_in_threshold=2,
        abandoned=2,
        abandoned_short=1,
        service_level=0.5,
        abandonment_rate=0.25,
        average_speed_of_answer=18.3,
        average_handle_time=125,
        handled=1,
    )
    window.queue_model.reset([queue("waste", today=today)])
    window.apply_centre(p.CentreStatus(today=today), SETTINGS)
    assert window.wallboard.value("service_level") == "50 %"
    assert window.wallboard.value("abandonment") == "25 %"
    assert window.wallboard.value("asa") == "0:18"
    assert window.wallboard.value("aht") == "2:05"
    cells = {
        column: window.queue_model.index(0, column).data(Qt.ItemDataRole.DisplayRole)
        for column in (QueueColumn.SERVICE_LEVEL, QueueColumn.ABANDONED, QueueColumn.ASA)
    }
    assert cells == {QueueColumn.SERVICE_LEVEL: "50 %", QueueColumn.ABANDONED: "25 %",
                     QueueColumn.ASA: "0:18"}  # fmt: skip
    assert window.wallboard.tiles["service_level"].alert == "red"


def test_levels_and_alerts_once_per_crossing():
    assert level_of_wait(None, SETTINGS) == "green"
    assert level_of_wait(59, SETTINGS) == "green"
    assert level_of_wait(60, SETTINGS) == "amber"
    assert level_of_wait(180, SETTINGS) == "red"
    assert level_of_service_level(None, SETTINGS) == "green"
    assert level_of_service_level(0.79, SETTINGS) == "amber"
    assert level_of_service_level(0.69, SETTINGS) == "red"
    alerts = AlertTracker()
    assert alerts.crossed("wait:centre", "amber") is False
    assert alerts.crossed("wait:centre", "red") is True
    assert alerts.crossed("wait:centre", "red") is False  # every second: still once
    assert alerts.crossed("wait:centre", "amber") is False
    assert alerts.crossed("wait:centre", "red") is True  # a new crossing
    assert alerts.crossed("sl:waste", "red") is True  # each figure on its own


def test_an_alert_is_raised_once_when_the_longest_wait_turns_red(window, qtbot):
    window._on_snapshot_fresh()
    window.apply_centre(p.CentreStatus(), SETTINGS)
    raised = []
    window.alert_raised.connect(raised.append)
    window.queue_model.reset([queue("waste", waiting=1, oldest=NOW - 200)])
    for _ in range(3):
        window._on_clock_timeout()
    assert len(raised) == 1 and "Waste" in raised[0]
    assert window.wallboard.tiles["longest_wait"].alert == "red"


def test_wall_mode_is_full_screen_with_large_figures(window, qtbot):
    window._on_snapshot_fresh()
    window.queue_model.reset([queue("waste", waiting=4, oldest=NOW - 70)])
    window.apply_centre(
        p.CentreStatus(
            waiting=4,
            oldest_since=NOW - 70,
            today=p.DayFigures(
                service_level=0.92, abandonment_rate=0.04, average_speed_of_answer=14.0
            ),
        ),
        SETTINGS,
    )
    assert {s.toString() for s in window.wall_mode_action.shortcuts()} == {"F11", "Ctrl+Shift+F"}
    window.wall_mode_action.trigger()
    wall = window.wall
    qtbot.waitUntil(wall.isVisible)
    assert wall.windowState() & Qt.WindowState.WindowFullScreen
    assert wall.value("waiting") == "4"
    assert wall.value("service_level") == "92 %"
    assert wall.tiles["service_level"].alert == "green"
    assert wall.tiles["longest_wait"].alert == "amber"
    assert wall.tiles["waiting"].value_label.font().pointSizeF() > (
        window.wallboard.tiles["waiting"].value_label.font().pointSizeF() * 2
    )
    wall.resize(1280, 720)
    screenshot(wall, "supervisor-wall-mode.png")
    window.wall_mode_action.trigger()
    qtbot.waitUntil(lambda: not wall.isVisible())


def test_the_whole_window_looks_stale_while_reconnecting(window, qtbot):
    window._show_connection(False)
    assert window.stale_since is not None
    assert not window.live_page.isEnabled()  # greyed: tiles, queues and grid alike
    assert window.wallboard.stale_label.isVisible()
    assert window.wallboard.stale_label.text().startswith("Stale since ")
    window._show_connection(True)
    assert window.stale_since is not None  # until the fresh snapshot is in
    window._on_snapshot_fresh()
    assert window.stale_since is None and window.live_page.isEnabled()
    assert not window.wallboard.stale_label.isVisible()
