"""A tiny SIP peer process for tests: one pjsua2 endpoint on 127.0.0.1.

    python -m tests.support.sip_peer --role callee --port 0 --play 880.wav --record in.wav
    python -m tests.support.sip_peer --role caller --target sip:x@127.0.0.1:N --play 440.wav \
        --record in.wav --seconds 2

Prints machine-readable lines on stdout (flushed): `READY port=N tls=N uri=URI`,
`INCOMING from=URI to=URI`, `RINGING` (the caller got a 180), `HEADER name=value` (each X- header of an incoming INVITE,
name lower-cased), `CONFIRMED` (then `CLOCK confirmed=T`, the wall-clock time, which is
where `--record` starts, and `MEDIA srtp=0|1`: is the audio encrypted, ``--srtp``), `DTMF digit=D`, `DISCONNECTED status=N`, `DONE`; `--name` sets
the user part of the peer's URI (its From). The callee answers the first call (after
`--answer-delay` seconds of ringing) and exits after it ends; `--busy K` turns the first
K calls away with 486 first, and `--calls N` waits for N calls (answered, rung out or
turned away) before it exits: a citizen called back who is busy, then answers the
retry. The caller hangs up after `--seconds` of connected audio. With `--commands`, lines on stdin steer the call:
`HANGUP`, `DTMF <digits>` (RFC 2833), `INFO <digits>` (SIP INFO), `HOLD`/`UNHOLD`
(re-INVITE). Exit code 0 only after a
clean shutdown with a call that got confirmed; 2 if no call was confirmed, 3 on timeout.
"""

from __future__ import annotations

import argparse
import os
import select
import sys
import time

import pjsua2 as pj

from shared.sip_engine import EngineCall, SipEngine


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


class StdinCommands:
    """Non-blocking line reader on fd 0 (the pump loop must never block on stdin)."""

    def __init__(self) -> None:
        self._buf = b""
        self._open = True

    def poll(self) -> list[str]:
        if not self._open or not select.select([0], [], [], 0)[0]:
            return []
        data = os.read(0, 4096)
        if not data:
            self._open = False
            return []
        self._buf += data
        *lines, self._buf = self._buf.split(b"\n")
        return [line.decode().strip() for line in lines if line.strip()]


def media_is_srtp(call: EngineCall) -> bool:
    """Whether the call's audio runs over SRTP (the transport pjmedia reports)."""
    try:
        return "SRTP status: Active" in call.dump(True, "")
    except pj.Error:
        return False


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--role", choices=["callee", "caller"], required=True)
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--host", default="127.0.0.1", help="our address (127.0.0.2: another source)")
    ap.add_argument("--tcp", action="store_true", help="SIP over TCP too (;transport=tcp targets)")
    ap.add_argument("--name", default="", help="user part of our URI (default: the role)")
    ap.add_argument("--target", default="")
    ap.add_argument("--play", default="")
    ap.add_argument("--record", default="")
    ap.add_argument("--seconds", type=float, default=2.0)
    ap.add_argument("--dtmf", default="", help="caller: digits to send 0.5 s after CONFIRMED")
    ap.add_argument(
        "--dtmf-info", default="", help="caller: digits to send by SIP INFO 1 s after CONFIRMED"
    )
    ap.add_argument("--answer-delay", type=float, default=0.0, help="callee: ring this long")
    ap.add_argument("--busy", type=int, default=0, help="callee: refuse the first K calls (486)")
    ap.add_argument("--calls", type=int, default=1, help="callee: exit after this many calls")
    ap.add_argument("--commands", action="store_true", help="read HANGUP/DTMF/INFO on stdin")
    ap.add_argument(
        "--no-vad",
        action="store_true",
        help="send steadily: pjsua's VAD drops steady tones for ~0.4 s a few seconds in",
    )
    ap.add_argument("--timeout", type=float, default=15.0, help="give up after this long")
    ap.add_argument(
        "--header",
        action="append",
        default=[],
        metavar="NAME:VALUE",
        help="caller: an extra INVITE header (repeatable)",
    )
    ap.add_argument("--srtp", default="off", choices=["off", "optional", "mandatory"])
    ap.add_argument("--tls-cert", default="", help="also listen on SIP-TLS with this (PEM)")
    ap.add_argument("--tls-key", default="")
    args = ap.parse_args(argv)

    engine = SipEngine(args.name or args.role)
    engine.start(
        args.port, host=args.host, tcp=args.tcp, srtp=args.srtp,
        tls_cert=args.tls_cert, tls_key=args.tls_key,
    )  # fmt: skip
    if args.no_vad:
        ep = pj.Endpoint.instance()
        for codec in ep.codecEnum2():
            param = ep.codecGetParam(codec.codecId)
            param.setting.vad = False
            ep.codecSetParam(codec.codecId, param)
    say(f"READY port={engine.port} tls={engine.tls_port} uri={engine.uri}")

    confirmed_at: list[float] = []
    ended: list[int] = []
    refused: list[int] = []  # calls turned away as busy (--busy)
    to_answer: list[tuple[float, EngineCall]] = []

    def setup_media(call: EngineCall) -> None:
        if args.play:
            call.play_wav(args.play)
        if args.record:
            call.record_to(args.record)

    def on_state(call: EngineCall, state: str) -> None:
        if state == "confirmed":
            confirmed_at.append(time.monotonic())
            say("CONFIRMED")
            say(f"CLOCK confirmed={time.time():.3f}")
            say(f"MEDIA srtp={int(media_is_srtp(call))}")
        elif state == "early" and call.last_status == 180:
            say("RINGING")
        elif state == "disconnected":
            ended.append(call.last_status)
            say(f"DISCONNECTED status={call.last_status}")

    def on_incoming(call: EngineCall) -> None:
        ci = call.getInfo()
        via = call.headers.get("via", "").split(" ", 1)[0]  # e.g. SIP/2.0/TLS
        say(f"INCOMING from={call.remote_uri} to={ci.localUri} ruri={call.request_uri} via={via}")
        for name, value in sorted(call.headers.items()):
            if name.startswith("x-"):
                say(f"HEADER {name}={value}")
        if engine.calls and len(engine.calls) > 1:
            call.hangup(486)
            return
        if len(refused) < args.busy:
            refused.append(486)
            say("BUSY")
            call.hangup(486)
            return
        call.on_state = on_state
        setup_media(call)
        call.answer(180)
        if args.answer_delay > 0:
            to_answer.append((time.monotonic() + args.answer_delay, call))
        else:
            call.answer(200)

    engine.on_incoming_call = on_incoming
    engine.on_dtmf = lambda call, digit: say(f"DTMF digit={digit}")

    call = None
    if args.role == "caller":
        headers = dict(h.split(":", 1) for h in args.header if ":" in h)
        call = engine.call(args.target, {k.strip(): v.strip() for k, v in headers.items()})
        call.on_state = on_state
        setup_media(call)

    commands = StdinCommands() if args.commands else None
    dtmf, dtmf_info = args.dtmf, args.dtmf_info
    deadline = time.monotonic() + args.timeout
    rc = 3
    while time.monotonic() < deadline:
        engine.pump(10)
        now = time.monotonic()
        while to_answer and now >= to_answer[0][0]:
            ringing = to_answer.pop(0)[1]
            if ringing.state != "disconnected":
                ringing.answer(200)
            ringing = None
        current = next(iter(engine.calls.values()), None)
        for line in commands.poll() if commands else []:
            verb, _, rest = line.partition(" ")
            if current is None:
                say(f"NOCALL {line}")
            elif verb == "HANGUP":
                current.hangup()
            elif verb == "DTMF":
                current.send_dtmf(rest)
            elif verb == "INFO":
                current.dial_info(rest)
            elif verb == "HOLD":  # re-INVITE with sendonly media: the far end sees REMOTE_HOLD
                current.setHold(pj.CallOpParam(True))
            elif verb == "UNHOLD":
                prm = pj.CallOpParam(True)
                prm.opt.flag = pj.PJSUA_CALL_UNHOLD
                current.reinvite(prm)
        if call is not None and confirmed_at and not ended:
            elapsed = now - confirmed_at[0]
            if dtmf and elapsed >= 0.5:
                call.send_dtmf(dtmf)
                dtmf = ""
            if dtmf_info and elapsed >= 1.0:
                call.dial_info(dtmf_info)
                dtmf_info = ""
            if elapsed >= args.seconds:
                call.hangup()
        if ended and not engine.calls and len(ended) + len(refused) >= args.calls:
            rc = 0 if confirmed_at else 2
            break
    call = current = None  # drop our references before shutdown
    to_answer.clear()
    engine.shutdown()
    say("DONE")
    return rc


if __name__ == "__main__":
    sys.exit(main())
