"""The admin's Teams page: create, rename and delete teams; add and remove their agents
and experts and the supervisors assigned to them. Talks only to ``TeamsService``."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCompleter,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shared import protocol as p
from softphone.qt_async import spawn
from supervisor_app.teams.service import REQUEST_ERRORS, TeamsService

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class TeamsPage(QWidget):
    status_message = Signal(str)

    def __init__(self, service: TeamsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.box: QMessageBox | None = None  # the open confirmation, if any

        self.team_list = QListWidget(self)
        self.team_list.setAccessibleName(self.tr("Teams"))
        self.team_list.currentItemChanged.connect(self._on_team_list_current_item_changed)
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("Team name"))
        self.name_edit.setMaxLength(p.MAX_TEAM_NAME)
        self.name_edit.returnPressed.connect(self._on_create_button_clicked)
        self.create_button = QPushButton(self.tr("&New team"), self)
        self.create_button.setToolTip(self.tr("Create a team with the name typed (Ctrl+N)"))
        self.create_button.clicked.connect(self._on_create_button_clicked)
        QShortcut(QKeySequence.StandardKey.New, self, self._on_create_button_clicked)
        self.rename_button = QPushButton(self.tr("&Rename"), self)
        self.rename_button.setToolTip(self.tr("Give the selected team the name typed (F2)"))
        self.rename_button.clicked.connect(self._on_rename_button_clicked)
        QShortcut(QKeySequence(Qt.Key.Key_F2), self, self._on_rename_button_clicked)
        self.delete_button = QPushButton(self.tr("&Delete…"), self)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)

        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Teams"), self))
        left.addWidget(self.team_list, 1)
        left.addWidget(self.name_edit)
        buttons = QHBoxLayout()
        for b in (self.create_button, self.rename_button, self.delete_button):
            buttons.addWidget(b)
        left.addLayout(buttons)

        self.members = _PeopleBox(self.tr("Agents and experts"), self.tr("Add &member"), self)
        self.members.add_requested.connect(lambda u: self._set(u, member=True, supervisor=False))
        self.members.remove_requested.connect(
            lambda u: self._set(u, member=False, supervisor=False)
        )
        self.supervisors = _PeopleBox(self.tr("Supervisors"), self.tr("Assign &supervisor"), self)
        self.supervisors.add_requested.connect(lambda u: self._set(u, member=True, supervisor=True))
        self.supervisors.remove_requested.connect(
            lambda u: self._set(u, member=False, supervisor=True)
        )
        self.rule_label = QLabel(
            self.tr(
                "A supervisor sees and acts on the members of their teams only; an admin on "
                "everyone. While there is no team at all, every supervisor supervises everyone."
            ),
            self,
        )
        self.rule_label.setWordWrap(True)
        right = QVBoxLayout()
        right.addWidget(self.rule_label)
        right.addWidget(self.members, 1)
        right.addWidget(self.supervisors, 1)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 6)
        layout.addLayout(left, 1)
        layout.addLayout(right, 2)

        service.teams_changed.connect(self._on_service_teams_changed)
        self._update_buttons()

    def set_candidates(self, members: list[str], supervisors: list[str]) -> None:
        """Usernames offered when typing (from the agent grid; supervisors as known)."""
        self.members.set_candidates(members)
        self.supervisors.set_candidates(supervisors)

    def activate(self) -> None:
        spawn(self._run(self.service.refresh(), ""))

    def selected_team(self) -> p.Team | None:
        item = self.team_list.currentItem()
        return self.service.team(item.data(ID_ROLE)) if item is not None else None

    def select_team(self, name: str) -> bool:
        for row in range(self.team_list.count()):
            if self.team_list.item(row).text() == name:
                self.team_list.setCurrentRow(row)
                return True
        return False

    # ------------------------------------------------------------------ slots

    def _on_service_teams_changed(self, teams: list[p.Team]) -> None:
        current = self.selected_team()
        self.team_list.blockSignals(True)
        self.team_list.clear()
        for team in teams:
            item = QListWidgetItem(team.name)
            item.setData(ID_ROLE, team.id)
            self.team_list.addItem(item)
            if current is not None and team.id == current.id:
                self.team_list.setCurrentItem(item)
        self.team_list.blockSignals(False)
        self._show_team()

    def _on_team_list_current_item_changed(self, *_: object) -> None:
        self._show_team()
        team = self.selected_team()
        if team is not None:
            self.name_edit.setText(team.name)

    def _on_create_button_clicked(self) -> None:
        name = self.name_edit.text().strip()
        if name:
            spawn(self._create(name))

    def _on_rename_button_clicked(self) -> None:
        team, name = self.selected_team(), self.name_edit.text().strip()
        if team is not None and name and name != team.name:
            spawn(self._run(self.service.rename(team.id, name), self.tr("Team renamed")))

    def _on_delete_button_clicked(self) -> None:
        team = self.selected_team()
        if team is None:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Delete team"))
        box.setText(self.tr("Delete the team {0}?").format(team.name))
        box.setInformativeText(
            self.tr("Its supervisors no longer supervise its {0} members.").format(
                len(team.members)
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Delete"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _r: self._on_delete_box_finished(box, team))
        self.box = box
        box.open()

    def _on_delete_box_finished(self, box: QMessageBox, team: p.Team) -> None:
        if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
            spawn(self._run(self.service.delete(team.id), self.tr("Team deleted")))
        box.deleteLater()
        self.box = None

    # ------------------------------------------------------------------ helpers

    def _set(self, user: str, *, member: bool, supervisor: bool) -> None:
        team = self.selected_team()
        if team is not None and user:
            spawn(
                self._run(
                    self.service.set_member(team.id, user, member=member, supervisor=supervisor),
                    self.tr("{0} changed").format(team.name),
                )
            )

    async def _create(self, name: str) -> None:
        try:
            team = await self.service.create(name)
        except REQUEST_ERRORS as exc:
            self.status_message.emit(self.tr("Could not create the team: {0}").format(_text(exc)))
            return
        self.select_team(team.name)
        self.status_message.emit(self.tr("Team {0} created").format(team.name))

    async def _run(self, coro, done: str) -> None:
        try:
            await coro
        except REQUEST_ERRORS as exc:
            self.status_message.emit(self.tr("Teams: {0}").format(_text(exc)))
            return
        if done:
            self.status_message.emit(done)

    def _show_team(self) -> None:
        team = self.selected_team()
        self.members.set_people(team.members if team else [], enabled=team is not None)
        self.supervisors.set_people(team.supervisors if team else [], enabled=team is not None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = self.selected_team() is not None
        self.rename_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)


def _text(exc: Exception) -> str:
    return getattr(exc, "message", None) or str(exc)


class _PeopleBox(QGroupBox):
    """A list of usernames with a field to add one and a button to remove the selected."""

    add_requested = Signal(str)
    remove_requested = Signal(str)

    def __init__(self, title: str, add_text: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.list = QListWidget(self)
        self.list.setAccessibleName(title)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("User name"))
        self.edit.returnPressed.connect(self._on_add_button_clicked)
        self.add_button = QPushButton(add_text, self)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setToolTip(self.tr("Remove the selected person from the team (Del)"))
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        QShortcut(QKeySequence.StandardKey.Delete, self.list, self._on_remove_button_clicked)
        row = QHBoxLayout()
        row.addWidget(self.edit, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)

    def set_candidates(self, names: list[str]) -> None:
        completer = QCompleter(sorted(names), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.edit.setCompleter(completer)

    def set_people(self, names: list[str], *, enabled: bool) -> None:
        self.list.clear()
        self.list.addItems(names)
        for w in (self.edit, self.add_button, self.remove_button):
            w.setEnabled(enabled)

    def people(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _on_add_button_clicked(self) -> None:
        name = self.edit.text().strip()
        if name:
            self.add_requested.emit(name)
            self.edit.clear()

    def _on_remove_button_clicked(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.remove_requested.emit(item.text())
