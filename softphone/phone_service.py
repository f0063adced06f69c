"""The Qt side of telephony: one ``PhoneService`` per app over a ``SipEngine``.

Threading rule: pjsua2 runs with ``threadCnt=0``/``mainThreadOnly``, so its callbacks only
fire inside ``SipEngine.pump()``, which this service calls from a QTimer on the Qt thread
(every 10 ms while a call exists, every 50 ms otherwise). The engine callbacks do nothing
but record what happened; after ``pump()`` returns the service acts on it — connects
audio, emits signals. So no slot ever runs inside a pjsua2 callback, and a slot that spins
an event loop cannot re-enter ``libHandleEvents``. The only other thread is pjsip's media
clock, which touches nothing but a call's ``BridgePort`` (see ``audio_bridge``).

Lifetime: a call that ends is torn down after the pump tick that reported it (audio I/O
stopped, bridge port returned to its pool, engine refs dropped); the engine itself deletes
its ``EngineCall`` on the tick after DISCONNECTED.

Which INVITEs ring: the app installs a ``gate`` (``PhoneService.gate``), asked after the
pump, before anything is sent back, with the INVITE's interaction id and offer secret
(the ``X-CC-Interaction`` and ``X-CC-Offer`` headers). ``"ring"``: the service answers
180 and emits ``incoming_call``; ``"refuse"``: 403 at once, no 180, no signal, nothing
kept; ``"wait"``: the offer may still be on its way over the websocket, so the INVITE
is held silently (no 180) and asked about again on every tick, for at most
``HOLD_SECONDS``, then refused. pjsua takes only ``MAX_CALLS`` (4) calls at once and
turns the next INVITE away itself (486), so nothing that will not ring may sit in a
call slot: refusals are immediate, and at most ``MAX_HELD`` (1) INVITE is held, the
newest (a genuine one that beat its offer is the newest when the offer lands; an older
held one is refused). INVITEs held open by anyone cannot crowd out the switch's.
Without a gate every INVITE rings.

Hold is the server's business (the room plays music); ``PhoneCall.held`` only reports a
remote hold (the far end's re-INVITE with sendonly/inactive media).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any, Literal

import pjsua2 as pj
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal

from shared.contracts import INTERACTION_HEADER, OFFER_HEADER
from shared.sip_engine import EngineCall, SipEngine, SipError, user_part
from softphone.audio_bridge import (
    AudioIO,
    BridgePort,
    SilenceAudioIO,
    acquire_bridge_port,
    default_audio_io,
    release_bridge_port,
)

translate = QCoreApplication.translate

log = logging.getLogger(__name__)

AudioFactory = Callable[[], AudioIO]

PUMP_ACTIVE_MS = 10
PUMP_IDLE_MS = 50

# The incoming-call gate: (interaction id, offer secret) -> what to do with the INVITE.
Verdict = Literal["ring", "refuse", "wait"]
IncomingGate = Callable[[str, str], Verdict]
REFUSED_STATUS = 403  # Forbidden: not an offer of ours (docs/telephony.md)
HOLD_SECONDS = 2.0  # an INVITE may come this long before its offer.created
MAX_HELD = 1  # INVITEs held waiting for their offer at once; older ones are refused


def invite_ids(ecall: EngineCall) -> tuple[str, str]:
    """The interaction id and the offer secret an INVITE carries ("" when missing)."""
    headers = ecall.headers
    return headers.get(INTERACTION_HEADER.lower(), ""), headers.get(OFFER_HEADER.lower(), "")


class PhoneCall(QObject):
    """One call as the GUI sees it. Create through ``PhoneService``; never construct.

    Signals: ``ringing()``, ``connected()``, ``held(bool)`` (remote hold on/off),
    ``muted(bool)``, ``ended(status, reason)`` (once), ``error(message)``.
    """

    ringing = Signal()
    connected = Signal()
    held = Signal(bool)
    muted = Signal(bool)
    ended = Signal(int, str)
    error = Signal(str)

    def __init__(self, service: PhoneService, ecall: EngineCall, direction: str):
        super().__init__(service)
        self._service = service
        self._ecall: EngineCall | None = ecall
        self.direction = direction  # "incoming" | "outgoing"
        self._remote_uri = ecall.remote_uri
        self._interaction_id = invite_ids(ecall)[0]
        self._state = ecall.state
        self._connected_at: float | None = None
        self._ended_at: float | None = None
        self._end_status = 0
        self._end_reason = ""
        self._is_muted = False
        self._is_held = False
        self._closing = False  # hangup/reject requested
        self._port: BridgePort | None = None
        self._audio_slot = -1  # conference slot of the call's audio we are connected to
        self.audio_io: AudioIO | None = None
        self.audio_stats: dict[str, int] = {}  # BridgePort.stats(), frozen at the end

    # -- properties -------------------------------------------------------------------------

    @property
    def remote_uri(self) -> str:
        return self._remote_uri

    @property
    def number(self) -> str:
        return user_part(self._remote_uri)

    @property
    def interaction_id(self) -> str:
        return self._interaction_id

    @property
    def state(self) -> str:
        """The engine's state name: incoming, calling, early, connecting, confirmed,
        disconnected. (An incoming call is "early" once our 180 Ringing is out.)"""
        return self._state

    @property
    def connected_at(self) -> float | None:
        """``time.time()`` when the call was answered (None before)."""
        return self._connected_at

    @property
    def ended_at(self) -> float | None:
        return self._ended_at

    @property
    def is_active(self) -> bool:
        return self._state != "disconnected"

    @property
    def is_muted(self) -> bool:
        return self._is_muted

    @property
    def is_held(self) -> bool:
        return self._is_held

    @property
    def end_status(self) -> int:
        return self._end_status

    @property
    def end_reason(self) -> str:
        return self._end_reason

    def stats(self) -> dict[str, int]:
        """Live audio counters while connected, the final ones after the end."""
        return self._port.stats() if self._port is not None else dict(self.audio_stats)

    # -- control ----------------------------------------------------------------------------

    def answer(self) -> None:
        if self._ecall is None or self._state not in ("incoming", "early"):
            self.error.emit(translate("PhoneService", "This call cannot be answered any more."))
            return
        try:
            self._ecall.answer(200)
        except SipError as exc:
            self.error.emit(
                translate("PhoneService", "Could not answer the call: {error}").format(error=exc)
            )
        self._service._wake()

    def reject(self, code: int = 486) -> None:
        """Refuse an incoming call (486 Busy Here by default; 603 Decline also fits)."""
        if self._ecall is None or self._state == "disconnected":
            return
        if self._state == "confirmed" or self.direction == "outgoing":
            self.hangup()
            return
        self._closing = True
        self._ecall.hangup(code)
        self._service._wake()

    def hangup(self) -> None:
        if self._ecall is not None:
            self._closing = True
            self._ecall.hangup()
            self._service._wake()

    def set_muted(self, muted: bool) -> None:
        muted = bool(muted)
        if muted == self._is_muted:
            return
        self._is_muted = muted
        if self._port is not None:
            self._port.muted = muted
        self.muted.emit(muted)

    def send_dtmf(self, digits: str) -> None:
        """Send DTMF (RFC 2833) on a connected call; failures go to ``error``."""
        if self._ecall is None or self._state != "confirmed":
            self.error.emit(translate("PhoneService", "Keypad tones need a connected call."))
            return
        try:
            self._ecall.send_dtmf(digits)
        except SipError as exc:
            self.error.emit(
                translate("PhoneService", "Could not send the keypad tones: {error}").format(
                    error=exc
                )
            )

    # -- service side (Qt thread, never inside a pjsua2 callback) ----------------------------

    def _set_state(self, state: str) -> None:
        previous, self._state = self._state, state
        if state == previous:
            return
        if state == "early" and self.direction == "outgoing":
            self.ringing.emit()
        elif state == "confirmed":
            self._connected_at = time.time()
            self.connected.emit()

    def _update_media(self) -> None:
        """Connect the bridge to the call's audio (again, if its conference slot changed)
        and report remote hold."""
        ecall = self._ecall
        if ecall is None or self._state == "disconnected":
            return
        status = pj.PJSUA_CALL_MEDIA_NONE
        try:
            ci = ecall.getInfo()  # keep the CallInfo alive while iterating its media
            for mi in ci.media:
                if mi.type == pj.PJMEDIA_TYPE_AUDIO:
                    status = mi.status
                    break
        except pj.Error as exc:
            log.debug("getInfo: %s", exc.reason)
            return
        held = status == pj.PJSUA_CALL_MEDIA_REMOTE_HOLD
        if held != self._is_held:
            self._is_held = held
            self.held.emit(held)
        audio = ecall.audio
        if audio is None or status not in (
            pj.PJSUA_CALL_MEDIA_ACTIVE,
            pj.PJSUA_CALL_MEDIA_REMOTE_HOLD,
        ):
            return
        slot = audio.getPortId()
        if slot == self._audio_slot and self._port is not None:
            return
        if self._port is None:
            self._port = acquire_bridge_port()
            self._port.muted = self._is_muted
            self._start_audio_io()
        try:
            self._port.startTransmit(audio)
            audio.startTransmit(self._port)
            self._audio_slot = slot
        except pj.Error as exc:
            self._service._report_audio(
                translate("PhoneService", "Could not connect the call's audio: {error}").format(
                    error=exc.reason
                )
            )

    def _start_audio_io(self) -> None:
        port = self._port
        assert port is not None
        try:
            io = self._service._audio_factory()
            io.start(port)
        except Exception as exc:  # a broken device must not break the call
            log.exception("audio I/O failed to start")
            io = SilenceAudioIO(
                translate(
                    "PhoneService",
                    "The audio device failed ({error}): the other side hears silence.",
                ).format(error=exc)
            )
            io.start(port)
        io.setParent(self)
        io.problem.connect(self._service.audio_problem)
        self.audio_io = io
        if io.error:
            self._service.audio_problem.emit(io.error)

    def _stop_audio(self) -> None:
        io, self.audio_io = self.audio_io, None
        if io is not None:
            io.stop()
        port, self._port = self._port, None
        if port is not None:
            self.audio_stats = port.stats()
            ecall = self._ecall
            if ecall is not None and ecall.state != "disconnected" and ecall.audio is not None:
                # Still alive (we are dropping audio early): disconnect. After DISCONNECTED
                # the call's slot is already gone and its removal disconnects us.
                for src, dst in ((port, ecall.audio), (ecall.audio, port)):
                    try:
                        src.stopTransmit(dst)
                    except pj.Error:
                        pass
            release_bridge_port(port)
        self._audio_slot = -1

    def _finish(self, status: int, reason: str) -> None:
        self._stop_audio()
        ecall, self._ecall = self._ecall, None
        if ecall is not None:
            ecall.on_state = ecall.on_media = ecall.on_dtmf = None
        self._state = "disconnected"
        self._ended_at = time.time()
        self._end_status, self._end_reason = status, reason
        self.ended.emit(status, reason)


class PhoneService(QObject):
    """Owns the Qt side of telephony over one started ``SipEngine``.

    ``audio_factory()`` makes the AudioIO for each call when its media becomes active.
    The service does not start or shut down the engine unless ``owns_engine`` (see
    ``start_engine``). Signals: ``incoming_call(PhoneCall)``, ``call_ended(PhoneCall)``,
    ``audio_problem(str)``.
    """

    incoming_call = Signal(object)  # PhoneCall
    call_ended = Signal(object)  # PhoneCall
    audio_problem = Signal(str)

    def __init__(
        self,
        engine: SipEngine,
        audio_factory: AudioFactory = default_audio_io,
        parent: QObject | None = None,
        *,
        owns_engine: bool = False,
    ):
        super().__init__(parent)
        if not engine.running:
            raise SipError("the SIP engine is not started")
        self.engine = engine
        self.owns_engine = owns_engine
        self._audio_factory = audio_factory
        self._calls: dict[int, PhoneCall] = {}  # by EngineCall object id
        self._events: list[tuple[str, PhoneCall, Any]] = []
        # The app's say on every INVITE (see the module docstring); None: all ring.
        self.gate: IncomingGate | None = None
        self._invites: list[tuple[float, EngineCall]] = []  # (hold until, call) undecided
        self._pumping = False
        self._closed = False
        if engine.on_incoming_call is not None:
            log.warning("replacing another incoming-call handler on the SIP engine")
        engine.on_incoming_call = self._on_engine_incoming_call
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(PUMP_IDLE_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._timer.start()

    @classmethod
    def start_engine(
        cls,
        audio_factory: AudioFactory = default_audio_io,
        parent: QObject | None = None,
        *,
        name: str = "agent",
        port: int = 0,
        host: str = "127.0.0.1",
        log_level: int = 1,
        **start_kwargs: Any,
    ) -> PhoneService:
        """Start a ``SipEngine`` (16 kHz) and return a service that owns it."""
        engine = SipEngine(name)
        start_kwargs.setdefault("clock_rate", 16000)
        engine.start(port, log_level, host=host, **start_kwargs)
        try:
            return cls(engine, audio_factory, parent, owns_engine=True)
        except BaseException:
            engine.shutdown()
            raise

    # -- public ------------------------------------------------------------------------------

    @property
    def contact(self) -> str:
        """Our SIP URI: what the server calls to reach this desk (over TLS when the
        engine has a TLS listener)."""
        return self.engine.tls_uri or self.engine.uri

    @property
    def calls(self) -> list[PhoneCall]:
        return list(self._calls.values())

    def dial(self, uri: str, headers: dict[str, str] | None = None) -> PhoneCall:
        """Place a call; watch its signals. Raises SipError if it cannot even start."""
        ecall = self.engine.call(uri, headers)
        call = self._adopt(ecall, "outgoing")
        call._remote_uri = call._remote_uri or uri
        self._wake()
        return call

    def shutdown(self, timeout: float = 3.0) -> None:
        """Hang up every call, wait for them to end, stop pumping (and the engine if owned)."""
        if self._closed:
            return
        for call in self.calls:
            call.hangup()
        for _until, ecall in self._invites:
            ecall.hangup(REFUSED_STATUS)
        self._invites.clear()
        deadline = time.monotonic() + timeout
        while (self._calls or self.engine.calls) and time.monotonic() < deadline:
            self._pump(10)
        for call in self.calls:  # timed out: let go anyway
            self._end_call(call, 0, "shutdown")
        self._pump(0)  # the engine drops a call on the tick after its DISCONNECTED
        self._closed = True
        self._timer.stop()
        if self.engine.on_incoming_call == self._on_engine_incoming_call:
            self.engine.on_incoming_call = None
        if self.owns_engine:
            self.engine.shutdown()

    # -- engine callbacks: record only (they run inside pump) -------------------------------

    def _on_engine_incoming_call(self, ecall: EngineCall) -> None:
        # Nothing is sent back yet: the gate decides after the pump (``_decide_invites``).
        self._invites.append((time.monotonic() + HOLD_SECONDS, ecall))

    def _decide_invites(self) -> None:
        """Ring, refuse or keep holding each INVITE not decided yet."""
        now = time.monotonic()
        held: list[tuple[float, EngineCall]] = []
        for until, ecall in self._invites:
            if ecall.state == "disconnected":  # the caller gave up meanwhile
                continue
            verdict = self._verdict(ecall)
            if verdict == "wait" and now < until:
                held.append((until, ecall))
            elif verdict == "ring":
                self._ring(ecall)
            else:
                self._refuse(ecall, "no offer came" if verdict == "wait" else "not our offer")
        for _until, ecall in held[:-MAX_HELD]:  # the newest waits; older ones make room
            self._refuse(ecall, "another INVITE is waiting for its offer")
        self._invites = held[-MAX_HELD:]

    def _refuse(self, ecall: EngineCall, why: str) -> None:
        iid, _secret = invite_ids(ecall)
        log.warning("refused an INVITE from %s for %r: %s", ecall.remote_uri, iid, why)
        ecall.hangup(REFUSED_STATUS)

    def _verdict(self, ecall: EngineCall) -> Verdict:
        if self.gate is None:
            return "ring"
        try:
            return self.gate(*invite_ids(ecall))
        except Exception:  # a broken gate refuses rather than rings
            log.exception("incoming-call gate")
            return "refuse"

    def _ring(self, ecall: EngineCall) -> None:
        call = self._adopt(ecall, "incoming")
        try:
            ecall.answer(180)
        except SipError as exc:
            log.debug("180: %s", exc)
        self._handle("incoming", call, None)

    def _adopt(self, ecall: EngineCall, direction: str) -> PhoneCall:
        call = PhoneCall(self, ecall, direction)
        self._calls[id(ecall)] = call

        def on_state(ec: EngineCall, state: str) -> None:
            extra = None
            if state == "disconnected":
                reason = ""
                try:
                    reason = ec.getInfo().lastReason
                except pj.Error:
                    pass
                extra = (ec.last_status, reason)
            if ec.remote_uri:
                call._remote_uri = ec.remote_uri
            self._events.append(("state", call, (state, extra)))

        ecall.on_state = on_state
        ecall.on_media = lambda ec: self._events.append(("media", call, None))
        return call

    # -- the pump ----------------------------------------------------------------------------

    def _wake(self) -> None:
        """Something changed: pump at the fast rate right away."""
        if not self._closed and self._timer.interval() != PUMP_ACTIVE_MS:
            self._timer.setInterval(PUMP_ACTIVE_MS)

    def _on_timer_timeout(self) -> None:
        self._pump(0)

    def _pump(self, ms: int) -> None:
        if self._pumping or not self.engine.running:
            return
        self._pumping = True
        try:
            self.engine.pump(ms)
        finally:
            self._pumping = False
        events, self._events = self._events, []
        for kind, call, data in events:
            self._handle(kind, call, data)
        if self._invites:
            self._decide_invites()
        interval = PUMP_ACTIVE_MS if self._calls or self._invites else PUMP_IDLE_MS
        if self._timer.interval() != interval:
            self._timer.setInterval(interval)

    def _handle(self, kind: str, call: PhoneCall, data: Any) -> None:
        if call._ecall is None:  # already ended
            return
        if kind == "incoming":
            self.incoming_call.emit(call)
            if call._ecall is not None and not call._closing:
                call.ringing.emit()
        elif kind == "media":
            call._update_media()
        elif kind == "state":
            state, extra = data
            if state == "disconnected":
                status, reason = extra
                self._end_call(call, status, reason)
            else:
                call._set_state(state)
                if state == "confirmed":
                    call._update_media()  # media may have come up before CONFIRMED

    def _end_call(self, call: PhoneCall, status: int, reason: str) -> None:
        ecall = call._ecall
        if ecall is not None:
            self._calls.pop(id(ecall), None)
        call._finish(status, reason)
        self.call_ended.emit(call)
        call.setParent(None)  # the service forgets it; whoever still holds it keeps it

    def _report_audio(self, text: str) -> None:
        log.warning("%s", text)
        self.audio_problem.emit(text)


def start_desk_phone(
    name: str, *, audio_in: str = "", audio_out: str = "", **engine_kwargs: Any
) -> PhoneService | None:
    """A desktop app's softphone (microphone and speaker, or WAV files in tests and
    demos), or None with a warning when SIP cannot start here: the app runs on
    without calls. ``engine_kwargs`` go to ``PhoneService.start_engine``."""
    from shared.sip_engine import SipError
    from softphone.audio_bridge import WavAudioIO, default_audio_io

    factory = default_audio_io
    if audio_in or audio_out:
        factory = lambda: WavAudioIO(audio_in, audio_out)  # noqa: E731
    try:
        return PhoneService.start_engine(factory, name=name, **engine_kwargs)
    except SipError as exc:
        log.warning("softphone not started: %s", exc)
        return None
