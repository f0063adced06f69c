"""Expert tray mode: the app lives in the system tray until an offer needs the expert.

Second-line experts do other work most of the day; the tray icon shows their presence,
its menu changes it, and an offer pops a notification and brings the window up.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from agent_app.window import AgentWindow
from shared import protocol as p
from softphone.client_service import ClientService
from softphone.presence import presence_icon, presence_text


class AgentTray(QObject):
    def __init__(self, window: AgentWindow, service: ClientService) -> None:
        super().__init__(window)
        self.window = window
        self.tray = QSystemTrayIcon(presence_icon("offline"), self)
        self.tray.setToolTip(self.tr("City Contact Centre"))

        menu = QMenu(window)
        show_action = menu.addAction(self.tr("&Open City Contact Centre"))
        show_action.triggered.connect(self.show_window)
        menu.addSeparator()
        presence = window.presence_menu_for_tray()
        for action in presence.actions():
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(window.quit_action)
        self.menu = menu
        self.tray.setContextMenu(menu)
        self.tray.activated.connect(self._on_tray_activated)
        self.tray.messageClicked.connect(self.show_window)

        service.presence_changed.connect(self._on_service_presence_changed)
        service.offer_created.connect(self._on_service_offer_created)

    @staticmethod
    def is_available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def show(self) -> None:
        self.tray.show()

    def hide(self) -> None:
        self.tray.hide()

    def show_window(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def _on_tray_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            if self.window.isVisible() and self.window.isActiveWindow():
                self.window.hide()
            else:
                self.show_window()

    def _on_service_presence_changed(self, msg: p.PresenceChanged) -> None:
        self.tray.setIcon(presence_icon(msg.presence))
        self.tray.setToolTip(
            self.tr("City Contact Centre — %1").replace(
                "%1", presence_text(msg.presence, msg.reason)
            )
        )

    def _on_service_offer_created(self, msg: p.OfferCreated) -> None:
        topic = self.window.topics.get(msg.interaction.topic)
        title = self.tr("New request: %1").replace(
            "%1", topic.name if topic else msg.interaction.topic
        )
        body = msg.interaction.citizen_name
        if msg.preview:
            body += f"\n{msg.preview}"
        self.tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, 10000)
        self.show_window()
