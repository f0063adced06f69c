"""Server settings in one typed place: defaults here, overridden by a TOML file and flags."""

from __future__ import annotations

import re
from pathlib import Path

import msgspec

from shared.contracts import PAGE_LANGUAGES
from shared.switch.pike import Network, parse_networks

DTMF_KEYS = "0123456789*#"
SIP_URI = re.compile(r"^sips?:[^\s@<>\"]+@[^\s<>\"]+$")


class IceServerConfig(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """A STUN/TURN server handed to both sides of a video call (docs/video.md).
    ``secret``: coturn's ``static-auth-secret`` (``use-auth-secret``): each session gets
    its own credentials, valid ``ttl`` seconds; else ``username``/``credential`` as given."""

    urls: list[str]
    username: str = ""
    credential: str = ""
    secret: str = ""
    ttl: float = 12 * 3600


class SignLanguageConfig(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    code: str  # staff with the skill "sign:<code>" take its calls
    name: str


class ServerConfig(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    host: str = "127.0.0.1"
    port: int = 8765
    data_dir: str = "cc-data"
    # routing
    offer_timeout: float = 20.0  # ring-no-answer after this many seconds
    wrapup_mandatory: bool = True
    capacity: dict[str, int] = msgspec.field(
        default_factory=lambda: {"chat": 3, "voice": 1, "video": 1}
    )
    not_ready_reasons: list[str] = msgspec.field(
        default_factory=lambda: ["Break", "Lunch", "Meeting", "Training", "Back office"]
    )
    # Video and voice calls from the browser (WebRTC): ICE servers for both sides; the
    # sign languages served and when signers are on duty; how long a citizen whose call
    # lost its connection has before it ends (and may rejoin at the front after that).
    ice_servers: list[IceServerConfig] = []
    sign_languages: list[SignLanguageConfig] = []
    sign_language_hours: str = ""
    video_grace: float = 10.0
    rejoin_window: float = 600.0
    # Wrap-up tags; empty means "the topic names plus Other".
    wrapup_topics: list[str] = []
    # connections
    login_deadline: float = 10.0  # seconds to send hello before the server hangs up
    citizen_grace: float = 60.0  # a waiting citizen who vanished this long has abandoned
    flood_rate: float = 30.0  # sustained messages per second per connection
    flood_burst: float = 100.0
    outgoing_queue: int = 2000  # frames buffered for a slow reader before it is dropped
    token_lifetime: float = 12 * 3600.0
    # sign-in throttles (failures within the window; then refused, with a growing back-off)
    login_failures_per_address: int = 5
    login_failures_per_user: int = 5
    login_failure_window: float = 20.0
    password_min_length: int = 12  # for passwords set with cc-server user add
    # citizens (the public entry): per address and per citizen, whatever the sockets
    citizen_sessions_per_address: int = 20  # concurrent web page connections
    citizen_chats_per_address: int = 5  # new chats per address ...
    citizen_chats_window: float = 60.0  # ... within this many seconds
    citizen_message_rate: float = 1.0  # messages per second per citizen (sustained)
    citizen_message_burst: float = 10.0
    max_transcript_messages: int = 500  # a chat longer than this takes no more messages
    # Origins a browser may open the websocket from; empty: the page's own (same host).
    allowed_origins: list[str] = []
    # Reverse proxies in front of the server (their addresses): for connections from
    # them the citizen's address is taken from X-Forwarded-For, so the limits per
    # address apply to citizens, not to the proxy.
    trusted_proxies: list[str] = []
    # TLS: serve wss:// and https:// with this certificate (PEM, chain included) and key.
    tls_cert: str = ""
    tls_key: str = ""
    # NORMAL (WAL): every acknowledged write survives any process crash, kill -9 included;
    # an OS crash or power cut may lose the last moments. FULL fsyncs every commit before
    # the acknowledgement (survives power loss too) at the cost of the fsync in every
    # reply's latency: measured here, enqueue->offer p99 78 ms instead of 26 ms (bench/).
    sqlite_synchronous: str = "NORMAL"
    # Wallboard changes are batched into one frame per supervisor this often: live to the
    # eye, and 1,000 agents changing state cost 10 frames/s per supervisor, not 1,000.
    wallboard_interval: float = 0.1
    # Wallboard figures (docs/supervision.md, "Wallboard figures"): answered within
    # service_level_seconds counts as in service level; citizens who left within
    # short_abandon_seconds count neither way. The day's counters start again at local
    # midnight in ``timezone`` (an IANA name such as "Europe/Warsaw"; "" = the server's
    # local time). Colours and alerts: the longest wait turns amber/red at these seconds,
    # the service level at these shares (0..1) and under.
    service_level_seconds: float = 20.0
    short_abandon_seconds: float = 5.0
    timezone: str = ""
    # The citizen page's language when neither its address (?lang=), a saved choice nor
    # the browser's languages name one it has: pl, en, da, ru or uk (docs/languages.md).
    default_language: str = "en"
    alert_wait_amber: float = 60.0
    alert_wait_red: float = 180.0
    alert_service_level_amber: float = 0.8
    alert_service_level_red: float = 0.7
    # Whether the staff of a monitored conversation see "being monitored by Sam".
    monitoring_shown: bool = True
    # telephony (docs/telephony.md)
    telephony: bool = True
    sip_host: str = "127.0.0.1"  # the front door: the city number's calls arrive here
    sip_port: int = 5060  # UDP and TCP; 0 = any free port (tests)
    rooms: int = 8  # most concurrent calls (one room worker process each)
    rooms_spare: int = 2  # idle rooms kept started, ready for the next caller
    # The front door under attack (docs/deployment.md, Security): a source address that
    # sends more than sip_flood_limit requests in sip_flood_window seconds is banned for
    # sip_ban_seconds (its packets dropped unanswered); one address may have at most
    # sip_calls_per_source live calls, sip_pending_per_source redirects not yet followed
    # and sip_tcp_per_source TCP connections. sip_trusted_networks (the carrier's SBC,
    # the city's PBX: addresses or CIDRs) are exempt. sip_server_header: "" sends none.
    sip_flood_limit: int = 30  # Kamailio pike's default density: 30 requests per 2 s
    sip_flood_window: float = 2.0
    sip_ban_seconds: float = 300.0
    sip_calls_per_source: int = 4
    sip_pending_per_source: int = 4
    sip_tcp_per_source: int = 32
    sip_trusted_networks: list[str] = []
    sip_server_header: str = ""
    room_sip_port_base: int = 0  # room k's SIP port: base + (k mod 600); 0 = any free port
    rtp_port_base: int = 20000  # room k uses RTP ports base + 16 * (k mod 600) ...
    room_clock_rate: int = 8000  # telephone audio; halves the mixing cost of 16 kHz
    # Networks (CIDR, e.g. "10.20.0.0/16") a softphone may register from besides the
    # address its agent's app connects from (docs/deployment.md, Security: Phones); a
    # phone.register naming any other host, or a host name, is refused and audited.
    phone_networks: list[str] = []
    # SIP over TLS to agents' softphones (docs/telephony.md): the CA that signed their
    # certificates; set, the rooms dial ";transport=tls" softphones and check them with it.
    phone_tls_ca_file: str = ""
    # Media encryption on the rooms' legs (docs/telephony.md, "Encrypted media"): "off",
    # or "optional": every leg offers SRTP (SDES keys in the SDP) and takes plain RTP
    # from phones without it; softphones started with --srtp optional then talk SRTP.
    srtp: str = "off"
    media_timeout: float = 30.0  # a call leg that sends no audio this long is hung up
    recordings_dir: str = ""  # default: <data_dir>/recordings
    recording_retention_days: float = 90.0  # older recordings are deleted (audited)
    # The daily retention job's local time ("HH:MM" in ``timezone``); topics may keep
    # recordings longer or shorter (``cc-server retention set``, docs/reports.md, Retention).
    retention_run_at: str = "03:30"
    ivr_timeout: float = 8.0  # seconds after the menu before it is repeated
    ivr_retries: int = 2  # menu repeats before the caller is told goodbye
    announce_interval: float = 30.0  # position announcements while queued
    # callbacks (docs/telephony.md): a queued caller presses ``callback_key`` to be called
    # back at their place in line; agents register callbacks too. The room dials the
    # citizen through ``outbound_route``, a SIP URI with ``{number}`` in it (a trunk or a
    # PBX, e.g. "sip:{number}@pbx.city.example:5060"); empty: no callbacks.
    callback_key: str = "8"
    callback_retries: int = 3  # attempts in all before the callback is given up
    callback_interval: float = 300.0  # seconds between attempts
    callback_ring_timeout: float = 30.0  # the citizen's phone rings this long
    outbound_route: str = ""

    def __post_init__(self) -> None:
        hh, _, mm = self.retention_run_at.partition(":")
        if not (hh.isdigit() and mm.isdigit() and int(hh) < 24 and int(mm) < 60):
            raise ValueError(f"retention_run_at must be HH:MM, not {self.retention_run_at!r}")
        if len(self.callback_key) != 1 or self.callback_key not in DTMF_KEYS:
            raise ValueError(f"callback_key must be one of {DTMF_KEYS!r}")
        try:
            parse_networks(self.sip_trusted_networks)
        except ValueError as exc:
            raise ValueError(f"sip_trusted_networks: {exc}") from None
        if self.sip_flood_limit < 1 or self.sip_flood_window <= 0:
            raise ValueError("sip_flood_limit must be >= 1 and sip_flood_window > 0")
        if self.callback_retries < 1 or self.callback_interval < 0:
            raise ValueError("callback_retries must be >= 1 and callback_interval >= 0")
        if self.outbound_route and not SIP_URI.match(self.outbound_route_for("0")):
            raise ValueError(
                "outbound_route must be a SIP URI with {number} in it,"
                f" e.g. 'sip:{{number}}@127.0.0.1:5080', not {self.outbound_route!r}"
            )

        if self.default_language not in PAGE_LANGUAGES:
            raise ValueError(
                f"default_language must be one of {', '.join(PAGE_LANGUAGES)},"
                f" not {self.default_language!r}"
            )
        if self.timezone:
            from zoneinfo import ZoneInfo

            try:
                ZoneInfo(self.timezone)
            except (KeyError, ValueError):
                raise ValueError(f"timezone: not an IANA time zone: {self.timezone!r}") from None
        if self.service_level_seconds <= 0 or self.short_abandon_seconds < 0:
            raise ValueError("service_level_seconds must be > 0, short_abandon_seconds >= 0")

        if self.srtp not in ("off", "optional"):
            raise ValueError(f"srtp must be 'off' or 'optional', not {self.srtp!r}")
        for net in self.phone_networks:
            try:
                parse_networks([net])
            except ValueError:
                raise ValueError(
                    f"phone_networks: not a network (CIDR, e.g. '10.20.0.0/16'): {net!r}"
                ) from None

    def phone_network_list(self) -> list[Network]:
        return list(parse_networks(self.phone_networks))

    def outbound_route_for(self, number: str) -> str:
        """Where the room dials ``number`` (a callback)."""
        if "{number}" not in self.outbound_route:
            return ""
        return self.outbound_route.replace("{number}", number)

    @property
    def db_path(self) -> Path:
        return Path(self.data_dir) / "cc.db"

    @property
    def recordings_path(self) -> Path:
        return Path(self.recordings_dir or Path(self.data_dir) / "recordings")


def load_config(path: str | Path | None, **overrides) -> ServerConfig:
    """Defaults, then the TOML file (if any), then non-None overrides from the CLI."""
    data: dict = {}
    if path:
        data = msgspec.toml.decode(Path(path).read_bytes())
    data.update({k: v for k, v in overrides.items() if v is not None})
    return msgspec.convert(data, ServerConfig)
