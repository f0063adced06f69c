"""Calls: the server side of the switch and the voice channel adapter. Owns the front
door and the room pool, turns room events into steps of the voice desk
(``shared.server.voice``), and drives each room from what the routing engine says.

A call's life (see docs/telephony.md):
  front door 302 -> room answers -> ``incoming``: greeting + menu (IVR)
  -> a menu digit: a voice interaction is queued (music + position announcements)
  -> the engine offers it to an agent: the room dials the agent's softphone
  -> the agent answers: accepted, caller<->agent bridged and recorded
  -> consultation: the caller hears music, an expert's phone rings on the other staff
     leg; connected, agent and expert talk; then merge (three-way), complete (the agent's
     leg goes, caller<->expert) or cancel (the expert's leg goes)
  -> blind transfer: the agent's leg goes, the caller waits in the department's queue
  -> either side hangs up: the room ends every leg; the staff wrap up, and the wrap-up's
     topic tags the recording, which runs from the first answer to the end.
A callback runs the other way (``shared.server.callbacks``): a queued caller presses the
callback key and the call ends, the interaction keeping its place; when it is offered,
a free room (reserved without any INVITE) rings the agent's softphone, then dials the
citizen through the outbound route on the caller leg: answered, it is a call like any
other (recorded from then on); busy, no answer or failed, the agent is let go and the
callback desk tries again later.
What the room does (its mode) is always derived from the engine's state of the call
(``_mode``), never kept beside it. A room that dies ends its conversation with
``failure`` set; the pool replaces it.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import secrets
import sys
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

from shared import protocol as p
from shared.contracts import INTERACTION_HEADER, OFFER_HEADER
from shared.routing import Engine, OfferKind
from shared.server.callbacks import CallbackDesk, result_of, valid_number
from shared.server.catalogue import Catalogue
from shared.server.config import SIP_URI
from shared.server.context import Context
from shared.server.conversations import Conversation, Conversations
from shared.server.offers import require_routable
from shared.server.people import Session
from shared.server.quality import next_run
from shared.server.sql import audit, recordings
from shared.server.sql import quality as quality_sql
from shared.server.voice import VoiceDesk
from shared.switch import control as c
from shared.switch.pool import Room, RoomPool
from shared.switch.sipmsg import host_of
from shared.switch.wavfile import (
    MONO_LAYOUT,
    STEREO_LAYOUT,
    finish_stereo,
    part_paths,
    repair_wav,
    wav_info,
    wav_seconds,
)

log = logging.getLogger(__name__)

STAFF_LEGS: tuple[c.Leg, ...] = ("agent", "expert")


@dataclass(eq=False)
class Call:
    """One conversation in one room, as the switch sees it: which leg is whose."""

    room: Room
    number: str
    arrived: float  # the centre's clock
    iid: str = ""  # set once the caller chose a topic: the interaction
    menu: str = "menu"  # menu, goodbye, done, callback (asked to be called back: ending)
    legs: dict[str, str] = field(default_factory=dict)  # staff leg -> username
    answered: set[str] = field(default_factory=set)  # staff legs that are connected
    held: bool = False
    ended: bool = False
    menu_tries: int = 0
    recording: str = ""  # path relative to the recordings dir, once started
    recording_asked: bool = False
    # A callback the room places: the caller leg is dialled once the agent answered, and
    # the citizen is "reached" when it answers (an incoming caller is reached at once).
    callback: bool = False
    reached: bool = True
    caller_dialled: bool = False
    # The conversation went on without this call (a callback waits for its next attempt,
    # or a caller asked to be called back): what the room still reports is not its news.
    detached: bool = False
    # Staff legs we hung up whose end the room has not reported yet: their names are not
    # used again until it has (a late "ended" must not be taken for the next person's
    # phone on the same leg), and who should ring meanwhile waits in ``deferred``.
    closing: set[str] = field(default_factory=set)
    deferred: list[tuple[str, OfferKind]] = field(default_factory=list)
    timers: list[asyncio.TimerHandle] = field(default_factory=list)
    # Room events that await the store are handled one at a time per call: an agent who
    # answers and hangs up at once, or a caller who hangs up right after the menu digit,
    # must see the first step finished before the next one starts.
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    # Monitoring (shared.server.monitoring): whose phone the supervisor leg rings, in
    # which matrix mode. Not a staff leg: transfers and hand-overs leave it alone.
    monitor_by: str = ""
    monitor: c.Monitor = "none"
    monitor_dial: c.Dial | None = None  # waits for our last supervisor leg to be gone
    # The supervisor took the call over: their leg is the caller's partner (barge, with
    # no agent leg), and its end is the owner hanging up.
    taken_over: bool = False

    def cancel_timers(self) -> None:
        for t in self.timers:
            t.cancel()
        self.timers.clear()

    def leg_of(self, username: str) -> str | None:
        return next((leg for leg, who in self.legs.items() if who == username), None)

    def free_leg(self) -> str | None:
        return next(
            (leg for leg in STAFF_LEGS if leg not in self.legs and leg not in self.closing),
            None,
        )

    def hang_up_leg(self, leg: str, code: int = 0, reason: str = "") -> None:
        """End a staff leg of ours: forgotten now, its name free once the room says so."""
        del self.legs[leg]
        self.answered.discard(leg)
        self.closing.add(leg)
        self.room.send(c.Hangup(leg=leg, code=code, reason=reason))


RETENTION_BATCH = 500  # recordings deleted per read of the expired ones


class Telephony:
    def __init__(
        self,
        ctx: Context,
        engine: Engine,
        conversations: Conversations,
        catalogue: Catalogue,
        calls: VoiceDesk,
        phone_changed: Callable[[str], None],
        callbacks: CallbackDesk | None = None,
    ) -> None:
        from shared.switch.prompts import Prompts

        self.ctx = ctx
        self.config = ctx.config
        self.engine = engine
        self.convs = conversations
        self.catalogue = catalogue
        self.desk = calls
        self.callbacks = callbacks
        self.phone_changed = phone_changed  # the staff's channels change with their phone
        self.prompts = Prompts(cache_dir=Path(self.config.data_dir) / "prompts")
        self.recordings = self.config.recordings_path
        self.phones: dict[str, str] = {}  # agent -> softphone SIP URI
        # The secret of each offer of a call that is ringing (or is to ring) someone's
        # softphone: interaction id -> username -> secret (docs/telephony.md).
        self.secrets: dict[str, dict[str, str]] = {}
        self.phone_networks = self.config.phone_network_list()
        self.calls: dict[int, Call] = {}  # room index -> call
        self.by_iid: dict[str, Call] = {}
        self.pool = RoomPool(
            self._spawn,
            size=self.config.rooms,
            spare=self.config.rooms_spare,
            on_event=self._on_room_event,
            on_lost=self._on_room_lost,
            host=self.config.sip_host,
            pending_per_source=self.config.sip_pending_per_source,
            calls_per_source=self.config.sip_calls_per_source,
            trusted=self.config.sip_trusted_networks,
        )
        # Told of the supervisor leg's ringing/connected/ended (interaction id, state).
        self.on_supervisor_leg: list[Callable[[str, str], None]] = []
        self.frontdoor = None
        self._retention_task: asyncio.Task | None = None

    def handlers(self) -> dict[type, Callable]:
        return {p.RegisterPhone: self.on_register_phone, p.HoldCall: self.on_hold_call}

    # ------------------------------------------------------------------ lifecycle

    async def start(self) -> None:
        from shared.switch.frontdoor import FrontDoor
        from shared.switch.pike import Pike

        self.recordings.mkdir(parents=True, exist_ok=True)
        await self.repair_recordings()
        # A topic with no shipped prompt is spoken by espeak-ng once, if installed: do it
        # now, off the loop, rather than during a caller's first menu.
        await asyncio.to_thread(self.prompts.menu, self._menu_options())
        await self.pool.start()
        cfg = self.config
        pike = Pike(
            limit=cfg.sip_flood_limit,
            window=cfg.sip_flood_window,
            ban_seconds=cfg.sip_ban_seconds,
            trusted=self.pool.trusted,  # the same networks the pool exempts
        )
        self.frontdoor = FrontDoor(
            self.pool.reserve,
            cfg.sip_host,
            cfg.sip_port,
            pike=pike,
            tcp_per_source=cfg.sip_tcp_per_source,
            server=cfg.sip_server_header,
        )
        await self.frontdoor.start()
        log.info(
            "switch: front door on sip:%s:%d (UDP+TCP), %d rooms ready",
            self.config.sip_host,
            self.frontdoor.udp_port,
            self.pool.count("idle"),
        )
        self._retention_task = asyncio.get_running_loop().create_task(self._retention_forever())

    async def stop(self) -> None:
        if self._retention_task:
            self._retention_task.cancel()
        if self.frontdoor is not None:
            await self.frontdoor.stop()
        for call in self.calls.values():
            call.cancel_timers()
        await self.pool.stop()

    @property
    def sip_port(self) -> int:
        return self.frontdoor.udp_port if self.frontdoor else 0

    async def _spawn(self, index: int):
        from shared.switch.room_client import spawn_room

        return await spawn_room(
            f"room-{index}",
            host=self.config.sip_host,
            sip_port=self.config.room_sip_port_base + index % 600
            if self.config.room_sip_port_base
            else 0,
            rtp_port=self.config.rtp_port_base + 16 * (index % 600),
            rtp_port_range=16,
            music=self.prompts.music(),
            clock_rate=self.config.room_clock_rate,
            media_timeout=self.config.media_timeout,
            srtp=self.config.srtp,
            tls_ca=self.config.phone_tls_ca_file,
            python=sys.executable,
            key=self.pool.key,
        )

    # ------------------------------------------------------------------ agent requests

    async def on_register_phone(self, session: Session, msg: p.RegisterPhone) -> p.Ok:
        """Where the switch reaches this person's softphone. Its host must be the address
        their app connects from, or in ``phone_networks``; every registration, withdrawal
        and refusal is audited with the remote address."""
        uri = msg.uri.strip()
        if uri and (len(uri) > 200 or not SIP_URI.match(uri)):
            raise p.ProtocolError(p.ErrorCode.INVALID_FORMAT, f"not a SIP URI: {uri[:80]!r}")
        if uri:
            refusal = self._phone_refusal(session, sip_uri_host(uri))
            wants_tls = uri.lower().startswith("sips:") or ";transport=tls" in uri.lower()
            if wants_tls and not self.config.phone_tls_ca_file and not refusal:
                refusal = "this switch reaches no softphone over TLS (phone_tls_ca_file unset)"
            if refusal:
                log.warning(
                    "%s's softphone %s refused (from %s): %s",
                    session.username, uri, session.address, refusal,
                )  # fmt: skip
                await self._audit_phone(session, "phone_refused", uri, why=refusal)
                raise p.ProtocolError(p.ErrorCode.ADDRESS_NOT_ALLOWED, refusal)
            self.phones[session.username] = uri
        else:
            self.phones.pop(session.username, None)
        log.info("%s's softphone: %s", session.username, uri or "(none)")
        await self._audit_phone(session, "phone_register" if uri else "phone_withdraw", uri)
        self.phone_changed(session.username)
        return p.Ok(id=msg.id)

    def _phone_refusal(self, session: Session, host: str) -> str:
        """Why a softphone on ``host`` may not register for ``session`` ("" if it may)."""
        try:
            ip = _plain(ipaddress.ip_address(host))
        except ValueError:
            return f"the softphone's address must be an IP address, not {host[:80]!r}"
        try:
            peer = _plain(ipaddress.ip_address(session.address))
            if ip == peer or (ip.is_loopback and peer.is_loopback):  # 127.0.0.1 and ::1
                return ""
        except ValueError:
            pass
        if any(ip in net for net in self.phone_networks):
            return ""
        return (
            f"a softphone at {ip} is not on your network ({session.address}):"
            " register the phone of the computer you sign in from"
        )

    async def _audit_phone(self, session: Session, action: str, uri: str, **detail: str) -> None:
        await self.ctx.store.write(
            audit.audit,
            session.username,
            action,
            session.username,
            {**detail, "uri": uri, "remote": session.address},
            self.ctx.now(),
        )

    async def on_hold_call(self, session: Session, msg: p.HoldCall) -> p.Ok:
        require_routable(session)
        call = self.by_iid.get(msg.interaction_id)
        conv = self.convs.get(msg.interaction_id)
        if (
            call is None
            or conv is None
            or call.ended
            or self.engine.state_of(conv.id) != "active"
            or self.engine.agent_of(conv.id) != session.username
        ):
            raise p.ProtocolError(p.ErrorCode.NOT_FOUND, "no call of yours to hold")
        call.held = msg.hold
        self._remix(call)
        return p.Ok(id=msg.id)

    # ------------------------------------------------------------------ the voice channel

    def can_offer(self, username: str) -> bool:
        return username in self.phones

    def on_hold(self, conv: Conversation) -> bool:
        call = self.by_iid.get(conv.id)
        return call is not None and call.held

    def phone_secret(self, conv: Conversation, username: str, *, fresh: bool = False) -> str:
        mine = self.secrets.setdefault(conv.id, {})
        if fresh or username not in mine:
            mine[username] = secrets.token_urlsafe(24)  # 192 bits
        return mine[username]

    def _forget_secret(self, iid: str, username: str | None = None) -> None:
        """The offer's secret is dead (revoked, answered, rung out; None: all of them)."""
        mine = self.secrets.get(iid)
        if mine is not None and username is not None:
            mine.pop(username, None)
        if mine is not None and (username is None or not mine):
            del self.secrets[iid]

    def _ring_headers(self, conv: Conversation, username: str) -> dict[str, str]:
        return {
            INTERACTION_HEADER: conv.id,
            OFFER_HEADER: self.phone_secret(conv, username),
        }

    def offered(self, conv: Conversation, username: str, kind: OfferKind) -> None:
        """Ring ``username``'s softphone on a free staff leg (for a callback: in a room
        of its own, which dials the citizen once they answer)."""
        call = self.by_iid.get(conv.id)
        uri = self.phones.get(username)
        if call is None and uri is not None and self._is_callback(conv):
            self._place_callback(conv, username, uri)
            return
        if call is None or call.ended or uri is None:
            return
        leg = call.free_leg()
        if leg is None and call.closing & set(STAFF_LEGS):  # rings once that leg is gone
            call.deferred.append((username, kind))
            return
        if leg is None:
            log.warning("%s: no free leg to ring %s", call.room.name, username)
            self.desk.declined(conv, username, "no free leg in the room")
            return
        call.legs[leg] = username
        if kind == "consult":
            self._remix(call)  # the caller hears music while the expert's phone rings
        call.room.send(
            c.Dial(
                leg=leg,
                uri=uri,
                headers=self._ring_headers(conv, username),
                timeout=self.config.offer_timeout + 5,
            )
        )

    def revoked(self, conv: Conversation, username: str, reason: str, kind: OfferKind) -> None:
        self._forget_secret(conv.id, username)
        call = self.by_iid.get(conv.id)
        if call is None:
            return
        leg = call.leg_of(username)
        call.deferred = [(who, k) for who, k in call.deferred if who != username]
        if leg is not None and leg not in call.answered:
            call.hang_up_leg(leg, 487, f"offer {reason}")
            if call.callback and not call.legs:
                self._detach(call)  # the room ends with its only leg; a new one rings next
                return
        self._remix(call)

    def ended(self, conv: Conversation, reason: str) -> None:
        """The interaction ended on the server (agent closed it, say): end the call."""
        self._forget_secret(conv.id)
        call = self.by_iid.get(conv.id)
        if call is not None and not call.ended:
            call.ended = True
            call.cancel_timers()
            call.room.send(c.Hangup(leg="all", reason=reason or "interaction ended"))

    def left(self, conv: Conversation, username: str, reason: str) -> None:
        """Staff left the live call (consultation over, or handed on): their leg goes."""
        call = self.by_iid.get(conv.id)
        if call is None or call.ended:
            return
        self._drop_leg(call, username, reason)
        self._remix(call)

    def transferred(self, conv: Conversation, from_agent: str, queue: str) -> None:
        """Back in a queue: the caller hears where they are, then music."""
        call = self.by_iid.get(conv.id)
        if call is None or call.ended:
            return
        for username in list(call.legs.values()):
            self._drop_leg(call, username, "transferred")
        call.held = False
        self._remix(call)
        position = self.engine.position(conv.id)
        prompts = self.prompts.please_hold() + self._queue_prompts(call, position)
        log.info(
            "%s: %s transferred to %s by %s, caller told position %s",
            call.room.name, conv.id, queue, from_agent, position or "- (ringing)",
        )  # fmt: skip
        call.room.send(c.Play(prompts=prompts, music_after=True))

    def changed(self, conv: Conversation) -> None:
        call = self.by_iid.get(conv.id)
        if call is not None and not call.ended:
            self._remix(call)

    def _is_callback(self, conv: Conversation) -> bool:
        return self.callbacks is not None and self.callbacks.is_pending(conv)

    def _detach(self, call: Call) -> None:
        """The conversation goes on without this call (a callback waiting for its next
        attempt, or placed by another room): room events of it no longer touch it."""
        call.detached = True
        call.cancel_timers()
        if self.by_iid.get(call.iid) is call:
            del self.by_iid[call.iid]

    def _queue_prompts(self, call: Call, position: int | None) -> list[str]:
        """Where the caller is in line and, when callbacks are on and their number is
        known, "to be called back, press 8"."""
        prompts = self.prompts.position(position) if position else []
        if self.callbacks is not None and self.callbacks.enabled and valid_number(call.number):
            prompts += self.prompts.callback_offer(self.config.callback_key)
        return prompts

    def _drop_leg(self, call: Call, username: str, reason: str) -> None:
        leg = call.leg_of(username)
        if leg is not None:
            call.hang_up_leg(leg, reason=reason)

    # ------------------------------------------------------------------ monitoring

    def can_monitor(self, conv: Conversation) -> bool:
        call = self.by_iid.get(conv.id)
        return call is not None and not call.ended and not call.detached and call.reached

    def monitor_dial(self, conv: Conversation, username: str, secret: str, mode: c.Monitor) -> bool:
        """Ring ``username``'s softphone on the supervisor leg (False: it cannot ring)."""
        call = self.by_iid.get(conv.id)
        uri = self.phones.get(username)
        if call is None or call.ended or uri is None:
            return False
        call.monitor_by, call.monitor = username, mode
        dial = c.Dial(
            leg="supervisor",
            uri=uri,
            headers={INTERACTION_HEADER: conv.id, OFFER_HEADER: secret},
            timeout=self.config.offer_timeout + 5,
        )
        if "supervisor" in call.closing:  # the last monitoring's leg is still going
            call.monitor_dial = dial
        else:
            call.room.send(dial)
        self._remix(call)
        return True

    def monitor_mode(self, conv: Conversation, mode: c.Monitor) -> None:
        call = self.by_iid.get(conv.id)
        if call is not None and call.monitor_by and not call.ended:
            call.monitor = mode
            self._remix(call)

    def monitor_hangup(self, conv: Conversation) -> None:
        call = self.by_iid.get(conv.id)
        if call is None or not call.monitor_by:
            return
        call.monitor_by, call.monitor = "", "none"
        if call.monitor_dial is not None:  # never dialled
            call.monitor_dial = None
            return
        if not call.ended:
            call.closing.add("supervisor")
            self._remix(call)
            call.room.send(c.Hangup(leg="supervisor", reason="monitoring stopped"))

    def take_over(self, conv: Conversation) -> None:
        """The monitoring supervisor owns the call now (the engine made them its owner,
        the agent's leg is gone): their leg talks with the caller and is recorded."""
        call = self.by_iid.get(conv.id)
        if call is None or call.ended or not call.monitor_by:
            return
        call.monitor, call.taken_over = "barge", True
        self._remix(call)

    async def _owner_supervisor_leg(self, call: Call, event: c.LegChanged) -> None:
        """The leg of a supervisor who took the call over: ending it is the owner
        hanging up."""
        if event.state != "ended":
            return
        username, call.monitor_by, call.monitor, call.taken_over = (
            call.monitor_by,
            "",
            "none",
            False,
        )
        conv = self.convs.get(call.iid)
        if conv is None or call.ended:
            return
        reason = "supervisor hung up"
        if "media timeout" in event.reason:
            reason = f"supervisor's softphone lost: {event.reason}"
        outcome = self.desk.staff_hung_up(conv, username, reason)
        if outcome == "ended" and not call.ended:
            call.ended = True
            call.room.send(c.Hangup(leg="all", reason=reason))
            await self.desk.ended(conv, "agent", reason)

    def _supervisor_leg(self, call: Call, event: c.LegChanged) -> None:
        if event.leg in call.closing:  # the leg of a monitoring that stopped
            if event.state == "ended":
                call.closing.discard(event.leg)
                dial, call.monitor_dial = call.monitor_dial, None
                if dial is not None and not call.ended:
                    call.room.send(dial)
                self._ring_deferred(call)
            return
        if not call.monitor_by or call.detached:
            return
        if event.state == "ended":
            call.monitor_by, call.monitor = "", "none"
            self._remix(call)
        for tell in self.on_supervisor_leg:
            tell(call.iid, event.state)

    def _mode(self, call: Call) -> c.Mode:
        """What the room does, from the engine's state of the call."""
        if call.ended:
            return "ended"
        state = self.engine.state_of(call.iid) if call.iid else None
        if state in ("queued", "offered"):
            return "queue"
        if state != "active":
            return "ivr"
        conv = self.convs.get(call.iid)
        people = self.engine.participants(call.iid)
        if self.engine.consult_of(call.iid) is not None:
            return "consult"
        if len(people) > 1:
            return "conference" if conv is not None and conv.three_way else "consult"
        return "hold" if call.held else "talk"

    def _remix(self, call: Call) -> None:
        mode = self._mode(call)
        if mode not in ("ivr", "ended"):
            call.room.send(c.SetMode(mode=mode, monitor=call.monitor))

    # ------------------------------------------------------------------ room events

    def _on_room_event(self, room: Room, event: c.Event) -> None:
        if isinstance(event, c.Ready):
            return
        if isinstance(event, c.Incoming):
            self._incoming(room, event)
            return
        if isinstance(event, c.Idle):
            call = self.calls.pop(room.index, None)
            if call is not None:  # (its events still being handled keep their call)
                call.cancel_timers()
                if self.by_iid.get(call.iid) is call:
                    del self.by_iid[call.iid]
            self.pool.release(room)
            return
        call = self.calls.get(room.index)
        if isinstance(event, c.RoomError):
            log.warning("%s: %s", room.name, event.message)
            return
        if call is None:
            return
        if isinstance(event, c.Dtmf):
            self._dtmf(call, event)
        elif isinstance(event, c.PromptDone):
            self._prompt_done(call, event)
        elif isinstance(event, c.LegChanged):
            log.info(
                "%s: %s leg %s (%s %s)", room.name, event.leg, event.state, event.status,
                event.reason,
            )  # fmt: skip
            self.ctx.spawn(self._leg_changed(call, event))
        elif isinstance(event, c.RecordingStarted):
            rel = self._relative(event.path)
            call.recording = rel
            owner = self.engine.agent_of(call.iid) if call.iid else None
            self.ctx.background(
                self.ctx.store.write(
                    recordings.recording_started, call.iid, owner, rel, event.started_at
                )
            )
        elif isinstance(event, c.RecordingStopped):
            # the room closed both parts: interleave them into the stereo file
            self.ctx.spawn(self._finish_one(self._relative(event.path), "complete"))

    def _incoming(self, room: Room, event: c.Incoming) -> None:
        call = Call(room, event.number[:40], self.ctx.now())
        self.calls[room.index] = call
        log.debug("%s: call from %s", room.name, call.number or "anonymous")
        if self.pool.over_call_cap(event.source):
            log.warning("%s: too many calls from %s, hanging up", room.name, event.source)
            call.ended = True
            room.send(c.Hangup(leg="all", reason="too many calls from one address"))
            return
        options = self._menu_options()
        if len(options) == 1:  # nothing to choose: straight to the only queue
            call.menu = "done"
            self.ctx.spawn(self._queue(call, options[0][1], self.prompts.greeting()))
            return
        self._play_menu(call, self.prompts.greeting())

    def _menu_options(self) -> list[tuple[str, str, str]]:
        topics = list(self.catalogue.topics.values())[:9]
        return [(str(i), t.id, t.name) for i, t in enumerate(topics, start=1)]

    def _play_menu(self, call: Call, before: list[str]) -> None:
        call.room.send(c.SetMode(mode="ivr"))
        call.room.send(
            c.Play(prompts=[*before, *self.prompts.menu(self._menu_options())], stop_on_dtmf=True)
        )

    def _goodbye(self, call: Call) -> None:
        if call.menu == "goodbye" and not call.ended:
            call.ended = True
            call.cancel_timers()
            call.room.send(c.Hangup(leg="all", reason="no choice made in the menu"))

    def _prompt_done(self, call: Call, event: c.PromptDone) -> None:
        if call.menu == "goodbye":
            self._goodbye(call)
            return
        if call.menu == "callback":
            self._hang_up_for_callback(call)
            return
        if call.menu != "menu" or call.ended or event.interrupted:
            return
        loop = asyncio.get_running_loop()
        call.timers.append(loop.call_later(self.config.ivr_timeout, self._menu_timeout, call))

    def _menu_timeout(self, call: Call) -> None:
        if call.menu != "menu" or call.ended or self.calls.get(call.room.index) is not call:
            return
        call.menu_tries += 1
        if call.menu_tries > self.config.ivr_retries:
            call.menu = "goodbye"  # hung up when the prompt is done (_prompt_done)
            call.room.send(c.Play(prompts=self.prompts.no_agents_goodbye()))
            loop = asyncio.get_running_loop()
            call.timers.append(loop.call_later(30.0, self._goodbye, call))  # in any case
            return
        self._play_menu(call, [])

    def _dtmf(self, call: Call, event: c.Dtmf) -> None:
        if event.leg != "caller" or call.ended:
            return
        if call.menu == "done" and event.digit == self.config.callback_key and call.iid:
            self.ctx.spawn(self._callback_key(call))
            return
        if call.menu != "menu":
            return
        call.cancel_timers()
        options = {digit: topic for digit, topic, _name in self._menu_options()}
        topic = options.get(event.digit)
        if topic is None:
            call.menu_tries += 1
            self._play_menu(call, self.prompts.invalid())
            return
        call.menu = "done"
        self.ctx.spawn(self._queue(call, topic))

    async def _queue(self, call: Call, topic: str, before: Sequence[str] = ()) -> None:
        async with call.lock:
            await self._queue_locked(call, topic, list(before))

    async def _queue_locked(self, call: Call, topic: str, before: list[str]) -> None:
        call.iid = uuid.uuid4().hex[:16]
        self.by_iid[call.iid] = call
        call.room.send(c.SetMode(mode="queue"))  # music until the prompts below
        await self.desk.start_call(call.iid, call.number, topic, call.arrived)
        position = self.engine.position(call.iid)  # None: already ringing an agent
        prompts = [*before, *self.prompts.please_hold(), *self._queue_prompts(call, position)]
        call.room.send(c.Play(prompts=prompts, music_after=True))
        self._schedule_announcement(call)

    def _schedule_announcement(self, call: Call) -> None:
        loop = asyncio.get_running_loop()
        call.timers.append(loop.call_later(self.config.announce_interval, self._announce, call))

    def _announce(self, call: Call) -> None:
        if call.ended or self.engine.state_of(call.iid) not in ("queued", "offered"):
            return
        position = self.engine.position(call.iid)
        if position:
            call.room.send(c.Play(prompts=self._queue_prompts(call, position), music_after=True))
        self._schedule_announcement(call)

    async def _leg_changed(self, call: Call, event: c.LegChanged) -> None:
        async with call.lock:
            if event.leg == "supervisor" and call.taken_over and event.leg not in call.closing:
                await self._owner_supervisor_leg(call, event)
            elif event.leg == "supervisor":
                self._supervisor_leg(call, event)
            elif event.leg == "caller" and call.callback and not call.reached:
                await self._callback_leg(call, event)
            elif event.leg == "caller" and event.state == "ended":
                await self._caller_gone(call, event.reason)
            elif event.leg in call.closing:
                if event.state == "ended":  # the leg we hung up is gone: its name is free
                    call.closing.discard(event.leg)
                    self._ring_deferred(call)
            elif event.leg in STAFF_LEGS:
                await self._staff_leg(call, event)

    async def _caller_gone(self, call: Call, room_reason: str = "") -> None:
        was_ended, call.ended = call.ended, True
        call.cancel_timers()
        call.room.send(c.Hangup(leg="all", reason="caller hung up"))
        if not call.iid:
            log.info("%s: caller left in the menu", call.room.name)
            return
        if call.detached:
            log.info("%s: call ended, %s goes on without it", call.room.name, call.iid)
            return
        conv = self.convs.get(call.iid)
        if conv is None or was_ended:
            return
        lost = "media timeout" in room_reason  # their phone died: no BYE ever came
        state = self.engine.state_of(conv.id)
        if state in ("queued", "offered"):
            await self.desk.ended(
                conv,
                "citizen",
                f"caller lost while waiting: {room_reason}"
                if lost
                else "caller hung up while waiting",
                wait_seconds=self.ctx.now() - call.arrived,
            )
        elif state == "active":
            reason = f"caller lost: {room_reason}" if lost else "caller hung up"
            await self.desk.ended(conv, "citizen", reason)

    async def _staff_leg(self, call: Call, event: c.LegChanged) -> None:
        conv = self.convs.get(call.iid)
        username = call.legs.get(event.leg)
        if conv is None or username is None:
            return  # a leg we hung up ourselves, or of a call that is over
        if event.state in ("connected", "ended"):
            self._forget_secret(conv.id, username)  # answered or rung out: used up
        if event.state == "connected" and event.leg not in call.answered:
            if not await self.desk.answered(conv, username, self.ctx.now() - call.arrived):
                call.hang_up_leg(event.leg, reason="offer no longer valid")
                return
            call.answered.add(event.leg)
            call.cancel_timers()
            self._remix(call)
            if call.callback and not call.caller_dialled:
                self._dial_citizen(call)
            elif call.reached:
                self._record(call)
        elif event.state == "ended" and event.leg not in call.answered:
            del call.legs[event.leg]  # it rang and stopped
            if call.callback and not call.legs:
                self._detach(call)  # the next agent it rings gets a room of its own
            if event.status in (486, 600, 603):  # declined on the phone
                self.desk.declined(conv, username, "declined on the softphone")
            elif event.status not in (487,):  # unreachable phone: don't ring it again
                self.desk.declined(conv, username, f"softphone failed ({event.status})")
        elif event.state == "ended" and call.callback and not call.reached:
            await self._callback_missed(
                call, "failed", "the agent hung up before the citizen answered"
            )
        elif event.state == "ended":
            del call.legs[event.leg]
            call.answered.discard(event.leg)
            reason = "agent hung up"
            if "media timeout" in event.reason:
                reason = f"agent's softphone lost: {event.reason}"
            outcome = self.desk.staff_hung_up(conv, username, reason)
            if outcome == "ended" and not call.ended:
                call.ended = True
                call.room.send(c.Hangup(leg="all", reason=reason))
                await self.desk.ended(conv, "agent", reason)
            else:
                self._remix(call)

    def _ring_deferred(self, call: Call) -> None:
        conv = self.convs.get(call.iid)
        waiting, call.deferred = call.deferred, []
        for username, kind in waiting:
            if conv is not None and not call.ended and self.desk.rings_for(conv, username):
                self.offered(conv, username, kind)

    def _on_room_lost(self, room: Room, reason: str) -> None:
        call = self.calls.pop(room.index, None)
        if call is None:
            return
        call.cancel_timers()
        if call.recording:
            self.ctx.spawn(self._repair_one(call.recording))
        if call.detached:  # it went on without this call
            return
        if self.by_iid.get(call.iid) is call:
            del self.by_iid[call.iid]
        call.ended = True
        self.ctx.spawn(self._fail(call, reason))

    async def _fail(self, call: Call, reason: str) -> None:
        async with call.lock:  # after whatever step of this call is under way
            conv = self.convs.get(call.iid) if call.iid else None
            if conv is None:
                return
            if call.callback and not call.reached and self.callbacks is not None:
                agent = call.legs.get("agent")
                if self.convs.state(conv) == "active":  # the citizen was being dialled
                    await self.callbacks.missed(conv, agent, "failed", f"room failed: {reason}")
                elif agent is not None:  # the agent's phone was ringing: the next one
                    self.desk.declined(conv, agent, f"room failed: {reason}")
                return
            await self.desk.ended(conv, "citizen", f"call failed: {reason}", failure=reason)

    # ------------------------------------------------------------------ callbacks

    async def _callback_key(self, call: Call) -> None:
        """A queued caller pressed the callback key."""
        async with call.lock:
            conv = self.convs.get(call.iid)
            if (
                conv is None
                or call.ended
                or call.menu != "done"
                or self.callbacks is None
                or not self.callbacks.enabled
                or self.engine.state_of(conv.id) != "queued"  # not while an agent rings
                or call.detached
            ):
                return
            number = valid_number(call.number)
            if number is None:
                call.room.send(
                    c.Play(prompts=self.prompts.callback_needs_number(), music_after=True)
                )
                return
            self._detach(call)  # the interaction stays in line; this call ends
            call.menu = "callback"
            await self.callbacks.from_menu(conv, number)
            call.room.send(c.Play(prompts=self.prompts.callback_confirmed()))
            loop = asyncio.get_running_loop()
            call.timers.append(loop.call_later(30.0, self._hang_up_for_callback, call))

    def _hang_up_for_callback(self, call: Call) -> None:
        if not call.ended:
            call.ended = True
            call.cancel_timers()
            call.room.send(c.Hangup(leg="all", reason="the caller will be called back"))

    def _place_callback(self, conv: Conversation, username: str, uri: str) -> None:
        """It is offered to ``username``: a room of its own rings their softphone."""
        room = self.pool.reserve_outbound(conv.id)
        if room is None:
            log.warning("no free room to place the callback %s", conv.id)
            assert self.callbacks is not None
            self.ctx.spawn(self.callbacks.unplaceable(conv, username, "no free room in the switch"))
            return
        call = Call(
            room, conv.callback_number, conv.created_at, iid=conv.id, menu="done",
            callback=True, reached=False,
        )  # fmt: skip
        self.calls[room.index] = call
        self.by_iid[conv.id] = call
        call.legs["agent"] = username
        log.info("%s: callback %s, ringing %s first", room.name, conv.id, username)
        room.send(
            c.Dial(
                leg="agent",
                uri=uri,
                headers=self._ring_headers(conv, username),
                timeout=self.config.offer_timeout + 5,
            )
        )

    def _dial_citizen(self, call: Call) -> None:
        """The agent answered the callback: now the citizen's phone rings."""
        assert self.callbacks is not None
        call.caller_dialled = True
        uri = self.callbacks.route(call.number)
        log.info("%s: callback %s, dialling %s", call.room.name, call.iid, uri)
        call.room.send(c.Dial(leg="caller", uri=uri, timeout=self.config.callback_ring_timeout))

    async def _callback_leg(self, call: Call, event: c.LegChanged) -> None:
        """The citizen's phone of a callback: answered, or not."""
        conv = self.convs.get(call.iid)
        if conv is None or self.callbacks is None or call.detached:
            return
        if event.state == "connected":
            call.reached = True
            await self.callbacks.reached(conv, call.legs.get("agent"))
            self._remix(call)
            self._record(call)
            call.room.send(c.Play(prompts=self.prompts.callback_greeting()))
        elif event.state == "ended":
            why = f"{event.status} {event.reason}".strip()
            await self._callback_missed(call, result_of(event.status), why)

    async def _callback_missed(self, call: Call, result: str, why: str) -> None:
        conv = self.convs.get(call.iid)
        agent = call.legs.get("agent")
        self._detach(call)
        call.ended = True
        call.legs.clear()
        call.answered.clear()
        call.room.send(c.Hangup(leg="all", reason=f"callback {result}"))
        if conv is not None and self.callbacks is not None:
            await self.callbacks.missed(conv, agent, result, why)

    # ------------------------------------------------------------------ recordings

    def _record(self, call: Call) -> None:
        """One recording per call, from the first answer (a callback: from the citizen's
        answer) to the end."""
        if call.recording_asked:
            return
        day = time.strftime("%Y/%m/%d", time.localtime(self.ctx.now()))
        path = self.recordings / day / f"{call.iid}.wav"
        call.recording_asked = True
        call.room.send(c.Record(path=str(path)))

    def _relative(self, path: str) -> str:
        try:
            return str(Path(path).relative_to(self.recordings))
        except ValueError:
            return path

    async def _finish_one(self, rel: str, state: str) -> None:
        """Make the recording ``rel`` final and say so in its row: the stereo file from
        the room's two parts (a crashed room's parts as they are: the merge reads what is
        on disk), or, with no parts (a mono recording from before stereo, or parts
        already merged when the server died), that file with its header repaired."""
        path = self.recordings / rel
        store = self.ctx.store
        try:
            merged = await asyncio.to_thread(finish_stereo, path)
            if merged is None:
                if state != "complete":
                    await asyncio.to_thread(repair_wav, path)
                seconds = await asyncio.to_thread(wav_seconds, path)
                channels = (await asyncio.to_thread(wav_info, path))[1]
                size = path.stat().st_size
            else:
                seconds, size, channels = merged
            layout = STEREO_LAYOUT if channels == 2 else MONO_LAYOUT
            await store.write(
                recordings.recording_finished, rel, round(seconds, 3), size, state, channels,
                layout,
            )  # fmt: skip
        except (OSError, ValueError) as exc:
            log.warning("recording %s lost: %s", rel, exc)
            await store.write(recordings.recording_finished, rel, 0.0, 0, "missing")

    async def _repair_one(self, rel: str) -> None:
        await self._finish_one(rel, "repaired")

    async def repair_recordings(self) -> int:
        """Recordings a crashed room (or server) never finished: fix their headers."""
        rows = await self.ctx.store.read(recordings.unfinished_recordings)
        for row in rows:
            await self._repair_one(row["path"])
        if rows:
            log.info("repaired %d unfinished recordings", len(rows))
        return len(rows)

    async def delete_expired(self, now: float | None = None) -> int:
        """Delete recordings past their topic's retention (``retention_policy``, else the
        config default); each deletion is audited with the policy that applied, and the
        run with a summary per topic."""
        now = self.ctx.now() if now is None else now
        default = self.config.recording_retention_days
        per_topic: dict[str, int] = {}
        while True:  # in batches, until a batch is short (or deletes nothing: a disk error)
            rows = await self.ctx.store.read(
                quality_sql.recordings_past_policy, now, default, RETENTION_BATCH
            )
            deleted = 0
            for rec_id, rel_path, topic, days in rows:
                path = self.recordings / rel_path
                try:
                    path.unlink(missing_ok=True)
                    for part in part_paths(path):  # left by a merge that failed
                        part.unlink(missing_ok=True)
                except OSError as exc:
                    log.warning("cannot delete %s: %s", path, exc)
                    continue
                await self.ctx.store.write(
                    recordings.recording_deleted, rec_id, now, f"retention {days:g} days ({topic})"
                )
                per_topic[topic] = per_topic.get(topic, 0) + 1
                deleted += 1
            if len(rows) < RETENTION_BATCH or not deleted:
                break
        await self.ctx.store.write(
            audit.audit, "system", "retention.run", "", {"deleted": per_topic}, now
        )
        if per_topic:
            log.info("deleted %d recordings past retention", sum(per_topic.values()))
        return sum(per_topic.values())

    async def _retention_forever(self) -> None:
        # Once at start (catches up a day the server was down), then daily at
        # ``retention_run_at`` local time.
        tz = ZoneInfo(self.config.timezone) if self.config.timezone else None
        while True:
            try:
                await self.delete_expired()
            except Exception:
                log.exception("recording retention failed")
            now = self.ctx.now()
            await asyncio.sleep(max(1.0, next_run(now, self.config.retention_run_at, tz) - now))


def sip_uri_host(uri: str) -> str:
    """The host of ``sip:user@host:port;params`` (an IPv6 address without its brackets)."""
    return host_of(uri.partition("@")[2].split(";", 1)[0].split("?", 1)[0])


def _plain(ip: ipaddress.IPv4Address | ipaddress.IPv6Address):
    """An IPv4-mapped IPv6 address (a dual-stack socket's view) as the IPv4 one."""
    mapped = getattr(ip, "ipv4_mapped", None)
    return mapped if mapped is not None else ip
