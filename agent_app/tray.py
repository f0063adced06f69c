"""The expert's system-tray icon: its colour is the presence, its menu changes it, lists
the requests the expert missed, and opens the window, the settings, or quits.

The icon and the menu are built whether or not this desktop has a tray
(``is_available``); only ``show`` needs one. So the menu, the tooltip and the missed
list work (and are tested) everywhere, and the expert mode knows to stand in with its
window where there is no tray.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QObject, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from agent_app.expert_presence import ExpertPresence
from agent_app.missed import MissedOffer, MissedOffers
from softphone.presence import icon

# The dot in the icon's corner: the same colours as resources/icons/presence-*.svg.
PRESENCE_COLOURS = {
    "available": ("#2e9d4f", "#1f7a3b"),
    "busy": ("#8a4fc7", "#6b3aa0"),
    "wrap_up": ("#e0a526", "#b58418"),
    "not_ready": ("#d64541", "#a8322f"),
    "offline": ("#9aa0a6", "#7a7f85"),
}
BALLOON_MS = 10000


@cache
def tray_icon(presence: str) -> QIcon:
    """The app's icon with a presence dot in its lower right corner."""
    fill, ring = PRESENCE_COLOURS.get(presence, PRESENCE_COLOURS["offline"])
    base = icon("app")
    result = QIcon()
    for size in (16, 22, 24, 32, 48, 64):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        base.paint(painter, 0, 0, size, size)
        dot = size * 0.5
        rect = QRectF(size - dot - 0.5, size - dot - 0.5, dot, dot)
        painter.setPen(QPen(QColor("#ffffff"), max(1.0, size / 16)))
        painter.setBrush(QColor(fill))
        painter.drawEllipse(rect)
        painter.setPen(QPen(QColor(ring), max(0.6, size / 32)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(rect.adjusted(1, 1, -1, -1))
        painter.end()
        result.addPixmap(pixmap)
    return result


class AgentTray(QObject):
    open_requested = Signal()
    settings_requested = Signal()
    missed_chosen = Signal(MissedOffer)
    balloon_clicked = Signal()

    def __init__(
        self,
        presence: ExpertPresence,
        missed: MissedOffers,
        quit_action: QAction,
        sign_out_action: QAction | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.presence = presence
        self.missed = missed
        self.quit_action = quit_action
        self.sign_out_action = sign_out_action
        self.tray = QSystemTrayIcon(tray_icon("offline"), self)

        self.open_action = QAction(icon("app"), self.tr("&Open City Contact Centre"), self)
        self.open_action.triggered.connect(self.open_requested)
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.triggered.connect(self.settings_requested)
        self.clear_missed_action = QAction(self.tr("&Clear missed"), self)
        self.clear_missed_action.triggered.connect(missed.clear)
        self.missed_actions: list[QAction] = []
        self.menu = QMenu()
        self._fill_menu()
        self.tray.setContextMenu(self.menu)

        self.tray.activated.connect(self._on_tray_activated)
        self.tray.messageClicked.connect(self.balloon_clicked)
        presence.changed.connect(self._on_presence_changed)
        missed.changed.connect(self._on_missed_changed)
        self._on_presence_changed(presence.presence, presence.reason)

    @staticmethod
    def is_available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def show(self) -> None:
        self.tray.show()

    def hide(self) -> None:
        self.tray.hide()

    def show_message(self, title: str, text: str) -> None:
        """The desktop's own notification, where there is a tray to show it from."""
        if self.tray.isVisible() and QSystemTrayIcon.supportsMessages():
            self.tray.showMessage(title, text, tray_icon("available"), BALLOON_MS)

    def tooltip(self) -> str:
        lines = [self.tr("City Contact Centre — %1").replace("%1", self.presence.text())]
        if len(self.missed):
            lines.append(self.tr("%n missed request(s)", "", len(self.missed)))
        return "\n".join(lines)

    def missed_text(self, missed: MissedOffer) -> str:
        return (
            self.tr("Missed: %1 — %2, %3")
            .replace("%1", missed.who)
            .replace("%2", missed.topic_name)
            .replace("%3", missed.clock())
        )

    # ------------------------------------------------------------------ inside

    def _fill_menu(self) -> None:
        menu = self.menu
        menu.clear()
        menu.addAction(self.open_action)
        menu.addSeparator()
        self.presence.add_to(menu)
        menu.addSeparator()
        self.missed_actions = []
        for item in self.missed.items():
            action = QAction(self.missed_text(item), menu)
            action.triggered.connect(lambda checked=False, m=item: self.missed_chosen.emit(m))
            menu.addAction(action)
            self.missed_actions.append(action)
        if self.missed_actions:
            menu.addAction(self.clear_missed_action)
            menu.addSeparator()
        menu.addAction(self.settings_action)
        if self.sign_out_action is not None:
            menu.addAction(self.sign_out_action)
        menu.addAction(self.quit_action)

    def _on_tray_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.open_requested.emit()

    def _on_presence_changed(self, presence: str, reason: str) -> None:
        self.tray.setIcon(tray_icon(presence))
        self.tray.setToolTip(self.tooltip())

    def _on_missed_changed(self) -> None:
        self._fill_menu()
        self.tray.setToolTip(self.tooltip())
