"""The contact centre's state and request handlers: the routing server minus the sockets.

``ContactCentre`` owns the routing engine, the live interactions and who is connected.
Connections (``shared.server.app``) hand it decoded requests together with their
``Session``; it validates them, writes to the store *before* acknowledging (so anything
acknowledged survives a crash), applies the engine's actions and pushes events.

Everything here runs on the one asyncio loop; the only blocking work (SQLite, argon2)
goes through the store's writer thread or an executor.
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import msgspec

from shared import protocol as p
from shared.routing import (
    Engine,
    Offer,
    OfferRevoked,
    PresenceChanged,
    QueueChanged,
    RoutingConfig,
    RoutingError,
)
from shared.server import auth
from shared.server.config import ServerConfig
from shared.server.kb import KnowledgeDesk
from shared.server.sql import audit, interactions, presence, recordings, users
from shared.server.store import Store

log = logging.getLogger(__name__)

ROUTABLE = p.ROUTABLE
OPEN_STATES = frozenset({"queued", "offered", "active", "wrap_up"})
# The one queue of a centre with no topics configured (everyone routable serves it).
GENERAL_TOPIC = p.Topic(id="general", name="General enquiries")


class Session:
    """One websocket connection after login: who it is and a bounded outgoing queue."""

    def __init__(self, push: Callable[[str], None], peer: str = "") -> None:
        self.push = push  # enqueue an encoded frame; drops the connection if it is full
        self.peer = peer
        self.role: str | None = None  # staff role or "citizen"
        self.username: str = ""  # staff only
        self.citizen_token: str = ""  # citizen only

    def send(self, msg: msgspec.Struct) -> None:
        self.push(p.encode_text(msg))


@dataclass(slots=True)
class Live:
    """An open interaction as the server keeps it in memory (mirrors its row)."""

    id: str
    channel: str
    topic: str
    citizen_name: str
    citizen_token: str
    priority: int
    created_at: float
    state: str
    agent: str | None = None
    preview: str = ""  # the citizen's first message, shown on the offer
    agent_name: str = ""  # set once an agent has accepted
    # The citizen's last few messages: suggestions follow the conversation, not only
    # the latest line ("thanks, have a nice day" alone would suggest nothing useful).
    recent: list[str] = field(default_factory=list)
    caller: str = ""  # voice: the caller's number
    history: list[p.PastInteraction] = field(default_factory=list)  # voice: earlier contacts
    on_hold: bool = False

    def info(self) -> p.InteractionInfo:
        return p.InteractionInfo(
            id=self.id,
            channel=self.channel,
            topic=self.topic,
            citizen_name=self.citizen_name,
            state=self.state,
            created_at=self.created_at,
            priority=self.priority,
            agent=self.agent,
            agent_name=self.agent_name,
            caller=self.caller,
        )


@dataclass(slots=True)
class Staff:
    username: str
    display_name: str
    role: str
    skills: dict[str, int]
    password_hash: str
    sessions: set[Session] = field(default_factory=set)


def _msg(row: dict) -> p.ChatMessage:
    return p.ChatMessage(
        seq=row["seq"],
        sender=row["sender"],
        sender_name=row["sender_name"],
        text=row["text"],
        ts=row["ts"],
    )


class ContactCentre:
    def __init__(self, config: ServerConfig, store: Store, clock: Callable[[], float] = time.time):
        self.config = config
        self.store = store
        self.now = clock
        self.engine = Engine(
            RoutingConfig(
                capacity=dict(config.capacity),
                offer_timeout=config.offer_timeout,
                wrapup_mandatory=config.wrapup_mandatory,
            )
        )
        self.staff: dict[str, Staff] = {}
        self.topics: dict[str, p.Topic] = {}
        self.live: dict[str, Live] = {}
        self.by_citizen: dict[str, str] = {}  # citizen token -> open interaction id
        self.citizens: dict[str, set[Session]] = defaultdict(set)
        self.supervisors: set[Session] = set()
        self._abandon_timers: dict[str, asyncio.TimerHandle] = {}
        self._background: set[asyncio.Task] = set()
        self._dirty_agents: set[str] = set()
        self._dirty_topics: set[str] = set()
        self._flush_scheduled = False
        self._ticker: asyncio.Task | None = None
        self.handlers: dict[type, Callable[[Session, Any], Any]] = {
            p.Ping: self.on_ping,
            p.SetPresence: self.on_set_presence,
            p.AcceptOffer: self.on_accept,
            p.RejectOffer: self.on_reject,
            p.StartChat: self.on_start_chat,
            p.SendChat: self.on_send_chat,
            p.Typing: self.on_typing,
            p.AckChat: self.on_ack,
            p.CloseInteraction: self.on_close,
            p.SubmitWrapup: self.on_wrapup,
            p.Subscribe: self.on_subscribe,
            p.ForcePresence: self.on_force_presence,
        }
        self.kb = KnowledgeDesk(self)  # adds the kb.* handlers
        self.telephony = None  # shared.server.telephony.Telephony, when calls are on
        # Replaced by Telephony's handlers when the switch runs.
        self.handlers[p.RegisterPhone] = self._no_telephony
        self.handlers[p.HoldCall] = self._no_telephony

    # ------------------------------------------------------------------ start/stop

    async def start(self) -> None:
        """Load users, topics, presence and open interactions: the restart path."""
        now = self.now()
        for row in await self.store.read(users.list_topics):
            self.topics[row["id"]] = p.Topic(
                id=row["id"], name=row["name"], department=row.get("department") or ""
            )
        if not self.topics:
            # Nothing configured: one general queue that every agent and expert serves,
            # so no caller or citizen meets a menu with nothing in it.
            log.warning(
                "no topics configured: the phone menu is empty; calls and chats go to the"
                " general queue %r (add topics with 'cc-server topic add')",
                GENERAL_TOPIC.id,
            )
            self.topics[GENERAL_TOPIC.id] = GENERAL_TOPIC
        last = await self.store.read(presence.last_presence)
        for row in await self.store.read(users.list_users):
            if row.get("disabled"):
                continue
            self._add_staff(row, last.get(row["username"]), now)
        for row in await self.store.read(interactions.open_interactions):
            if row["channel"] == "voice" and row["state"] != "wrap_up":
                state = await self._fail_lost_call(row, now)
                if state != "wrap_up":
                    continue
                row = {**row, "state": state}  # restored below like any wrap-up owed
            live = Live(
                id=row["id"],
                channel=row["channel"],
                topic=row["topic"],
                citizen_name=row["citizen_name"] or "",
                citizen_token=row["citizen_token"] or "",
                priority=row["priority"] or 0,
                created_at=row["created_at"],
                state=row["state"],
                agent=row.get("agent"),
                caller=row.get("caller") or "",
            )
            if live.state in ("queued", "offered"):
                first = await self.store.read(interactions.messages, live.id)
                live.preview = first[0]["text"][:200] if first else ""
            self.live[live.id] = live
            if live.citizen_token:
                self.by_citizen[live.citizen_token] = live.id
            if live.state in ("queued", "offered") or live.agent not in self.staff:
                live.state, live.agent = "queued", None
                self._apply(
                    self.engine.enqueue(
                        live.id,
                        live.topic,
                        live.channel,
                        now,
                        priority=live.priority,
                        arrival=live.created_at,
                    )
                )
                # Nobody is connected after a restart: the citizen gets the grace period.
                self._arm_abandon(live)
            else:
                live.agent_name = self.staff[live.agent].display_name
                self._apply(
                    self.engine.restore_active(
                        live.id,
                        live.topic,
                        live.channel,
                        live.agent,
                        now,
                        wrapup=live.state == "wrap_up",
                    )
                )
        log.info(
            "restored %d users, %d topics, %d open interactions",
            len(self.staff),
            len(self.topics),
            len(self.live),
        )
        await self.kb.start()
        self._ticker = asyncio.get_running_loop().create_task(self._tick_forever())

    async def _fail_lost_call(self, row: dict, now: float) -> str:
        """A call open when the server stopped: its room went with it. A waiting caller
        is abandoned; a talking one goes to wrap-up so the agent can note it. Returns
        the state written."""
        reason = "server restarted during the call"
        if row["state"] == "active" and row.get("agent") in self.staff:
            state = "wrap_up" if self.config.wrapup_mandatory else "closed"
        else:
            state = "abandoned"
        await self.store.write(
            interactions.set_interaction_state, row["id"], state, now, reason=reason, failure=reason
        )
        return state

    async def stop(self) -> None:
        if self._ticker:
            self._ticker.cancel()
        for handle in self._abandon_timers.values():
            handle.cancel()
        if self._background:
            await asyncio.gather(*self._background, return_exceptions=True)

    def _add_staff(self, row: dict, last: tuple[str, str] | None, now: float) -> None:
        skills = dict(row["skills"])
        if GENERAL_TOPIC.id in self.topics and self.topics[GENERAL_TOPIC.id] is GENERAL_TOPIC:
            skills.setdefault(GENERAL_TOPIC.id, 1)
        staff = Staff(
            row["username"],
            row["display_name"],
            row["role"],
            skills,
            row["password_hash"],
        )
        self.staff[staff.username] = staff
        if staff.role in ROUTABLE:
            chosen, reason = last or ("offline", "")
            self.engine.add_agent(
                staff.username, staff.skills, now, presence=chosen, reason=reason, connected=False
            )

    async def _tick_forever(self) -> None:
        while True:
            await asyncio.sleep(0.2)
            try:
                self._apply(self.engine.tick(self.now()))
            except Exception:  # never let one bad tick stop ring-no-answer handling
                log.exception("routing tick failed")

    # ------------------------------------------------------------------ login

    async def login_staff(self, session: Session, msg: p.Hello) -> p.HelloOk:
        staff = self.staff.get(msg.user)
        ok = False
        if staff is not None:
            if msg.token:
                ok = await self.store.read(users.user_for_token, msg.token, self.now()) == msg.user
            elif msg.password is not None:
                loop = asyncio.get_running_loop()
                ok = await loop.run_in_executor(
                    None, auth.verify_password, staff.password_hash, msg.password
                )
        if not ok:
            # Same answer for unknown users and bad passwords: don't reveal which exist.
            raise p.ProtocolError(p.ErrorCode.UNAUTHORIZED, "unknown user or wrong password")
        token = msg.token or auth.new_token()
        if not msg.token:
            await self.store.write(
                users.create_token, staff.username, token, self.now() + self.config.token_lifetime
            )
        session.role, session.username = staff.role, staff.username
        staff.sessions.add(session)
        presence, reason, held = "offline", "", []
        if staff.role in ROUTABLE:
            self._apply(self.engine.set_connected(staff.username, True, self.now()))
            view = self.engine.agent_view(staff.username)
            presence, reason, held = view.presence, view.reason, list(view.interactions)
            self.mark_agent_dirty(staff.username)
        return p.HelloOk(
            id=msg.id,
            version=p.PROTOCOL_VERSION,
            user=p.UserInfo(
                username=staff.username,
                display_name=staff.display_name,
                role=staff.role,
                skills=staff.skills,
            ),
            token=token,
            topics=list(self.topics.values()),
            not_ready_reasons=list(self.config.not_ready_reasons),
            wrapup_topics=self.wrapup_topics(),
            wrapup_mandatory=self.config.wrapup_mandatory,
            presence=presence,
            presence_reason=reason,
            interactions=held,
        )

    async def after_staff_login(self, session: Session) -> None:
        """Resume: tell a (re)connected agent its presence and everything it still holds."""
        self.kb.send_pins(session)
        if session.role not in ROUTABLE:
            return
        view = self.engine.agent_view(session.username)
        session.send(
            p.PresenceChanged(
                presence=view.presence,
                reason=view.reason,
                since=view.since,
                chosen=view.chosen,
                chosen_reason=view.chosen_reason,
            )
        )
        for iid in view.interactions:
            live = self.live.get(iid)
            if live is None:
                continue
            rows = await self.store.read(interactions.messages, iid)
            session.send(
                p.InteractionAssigned(
                    interaction=live.info(),
                    messages=[_msg(r) for r in rows],
                    history=live.history,
                    on_hold=live.on_hold,
                )
            )
            if live.state == "wrap_up":
                session.send(
                    p.InteractionClosed(
                        interaction_id=iid, by="agent", reason="resumed", wrapup_required=True
                    )
                )
        if view.offer and view.offer in self.live:
            self._send_offer(session.username, view.offer, self.engine.offer_expiry(view.offer))

    async def login_citizen(self, session: Session, msg: p.CitizenHello) -> p.CitizenHelloOk:
        token = msg.resume_token or ""
        iid = self.by_citizen.get(token) if token else None
        if iid is None:  # unknown or finished: never let a client pick its own token
            token = auth.new_token()
        session.role, session.citizen_token = "citizen", token
        self.citizens[token].add(session)
        reply = p.CitizenHelloOk(
            id=msg.id,
            version=p.PROTOCOL_VERSION,
            topics=list(self.topics.values()),
            resume_token=token,
        )
        if iid and iid in self.live:
            live = self.live[iid]
            self._disarm_abandon(iid)
            reply.interaction = live.info()
            reply.messages = [_msg(r) for r in await self.store.read(interactions.messages, iid)]
            reply.position = self.engine.position(iid)
        return reply

    def disconnected(self, session: Session) -> None:
        if session.role == "citizen":
            sessions = self.citizens.get(session.citizen_token)
            if sessions is not None:
                sessions.discard(session)
                if not sessions:
                    del self.citizens[session.citizen_token]
                    iid = self.by_citizen.get(session.citizen_token)
                    if iid and self.live[iid].state in ("queued", "offered"):
                        self._arm_abandon(self.live[iid])
            return
        self.supervisors.discard(session)
        staff = self.staff.get(session.username)
        if staff is None:
            return
        staff.sessions.discard(session)
        if not staff.sessions and staff.role in ROUTABLE:
            self._apply(self.engine.set_connected(staff.username, False, self.now()))
            self.mark_agent_dirty(staff.username)

    # ------------------------------------------------------------------ handlers

    async def on_ping(self, session: Session, msg: p.Ping) -> p.Pong:
        return p.Pong(id=msg.id)

    async def on_set_presence(self, session: Session, msg: p.SetPresence) -> p.Ok:
        self._require_routable(session)
        reason = self._valid_reason(msg.state, msg.reason)
        await self._set_presence(session.username, msg.state, reason, by=session.username)
        return p.Ok(id=msg.id)

    async def on_force_presence(self, session: Session, msg: p.ForcePresence) -> p.Ok:
        staff = self.staff.get(msg.user)
        if staff is None or staff.role not in ROUTABLE:
            raise p.ProtocolError(p.ErrorCode.NOT_FOUND, f"no agent {msg.user!r}")
        reason = msg.reason[:60] or "Set by supervisor"
        await self.store.write(
            audit.audit,
            session.username,
            "force_presence",
            msg.user,
            {"state": msg.state, "reason": reason},
            self.now(),
        )
        await self._set_presence(msg.user, msg.state, reason, by=session.username)
        return p.Ok(id=msg.id)

    async def _set_presence(self, user: str, state: str, reason: str, by: str) -> None:
        actions = self.engine.set_presence(user, state, self.now(), reason)
        view = self.engine.agent_view(user)
        # The choice is kept even when the shown presence does not change (busy stays busy).
        written = self.store.write(
            presence.record_presence,
            user,
            view.chosen,
            view.presence,
            view.reason,
            view.since,
            by=by,
        )
        self._apply(actions, by=by, recorded=user)
        await written

    async def on_start_chat(self, session: Session, msg: p.StartChat) -> p.ChatStarted:
        if msg.topic not in self.topics:
            raise p.ProtocolError(p.ErrorCode.NOT_FOUND, f"no topic {msg.topic!r}")
        text = self._valid_text(msg.text)
        name = msg.name.strip()[:80] or "Citizen"
        token = session.citizen_token
        if token in self.by_citizen:
            raise p.ProtocolError(p.ErrorCode.CONFLICT, "you already have an open conversation")
        now = self.now()
        iid = uuid.uuid4().hex[:16]
        # Queued for the writer now; the offer goes out while it commits (an agent's
        # accept is written after it: the writer keeps queue order). The citizen's reply
        # waits for the commit: only then is the chat acknowledged.
        created = self.store.write(
            interactions.create_interaction, iid, "chat", msg.topic, name, token, 0, now, text
        )
        live = Live(iid, "chat", msg.topic, name, token, 0, now, "queued", preview=text[:200])
        self.live[iid] = live
        self.by_citizen[token] = iid
        self._apply(self.engine.enqueue(iid, msg.topic, "chat", now))
        try:
            row = await created
        except Exception:
            if live.state in ("queued", "offered"):
                self._apply(self.engine.abandon(iid, self.now()))
            self._forget(live)
            raise
        return p.ChatStarted(
            id=msg.id,
            interaction=live.info(),
            message=_msg(row),
            position=self.engine.position(iid) or 0,
        )

    async def on_send_chat(self, session: Session, msg: p.SendChat) -> p.ChatSent:
        live = self._owned(session, msg.interaction_id)
        if session.role != "citizen" and live.state != "active":
            raise p.ProtocolError(p.ErrorCode.CONFLICT, "the conversation is not active")
        text = self._valid_text(msg.text)
        if session.role == "citizen":
            sender, name = "citizen", live.citizen_name
        else:
            sender, name = "agent", self.staff[session.username].display_name
        row = await self.store.write(
            interactions.add_message, live.id, sender, name, text, self.now()
        )
        message = _msg(row)
        event = p.encode_text(p.ChatMessageEvent(interaction_id=live.id, message=message))
        for other in self._other_side(session, live):
            other.push(event)
        # the sender's other windows (a second tab, the tray) see it too
        for same in self._same_side(session, live):
            if same is not session:
                same.push(event)
        if sender == "citizen":
            live.recent = [*live.recent[-2:], text]
            if live.state == "active":
                self.kb.suggest_for(live, " ".join(live.recent))
        return p.ChatSent(id=msg.id, interaction_id=live.id, message=message)

    async def on_typing(self, session: Session, msg: p.Typing) -> None:
        live = self._owned(session, msg.interaction_id)
        sender = "citizen" if session.role == "citizen" else "agent"
        event = p.encode_text(p.Typing(interaction_id=live.id, typing=msg.typing, sender=sender))
        for other in self._other_side(session, live):
            other.push(event)

    async def on_ack(self, session: Session, msg: p.AckChat) -> None:
        live = self._owned(session, msg.interaction_id)
        event = p.encode_text(p.ChatDelivered(interaction_id=live.id, seq=msg.seq))
        for other in self._other_side(session, live):
            other.push(event)

    async def on_accept(self, session: Session, msg: p.AcceptOffer) -> p.Ok:
        self._require_routable(session)
        live = self.live.get(msg.interaction_id)
        if live is None:
            raise p.ProtocolError(p.ErrorCode.NOT_FOUND, "no such interaction")
        if live.channel == "voice":
            raise p.ProtocolError(p.ErrorCode.CONFLICT, "answer the call on your softphone")
        try:
            actions = self.engine.accept(session.username, live.id, self.now())
        except RoutingError as exc:
            raise p.ProtocolError(p.ErrorCode.CONFLICT, str(exc)) from None
        live.state, live.agent = "active", session.username
        live.agent_name = self.staff[session.username].display_name
        await self.store.write(
            interactions.set_interaction_state,
            live.id,
            "active",
            self.now(),
            agent=session.username,
        )
        staff = self.staff[session.username]
        rows = await self.store.read(interactions.messages, live.id)
        assigned = p.InteractionAssigned(interaction=live.info(), messages=[_msg(r) for r in rows])
        live.recent = [r["text"] for r in rows if r["sender"] == "citizen"][-3:]
        self.kb.suggest_for(live, " ".join(live.recent))
        for s in staff.sessions:
            s.send(assigned)
        joined = p.encode_text(p.AgentJoined(interaction_id=live.id, agent_name=staff.display_name))
        for s in self.citizens.get(live.citizen_token, ()):
            s.push(joined)
        self._apply(actions)
        self.mark_topic_dirty(live.topic)
        return p.Ok(id=msg.id)

    async def on_reject(self, session: Session, msg: p.RejectOffer) -> p.Ok:
        self._require_routable(session)
        try:
            actions = self.engine.reject(session.username, msg.interaction_id, self.now())
        except RoutingError as exc:
            raise p.ProtocolError(p.ErrorCode.CONFLICT, str(exc)) from None
        self._apply(actions)
        return p.Ok(id=msg.id)

    async def on_close(self, session: Session, msg: p.CloseInteraction) -> p.Ok:
        live = self._owned(session, msg.interaction_id)
        by = "citizen" if session.role == "citizen" else "agent"
        reason = msg.reason[:200] or ("citizen left" if by == "citizen" else "closed by agent")
        await self._end(live, by, reason)
        return p.Ok(id=msg.id)

    async def _end(
        self,
        live: Live,
        by: str,
        reason: str,
        *,
        wait_seconds: float | None = None,
        failure: str = "",
    ) -> None:
        now = self.now()
        if live.channel == "voice" and self.telephony is not None:
            self.telephony.ended(live)
        if live.state in ("queued", "offered"):
            actions = self.engine.abandon(live.id, now)
            live.state = "abandoned"
            await self.store.write(
                interactions.set_interaction_state,
                live.id,
                "abandoned",
                now,
                reason=reason,
                wait_seconds=wait_seconds,
                failure=failure,
            )
            self._forget(live)
            wrapup = False
        elif live.state == "active":
            actions = self.engine.finish(live.id, now)
            wrapup = self.config.wrapup_mandatory
            live.state = "wrap_up" if wrapup else "closed"
            await self.store.write(
                interactions.set_interaction_state,
                live.id,
                live.state,
                now,
                agent=live.agent,
                reason=reason,
                failure=failure,
            )
            self.by_citizen.pop(live.citizen_token, None)
            if not wrapup:
                self._forget(live)
        else:
            raise p.ProtocolError(p.ErrorCode.CONFLICT, f"the conversation is already {live.state}")
        closed = p.InteractionClosed(
            interaction_id=live.id, by=by, reason=reason, wrapup_required=wrapup
        )
        if live.agent and live.agent in self.staff:
            for s in self.staff[live.agent].sessions:
                s.send(closed)
        citizen_view = p.encode_text(msgspec.structs.replace(closed, wrapup_required=False))
        for s in self.citizens.get(live.citizen_token, ()):
            s.push(citizen_view)
        self._apply(actions)

    async def on_wrapup(self, session: Session, msg: p.SubmitWrapup) -> p.Ok:
        self._require_routable(session)
        live = self.live.get(msg.interaction_id)
        if live is None:
            row = await self.store.read(interactions.interaction, msg.interaction_id)
            if row is None or row.get("agent") != session.username:
                raise p.ProtocolError(p.ErrorCode.NOT_FOUND, "no such interaction of yours")
            if row["state"] != "closed":
                raise p.ProtocolError(p.ErrorCode.CONFLICT, f"the conversation is {row['state']}")
        elif live.agent != session.username or live.state != "wrap_up":
            raise p.ProtocolError(p.ErrorCode.CONFLICT, "no wrap-up is due for this conversation")
        if msg.topic not in self.wrapup_topics():
            raise p.ProtocolError(
                p.ErrorCode.INVALID_FORMAT, f"unknown wrap-up topic {msg.topic!r}"
            )
        now = self.now()
        await self.store.write(
            interactions.save_wrapup,
            msg.interaction_id,
            session.username,
            msg.topic,
            msg.notes[:4000],
            msg.resolved_first_contact,
            now,
        )
        if live is not None:
            live.state = "closed"
            self._forget(live)
            self._apply(self.engine.complete_wrapup(session.username, live.id, now))
        return p.Ok(id=msg.id)

    async def on_subscribe(self, session: Session, msg: p.Subscribe) -> p.Snapshot:
        self.supervisors.add(session)
        return p.Snapshot(
            id=msg.id,
            agents=[self.agent_status(u) for u, s in self.staff.items() if s.role in ROUTABLE],
            queues=[self.queue_status(t) for t in self.topics],
        )

    # ------------------------------------------------------------------ calls

    async def _no_telephony(self, session: Session, msg: Any) -> None:
        raise p.ProtocolError(p.ErrorCode.CONFLICT, "this server takes no calls (no telephony)")

    async def start_call(self, iid: str, number: str, topic: str, arrived: float) -> Live:
        """Queue a caller who chose ``topic`` in the menu (their wait began at ``arrived``)."""
        name = number or "Caller"
        history = [
            p.PastInteraction(**row)
            for row in await self.store.read(recordings.caller_history, number, iid)
        ]
        live = Live(
            iid,
            "voice",
            topic,
            name,
            f"call:{iid}",
            0,
            arrived,
            "queued",
            caller=number,
            history=history,
        )
        created = self.store.write(
            interactions.create_interaction,
            iid,
            "voice",
            topic,
            name,
            live.citizen_token,
            0,
            arrived,
            None,
            caller=number,
        )
        self.live[iid] = live
        self._apply(self.engine.enqueue(iid, topic, "voice", self.now(), arrival=arrived))
        await created
        return live

    async def answer_call(self, live: Live, agent: str, wait_seconds: float) -> bool:
        """The agent picked up the ringing call: accepted (False if the offer is gone)."""
        if live.state != "offered" or live.agent != agent:
            return False
        try:
            actions = self.engine.accept(agent, live.id, self.now())
        except RoutingError:
            return False
        live.state = "active"
        live.agent_name = self.staff[agent].display_name
        await self.store.write(
            interactions.set_interaction_state,
            live.id,
            "active",
            self.now(),
            agent=agent,
            wait_seconds=wait_seconds,
        )
        assigned = p.InteractionAssigned(interaction=live.info(), history=live.history)
        for s in self.staff[agent].sessions:
            s.send(assigned)
        self._apply(actions)
        self.mark_topic_dirty(live.topic)
        return True

    async def end_call(
        self,
        live: Live,
        by: str,
        reason: str,
        *,
        wait_seconds: float | None = None,
        failure: str = "",
    ) -> None:
        if live.state in ("queued", "offered", "active"):
            await self._end(live, by, reason, wait_seconds=wait_seconds, failure=failure)

    def reject_for(self, agent: str, iid: str, why: str) -> None:
        """Take a call's offer back from ``agent`` (their phone declined or is missing)."""
        try:
            actions = self.engine.reject(agent, iid, self.now())
        except RoutingError:
            return
        log.info("offer of %s to %s withdrawn: %s", iid, agent, why)
        self._apply(actions)

    # ------------------------------------------------------------------ engine actions

    def _apply(self, actions: list, by: str = "", recorded: str = "") -> None:
        """Turn engine actions into pushes and background writes. ``recorded``: an agent
        whose presence the caller has just written itself."""
        for action in actions:
            if isinstance(action, Offer):
                live = self.live[action.interaction_id]
                if live.channel == "voice" and (
                    self.telephony is None or not self.telephony.can_ring(action.agent_id)
                ):
                    # No softphone to ring: withdraw it (once this batch is applied);
                    # the agent never sees an offer it could not answer.
                    asyncio.get_running_loop().call_soon(
                        self.reject_for, action.agent_id, live.id, "no softphone registered"
                    )
                    continue
                live.state, live.agent = "offered", action.agent_id
                self.background(
                    self.store.write(
                        interactions.set_interaction_state,
                        live.id,
                        "offered",
                        self.now(),
                        agent=action.agent_id,
                    )
                )
                self._send_offer(action.agent_id, live.id, action.expires_at)
                self._dirty_topics.add(live.topic)
                if live.channel == "voice" and self.telephony is not None:
                    self.telephony.offer(live, action.agent_id)
            elif isinstance(action, OfferRevoked):
                live = self.live.get(action.interaction_id)
                staff = self.staff.get(action.agent_id)
                if staff and not (live is not None and live.state == "queued"):  # was sent
                    event = p.encode_text(
                        p.OfferRevoked(interaction_id=action.interaction_id, reason=action.reason)
                    )
                    for s in staff.sessions:
                        s.push(event)
                if live is not None and live.channel == "voice" and self.telephony is not None:
                    self.telephony.offer_revoked(live, action.agent_id, action.reason)
                if live is not None and live.state == "offered":
                    live.state, live.agent = "queued", None
                    self.background(
                        self.store.write(
                            interactions.set_interaction_state,
                            live.id,
                            "queued",
                            self.now(),
                            reason=f"offer {action.reason}",
                        )
                    )
            elif isinstance(action, PresenceChanged):
                staff = self.staff.get(action.agent_id)
                view = self.engine.agent_view(action.agent_id)
                if staff:
                    event = p.encode_text(
                        p.PresenceChanged(
                            presence=action.presence,
                            reason=action.reason,
                            since=action.since,
                            by=by,
                            chosen=view.chosen,
                            chosen_reason=view.chosen_reason,
                        )
                    )
                    for s in staff.sessions:
                        s.push(event)
                if action.agent_id != recorded:  # every change is history, derived ones too
                    self.background(
                        self.store.write(
                            presence.record_presence,
                            action.agent_id,
                            view.chosen,
                            action.presence,
                            action.reason,
                            action.since,
                            by=by or "system",
                        )
                    )
                self._dirty_agents.add(action.agent_id)
                self._dirty_topics.update(staff.skills if staff else ())
            elif isinstance(action, QueueChanged):
                self._push_positions(action.topic)
                self._dirty_topics.add(action.topic)
        if actions:
            self._schedule_flush()

    def _send_offer(self, agent: str, iid: str, expires_at: float) -> None:
        live = self.live[iid]
        event = p.encode_text(
            p.OfferCreated(
                interaction=live.info(),
                expires_at=expires_at,
                preview=live.preview,
                history=live.history,
            )
        )
        for s in self.staff[agent].sessions:
            s.push(event)
        self._dirty_agents.add(agent)

    def _push_positions(self, topic: str) -> None:
        for position, iid in enumerate(self.engine.queued(topic), start=1):
            live = self.live.get(iid)
            sessions = self.citizens.get(live.citizen_token, ()) if live else ()
            if sessions:
                event = p.encode_text(p.QueuePosition(interaction_id=iid, position=position))
                for s in sessions:
                    s.push(event)

    def _schedule_flush(self) -> None:
        # Coalesce wallboard changes: one update per wallboard_interval for everything.
        if not self._flush_scheduled:
            self._flush_scheduled = True
            asyncio.get_running_loop().call_later(self.config.wallboard_interval, self._flush)

    def _flush(self) -> None:
        self._flush_scheduled = False
        agents, topics = self._dirty_agents, self._dirty_topics
        self._dirty_agents, self._dirty_topics = set(), set()
        if not self.supervisors:
            return
        update = p.WallboardUpdate(
            agents=[self.agent_status(a) for a in sorted(agents) if a in self.staff],
            queues=[self.queue_status(t) for t in sorted(topics) if t in self.topics],
        )
        frame = p.encode_text(update)  # serialised once for every supervisor
        for s in list(self.supervisors):
            s.push(frame)

    # ------------------------------------------------------------------ views

    def agent_status(self, username: str) -> p.AgentStatus:
        staff = self.staff[username]
        view = self.engine.agent_view(username)
        return p.AgentStatus(
            username=username,
            display_name=staff.display_name,
            role=staff.role,
            presence=view.presence,
            reason=view.reason,
            since=view.since,
            connected=view.connected,
            interactions=list(view.interactions),
            skills=staff.skills,
        )

    def queue_status(self, topic: str) -> p.QueueStatus:
        waiting, oldest = self.engine.waiting(topic)
        return p.QueueStatus(
            topic=topic,
            name=self.topics[topic].name,
            waiting=waiting,
            oldest_since=oldest,
            agents_available=self.engine.available_agents(topic),
            agents_logged_in=self.engine.logged_in_agents(topic),
            self_service_today=self.kb.self_service_today(topic),
        )

    def mark_topic_dirty(self, topic: str) -> None:
        self._dirty_topics.add(topic)
        self._schedule_flush()

    def mark_agent_dirty(self, username: str) -> None:
        self._dirty_agents.add(username)
        self._schedule_flush()

    def wrapup_topics(self) -> list[str]:
        return list(self.config.wrapup_topics) or [t.name for t in self.topics.values()] + ["Other"]

    # ------------------------------------------------------------------ helpers

    def _owned(self, session: Session, iid: str) -> Live:
        """The open interaction ``iid`` if this session's user is a party to it."""
        live = self.live.get(iid)
        if live is not None:
            if session.role == "citizen" and live.citizen_token == session.citizen_token:
                return live
            if (
                session.role != "citizen"
                and live.agent == session.username
                and live.state in ("active", "wrap_up")
            ):
                return live
        raise p.ProtocolError(p.ErrorCode.NOT_FOUND, "no such open conversation of yours")

    def _other_side(self, session: Session, live: Live):
        if session.role == "citizen":
            if live.agent and live.state == "active":
                return self.staff[live.agent].sessions
            return ()
        return self.citizens.get(live.citizen_token, ())

    def _same_side(self, session: Session, live: Live):
        if session.role == "citizen":
            return self.citizens.get(live.citizen_token, ())
        return self.staff[session.username].sessions

    def _require_routable(self, session: Session) -> None:
        if session.role not in ROUTABLE:
            raise p.ProtocolError(
                p.ErrorCode.FORBIDDEN, "only agents and experts take interactions"
            )

    def _valid_reason(self, state: str, reason: str) -> str:
        if state != "not_ready":
            return ""
        if reason and reason not in self.config.not_ready_reasons:
            raise p.ProtocolError(
                p.ErrorCode.INVALID_FORMAT,
                f"unknown reason {reason!r}; use one of {self.config.not_ready_reasons}",
            )
        return reason

    @staticmethod
    def _valid_text(text: str) -> str:
        text = text.strip()
        if not text:
            raise p.ProtocolError(p.ErrorCode.INVALID_FORMAT, "empty message")
        if len(text) > p.MAX_CHAT_TEXT:
            raise p.ProtocolError(
                p.ErrorCode.TOO_LARGE, f"message longer than {p.MAX_CHAT_TEXT} characters"
            )
        return text

    def _forget(self, live: Live) -> None:
        self.live.pop(live.id, None)
        if self.by_citizen.get(live.citizen_token) == live.id:
            del self.by_citizen[live.citizen_token]
        self._disarm_abandon(live.id)

    def _arm_abandon(self, live: Live) -> None:
        self._disarm_abandon(live.id)
        loop = asyncio.get_running_loop()
        self._abandon_timers[live.id] = loop.call_later(
            self.config.citizen_grace, lambda: self.spawn(self._abandon_if_gone(live.id))
        )

    def _disarm_abandon(self, iid: str) -> None:
        handle = self._abandon_timers.pop(iid, None)
        if handle:
            handle.cancel()

    async def _abandon_if_gone(self, iid: str) -> None:
        self._abandon_timers.pop(iid, None)
        live = self.live.get(iid)
        if (
            live
            and live.state in ("queued", "offered")
            and not self.citizens.get(live.citizen_token)
        ):
            await self._end(live, "citizen", "citizen left while waiting")

    def background(self, future: asyncio.Future) -> None:
        # Already queued (in order) by the store call; just make failures loud.
        future.add_done_callback(self._background_done)

    def spawn(self, coro) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        self._background.add(task)
        task.add_done_callback(self._background_done)

    def _background_done(self, task: asyncio.Future) -> None:
        self._background.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("background work failed", exc_info=task.exception())
