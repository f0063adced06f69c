"""Today's broadcasts with "read by N of M", and the button that composes a new one.
Talks only to ``BroadcastService`` (and ``TeamsService`` for whom one may address)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shared import protocol as p
from softphone import locale_format
from softphone.qt_async import spawn
from supervisor_app.broadcasts.dialog import ComposeBroadcastDialog
from supervisor_app.broadcasts.service import REQUEST_ERRORS, BroadcastService
from supervisor_app.teams.service import TeamsService


class BroadcastsPage(QWidget):
    status_message = Signal(str)
    sent = Signal(object)  # p.Broadcast the server acknowledged

    def __init__(
        self, service: BroadcastService, teams: TeamsService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.teams = teams
        self.dialog: ComposeBroadcastDialog | None = None
        self.loaded = False  # today's list is fetched when the page is first shown
        self.compose_button = QPushButton(self.tr("&New broadcast…"), self)
        self.compose_button.setToolTip(self.tr("Tell all staff or a team something now (Ctrl+B)"))
        self.compose_button.clicked.connect(self.compose)
        self.list = QTreeWidget(self)
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels(
            [self.tr("Sent"), self.tr("To"), self.tr("Read"), self.tr("Message")]
        )
        self.list.setColumnWidth(0, 70)
        self.list.setColumnWidth(1, 150)
        self.list.setColumnWidth(2, 130)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Today's broadcasts"), self), 1)
        top.addWidget(self.compose_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 6)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        service.changed.connect(self._on_service_changed)

    def activate(self) -> None:
        self.loaded = True
        spawn(self._refresh())

    def on_logged_in(self) -> None:
        if self.loaded:
            spawn(self._refresh())

    async def _refresh(self) -> bool:
        try:
            await self.service.refresh()
            await self.teams.refresh()
        except REQUEST_ERRORS as exc:
            self.status_message.emit(getattr(exc, "message", str(exc)))
            return False
        return True

    def read_text(self, b: p.Broadcast) -> str:
        return self.tr("read by {0} of {1}").format(b.read, b.recipients)

    def rows(self) -> list[list[str]]:
        return [
            [self.list.topLevelItem(i).text(c) for c in range(4)]
            for i in range(self.list.topLevelItemCount())
        ]

    def _on_service_changed(self) -> None:
        self.list.clear()
        for b in self.service.today():
            when = locale_format.clock(b.ts)
            text = b.text if not b.article_title else f"{b.text}  [{b.article_title}]"
            item = QTreeWidgetItem(
                [when, b.team_name or self.tr("All staff"), self.read_text(b), text]
            )
            item.setToolTip(3, b.text)
            self.list.addTopLevelItem(item)

    # ------------------------------------------------------------------ composing

    def compose(self) -> None:
        """Open the compose dialog (``self.dialog``) once whom one may address is known."""
        spawn(self._compose())

    async def _compose(self) -> None:
        if not await self._refresh():
            return
        may_all = self.teams.is_admin or not self.teams.teams
        dialog = ComposeBroadcastDialog(self.teams.teams, may_all, self.service.pins, self)
        dialog.accepted.connect(lambda: self._send(dialog))
        dialog.finished.connect(lambda _r: self._on_dialog_finished(dialog))
        self.dialog = dialog
        dialog.open()

    def _on_dialog_finished(self, dialog: ComposeBroadcastDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _send(self, dialog: ComposeBroadcastDialog) -> None:
        spawn(self._send_now(dialog.text(), dialog.team_id(), dialog.article_id()))

    async def _send_now(self, text: str, team_id: int | None, article_id: str) -> None:
        try:
            b = await self.service.send(text, team_id, article_id)
        except REQUEST_ERRORS as exc:
            self.status_message.emit(
                self.tr("Broadcast not sent: {0}").format(getattr(exc, "message", str(exc)))
            )
            return
        self.status_message.emit(self.tr("Broadcast sent to {0} people").format(b.recipients))
        self.sent.emit(b)
