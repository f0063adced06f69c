"""Offers to the desktop: the corner popup (and, with a tray, its balloon) for what
rings while the expert looks at something else, and the offers they let ring out.

Which offer is shown and what answering it means stay the window's ``OfferDesk``'s:
the popup always shows ``desk.shown`` and answers through ``AgentWindow.accept_offer`` /
``reject_offer`` (a call is answered on the softphone, a chat accepted over the
websocket), exactly like F5 in the main window. The popup appears for every offer in
tray mode (``every_offer``) and otherwise for consultations and transfers; never while
the main window itself is the active window (its offer bar is in view).

It follows the desk on the service's signals (connected after the window's, so the desk
has already moved) and, while the popup is up, on a short timer: accept and decline
replies and the bar's own expiry change the desk without an event of their own.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from agent_app.missed import MissedOffer
from agent_app.toast import OfferToast, describe
from agent_app.window import AgentWindow
from shared import protocol as p
from softphone.client_service import ClientService

SYNC_MS = 250
SECOND_LINE_KINDS = ("consult", "transfer")


class OfferNotifier(QObject):
    balloon_requested = Signal(str, str)  # title, text: for the tray's balloon, if any
    accepted = Signal(str)  # interaction id: the expert accepted it on the popup
    missed = Signal(MissedOffer)  # an offer the popup showed rang out

    def __init__(
        self,
        window: AgentWindow,
        service: ClientService,
        *,
        every_offer: bool,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.every_offer = every_offer
        self.toast = OfferToast()
        self.toast.accept_requested.connect(self._on_toast_accept_requested)
        self.toast.reject_requested.connect(self._on_toast_reject_requested)
        self._notified: dict[str, p.OfferCreated] = {}  # offers the popup is for, by id
        self._sync_timer = QTimer(self, interval=SYNC_MS)
        self._sync_timer.timeout.connect(self.sync)

        service.offer_created.connect(self._on_service_offer_created)
        service.offer_revoked.connect(self._on_service_offer_revoked)
        service.interaction_assigned.connect(self._on_service_interaction_assigned)
        service.connection_changed.connect(self._on_service_connection_changed)

    def wants(self, offer: p.OfferCreated) -> bool:
        return self.every_offer or offer.kind in SECOND_LINE_KINDS

    def topic_name(self, topic: str) -> str:
        found = self.window.topics.get(topic)
        return found.name if found else topic

    def sync(self) -> None:
        """Show what the desk shows (if it is for the popup), or nothing."""
        shown = self.window.desk.shown
        if shown is None or not self.wants(shown) or self.window.isActiveWindow():
            if self.toast.offer is not None:
                self.toast.clear()
            self._sync_timer.stop()
            return
        more = sum(
            1
            for iid, offer in self.window.desk.offers.items()
            if iid != shown.interaction.id and self.wants(offer)
        )
        if shown is not self.toast.offer or self.toast.isHidden():
            self.toast.show_offer(shown, self.topic_name(shown.interaction.topic), more=more)
        else:
            self.toast.set_more(more)
        self._sync_timer.start()

    def shutdown(self) -> None:
        self._sync_timer.stop()
        self.toast.clear()
        self.toast.deleteLater()

    # ------------------------------------------------------------------ the service

    def _on_service_offer_created(self, msg: p.OfferCreated) -> None:
        if not self.wants(msg):
            return
        self._notified[msg.interaction.id] = msg
        self.sync()
        if self.window.isActiveWindow():
            return
        text = describe(msg, self.topic_name(msg.interaction.topic))
        self.balloon_requested.emit(text.title, text.balloon())
        QApplication.alert(self.toast)

    def _on_service_offer_revoked(self, msg: p.OfferRevoked) -> None:
        offer = self._notified.pop(msg.interaction_id, None)
        self.sync()
        if offer is not None and msg.reason == "timeout":
            topic = self.topic_name(offer.interaction.topic)
            self.missed.emit(MissedOffer.from_offer(offer, topic, time.time()))

    def _on_service_interaction_assigned(self, msg: p.InteractionAssigned) -> None:
        self._notified.pop(msg.interaction.id, None)
        self.sync()

    def _on_service_connection_changed(self, up: bool) -> None:
        if not up:
            self._notified.clear()  # the server offers again after the reconnect
        self.sync()

    # ------------------------------------------------------------------ the expert

    def _on_toast_accept_requested(self, interaction_id: str) -> None:
        shown = self.window.desk.shown
        if shown is None or shown.interaction.id != interaction_id:
            self.sync()  # the popup was behind the desk: catch up, do nothing
            return
        self.toast.set_pending(True)
        self.window.accept_offer()
        self.accepted.emit(interaction_id)
        self.sync()

    def _on_toast_reject_requested(self, interaction_id: str) -> None:
        shown = self.window.desk.shown
        if shown is None or shown.interaction.id != interaction_id:
            self.sync()
            return
        self.toast.set_pending(True)
        self.window.reject_offer()
        self.sync()
