"""The expert tray client, put together: ``cc-agent --tray`` and every expert account.

The agent window still does the work, hidden (events, offers, the conversation tabs,
the softphone); around it this mode adds

- the tray icon and its menu (``AgentTray``), or, where the desktop has none, the
  compact window standing in for it;
- the corner popup for every offer (``OfferNotifier``), answered through the window;
- the compact window (``ExpertWindow``) that comes up with the conversation;
- the missed requests (``MissedOffers``), listed in the tray menu and the window;
- automatic Away after idle minutes (``AutoAway`` over ``agent_app.idle``), set in a
  small settings dialog with start-at-login (``agent_app.autostart``).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu

from agent_app.auto_away import AutoAway
from agent_app.autostart import Autostart
from agent_app.expert_presence import ExpertPresence
from agent_app.expert_window import ExpertWindow
from agent_app.idle import IdleProbe, system_idle_source
from agent_app.missed import MissedOffer, MissedOffers
from agent_app.missed_dialog import MissedDialog
from agent_app.notifier import OfferNotifier
from agent_app.second_line_service import SecondLineService
from agent_app.tray import AgentTray
from agent_app.tray_settings import TraySettings
from agent_app.tray_settings_dialog import TraySettingsDialog
from agent_app.window import APP_NAME, AgentWindow
from shared import protocol as p
from softphone.client_service import ClientService
from softphone.login_dialog import ORGANIZATION
from softphone.presence import format_duration


class ExpertMode(QObject):
    def __init__(
        self,
        window: AgentWindow,
        service: ClientService,
        *,
        idle: IdleProbe | None = None,
        tray_available: bool | None = None,
        autostart: Autostart | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.service = service
        window.tray_mode = True  # closing the full window hides it
        self.tray_available = AgentTray.is_available() if tray_available is None else tray_available
        self.autostart = autostart or Autostart()
        self.qsettings = QSettings(ORGANIZATION, APP_NAME)
        self.settings = TraySettings.load(self.qsettings)
        self.idle = idle or system_idle_source(QGuiApplication.platformName())
        self.settings_dialog: TraySettingsDialog | None = None
        self.missed_dialog: MissedDialog | None = None
        self._seen: set[str] = set()  # conversations the window came up for

        self.second_line = SecondLineService(service, self)
        self.presence = ExpertPresence(window, service, self)
        self.missed = MissedOffers(self)
        self.notifier = OfferNotifier(window, service, every_offer=True, parent=self)
        self.tray = AgentTray(
            self.presence, self.missed, window.quit_action, window.sign_out_action, self
        )
        self.missed_menu = QMenu()
        # The compact window's own menu: what the tray menu offers besides presence (the
        # only way to them where there is no tray).
        self.app_menu = QMenu()
        for action in (
            self.tray.settings_action,
            None,
            window.sign_out_action,
            window.quit_action,
        ):
            self.app_menu.addSeparator() if action is None else self.app_menu.addAction(action)
        self.expert_window = ExpertWindow(
            window,
            service,
            self.second_line,
            self.presence,
            self.missed_menu,
            self.app_menu,
            tray_available=self.tray_available,
        )
        self.app_menu.insertAction(self.app_menu.actions()[1], self.expert_window.shortcuts_action)
        self.auto_away = AutoAway(
            self.idle.source,
            self.presence.choose,
            threshold=self.settings.away_seconds,
            parent=self,
        )

        self.notifier.missed.connect(self.missed.add)
        self.notifier.accepted.connect(self.expert_window.present)
        self.notifier.balloon_requested.connect(self.tray.show_message)
        self.tray.open_requested.connect(self.expert_window.present)
        self.tray.settings_requested.connect(self.open_settings)
        self.tray.missed_chosen.connect(self.open_missed)
        self.tray.balloon_clicked.connect(self._on_tray_balloon_clicked)
        self.missed.changed.connect(self._on_missed_changed)
        self.presence.changed.connect(self.auto_away.presence_changed)
        self.auto_away.went_away.connect(self._on_auto_away_went_away)
        self.auto_away.came_back.connect(self._on_auto_away_came_back)
        service.interaction_assigned.connect(self._on_service_interaction_assigned)
        window.broadcasts.arrived.connect(self._on_broadcasts_arrived)
        self._on_missed_changed()

    def _on_broadcasts_arrived(self, b: p.Broadcast) -> None:
        """A supervisor's broadcast: a tray notification (the banner is in the window)."""
        title = self.tr("{0} to {1}").format(
            b.sender_name or b.sender, b.team_name or self.tr("all staff")
        )
        self.tray.show_message(title, b.text)

    def start(self) -> None:
        if self.tray_available:
            self.tray.show()
        else:
            self.expert_window.present()
            self.expert_window.statusBar().showMessage(
                self.tr("No system tray here: this window stands in for it."), 10000
            )

    def close(self) -> None:
        """Signed out or quitting: the tray, the popup and the compact window go."""
        self.auto_away.stop()
        self.notifier.shutdown()
        self.tray.hide()
        for dialog in (self.settings_dialog, self.missed_dialog):
            if dialog is not None:
                dialog.close()
        self.expert_window.allow_close()
        self.expert_window.close()
        self.expert_window.deleteLater()
        self.missed_menu.deleteLater()
        self.app_menu.deleteLater()

    # ------------------------------------------------------------------ dialogs

    def open_settings(self) -> TraySettingsDialog:
        if self.settings_dialog is None:
            dialog = TraySettingsDialog(self.settings, self.idle, self.autostart)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.settings_accepted.connect(self._on_settings_dialog_accepted)
            dialog.destroyed.connect(lambda: setattr(self, "settings_dialog", None))
            self.settings_dialog = dialog
        self.settings_dialog.open()
        self.settings_dialog.raise_()
        self.settings_dialog.activateWindow()
        return self.settings_dialog

    def open_missed(self, missed: MissedOffer) -> MissedDialog:
        if self.missed_dialog is not None:
            self.missed_dialog.close()
        dialog = MissedDialog(missed, self.second_line)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.remove_requested.connect(self.missed.remove)
        dialog.destroyed.connect(lambda: setattr(self, "missed_dialog", None))
        self.missed_dialog = dialog
        dialog.open()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _on_settings_dialog_accepted(self, settings: TraySettings) -> None:
        self.settings = settings
        settings.save(self.qsettings)
        self.auto_away.set_threshold(settings.away_seconds)

    # ------------------------------------------------------------------ events

    def _on_service_interaction_assigned(self, msg: p.InteractionAssigned) -> None:
        iid = msg.interaction.id
        if iid not in self._seen:  # not again for the same one pushed after a reconnect
            self._seen.add(iid)
            self.expert_window.present()

    def _on_tray_balloon_clicked(self) -> None:
        if self.notifier.toast.offer is not None:
            self.notifier.toast.activate()
        else:
            self.expert_window.present()

    def _on_missed_changed(self) -> None:
        menu = self.missed_menu
        menu.clear()
        for item in self.missed.items():
            action = menu.addAction(self.tray.missed_text(item))
            action.triggered.connect(lambda checked=False, m=item: self.open_missed(m))
        if len(self.missed):
            menu.addSeparator()
            menu.addAction(self.tray.clear_missed_action)
        self.expert_window.set_missed_count(len(self.missed))

    def _on_auto_away_went_away(self, idle: float) -> None:
        text = self.tr("No input for %1: you are Away. Move the mouse to come back.").replace(
            "%1", format_duration(idle)
        )
        self.tray.show_message(self.tr("Away"), text)
        self.expert_window.statusBar().showMessage(text)

    def _on_auto_away_came_back(self, presence: str, reason: str) -> None:
        text = self.tr("Welcome back: %1 again.").replace(
            "%1", self.presence.describe(presence, reason)
        )
        self.expert_window.statusBar().showMessage(text, 10000)
