"""A small SIP message parser and response builder (the RFC 3261 subset the front door needs).

Pure Python, no I/O. ``parse_message`` turns the bytes of one message into a
`SipMessage` or raises `SipParseError`; nothing else escapes it, whatever the input
(the unit tests fuzz it). `StreamFramer` cuts a TCP byte stream into messages by
Content-Length. `build_response` answers a request the way a UAS must: every Via
copied in order (the top one marked with ``received``/``rport``, RFC 3581), From,
To with a tag, Call-ID and CSeq copied, ``Content-Length`` always present.

Text is decoded as UTF-8 with ``surrogateescape``: odd bytes in a header survive a
parse and come back unchanged when the header is copied into a response.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

MAX_HEADER = 8 * 1024  # a header section (start line + headers) longer than this is refused
MAX_BODY = 64 * 1024  # a Content-Length above this is refused
SERVER = ""  # no Server header by default: a product name tells a scanner what to try

# RFC 3261 7.3.3 and later RFCs' single-letter forms, to the long name (lower case).
COMPACT = {
    "a": "accept-contact",
    "b": "referred-by",
    "c": "content-type",
    "d": "request-disposition",
    "e": "content-encoding",
    "f": "from",
    "i": "call-id",
    "j": "reject-contact",
    "k": "supported",
    "l": "content-length",
    "m": "contact",
    "n": "identity-info",
    "o": "event",
    "r": "refer-to",
    "s": "subject",
    "t": "to",
    "u": "allow-events",
    "v": "via",
    "x": "session-expires",
    "y": "identity",
}
# How a response spells the headers it writes (and `canonical_name` the others).
CANONICAL = {
    "call-id": "Call-ID",
    "cseq": "CSeq",
    "www-authenticate": "WWW-Authenticate",
    "mime-version": "MIME-Version",
}
REASONS = {
    100: "Trying",
    200: "OK",
    302: "Moved Temporarily",
    400: "Bad Request",
    405: "Method Not Allowed",
    420: "Bad Extension",
    481: "Call/Transaction Does Not Exist",
    483: "Too Many Hops",
    500: "Server Internal Error",
    501: "Not Implemented",
    503: "Service Unavailable",
    505: "Version Not Supported",
    513: "Message Too Large",
}
_SINGLE = ("from", "to", "call-id", "cseq", "content-length", "max-forwards")
_REQUIRED = ("via", "from", "to", "call-id", "cseq")

# Character classes are spelt out: \d and \s would also match non-ASCII digits and spaces.
_TOKEN = r"[A-Za-z0-9.!%*_+`'~-]+"
_TOKEN_RE = re.compile(_TOKEN)
_REQUEST_LINE = re.compile(rf"({_TOKEN}) ([^ \t]+) ([Ss][Ii][Pp]/[0-9]{{1,3}}\.[0-9]{{1,3}})")
_STATUS_LINE = re.compile(r"SIP/2\.0 ([1-6][0-9][0-9])(?: (.*))?")
# control characters other than HT, CR and LF (CR is checked apart): refused in headers
_CTRL = bytes([*range(0, 9), 11, 12, *range(14, 32), 127])
# one "name: value" line; the fast path takes a header block only if every line matches
_HEADER_LINE = re.compile(rf"^({_TOKEN})[ \t]*:[ \t]*(.*)$", re.MULTILINE)  # greedy: fast
_NAMES: dict[str, str] = {}  # header name as spelt -> long lower-case name (bounded)
_CSEQ = re.compile(rf"([0-9]{{1,10}})[ \t]+({_TOKEN})")
_CSEQ_NUMBER = re.compile(r"[0-9]{1,10}[ \t]+[A-Za-z]")  # enough of a CSeq to echo
_DIGITS = re.compile(r"[0-9]{1,10}")
_VIA = re.compile(
    rf"SIP[ \t]*/[ \t]*2\.0[ \t]*/[ \t]*({_TOKEN})[ \t]+"
    r"(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(?:[ \t]*:[ \t]*([0-9]{1,5}))?[ \t]*(;.*)?",
    re.IGNORECASE,
)
_STREAM_CL = re.compile(rb"\r\n(?:content-length|l)[ \t]*:[ \t]*([^\r\n]*)", re.IGNORECASE)


class SipParseError(ValueError):
    """The bytes are not a SIP message we accept. ``reason`` says why.

    ``partial`` is what could be read anyway (a request with enough headers may still
    deserve a ``400``), ``status`` the response code that fits (0: do not answer)."""

    def __init__(self, reason: str, partial: SipMessage | None = None, status: int = 400):
        super().__init__(reason)
        self.reason = reason
        self.partial = partial
        self.status = status

    @property
    def replyable(self) -> bool:
        """Enough was read to answer (with ``status``, when not 0): a request other than
        ACK whose Via, From, To, Call-ID and CSeq number can be echoed back."""
        m = self.partial
        return (
            m is not None
            and m.is_request
            and m.method != "ACK"
            and all(m.header(h) for h in ("via", "from", "to", "call-id"))
            and _CSEQ_NUMBER.match(m.header("cseq") or "") is not None
        )


class MessageTooLarge(SipParseError):
    """A stream message whose header section or Content-Length exceeds the limits."""

    def __init__(self, reason: str):
        super().__init__(reason, None, 513)


def canonical_name(name: str) -> str:
    """``call-id`` -> ``Call-ID``, ``max-forwards`` -> ``Max-Forwards``."""
    return CANONICAL.get(name) or "-".join(p[:1].upper() + p[1:] for p in name.split("-"))


def split_commas(value: str) -> list[str]:
    """Split a header value on the commas that separate values (not inside quotes or <>)."""
    if "," not in value:
        value = value.strip()
        return [value] if value else []
    if '"' not in value and "<" not in value:
        return [v for v in (part.strip() for part in value.split(",")) if v]
    out: list[str] = []
    start = 0
    quoted = angle = False
    i = 0
    n = len(value)
    while i < n:
        ch = value[i]
        if quoted:
            if ch == "\\":
                i += 1
            elif ch == '"':
                quoted = False
        elif ch == '"':
            quoted = True
        elif ch == "<":
            angle = True
        elif ch == ">":
            angle = False
        elif ch == "," and not angle:
            out.append(value[start:i].strip())
            start = i + 1
        i += 1
    out.append(value[start:].strip())
    return [v for v in out if v]


def split_name_addr(value: str) -> tuple[str, str]:
    """A From/To/Contact value -> (URI, header parameters after it, with leading ``;``).

    ``"Anna" <sip:anna@city;transport=udp>;tag=12`` -> (``sip:anna@city;transport=udp``,
    ``;tag=12``); without angle brackets every ``;`` parameter belongs to the header."""
    i = 0
    n = len(value)
    while i < n and value[i] in " \t":
        i += 1
    if i < n and value[i] == '"':
        i += 1
        while i < n and value[i] != '"':
            i += 2 if value[i] == "\\" else 1
        i += 1
    lt = value.find("<", i)
    if lt >= 0:
        gt = value.find(">", lt)
        if gt < 0:
            return value[lt + 1 :].strip(), ""
        return value[lt + 1 : gt].strip(), value[gt + 1 :].strip()
    uri, sep, params = value[i:].partition(";")
    return uri.strip(), (sep + params).strip()


def header_param(params: str, name: str) -> str | None:
    """The value of ``;name=value`` in a parameter list ("" for a bare ``;name``), or None."""
    for part in params.split(";"):
        key, _, val = part.partition("=")
        if key.strip().lower() == name:
            return val.strip().strip('"')
    return None


@dataclass(slots=True)
class Via:
    """One Via value: ``SIP/2.0/UDP host:port;branch=...;rport``."""

    transport: str
    host: str
    port: int | None = None
    params: list[tuple[str, str | None]] = field(default_factory=list)

    def param(self, name: str) -> str | None:
        """The value of a parameter ("" when present without value), or None."""
        for key, val in self.params:
            if key.lower() == name:
                return "" if val is None else val
        return None

    def set_param(self, name: str, value: str | None) -> None:
        for i, (key, _) in enumerate(self.params):
            if key.lower() == name:
                self.params[i] = (key, value)
                return
        self.params.append((name, value))

    @property
    def branch(self) -> str:
        return self.param("branch") or ""

    def __str__(self) -> str:
        sent_by = self.host if self.port is None else f"{self.host}:{self.port}"
        params = "".join(f";{k}" if v is None else f";{k}={v}" for k, v in self.params)
        return f"SIP/2.0/{self.transport} {sent_by}{params}"


def parse_via(value: str) -> Via:
    m = _VIA.fullmatch(value.strip())
    if not m:
        raise SipParseError(f"bad Via: {value[:80]!r}")
    transport, host, port, rest = m.groups()
    params: list[tuple[str, str | None]] = []
    for part in (rest or "").split(";")[1:]:
        key, eq, val = part.partition("=")
        key = key.strip()
        if not _TOKEN_RE.fullmatch(key):
            raise SipParseError(f"bad Via parameter: {part[:40]!r}")
        params.append((key, val.strip() if eq else None))
    port_no = int(port) if port else None
    if port_no is not None and not 0 < port_no < 65536:
        raise SipParseError(f"bad Via port: {port}")
    return Via(transport, host, port_no, params)


@dataclass(slots=True)
class SipMessage:
    """A parsed request (``method`` set) or response (``status`` set).

    ``headers`` keeps every header in order as (long lower-case name, value); a Via
    header holding several comma-separated values stays one entry (see `vias`).
    Lookups go through an index built at creation: treat a message as read-only."""

    method: str = ""
    uri: str = ""
    status: int = 0
    reason: str = ""
    version: str = "SIP/2.0"
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""
    _index: dict[str, list[str]] = field(init=False, repr=False, compare=False)
    _vias: list[str] | None = field(default=None, init=False, repr=False, compare=False)
    _top_via: Via | None = field(default=None, init=False, repr=False, compare=False)
    _addrs: dict[str, tuple[str, str]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        index: dict[str, list[str]] = {}
        for key, val in self.headers:
            if key in index:
                index[key].append(val)
            else:
                index[key] = [val]
        self._index = index

    @property
    def is_request(self) -> bool:
        return bool(self.method)

    def header(self, name: str) -> str | None:
        """The first value of a header (any spelling: ``Call-ID``, ``call-id``, ``i``)."""
        values = self._index.get(name) or self._index.get(_long_name(name))
        return values[0] if values else None

    def header_values(self, name: str) -> list[str]:
        """Every value of a header, comma-separated values split (Via, Allow, ...)."""
        out: list[str] = []
        for val in self._index.get(_long_name(name), ()):
            out.extend(split_commas(val))
        return out

    @property
    def vias(self) -> list[str]:
        if self._vias is None:
            self._vias = self.header_values("via")
        return self._vias

    @property
    def top_via(self) -> Via:
        """The first Via, parsed (raises `SipParseError` when there is none or it is bad)."""
        if self._top_via is None:
            vias = self.vias
            if not vias:
                raise SipParseError("no Via")
            self._top_via = parse_via(vias[0])
        return self._top_via

    @property
    def call_id(self) -> str:
        return self.header("call-id") or ""

    @property
    def cseq(self) -> tuple[int, str]:
        m = _CSEQ.fullmatch(self.header("cseq") or "")
        if not m:
            raise SipParseError("bad CSeq")
        return int(m.group(1)), m.group(2)

    def name_addr(self, name: str) -> tuple[str, str]:
        """`split_name_addr` of a From/To/Contact header ("", "" when absent)."""
        found = self._addrs.get(name)
        if found is None:
            found = self._addrs[name] = split_name_addr(self.header(name) or "")
        return found

    @property
    def from_uri(self) -> str:
        return self.name_addr("from")[0]

    @property
    def from_tag(self) -> str | None:
        return header_param(self.name_addr("from")[1], "tag")

    @property
    def to_tag(self) -> str | None:
        return header_param(self.name_addr("to")[1], "tag")


def _long_name(name: str) -> str:
    name = name.strip().lower()
    return COMPACT.get(name, name)


def _decode(data: bytes) -> str:
    return data.decode("utf-8", "surrogateescape")


def _encode(text: str) -> bytes:
    return text.encode("utf-8", "surrogateescape")


def parse_message(data: bytes, *, stream: bool = False) -> SipMessage:
    """Parse one message. Over UDP (``stream=False``) the body is the rest of the datagram,
    cut to Content-Length; a Content-Length larger than what came is an error (status 0:
    RFC 3261 18.3 says discard). ``stream=True``: ``data`` is exactly one framed message
    (see `StreamFramer`). Raises `SipParseError` and nothing else."""
    try:
        return _parse(bytes(data), stream)
    except SipParseError:
        raise
    except Exception as exc:  # a bug here must not take the server down: report it as garbage
        raise SipParseError(f"unparseable ({type(exc).__name__})", None, 0) from exc


def _parse(data: bytes, stream: bool) -> SipMessage:
    errors: list[tuple[str, int]] = []
    start = 0
    while data.startswith(b"\r\n", start) or data.startswith(b"\n", start):
        start += 2 if data[start] == 13 else 1  # RFC 3261 7.5: ignore CRLFs before the message
    end, sep = data.find(b"\r\n\r\n", start), 4
    lf_end = data.find(b"\n\n", start, end if end >= 0 else len(data))
    if lf_end >= 0:  # bare-LF line ends (tolerated), unless a CRLF blank line came first
        end, sep = lf_end, 2
    if end < 0:
        if start >= len(data):
            raise SipParseError("empty message", None, 0)
        end, sep = len(data), 0
        if not data.endswith(b"\n"):
            errors.append(("no end of header section", 400))
    if end - start > MAX_HEADER:
        raise SipParseError("header section too large", None, 513)
    raw_head = data[start:end]
    if len(raw_head.translate(None, _CTRL)) != len(raw_head):
        raise SipParseError("control character in header section", None, 0)
    head = _decode(raw_head)
    body = data[end + sep :]
    if "\r" in head:
        head = head.replace("\r\n", "\n")
        if "\r" in head:
            raise SipParseError("bare CR in header section", None, 0)
    first, _, block = head.partition("\n")

    method = uri = reason = ""
    version = "SIP/2.0"
    status = 0
    if m := _REQUEST_LINE.fullmatch(first):
        method, uri, version = m.group(1), m.group(2), m.group(3).upper()
        if version != "SIP/2.0":
            errors.append((f"unsupported version {version}", 505))
        if ":" not in uri:
            errors.append(("bad Request-URI", 400))
    elif m := _STATUS_LINE.fullmatch(first):
        status, reason = int(m.group(1)), m.group(2) or ""
    else:
        raise SipParseError(f"bad start line: {first[:60]!r}", None, 0)

    headers = _fast_headers(block)
    if headers is None:
        headers = _slow_headers(block, errors)
    msg = SipMessage(method, uri, status, reason, version, headers)
    _check(msg, body, stream, errors)
    if errors:
        reason, status = errors[0]
        raise SipParseError(reason, msg, status)
    return msg


def _name(spelt: str) -> str:
    name = _NAMES.get(spelt)
    if name is None:
        name = spelt.lower()
        if len(name) == 1:
            name = COMPACT.get(name, name)
        if len(_NAMES) < 512:  # names a peer invents must not grow this without end
            _NAMES[spelt] = name
    return name


def _fast_headers(block: str) -> list[tuple[str, str]] | None:
    """Every line a well-formed ``name: value`` and nothing folded: one regex pass."""
    if "\n " in block or "\n\t" in block or block[:1] in (" ", "\t"):
        return None
    pairs = _HEADER_LINE.findall(block)
    lines = block.count("\n") + 1 - block.count("\n\n") - (not block) - block.endswith("\n")
    if len(pairs) != lines:
        return None
    return [(_name(n), v.rstrip(" \t")) for n, v in pairs]


def _slow_headers(block: str, errors: list[tuple[str, int]]) -> list[tuple[str, str]]:
    """Line by line: unfold continuation lines, note each bad line, keep the good ones."""
    headers: list[tuple[str, str]] = []
    for line in block.split("\n"):
        if line[:1] in (" ", "\t"):  # a folded line continues the previous header
            if not headers:
                errors.append(("continuation line before any header", 400))
            elif folded := line.strip(" \t"):
                key, value = headers[-1]
                headers[-1] = (key, f"{value} {folded}" if value else folded)
            continue
        if not line:
            continue
        name, colon, value = line.partition(":")
        name = name.rstrip(" \t").lower()
        if not colon or not _TOKEN_RE.fullmatch(name):
            errors.append((f"bad header line: {line[:60]!r}", 400))
            continue
        if len(name) == 1:
            name = COMPACT.get(name, name)
        headers.append((name, value.strip(" \t")))
    return headers


def _check(msg: SipMessage, body: bytes, stream: bool, errors: list[tuple[str, int]]) -> None:
    index = msg._index
    for key in _REQUIRED:
        if key not in index:
            errors.append((f"missing {canonical_name(key)}", 400))
    for key in _SINGLE:
        if len(index.get(key, ())) > 1:
            errors.append((f"more than one {canonical_name(key)}", 400))
    vias = msg.vias
    try:
        if vias:
            msg.top_via  # noqa: B018 (parsed once here, kept for the answer)
        for via in vias[1:]:
            parse_via(via)
    except SipParseError as exc:
        errors.append((exc.reason, 400))
    call_id = msg.header("call-id")
    if call_id is not None and (not call_id or " " in call_id or "\t" in call_id):
        errors.append(("bad Call-ID", 400))
    for key in ("from", "to"):
        if key in index and ":" not in msg.name_addr(key)[0]:
            errors.append((f"bad {canonical_name(key)}", 400))
    cseq = msg.header("cseq")
    if cseq is not None:
        m = _CSEQ.fullmatch(cseq)
        if not m or int(m.group(1)) >= 2**31:
            errors.append(("bad CSeq", 400))
        elif msg.method and m.group(2) != msg.method:
            errors.append(("CSeq method does not match the request", 400))
    max_fwd = msg.header("max-forwards")
    if max_fwd is not None and not (_DIGITS.fullmatch(max_fwd) and int(max_fwd) <= 255):
        errors.append(("bad Max-Forwards", 400))
    length = msg.header("content-length")
    if length is None:
        msg.body = body
    elif not _DIGITS.fullmatch(length):
        errors.append(("bad Content-Length", 400))
        msg.body = body
    else:
        n = int(length)
        if n > len(body):
            # over UDP the rest never comes: RFC 3261 18.3 says discard, so no answer
            errors.append(("Content-Length larger than the body", 400 if stream else 0))
            msg.body = body
        elif stream and n < len(body):
            errors.append(("Content-Length smaller than the body", 400))
            msg.body = body[:n]
        else:
            msg.body = body[:n] if n < len(body) else body


class StreamFramer:
    """Cut a TCP byte stream into SIP messages by their Content-Length.

    ``feed()`` what arrives, then call ``next_message()`` until it returns None. A
    header section over ``max_header`` bytes or a Content-Length over ``max_body``
    raises `MessageTooLarge`; a missing-digits Content-Length raises `SipParseError`.
    After an error the stream cannot be trusted: close the connection. CRLFs between
    messages are skipped and counted in ``crlfs`` (RFC 5626: a double CRLF is a
    keep-alive ping, to be answered with one CRLF)."""

    def __init__(self, max_header: int = MAX_HEADER, max_body: int = MAX_BODY):
        self.max_header = max_header
        self.max_body = max_body
        self.crlfs = 0
        self._buf = bytearray()
        self._scanned = 0  # how far the search for the blank line got (resumes there)

    @property
    def pending(self) -> int:
        """Bytes of an incomplete message held (not counting skipped CRLFs)."""
        return len(self._buf)

    def feed(self, data: bytes) -> None:
        self._buf += data

    def next_message(self) -> bytes | None:
        buf = self._buf
        skipped = 0
        while buf[skipped : skipped + 2] == b"\r\n":
            skipped += 2
        if skipped:
            del buf[:skipped]
            self._scanned = 0
            self.crlfs += skipped // 2
        if not buf or buf == b"\r":
            return None
        end = buf.find(b"\r\n\r\n", self._scanned)
        if end < 0:
            if len(buf) > self.max_header:
                raise MessageTooLarge(f"header section over {self.max_header} bytes")
            self._scanned = max(0, len(buf) - 3)
            return None
        head_len = end + 4
        if head_len > self.max_header:
            raise MessageTooLarge(f"header section over {self.max_header} bytes")
        length = 0
        values = {v.strip(b" \t") for v in _STREAM_CL.findall(bytes(buf[:end]))}
        if len(values) > 1:
            raise SipParseError("conflicting Content-Length headers")
        if values:
            value = values.pop()
            if not re.fullmatch(rb"[0-9]{1,10}", value):
                raise SipParseError("bad Content-Length")
            length = int(value)
        if length > self.max_body:
            raise MessageTooLarge(f"Content-Length {length} over {self.max_body}")
        total = head_len + length
        if len(buf) < total:
            self._scanned = end  # found already; do not look again
            return None
        message = bytes(buf[:total])
        del buf[:total]
        self._scanned = 0
        return message


def to_tag_for(call_id: str, key: bytes = b"") -> str:
    """A To tag that depends only on the Call-ID (and a per-server key): a retransmitted
    request gets the same tag without the server remembering anything."""
    digest = hashlib.blake2b(_encode(call_id), digest_size=6, key=key[:64])
    return digest.hexdigest()


def host_of(hostport: str) -> str:
    """The host of ``host[:port]`` (``[v6]:port`` and ``[v6]`` without their brackets; a
    bare IPv6 address, with more than one colon, as it is)."""
    if hostport.startswith("["):
        return hostport[1:].partition("]")[0]
    return hostport.rsplit(":", 1)[0] if hostport.count(":") == 1 else hostport


def _mark_top_via(request: SipMessage, source: tuple[str, int] | None) -> str:
    """RFC 3261 18.2.1 / RFC 3581: ``received`` when the packet came from elsewhere than
    the sent-by host (or rport was asked for), ``rport`` filled with the source port."""
    value = request.vias[0]
    if source is None:
        return value
    try:
        top = request.top_via
    except SipParseError:
        return value
    via = Via(top.transport, top.host, top.port, list(top.params))
    host, port = source[0], source[1]
    rport = via.param("rport")
    if rport is not None or via.host.strip("[]") != host:
        via.set_param("received", host)
    if rport is not None:
        via.set_param("rport", str(port))
    return str(via)


def build_response(
    request: SipMessage,
    status: int,
    reason: str | None = None,
    *,
    source: tuple[str, int] | None = None,
    to_tag: str | None = None,
    tag_key: bytes = b"",
    headers: Iterable[tuple[str, str]] = (),
    server: str = SERVER,
    body: bytes = b"",
) -> bytes:
    """The bytes of a response to ``request``.

    ``source`` is the (host, port) the request came from (for the top Via). The To tag
    is added when missing (except on 100): ``to_tag``, or `to_tag_for` the Call-ID.
    ``headers`` go after CSeq; ``Content-Type`` belongs there when ``body`` is given."""
    if reason is None:
        reason = REASONS.get(status, "Unknown")
    lines = [f"SIP/2.0 {status} {reason}"]
    for i, via in enumerate(request.vias):
        lines.append(f"Via: {_mark_top_via(request, source) if i == 0 else via}")
    lines.append(f"From: {request.header('from') or ''}")
    to = request.header("to") or ""
    if status > 100 and request.to_tag is None:
        to += f";tag={to_tag or to_tag_for(request.call_id, tag_key)}"
    lines.append(f"To: {to}")
    lines.append(f"Call-ID: {request.call_id}")
    lines.append(f"CSeq: {request.header('cseq') or ''}")
    lines.extend(f"{name}: {value}" for name, value in headers)
    if server:
        lines.append(f"Server: {server}")
    lines.append(f"Content-Length: {len(body)}")
    return _encode("\r\n".join(lines) + "\r\n\r\n") + body
