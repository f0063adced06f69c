"""shared.switch.sipmsg: real messages, responses, TCP framing, and fuzzing."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from shared.switch import sipmsg
from shared.switch.sipmsg import (
    MAX_BODY,
    MAX_HEADER,
    MessageTooLarge,
    SipParseError,
    StreamFramer,
    build_response,
    canonical_name,
    parse_message,
    parse_via,
    split_commas,
    split_name_addr,
    to_tag_for,
)

# What tests.support.sip_peer (pjsua2 2.15) sends, captured on 127.0.0.1.
PJSUA_INVITE = (
    b"INVITE sip:city@127.0.0.1:60690 SIP/2.0\r\n"
    b"Via: SIP/2.0/UDP 127.0.0.1:36542;rport;branch=z9hG4bKPjWtKTO3oYN7ZYB-GPrY71bNy62XyjZf4b\r\n"
    b"Max-Forwards: 70\r\n"
    b"From: sip:caller@127.0.0.1;tag=PaoR2MQYHDgY0i1M8dRqjMKgKbi6GITY\r\n"
    b"To: sip:city@127.0.0.1\r\n"
    b"Contact: <sip:caller@127.0.0.1:36542;ob>\r\n"
    b"Call-ID: SUwd0P2l0VPfpZ9LrJW.wuswCHfAbp7.\r\n"
    b"CSeq: 9391 INVITE\r\n"
    b"Allow: PRACK, INVITE, ACK, BYE, CANCEL, UPDATE, INFO, SUBSCRIBE, NOTIFY, REFER, MESSAGE, OPTIONS\r\n"
    b"Supported: replaces, 100rel, timer, norefersub\r\n"
    b"Session-Expires: 1800\r\n"
    b"Min-SE: 90\r\n"
    b"User-Agent: city-contact-centre caller\r\n"
    b"Content-Type: application/sdp\r\n"
    b"Content-Length:   620\r\n"
    b"\r\n"
    b"v=0\r\no=- 4004438488 4004438488 IN IP4 127.0.0.1\r\ns=pjmedia\r\nb=AS:84\r\nt=0 0\r\n"
    b"a=X-nat:0\r\nm=audio 4000 RTP/AVP 96 97 98 99 3 0 8 9 120 121 122\r\n"
    b"c=IN IP4 127.0.0.1\r\nb=TIAS:64000\r\na=rtcp:4001 IN IP4 127.0.0.1\r\na=sendrecv\r\n"
    b"a=rtpmap:96 speex/16000\r\na=rtpmap:97 speex/8000\r\na=rtpmap:98 speex/32000\r\n"
    b"a=rtpmap:99 iLBC/8000\r\na=fmtp:99 mode=30\r\na=rtpmap:3 GSM/8000\r\n"
    b"a=rtpmap:0 PCMU/8000\r\na=rtpmap:8 PCMA/8000\r\na=rtpmap:9 G722/8000\r\n"
    b"a=rtpmap:120 telephone-event/16000\r\na=fmtp:120 0-16\r\n"
    b"a=rtpmap:121 telephone-event/8000\r\na=fmtp:121 0-16\r\n"
    b"a=rtpmap:122 telephone-event/32000\r\na=fmtp:122 0-16\r\n"
    b"a=ssrc:1609872300 cname:6bc755802d5e7a38\r\n"
)

# What sipp 3.6 sends with shared/switch/sipp/redirect_uac.xml (-trace_msg).
SIPP_INVITE = (
    b"INVITE sip:city@127.0.0.1:49060 SIP/2.0\r\n"
    b"Via: SIP/2.0/UDP 127.0.0.1:5060;rport;branch=z9hG4bK-30252-1-0\r\n"
    b'From: "Citizen 1" <sip:+32227901@127.0.0.1:5060>;tag=30252SIPpTag001\r\n'
    b"To: <sip:city@127.0.0.1:49060>\r\n"
    b"Call-ID: 1-30252@127.0.0.1\r\n"
    b"CSeq: 1 INVITE\r\n"
    b"Contact: <sip:sipp@127.0.0.1:5060;transport=UDP>\r\n"
    b"Max-Forwards: 70\r\n"
    b"User-Agent: sipp front-door test\r\n"
    b"Content-Type: application/sdp\r\n"
    b"Content-Length:   129\r\n"
    b"\r\n"
    b"v=0\r\n"
    b"o=user1 53655765 2353687637 IN IP4 127.0.0.1\r\n"
    b"s=-\r\n"
    b"c=IN IP4 127.0.0.1\r\n"
    b"t=0 0\r\n"
    b"m=audio 6000 RTP/AVP 0\r\n"
    b"a=rtpmap:0 PCMU/8000\r\n"
)

# Compact names, odd case, two Via headers (one holding two values), a folded Subject.
COMPACT_INVITE = (
    b"INVITE sip:city@10.0.0.5 SIP/2.0\r\n"
    b"v: SIP/2.0/UDP proxy.city.example:5060;branch=z9hG4bKp1;received=192.0.2.9\r\n"
    b"VIA: SIP/2.0/TCP 192.0.2.10:5070;branch=z9hG4bKa2 , SIP/2.0/UDP [2001:db8::7];branch=z9hG4bKa3\r\n"
    b'f: "Doe, Jane" <sip:jane@example.org>;tag=f1\r\n'
    b"t: sip:city@city.example\r\n"
    b"i: abc123@192.0.2.10\r\n"
    b"cseq: 7 INVITE\r\n"
    b"m: <sip:jane@192.0.2.10:5070;transport=tcp>\r\n"
    b"k: timer\r\n"
    b"Subject: a long\r\n"
    b"   subject\r\n"
    b"\tfolded twice\r\n"
    b"c: text/plain\r\n"
    b"l: 5\r\n"
    b"\r\n"
    b"hello"
)

OPTIONS = (
    b"OPTIONS sip:city@127.0.0.1 SIP/2.0\r\n"
    b"Via: SIP/2.0/UDP 127.0.0.1:5099;branch=z9hG4bKopt\r\n"
    b"From: <sip:monitor@127.0.0.1>;tag=m1\r\n"
    b"To: <sip:city@127.0.0.1>\r\n"
    b"Call-ID: opt-1\r\n"
    b"CSeq: 1 OPTIONS\r\n"
    b"Content-Length: 0\r\n"
    b"\r\n"
)

VALID = [PJSUA_INVITE, SIPP_INVITE, COMPACT_INVITE, OPTIONS]


def replace_header(message: bytes, name: bytes, line: bytes | None) -> bytes:
    """``message`` with the header line starting ``name:`` replaced (or removed)."""
    lines = message.split(b"\r\n")
    out = []
    for ln in lines:
        if ln.lower().startswith(name.lower() + b":"):
            if line is not None:
                out.append(line)
        else:
            out.append(ln)
    return b"\r\n".join(out)


# ---------------------------------------------------------------- parsing


def test_pjsua_invite():
    m = parse_message(PJSUA_INVITE)
    assert m.is_request and m.method == "INVITE" and m.uri == "sip:city@127.0.0.1:60690"
    assert m.call_id == "SUwd0P2l0VPfpZ9LrJW.wuswCHfAbp7."
    assert m.cseq == (9391, "INVITE")
    assert m.from_uri == "sip:caller@127.0.0.1"
    assert m.from_tag == "PaoR2MQYHDgY0i1M8dRqjMKgKbi6GITY"
    assert m.to_tag is None
    via = m.top_via
    assert (via.transport, via.host, via.port) == ("UDP", "127.0.0.1", 36542)
    assert via.branch == "z9hG4bKPjWtKTO3oYN7ZYB-GPrY71bNy62XyjZf4b"
    assert via.param("rport") == ""
    assert len(m.body) == 620 and m.body.startswith(b"v=0\r\n") and m.body.endswith(b"\r\n")
    assert "OPTIONS" in m.header_values("Allow") and len(m.header_values("allow")) == 12
    assert m.header("MIN-SE") == "90"


def test_sipp_invite():
    m = parse_message(SIPP_INVITE)
    assert m.from_uri == "sip:+32227901@127.0.0.1:5060"
    assert m.from_tag == "30252SIPpTag001"
    assert m.header("content-length") == "129" and len(m.body) == 129
    assert m.top_via.branch == "z9hG4bK-30252-1-0"


def test_compact_headers_multiple_vias_and_folding():
    m = parse_message(COMPACT_INVITE)
    assert m.vias == [
        "SIP/2.0/UDP proxy.city.example:5060;branch=z9hG4bKp1;received=192.0.2.9",
        "SIP/2.0/TCP 192.0.2.10:5070;branch=z9hG4bKa2",
        "SIP/2.0/UDP [2001:db8::7];branch=z9hG4bKa3",
    ]
    assert [parse_via(v).host for v in m.vias] == [
        "proxy.city.example",
        "192.0.2.10",
        "[2001:db8::7]",
    ]
    assert parse_via(m.vias[2]).port is None
    assert m.call_id == "abc123@192.0.2.10"
    assert m.header("Call-ID") == m.header("i") == m.header("CALL-ID")
    assert m.cseq == (7, "INVITE")
    assert m.from_uri == "sip:jane@example.org" and m.from_tag == "f1"
    assert m.header("contact") == "<sip:jane@192.0.2.10:5070;transport=tcp>"
    assert m.header("supported") == "timer"
    assert m.header("subject") == "a long subject folded twice"
    assert m.body == b"hello"


def test_response_and_leading_crlf_and_bare_lf():
    resp = b"\r\n\r\nSIP/2.0 180 Ringing\r\n" + OPTIONS.split(b"\r\n", 1)[1]
    m = parse_message(resp)
    assert not m.is_request and m.status == 180 and m.reason == "Ringing"
    lf = parse_message(OPTIONS.replace(b"\r\n", b"\n"))
    assert lf.method == "OPTIONS" and lf.call_id == "opt-1"
    assert parse_message(b"SIP/2.0 200\r\n" + OPTIONS.split(b"\r\n", 1)[1]).reason == ""


def test_udp_body_is_cut_to_content_length_and_may_lack_it():
    assert parse_message(COMPACT_INVITE + b"trailing junk").body == b"hello"
    no_length = replace_header(COMPACT_INVITE, b"l", None)
    assert parse_message(no_length).body == b"hello"


def test_helpers():
    assert split_commas('a, "b, c" <sip:x,y>, d') == ["a", '"b, c" <sip:x,y>', "d"]
    assert split_name_addr('"A <b>" <sip:a@b;lr>;tag=1') == ("sip:a@b;lr", ";tag=1")
    assert split_name_addr("sip:a@b;tag=1") == ("sip:a@b", ";tag=1")
    assert canonical_name("call-id") == "Call-ID" and canonical_name("max-forwards") == (
        "Max-Forwards"
    )


@pytest.mark.parametrize(
    ("mutate", "reason", "status", "replyable"),
    [
        (lambda m: replace_header(m, b"Call-ID", None), "missing Call-ID", 400, False),
        (lambda m: replace_header(m, b"CSeq", b"CSeq: 1 OPTIONS"), "does not match", 400, True),
        (lambda m: replace_header(m, b"CSeq", b"CSeq: one INVITE"), "bad CSeq", 400, False),
        (
            lambda m: replace_header(m, b"Content-Length", b"Content-Length: x"),
            "Content",
            400,
            True,
        ),
        (lambda m: replace_header(m, b"Via", b"Via: nonsense"), "bad Via", 400, True),
        (lambda m: replace_header(m, b"From", b"From: nobody"), "bad From", 400, True),
        (lambda m: m.replace(b"Max-Forwards: 70", b"Max-Forwards: 999"), "Max-Forwards", 400, True),
        (lambda m: m.replace(b"Max-Forwards: 70", b"Max-Forwards 70"), "bad header", 400, True),
        (lambda m: m.replace(b"SIP/2.0\r\n", b"SIP/3.0\r\n", 1), "version", 505, True),
        (lambda m: m.replace(b"Content-Length:   129", b"Content-Length: 500"), "larger", 0, True),
        (
            lambda m: m.replace(b"CSeq: 1 INVITE", b"CSeq: 1 INVITE\r\nCSeq: 2 INVITE"),
            "more",
            400,
            True,
        ),
        (lambda m: m.replace(b"INVITE sip:", b"INVITE  sip:", 1), "start line", 0, False),
        (lambda m: m.replace(b"To: <", b"To: \x00<"), "control", 0, False),
        (lambda m: b"\r\n\r\n", "empty", 0, False),
    ],
)
def test_malformed(mutate, reason, status, replyable):
    with pytest.raises(SipParseError) as info:
        parse_message(mutate(SIPP_INVITE))
    err = info.value
    assert reason in err.reason and err.status == status
    # enough read to answer: a request whose Via, From, To, Call-ID and CSeq can be echoed
    assert err.replyable == replyable


def test_header_section_too_large_for_udp():
    big = SIPP_INVITE.replace(b"Max-Forwards: 70", b"X-Pad: " + b"a" * MAX_HEADER)
    with pytest.raises(SipParseError) as info:
        parse_message(big)
    assert info.value.status == 513


# ---------------------------------------------------------------- building


def test_redirect_response():
    req = parse_message(SIPP_INVITE)
    out = build_response(
        req, 302, source=("127.0.0.1", 5060), headers=[("Contact", "<sip:city@127.0.0.1:7000>")]
    )
    text = out.decode()
    assert text.startswith("SIP/2.0 302 Moved Temporarily\r\n")
    assert text.endswith("Content-Length: 0\r\n\r\n")
    lines = text.split("\r\n")
    assert lines[1] == (
        "Via: SIP/2.0/UDP 127.0.0.1:5060;rport=5060;branch=z9hG4bK-30252-1-0;received=127.0.0.1"
    )
    assert lines[2] == 'From: "Citizen 1" <sip:+32227901@127.0.0.1:5060>;tag=30252SIPpTag001'
    assert lines[3] == f"To: <sip:city@127.0.0.1:49060>;tag={to_tag_for('1-30252@127.0.0.1')}"
    assert lines[4:7] == [
        "Call-ID: 1-30252@127.0.0.1",
        "CSeq: 1 INVITE",
        "Contact: <sip:city@127.0.0.1:7000>",
    ]
    # No Server header by default (a product name tells a scanner what to try); one
    # can be configured.
    assert not any(line.lower().startswith(("server:", "user-agent:")) for line in lines)
    named = build_response(req, 302, server="City Hall").decode()
    assert "\r\nServer: City Hall\r\n" in named


def test_every_via_copied_in_order_and_only_the_top_one_marked():
    req = parse_message(COMPACT_INVITE)
    resp = parse_message(build_response(req, 503, source=("198.51.100.1", 40000)))
    assert resp.status == 503 and resp.reason == "Service Unavailable"
    top = parse_via(resp.vias[0])
    assert top.param("received") == "198.51.100.1"  # sent-by is a host name: always
    assert top.param("rport") is None  # not asked for
    assert top.branch == "z9hG4bKp1"
    assert resp.vias[1:] == req.vias[1:]


@pytest.mark.parametrize(
    ("via", "source", "received", "rport"),
    [
        ("SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK1", ("10.0.0.1", 5060), None, None),
        ("SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK1", ("10.0.0.1", 6000), None, None),
        ("SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK1", ("192.0.2.1", 6000), "192.0.2.1", None),
        ("SIP/2.0/UDP 10.0.0.1:5060;rport;branch=z9hG4bK1", ("10.0.0.1", 6000), "10.0.0.1", "6000"),
        ("SIP/2.0/UDP 10.0.0.1;branch=z9hG4bK1;rport", ("192.0.2.1", 7), "192.0.2.1", "7"),
        ("SIP/2.0/UDP [::1]:5060;branch=z9hG4bK1", ("::1", 5060), None, None),
    ],
)
def test_received_and_rport(via, source, received, rport):
    req = parse_message(replace_header(OPTIONS, b"Via", f"Via: {via}".encode()))
    top = parse_via(parse_message(build_response(req, 200, source=source)).vias[0])
    assert top.param("received") == received
    assert top.param("rport") == rport
    assert top.branch == "z9hG4bK1"


def test_to_tag_is_stable_per_call_id_kept_when_present_and_absent_on_100():
    req = parse_message(PJSUA_INVITE)
    a = parse_message(build_response(req, 302, tag_key=b"k"))
    b = parse_message(build_response(req, 302, tag_key=b"k"))
    assert a.to_tag and a.to_tag == b.to_tag
    other = parse_message(replace_header(PJSUA_INVITE, b"Call-ID", b"Call-ID: other"))
    assert parse_message(build_response(other, 302, tag_key=b"k")).to_tag != a.to_tag
    assert parse_message(build_response(req, 302, tag_key=b"j")).to_tag != a.to_tag
    assert parse_message(build_response(req, 100)).to_tag is None
    tagged = parse_message(PJSUA_INVITE.replace(b"To: sip:city@127.0.0.1", b"To: <sip:c@h>;tag=x"))
    assert parse_message(build_response(tagged, 481)).header("to") == "<sip:c@h>;tag=x"


@pytest.mark.parametrize("raw", VALID)
def test_response_round_trips(raw):
    req = parse_message(raw)
    resp = parse_message(build_response(req, 200, source=("127.0.0.1", 1), body=b"x" * 3))
    assert resp.status == 200 and resp.body == b"xxx"
    assert resp.call_id == req.call_id and resp.cseq == req.cseq
    assert resp.header("from") == req.header("from")
    assert len(resp.vias) == len(req.vias) and resp.vias[1:] == req.vias[1:]
    assert resp.top_via.branch == req.top_via.branch
    assert resp.to_tag


# ---------------------------------------------------------------- TCP framing


def frames(framer: StreamFramer, *chunks: bytes) -> list[bytes]:
    out = []
    for chunk in chunks:
        framer.feed(chunk)
        while (m := framer.next_message()) is not None:
            out.append(m)
    return out


STREAM = b"\r\n\r\n" + SIPP_INVITE + COMPACT_INVITE + b"\r\n" + OPTIONS


def test_framer_split_at_every_byte_boundary():
    expected = [SIPP_INVITE, COMPACT_INVITE, OPTIONS]
    for i in range(len(STREAM) + 1):
        assert frames(StreamFramer(), STREAM[:i], STREAM[i:]) == expected, i
    for i in range(0, len(STREAM), 7):
        for j in range(i, len(STREAM), 53):
            assert frames(StreamFramer(), STREAM[:i], STREAM[i:j], STREAM[j:]) == expected


def test_framer_byte_by_byte_and_framed_messages_parse():
    framer = StreamFramer()
    got = frames(framer, *(STREAM[i : i + 1] for i in range(len(STREAM))))
    assert [parse_message(m, stream=True).call_id for m in got] == [
        "1-30252@127.0.0.1",
        "abc123@192.0.2.10",
        "opt-1",
    ]
    assert framer.pending == 0 and framer.crlfs == 3


def test_framer_waits_for_the_body():
    framer = StreamFramer()
    lying = SIPP_INVITE.replace(b"Content-Length:   129", b"Content-Length: 5000")
    assert frames(framer, lying) == []
    assert framer.pending == len(lying)
    assert frames(framer, b"x" * (5000 - 129)) == [lying + b"x" * (5000 - 129)]


def test_framer_limits():
    with pytest.raises(MessageTooLarge):
        frames(StreamFramer(), b"INVITE sip:a@b SIP/2.0\r\nX: " + b"a" * MAX_HEADER)
    with pytest.raises(MessageTooLarge):  # even when the blank line came in the same read
        frames(StreamFramer(), b"INVITE sip:a@b SIP/2.0\r\nX: " + b"a" * MAX_HEADER + b"\r\n\r\n")
    with pytest.raises(MessageTooLarge):
        frames(StreamFramer(), f"OPTIONS x SIP/2.0\r\nl: {MAX_BODY + 1}\r\n\r\n".encode())
    with pytest.raises(SipParseError, match="bad Content-Length"):
        frames(StreamFramer(), b"OPTIONS x SIP/2.0\r\nContent-Length: -1\r\n\r\n")
    with pytest.raises(SipParseError, match="conflicting"):
        frames(StreamFramer(), b"OPTIONS x SIP/2.0\r\nl: 1\r\nContent-Length: 2\r\n\r\n")
    # exactly at the limits is fine
    head = b"OPTIONS x SIP/2.0\r\nContent-Length: 65536\r\nX: "
    head += b"a" * (MAX_HEADER - len(head) - 4) + b"\r\n\r\n"
    assert len(head) == MAX_HEADER
    assert frames(StreamFramer(), head, b"b" * MAX_BODY) == [head + b"b" * MAX_BODY]


def test_stream_parse_checks_content_length_exactly():
    framed = SIPP_INVITE
    assert parse_message(framed, stream=True).body.startswith(b"v=0")
    with pytest.raises(SipParseError, match="smaller"):
        parse_message(framed + b"extra", stream=True)
    with pytest.raises(SipParseError) as info:
        parse_message(framed[:-3], stream=True)
    assert info.value.status == 400


# ---------------------------------------------------------------- fuzzing

FUZZ = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _parse_or_parse_error(data: bytes, stream: bool = False) -> None:
    try:
        parse_message(data, stream=stream)
    except SipParseError as exc:
        # a genuine verdict, not an internal error turned into one
        assert exc.__cause__ is None, repr(exc.__cause__)
        assert isinstance(exc.reason, str) and exc.status in (0, 400, 505, 513)


@FUZZ
@given(st.binary(max_size=2048))
@example(b"INVITE sip:a SIP/2.0\r\nCSeq: 99999999999999999999 INVITE\r\n\r\n")
@example(b"INVITE sip:a SIP/2.0\r\nl: \xd9\xa3\r\n\r\n")  # an Arabic-Indic digit three
@example(b"SIP/2.0 200 OK\r\nVia: SIP/2.0/UDP h:99999\r\n\r\n")
def test_random_bytes_only_raise_parse_errors(data):
    _parse_or_parse_error(data)
    _parse_or_parse_error(data, stream=True)


@st.composite
def mutated(draw):
    data = bytearray(draw(st.sampled_from(VALID)))
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["flip", "insert", "delete", "truncate", "dup", "swap"]))
        if not data:
            break
        i = draw(st.integers(0, len(data) - 1))
        if kind == "flip":
            data[i] = draw(st.integers(0, 255))
        elif kind == "insert":
            chunk = draw(
                st.sampled_from([b"\r\n", b" ", b":", b";", b",", b"<", b'"', b"\x00", b"\xff"])
                | st.binary(max_size=8)
            )
            data[i:i] = chunk
        elif kind == "delete":
            del data[i : i + draw(st.integers(1, 16))]
        elif kind == "truncate":
            del data[i:]
        else:
            lines = bytes(data).split(b"\r\n")
            a = draw(st.integers(0, len(lines) - 1))
            b = draw(st.integers(0, len(lines) - 1))
            if kind == "dup":
                lines.insert(b, lines[a])
            else:
                lines[a], lines[b] = lines[b], lines[a]
            data = bytearray(b"\r\n".join(lines))
    return bytes(data)


@FUZZ
@given(mutated())
def test_mutated_messages_only_raise_parse_errors(data):
    _parse_or_parse_error(data)
    _parse_or_parse_error(data, stream=True)
    # whatever parses as a request can be answered, and the answer parses back
    try:
        req = parse_message(data)
    except SipParseError:
        return
    if req.is_request:
        resp = parse_message(build_response(req, 302, source=("127.0.0.1", 5060)))
        assert resp.call_id == req.call_id and resp.cseq == req.cseq
        assert len(resp.vias) == len(req.vias)


@FUZZ
@given(st.lists(st.binary(max_size=300), max_size=8))
def test_framer_on_random_chunks_only_raises_parse_errors(chunks):
    framer = StreamFramer(max_header=512, max_body=1024)
    try:
        for m in frames(framer, *chunks):
            assert m  # never an empty message
            _parse_or_parse_error(m, stream=True)
    except SipParseError as exc:
        assert exc.__cause__ is None


token = st.text(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.!%*_+`'~",
    min_size=1,
    max_size=24,
)


@FUZZ
@given(
    call_id=token,
    branch=token,
    from_tag=token,
    display=st.text(
        st.characters(blacklist_categories=["Cc", "Cs"], blacklist_characters='"\\'), max_size=20
    ),
    cseq=st.integers(0, 2**31 - 1),
    port=st.integers(1, 65535),
    extra_vias=st.integers(0, 3),
    body=st.binary(max_size=200),
    compact=st.booleans(),
)
def test_valid_invite_round_trips(
    call_id, branch, from_tag, display, cseq, port, extra_vias, body, compact
):
    via_name, from_name, to_name, cid_name, len_name = (
        ("v", "f", "t", "i", "l") if compact else ("Via", "From", "To", "Call-ID", "Content-Length")
    )
    vias = [f"SIP/2.0/UDP 10.1.1.{n}:{port};branch=z9hG4bK{branch}{n}" for n in range(extra_vias)]
    lines = [
        "INVITE sip:city@127.0.0.1 SIP/2.0",
        f"{via_name}: SIP/2.0/UDP 127.0.0.1:{port};rport;branch=z9hG4bK{branch}",
        *(f"{via_name}: {v}" for v in vias),
        f'{from_name}: "{display}" <sip:citizen@127.0.0.1>;tag={from_tag}',
        f"{to_name}: <sip:city@127.0.0.1>",
        f"{cid_name}: {call_id}",
        f"CSeq: {cseq} INVITE",
        f"{len_name}: {len(body)}",
    ]
    raw = ("\r\n".join(lines) + "\r\n\r\n").encode() + body
    req = parse_message(raw)
    assert req.body == body and req.call_id == call_id and req.from_tag == from_tag
    assert frames(StreamFramer(), raw) == [raw]
    resp = parse_message(build_response(req, 302, source=("127.0.0.1", 4242)))
    assert resp.call_id == call_id and resp.cseq == (cseq, "INVITE")
    assert resp.from_tag == from_tag and resp.to_tag == to_tag_for(call_id)
    top = resp.top_via
    assert top.branch == f"z9hG4bK{branch}" and top.param("rport") == "4242"
    assert resp.vias[1:] == vias


@FUZZ
@given(
    st.lists(
        st.sampled_from(["Via: a", "l: 5", "X-A :  b ", "bad line", "", " folded", "i:x"]),
        max_size=12,
    )
)
@example(["Via: a", "", "", "l: 5"])
@example(["i:x", "", ""])
def test_fast_header_path_agrees_with_the_line_by_line_one(lines):
    block = "\n".join(lines)
    fast = sipmsg._fast_headers(block)
    errors: list[tuple[str, int]] = []
    slow = sipmsg._slow_headers(block, errors)
    if fast is not None:
        assert fast == slow and not errors
    elif not errors and "" not in lines and not any(line[:1] == " " for line in lines):
        # blank or folded lines may take the slow path; nothing else should
        pytest.fail(f"fast path refused a clean block: {block!r}")
