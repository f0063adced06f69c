"""The supervisor window against a real routing server with the demo data.

Agents and citizens are ``shared.client.Client`` bots on the same qasync loop (``qloop``);
the tests wait with ``qtbot.waitSignal``/``waitUntil`` and ``arun``, never sleep. The
window must render what the server pushes: a spy on the service proves it sends no
request but the subscribe (no polling).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from shared import protocol as p
from softphone.client_service import ClientService
from supervisor_app.agent_model import AgentColumn
from supervisor_app.dialogs import ForceNotReadyDialog, ForceOfflineBox
from supervisor_app.main import SupervisorApp, parse_args
from supervisor_app.queue_model import QueueColumn
from supervisor_app.window import SupervisorWindow
from tests.support.bots import available, citizen, staff

pytestmark = pytest.mark.gui

DEMO_STAFF = {
    *("anna", "bartek", "celina", "dawid", "grzegorz", "hanna", "sylwia"),
    *("ewa", "filip", "iga", "jakub", "kasia", "leon", "marta"),
}


class RequestSpy:
    """Wraps ``service.request`` and records the type of everything the window sends."""

    def __init__(self, service: ClientService) -> None:
        self.sent: list[type] = []
        self._request = service.request
        service.request = self

    async def __call__(self, msg):
        self.sent.append(type(msg))
        return await self._request(msg)


@pytest.fixture
def supervisor(qloop, arun, qtbot, cc_server):
    """Sam's window, created before login (so it subscribes on logged_in), on screen."""
    service = ClientService(client_name="test-supervisor")
    spy = RequestSpy(service)
    window = SupervisorWindow(service)
    window.spy = spy
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.snapshot_applied, timeout=5000):
        arun(service.login(cc_server.url, "sam", "demo"))
    yield window
    arun(service.logout())


@pytest.fixture
def bots(arun):
    """Open clients (agents, citizens), closed at the end of the test."""
    clients = []

    def track(pair):
        clients.append(pair[0])
        return pair

    yield track
    for client in clients:
        arun(client.close())


def cell(window: SupervisorWindow, username: str, column: AgentColumn) -> str:
    """The text the supervisor sees in ``username``'s row (through the sort/filter proxy)."""
    row = window.agent_model.row_of(username)
    source = window.agent_model.index(row, column)
    return window.agent_proxy.mapFromSource(source).data(Qt.ItemDataRole.DisplayRole)


def queue_cell(window: SupervisorWindow, topic: str, column: QueueColumn) -> str | None:
    model = window.queue_model
    for row in range(model.rowCount()):
        if model.queues()[row].topic == topic:
            source = model.index(row, column)
            return window.queue_proxy.mapFromSource(source).data(Qt.ItemDataRole.DisplayRole)
    return None


# --------------------------------------------------------------------------- tests


def test_grid_shows_the_demo_agents_after_subscribe(supervisor):
    window = supervisor
    assert window.windowTitle() == "City Contact Centre — Supervisor"
    assert {a.username for a in window.agent_model.agents()} == DEMO_STAFF
    assert window.agent_proxy.rowCount() == len(DEMO_STAFF)
    assert cell(window, "anna", AgentColumn.NAME) == "Anna Kowalska"
    assert cell(window, "ewa", AgentColumn.ROLE) == "Expert"
    assert cell(window, "anna", AgentColumn.PRESENCE) == "Offline"
    assert cell(window, "anna", AgentColumn.CONNECTED) == "No"
    # the six topics' queues, and the second line of each of their six departments
    assert window.queue_proxy.rowCount() == 12
    assert queue_cell(window, "waste", QueueColumn.TOPIC) == "Waste collection"
    assert queue_cell(window, "dept:Finance", QueueColumn.TOPIC) == "Finance (second line)"
    assert queue_cell(window, "waste", QueueColumn.WAITING) == "0"
    assert window.wallboard.value("waiting") == "0"
    assert window.wallboard.value("logged_in") == "0"
    assert window.connection_label.text() == "Connected"
    assert window.spy.sent == [p.Subscribe]


def test_agent_presence_change_updates_the_row_without_polling(
    supervisor, arun, qtbot, cc_server, bots
):
    window = supervisor
    anna, _ = bots(arun(staff(cc_server.url, "anna")))
    qtbot.waitUntil(lambda: cell(window, "anna", AgentColumn.CONNECTED) == "Yes")
    assert window.wallboard.value("logged_in") == "0"  # connected, but chose offline

    arun(available(anna))
    qtbot.waitUntil(lambda: cell(window, "anna", AgentColumn.PRESENCE) == "Available")
    assert window.wallboard.value("available") == "1"
    assert window.wallboard.value("logged_in") == "1"
    assert cell(window, "anna", AgentColumn.TIME) in ("0:00", "0:01")

    arun(anna.request(p.SetPresence(id=0, state="not_ready", reason="Lunch")))
    qtbot.waitUntil(lambda: cell(window, "anna", AgentColumn.PRESENCE) == "Not ready")
    assert cell(window, "anna", AgentColumn.REASON) == "Lunch"
    assert window.wallboard.value("available") == "0"
    assert window.wallboard.value("not_ready") == "1"
    assert window.spy.sent == [p.Subscribe]  # pushed, never polled


def test_waiting_citizen_shows_in_queue_table_and_wallboard(
    supervisor, arun, qtbot, cc_server, bots
):
    window = supervisor
    cit, _ = bots(arun(citizen(cc_server.url)))
    started = arun(
        cit.request(
            p.StartChat(
                id=0, topic="waste", name="Jan Malinowski", text="Where can I leave an old sofa?"
            )
        )
    )
    qtbot.waitUntil(lambda: queue_cell(window, "waste", QueueColumn.WAITING) == "1")
    assert window.wallboard.value("waiting") == "1"
    assert queue_cell(window, "waste", QueueColumn.LONGEST) in ("0:00", "0:01")
    # The longest wait ticks on the window's clock, with no new event from the server.
    qtbot.waitUntil(
        lambda: window.wallboard.value("longest_wait") not in ("—", "0:00"), timeout=3000
    )
    # (Both follow the same clock; read them again if a second boundary fell between.)
    qtbot.waitUntil(
        lambda: (
            queue_cell(window, "waste", QueueColumn.LONGEST)
            == window.wallboard.value("longest_wait")
        ),
        timeout=2000,
    )
    # Nobody with the skill is available: the tile says so.
    assert window.wallboard.value("available") == "0"

    window.only_waiting_check.setChecked(True)
    assert window.queue_proxy.rowCount() == 1
    window.only_waiting_check.setChecked(False)

    iid = started.interaction.id
    arun(cit.request(p.CloseInteraction(id=0, interaction_id=iid, reason="gave up")))
    qtbot.waitUntil(lambda: queue_cell(window, "waste", QueueColumn.WAITING) == "0")
    assert window.wallboard.value("waiting") == "0"
    assert window.wallboard.value("longest_wait") == "—"
    assert window.spy.sent == [p.Subscribe]


def test_force_not_ready_from_the_window_reaches_the_agent(
    supervisor, arun, qtbot, cc_server, bots
):
    window = supervisor
    anna, events = bots(arun(staff(cc_server.url, "anna")))
    arun(available(anna))
    qtbot.waitUntil(lambda: cell(window, "anna", AgentColumn.PRESENCE) == "Available")

    assert window.select_agent("anna")
    assert window.force_not_ready_action.isEnabled()
    window.force_not_ready_action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, ForceNotReadyDialog) and dialog.isVisible()
    dialog.set_reason("Team meeting in room 2")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )

    changed = arun(events.next(p.PresenceChanged, lambda e: e.presence == "not_ready"))
    assert changed.reason == "Team meeting in room 2"
    assert changed.by == "sam"
    qtbot.waitUntil(lambda: cell(window, "anna", AgentColumn.REASON) == "Team meeting in room 2")
    assert cell(window, "anna", AgentColumn.PRESENCE) == "Not ready"
    qtbot.waitUntil(lambda: "Anna Kowalska" in window.statusBar().currentMessage())


def test_force_offline_asks_first(supervisor, arun, qtbot, cc_server, bots):
    window = supervisor
    bartek, events = bots(arun(staff(cc_server.url, "bartek")))
    arun(available(bartek))
    arun(events.next(p.PresenceChanged, lambda e: e.presence == "available"))
    qtbot.waitUntil(lambda: cell(window, "bartek", AgentColumn.PRESENCE) == "Available")
    window.select_agent("bartek")

    window.force_offline_action.trigger()
    box = window.dialog
    assert isinstance(box, ForceOfflineBox)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert window.dialog is None

    window.force_offline_action.trigger()
    with qtbot.waitSignal(window.presence_forced, timeout=5000) as forced:
        qtbot.mouseClick(
            window.dialog.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton
        )
    assert forced.args == ["bartek", "offline"]
    changed = arun(events.next(p.PresenceChanged, lambda e: e.presence == "offline"))
    assert changed.by == "sam"
    # Only the confirmed one reached the server.
    assert window.spy.sent == [p.Subscribe, p.ForcePresence]
    qtbot.waitUntil(lambda: not window.force_offline_action.isEnabled())


def test_resubscribes_after_the_server_restarts(supervisor, qtbot, cc_server):
    window = supervisor
    with qtbot.waitSignal(
        window.service.connection_changed, timeout=5000, check_params_cb=lambda up: not up
    ):
        cc_server.kill()
    assert window.connection_label.text() != "Connected"
    cc_server.start()
    with qtbot.waitSignal(window.snapshot_applied, timeout=8000):
        pass
    assert window.connection_label.text() == "Connected"
    assert {a.username for a in window.agent_model.agents()} == DEMO_STAFF
    assert window.spy.sent == [p.Subscribe, p.Subscribe]


def test_filter_and_sort_the_grid(supervisor, qtbot):
    window = supervisor
    window.filter_edit.setText("wiś")
    assert window.agent_proxy.rowCount() == 1
    assert cell(window, "celina", AgentColumn.NAME) == "Celina Wiśniewska"
    window.filter_edit.clear()
    window.role_filter.setCurrentIndex(window.role_filter.findText("Experts"))
    assert window.agent_proxy.rowCount() == 7  # the demo's experts in six departments
    window.role_filter.setCurrentIndex(0)
    window.agent_view.sortByColumn(AgentColumn.NAME, Qt.SortOrder.AscendingOrder)
    first = window.agent_proxy.index(0, AgentColumn.NAME).data()
    assert first == "Anna Kowalska"


def test_main_signs_in_from_flags_and_refuses_agents(qloop, arun, qtbot, cc_server):
    # no softphone: this test process has its SIP engine already (one per process)
    args = parse_args(
        ["--server", cc_server.url, "--user", "anna", "--password", "demo", "--no-phone"]
    )
    app = SupervisorApp(args)
    app.start()
    qtbot.waitUntil(lambda: app.dialog is not None and app.dialog.error_label.isVisible())
    assert "not a supervisor" in app.dialog.error_label.text()
    assert app.window is None

    app.dialog.password_edit.setText("demo")
    app.dialog.user_edit.setText("sam")
    app.dialog.sign_in_button.click()
    qtbot.waitUntil(lambda: app.window is not None and app.window.isVisible())
    qtbot.addWidget(app.window)
    qtbot.waitUntil(lambda: app.window.agent_model.rowCount() == len(DEMO_STAFF))
    app.window.close()
    qtbot.waitUntil(app.finished.done)
    assert app.finished.result() == 0
    arun(app.service.logout())


def test_force_available_log_out_and_the_timeline_from_the_window(
    supervisor, arun, qtbot, cc_server, bots
):
    window = supervisor
    anna, events = bots(arun(staff(cc_server.url, "anna")))
    arun(anna.request(p.SetPresence(id=0, state="not_ready", reason="Lunch")))
    qtbot.waitUntil(lambda: cell(window, "anna", AgentColumn.PRESENCE) == "Not ready")
    assert window.select_agent("anna")
    window.force_available_action.trigger()
    assert arun(events.next(p.PresenceChanged, lambda e: e.presence == "available")).by == "sam"
    qtbot.waitUntil(lambda: window.wallboard.value("available") != "0")

    with qtbot.waitSignal(window.timeline_shown, timeout=5000) as shown:
        window.timeline_action.trigger()
    dialog = shown.args[0]
    kinds = [(s.presence, s.reason) for s in dialog.bar.timeline.segments]
    assert kinds[-2:] == [("not_ready", "Lunch"), ("available", "")]
    assert "Lunch" in dialog.list_label.text()
    dialog.close()

    window.log_out_agent_action.trigger()
    box = window.dialog
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: cell(window, "anna", AgentColumn.CONNECTED) == "No", timeout=8000)
    assert cell(window, "anna", AgentColumn.PRESENCE) == "Offline"
    qtbot.waitUntil(lambda: anna.signed_out == p.SIGNED_OUT_BY_SUPERVISOR)
