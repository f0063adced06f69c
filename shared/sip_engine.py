"""A small pjsua2 engine wrapper: one endpoint, direct-IP calls, WAV play/record.

No Qt here: the Qt service wraps this later. Threading rule: everything in this module runs
on the one thread that called `SipEngine.start()`; pjsua2 runs with `threadCnt=0` and
`mainThreadOnly`, so callbacks only fire from inside `pump()`. Callbacks forwarded to user
code must not block.

Lifetime rules (the wheel aborts the process otherwise):
- Python keeps a reference to every Call, AudioMedia, player and recorder it uses;
- a disconnected call is dropped on the pump tick *after* DISCONNECTED, never inside its
  own callback;
- `shutdown()` hangs up, pumps until calls are gone, drops every reference,
  `gc.collect()`s and only then calls `libDestroy()`.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import time
from collections.abc import Callable
from os import PathLike
from pathlib import Path

import pjsua2 as pj

log = logging.getLogger(__name__)

HOST = "127.0.0.1"
# Calls one endpoint holds at once. The pjsua2 wheel is built with PJSUA_MAX_CALLS = 4
# (measured: asking for more still gives 4); a fifth INVITE is turned away by pjsua
# itself with 486 "too many calls". So a softphone must never keep INVITEs it will not
# ring (``softphone.phone_service``: refused at once, at most one held).
MAX_CALLS = 4
# Media encryption (docs/telephony.md, "Encrypted media"): off, optional (offer SRTP,
# take plain RTP too) or mandatory (SRTP or no call: 488 to a plain offer).
SRTP_USE = {
    "off": pj.PJMEDIA_SRTP_DISABLED,
    "optional": pj.PJMEDIA_SRTP_OPTIONAL,
    "mandatory": pj.PJMEDIA_SRTP_MANDATORY,
}

STATE_NAMES = {
    pj.PJSIP_INV_STATE_NULL: "null",
    pj.PJSIP_INV_STATE_CALLING: "calling",
    pj.PJSIP_INV_STATE_INCOMING: "incoming",
    pj.PJSIP_INV_STATE_EARLY: "early",
    pj.PJSIP_INV_STATE_CONNECTING: "connecting",
    pj.PJSIP_INV_STATE_CONFIRMED: "confirmed",
    pj.PJSIP_INV_STATE_DISCONNECTED: "disconnected",
}

StateCallback = Callable[["EngineCall", str], None]
CallCallback = Callable[["EngineCall"], None]
DtmfCallback = Callable[["EngineCall", str], None]


def parse_headers(message: str) -> dict[str, str]:
    """Header fields of a SIP message (names lower-cased; the last of a repeated name)."""
    head = message.split("\r\n\r\n", 1)[0].split("\n\n", 1)[0]
    headers: dict[str, str] = {}
    for line in head.splitlines()[1:]:
        name, sep, value = line.partition(":")
        if sep and name.strip():
            headers[name.strip().lower()] = value.strip()
    return headers


def request_uri(message: str) -> str:
    """The Request-URI of a request's start line (``INVITE sip:x@h SIP/2.0`` → ``sip:x@h``)."""
    parts = message.split("\n", 1)[0].split()
    return parts[1] if len(parts) == 3 and parts[2].startswith("SIP/") else ""


def user_part(uri: str) -> str:
    """``"Name" <sip:0612@host;x=y>`` → ``0612`` (the text before '@' after the scheme;
    ``tel:+33123`` → ``+33123``)."""
    inner = uri
    if "<" in inner and ">" in inner:
        inner = inner[inner.index("<") + 1 : inner.index(">")]
    for scheme in ("sips:", "sip:", "tel:"):
        if inner.lower().startswith(scheme):
            inner = inner[len(scheme) :]
            break
    inner = inner.split(";", 1)[0]
    return inner.split("@", 1)[0] if "@" in inner else inner


class SipError(RuntimeError):
    """A pjsua2 operation failed (wraps `pjsua2.Error`)."""


def _err(exc: pj.Error) -> SipError:
    return SipError(f"{exc.title}: {exc.reason} (status {exc.status})")


class EngineCall(pj.Call):
    """One call leg. Create through `SipEngine.call()` or receive via `on_incoming_call`."""

    def __init__(self, engine: SipEngine, call_id: int = pj.PJSUA_INVALID_ID):
        super().__init__(engine._account, call_id)
        self._engine = engine
        self.state = "null"
        self.last_status = 0
        self.remote_uri = ""
        self.audio: pj.AudioMedia | None = None
        self._player: pj.AudioMediaPlayer | None = None
        self._recorder: pj.AudioMediaRecorder | None = None
        self._want_play: tuple[str, bool] | None = None
        self._want_record: str | None = None
        self.headers: dict[str, str] = {}  # incoming INVITE's headers, names lower-cased
        self.request_uri = ""  # incoming INVITE's Request-URI
        self.source = ""  # incoming INVITE's source address, "host:port"
        self.on_state: StateCallback | None = None
        self.on_media: CallCallback | None = None
        self.on_dtmf: DtmfCallback | None = None

    # -- pjsua2 callbacks (run inside SipEngine.pump) -------------------------------------

    def onCallState(self, prm):  # noqa: N802 (pjsua2 API name)
        try:
            ci = self.getInfo()
            self.state = STATE_NAMES.get(ci.state, str(ci.state))
            self.last_status = ci.lastStatusCode
            self.remote_uri = ci.remoteUri
            if self.state == "disconnected":
                self._engine._reap_next_tick(self)
            self._forward_state()
        except Exception:  # never let an exception escape into the SWIG director
            log.exception("onCallState")

    def onCallMediaState(self, prm):  # noqa: N802
        try:
            ci = self.getInfo()  # keep the CallInfo alive while iterating its media
            for i, mi in enumerate(ci.media):
                if mi.type == pj.PJMEDIA_TYPE_AUDIO and mi.status in (
                    pj.PJSUA_CALL_MEDIA_ACTIVE,
                    pj.PJSUA_CALL_MEDIA_REMOTE_HOLD,
                ):
                    self.audio = self.getAudioMedia(i)
                    self._connect_media()
                    break
            if self.on_media:
                self.on_media(self)
        except Exception:
            log.exception("onCallMediaState")

    def onDtmfDigit(self, prm):  # noqa: N802
        try:
            if self.on_dtmf:
                self.on_dtmf(self, prm.digit)
            if self._engine.on_dtmf:
                self._engine.on_dtmf(self, prm.digit)
        except Exception:
            log.exception("onDtmfDigit")

    def onCallRedirected(self, prm):  # noqa: N802
        # The front door answers every INVITE with 302 to a room: follow it (pjsua2's
        # default stops at the first redirect).
        return pj.PJSIP_REDIRECT_ACCEPT_REPLACE if self._engine.follow_redirects else 0

    def _forward_state(self) -> None:
        if self.on_state:
            self.on_state(self, self.state)
        if self._engine.on_call_state:
            self._engine.on_call_state(self, self.state)

    # -- control ---------------------------------------------------------------------------

    @property
    def call_id(self) -> int:
        return self.getId()

    def answer(self, code: int = 200) -> None:
        prm = pj.CallOpParam(True)
        prm.statusCode = code
        try:
            super().answer(prm)
        except pj.Error as exc:
            raise _err(exc) from None

    def hangup(self, code: int = 0) -> None:
        """Hang up (or reject an incoming call, 603 by default). No-op once disconnected."""
        if self.state == "disconnected":
            return
        prm = pj.CallOpParam()
        prm.statusCode = code
        try:
            super().hangup(prm)
        except pj.Error as exc:
            log.debug("hangup: %s", exc.reason)

    def send_dtmf(self, digits: str) -> None:
        """Send DTMF digits (RFC 2833 telephone-event, the pjsua2 default)."""
        try:
            self.dialDtmf(digits)
        except pj.Error as exc:
            raise _err(exc) from None

    def dial_info(self, digits: str) -> None:
        """Send DTMF as SIP INFO (application/dtmf-relay), for peers without RFC 2833."""
        prm = pj.CallSendDtmfParam()
        prm.method = pj.PJSUA_DTMF_METHOD_SIP_INFO
        prm.digits = digits
        try:
            self.sendDtmf(prm)
        except pj.Error as exc:
            raise _err(exc) from None

    def play_wav(self, path: str | PathLike[str], loop: bool = True) -> None:
        """Send a WAV file to the remote side (now, or as soon as media is active)."""
        self._want_play = (str(Path(path)), loop)
        self._connect_media()

    def record_to(self, path: str | PathLike[str]) -> None:
        """Record what the remote side sends to a WAV file (closed when the call is dropped)."""
        self._want_record = str(Path(path))
        self._connect_media()

    def _connect_media(self) -> None:
        if self.audio is None:
            return
        if self._want_play and self._player is None:
            path, loop = self._want_play
            player = pj.AudioMediaPlayer()
            player.createPlayer(path, 0 if loop else pj.PJMEDIA_FILE_NO_LOOP)
            self._player = player
            player.startTransmit(self.audio)  # applied asynchronously on the media clock
        if self._want_record and self._recorder is None:
            recorder = pj.AudioMediaRecorder()
            recorder.createRecorder(self._want_record)
            self._recorder = recorder
            self.audio.startTransmit(recorder)

    def _release_media(self) -> None:
        """Drop player/recorder (the recorder writes its WAV header on destruction)."""
        self._want_play = self._want_record = None
        if self._player is not None and self.audio is not None:
            try:
                self._player.stopTransmit(self.audio)
            except pj.Error:
                pass
        self._player = None
        self._recorder = None
        self.audio = None


class _Account(pj.Account):
    def __init__(self, engine: SipEngine):
        super().__init__()
        self._engine = engine

    def onIncomingCall(self, prm):  # noqa: N802
        try:
            rdata = prm.rdata
            self._engine._incoming(prm.callId, rdata.wholeMsg, rdata.srcAddress)
        except Exception:
            log.exception("onIncomingCall")


class SipEngine:
    """One pjsua2 endpoint bound to 127.0.0.1 with one direct-IP account.

    Attributes: `port`, `uri` (sip:NAME@127.0.0.1:PORT), `calls` ({call_id: EngineCall}),
    and the plain callables `on_incoming_call(call)`, `on_call_state(call, state)` and
    `on_dtmf(call, digit)`.
    """

    _live: str | None = None  # the name of the engine started in this process, if any

    def __init__(self, name: str = "softphone", *, user_agent: str = ""):
        self.name = name
        # No User-Agent/Server header by default: naming the product tells a scanner
        # which exploits to try. (pjsua sends none when this is empty.)
        self.user_agent = user_agent
        self.host = HOST
        self.port = 0
        self.tls_port = 0  # the TLS listener's port (0: no TLS transport)
        self.follow_redirects = True
        self.calls: dict[int, EngineCall] = {}
        self.on_incoming_call: CallCallback | None = None
        self.on_call_state: StateCallback | None = None
        self.on_dtmf: DtmfCallback | None = None
        self._ep: pj.Endpoint | None = None
        self._account: _Account | None = None
        self._to_reap: list[EngineCall] = []

    @property
    def uri(self) -> str:
        return f"sip:{self.name}@{self.host}:{self.port}"

    @property
    def tls_uri(self) -> str:
        """Where this endpoint takes SIP over TLS (empty without a TLS transport)."""
        if not self.tls_port:
            return ""
        return f"sip:{self.name}@{self.host}:{self.tls_port};transport=tls"

    @property
    def running(self) -> bool:
        return self._ep is not None

    def start(
        self,
        port: int = 0,
        log_level: int = 1,
        *,
        host: str = HOST,
        tcp: bool = False,
        rtp_port: int = 0,
        rtp_port_range: int = 0,
        clock_rate: int = 16000,
        max_calls: int = MAX_CALLS,
        srtp: str = "off",
        tls: bool = False,
        tls_port: int = 0,
        tls_cert: str = "",
        tls_key: str = "",
        tls_ca: str = "",
    ) -> int:
        """Create the endpoint (UDP on host:port, 0 = any free; TCP on the same port too
        with ``tcp``) and the account. ``rtp_port`` (0 = pjsua's default 4000 and up)
        gives this process its own RTP range when several endpoints share a host.

        SIP over TLS (docs/telephony.md, "SIP over TLS"): with ``tls`` (implied by any
        ``tls_*`` file) a TLS transport listens on ``tls_port`` (0 = any free; see
        `tls_port`/`tls_uri`) with the certificate ``tls_cert`` and its key ``tls_key``
        (PEM), and is used for every ``sips:`` or ``;transport=tls`` URI this endpoint
        dials. With ``tls_ca`` (PEM) the peer's certificate must be signed by that CA
        when this endpoint dials over TLS: otherwise the call fails (status 503)."""
        if self._ep is not None:
            raise SipError("engine already started")
        if SipEngine._live is not None:  # a second pj.Endpoint() aborts the process
            raise SipError(
                f"a SIP engine ({SipEngine._live}) already runs in this process:"
                " pjsua2 allows one endpoint per process"
            )
        self.host = host
        ep = pj.Endpoint()
        ep.libCreate()
        self._ep = ep
        SipEngine._live = self.name
        try:
            cfg = pj.EpConfig()
            cfg.uaConfig.threadCnt = 0
            cfg.uaConfig.mainThreadOnly = True
            cfg.uaConfig.maxCalls = max_calls
            cfg.uaConfig.userAgent = self.user_agent
            cfg.logConfig.level = log_level
            cfg.logConfig.consoleLevel = log_level
            cfg.medConfig.clockRate = clock_rate
            cfg.medConfig.sndClockRate = clock_rate
            ep.libInit(cfg)
            tcfg = pj.TransportConfig()
            tcfg.port = port
            tcfg.boundAddress = host
            tid = ep.transportCreate(pj.PJSIP_TRANSPORT_UDP, tcfg)
            self.port = int(ep.transportGetInfo(tid).localName.rsplit(":", 1)[1])
            if tcp:
                tcfg.port = self.port
                ep.transportCreate(pj.PJSIP_TRANSPORT_TCP, tcfg)
            if tls or tls_cert or tls_key or tls_ca:
                self.tls_port = self._create_tls(ep, host, tls_port, tls_cert, tls_key, tls_ca)
            ep.libStart()
            ep.audDevManager().setNullDev()

            acfg = pj.AccountConfig()
            acfg.idUri = self.uri
            acfg.mediaConfig.transportConfig.boundAddress = host
            acfg.mediaConfig.srtpUse = SRTP_USE[srtp]
            acfg.mediaConfig.srtpSecureSignaling = 0  # SDES keys over plain SIP too
            if rtp_port:
                acfg.mediaConfig.transportConfig.port = rtp_port
                acfg.mediaConfig.transportConfig.portRange = rtp_port_range
            self._account = _Account(self)
            self._account.create(acfg)
        except pj.Error as exc:
            self._destroy()
            raise _err(exc) from None
        return self.port

    @staticmethod
    def _create_tls(ep: pj.Endpoint, host: str, port: int, cert: str, key: str, ca: str) -> int:
        if bool(cert) != bool(key):
            raise SipError("TLS: give both the certificate and its key, or neither")
        for path in (cert, key, ca):
            if path and not Path(path).is_file():
                raise SipError(f"TLS: no such file: {path}")
        tcfg = pj.TransportConfig()
        tcfg.port = port
        tcfg.boundAddress = host
        tls = tcfg.tlsConfig
        tls.method = pj.PJSIP_TLSV1_2_METHOD  # TLS 1.2 at least
        tls.proto = pj.PJ_SSL_SOCK_PROTO_TLS1_2 | pj.PJ_SSL_SOCK_PROTO_TLS1_3
        tls.certFile, tls.privKeyFile, tls.CaListFile = cert, key, ca
        tls.verifyServer = bool(ca)
        tls.verifyClient = False
        tls.requireClientCert = False
        tid = ep.transportCreate(pj.PJSIP_TRANSPORT_TLS, tcfg)
        return int(ep.transportGetInfo(tid).localName.rsplit(":", 1)[1])

    def configure_codecs(self, *, vad: bool = True, only: tuple[str, ...] = ()) -> None:
        """Voice activity detection on or off, and (``only``, e.g. ``("PCMA/8000",
        "PCMU/8000")``) the codecs allowed, in that order of preference.

        pjsua's VAD adapts its threshold to a steady signal and then stops sending: hold
        music, prompts and test tones drop out for ~0.4 s a few seconds in (measured).
        Rooms and bots turn it off; a desk softphone may keep it."""
        if self._ep is None:
            raise SipError("engine not started")
        for codec in self._ep.codecEnum2():
            name = codec.codecId.rsplit("/", 1)[0]  # "PCMA/8000/1" -> "PCMA/8000"
            if only:
                priority = 255 - only.index(name) if name in only else 0
                self._ep.codecSetPriority(codec.codecId, priority)
                if name not in only:
                    continue
            param = self._ep.codecGetParam(codec.codecId)
            param.setting.vad = vad
            self._ep.codecSetParam(codec.codecId, param)

    def pump(self, ms: int = 0) -> None:
        """Handle pending events (blocks up to `ms`). Drops calls that ended last tick."""
        if self._ep is None:
            return
        reap, self._to_reap = self._to_reap, []
        for call in reap:
            self._drop(call)
        self._ep.libHandleEvents(ms)

    async def pump_forever(self, busy: float = 0.01, idle: float = 0.05) -> None:
        """Pump from an asyncio loop (bots, tests): every ``busy`` s while a call exists,
        every ``idle`` s otherwise. Cancel the task to stop."""
        while True:
            self.pump(0)
            await asyncio.sleep(busy if self.calls else idle)

    def pump_until(self, predicate: Callable[[], bool], timeout: float, ms: int = 10) -> bool:
        deadline = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() >= deadline:
                return False
            self.pump(ms)
        return True

    def call(self, uri: str, headers: dict[str, str] | None = None) -> EngineCall:
        """Place a call to a SIP URI (e.g. `sip:room@127.0.0.1:5070`), with extra headers."""
        if self._account is None:
            raise SipError("engine not started")
        call = EngineCall(self)
        prm = pj.CallOpParam(True)
        for name, value in (headers or {}).items():
            h = pj.SipHeader()
            h.hName, h.hValue = name, value
            prm.txOption.headers.append(h)
        try:
            call.makeCall(uri, prm)
        except pj.Error as exc:
            raise _err(exc) from None
        self.calls[call.getId()] = call
        return call

    def _incoming(self, call_id: int, whole_msg: str = "", source: str = "") -> None:
        call = EngineCall(self, call_id)
        call.headers = parse_headers(whole_msg)
        call.request_uri = request_uri(whole_msg)
        call.source = source
        ci = call.getInfo()
        call.state = STATE_NAMES.get(ci.state, "incoming")
        call.remote_uri = ci.remoteUri
        self.calls[call_id] = call
        if self.on_incoming_call:
            self.on_incoming_call(call)
        else:
            call.answer(180)

    def _reap_next_tick(self, call: EngineCall) -> None:
        self._to_reap.append(call)

    def _drop(self, call: EngineCall) -> None:
        call._release_media()
        for cid, c in list(self.calls.items()):
            if c is call:
                del self.calls[cid]

    def shutdown(self, timeout: float = 3.0) -> None:
        """Hang up everything, wait for the calls to end, drop refs, destroy the library."""
        if self._ep is None:
            return
        for call in list(self.calls.values()):
            call.hangup()
        self.pump_until(lambda: not self.calls and not self._to_reap, timeout)
        for call in list(self.calls.values()):  # timed out: drop anyway
            self._drop(call)
        # The loop variable would keep the last call alive past libDestroy(), whose
        # destructor then aborts the process (pjsua_call_set_user_data assertion).
        call = None  # noqa: F841
        self._to_reap.clear()
        self._destroy()

    def _destroy(self) -> None:
        self.calls.clear()
        self._to_reap.clear()
        if self._account is not None:
            try:
                self._account.shutdown()
            except pj.Error:
                pass
        self._account = None
        gc.collect()
        ep, self._ep = self._ep, None
        if ep is not None:
            SipEngine._live = None
            ep.libDestroy()
            del ep
        gc.collect()
