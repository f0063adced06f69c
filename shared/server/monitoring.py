"""Live monitoring: a supervisor listens to, whispers into or barges into a live call or
chat of their team (docs/supervision.md).

One supervisor per conversation at a time: a call's room has one supervisor leg, and a
second coach in the same chat would talk over the first; a second supervisor asking is
told who monitors it (``conflict``). A monitoring session (a ``Watch``) lives until the
supervisor stops it, hangs up their phone, signs out, or the conversation ends; it
survives hold, consultation and transfers (the room keeps the supervisor leg and the
matrix follows the staff legs present).

- Calls: the room dials the supervisor's registered softphone on the ``supervisor`` leg
  with the interaction and a per-monitoring secret (``X-CC-Offer``): the supervisor app
  answers only that INVITE. ``monitor.set_mode`` turns into the room's matrix monitor.
- Chats: the supervisor gets the transcript, then every chat message, internal message
  and participant change of it (``Conversation.watchers``); in whisper ``monitor.send``
  is a private note to the staff (an internal message), in barge a chat message the
  citizen sees, after "Sam joined".

Every start, mode change, stop (with why) and refusal is in the audit log, written before
the reply. Who may: supervisors and admins, and only where ``may_supervise`` says so for
everyone of the staff in the conversation (the team scope, ``shared.server.teams``).
"""

from __future__ import annotations

import asyncio
import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field

from shared import protocol as p
from shared.routing import Engine
from shared.server.chat import valid_text
from shared.server.context import Context
from shared.server.conversations import Conversation, Conversations
from shared.server.effects import Effects
from shared.server.people import People, Session
from shared.server.rows import chat_message, internal_message, transcript_page
from shared.server.sql import audit, interactions, participants

log = logging.getLogger(__name__)

# A supervisor whose app lost its connection this long stops monitoring (their phone
# most likely went with it; the agent must not be shown a monitor who is gone).
SUPERVISOR_GRACE = 3.0


@dataclass(eq=False)
class Watch:
    """One supervisor monitoring one conversation."""

    iid: str
    channel: str
    supervisor: str
    mode: p.MonitorMode
    started_at: float
    mode_since: float
    phone: str = ""  # calls: "", "ringing", "connected"
    secret: str = ""
    shown_to: set[str] = field(default_factory=set)  # staff told of it (told when it stops)


class Monitoring:
    def __init__(
        self,
        ctx: Context,
        engine: Engine,
        conversations: Conversations,
        people: People,
        effects: Effects,
        telephony=None,  # shared.server.telephony.Telephony, or None: no calls
        may_supervise: Callable[[str, str], bool] = lambda supervisor, agent: True,
    ) -> None:
        self.ctx = ctx
        self.engine = engine
        self.convs = conversations
        self.people = people
        self.effects = effects
        self.telephony = telephony
        self.may_supervise = may_supervise
        self.watches: dict[str, Watch] = {}  # interaction id -> its monitoring
        effects.on_ended.append(self.conversation_ended)
        effects.on_joined.append(self.staff_joined)
        if telephony is not None:
            telephony.on_supervisor_leg.append(self.phone_changed)

    def handlers(self) -> dict[type, Callable]:
        return {
            p.StartMonitor: self.on_start,
            p.SetMonitorMode: self.on_set_mode,
            p.StopMonitor: self.on_stop,
            p.SendMonitor: self.on_send,
        }

    # ------------------------------------------------------------------ views

    def info(self, watch: Watch) -> p.MonitorInfo:
        return p.MonitorInfo(
            interaction_id=watch.iid,
            supervisor=watch.supervisor,
            supervisor_name=self.people.name(watch.supervisor),
            mode=watch.mode,
            started_at=watch.started_at,
            mode_since=watch.mode_since,
            phone=watch.phone,  # type: ignore[arg-type]
        )

    def _tell(
        self,
        watch: Watch,
        stopped: bool = False,
        reason: str = "",
        exclude: frozenset = frozenset(),
    ) -> None:
        """The supervisor, and (policy ``monitoring_shown``) the conversation's staff
        (but ``exclude``: staff outside the supervisor's teams never hear of it)."""
        conv = self.convs.get(watch.iid)
        event = p.encode_text(
            p.MonitorChanged(monitor=self.info(watch), stopped=stopped, reason=reason)  # type: ignore[arg-type]
        )
        self.people.to_staff(watch.supervisor, event)
        if not self.ctx.config.monitoring_shown:
            return
        if conv is not None:  # (a conversation that ended has no staff in it any more)
            watch.shown_to |= set(self.convs.staff_in(conv)) - exclude
        for username in watch.shown_to - {watch.supervisor}:
            self.people.to_staff(username, event)

    async def _audit(self, actor: str, action: str, iid: str, **detail) -> None:
        await self.ctx.store.write(audit.audit, actor, action, iid, detail, self.ctx.now())

    # ------------------------------------------------------------------ requests

    async def _refuse(self, session: Session, msg, code: str, why: str, **detail) -> None:
        await self._audit(
            session.username,
            "monitor_refused",
            msg.interaction_id[:64],
            code=code,
            why=why,
            role=session.role,
            request=type(msg).__struct_config__.tag,
            remote=session.address,
            **detail,
        )
        raise p.ProtocolError(code, why)

    async def _supervisor(self, session: Session, msg) -> None:
        if session.role not in p.SUPERVISORS:
            await self._refuse(
                session, msg, p.ErrorCode.FORBIDDEN, "only supervisors may monitor conversations"
            )

    async def on_start(self, session: Session, msg: p.StartMonitor) -> p.MonitorStarted:
        await self._supervisor(session, msg)
        me = session.username
        conv = self.convs.get(msg.interaction_id)
        if conv is None or self.convs.state(conv) != "active":
            await self._refuse(session, msg, p.ErrorCode.NOT_FOUND, "no such live conversation")
        assert conv is not None
        staff = self.convs.staff_in(conv)
        others = [u for u in staff if not self.may_supervise(me, u)]
        if others:
            await self._refuse(
                session, msg, p.ErrorCode.NOT_YOUR_TEAM,
                f"{', '.join(self.people.name(u) for u in others)} is not of your teams",
                staff=staff,
            )  # fmt: skip
        current = self.watches.get(conv.id)
        if current is not None and current.supervisor != me:
            await self._refuse(
                session, msg, p.ErrorCode.CONFLICT,
                f"{self.people.name(current.supervisor)} is monitoring it already",
            )  # fmt: skip
        if current is not None:  # asked again (a second window, a reconnect): the same
            return await self._started(msg.id, conv, current)
        if conv.channel == "voice":
            tel = self.telephony
            if tel is None or not tel.can_monitor(conv):
                await self._refuse(session, msg, p.ErrorCode.CONFLICT, "the call is not live")
            if me not in tel.phones:
                await self._refuse(
                    session, msg, p.ErrorCode.CONFLICT,
                    "register your softphone first: the call rings it",
                )  # fmt: skip
        elif conv.channel != "chat":
            await self._refuse(
                session, msg, p.ErrorCode.CONFLICT, f"{conv.channel} cannot be monitored yet"
            )
        now = self.ctx.now()
        watch = Watch(conv.id, conv.channel, me, msg.mode, now, now)
        if conv.channel == "voice":
            watch.secret = secrets.token_urlsafe(24)
            watch.phone = "ringing"
        await self._audit(
            me, "monitor_start", conv.id,
            mode=msg.mode, channel=conv.channel, staff=staff, remote=session.address,
        )  # fmt: skip
        self.watches[conv.id] = watch
        conv.watchers.add(me)
        log.info("%s monitors %s (%s, %s)", me, conv.id, conv.channel, msg.mode)
        if conv.channel == "voice":
            # After the reply is on its way: the phone knows the secret before it rings.
            asyncio.get_running_loop().call_soon(self._dial, watch)
        elif msg.mode == "barge":
            self._barge_chat(conv, watch, joined=True)
        self._tell(watch)
        return await self._started(msg.id, conv, watch)

    def _dial(self, watch: Watch) -> None:
        conv = self.convs.get(watch.iid)
        if self.watches.get(watch.iid) is not watch or conv is None or self.telephony is None:
            return
        if not self.telephony.monitor_dial(conv, watch.supervisor, watch.secret, watch.mode):
            self._stop(watch, "phone")

    async def _started(self, req_id: int, conv: Conversation, watch: Watch) -> p.MonitorStarted:
        reply = p.MonitorStarted(
            id=req_id,
            monitor=self.info(watch),
            interaction=self.effects.info(conv),
            phone_secret=watch.secret,
        )
        if conv.channel == "chat":
            rows = await self.ctx.store.read(interactions.messages, conv.id)
            page, _earlier = transcript_page(rows, p.TRANSCRIPT_PAGE_BYTES // 2)
            internal = await self.ctx.store.read(participants.internal_messages, conv.id)
            reply.messages = [chat_message(r) for r in page]
            reply.internal = [internal_message(r) for r in internal[-200:]]
        return reply

    def _mine(self, session: Session, iid: str) -> tuple[Conversation, Watch]:
        watch = self.watches.get(iid)
        conv = self.convs.get(iid)
        if watch is None or conv is None or watch.supervisor != session.username:
            raise p.ProtocolError(p.ErrorCode.NOT_FOUND, "you are not monitoring that")
        return conv, watch

    async def on_set_mode(self, session: Session, msg: p.SetMonitorMode) -> p.Ok:
        await self._supervisor(session, msg)
        conv, watch = self._mine(session, msg.interaction_id)
        if msg.mode == watch.mode:
            return p.Ok(id=msg.id)
        now = self.ctx.now()
        before = watch.mode
        await self._audit(
            session.username, "monitor_mode", conv.id,
            mode=msg.mode, was=before, seconds_in_previous=round(now - watch.mode_since, 3),
        )  # fmt: skip
        if self.watches.get(conv.id) is not watch:  # ended while the audit was written
            raise p.ProtocolError(p.ErrorCode.NOT_FOUND, "the monitoring has ended")
        watch.mode, watch.mode_since = msg.mode, now
        if conv.channel == "voice" and self.telephony is not None:
            self.telephony.monitor_mode(conv, msg.mode)
        elif msg.mode == "barge" or before == "barge":
            self._barge_chat(conv, watch, joined=msg.mode == "barge")
        self._tell(watch)
        return p.Ok(id=msg.id)

    async def on_stop(self, session: Session, msg: p.StopMonitor) -> p.Ok:
        await self._supervisor(session, msg)
        _conv, watch = self._mine(session, msg.interaction_id)
        await self._stop_and_audit(watch, "supervisor")
        return p.Ok(id=msg.id)

    async def on_send(self, session: Session, msg: p.SendMonitor) -> p.ChatSent | p.InternalSent:
        await self._supervisor(session, msg)
        conv, watch = self._mine(session, msg.interaction_id)
        if conv.channel != "chat":
            raise p.ProtocolError(p.ErrorCode.CONFLICT, "a call is coached on the phone")
        if watch.mode == "listen":
            raise p.ProtocolError(
                p.ErrorCode.CONFLICT, "you are listening: whisper or barge to write"
            )
        text = valid_text(msg.text)
        me, name, now = session.username, self.people.name(session.username), self.ctx.now()
        staff = self.convs.staff_in(conv)
        if watch.mode == "whisper":
            row = await self.ctx.store.write(
                participants.add_internal, conv.id, me, name, text, now
            )
            message = internal_message(row)
            event = p.encode_text(p.InternalMessageEvent(interaction_id=conv.id, message=message))
            for username in {*staff, *conv.watchers}:
                self.people.to_sessions(
                    (s for s in self._sessions(username) if s is not session), event
                )
            return p.InternalSent(id=msg.id, interaction_id=conv.id, message=message)
        if conv.last_seq >= self.ctx.config.max_transcript_messages:
            raise p.ProtocolError(p.ErrorCode.TOO_LARGE, "this conversation has reached its limit")
        row = await self.ctx.store.write(
            interactions.add_message, conv.id, "agent", name, text, now
        )
        conv.last_seq = max(conv.last_seq, row["seq"])
        chat = chat_message(row)
        event = p.encode_text(p.ChatMessageEvent(interaction_id=conv.id, message=chat))
        self.people.to_citizen(conv.citizen_token, event)
        for username in {*staff, *conv.watchers}:
            self.people.to_sessions(
                (s for s in self._sessions(username) if s is not session), event
            )
        return p.ChatSent(id=msg.id, interaction_id=conv.id, message=chat)

    def _sessions(self, username: str):
        staff = self.people.staff.get(username)
        return staff.sessions if staff else ()

    # ------------------------------------------------------------------ chat barge

    def _barge_chat(self, conv: Conversation, watch: Watch, joined: bool) -> None:
        """The citizen (and the staff) see the supervisor join or leave the chat."""
        name = self.people.name(watch.supervisor)
        event = p.ParticipantsChanged(
            interaction_id=conv.id,
            participants=self._participants(conv, with_supervisor=joined),
            joined=name if joined else "",
            left="" if joined else name,
        )
        for username in {*self.convs.staff_in(conv), *conv.watchers}:
            self.people.to_staff(username, event)
        if self.convs.of_citizen(conv.citizen_token) is conv:
            facing = set(self.convs.citizen_facing(conv)) | (
                {watch.supervisor} if joined else set()
            )
            seen = p.ParticipantsChanged(
                interaction_id=conv.id,
                participants=[x for x in event.participants if x.username in facing],
                joined=event.joined,
                left=event.left,
            )
            self.people.to_citizen(conv.citizen_token, seen)

    def _participants(self, conv: Conversation, with_supervisor: bool) -> list[p.Participant]:
        out = self.effects.participants(conv)
        watch = self.watches.get(conv.id)
        if with_supervisor and watch is not None:
            out.append(
                p.Participant(
                    username=watch.supervisor,
                    display_name=self.people.name(watch.supervisor),
                    role="supervisor",
                )
            )
        return out

    # ------------------------------------------------------------------ endings

    async def _stop_and_audit(self, watch: Watch, reason: str) -> None:
        if self.watches.get(watch.iid) is not watch:
            return
        now = self.ctx.now()
        await self._audit(
            watch.supervisor, "monitor_stop", watch.iid,
            reason=reason, mode=watch.mode, seconds=round(now - watch.started_at, 3),
        )  # fmt: skip
        self._stop(watch, reason, audited=True)

    def _stop(
        self,
        watch: Watch,
        reason: str,
        audited: bool = False,
        exclude: frozenset = frozenset(),
        taken_over: bool = False,
        **detail,
    ) -> None:
        if self.watches.get(watch.iid) is not watch:
            return
        del self.watches[watch.iid]
        conv = self.convs.get(watch.iid)
        if conv is not None and taken_over:  # the supervisor's leg (or voice) stays: theirs
            conv.watchers.discard(watch.supervisor)
        elif conv is not None:
            conv.watchers.discard(watch.supervisor)
            if watch.channel == "voice" and self.telephony is not None:
                self.telephony.monitor_hangup(conv)
            elif watch.mode == "barge" and self.convs.state(conv) == "active":
                self._barge_chat(conv, watch, joined=False)
        if not audited:
            now = self.ctx.now()
            self.ctx.background(
                self.ctx.store.write(
                    audit.audit, watch.supervisor, "monitor_stop", watch.iid,
                    {"reason": reason, "mode": watch.mode,
                     "seconds": round(now - watch.started_at, 3), **detail},
                    now,
                )
            )  # fmt: skip
        log.info("%s stops monitoring %s: %s", watch.supervisor, watch.iid, reason)
        self._tell(watch, stopped=True, reason=reason, exclude=exclude)

    def taken_over(self, watch: Watch) -> None:
        """The supervisor took the conversation over: the monitoring ends, their phone's
        leg (a call) stays connected as the caller's partner."""
        self._stop(watch, "taken_over", taken_over=True)

    def conversation_ended(self, conv: Conversation, reason: str) -> None:
        watch = self.watches.get(conv.id)
        if watch is not None:
            self._stop(watch, "ended")

    def staff_joined(self, conv: Conversation, username: str) -> None:
        """Someone joined a monitored conversation (consulted, the new owner after a
        transfer). The team rule holds for the whole session: someone outside the
        supervisor's teams ends the monitoring (``not_your_team``, audited) and is never
        told of it; anyone else is told at once (policy ``monitoring_shown``)."""
        watch = self.watches.get(conv.id)
        if watch is None or username == watch.supervisor:
            return
        if not self.may_supervise(watch.supervisor, username):
            log.info("%s joined %s: outside %s's teams", username, conv.id, watch.supervisor)
            self._stop(watch, "not_your_team", exclude=frozenset({username}), staff=[username])
            return
        if self.ctx.config.monitoring_shown and username not in watch.shown_to:
            watch.shown_to.add(username)
            self.people.to_staff(username, p.MonitorChanged(monitor=self.info(watch)))

    def phone_changed(self, iid: str, state: str) -> None:
        """The supervisor leg of the call rang, connected or ended (room events)."""
        watch = self.watches.get(iid)
        if watch is None or watch.channel != "voice":
            return
        if state == "connected" and watch.phone != "connected":
            watch.phone = "connected"
            self._tell(watch)
        elif state == "ended":
            self._stop(watch, "phone")

    def staff_gone(self, username: str) -> None:
        if any(w.supervisor == username for w in self.watches.values()):
            asyncio.get_running_loop().call_later(SUPERVISOR_GRACE, self._still_gone, username)

    def _still_gone(self, username: str) -> None:
        staff = self.people.staff.get(username)
        if staff is not None and staff.sessions:
            return
        for watch in [w for w in self.watches.values() if w.supervisor == username]:
            self._stop(watch, "signed_out")
