"""A real SIP call on 127.0.0.1 between two pjsua2 processes, audio checked with an FFT."""

from __future__ import annotations

import os
import socket
import time
import wave

import pytest

from shared.tones import detect_tone, dominant_frequencies, read_wav, write_tone_wav
from tests.support.processes import LineProcess

pytestmark = [pytest.mark.slow, pytest.mark.timeout(40)]


def Peer(*args: str) -> LineProcess:  # noqa: N802 - reads like the class it was
    return LineProcess("tests.support.sip_peer", *args)


def ready_port(peer: Peer) -> int:
    line = peer.expect("READY ")
    fields = dict(part.split("=", 1) for part in line.split()[1:])
    return int(fields["port"])


def sip_options(port: int, call_id: str) -> str:
    return (
        f"OPTIONS sip:callee@127.0.0.1:{port} SIP/2.0\r\n"
        f"Via: SIP/2.0/UDP 127.0.0.1:9;rport;branch=z9hG4bK-{call_id}\r\n"
        "Max-Forwards: 70\r\n"
        f"To: <sip:callee@127.0.0.1:{port}>\r\n"
        "From: <sip:probe@127.0.0.1>;tag=probe\r\n"
        f"Call-ID: {call_id}@probe\r\n"
        "CSeq: 1 OPTIONS\r\n"
        "Content-Length: 0\r\n\r\n"
    )


def send_garbage_then_probe(port: int) -> str:
    """Random bytes, a malformed INVITE, then an OPTIONS; returns the OPTIONS reply line."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind(("127.0.0.1", 0))
        sock.settimeout(0.5)
        target = ("127.0.0.1", port)
        sock.sendto(os.urandom(700), target)
        sock.sendto(b"INVITE sip:x SIP/2.0\r\nVia: nonsense\r\nCSeq: banana\r\n\r\n", target)
        sock.sendto(
            f"INVITE sip:callee@127.0.0.1:{port} SIP/2.0\r\nContent-Length: 99999\r\n\r\n"
            "v=0\r\n".encode(),
            target,
        )
        deadline = time.monotonic() + 5
        n = 0
        while time.monotonic() < deadline:
            n += 1
            # `rport` makes pjsip reply to the datagram's source port, not the Via's port 9
            sock.sendto(sip_options(port, f"probe{n}").encode(), target)
            try:
                while True:
                    data, _ = sock.recvfrom(65535)
                    first = data.split(b"\r\n", 1)[0].decode(errors="replace")
                    if f"probe{n}@probe" in data.decode(errors="replace"):
                        return first
            except TimeoutError:
                continue
    raise AssertionError("peer did not answer OPTIONS after garbage")


@pytest.fixture
def tones(tmp_path):
    return (
        write_tone_wav(tmp_path / "440.wav", 440, 1.0),
        write_tone_wav(tmp_path / "880.wav", 880, 1.0),
    )


def test_call_between_two_processes_carries_tones_and_dtmf(tmp_path, tones):
    tone440, tone880 = tones
    callee_rec, caller_rec = tmp_path / "callee_in.wav", tmp_path / "caller_in.wav"
    callee = Peer("--role", "callee", "--play", str(tone880), "--record", str(callee_rec))
    caller = None
    try:
        port = ready_port(callee)

        # garbage on the SIP port must not hurt: the peer still answers OPTIONS ...
        reply = send_garbage_then_probe(port)
        assert reply.startswith("SIP/2.0 200"), reply
        assert callee.proc.poll() is None

        # ... and still takes the call
        caller = Peer(
            "--role", "caller",
            "--target", f"sip:callee@127.0.0.1:{port}",
            "--play", str(tone440),
            "--record", str(caller_rec),
            "--seconds", "2",
            "--dtmf", "1#",
        )  # fmt: skip
        ready_port(caller)
        callee.expect("INCOMING")
        caller.expect("CONFIRMED")
        callee.expect("CONFIRMED")
        assert callee.expect("DTMF").split("=")[1] == "1"
        assert callee.expect("DTMF").split("=")[1] == "#"
        caller.expect("DISCONNECTED", timeout=10)
        callee.expect("DISCONNECTED", timeout=10)
        assert caller.wait() == 0, caller.stderr[-20:]
        assert callee.wait() == 0, callee.stderr[-20:]
        caller.expect("DONE", timeout=2)
        callee.expect("DONE", timeout=2)
    finally:
        callee.stop()
        if caller is not None:
            caller.stop()

    for rec in (callee_rec, caller_rec):  # clean shutdown closed the recorders: headers valid
        with wave.open(str(rec)) as w:
            assert w.getnframes() > 0 and w.getframerate() in (8000, 16000)
    at_callee, rate = read_wav(callee_rec)
    at_caller, rate2 = read_wav(caller_rec)
    assert len(at_callee) / rate > 1.0 and len(at_caller) / rate2 > 1.0
    assert detect_tone(at_callee, 440, rate), dominant_frequencies(at_callee, rate)
    assert not detect_tone(at_callee, 880, rate), dominant_frequencies(at_callee, rate)
    assert detect_tone(at_caller, 880, rate2), dominant_frequencies(at_caller, rate2)
    assert not detect_tone(at_caller, 440, rate2), dominant_frequencies(at_caller, rate2)
