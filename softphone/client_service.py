"""The Qt face of ``shared.client.Client``: one QObject per app that owns the connection.

Widgets never touch the network: they call this service's coroutine methods (through
``qt_async.spawn``/``async_slot``) and react to its signals. Every server event arrives
as ``event_received(msg)`` and additionally as a typed signal for the ones most widgets
need, in the Electrum style: one place marshals network events into the GUI.
"""

from __future__ import annotations

from typing import Any

import msgspec
from PySide6.QtCore import QObject, Signal

from shared import protocol as p
from shared.client import Client


class ClientService(QObject):
    connection_changed = Signal(bool)  # up / down (reconnecting)
    logged_in = Signal(object)  # p.HelloOk
    event_received = Signal(object)  # any server event struct
    presence_changed = Signal(object)  # p.PresenceChanged
    offer_created = Signal(object)  # p.OfferCreated
    offer_revoked = Signal(object)  # p.OfferRevoked
    interaction_assigned = Signal(object)  # p.InteractionAssigned
    interaction_closed = Signal(object)  # p.InteractionClosed
    chat_message_received = Signal(object)  # p.ChatMessageEvent
    typing_changed = Signal(object)  # p.Typing
    chat_delivered = Signal(object)  # p.ChatDelivered
    agent_updated = Signal(object)  # p.AgentStatus, one per agent in a wallboard update
    queue_updated = Signal(object)  # p.QueueStatus, one per queue in a wallboard update
    rtc_signal = Signal(object)  # p.RtcSignal: a video call's signalling from the citizen
    request_failed = Signal(str, str)  # code, message: for a status bar

    _SIGNALS = {
        p.PresenceChanged: "presence_changed",
        p.OfferCreated: "offer_created",
        p.OfferRevoked: "offer_revoked",
        p.InteractionAssigned: "interaction_assigned",
        p.InteractionClosed: "interaction_closed",
        p.ChatMessageEvent: "chat_message_received",
        p.Typing: "typing_changed",
        p.ChatDelivered: "chat_delivered",
        p.HelloOk: "logged_in",
        p.RtcSignal: "rtc_signal",
    }

    def __init__(
        self, parent: QObject | None = None, client_name: str = "", *, video: bool = False
    ) -> None:
        super().__init__(parent)
        self.client: Client | None = None
        self.welcome: p.HelloOk | None = None
        self.client_name = client_name
        self.video = video  # the app takes video calls (it says so in its hello)

    @property
    def username(self) -> str:
        return self.client.user if self.client else ""

    async def login(self, url: str, user: str, password: str) -> p.HelloOk:
        """Connect and log in; raises ProtocolError (bad login) or OSError (unreachable)."""
        await self.logout()
        client = Client(
            url,
            user,
            password,
            on_event=self._on_client_event,
            on_connection=self.connection_changed.emit,
            client_name=self.client_name,
            video=self.video,
        )
        # Set before connecting: the welcome (-> logged_in) and the resume events that
        # follow it arrive while connect() is still returning.
        self.client = client
        try:
            return await client.connect()
        except BaseException:
            self.client = None
            raise

    async def logout(self) -> None:
        """Sign out: the server revokes this session's token, the connection closes."""
        if self.client is not None:
            client, self.client = self.client, None
            await client.logout()

    async def request(self, msg: msgspec.Struct) -> Any:
        """Send a request; errors are emitted as request_failed and re-raised."""
        if self.client is None:
            raise p.ProtocolError("disconnected", "not logged in")
        try:
            return await self.client.request(msg)
        except p.ProtocolError as exc:
            self.request_failed.emit(exc.code, exc.message)
            raise

    async def notify(self, msg: msgspec.Struct) -> None:
        if self.client is not None:
            await self.client.notify(msg)

    def _on_client_event(self, msg: Any) -> None:
        if isinstance(msg, p.HelloOk):
            self.welcome = msg  # first login and every re-login after a reconnect
        if isinstance(msg, p.WallboardUpdate):
            for agent in msg.agents:
                self.agent_updated.emit(agent)
            for queue in msg.queues:
                self.queue_updated.emit(queue)
        name = self._SIGNALS.get(type(msg))
        if name:
            getattr(self, name).emit(msg)
        self.event_received.emit(msg)
