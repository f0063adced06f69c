"""Simulated citizens who phone the city: dial, pick a menu option, wait, talk, hang up.

One process, one pjsua2 endpoint (pumped from the asyncio loop), up to four calls at a
time (pjsua2's limit per endpoint; start more processes for more). Each call:

- dials ``--target`` (the switch's front door, which redirects to a room: followed) with
  a caller number from the pool as the From user part, so the city's history shows
  repeat callers (``--number-pool 0``: a new number for every call);
- presses a random digit of ``--digit-choices`` ``--dtmf-delay`` seconds after the room
  answers (the menu stops at the first digit);
- plays ``--play`` to the far side (looping) and records what it hears into
  ``--record-dir/call-<n>-<number>.wav``;
- ends when the far side hangs up, after ``--max-call`` seconds in all, or when its
  ``--patience`` runs out before an agent spoke (an abandoned call, if it was queued).

Audio is G.711 at 8 kHz like the rooms', and pjsua's voice activity detection is off
unless ``--vad`` (it cuts a steady test tone for ~0.4 s a few seconds in).

The bot cannot see the server, so "an agent answered" is known only from the audio: with
``--agent-tone HZ`` (what the agents play) the call's recording is watched for that tone
(``AGENT`` line) and the bot hangs up ``--talk`` seconds later; without it, patience
counts from dialling to the end, and ``--talk`` cannot apply.

    python -m shared.demo.phone_citizens --target sip:city@127.0.0.1:5060 --calls 10 \\
        --concurrent 2 --interval 3 --digit-choices 123 --max-call 60

Prints one line per event on stdout, ``time.time()`` in ``at=``: ``READY``,
``DIALING n= number= at=``, ``CONFIRMED n= at=``, ``DTMF n= digit= at=``,
``AGENT n= at=``, ``STATS n= ...`` (the received RTP stream's loss and jitter, for calls
we hang up), ``ENDED n= number= status= seconds= [talked=] by=far|us [reason=]``, ``DONE``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import logging
import random
import shutil
import signal
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pjsua2 as pj

from shared.sip_engine import EngineCall, SipEngine, SipError
from shared.tones import detect_tone

log = logging.getLogger(__name__)

MAX_CONCURRENT = 4  # pjsua2's default maxCalls per endpoint
WATCH_EVERY = 0.25  # seconds between looks at a recording for the agent's tone
WATCH_WINDOW = 0.5  # seconds of audio looked at each time
WAV_HEADER = 44  # pjmedia's WAV writer: plain 44-byte RIFF header


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def wav_tail(path: Path, seconds: float) -> tuple[np.ndarray, int]:
    """The last ``seconds`` of a WAV that a recorder is still writing (header not final)."""
    try:
        with open(path, "rb") as f:
            head = f.read(WAV_HEADER)
            if len(head) < WAV_HEADER or head[:4] != b"RIFF":
                return np.zeros(0), 8000
            rate = int.from_bytes(head[24:28], "little") or 8000
            size = f.seek(0, 2)
            want = int(seconds * rate) * 2
            start = max(WAV_HEADER, size - want)
            start -= (start - WAV_HEADER) % 2
            f.seek(start)
            raw = f.read(size - start)
    except OSError:
        return np.zeros(0), 8000
    raw = raw[: len(raw) // 2 * 2]
    return np.frombuffer(raw, dtype="<i2").astype(np.float64) / 32768.0, rate


@dataclass(eq=False)
class CitizenCall:
    n: int
    number: str
    call: EngineCall
    dialled_at: float
    record: Path | None = None
    confirmed_at: float | None = None
    agent_at: float | None = None
    ended_by_us: str = ""  # why we hung up ("" = the far side did)
    tone_hits: int = 0
    timers: list[asyncio.TimerHandle] = field(default_factory=list)

    def cancel_timers(self) -> None:
        for timer in self.timers:
            timer.cancel()
        self.timers.clear()


class PhoneCitizens:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.engine = SipEngine("citizen")
        self.rng = random.Random(args.seed)
        self.stop = asyncio.Event()
        self.active: dict[int, CitizenCall] = {}  # n -> call in progress
        self.changed = asyncio.Event()  # a call ended
        self.placed = 0
        self._tmp: str | None = None
        self._watch: asyncio.Task | None = None

    # ------------------------------------------------------------------ lifecycle

    async def run(self) -> None:
        args = self.args
        self.engine.start(
            args.port,
            clock_rate=args.clock_rate,
            rtp_port=args.rtp_port,
            rtp_port_range=args.rtp_port_range if args.rtp_port else 0,
        )
        if not args.vad:
            self.engine.configure_codecs(vad=False)
        if args.record_dir:
            Path(args.record_dir).mkdir(parents=True, exist_ok=True)
        elif args.agent_tone:
            self._tmp = tempfile.mkdtemp(prefix="phone-citizens-")  # to listen for the agent
        loop = asyncio.get_running_loop()
        pump = loop.create_task(self.engine.pump_forever())
        if args.agent_tone:
            self._watch = loop.create_task(self._watch_for_agents())
        say(f"READY port={self.engine.port} concurrent={args.concurrent}")
        try:
            await self._dial_loop()
            while self.active and not self.stop.is_set():  # let the last calls finish
                await self._wait_change(1.0)
        finally:
            await self._shutdown(pump)
            say("DONE")

    async def _dial_loop(self) -> None:
        args = self.args
        while not self.stop.is_set() and (args.calls == 0 or self.placed < args.calls):
            while len(self.active) >= args.concurrent and not self.stop.is_set():
                await self._wait_change(1.0)
            if self.stop.is_set():
                return
            self._place()
            if args.calls and self.placed >= args.calls:
                return
            gap = self.rng.expovariate(1.0 / args.interval) if args.interval > 0 else 0.0
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.stop.wait(), gap)

    async def _wait_change(self, timeout: float) -> None:
        self.changed.clear()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.changed.wait(), timeout)

    async def _shutdown(self, pump: asyncio.Task) -> None:
        for cc in list(self.active.values()):
            self._hang_up(cc, "stopped")
        cc = None
        # Let the pump end and reap every call: SipEngine.shutdown() must find none left,
        # or its loop variable keeps the last call alive past libDestroy() (an abort).
        engine = self.engine
        deadline = time.monotonic() + 3.0
        while (engine.calls or engine._to_reap) and time.monotonic() < deadline:
            await asyncio.sleep(0.02)
        if self._watch is not None:
            self._watch.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._watch
        pump.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await pump
        for cc in self.active.values():
            cc.cancel_timers()
        self.active.clear()
        cc = None
        for call in list(engine.calls.values()) + engine._to_reap:  # timed out: drop now
            engine._drop(call)
        engine._to_reap.clear()
        call = None
        gc.collect()
        engine.shutdown()
        if self._tmp:
            shutil.rmtree(self._tmp, ignore_errors=True)

    # ------------------------------------------------------------------ calls

    def _number(self) -> str:
        start, pool = self.args.number_start, self.args.number_pool
        if pool <= 0:
            return str(start + self.placed)  # before this call counts
        return str(start + self.rng.randrange(pool))

    def _place(self) -> None:
        args = self.args
        number = self._number()
        n = self.placed = self.placed + 1

        call = EngineCall(self.engine)
        prm = pj.CallOpParam(True)
        # The From of this call only (the account's idUri is the process's own):
        prm.txOption.localUri = f"sip:{number}@{self.engine.host}:{self.engine.port}"
        folder = args.record_dir or self._tmp
        record = Path(folder) / f"call-{n:04d}-{number}.wav" if folder else None
        cc = CitizenCall(n, number, call, time.time(), record)
        # no reference from the call back to cc: a cycle through a SWIG director is not
        # collected before libDestroy(), and its late destructor aborts the process
        call.on_state = lambda c, state, n=n: self._on_state(n, state)
        if args.play:
            call.play_wav(args.play)
        if record is not None:
            call.record_to(record)
        say(f"DIALING n={n} number={number} at={cc.dialled_at:.3f}")
        self.active[n] = cc
        try:
            call.makeCall(args.target, prm)
        except pj.Error as exc:
            del self.active[n]
            reason = exc.reason.replace(" ", "_")
            say(f"ENDED n={n} number={number} status=0 seconds=0 by=us reason={reason}")
            call._release_media()
            return
        self.engine.calls[call.getId()] = call
        loop = asyncio.get_running_loop()
        if args.patience > 0:
            cc.timers.append(loop.call_later(args.patience, self._patience_over, cc))
        if args.max_call > 0:
            cc.timers.append(loop.call_later(args.max_call, self._hang_up, cc, "max_call"))

    def _on_state(self, n: int, state: str) -> None:
        cc = self.active.get(n)
        if cc is None:
            return
        loop = asyncio.get_running_loop()
        if state == "confirmed" and cc.confirmed_at is None:
            cc.confirmed_at = time.time()
            say(f"CONFIRMED n={cc.n} at={cc.confirmed_at:.3f}")
            if self.args.digit_choices:
                digit = self.rng.choice(self.args.digit_choices)
                cc.timers.append(loop.call_later(self.args.dtmf_delay, self._press, cc, digit))
        elif state == "disconnected":
            cc.cancel_timers()
            self.active.pop(cc.n, None)
            self.changed.set()
            seconds = time.time() - cc.dialled_at
            talked = f" talked={time.time() - cc.agent_at:.2f}" if cc.agent_at else ""
            by = f"us reason={cc.ended_by_us}" if cc.ended_by_us else "far"
            say(
                f"ENDED n={cc.n} number={cc.number} status={cc.call.last_status}"
                f" seconds={seconds:.2f}{talked} by={by}"
            )

    def _press(self, cc: CitizenCall, digit: str) -> None:
        if cc.call.state != "confirmed":
            return
        try:
            cc.call.send_dtmf(digit)
        except SipError as exc:
            say(f"ERROR n={cc.n} dtmf {exc}")
            return
        say(f"DTMF n={cc.n} digit={digit} at={time.time():.3f}")

    def _patience_over(self, cc: CitizenCall) -> None:
        if cc.agent_at is None:  # still waiting (or no way to tell): give up
            self._hang_up(cc, "patience")

    def _hang_up(self, cc: CitizenCall, reason: str) -> None:
        if cc.call.state != "disconnected":
            cc.ended_by_us = cc.ended_by_us or reason
            self._report_stats(cc)
            cc.call.hangup()

    def _report_stats(self, cc: CitizenCall) -> None:
        """``STATS`` of the received audio stream, while it still exists (our hang-up)."""
        if cc.call.state != "confirmed" or cc.call.audio is None:
            return
        try:
            ss = cc.call.getStreamStat(0)  # keep the SWIG results in locals
        except pj.Error:
            return
        rtcp, jb = ss.rtcp, ss.jbuf
        rx = rtcp.rxStat
        jitter = rx.jitterUsec
        say(
            f"STATS n={cc.n} rx_packets={rx.pkt} lost={rx.loss} discarded={rx.discard}"
            f" jitter_ms={jitter.mean / 1000:.2f} jitter_max_ms={jitter.max / 1000:.2f}"
            f" jb_lost={jb.lost} jb_discarded={jb.discard} jb_empty={jb.empty}"
        )

    async def _watch_for_agents(self) -> None:
        """Look at the tail of each waiting call's recording for the agents' tone."""
        freq = self.args.agent_tone
        while True:
            await asyncio.sleep(WATCH_EVERY)
            for cc in list(self.active.values()):
                if cc.agent_at is not None or cc.confirmed_at is None or cc.record is None:
                    continue
                samples, rate = wav_tail(cc.record, WATCH_WINDOW)
                if samples.size < rate * WATCH_WINDOW * 0.9:
                    continue
                hit = detect_tone(samples, freq, rate, min_snr_db=20)
                cc.tone_hits = cc.tone_hits + 1 if hit else 0
                if cc.tone_hits >= 2:  # twice running: not a note of the hold music
                    cc.agent_at = time.time() - WATCH_EVERY - WATCH_WINDOW
                    say(f"AGENT n={cc.n} at={cc.agent_at:.3f}")
                    if self.args.talk > 0:
                        cc.timers.append(
                            asyncio.get_running_loop().call_later(
                                self.args.talk, self._hang_up, cc, "talked"
                            )
                        )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m shared.demo.phone_citizens",
        description="Simulated citizens phoning the city's SIP number.",
    )
    ap.add_argument("--target", required=True, help="e.g. sip:city@127.0.0.1:5060")
    ap.add_argument("--calls", type=int, default=1, help="calls in all (0: until stopped)")
    ap.add_argument("--concurrent", type=int, default=1, help="at most this many at once (<= 4)")
    ap.add_argument("--interval", type=float, default=5.0, help="mean seconds between new calls")
    ap.add_argument("--digit-choices", default="123456", help="menu digits to choose from")
    ap.add_argument("--dtmf-delay", type=float, default=1.0, help="seconds after the answer")
    ap.add_argument("--play", default="", help="WAV the caller says (looped)")
    ap.add_argument("--record-dir", default="", help="record each call's received audio here")
    ap.add_argument("--agent-tone", type=float, default=0.0, help="Hz the agents play")
    ap.add_argument("--talk", type=float, default=0.0, help="hang up this long after the agent")
    ap.add_argument("--patience", type=float, default=0.0, help="give up without an agent after")
    ap.add_argument("--max-call", type=float, default=300.0, help="hang up after this (0: never)")
    ap.add_argument("--number-start", type=int, default=600100200, help="first caller number")
    ap.add_argument("--number-pool", type=int, default=20, help="numbers (0: new each call)")
    ap.add_argument("--port", type=int, default=0, help="our SIP port (0: any)")
    ap.add_argument("--rtp-port", type=int, default=0, help="first RTP port (0: pjsua's)")
    ap.add_argument("--rtp-port-range", type=int, default=40)
    ap.add_argument("--clock-rate", type=int, default=8000)
    ap.add_argument("--vad", action="store_true", help="keep pjsua's voice activity detection")
    ap.add_argument("--seed", type=int, default=None)
    args = ap.parse_args(argv)
    if not 1 <= args.concurrent <= MAX_CONCURRENT:
        ap.error(f"--concurrent must be 1..{MAX_CONCURRENT} (one pjsua2 endpoint)")
    if args.talk > 0 and not args.agent_tone:
        ap.error("--talk needs --agent-tone: the bot hears the agent only by their tone")
    if args.digit_choices and not set(args.digit_choices) <= set("0123456789*#"):
        ap.error("--digit-choices: DTMF digits only")
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    citizens = PhoneCitizens(args)

    async def run() -> None:
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, citizens.stop.set)
        await citizens.run()

    asyncio.run(run())
    return 0


if __name__ == "__main__":
    sys.exit(main())
