"""Live monitoring as the supervisor app does it: the one part of the monitor panel that
talks to the server and to the softphone.

A thin QObject over the app's ``ClientService`` and (for calls) its ``PhoneService``:
coroutine methods for ``monitor.*`` (widgets call them through ``qt_async.spawn``),
typed signals for what the server pushes about the monitored conversation. One
conversation at a time, as the server allows one supervisor per conversation.

The softphone: registered as the supervisor's phone at every login (it is never routed:
a supervisor takes no calls); it rings only for the INVITE of the call being monitored
with the secret of ``monitor.started`` (an INVITE that beats the reply is held a moment)
and is answered at once, without a click: the supervisor asked for it. Failures are
raised: ``p.ProtocolError``, ``OSError`` or ``TimeoutError``.

Take over: ``take_over()`` makes the monitored conversation the supervisor's own
(``owned``): the call stays on the phone (the caller's partner now), a chat is written to
with ``send()`` (``chat.send``) and ``end()`` closes it; ``taken_over`` and then
``owned_ended`` say so.
"""

from __future__ import annotations

import hmac
import logging
import time
from typing import Any

from PySide6.QtCore import QObject, Signal

from shared import protocol as p
from softphone.client_service import ClientService
from softphone.qt_async import spawn

log = logging.getLogger(__name__)

REQUEST_ERRORS = (p.ProtocolError, OSError, TimeoutError)


class MonitoringService(QObject):
    started = Signal(object)  # p.MonitorStarted: the conversation as it stands
    changed = Signal(object)  # p.MonitorInfo: mode or phone state changed
    stopped = Signal(str)  # why (p.StopReason)
    message_received = Signal(object)  # p.ChatMessage of the monitored chat
    note_received = Signal(object)  # p.InternalMessage of its staff (or mine)
    participants_changed = Signal(object)  # list[p.Participant]
    phone_changed = Signal(str)  # "ringing", "connected", "ended"
    phone_registered = Signal(bool)
    taken_over = Signal(object)  # p.InteractionInfo: the conversation is ours now
    owned_ended = Signal(str)  # what we took over ended (the reason)

    def __init__(self, client: ClientService, phone=None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.client = client
        self.phone = phone  # softphone.phone_service.PhoneService, or None: chats only
        self.current: p.MonitorInfo | None = None
        self.interaction: p.InteractionInfo | None = None
        self.participants: list[p.Participant] = []
        self._asked = ""  # an interaction asked for, reply not yet in
        self._secret = ""
        self.call = None  # the PhoneCall of the monitored call
        self.owned = ""  # the interaction we took over (no monitoring any more)
        self.call_started_at = 0.0
        client.event_received.connect(self._on_client_event_received)
        client.logged_in.connect(self._on_client_logged_in)
        if phone is not None:
            phone.gate = self._gate
            phone.incoming_call.connect(self._on_phone_incoming_call)
            phone.call_ended.connect(self._on_phone_call_ended)

    @property
    def interaction_id(self) -> str:
        return self.current.interaction_id if self.current else self.owned

    # ------------------------------------------------------------------ requests

    async def start(self, interaction_id: str, mode: p.MonitorMode = "listen") -> p.MonitorStarted:
        if self.current is not None and self.current.interaction_id != interaction_id:
            await self.stop()
        self._asked = interaction_id
        try:
            reply: p.MonitorStarted = await self.client.request(
                p.StartMonitor(id=0, interaction_id=interaction_id, mode=mode)
            )
        finally:
            self._asked = ""
        self._secret = reply.phone_secret
        self.current = reply.monitor
        self.interaction = reply.interaction
        self.participants = list(reply.interaction.participants)
        self.started.emit(reply)
        return reply

    async def set_mode(self, mode: p.MonitorMode) -> None:
        if self.current is None:
            return
        await self.client.request(
            p.SetMonitorMode(id=0, interaction_id=self.current.interaction_id, mode=mode)
        )

    async def stop(self) -> None:
        if self.current is None:
            return
        iid = self.current.interaction_id
        try:
            await self.client.request(p.StopMonitor(id=0, interaction_id=iid))
        except p.ProtocolError as exc:
            if exc.code != p.ErrorCode.NOT_FOUND:  # (it had ended meanwhile)
                raise
            self._ended("ended")

    async def take_over(self) -> p.InteractionInfo:
        """The monitored conversation becomes ours (the agent leaves it)."""
        if self.current is None:
            raise p.ProtocolError(p.ErrorCode.NOT_FOUND, "you are not monitoring anything")
        iid = self.current.interaction_id
        reply: p.TakenOver = await self.client.request(p.TakeOver(id=0, interaction_id=iid))
        self.current, self._secret, self.owned = None, "", iid
        self.interaction = reply.interaction
        self.participants = list(reply.interaction.participants)
        self.taken_over.emit(reply.interaction)
        return reply.interaction

    async def end(self) -> None:
        """End the conversation we took over (for a call: the caller is hung up on)."""
        if self.owned:
            await self.client.request(p.CloseInteraction(id=0, interaction_id=self.owned))

    async def send(self, text: str) -> p.ChatMessage | p.InternalMessage:
        """Whisper: a note to the staff; barge: a message the citizen sees; in a chat we
        took over: a message to the citizen."""
        if self.owned:
            sent: p.ChatSent = await self.client.request(
                p.SendChat(id=0, interaction_id=self.owned, text=text)
            )
            self.message_received.emit(sent.message)
            return sent.message
        assert self.current is not None
        reply = await self.client.request(
            p.SendMonitor(id=0, interaction_id=self.current.interaction_id, text=text)
        )
        if isinstance(reply, p.InternalSent):
            self.note_received.emit(reply.message)
        else:
            self.message_received.emit(reply.message)
        return reply.message

    async def register_phone(self) -> bool:
        if self.phone is None:
            return False
        try:
            await self.client.request(p.RegisterPhone(id=0, uri=self.phone.contact))
        except REQUEST_ERRORS as exc:
            log.warning("the softphone did not register: %s", exc)
            self.phone_registered.emit(False)
            return False
        self.phone_registered.emit(True)
        return True

    # ------------------------------------------------------------------ server events

    def _on_client_logged_in(self, _welcome: Any) -> None:
        if self.phone is not None:
            spawn(self.register_phone())

    def _on_client_event_received(self, msg: Any) -> None:
        iid = self.interaction_id
        if isinstance(msg, p.MonitorChanged):
            if msg.monitor.supervisor != self.client.username or msg.monitor.interaction_id != iid:
                return
            if msg.stopped and msg.reason == "taken_over":
                self.current, self._secret, self.owned = None, "", iid  # the reply follows
            elif msg.stopped:
                self._ended(msg.reason or "ended")
            else:
                self.current = msg.monitor
                self.changed.emit(msg.monitor)
        elif not iid:
            return
        elif isinstance(msg, p.InteractionClosed) and self.owned == msg.interaction_id:
            self.owned = ""
            self.interaction = None
            if self.call is not None and self.call.is_active:
                self.call.hangup()
            self.owned_ended.emit(msg.reason)
        elif isinstance(msg, p.ChatMessageEvent) and msg.interaction_id == iid:
            self.message_received.emit(msg.message)
        elif isinstance(msg, p.InternalMessageEvent) and msg.interaction_id == iid:
            self.note_received.emit(msg.message)
        elif isinstance(msg, p.ParticipantsChanged) and msg.interaction_id == iid:
            self.participants = list(msg.participants)
            self.participants_changed.emit(self.participants)

    def _ended(self, reason: str) -> None:
        if self.current is None:
            return
        self.current = None
        self._secret = ""
        if self.call is not None and self.call.is_active:
            self.call.hangup()
        self.stopped.emit(reason)

    # ------------------------------------------------------------------ the softphone

    def _gate(self, interaction_id: str, secret: str) -> str:
        if interaction_id and interaction_id == self._asked and not self._secret:
            return "wait"  # the reply with the secret is on its way
        if (
            self._secret
            and interaction_id == self.interaction_id
            and hmac.compare_digest(secret.encode(), self._secret.encode())
        ):
            return "ring"
        return "refuse"

    def _on_phone_incoming_call(self, call) -> None:
        if call.interaction_id != self.interaction_id or not self._secret:
            call.reject(403)
            return
        self._secret = ""  # used: a second INVITE with it is refused
        self.call = call
        call.connected.connect(self._on_call_connected)
        call.answer()
        self.phone_changed.emit("ringing")

    def _on_call_connected(self) -> None:
        self.call_started_at = time.time()
        self.phone_changed.emit("connected")

    def _on_phone_call_ended(self, call) -> None:
        if call is self.call:
            self.call = None
            self.phone_changed.emit("ended")
