"""The "Move conversation…" action of the supervisor window: pick one of the selected
agent's conversations and where it goes, then ask the server (SteppingInService).

The window owns the action's place (menus, context menu) and says which agent is
selected; everything else of stepping in is here."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from shared import protocol as p
from softphone.qt_async import spawn
from supervisor_app.move_dialog import MoveDialog
from supervisor_app.stepping_in_service import SteppingInService

REQUEST_ERRORS = (p.ProtocolError, OSError, TimeoutError)


class SteppingIn(QObject):
    moved = Signal(str)  # interaction id: the server said ok
    status_message = Signal(str)

    def __init__(
        self,
        service: SteppingInService,
        selected_agent: Callable[[], p.AgentStatus | None],
        describe: Callable[[str], str],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.selected_agent = selected_agent
        self.describe = describe  # interaction id -> what the supervisor reads of it
        self.window = parent
        self.dialog: MoveDialog | None = None
        self.action = QAction(self.tr("&Move conversation…"), self)
        self.action.setShortcut(QKeySequence("Ctrl+M"))
        self.action.setToolTip(
            self.tr(
                "Give one of the selected agent's conversations to a colleague, a "
                "department or the next free agent"
            )
        )
        self.action.triggered.connect(self._on_action_triggered)
        self.action.setEnabled(False)

    def update(self) -> None:
        agent = self.selected_agent()
        self.action.setEnabled(agent is not None and bool(agent.interactions))

    def _on_action_triggered(self) -> None:
        agent = self.selected_agent()
        if agent is None or not agent.interactions or self.dialog is not None:
            return
        spawn(self._open(agent))

    async def _open(self, agent: p.AgentStatus) -> None:
        try:
            directory = await self.service.directory()
        except REQUEST_ERRORS as exc:
            self.status_message.emit(self.tr("Could not load the directory: {0}").format(exc))
            return
        conversations = [(iid, self.describe(iid)) for iid in agent.interactions]
        dialog = MoveDialog(
            agent.display_name, conversations, directory, agent.username, self.window
        )
        dialog.accepted.connect(lambda: self._move(dialog, agent))
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog = dialog
        dialog.open()

    def _on_dialog_finished(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None

    def _move(self, dialog: MoveDialog, agent: p.AgentStatus) -> None:
        spawn(
            self.move(
                dialog.interaction_id(),
                agent=dialog.agent(),
                department=dialog.department(),
                note=dialog.note(),
                holder=agent.display_name,
                to_name=dialog.destination_name(),
            )
        )

    async def move(
        self, interaction_id: str, *, agent: str = "", department: str = "", note: str = "",
        holder: str = "", to_name: str = "",
    ) -> bool:  # fmt: skip
        try:
            await self.service.move(interaction_id, agent=agent, department=department, note=note)
        except REQUEST_ERRORS as exc:
            message = getattr(exc, "message", str(exc))
            self.status_message.emit(self.tr("Could not move it: {0}").format(message))
            return False
        where = (
            self.tr("to {0}").format(to_name or agent or department)
            if agent or department
            else self.tr("to the next free agent")
        )
        self.status_message.emit(
            self.tr("{0}'s conversation moved {1}").format(holder, where).strip()
        )
        self.moved.emit(interaction_id)
        return True
