"""The agent's video call from the citizen page: the signalling between the server's
``rtc.signal`` messages and the media engine (``VideoCallService``).

The citizen's browser offers once an agent has the conversation; ``VideoCalls`` answers
with the media engine (its answer carries every ICE candidate) and sends the answer
back; candidates the browser trickles anyway are added; a ``hangup`` from the citizen
stops the media. The agent hanging up sends ``hangup`` (the page ends the call at once)
and stops the media. One call at a time (the server never offers a second: a video
blocks every other conversation); an offer for another conversation meanwhile is
refused with a ``hangup``.

The conversation itself (its end, the wrap-up) is the chat's: the video tab closes the
interaction after hanging up, and a closed interaction stops its media here.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from agent_app.video.ice import IceServer
from agent_app.video.rtc_session import RtcSessionError
from agent_app.video.service import VideoCallService
from shared import protocol as p
from softphone.client_service import ClientService
from softphone.qt_async import spawn

log = logging.getLogger(__name__)


def ice_servers_of(welcome: p.HelloOk | None) -> list[IceServer]:
    """The STUN/TURN servers the server handed out (none: host candidates only)."""
    out = []
    for s in welcome.ice_servers if welcome is not None else []:
        try:
            out.append(IceServer(tuple(s.urls), s.username or None, s.credential or None))
        except ValueError as exc:
            log.warning("ICE server ignored: %s", exc)
    return out


class VideoCalls(QObject):
    """Signals: ``call_started(iid)`` (an offer is being answered), ``call_ended(iid,
    why)`` (``citizen``: they hung up; ``agent``: we did; ``closed``: the conversation
    ended; ``lost``: the media stopped — a tab killed, a network gone; ``failed``),
    ``problem(str)`` (a sentence for the status bar)."""

    call_started = Signal(str)
    call_ended = Signal(str, str)
    problem = Signal(str)

    def __init__(
        self, service: ClientService, media: VideoCallService, parent: QObject | None = None
    ):
        super().__init__(parent)
        self.service = service
        self.media = media
        self.current = ""  # the interaction whose media runs (or is being set up)
        self._video: dict[str, bool] = {}  # interaction -> video (else sound only)
        self._why = ""  # why the current call ends, before the media says it ended
        service.rtc_signal.connect(self._on_service_rtc_signal)
        service.interaction_closed.connect(self._on_service_interaction_closed)
        media.ended.connect(self._on_media_ended)
        media.problem.connect(self.problem)

    # -- what the video tab calls -------------------------------------------------------

    def expect(self, interaction: p.InteractionInfo) -> None:
        """A video conversation of ours: answer its offer (video, or sound only)."""
        self._video[interaction.id] = interaction.media != "audio"

    def forget(self, interaction_id: str) -> None:
        self._video.pop(interaction_id, None)

    def in_call(self, interaction_id: str) -> bool:
        return bool(interaction_id) and self.current == interaction_id

    def hang_up(self, interaction_id: str) -> None:
        """The agent hangs up: the page hears it now, the media stop."""
        if not self.in_call(interaction_id):
            return
        self._why = self._why or "agent"
        spawn(self._send(p.RtcSignal(id=0, interaction_id=interaction_id, kind="hangup")))
        self.media.hang_up()

    async def shutdown(self) -> None:
        """The app quits: the page hears the hang-up, the devices are released."""
        if self.current:
            self._why = "agent"
            await self._send(p.RtcSignal(id=0, interaction_id=self.current, kind="hangup"))
        await self.media.close()

    # -- the server's signalling -------------------------------------------------------

    def _on_service_rtc_signal(self, msg: p.RtcSignal) -> None:
        iid = msg.interaction_id
        if msg.kind == "offer":
            spawn(self._answer(iid, msg.sdp))
        elif msg.kind == "candidate" and self.in_call(iid):
            spawn(
                self.media.add_remote_candidate(
                    msg.candidate or None, msg.sdp_mid or None, msg.sdp_mline_index
                )
            )
        elif msg.kind == "hangup" and self.in_call(iid):
            self._why = "citizen"
            self.media.hang_up()

    def _on_service_interaction_closed(self, msg: p.InteractionClosed) -> None:
        self._video.pop(msg.interaction_id, None)
        if self.in_call(msg.interaction_id):
            self._why = self._why or "closed"
            self.media.hang_up()

    async def _answer(self, iid: str, offer: str) -> None:
        if iid not in self._video:
            return  # not a conversation of ours (any more)
        if self.current and self.current != iid:
            await self._send(p.RtcSignal(id=0, interaction_id=iid, kind="hangup"))
            return
        if self.current == iid:  # the page offers again (it reconnected): start afresh
            self._why = "renegotiated"
            await self.media.close()
        self.current, self._why = iid, ""
        self.call_started.emit(iid)
        try:
            answer = await self.media.answer(
                offer, ice_servers_of(self.service.welcome), video=self._video[iid]
            )
        except (RtcSessionError, ValueError) as exc:
            log.warning("video call %s could not be answered: %s", iid, exc)
            self.problem.emit(self.tr("The video call could not be connected."))
            await self._send(p.RtcSignal(id=0, interaction_id=iid, kind="hangup"))
            return
        if self.current == iid and self.media.in_call:
            await self._send(p.RtcSignal(id=0, interaction_id=iid, kind="answer", sdp=answer))

    async def _send(self, msg: p.RtcSignal) -> None:
        try:
            await self.service.request(msg)
        except (p.ProtocolError, OSError, TimeoutError) as exc:
            log.info("rtc.signal %s not sent: %s", msg.kind, exc)

    # -- the media ---------------------------------------------------------------------

    def _on_media_ended(self, reason: str) -> None:
        iid, self.current = self.current, ""
        why, self._why = self._why, ""
        if not iid or why == "renegotiated":
            return
        if not why:
            why = {"failed": "failed"}.get(reason, "lost")
        self.call_ended.emit(iid, why)
