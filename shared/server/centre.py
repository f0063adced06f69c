"""The contact centre: the routing server minus the sockets, assembled from its parts.

Connections (``shared.server.app``) hand ``ContactCentre`` decoded requests with their
``Session``; the handler table sends each to the desk whose job it is:

| module | job |
| --- | --- |
| ``login`` | staff and citizen login, resume, disconnects |
| ``staffing`` | staff in the engine: presence, channels, connected |
| ``chat`` | web chat: start, messages, typing, delivery |
| ``offers`` | accepting and rejecting what rings |
| ``ending`` | closing, abandoning (citizens who left while waiting) |
| ``wrapup`` | the wrap-up each participant owes |
| ``second_line`` | consultations, transfers, three-way, internal messages |
| ``stepping_in`` | a supervisor moves a conversation of their team to someone else |
| ``directory`` | departments and people with live presence |
| ``wallboard`` | what supervisors watch: their teams' agents (today's figures: ``service_level``) |
| ``supervising`` | a supervisor's log out and timeline of an agent |
| ``teams`` + ``team_desk`` | who supervises whom; admins change the teams |
| ``broadcasts`` | messages from supervisors to all staff or a team |
| ``monitoring`` | supervisors listening, whispering, barging into calls and chats |
| ``take_over`` | a supervisor takes over the call or chat they monitor |
| ``kb`` | the knowledge base |
| ``telephony`` + ``voice`` | the switch and the calls' side of the centre |
| ``callbacks`` | citizens phoned back: requests, attempts, retries |
| ``restore`` | loading everything at start |
| ``effects`` | routing engine actions turned into pushes and writes, one step at a time |

The routing engine (``shared.routing``) holds every conversation's lifecycle and
participants; ``conversations`` holds the rest. Collaborators get a ``Context`` (store,
clock, background work) and the few parts they need, never the whole centre.

Everything here runs on the one asyncio loop; the only blocking work (SQLite, argon2)
goes through the store's writer thread or an executor.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from typing import Any

from shared import protocol as p
from shared.routing import Engine, RoutingConfig
from shared.server.broadcasts import BroadcastDesk
from shared.server.catalogue import Catalogue
from shared.server.channels import Channel, ChatChannel, NoVoice
from shared.server.chat import ChatDesk
from shared.server.config import ServerConfig
from shared.server.context import Context, Tasks
from shared.server.conversations import Conversations
from shared.server.directory import Directory
from shared.server.effects import Effects
from shared.server.ending import Ending
from shared.server.history_desk import HistoryDesk
from shared.server.kb import KnowledgeDesk
from shared.server.login import LoginDesk
from shared.server.monitoring import Monitoring
from shared.server.offers import OfferDesk
from shared.server.people import People, Session
from shared.server.quality_desk import QualityDesk
from shared.server.reports.desk import ReportDesk
from shared.server.restore import Restore
from shared.server.second_line import SecondLine
from shared.server.sql import wallboard as wallboard_sql
from shared.server.staffing import Staffing
from shared.server.staffing_desk import StaffingDesk
from shared.server.stepping_in import SteppingIn
from shared.server.store import Store
from shared.server.supervising import Supervising
from shared.server.take_over import TakeOverDesk
from shared.server.team_desk import TeamDesk
from shared.server.teams import Teams
from shared.server.video import VideoChannel, VideoDesk
from shared.server.voice import VoiceDesk
from shared.server.wallboard import Wallboard
from shared.server.wrapup import WrapupDesk

__all__ = ["ContactCentre", "Session"]

log = logging.getLogger(__name__)


class ContactCentre:
    def __init__(
        self,
        config: ServerConfig,
        store: Store,
        clock: Callable[[], float] = time.time,
        *,
        telephony: bool = False,
    ) -> None:
        self.config = config
        self.ctx = Context(config, store, clock, Tasks())
        self.engine = Engine(
            RoutingConfig(
                capacity=dict(config.capacity),
                offer_timeout=config.offer_timeout,
                wrapup_mandatory=config.wrapup_mandatory,
            )
        )
        self.people = People()
        self.conversations = Conversations(self.engine)
        self.catalogue = Catalogue()
        self.teams = Teams(self._role_of)
        self.team_desk = TeamDesk(self.ctx, self.people, self.teams)
        self.broadcasts = BroadcastDesk(self.ctx, self.people, self.teams)
        self.wallboard = Wallboard(
            self.engine,
            self.people,
            self.catalogue,
            config.wallboard_interval,
            conversations=self.conversations,
            config=config,
            clock=clock,
            teams=self.teams,
        )
        self.channels: dict[str, Channel] = {
            "chat": ChatChannel(),
            "voice": NoVoice(),
            # offered to those whose app has the media (hello.video)
            "video": VideoChannel(lambda username: self.staffing.refresh_channels(username)),
        }
        self.effects = Effects(
            self.ctx,
            self.engine,
            self.people,
            self.conversations,
            self.catalogue,
            self.wallboard,
            self.channels,
        )
        self.kb = KnowledgeDesk(
            self.ctx, self.people, self.conversations, self.catalogue, self.wallboard
        )
        self.wallboard.self_service = self.kb.self_service_today
        self.staffing = Staffing(
            self.ctx,
            self.engine,
            self.people,
            self.catalogue,
            self.effects,
            self.channels,
            may_supervise=self.teams.may_supervise,
        )
        self.ending = Ending(self.ctx, self.engine, self.conversations, self.people, self.effects)
        self.offers = OfferDesk(
            self.ctx, self.engine, self.conversations, self.people, self.effects, self.kb
        )
        self.wrapups = WrapupDesk(
            self.ctx, self.engine, self.conversations, self.catalogue, self.effects
        )
        video_channel = self.channels["video"]
        assert isinstance(video_channel, VideoChannel)
        self.video = VideoDesk(
            self.ctx, self.engine, self.conversations, self.people, self.effects, self.ending,
            video_channel,
        )  # fmt: skip
        self.chat = ChatDesk(
            self.ctx,
            self.engine,
            self.conversations,
            self.people,
            self.catalogue,
            self.effects,
            self.ending,
            self.kb,
            self.video,
        )
        self.login = LoginDesk(
            self.ctx,
            self.engine,
            self.people,
            self.conversations,
            self.catalogue,
            self.effects,
            self.staffing,
            self.ending,
            self.wrapups,
            self.kb,
            self.offers,
            self.video,
        )
        self.second_line = SecondLine(
            self.ctx, self.engine, self.conversations, self.people, self.catalogue, self.effects
        )
        self.login.on_staff_gone.append(self.second_line.staff_gone)
        self.login.on_staff_gone.append(self.video.staff_gone)
        self.stepping_in = SteppingIn(
            self.ctx,
            self.engine,
            self.conversations,
            self.people,
            self.catalogue,
            self.effects,
            may_supervise=self.teams.may_supervise,
        )
        self.restore = Restore(
            self.ctx,
            self.engine,
            self.people,
            self.conversations,
            self.catalogue,
            self.effects,
            self.staffing,
            self.ending,
            keep_callbacks=telephony,
        )
        self.voice = VoiceDesk(
            self.ctx, self.engine, self.conversations, self.effects, self.ending, self.offers
        )
        self.telephony = None
        self.callbacks = None
        if telephony:
            from shared.server.callbacks import CallbackDesk
            from shared.server.telephony import Telephony

            self.callbacks = CallbackDesk(
                self.ctx,
                self.engine,
                self.conversations,
                self.catalogue,
                self.effects,
                self.ending,
                self.voice,
            )
            self.telephony = Telephony(
                self.ctx,
                self.engine,
                self.conversations,
                self.catalogue,
                self.voice,
                phone_changed=self.staffing.refresh_channels,
                callbacks=self.callbacks,
            )
            self.channels["voice"] = self.telephony
        self.supervising = Supervising(self.ctx, self.staffing, self.wallboard.day_start)
        self.staffing_desk = StaffingDesk(self.ctx)
        self.history_desk = HistoryDesk(self.ctx, self.teams)
        self.quality = QualityDesk(
            self.ctx, self.staffing.supervised_agent, self.teams.visible_agents
        )
        self.monitoring = Monitoring(
            self.ctx,
            self.engine,
            self.conversations,
            self.people,
            self.effects,
            self.telephony,
            may_supervise=self.teams.may_supervise,
        )
        self.login.on_anyone_gone.append(self.monitoring.staff_gone)
        self.take_over = TakeOverDesk(
            self.ctx,
            self.engine,
            self.conversations,
            self.people,
            self.effects,
            self.staffing,
            self.monitoring,
            may_supervise=self.teams.may_supervise,
        )
        self.directory = Directory(
            self.engine, self.people, self.catalogue, self.channels["voice"].can_offer
        )
        self.wallboard.on_changed = self.directory.changed
        self.handlers: dict[type, Callable[[Session, Any], Any]] = {
            p.Ping: self.on_ping,
            p.Logout: self.login.on_logout,
            p.RevokeSessions: self.login.on_revoke_sessions,
            p.SetPresence: self.staffing.on_set_presence,
            p.SetChannels: self.staffing.on_set_channels,
            p.ForcePresence: self.staffing.on_force_presence,
            p.AcceptOffer: self.offers.on_accept,
            p.RejectOffer: self.offers.on_reject,
            p.StartChat: self.chat.on_start_chat,
            p.RtcSignal: self.video.on_signal,
            p.SendChat: self.chat.on_send_chat,
            p.ChatHistory: self.chat.on_history,
            p.Typing: self.chat.on_typing,
            p.AckChat: self.chat.on_ack,
            p.CloseInteraction: self.ending.on_close,
            p.SubmitWrapup: self.wrapups.on_wrapup,
            p.Subscribe: self.wallboard.on_subscribe,
            p.GetDirectory: self.directory.on_get,
            p.RegisterPhone: self._no_telephony,
            p.HoldCall: self._no_telephony,
            p.RequestCallback: self._no_telephony,
            **self.kb.handlers(),
            **self.second_line.handlers(),
            **self.stepping_in.handlers(),
            **self.supervising.handlers(),
            **self.staffing_desk.handlers(),
            **self.history_desk.handlers(),
            **self.team_desk.handlers(),
            **self.broadcasts.handlers(),
            **self.monitoring.handlers(),
            **self.take_over.handlers(),
            **ReportDesk(self.ctx, self.teams.visible_agents).handlers(),
            **self.quality.handlers(),
        }
        if self.telephony is not None:
            self.handlers.update(self.telephony.handlers())
        if self.callbacks is not None:
            self.handlers.update(self.callbacks.handlers())
        self._ticker: asyncio.Task | None = None

    # ------------------------------------------------------------------ start/stop

    async def start(self) -> None:
        """Load users, topics, presence and open interactions: the restart path."""
        await self.restore.run()
        await self.team_desk.start()
        await self.broadcasts.start()
        await self.ctx.store.sync()  # what the restore wrote (lost calls) counts too
        now = self.ctx.now()
        day = await self.ctx.store.read(wallboard_sql.day_facts, self.wallboard.day_start(now))
        self.wallboard.rebuild(day, now)
        await self.kb.start()
        self._ticker = asyncio.get_running_loop().create_task(self._tick_forever())
        if self.telephony is not None:
            await self.telephony.start()
        if self.callbacks is not None:  # once rooms are there to place them
            await self.callbacks.restore()

    async def stop(self) -> None:
        if self.callbacks is not None:
            self.callbacks.stop()
        if self.telephony is not None:
            await self.telephony.stop()
        if self._ticker:
            self._ticker.cancel()
        self.ending.stop()
        await self.ctx.tasks.drain()

    async def _tick_forever(self) -> None:
        """Let the engine expire offers that rang out (ring-no-answer)."""
        while True:
            await asyncio.sleep(0.2)
            try:
                self.effects.step(self.engine.tick, self.ctx.now(), by="system")
                self.wallboard.tick(self.ctx.now())  # midnight: today's counters reset
            except Exception:  # never let one bad tick stop ring-no-answer handling
                log.exception("routing tick failed")

    # ------------------------------------------------------------------ connections

    async def login_staff(self, session: Session, msg: p.Hello) -> p.HelloOk:
        return await self.login.login_staff(session, msg)

    async def after_staff_login(self, session: Session) -> None:
        await self.login.after_staff_login(session)
        self.broadcasts.send_unread(session)

    async def login_citizen(self, session: Session, msg: p.CitizenHello) -> p.CitizenHelloOk:
        return await self.login.login_citizen(session, msg)

    def disconnected(self, session: Session) -> None:
        self.login.disconnected(session)

    # ------------------------------------------------------------------ small handlers

    def _role_of(self, username: str) -> str | None:
        staff = self.people.staff.get(username)
        return staff.role if staff else None

    async def on_ping(self, session: Session, msg: p.Ping) -> p.Pong:
        return p.Pong(id=msg.id)

    async def _no_telephony(self, session: Session, msg: Any) -> None:
        raise p.ProtocolError(p.ErrorCode.CONFLICT, "this server takes no calls (no telephony)")
