"""Teams, broadcasts and the wallboard at scale in the apps, against a real server.

``CC_SCREENSHOTS=docs/images`` saves the broadcast banner and the Teams page as the docs
show them.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from agent_app.window import AgentWindow
from softphone.client_service import ClientService
from supervisor_app.window import SupervisorWindow
from tests.gui.test_expert_tray import screenshot
from tests.integration.test_teams import AGENTS
from tests.support.server import ROOT, ServerProcess

pytestmark = pytest.mark.gui


def _window(qtbot, arun, url: str, user: str, password: str = "demo") -> SupervisorWindow:
    service = ClientService(client_name="test-supervisor")
    window = SupervisorWindow(service)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.snapshot_applied, timeout=30000):
        arun(service.login(url, user, password))
    return window


def test_the_agent_sees_a_broadcast_at_once_and_the_supervisor_how_many_read_it(
    qloop, arun, qtbot, cc_server
):
    service = ClientService(client_name="test")
    agent = AgentWindow(service)
    qtbot.addWidget(agent)
    agent.resize(1100, 700)
    agent.show()
    arun(service.login(cc_server.url, "anna", "demo"))
    qtbot.waitUntil(lambda: agent.connected)
    assert not agent.broadcast_banner.isVisible()

    sam = _window(qtbot, arun, cc_server.url, "sam")
    try:
        sam.broadcast_action.trigger()  # Ctrl+B: the compose dialog
        qtbot.waitUntil(lambda: sam.broadcasts_page.dialog is not None, timeout=5000)
        dialog = sam.broadcasts_page.dialog
        assert sam.tabs.currentWidget() is sam.broadcasts_page
        audiences = [dialog.audience_box.itemText(i) for i in range(dialog.audience_box.count())]
        assert audiences == ["Front line (7 people)", "Second line (7 people)"]  # no "All staff"
        assert not dialog.send_button.isEnabled()  # nothing typed yet
        dialog.text_edit.setPlainText("Trams on line 4 diverted until Friday")
        dialog.audience_box.setCurrentIndex(0)
        with qtbot.waitSignal(sam.broadcasts_page.sent, timeout=5000) as sent:
            dialog.send_button.click()
        broadcast = sent.args[0]
        assert (broadcast.recipients, broadcast.team_name) == (7, "Front line")

        qtbot.waitUntil(agent.broadcast_banner.isVisible, timeout=5000)
        text = agent.broadcast_banner.text()
        assert "Sam Supervisor to Front line" in text and "Trams on line 4 diverted" in text
        qtbot.waitUntil(lambda: sam.broadcasts_page.rows() != [], timeout=5000)
        assert sam.broadcasts_page.rows()[0][1:3] == ["Front line", "read by 0 of 7"]
        screenshot(agent.broadcast_banner, "broadcast-banner.png")

        agent.activateWindow()
        agent.broadcast_banner.read_button.click()  # or Ctrl+Shift+B
        qtbot.waitUntil(lambda: not agent.broadcast_banner.isVisible(), timeout=5000)
        qtbot.waitUntil(lambda: sam.broadcasts_page.rows()[0][2] == "read by 1 of 7", timeout=5000)
    finally:
        arun(sam.service.logout())
        arun(service.logout())
        agent.allow_close()


def test_an_admin_manages_teams_on_the_teams_page(qloop, arun, qtbot, cc_server):
    sam = _window(qtbot, arun, cc_server.url, "sam")
    assert not sam.tabs.isTabVisible(sam.tabs.indexOf(sam.teams_page))  # admins only
    admin = _window(qtbot, arun, cc_server.url, "admin")
    admin.resize(1100, 640)
    page = admin.teams_page
    try:
        assert admin.tabs.isTabVisible(admin.tabs.indexOf(page))
        admin.teams_view_action.trigger()  # Ctrl+4
        qtbot.waitUntil(lambda: page.team_list.count() == 2, timeout=5000)
        page.name_edit.setText("Evenings")
        QTest.keyClick(page.name_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(
            lambda: page.selected_team() is not None and page.selected_team().name == "Evenings",
            timeout=5000,
        )
        for user in ("anna", "ewa"):
            page.members.edit.setText(user)
            page.members.add_button.click()
            qtbot.waitUntil(lambda u=user: u in page.members.people(), timeout=5000)
        page.supervisors.edit.setText("sam")
        page.supervisors.add_button.click()
        qtbot.waitUntil(lambda: page.supervisors.people() == ["sam"], timeout=5000)
        page.supervisors.edit.setText("anna")  # not a supervisor: the server says why
        page.supervisors.add_button.click()
        qtbot.waitUntil(
            lambda: "not a supervisor" in admin.statusBar().currentMessage(), timeout=5000
        )
        screenshot(admin, "teams-page.png")

        page.name_edit.setText("Evening shift")
        page.rename_button.click()
        qtbot.waitUntil(lambda: page.selected_team().name == "Evening shift", timeout=5000)
        # Sam's app hears of it and subscribes again (what he sees may have changed)
        with qtbot.waitSignal(sam.snapshot_applied, timeout=5000):
            page.members.list.setCurrentRow(0)  # anna
            page.members.remove_button.click()
        qtbot.waitUntil(lambda: page.members.people() == ["ewa"], timeout=5000)

        page.delete_button.click()
        qtbot.waitUntil(lambda: page.box is not None)
        page.box.button(QMessageBox.StandardButton.Yes).click()
        qtbot.waitUntil(lambda: page.team_list.count() == 2, timeout=5000)
        names = [page.team_list.item(i).text() for i in range(page.team_list.count())]
        assert names == ["Front line", "Second line"]
    finally:
        arun(admin.service.logout())
        arun(sam.service.logout())


def test_the_supervisor_window_loads_10000_agents_page_by_page(qloop, arun, qtbot, tmp_path):
    server = ServerProcess(tmp_path / "cc-data", demo=False)
    server.data_dir.mkdir(parents=True)
    password = "x" * 12

    # Seeded in a process of its own: a 60,000-row write on the store's thread here could
    # run the collector there, over Qt objects of earlier tests (PySide6 then crashes).
    script = (
        "import asyncio, sys; from shared.server import auth; from shared.server.store import Store;"
        " from tests.integration.test_teams import _seed_many\n"
        "async def main():\n"
        "    store = Store(sys.argv[1]); await store.open()\n"
        "    await store.write(_seed_many, auth.hash_password(sys.argv[2]), {})\n"
        "    await store.close()\n"
        "asyncio.run(main())\n"
    )
    subprocess.run(
        [sys.executable, "-c", script, str(server.data_dir / "cc.db"), password],
        cwd=ROOT, check=True, timeout=120,
    )  # fmt: skip
    server.start(timeout=60)
    try:
        service = ClientService(client_name="test-supervisor")
        window = SupervisorWindow(service)
        qtbot.addWidget(window)
        window.show()
        progress: list[tuple[int, int]] = []
        window.load_progress.valueChanged.connect(
            lambda v: progress.append((v, window.load_progress.maximum()))
        )
        with qtbot.waitSignal(window.snapshot_applied, timeout=60000):
            arun(service.login(server.url, "boss", password))
        assert window.agent_model.rowCount() == AGENTS
        assert len({a.username for a in window.agent_model.agents()}) == AGENTS
        assert not window.load_progress.isVisible()
        # it showed how far it was: several steps of the 10,000
        assert len(progress) >= 3 and {m for _, m in progress} == {AGENTS}
        assert progress[-1][0] == AGENTS
        arun(service.logout())
    finally:
        server.stop()
