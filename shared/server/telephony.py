"""Calls: the server side of the switch. Owns the front door and the room pool and turns
room events into interactions, so a call is queued, offered, answered, wrapped up and
reported exactly like a chat.

A call's life (see docs/telephony.md):
  front door 302 -> room answers -> ``incoming``: greeting + menu (IVR)
  -> a menu digit: a voice interaction is queued (music + position announcements)
  -> the engine offers it to an agent: the room dials the agent's softphone
  -> the agent answers: accepted, caller<->agent bridged and recorded
  -> either side hangs up: the room ends every leg; the agent wraps up, and the wrap-up's
     topic tags the recording.
A ringing agent who does not answer is ring-no-answer (the engine's offer timeout; the
room cancels the leg). A caller who hangs up while queued is abandoned with the wait
time. A room that dies ends its conversation with ``failure`` set; the pool replaces it.
"""

from __future__ import annotations

import asyncio
import logging
import re
import sys
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from shared import protocol as p
from shared.server.sql import recordings
from shared.switch import control as c
from shared.switch.pool import Room, RoomPool
from shared.switch.wavfile import repair_wav, wav_seconds

if TYPE_CHECKING:
    from shared.server.centre import ContactCentre, Live, Session

log = logging.getLogger(__name__)

SIP_URI = re.compile(r"^sips?:[^\s@<>\"]+@[^\s<>\"]+$")
INTERACTION_HEADER = "X-CC-Interaction"


@dataclass(eq=False)
class Call:
    """One conversation in one room."""

    room: Room
    number: str
    arrived: float  # wall clock
    stage: str = "ivr"  # ivr, queued, ringing, talking, held, ended
    iid: str = ""
    agent: str = ""  # whose softphone is ringing or talking
    menu_tries: int = 0
    recording: str = ""  # path relative to the recordings dir
    timers: list[asyncio.TimerHandle] = field(default_factory=list)
    # Room events that await the store are handled one at a time per call: an agent who
    # answers and hangs up at once, or a caller who hangs up right after the menu digit,
    # must see the first step finished before the next one starts.
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    def cancel_timers(self) -> None:
        for t in self.timers:
            t.cancel()
        self.timers.clear()


class Telephony:
    def __init__(self, centre: ContactCentre) -> None:
        from shared.switch.prompts import Prompts

        self.centre = centre
        self.config = centre.config
        self.prompts = Prompts(cache_dir=Path(self.config.data_dir) / "prompts")
        self.recordings = self.config.recordings_path
        self.phones: dict[str, str] = {}  # agent -> softphone SIP URI
        self.calls: dict[int, Call] = {}  # room index -> call
        self.by_iid: dict[str, Call] = {}
        self.pool = RoomPool(
            self._spawn,
            size=self.config.rooms,
            spare=self.config.rooms_spare,
            on_event=self._on_room_event,
            on_lost=self._on_room_lost,
            host=self.config.sip_host,
        )
        self.frontdoor = None
        self._retention_task: asyncio.Task | None = None
        centre.handlers[p.RegisterPhone] = self.on_register_phone
        centre.handlers[p.HoldCall] = self.on_hold

    # ------------------------------------------------------------------ lifecycle

    async def start(self) -> None:
        from shared.switch.frontdoor import FrontDoor

        self.recordings.mkdir(parents=True, exist_ok=True)
        await self.repair_recordings()
        # A topic with no shipped prompt is spoken by espeak-ng once, if installed: do it
        # now, off the loop, rather than during a caller's first menu.
        await asyncio.to_thread(self.prompts.menu, self._menu_options())
        await self.pool.start()
        self.frontdoor = FrontDoor(self.pool.reserve, self.config.sip_host, self.config.sip_port)
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
            python=sys.executable,
        )

    # ------------------------------------------------------------------ agent requests

    async def on_register_phone(self, session: Session, msg: p.RegisterPhone) -> p.Ok:
        uri = msg.uri.strip()
        if uri and (len(uri) > 200 or not SIP_URI.match(uri)):
            raise p.ProtocolError(p.ErrorCode.INVALID_FORMAT, f"not a SIP URI: {uri[:80]!r}")
        if uri:
            self.phones[session.username] = uri
        else:
            self.phones.pop(session.username, None)
        log.info("%s's softphone: %s", session.username, uri or "(none)")
        return p.Ok(id=msg.id)

    async def on_hold(self, session: Session, msg: p.HoldCall) -> p.Ok:
        call = self.by_iid.get(msg.interaction_id)
        if call is None or call.agent != session.username or call.stage not in ("talking", "held"):
            raise p.ProtocolError(p.ErrorCode.NOT_FOUND, "no call of yours to hold")
        call.stage = "held" if msg.hold else "talking"
        call.room.send(c.SetMode(mode="hold" if msg.hold else "talk"))
        live = self.centre.live.get(call.iid)
        if live is not None:
            live.on_hold = msg.hold
        return p.Ok(id=msg.id)

    # ------------------------------------------------------------------ routing hooks

    def can_ring(self, agent: str) -> bool:
        return agent in self.phones

    def offer(self, live: Live, agent: str) -> None:
        """The engine offers a call to ``agent``: ring their softphone."""
        call = self.by_iid.get(live.id)
        uri = self.phones.get(agent)
        if call is None or uri is None:
            return
        call.stage, call.agent = "ringing", agent
        call.room.send(
            c.Dial(
                leg="agent",
                uri=uri,
                headers={INTERACTION_HEADER: live.id},
                timeout=self.config.offer_timeout + 5,
            )
        )

    def offer_revoked(self, live: Live, agent: str, reason: str) -> None:
        call = self.by_iid.get(live.id)
        if call is not None and call.stage == "ringing" and call.agent == agent:
            call.stage, call.agent = "queued", ""
            call.room.send(c.Hangup(leg="agent", code=487, reason=f"offer {reason}"))

    def ended(self, live: Live) -> None:
        """The interaction ended on the server (agent closed it, say): end the call."""
        call = self.by_iid.get(live.id)
        if call is not None and call.stage != "ended":
            call.stage = "ended"
            call.cancel_timers()
            call.room.send(c.Hangup(leg="all", reason="interaction ended"))

    # ------------------------------------------------------------------ room events

    def _on_room_event(self, room: Room, event: c.Event) -> None:
        if isinstance(event, c.Ready):
            return
        if isinstance(event, c.Incoming):
            self._incoming(room, event)
            return
        if isinstance(event, c.Idle):
            call = self.calls.pop(room.index, None)
            if call is not None:
                call.cancel_timers()
                self.by_iid.pop(call.iid, None)
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
            self.centre.spawn(self._leg_changed(call, event))
        elif isinstance(event, c.RecordingStarted):
            rel = self._relative(event.path)
            call.recording = rel
            self.centre.background(
                self.centre.store.write(
                    recordings.recording_started,
                    call.iid,
                    call.agent or None,
                    rel,
                    event.started_at,
                )
            )
        elif isinstance(event, c.RecordingStopped):
            self.centre.background(
                self.centre.store.write(
                    recordings.recording_finished,
                    self._relative(event.path),
                    event.seconds,
                    event.bytes,
                )
            )

    def _incoming(self, room: Room, event: c.Incoming) -> None:
        call = Call(room, event.number[:40], time.time())
        self.calls[room.index] = call
        log.info("%s: call from %s", room.name, call.number or "anonymous")
        options = self._menu_options()
        if len(options) == 1:  # nothing to choose: straight to the only queue
            call.stage = "queued"
            self.centre.spawn(self._queue(call, options[0][1], self.prompts.greeting()))
            return
        self._play_menu(call, self.prompts.greeting())

    def _menu_options(self) -> list[tuple[str, str, str]]:
        topics = list(self.centre.topics.values())[:9]
        return [(str(i), t.id, t.name) for i, t in enumerate(topics, start=1)]

    def _play_menu(self, call: Call, before: list[str]) -> None:
        call.room.send(c.SetMode(mode="ivr"))
        call.room.send(
            c.Play(prompts=[*before, *self.prompts.menu(self._menu_options())], stop_on_dtmf=True)
        )

    def _goodbye(self, call: Call) -> None:
        if call.stage == "goodbye":
            call.stage = "ended"
            call.cancel_timers()
            call.room.send(c.Hangup(leg="all", reason="no choice made in the menu"))

    def _prompt_done(self, call: Call, event: c.PromptDone) -> None:
        if call.stage == "goodbye":
            self._goodbye(call)
            return
        if call.stage != "ivr" or event.interrupted:
            return
        loop = asyncio.get_running_loop()
        call.timers.append(loop.call_later(self.config.ivr_timeout, self._menu_timeout, call))

    def _menu_timeout(self, call: Call) -> None:
        if call.stage != "ivr" or self.calls.get(call.room.index) is not call:
            return
        call.menu_tries += 1
        if call.menu_tries > self.config.ivr_retries:
            call.stage = "goodbye"  # hung up when the prompt is done (_prompt_done)
            call.room.send(c.Play(prompts=self.prompts.no_agents_goodbye()))
            loop = asyncio.get_running_loop()
            call.timers.append(loop.call_later(30.0, self._goodbye, call))  # in any case
            return
        self._play_menu(call, [])

    def _dtmf(self, call: Call, event: c.Dtmf) -> None:
        if event.leg != "caller" or call.stage != "ivr":
            return
        call.cancel_timers()
        options = {digit: topic for digit, topic, _name in self._menu_options()}
        topic = options.get(event.digit)
        if topic is None:
            call.menu_tries += 1
            self._play_menu(call, self.prompts.invalid())
            return
        call.stage = "queued"
        self.centre.spawn(self._queue(call, topic))

    async def _queue(self, call: Call, topic: str, before: Sequence[str] = ()) -> None:
        async with call.lock:
            await self._queue_locked(call, topic, list(before))

    async def _queue_locked(self, call: Call, topic: str, before: list[str]) -> None:
        call.iid = uuid.uuid4().hex[:16]
        self.by_iid[call.iid] = call
        call.room.send(c.SetMode(mode="queue"))  # music until the prompts below
        await self.centre.start_call(call.iid, call.number, topic, call.arrived)
        prompts = [*before, *self.prompts.please_hold()]
        position = self.centre.engine.position(call.iid)
        if position:  # not already ringing an agent
            prompts += self.prompts.position(position)
        call.room.send(c.Play(prompts=prompts, music_after=True))
        self._schedule_announcement(call)

    def _schedule_announcement(self, call: Call) -> None:
        loop = asyncio.get_running_loop()
        call.timers.append(loop.call_later(self.config.announce_interval, self._announce, call))

    def _announce(self, call: Call) -> None:
        if call.stage not in ("queued", "ringing"):
            return
        position = self.centre.engine.position(call.iid)
        if position and call.stage == "queued":
            call.room.send(c.Play(prompts=self.prompts.position(position), music_after=True))
        self._schedule_announcement(call)

    async def _leg_changed(self, call: Call, event: c.LegChanged) -> None:
        async with call.lock:
            await self._leg_changed_locked(call, event)

    async def _leg_changed_locked(self, call: Call, event: c.LegChanged) -> None:
        if event.leg == "caller" and event.state == "ended":
            await self._caller_gone(call, event.reason)
        elif event.leg == "agent":
            await self._agent_leg(call, event)

    async def _caller_gone(self, call: Call, room_reason: str = "") -> None:
        previous, call.stage = call.stage, "ended"
        call.cancel_timers()
        call.room.send(c.Hangup(leg="all", reason="caller hung up"))
        if not call.iid:
            log.info("%s: caller left in the menu", call.room.name)
            return
        live = self.centre.live.get(call.iid)
        if live is None or previous == "ended":
            return
        lost = "media timeout" in room_reason  # their phone died: no BYE ever came
        if live.state in ("queued", "offered"):
            await self.centre.end_call(
                live,
                "citizen",
                f"caller lost while waiting: {room_reason}"
                if lost
                else "caller hung up while waiting",
                wait_seconds=time.time() - call.arrived,
            )
        elif live.state == "active":
            reason = f"caller lost: {room_reason}" if lost else "caller hung up"
            await self.centre.end_call(live, "citizen", reason)

    async def _agent_leg(self, call: Call, event: c.LegChanged) -> None:
        live = self.centre.live.get(call.iid)
        if live is None:
            return
        if event.state == "connected" and call.stage == "ringing":
            agent = call.agent
            if not await self.centre.answer_call(live, agent, time.time() - call.arrived):
                call.room.send(c.Hangup(leg="agent", reason="offer no longer valid"))
                return
            call.stage = "talking"
            call.cancel_timers()
            call.room.send(c.SetMode(mode="talk"))
            day = time.strftime("%Y/%m/%d")
            path = self.recordings / day / f"{call.iid}.wav"
            call.room.send(c.Record(path=str(path)))
        elif event.state == "ended" and call.stage == "ringing":
            agent, call.stage, call.agent = call.agent, "queued", ""
            if event.status in (486, 600, 603):  # declined on the phone
                self.centre.reject_for(agent, live.id, "declined on the softphone")
            elif event.status not in (487,):  # unreachable phone: don't ring it again
                self.centre.reject_for(agent, live.id, f"softphone failed ({event.status})")
        elif event.state == "ended" and call.stage in ("talking", "held"):
            call.stage = "ended"
            reason = "agent hung up"
            if "media timeout" in event.reason:
                reason = f"agent's softphone lost: {event.reason}"
            call.room.send(c.Hangup(leg="all", reason=reason))
            await self.centre.end_call(live, "agent", reason)

    def _on_room_lost(self, room: Room, reason: str) -> None:
        call = self.calls.pop(room.index, None)
        if call is None:
            return
        call.cancel_timers()
        self.by_iid.pop(call.iid, None)
        call.stage = "ended"
        if call.recording:
            self.centre.spawn(self._repair_one(call.recording))
        self.centre.spawn(self._fail(call, reason))

    async def _fail(self, call: Call, reason: str) -> None:
        async with call.lock:  # after whatever step of this call is under way
            live = self.centre.live.get(call.iid) if call.iid else None
            if live is not None:
                await self.centre.end_call(
                    live, "citizen", f"call failed: {reason}", failure=reason
                )

    # ------------------------------------------------------------------ recordings

    def _relative(self, path: str) -> str:
        try:
            return str(Path(path).relative_to(self.recordings))
        except ValueError:
            return path

    async def _repair_one(self, rel: str) -> None:
        path = self.recordings / rel
        try:
            await asyncio.to_thread(repair_wav, path)
            seconds = await asyncio.to_thread(wav_seconds, path)
            await self.centre.store.write(
                recordings.recording_finished, rel, seconds, path.stat().st_size, "repaired"
            )
        except (OSError, ValueError) as exc:
            log.warning("recording %s lost: %s", rel, exc)
            await self.centre.store.write(recordings.recording_finished, rel, 0.0, 0, "missing")

    async def repair_recordings(self) -> int:
        """Recordings a crashed room (or server) never finished: fix their headers."""
        rows = await self.centre.store.read(recordings.unfinished_recordings)
        for row in rows:
            await self._repair_one(row["path"])
        if rows:
            log.info("repaired %d unfinished recordings", len(rows))
        return len(rows)

    async def delete_expired(self, now: float | None = None) -> int:
        """Delete recordings older than the retention period; each deletion is audited."""
        now = time.time() if now is None else now
        days = self.config.recording_retention_days
        rows = await self.centre.store.read(recordings.expired_recordings, now - days * 86400)
        for row in rows:
            path = self.recordings / row["path"]
            try:
                path.unlink(missing_ok=True)
            except OSError as exc:
                log.warning("cannot delete %s: %s", path, exc)
                continue
            await self.centre.store.write(
                recordings.recording_deleted, row["id"], now, f"retention {days:g} days"
            )
        if rows:
            log.info("deleted %d recordings past retention", len(rows))
        return len(rows)

    async def _retention_forever(self) -> None:
        while True:
            try:
                await self.delete_expired()
            except Exception:
                log.exception("recording retention failed")
            await asyncio.sleep(3600)
