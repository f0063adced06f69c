"""A room worker: one pjsua2 endpoint holding one conversation of up to four legs.

    python -m shared.switch.room --control-fd N --sip-port 0 --rtp-port P \
        --rtp-port-range 16 --music hold.wav --clock-rate 8000 --name room-1 [--log-level 1]

The server (``room_client``) owns the call flow; the room is a dumb media box. It answers
only an INVITE that carries a valid ticket for it from the front door's redirect (403 to
anything else: see ``reservation``; the key comes in ``CC_ROOM_KEY``), the first such
INVITE (486 to any other while a conversation lasts), reports events and
obeys commands, one JSON line each (``shared.switch.control``) on the socket ``--control-fd``.
Who hears whom comes from ``shared.switch.matrix``; the room applies its diff to the
conference bridge whenever a leg, the mode, a prompt or the recorder changes.

Threading: one thread. pjsua2 runs with ``threadCnt=0`` and ``mainThreadOnly`` (see
``shared/sip_engine.py``), so call callbacks fire only inside ``engine.pump()``; they just
record what happened, and the loop acts on it after the pump returns. No Python runs on the
media clock thread: prompt ends are found by polling the player's position, not by
``onEof2`` (which pjsua2 calls from the clock thread). The loop sleeps in
``libHandleEvents`` (``IDLE_MS`` without calls), never spins; the control socket is
non-blocking and read between pumps. Players and the recorder are dropped on the tick after
they were disconnected; everything is dropped before ``libDestroy()``.

Media policy: G.711 only and no VAD (see ``main``). Recording is stereo from two mono
recorders (pjmedia's recorder has one channel): ``Record(path)`` records the citizen's and
the centre's side into the part files of ``wavfile.part_paths(path)``; the server
interleaves them into ``path`` once ``RecordingStopped`` says they are closed. Two
recorders rather than a Python ``AudioMediaPort`` that interleaves: that port's callbacks
run on the media clock thread, where no Python runs here (GIL, latency); two bridge sinks
cost the room a second mix and file write per tick, nothing else. While recording, both
recorders also take slot 0's silence, from the same tick, so that both parts keep the
wall-clock timeline even when the matrix gives them nothing (hold) and stay aligned. ``Play.music_after`` needs no work here: music
follows prompts in the modes where the caller hears music (queue, hold, consult).

Logs go to stderr; stdout belongs to pjsua2.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import re
import signal
import socket
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import msgspec
import pjsua2 as pj

from shared.sip_engine import EngineCall, SipEngine, SipError, user_part
from shared.switch import matrix
from shared.switch.control import (
    MAX_LINE,
    Command,
    Dial,
    Dtmf,
    Event,
    Hangup,
    Idle,
    Incoming,
    Leg,
    LegChanged,
    LineBuffer,
    Mode,
    Monitor,
    Ping,
    Play,
    Pong,
    PromptDone,
    Ready,
    Record,
    RecordingStarted,
    RecordingStopped,
    RoomError,
    SendDtmf,
    SetMode,
    Shutdown,
    StopRecording,
    decode_command,
    encode,
)
from shared.switch.reservation import KEY_ENV, TicketChecker, key_from_env
from shared.switch.sipmsg import host_of
from shared.switch.wavfile import header_complete, part_paths, wav_seconds

log = logging.getLogger("shared.switch.room")

IDLE_MS = 100  # pump timeout with no call: how long a command may wait, and our wake-up rate
BUSY_MS = 20  # pump timeout while calls exist (DTMF relay, prompt ends, dial timeouts)
RETIRE_DELAY = 0.05  # > one media clock tick: async stopTransmit has been applied
FINISH_TIMEOUT = 2.0  # report a recording even if its file never looked complete
PROMPT_GRACE = 1.0  # a prompt not seen to end by its position ends this long after its length
SHUTDOWN_WAIT = 3.0  # seconds to let calls hang up cleanly before libDestroy()


class RoomCall(EngineCall):
    """An EngineCall that reports how each DTMF digit arrived (RFC 2833 or SIP INFO).

    ``EngineCall.on_dtmf`` passes only the digit; pjsua2 gives the method in the param.
    The engine creates plain EngineCalls, so the room re-classes each call it adopts
    (no state is added, so this is safe for the SWIG director, which looks methods up on
    the Python object).
    """

    on_room_dtmf: Callable[[EngineCall, str, str], None] | None = None

    def onDtmfDigit(self, prm):  # noqa: N802 (pjsua2 API name)
        try:
            method = "info" if prm.method == pj.PJSUA_DTMF_METHOD_SIP_INFO else "rfc2833"
            if self.on_room_dtmf:
                self.on_room_dtmf(self, prm.digit, method)
        except Exception:  # never let an exception escape into the SWIG director
            log.exception("onDtmfDigit")


def caller_number(uri: str) -> str:
    """``"Ann" <sip:600100200@host;x=y>`` -> ``600100200``; "" when none or anonymous."""
    if not re.search(r"sips?:[^@;>:\s]+@", uri):
        return ""
    user = user_part(uri)
    return "" if user.lower() in ("anonymous", "unknown") else user


def _seconds(path: str) -> float:
    try:
        return wav_seconds(path)
    except (OSError, ValueError):
        return 0.0


@dataclass(eq=False)
class _Leg:
    name: Leg
    call: EngineCall
    answered: bool = False  # in the conversation (caller: answered by us; others: 200 OK)
    ringing_reported: bool = False
    deadline: float | None = None  # dial timeout (monotonic)
    timed_out: bool = False
    reason: str = ""  # why we hung it up, reported instead of pjsua2's text
    rx_packets: int = -1  # RTP packets received at the last media check
    rx_since: float = 0.0  # when that count last grew (monotonic)


@dataclass(eq=False)
class _Prompts:
    paths: list[str]
    stop_on_dtmf: bool
    player: pj.AudioMediaPlayer | None = None
    length: float = 0.0  # seconds of the current file
    size: int = 0  # samples of the current file
    seen: int = 0  # highest position seen
    connected_at: float | None = None  # when the current player was connected to the caller


@dataclass(eq=False)
class _Recording:
    path: str  # the stereo file the server makes from the parts
    recorders: dict[str, pj.AudioMediaRecorder]  # matrix sink -> its part's recorder
    parts: tuple[str, ...]
    started_at: float


@dataclass(eq=False)
class _Retired:
    """A disconnected player or recorder, dropped after a pump and ``RETIRE_DELAY``.

    Then ``finish(give_up)`` runs on every tick until it returns True: pjsua2 closes a
    dropped recorder's file on the media clock thread, a tick or two later.
    """

    at: float
    obj: object | None
    finish: Callable[[bool], bool] | None = None


class Room:
    def __init__(
        self,
        engine: SipEngine,
        control: socket.socket,
        *,
        music: str = "",
        clock_rate: int = 8000,
        media_timeout: float = 30.0,
        tickets: TicketChecker | None = None,
    ):
        self.engine = engine
        self.tickets = tickets or TicketChecker(None, engine.port)
        self.forged = 0  # INVITEs refused for want of a valid ticket
        self._forged_logged_at = 0.0
        # A leg that sends no RTP for this long is gone (a phone that died or lost its
        # network never sends a BYE); pjsua2 peers send a frame at least every 5 s even
        # with VAD in silence, so a live leg always clears it.
        self.media_timeout = media_timeout
        self._media_checked = 0.0
        self.control = control
        self.clock_rate = clock_rate
        self._rx = LineBuffer()
        self._out = bytearray()
        self.running = True
        self.exit_code = 0

        self.active = False  # a conversation exists
        self.ending = False  # every leg is being hung up; Idle follows when all are gone
        self.mode: Mode = "ended"
        self.monitor: Monitor = "none"
        self.legs: dict[Leg, _Leg] = {}
        self.prompts: _Prompts | None = None
        self.recording: _Recording | None = None
        self.music: pj.AudioMediaPlayer | None = None
        # applied connection -> (source port, sink port) on the conference bridge
        self.applied: dict[matrix.Connection, tuple[int, int]] = {}
        self.dirty = False
        self._retired: list[_Retired] = []
        self._dtmf: list[tuple[Leg, str, str]] = []

        engine.on_incoming_call = self._on_incoming
        if music:
            self.music = self._create_music(music)

    # ------------------------------------------------------------------ pjsua2 callbacks
    # (inside engine.pump: record what happened, act later in the loop)

    def _on_incoming(self, call: EngineCall) -> None:
        ci = call.getInfo()
        refused = self.tickets.check(user_part(call.request_uri), time.time())
        if refused is not None:
            self.forged += 1
            now = time.monotonic()
            if now - self._forged_logged_at > 10:  # one line per 10 s, however many
                self._forged_logged_at = now
                log.warning(
                    "refusing INVITE from %s: %s (%d refused so far)",
                    call.source or "?", refused, self.forged,
                )  # fmt: skip
            call.hangup(403)
            return
        if self.active or self.ending:
            log.info("busy: rejecting %s", call.remote_uri)
            call.hangup(486)
            return
        leg = self._adopt(call, "caller")
        call.answer(180)
        call.answer(200)
        leg.answered = True
        self._start_conversation()
        self.emit(
            Incoming(
                sip_call_id=ci.callIdString,
                from_uri=ci.remoteUri,
                number=caller_number(ci.remoteUri),
                to_uri=ci.localUri,
                headers=dict(call.headers),
                source=host_of(call.source),
            )
        )
        log.debug("incoming call from %s", ci.remoteUri)

    def _on_state(self, call: EngineCall, state: str) -> None:
        leg = self._leg_of(call)
        if leg is None:
            return
        if state == "early" and not leg.answered and not leg.ringing_reported:
            leg.ringing_reported = True
            self.emit(LegChanged(leg=leg.name, state="ringing", status=call.last_status))
        elif state == "confirmed" and not leg.answered:
            leg.answered = True
            leg.deadline = None
            self.emit(LegChanged(leg=leg.name, state="connected", status=call.last_status))
        elif state == "disconnected":
            ci = call.getInfo()
            status, reason = ci.lastStatusCode, ci.lastReason
            if leg.timed_out:
                status, reason = 408, "no answer"
            elif leg.reason:
                reason = leg.reason
            del self.legs[leg.name]
            self._forget(leg.name)
            self.emit(LegChanged(leg=leg.name, state="ended", status=status, reason=reason))
            if leg.name == "caller" or not self.legs:
                self._end_conversation()
        self.dirty = True

    def _on_media(self, call: EngineCall) -> None:
        self.dirty = True

    def _on_dtmf(self, call: EngineCall, digit: str, method: str) -> None:
        leg = self._leg_of(call)
        if leg is not None:
            self._dtmf.append((leg.name, digit, method))

    # ------------------------------------------------------------------ legs

    def _adopt(self, call: EngineCall, name: Leg) -> _Leg:
        call.__class__ = RoomCall
        call.on_room_dtmf = self._on_dtmf
        call.on_state = self._on_state
        call.on_media = self._on_media
        leg = _Leg(name, call)
        self.legs[name] = leg
        return leg

    def _leg_of(self, call: EngineCall) -> _Leg | None:
        for leg in self.legs.values():
            if leg.call is call:
                return leg
        return None

    def _start_conversation(self) -> None:
        if not self.active:
            self.active, self.ending = True, False
            self.mode, self.monitor = "ivr", "none"

    def _end_conversation(self, reason: str = "") -> None:
        """Hang up every leg, stop prompts and recording; Idle follows when calls are gone."""
        if not self.active:
            return
        self.active, self.ending = False, True
        self.mode, self.monitor = "ended", "none"
        for leg in list(self.legs.values()):
            if reason and not leg.reason:
                leg.reason = reason
            leg.call.hangup()
        if self.prompts is not None:
            self._stop_prompts(interrupted=True)
        self._stop_recording()
        self.dirty = True

    # ------------------------------------------------------------------ commands

    def handle_line(self, line: bytes) -> None:
        if not line.strip():
            return
        if len(line) > MAX_LINE:
            self.error("control line too long")
            return
        try:
            cmd = decode_command(line)
        except (msgspec.DecodeError, msgspec.ValidationError) as exc:
            self.error(f"bad command: {exc}")
            return
        try:
            self.handle(cmd)
        except Exception as exc:  # a bug must not take the conversation down
            log.exception("command %r", cmd)
            self.error(f"{type(cmd).__name__} failed: {exc}")

    def handle(self, cmd: Command) -> None:
        match cmd:
            case Ping(n=n):
                self.emit(Pong(n=n))
            case Play():
                self._play(cmd)
            case SetMode(mode=mode, monitor=monitor):
                if not self.active:
                    self.error("mode.set: no conversation")
                    return
                self.mode, self.monitor = mode, monitor
                self.dirty = True
            case Dial():
                self._dial(cmd)
            case Hangup(leg=leg_name, code=code, reason=reason):
                if leg_name == "all":
                    if self.active:
                        self._end_conversation(reason)
                    return
                leg = self.legs.get(leg_name)
                if leg is None:
                    self.error(f"hangup: no {leg_name} leg")
                    return
                leg.reason = reason or leg.reason
                leg.call.hangup(code)
                if leg_name == "caller":
                    self._end_conversation(reason)
            case Record(path=path):
                self._record(path)
            case StopRecording():
                if self.recording is None:
                    self.error("record.stop: not recording")
                else:
                    self._stop_recording()
            case SendDtmf(leg=leg_name, digits=digits):
                leg = self.legs.get(leg_name)
                if leg is None or not leg.answered:
                    self.error(f"dtmf.send: no connected {leg_name} leg")
                    return
                leg.call.send_dtmf(digits)
            case Shutdown():
                self.running = False
            case _:
                self.error(f"unexpected command {type(cmd).__name__}")

    def _dial(self, cmd: Dial) -> None:
        if cmd.leg in self.legs:
            self.error(f"dial: {cmd.leg} leg already present")
            return
        if self.ending:
            self.error("dial: conversation is ending")
            return
        try:
            call = self.engine.call(cmd.uri, cmd.headers)
        except SipError as exc:
            self.emit(LegChanged(leg=cmd.leg, state="ended", status=0, reason=str(exc)))
            if not self.active:  # an outbound conversation that never began: free again
                self.emit(Idle())
            return
        self._start_conversation()
        leg = self._adopt(call, cmd.leg)
        leg.deadline = time.monotonic() + cmd.timeout
        log.info("dialling %s as %s", cmd.uri, cmd.leg)

    # ------------------------------------------------------------------ prompts

    def _play(self, cmd: Play) -> None:
        if not self.active:
            self.error("play: no conversation")
            return
        if self.prompts is not None:
            self._stop_prompts(interrupted=True)
        self.prompts = _Prompts(list(cmd.prompts), cmd.stop_on_dtmf)
        self._next_prompt()

    def _next_prompt(self) -> None:
        """Start the next file of the list, or report the list done."""
        p = self.prompts
        assert p is not None
        while p.paths:
            path = p.paths.pop(0)
            player = pj.AudioMediaPlayer()
            try:
                player.createPlayer(path, pj.PJMEDIA_FILE_NO_LOOP)
            except pj.Error as exc:
                self.error(f"play: cannot play {path}: {exc.reason}")
                continue
            p.player = player
            info = player.getInfo()  # keep SWIG results in locals (see STYLE.md)
            p.size = int(info.sizeSamples)
            port = player.getPortInfo()
            rate = port.format.clockRate or self.clock_rate
            p.length = _seconds(path) or p.size / rate
            p.seen, p.connected_at = 0, None
            self.dirty = True
            return
        self.prompts = None
        self.dirty = True
        self.emit(PromptDone(interrupted=False))

    def _stop_prompts(self, interrupted: bool) -> None:
        if self.prompts is None:
            return
        self._retire_prompt_player()
        self.prompts = None
        self.dirty = True
        self.emit(PromptDone(interrupted=interrupted))

    def _retire_prompt_player(self) -> None:
        p = self.prompts
        if p is None or p.player is None:
            return
        self._disconnect("prompt")
        self._retired.append(_Retired(time.monotonic(), p.player))
        p.player = None

    def _poll_prompt(self, now: float) -> None:
        p = self.prompts
        if p is None or p.player is None or p.connected_at is None:
            return
        pos = p.player.getPos()
        ended = (
            (p.seen > 0 and pos < p.seen)  # a NO_LOOP player rewinds to 0 at its end
            or (p.size > 0 and pos >= p.size)
            or now - p.connected_at > p.length + PROMPT_GRACE
        )
        p.seen = max(p.seen, pos)
        if ended:
            log.debug("prompt ended at %d/%d after %.2fs", pos, p.size, now - p.connected_at)
            self._retire_prompt_player()
            self._next_prompt()

    # ------------------------------------------------------------------ recording

    def _record(self, path: str) -> None:
        if not self.active:
            self.error("record: no conversation")
            return
        if self.recording is not None:
            self.error(f"record: already recording to {self.recording.path}")
            return
        parts = tuple(str(p) for p in part_paths(path))
        recorders: dict[str, pj.AudioMediaRecorder] = {}
        try:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            for sink, part in zip(matrix.RECORDERS, parts, strict=True):
                recorder = pj.AudioMediaRecorder()
                recorder.createRecorder(part)
                recorders[sink] = recorder
        except (OSError, pj.Error) as exc:
            reason = exc.reason if isinstance(exc, pj.Error) else str(exc)
            self.error(f"record: cannot record to {path}: {reason}")
            recorders.clear()  # destroys any recorder made (its part is an empty WAV)
            for part in parts:
                with contextlib.suppress(OSError):  # its folder may be what failed
                    Path(part).unlink(missing_ok=True)
            return
        # The bridge gives a sink frames only while something transmits to it: without
        # this, hold (no one recorded) would be cut out of the file and its timeline.
        # Slot 0 (the null sound device) sends silence; the leg mix adds to it. Both
        # connections are made in one turn, so both take effect on the same clock tick.
        try:
            clock = pj.Endpoint.instance().audDevManager().getCaptureDevMedia()
            for recorder in recorders.values():
                clock.startTransmit(recorder)
        except pj.Error as exc:
            log.warning("recorder clock: %s", exc.reason)
        self.recording = _Recording(path, recorders, parts, time.time())
        self.dirty = True
        self.emit(RecordingStarted(path=path, started_at=self.recording.started_at))

    def _stop_recording(self) -> None:
        rec, self.recording = self.recording, None
        if rec is None:
            return
        for sink in rec.recorders:
            self._disconnect(sink)
        self.dirty = True
        # a recorder writes its WAV header when destroyed (soon, see _drop_retired)
        recorders, rec.recorders = list(rec.recorders.values()), {}

        def report(give_up: bool) -> bool:
            if not all(header_complete(p) for p in rec.parts) and not give_up:
                return False
            size = 0
            for part in rec.parts:
                try:
                    size += os.path.getsize(part)
                except OSError:
                    pass
            seconds = round(max(_seconds(p) for p in rec.parts), 3)
            self.emit(RecordingStopped(path=rec.path, seconds=seconds, bytes=size))
            return True

        self._retired.append(_Retired(time.monotonic(), recorders, report))

    # ------------------------------------------------------------------ the matrix

    def _create_music(self, path: str) -> pj.AudioMediaPlayer | None:
        player = pj.AudioMediaPlayer()
        try:
            player.createPlayer(path, 0)  # loops
        except pj.Error as exc:
            log.warning("no hold music: cannot play %s: %s", path, exc.reason)
            return None
        return player

    def _media(self) -> dict[str, pj.AudioMedia]:
        media: dict[str, pj.AudioMedia] = {}
        for name, leg in self.legs.items():
            if leg.answered and leg.call.audio is not None:
                media[name] = leg.call.audio
        if self.prompts is not None and self.prompts.player is not None:
            media["prompt"] = self.prompts.player
        if self.music is not None:
            media["music"] = self.music
        if self.recording is not None:
            media.update(self.recording.recorders)
        return media

    def apply_matrix(self) -> None:
        self.dirty = False
        media = self._media()
        legs = frozenset(name for name in media if name in self.legs)
        wanted = matrix.connections(
            self.mode,
            self.monitor,
            legs,
            prompt_playing="prompt" in media,
            recording=all(sink in media for sink in matrix.RECORDERS),
        )
        ports = {name: m.getPortId() for name, m in media.items()}
        desired = {
            pair: (ports[pair[0]], ports[pair[1]])
            for pair in wanted
            if pair[0] in ports and pair[1] in ports
        }
        to_stop, to_start = matrix.diff(frozenset(self.applied), frozenset(desired))
        # a pair whose endpoints changed port (new media) is re-made
        moved = {
            pair for pair in desired if pair in self.applied and self.applied[pair] != desired[pair]
        }
        if to_stop or to_start or moved:
            log.debug("matrix: stop %s start %s moved %s", set(to_stop), set(to_start), moved)
        for pair in to_stop | moved:
            self._stop(pair, media, ports)
        for pair in to_start | moved:
            src, sink = pair
            try:
                media[src].startTransmit(media[sink])  # applied on the next media clock tick
            except pj.Error as exc:
                log.warning("startTransmit %s -> %s: %s", src, sink, exc.reason)
                continue
            self.applied[pair] = desired[pair]
        if "prompt" in media and ("prompt", "caller") in self.applied:
            if self.prompts is not None and self.prompts.connected_at is None:
                self.prompts.connected_at = time.monotonic()

    def _stop(self, pair: matrix.Connection, media: dict, ports: dict) -> None:
        src, sink = pair
        was = self.applied.pop(pair, None)
        if was is None or (ports.get(src), ports.get(sink)) != was:
            return  # an endpoint went away (its bridge port took its connections along)
        try:
            media[src].stopTransmit(media[sink])
        except pj.Error as exc:
            log.debug("stopTransmit %s -> %s: %s", src, sink, exc.reason)

    def _disconnect(self, name: str) -> None:
        """Stop every applied connection of ``name`` now (before it is dropped)."""
        media = self._media()
        ports = {n: m.getPortId() for n, m in media.items()}
        for pair in [p for p in self.applied if name in p]:
            self._stop(pair, media, ports)

    def _forget(self, name: str) -> None:
        """``name``'s bridge port is gone: its connections went with it."""
        for pair in [p for p in self.applied if name in p]:
            del self.applied[pair]

    # ------------------------------------------------------------------ the loop

    def emit(self, event: Event) -> None:
        self._out += encode(event)

    def error(self, message: str) -> None:
        log.warning("%s", message)
        self.emit(RoomError(message=message))

    def _read_control(self) -> None:
        while True:
            try:
                data = self.control.recv(65536)
            except (BlockingIOError, InterruptedError):
                return
            except OSError as exc:
                log.warning("control socket: %s", exc)
                data = b""
            if not data:
                log.info("control socket closed: shutting down")
                self.running = False
                return
            try:
                lines = self._rx.feed(data)
            except ValueError as exc:
                self.error(str(exc))
                lines = []
            for line in lines:
                self.handle_line(line)

    def _flush(self) -> None:
        while self._out:
            try:
                sent = self.control.send(self._out)
            except (BlockingIOError, InterruptedError):
                return
            except OSError as exc:
                log.warning("control socket: %s", exc)
                self._out.clear()
                self.running = False
                return
            del self._out[:sent]

    def _tick(self) -> None:
        now = time.monotonic()
        dtmf, self._dtmf = self._dtmf, []
        for leg_name, digit, method in dtmf:
            self.emit(Dtmf(leg=leg_name, digit=digit, method=method))
            if leg_name == "caller" and self.prompts is not None and self.prompts.stop_on_dtmf:
                self._stop_prompts(interrupted=True)
            if leg_name == "agent" and self.mode == "talk":
                caller = self.legs.get("caller")
                if caller is not None and caller.answered:
                    try:
                        caller.call.send_dtmf(digit)
                    except SipError as exc:
                        log.warning("relaying DTMF to the caller: %s", exc)
        for leg in list(self.legs.values()):
            if leg.deadline is not None and not leg.answered and now >= leg.deadline:
                leg.deadline, leg.timed_out = None, True
                leg.call.hangup()  # CANCEL
        if self.media_timeout > 0 and now - self._media_checked >= 1.0:
            self._media_checked = now
            self._check_media(now)
        self._poll_prompt(now)
        if self.dirty:
            self.apply_matrix()
        if self.ending and not self.engine.calls and not self._has_retired():
            self.ending = False
            self.applied.clear()
            log.info("conversation over")
            self.emit(Idle())

    def _check_media(self, now: float) -> None:
        for leg in list(self.legs.values()):
            if not leg.answered or leg.call.state != "confirmed":
                continue
            try:
                stat = leg.call.getStreamStat(0)  # keep the struct alive while reading it
                rtcp = stat.rtcp
                rx = rtcp.rxStat
                packets = int(rx.pkt)
            except pj.Error:
                continue
            if packets != leg.rx_packets:
                leg.rx_packets, leg.rx_since = packets, now
            elif now - leg.rx_since > self.media_timeout:
                log.warning("%s sent no audio for %.0f s: hanging up", leg.name, now - leg.rx_since)
                leg.reason = f"no audio for {self.media_timeout:g} s (media timeout)"
                leg.rx_since = now  # once
                leg.call.hangup()

    def _has_retired(self) -> bool:
        return bool(self._retired)

    def _drop_retired(self, force: bool = False) -> None:
        """Drop what was retired at least RETIRE_DELAY ago (called right after a pump)."""
        if not self._retired:
            return
        now = time.monotonic()
        keep = []
        for r in self._retired:
            if r.obj is not None:
                if not force and now - r.at < RETIRE_DELAY:
                    keep.append(r)
                    continue
                r.obj = None  # destroys the player / recorder
            give_up = force or now - r.at > FINISH_TIMEOUT
            if r.finish is not None and not r.finish(give_up):
                keep.append(r)
        self._retired = keep

    def run(self) -> int:
        self.emit(Ready(pid=os.getpid(), sip_port=self.engine.port))
        self._flush()
        while self.running:
            busy = bool(self.engine.calls) or self._has_retired() or bool(self._out)
            self.engine.pump(BUSY_MS if busy else IDLE_MS)
            self._drop_retired()
            self._read_control()
            self._tick()
            self._flush()
        self.close()
        return self.exit_code

    def close(self) -> None:
        """Hang up, drop every pjsua2 object, destroy the library, say what was left."""
        self._end_conversation("room shutting down")
        deadline = time.monotonic() + SHUTDOWN_WAIT
        while (self.engine.calls or self._has_retired()) and time.monotonic() < deadline:
            self.engine.pump(BUSY_MS)
            self._drop_retired()
            self._tick()
        self._drop_retired(force=True)
        self.legs.clear()
        self.prompts = None
        self.music = None
        self.applied.clear()
        self.engine.shutdown()
        try:
            self.control.setblocking(True)
            self.control.settimeout(1.0)
            self.control.sendall(self._out)
        except OSError:
            pass
        self._out.clear()
        self.control.close()


# A room bridges phone calls at 8 kHz with G.711 only: no resampling, next to no codec
# CPU, and every SIP phone and trunk speaks it. Only enabling and disabling matter for
# calls we answer: pjsua picks the first codec of the *offer* that we have enabled.
G711 = ("PCMA/8000", "PCMU/8000")  # everything else: disabled


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m shared.switch.room", description=__doc__)
    ap.add_argument("--control-fd", type=int, required=True)
    ap.add_argument("--host", default="127.0.0.1", help="address for SIP and RTP")
    ap.add_argument("--sip-port", type=int, default=0)
    ap.add_argument("--rtp-port", type=int, default=0)
    ap.add_argument("--rtp-port-range", type=int, default=16)
    ap.add_argument("--music", default="")
    ap.add_argument("--clock-rate", type=int, default=8000)
    ap.add_argument(
        "--media-timeout", type=float, default=30.0, help="hang up a leg silent this long"
    )
    ap.add_argument("--name", default="room")
    ap.add_argument(
        "--srtp", default="off", choices=["off", "optional"], help="offer SRTP on every leg"
    )
    ap.add_argument(
        "--tls-ca", default="", help="dial softphones over SIP-TLS, checking them with this CA"
    )
    ap.add_argument("--log-level", type=int, default=1, help="pjsua2 log level (0-6)")
    args = ap.parse_args(argv)

    level = logging.WARNING if args.log_level <= 1 else logging.INFO
    logging.basicConfig(
        stream=sys.stderr,
        level=logging.DEBUG if args.log_level >= 4 else level,
        format=f"%(asctime)s {args.name} %(levelname)s %(message)s",
    )
    control = socket.socket(fileno=args.control_fd)
    control.setblocking(False)

    engine = SipEngine(args.name)
    try:
        engine.start(
            args.sip_port,
            args.log_level,
            host=args.host,
            tcp=True,
            rtp_port=args.rtp_port,
            rtp_port_range=args.rtp_port_range,
            clock_rate=args.clock_rate,
            srtp=args.srtp,
            tls_ca=args.tls_ca,
        )
    except SipError as exc:
        log.error("cannot start: %s", exc)
        try:
            control.setblocking(True)
            control.sendall(encode(RoomError(message=f"cannot start: {exc}")))
        except OSError:
            pass
        return 1

    # G.711 only (the offer's first enabled codec wins, so priorities alone don't do
    # it; half the CPU of speex/16000) and no VAD: a switch forwards what it gets.
    engine.configure_codecs(vad=False, only=G711)
    room = Room(
        engine,
        control,
        music=args.music,
        clock_rate=args.clock_rate,
        media_timeout=args.media_timeout,
        tickets=TicketChecker(key_from_env(), engine.port),
    )
    os.environ.pop(KEY_ENV, None)  # not passed on to anything the room might start

    def stop(signum, frame) -> None:
        room.running = False

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    log.info("ready on SIP port %d", engine.port)
    return room.run()


if __name__ == "__main__":
    sys.exit(main())
