"""A tiny SIP peer process for tests: one pjsua2 endpoint on 127.0.0.1.

    python -m tests.support.sip_peer --role callee --port 0 --play 880.wav --record in.wav
    python -m tests.support.sip_peer --role caller --target sip:x@127.0.0.1:N --play 440.wav \
        --record in.wav --seconds 2

Prints machine-readable lines on stdout (flushed): `READY port=N uri=URI`, `INCOMING`,
`CONFIRMED`, `DTMF digit=D`, `DISCONNECTED status=N`, `DONE`. The callee answers the first call and exits
after it ends; the caller hangs up after `--seconds` of connected audio. Exit code 0 only
after a clean shutdown with a call that got confirmed; 2 if no call was confirmed, 3 on
timeout.
"""

from __future__ import annotations

import argparse
import sys
import time

from softphone.engine import EngineCall, SipEngine


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--role", choices=["callee", "caller"], required=True)
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--target", default="")
    ap.add_argument("--play", default="")
    ap.add_argument("--record", default="")
    ap.add_argument("--seconds", type=float, default=2.0)
    ap.add_argument("--dtmf", default="", help="caller: digits to send 0.5 s after CONFIRMED")
    ap.add_argument("--timeout", type=float, default=15.0, help="give up after this long")
    args = ap.parse_args(argv)

    engine = SipEngine(args.role)
    engine.start(args.port)
    say(f"READY port={engine.port} uri={engine.uri}")

    confirmed_at: list[float] = []
    ended: list[int] = []

    def setup_media(call: EngineCall) -> None:
        if args.play:
            call.play_wav(args.play)
        if args.record:
            call.record_to(args.record)

    def on_state(call: EngineCall, state: str) -> None:
        if state == "confirmed":
            confirmed_at.append(time.monotonic())
            say("CONFIRMED")
        elif state == "disconnected":
            ended.append(call.last_status)
            say(f"DISCONNECTED status={call.last_status}")

    def on_incoming(call: EngineCall) -> None:
        say(f"INCOMING from={call.remote_uri}")
        if engine.calls and len(engine.calls) > 1:
            call.hangup(486)
            return
        call.on_state = on_state
        setup_media(call)
        call.answer(180)
        call.answer(200)

    engine.on_incoming_call = on_incoming
    engine.on_dtmf = lambda call, digit: say(f"DTMF digit={digit}")

    call = None
    if args.role == "caller":
        call = engine.call(args.target)
        call.on_state = on_state
        setup_media(call)

    dtmf = args.dtmf
    deadline = time.monotonic() + args.timeout
    rc = 3
    while time.monotonic() < deadline:
        engine.pump(10)
        if call is not None and confirmed_at and not ended:
            elapsed = time.monotonic() - confirmed_at[0]
            if dtmf and elapsed >= 0.5:
                call.send_dtmf(dtmf)
                dtmf = ""
            if elapsed >= args.seconds:
                call.hangup()
        if ended and not engine.calls:
            rc = 0 if confirmed_at else 2
            break
    call = None  # drop our reference before shutdown
    engine.shutdown()
    say("DONE")
    return rc


if __name__ == "__main__":
    sys.exit(main())
