"""A signed-in supervisor window for GUI tests against a real server."""

from __future__ import annotations

from softphone.client_service import ClientService
from supervisor_app.window import SupervisorWindow


def signed_in(qtbot, arun, url: str, user: str = "sam", size=(1300, 850)) -> SupervisorWindow:
    """The window, shown, once the first snapshot after signing in is applied."""
    window = SupervisorWindow(ClientService(client_name="test-supervisor"))
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    with qtbot.waitSignal(window.snapshot_applied, timeout=30000):
        arun(window.service.login(url, user, "demo"))
    return window
