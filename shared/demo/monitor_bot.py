"""A headless supervisor with a softphone: monitors calls on command (tests, benchmark).

One process, one pjsua2 endpoint pumped from the asyncio loop. The supervisor logs in,
registers the endpoint as their softphone and waits for lines on stdin:

    MONITOR <interaction> <listen|whisper|barge>   monitor.start (the phone rings)
    MONITOR @<agent> <mode>                        ... the agent's live interaction
    MODE <listen|whisper|barge>                    monitor.set_mode
    STOP                                           monitor.stop
    TAKEOVER                                       monitor.take_over: the call is ours
    CLOSE                                          interaction.close (what we took over)
    HANGUP                                         hang the supervisor's phone up

Like the agent app, the phone answers only the INVITE that carries the secret of the
monitoring it asked for (``X-CC-Offer``), at once; it plays ``--play`` (what the
supervisor says) and records what it hears into ``--record-dir/<interaction>.wav``.

Prints ``READY``, ``REQUEST at=`` (just before monitor.start goes out), ``STARTED``,
``RINGING at=`` (the INVITE arrived), ``ANSWERED at=``, ``CHANGED mode= phone=
stopped= reason=``, ``ENDED``, ``REFUSED``, ``OK <VERB>``/``ERROR <VERB> code=``,
``CLOSED`` (what we took over ended).

    python -m shared.demo.monitor_bot --url ws://127.0.0.1:8765/ws --user sam --play 1k.wav
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import hmac
import logging
import signal
import sys
import time
from pathlib import Path

from shared import protocol as p
from shared.client import Client
from shared.contracts import INTERACTION_HEADER, OFFER_HEADER
from shared.demo import data
from shared.sip_engine import EngineCall, SipEngine

log = logging.getLogger(__name__)

HOLD_SECONDS = 2.0  # an INVITE may come this long before the reply with its secret


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def now() -> str:
    return f"{time.time():.3f}"


class MonitorBot:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.engine = SipEngine("supervisor")
        self.client: Client | None = None
        self.iid = ""  # the interaction monitored (or asked for)
        self.owned = ""  # the interaction we took over
        self.secret = ""
        self.call: EngineCall | None = None
        self.agents: dict[str, list[str]] = {}  # agent -> their interactions (wallboard)
        self.stop = asyncio.Event()

    async def run(self) -> None:
        self.engine.start(0, clock_rate=self.args.clock_rate)
        self.engine.configure_codecs(vad=False)  # VAD would cut a steady tone
        self.engine.on_incoming_call = self._on_incoming
        pump = asyncio.get_running_loop().create_task(self.engine.pump_forever())
        try:
            self.client = Client(
                self.args.url, self.args.user, self.args.password,
                on_event=self._on_event, client_name="demo-monitor-bot", max_backoff=2.0,
            )  # fmt: skip
            await self.client.connect()
            uri = f"sip:{self.args.user}@{self.engine.host}:{self.engine.port}"
            await self.client.request(p.RegisterPhone(id=0, uri=uri))
            snap = await self.client.request(p.Subscribe(id=0))
            self._agents(snap.agents)
            reader = asyncio.get_running_loop().create_task(self._read_commands())
            say(f"READY port={self.engine.port} user={self.args.user}")
            await self.stop.wait()
            reader.cancel()
        finally:
            if self.call is not None:
                self.call.hangup()
            if self.client is not None:
                await self.client.close()
            await asyncio.sleep(0.2)
            pump.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await pump
            self.call = None
            self.engine.shutdown()
            say("DONE")

    def _agents(self, agents: list[p.AgentStatus]) -> None:
        for a in agents:
            self.agents[a.username] = list(a.interactions)

    def _on_event(self, msg) -> None:
        if isinstance(msg, p.WallboardUpdate):
            self._agents(msg.agents)
        elif isinstance(msg, p.MonitorChanged):
            m = msg.monitor
            say(
                f"CHANGED interaction={m.interaction_id} mode={m.mode} phone={m.phone or '-'}"
                f" stopped={int(msg.stopped)} reason={msg.reason or '-'} at={now()}"
            )
            if msg.stopped and m.interaction_id == self.iid:
                self.iid, self.secret = "", ""
        elif isinstance(msg, p.InteractionClosed):
            say(
                f"CLOSED interaction={msg.interaction_id} wrapup={int(msg.wrapup_required)}"
                f" reason={msg.reason or '-'} at={now()}"
            )

    async def _read_commands(self) -> None:
        loop = asyncio.get_running_loop()
        reader = asyncio.StreamReader()
        await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
        while line := await reader.readline():
            if text := line.decode(errors="replace").strip():
                await self._command(text)
        self.stop.set()

    async def _command(self, text: str) -> None:
        verb, _, rest = text.partition(" ")
        verb = verb.upper()
        args = rest.split()
        assert self.client is not None
        try:
            if verb == "MONITOR":
                target, mode = args[0], (args[1] if len(args) > 1 else "listen")
                if target.startswith("@"):
                    live = self.agents.get(target[1:], [])
                    if not live:
                        raise p.ProtocolError("not_found", f"{target[1:]} has no conversation")
                    target = live[0]
                self.iid = target
                say(f"REQUEST interaction={target} at={now()}")
                reply = await self.client.request(
                    p.StartMonitor(id=0, interaction_id=target, mode=mode)
                )
                self.secret = reply.phone_secret
                say(f"STARTED interaction={target} mode={reply.monitor.mode} at={now()}")
            elif verb == "MODE":
                await self.client.request(
                    p.SetMonitorMode(id=0, interaction_id=self.iid, mode=args[0])
                )
                say(f"OK MODE mode={args[0]} at={now()}")
            elif verb == "STOP":
                await self.client.request(p.StopMonitor(id=0, interaction_id=self.iid))
                say(f"OK STOP at={now()}")
            elif verb == "TAKEOVER":
                owned = self.iid
                reply = await self.client.request(p.TakeOver(id=0, interaction_id=owned))
                self.owned = owned
                say(f"OK TAKEOVER interaction={owned} owner={reply.interaction.agent} at={now()}")
            elif verb == "CLOSE":
                await self.client.request(p.CloseInteraction(id=0, interaction_id=self.owned))
                say(f"OK CLOSE at={now()}")
            elif verb == "HANGUP":
                if self.call is not None:
                    self.call.hangup()
                say(f"OK HANGUP at={now()}")
            else:
                raise p.ProtocolError("invalid_format", f"unknown command {verb!r}")
        except p.ProtocolError as exc:
            say(f"ERROR {verb} code={exc.code} {exc.message}")
        except (IndexError, TimeoutError) as exc:
            say(f"ERROR {verb} code=invalid_format {exc!r}")

    # ------------------------------------------------------------------ SIP

    def _on_incoming(self, call: EngineCall) -> None:
        iid = call.headers.get(INTERACTION_HEADER.lower(), "")
        secret = call.headers.get(OFFER_HEADER.lower(), "")
        say(f"RINGING interaction={iid or '-'} at={now()}")
        self._gate(call, iid, secret, asyncio.get_running_loop().time() + HOLD_SECONDS)

    def _gate(self, call: EngineCall, iid: str, secret: str, until: float) -> None:
        if call.state == "disconnected":
            return
        loop = asyncio.get_running_loop()
        if iid == self.iid and not self.secret and loop.time() < until:
            loop.call_later(0.02, self._gate, call, iid, secret, until)  # the reply comes
            return
        if (
            not self.secret
            or iid != self.iid
            or not hmac.compare_digest(secret.encode(), self.secret.encode())
            or self.call is not None
        ):
            say(f"REFUSED interaction={iid or '-'} at={now()}")
            call.hangup(403)
            return
        self.secret = ""  # used
        self.call = call
        call.on_state = lambda c, state: self._on_state(iid, c, state)
        if self.args.play:
            call.play_wav(self.args.play)
        if self.args.record_dir:
            Path(self.args.record_dir).mkdir(parents=True, exist_ok=True)
            call.record_to(Path(self.args.record_dir) / f"{iid}.wav")
        call.answer(200)

    def _on_state(self, iid: str, call: EngineCall, state: str) -> None:
        if state == "confirmed":
            say(f"ANSWERED interaction={iid} at={now()}")
        elif state == "disconnected":
            if self.call is call:
                self.call = None
            say(f"ENDED interaction={iid} status={call.last_status} at={now()}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m shared.demo.monitor_bot")
    ap.add_argument("--url", required=True)
    ap.add_argument("--user", default=data.DEMO_SUPERVISOR)
    ap.add_argument("--password", default=data.DEMO_PASSWORD)
    ap.add_argument("--play", default="", help="WAV the supervisor says")
    ap.add_argument("--record-dir", default="", help="record what the supervisor hears here")
    ap.add_argument("--clock-rate", type=int, default=8000)
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    bot = MonitorBot(args)

    async def run() -> None:
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, bot.stop.set)
        await bot.run()

    asyncio.run(run())
    return 0


if __name__ == "__main__":
    sys.exit(main())
