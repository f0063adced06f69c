"""The expert's presence in the words of the second line, for the tray menu and the
compact window alike: "Available for consultations", "Busy" (not ready, with the
server's reasons as a submenu) and "Away" (offline while still signed in).

One set of actions, shared by every menu that shows them; choosing one goes through
``AgentWindow.set_presence`` (one path to the server, its failures in one place).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from agent_app.window import AgentWindow
from shared import protocol as p
from softphone.client_service import ClientService
from softphone.presence import presence_icon, reason_label

AWAY = "offline"


class ExpertPresence(QObject):
    changed = Signal(str, str)  # presence as shown (available, not_ready, busy, …), reason

    def __init__(self, window: AgentWindow, service: ClientService, parent=None) -> None:
        super().__init__(parent)
        self.window = window
        self.presence = "offline"  # as others see it (busy, wrap_up derived)
        self.reason = ""
        self.chosen = "offline"  # what the expert chose
        self.chosen_reason = ""
        self.reasons: list[str] = []

        self.available_action = QAction(
            presence_icon("available"), self.tr("&Available for consultations"), self
        )
        self.available_action.triggered.connect(lambda: self.choose("available"))
        self.busy_action = QAction(presence_icon("not_ready"), self.tr("&Busy"), self)
        self.busy_action.setToolTip(self.tr("Signed in, but no consultations for now"))
        self.busy_action.triggered.connect(lambda: self.choose("not_ready"))
        self.away_action = QAction(presence_icon("offline"), self.tr("A&way"), self)
        self.away_action.setToolTip(self.tr("Not at the computer: nothing is offered to you"))
        self.away_action.triggered.connect(lambda: self.choose(AWAY))
        self.group = QActionGroup(self)
        for action in (self.available_action, self.busy_action, self.away_action):
            action.setCheckable(True)
            self.group.addAction(action)
        self.reasons_menu = QMenu(self.tr("Busy &because…"))
        self.reasons_menu.setIcon(presence_icon("not_ready"))
        self.reasons_menu.setEnabled(False)

        service.logged_in.connect(self._on_service_logged_in)
        service.presence_changed.connect(self._on_service_presence_changed)
        if service.welcome is not None:
            self._on_service_logged_in(service.welcome)
        self._update_checks()

    def add_to(self, menu: QMenu) -> None:
        """Put the presence choices into ``menu``."""
        menu.addAction(self.available_action)
        menu.addAction(self.busy_action)
        menu.addMenu(self.reasons_menu)
        menu.addAction(self.away_action)

    def menu(self, parent: QWidget | None = None) -> QMenu:
        menu = QMenu(parent)
        self.add_to(menu)
        return menu

    def choose(self, state: str, reason: str = "") -> None:
        if reason and reason not in self.reasons:
            reason = ""  # a system reason (ring_no_answer) cannot be chosen again
        self.window.set_presence(state, reason)

    def text(self) -> str:
        """The presence as the tray's tooltip and the window's header say it."""
        return self.describe(self.presence, self.reason)

    def describe(self, presence: str, reason: str = "") -> str:
        if presence == "available":
            return self.tr("Available for consultations")
        if presence == "busy":
            return self.tr("In a conversation")
        if presence == "wrap_up":
            return self.tr("Wrap-up")
        if presence == "not_ready":
            if reason:
                return self.tr("Busy — %1").replace("%1", reason_label(reason))
            return self.tr("Busy")
        return self.tr("Away")

    def _on_service_logged_in(self, welcome: p.HelloOk) -> None:
        self.reasons = list(welcome.not_ready_reasons)
        self.reasons_menu.clear()
        for reason in self.reasons:
            action = self.reasons_menu.addAction(reason)
            action.triggered.connect(lambda checked=False, r=reason: self.choose("not_ready", r))
        self.reasons_menu.setEnabled(bool(self.reasons))
        self._set(welcome.presence, welcome.presence_reason, None, "")

    def _on_service_presence_changed(self, msg: p.PresenceChanged) -> None:
        self._set(msg.presence, msg.reason, msg.chosen, msg.chosen_reason)

    def _set(self, presence: str, reason: str, chosen: str | None, chosen_reason: str) -> None:
        self.presence, self.reason = presence, reason
        if chosen is None:  # the hello says the presence only
            chosen = presence if presence in ("available", "not_ready", "offline") else "available"
            chosen_reason = reason
        self.chosen, self.chosen_reason = chosen, chosen_reason
        self._update_checks()
        self.changed.emit(presence, reason)

    def _update_checks(self) -> None:
        checked = {
            "available": self.available_action,
            "not_ready": self.busy_action,
            AWAY: self.away_action,
        }.get(self.chosen)
        for action in self.group.actions():
            action.setChecked(action is checked)
