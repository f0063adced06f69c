"""The supervisor's models, wallboard figures and subscribe ordering, without a server."""

from __future__ import annotations

import msgspec
import pytest
from PySide6.QtCore import Qt

from shared import protocol as p
from softphone.client_service import ClientService
from supervisor_app.agent_model import SORT_ROLE, AgentColumn, AgentModel
from supervisor_app.presentation import format_duration
from supervisor_app.queue_model import QueueColumn, QueueModel
from supervisor_app.wallboard import Figures
from supervisor_app.window import SupervisorWindow

pytestmark = pytest.mark.gui

NOW = 1_800_000_000.0


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> float:
        return self.now


def agent(
    name: str,
    presence: str = "available",
    *,
    since: float = NOW,
    role: str = "agent",
    reason: str = "",
    interactions: list[str] | None = None,
    connected: bool = True,
) -> p.AgentStatus:
    return p.AgentStatus(
        username=name,
        display_name=name.title(),
        role=role,
        presence=presence,
        reason=reason,
        since=since,
        connected=connected,
        interactions=interactions or [],
    )


def queue(topic: str, waiting: int = 0, oldest: float | None = None) -> p.QueueStatus:
    return p.QueueStatus(
        topic=topic,
        name=topic.title(),
        waiting=waiting,
        oldest_since=oldest,
        agents_available=1,
        agents_logged_in=2,
    )


def text(model, row: int, column: int) -> str:
    return model.index(row, column).data(Qt.ItemDataRole.DisplayRole)


def test_format_duration():
    assert format_duration(None) == "—"
    assert format_duration(-3) == "0:00"
    assert format_duration(7.9) == "0:07"
    assert format_duration(750) == "12:30"
    assert format_duration(3723) == "1:02:03"


def test_agent_model_upserts_by_username_and_ticks(qapp, qtbot):
    clock = Clock()
    model = AgentModel(clock=clock)
    model.reset([agent("anna", since=NOW - 5), agent("bartek", "busy", interactions=["i1"])])
    assert model.rowCount() == 2
    assert text(model, 0, AgentColumn.TIME) == "0:05"
    assert text(model, 1, AgentColumn.INTERACTIONS) == "1"

    with qtbot.waitSignal(model.dataChanged) as changed:
        model.upsert(agent("anna", "not_ready", reason="Lunch"))
    assert changed.args[0].row() == changed.args[1].row() == 0
    assert model.rowCount() == 2
    assert text(model, 0, AgentColumn.PRESENCE) == "Not ready"
    assert text(model, 0, AgentColumn.REASON) == "Lunch"

    with qtbot.waitSignal(model.rowsInserted):
        model.upsert(agent("ewa", role="expert"))
    assert model.row_of("ewa") == 2
    assert text(model, 2, AgentColumn.ROLE) == "Expert"

    clock.now += 65
    with qtbot.waitSignal(model.dataChanged) as ticked:
        model.tick()
    assert ticked.args[0].column() == ticked.args[1].column() == AgentColumn.TIME
    assert text(model, 0, AgentColumn.TIME) == "1:05"
    assert model.index(0, AgentColumn.TIME).data(SORT_ROLE) == pytest.approx(65)


def test_queue_model_longest_wait_is_live(qapp):
    clock = Clock()
    model = QueueModel(clock=clock)
    model.reset([queue("waste", 2, NOW - 30), queue("taxes")])
    assert text(model, 0, QueueColumn.LONGEST) == "0:30"
    assert text(model, 1, QueueColumn.LONGEST) == "—"
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    clock.now += 45  # past the warning threshold
    assert text(model, 0, QueueColumn.LONGEST) == "1:15"
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.total_waiting() == 2
    assert model.overall_longest_wait() == pytest.approx(75)
    model.upsert(queue("waste", 0, None))
    assert model.total_waiting() == 0
    assert model.overall_longest_wait() is None


def test_wallboard_figures_count_agents_and_experts_only():
    figures = Figures.from_state(
        [
            # free to take work is the routing's word (AgentStatus.ready), as in the queues
            msgspec.structs.replace(agent("anna"), ready=True),
            agent("bartek", "busy"),
            agent("celina", "wrap_up"),
            agent("dawid", "not_ready"),
            agent("ewa", "offline", role="expert", connected=False),
            agent("filip", "available", role="expert", connected=False),  # reconnecting
            agent("sam", "available", role="supervisor"),
        ],
        total_waiting=3,
        longest_wait=12.0,
    )
    assert figures == Figures(
        waiting=3, longest_wait=12.0, available=1, busy=2, not_ready=1, logged_in=5
    )


def test_updates_racing_the_snapshot_are_applied_on_top_of_it(qloop, qtbot):
    """The reply to subscribe and the events behind it can reach the window in either order."""
    service = ClientService()

    async def request(msg):
        assert isinstance(msg, p.Subscribe)
        # Pushed right behind the snapshot, but delivered before the request resumes.
        service.agent_updated.emit(agent("anna", "available"))
        service.queue_updated.emit(queue("waste", 1, NOW))
        return p.Snapshot(
            id=1,
            agents=[agent("anna", "offline"), agent("bartek")],
            queues=[queue("waste"), queue("taxes")],
        )

    service.request = request
    window = SupervisorWindow(service)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.snapshot_applied):
        window.subscribe()
    assert window.agent_model.agent("anna").presence == "available"
    assert window.queue_model.queue("waste").waiting == 1
    assert window.agent_model.rowCount() == 2
    assert window.wallboard.value("waiting") == "1"


def test_actions_follow_the_selected_agent(qloop, qtbot):
    service = ClientService()
    window = SupervisorWindow(service)
    qtbot.addWidget(window)
    window.agent_model.reset([agent("anna"), agent("ewa", "offline", role="expert")])
    assert not window.force_not_ready_action.isEnabled()
    window.select_agent("anna")
    assert window.force_not_ready_action.isEnabled()
    assert window.force_offline_action.isEnabled()
    window.select_agent("ewa")
    assert not window.force_offline_action.isEnabled()
    window.agent_model.upsert(agent("ewa", "available", role="expert"))
    assert window.force_offline_action.isEnabled()
    window.presence_filter.setCurrentIndex(window.presence_filter.findData("offline"))
    assert window.agent_proxy.rowCount() == 0
