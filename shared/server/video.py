"""Calls from the citizen page (WebRTC, video or voice only): the "video" channel.

The media go peer to peer between the citizen's browser and the agent app; the server
routes the call like a chat (a chat goes on beside it), relays the signalling
(``rtc.signal``: offer, answer, ICE candidates, hang-up) between the citizen and the
conversation's owner, and hands both sides the STUN/TURN servers (TURN credentials made
per session from coturn's shared secret). Only staff whose app has the media
(``hello.video``) are offered video. A sign-language call waits in the queue
``sign:<code>``, taken by staff with that skill only.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
from collections.abc import Callable

from shared import protocol as p
from shared.routing import Engine
from shared.server.channels import ChatChannel
from shared.server.config import ServerConfig
from shared.server.context import Context
from shared.server.conversations import Conversation, Conversations
from shared.server.effects import Effects
from shared.server.ending import Ending, party_to
from shared.server.people import People, Session
from shared.server.throttle import KeyedBuckets

SIGN_QUEUE_PREFIX = "sign:"
MAX_CANDIDATE = 2048
SIGNALS_PER_SECOND, SIGNAL_BURST = 20.0, 200.0  # ICE candidates come in bursts


def sign_queue(code: str) -> str:
    return SIGN_QUEUE_PREFIX + code


def first_queue(conv: Conversation) -> str:
    """The queue a conversation waits in when it arrives: its sign language's, else its
    topic's."""
    return sign_queue(conv.sign_language) if conv.sign_language else conv.topic


def ice_servers(config: ServerConfig, who: str, now: float) -> list[p.IceServer]:
    """The configured STUN/TURN servers for one session; a server with a ``secret``
    gets coturn REST-API credentials: ``<expiry>:<who>`` signed with HMAC-SHA1."""
    out = []
    for s in config.ice_servers:
        username, credential = s.username, s.credential
        if s.secret:
            username = f"{int(now + s.ttl)}:{who}"
            digest = hmac.new(s.secret.encode(), username.encode(), hashlib.sha1).digest()
            credential = base64.b64encode(digest).decode()
        out.append(p.IceServer(urls=list(s.urls), username=username, credential=credential))
    return out


class VideoChannel(ChatChannel):
    """Video is offered to those whose app has the media; everything else a video call
    needs from the centre is a chat's (the browser hangs up when it sees the end)."""

    def __init__(self, refresh: Callable[[str], None]) -> None:
        self.refresh = refresh  # Staffing.refresh_channels
        self.capable: set[str] = set()

    def can_offer(self, username: str) -> bool:
        return username in self.capable

    def set_capable(self, username: str, capable: bool) -> None:
        if capable == (username in self.capable):
            return
        if capable:
            self.capable.add(username)
        else:
            self.capable.discard(username)
        self.refresh(username)


class VideoDesk:
    def __init__(
        self,
        ctx: Context,
        engine: Engine,
        conversations: Conversations,
        people: People,
        effects: Effects,
        ending: Ending,
        channel: VideoChannel,
    ) -> None:
        self.ctx = ctx
        self.engine = engine
        self.convs = conversations
        self.people = people
        self.effects = effects
        self.ending = ending
        self.channel = channel
        self.signals = KeyedBuckets(SIGNALS_PER_SECOND, SIGNAL_BURST)
        self._lost: dict[str, asyncio.TimerHandle] = {}  # agent -> their calls' grace

    # -- staff whose app has (or lost) the media -------------------------------------

    def staff_back(self, username: str, has_video: bool) -> None:
        handle = self._lost.pop(username, None)
        if handle is not None:
            handle.cancel()
        self.channel.set_capable(username, has_video)

    def staff_gone(self, username: str) -> None:
        """Their last connection closed: no more video offers; a call of theirs lost its
        media with the app, so unless they are back within the grace it goes back to
        the queue at its old place (the front), the citizen waiting again."""
        self.channel.set_capable(username, False)
        if not any(self._video_calls_of(username)):
            return
        loop = asyncio.get_running_loop()
        self._lost[username] = loop.call_later(
            self.ctx.config.video_grace, lambda: self._requeue_calls_of(username)
        )

    def _video_calls_of(self, username: str):
        if not self.engine.knows(username):
            return
        for iid in self.engine.agent_view(username).interactions:
            conv = self.convs.get(iid)
            if (
                conv is not None
                and conv.channel == "video"
                and self.convs.state(conv) == "active"
                and self.convs.owner(conv) == username
                and not self.engine.owes_wrapup(iid)
            ):
                yield conv

    def _requeue_calls_of(self, username: str) -> None:
        self._lost.pop(username, None)
        if any(s for s in self.people.staff[username].sessions):
            return
        now = self.ctx.now()
        for conv in list(self._video_calls_of(username)):
            queue = first_queue(conv)
            self.effects.step(self.engine.release, conv.id, now, "the agent's connection was lost")
            self.effects.step(
                self.engine.enqueue, conv.id, queue, "video", now,
                priority=conv.priority, arrival=conv.created_at,
            )  # fmt: skip
            self.people.to_citizen(
                conv.citizen_token,
                p.RtcSignal(interaction_id=conv.id, kind="hangup", sender="agent"),
            )

    def sign_languages(self) -> list[p.SignLanguage]:
        cfg = self.ctx.config
        return [
            p.SignLanguage(
                code=s.code,
                name=s.name,
                on_duty=self.engine.logged_in_agents(sign_queue(s.code)),
                hours=cfg.sign_language_hours,
            )
            for s in cfg.sign_languages
        ]

    def queue_for(self, topic: str, media: str, sign_language: str) -> str:
        """Where a new conversation waits: its topic's queue, or a sign language's."""
        if not sign_language:
            return topic
        if media == "chat":
            raise p.ProtocolError(p.ErrorCode.INVALID_FORMAT, "sign language needs a video call")
        if sign_language not in {s.code for s in self.ctx.config.sign_languages}:
            raise p.ProtocolError(p.ErrorCode.NOT_FOUND, f"no sign language {sign_language!r}")
        return sign_queue(sign_language)

    async def on_signal(self, session: Session, msg: p.RtcSignal) -> p.Ok:
        conv = party_to(self.convs, self.engine, session, msg.interaction_id)
        owner = self.convs.owner(conv)
        citizen = session.role == "citizen"
        if conv.channel != "video" or self.convs.state(conv) != "active":
            raise p.ProtocolError(p.ErrorCode.CONFLICT, "not a call in progress")
        if not citizen and session.username != owner:
            raise p.ProtocolError(p.ErrorCode.CONFLICT, "only the call's owner signals to it")
        if len(msg.sdp) > p.MAX_SDP or len(msg.candidate) > MAX_CANDIDATE:
            raise p.ProtocolError(p.ErrorCode.TOO_LARGE, "session description too large")
        if (msg.kind in ("offer", "answer")) != bool(msg.sdp):
            raise p.ProtocolError(p.ErrorCode.INVALID_FORMAT, "an offer or answer has an sdp")
        if citizen and msg.kind == "answer" or not citizen and msg.kind == "offer":
            raise p.ProtocolError(p.ErrorCode.INVALID_FORMAT, "the citizen offers, staff answer")
        key = f"{conv.id}:{'citizen' if citizen else 'agent'}"
        if not self.signals.take(key, self.ctx.now()):
            raise p.ProtocolError(p.ErrorCode.RATE_LIMITED, "too many signals")
        event = p.RtcSignal(
            interaction_id=conv.id, kind=msg.kind, sdp=msg.sdp, candidate=msg.candidate,
            sdp_mid=msg.sdp_mid, sdp_mline_index=msg.sdp_mline_index,
            sender="citizen" if citizen else "agent",
        )  # fmt: skip
        if citizen:
            self.people.to_staff(owner, event)
        else:
            self.people.to_citizen(conv.citizen_token, event)
        return p.Ok(id=msg.id)
