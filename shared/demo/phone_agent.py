"""Simulated agents with a softphone: take calls from the switch, talk, hang up, wrap up.

One process, one pjsua2 endpoint (pumped from the asyncio loop), any number of agents:
each logs in, tells the server the endpoint's SIP contact and goes available. The room
rings the endpoint with the interaction id in an ``X-CC-Interaction`` header, which
names the agent whose offer it is, and the offer's secret in ``X-CC-Offer``: like the
agent app, the bot rings only for an INVITE with the secret of an offer it was sent
over its websocket (the newest one that comes before its offer is held, without 180,
up to ``HOLD_SECONDS``); any other is refused at once with 403 (``REFUSED`` on stdout):
pjsua takes only four calls at once, so nothing it will not ring may sit in a slot. The bot answers after ``answer_after`` seconds
(never, with ``--no-answer``: the ring-no-answer case), plays ``--play`` to the caller,
records what it hears into ``--record-dir/<interaction>.wav``, hangs up after ``--talk``
seconds (0: waits for the caller) and submits the wrap-up.

    python -m shared.demo.phone_agent --url ws://127.0.0.1:8765/ws --user bartek \\
        --play tone-880.wav --talk 4

Experts (ewa, filip) run the same way: they take no first-line calls, so what rings for
them is a colleague's consultation, a call transferred to their department, or a
callback to place; they answer it like any call (``--decline``: every call is refused on
the phone, 486, the way a busy expert presses "decline").

The second line, on a call the bot answered, is steered by lines on stdin
(``--commands``), one request each, for the bot's one call in progress:

    CONSULT <department>         consult.request (the caller hears music)
    CONSULT_EXPERT <username>    consult.request of one person
    MERGE | COMPLETE | CANCEL    consult.merge / consult.complete / consult.cancel
    TRANSFER <department>        interaction.transfer (blind)
    LEAVE                        interaction.leave (a consulted expert goes)
    RETURN                       interaction.return (signing off: hand the call back)
    HOLD | UNHOLD                call.hold (the caller hears music) / back
    CALLBACK <number> <department>  callback.request for the call in progress (which it
                                 ends for the agent); with no call, a new callback
    HANGUP                       hang the call up on the phone
    AVAILABLE | NOT_READY        presence of every agent of the process

``@user`` before a command picks the agent when the process has several.

Prints one line per event on stdout (``READY``, ``OFFER``, ``RINGING``, ``ANSWERED``,
``ENDED``, ``WRAPPED``; ``ASSIGNED``, ``CLOSED``, ``CONSULT_<STATE>`` for what the server
pushes about a consultation: ``CONSULT_QUEUED``, ``CONSULT_RINGING``,
``CONSULT_CONNECTED``, ``CONSULT_MERGED``, ``CONSULT_COMPLETED``, ``CONSULT_ENDED``;
``PARTICIPANTS``; ``MONITORED`` (a supervisor's monitoring began, changed, stopped:
``mode=``, ``stopped=``); ``OK <COMMAND>`` or ``ERROR <COMMAND>`` for each command, with
``at=`` wall-clock times where a test lines audio up with them) for tests and
benchmarks. Used by ``cc-demo`` so a newcomer sees calls handled next to the one they
answer themselves.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import hmac
import logging
import random
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

HOLD_SECONDS = 2.0  # an INVITE may come this long before its offer.created


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def now() -> str:
    return f"{time.time():.3f}"


class PhoneAgents:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.engine = SipEngine("agents")
        self.clients: dict[str, Client] = {}
        self.offers: dict[str, str] = {}  # interaction id -> agent
        self.secrets: dict[str, str] = {}  # interaction id -> its offer's phone secret
        self.waiting: EngineCall | None = None  # the INVITE held for its offer (no 180)
        self.calls: dict[str, EngineCall] = {}  # interaction id -> call
        self.agent_of_call: dict[str, str] = {}
        self.roles: dict[str, tuple[str, str]] = {}  # interaction id -> (agent, role)
        self.owed: dict[str, str] = {}  # interaction id -> agent, wrap-up not yet sent
        self.stop = asyncio.Event()
        self.rng = random.Random(args.seed)
        self._tasks: set[asyncio.Task] = set()
        self.consults: dict[str, asyncio.Queue[str]] = {}  # interaction -> consult states
        self.offers_topic: dict[str, str] = {}  # first-line calls: interaction -> topic
        self.talk_timers: dict[str, asyncio.TimerHandle] = {}  # hang up after --talk

    def spawn(self, coro) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def run(self) -> None:
        self.engine.start(
            0,
            clock_rate=self.args.clock_rate,
            rtp_port=self.args.rtp_port,
            rtp_port_range=100 if self.args.rtp_port else 0,
            tls_cert=self.args.tls_cert,
            tls_key=self.args.tls_key,
        )
        if not self.args.vad:  # VAD would cut a steady tone (and sound like gaps)
            self.engine.configure_codecs(vad=False)
        self.engine.on_incoming_call = self._on_incoming
        pump = asyncio.get_running_loop().create_task(self.engine.pump_forever())
        try:
            for user in self.args.user:
                client = Client(
                    self.args.url,
                    user,
                    self.args.password,
                    on_event=lambda msg, user=user: self._on_event(user, msg),
                    client_name="demo-phone-agent",
                    max_backoff=2.0,
                )
                self.clients[user] = client
                await client.connect()
                await self._register(user)
                await client.request(p.SetChannels(id=0, channels=["voice"]))  # a phone desk
                await client.request(p.SetPresence(id=0, state=self.args.presence))
            if self.args.commands:
                self.spawn(self._read_commands())
            say(f"READY port={self.engine.port} agents={','.join(self.args.user)}")
            await self.stop.wait()
            await self._wind_down()
        finally:
            for call in list(self.engine.calls.values()):
                call.hangup()
            with contextlib.suppress(Exception):
                for client in self.clients.values():
                    await asyncio.wait_for(client.request(p.SetPresence(id=0, state="offline")), 2)
            for client in self.clients.values():
                await client.close()
            for task in list(self._tasks):
                task.cancel()
            await asyncio.gather(*self._tasks, return_exceptions=True)
            await asyncio.sleep(0.2)
            pump.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await pump
            self.calls.clear()
            self.engine.shutdown()
            say("DONE")

    async def _wind_down(self, grace: float = 4.0) -> None:
        """Hang up, then wrap up everything owed (at once): leave nothing open."""
        for call in list(self.engine.calls.values()):
            call.hangup()
        deadline = asyncio.get_running_loop().time() + grace
        while self.calls and asyncio.get_running_loop().time() < deadline:
            await asyncio.sleep(0.05)
        await asyncio.sleep(0.3)  # the interaction.closed events of those hang-ups
        await asyncio.gather(
            *(self._wrapup(user, iid, delay=0) for iid, user in list(self.owed.items())),
            return_exceptions=True,
        )

    async def _register(self, user: str) -> None:
        port, tls = self.engine.port, ""
        if self.engine.tls_port:  # reached over TLS (docs/telephony.md, "SIP over TLS")
            port, tls = self.engine.tls_port, ";transport=tls"
        uri = f"sip:{user}@{self.engine.host}:{port}{tls}"
        await self.clients[user].request(p.RegisterPhone(id=0, uri=uri))

    # ------------------------------------------------------------------ server events

    def _on_event(self, user: str, msg) -> None:
        if isinstance(msg, p.HelloOk) and user in self.clients and self.clients[user].connected:
            self.spawn(self._register(user))  # again after a reconnect
        elif isinstance(msg, p.OfferCreated) and msg.interaction.channel == "voice":
            self.offers[msg.interaction.id] = user
            self.secrets[msg.interaction.id] = msg.phone_secret
            if msg.kind == "interaction":  # a first-line call: it may be handed on
                self.offers_topic[msg.interaction.id] = msg.interaction.topic
            say(
                f"OFFER agent={user} interaction={msg.interaction.id} kind={msg.kind}"
                f" from={msg.from_agent or '-'} caller={msg.interaction.caller or '-'}"
            )
        elif isinstance(msg, p.OfferRevoked):
            self.secrets.pop(msg.interaction_id, None)
            say(f"REVOKED agent={user} interaction={msg.interaction_id} reason={msg.reason}")
        elif isinstance(msg, p.InteractionAssigned):
            self.roles[msg.interaction.id] = (user, msg.role)
            say(f"ASSIGNED agent={user} interaction={msg.interaction.id} role={msg.role}")
        elif isinstance(msg, p.ConsultChanged):
            if msg.interaction_id in self.consults:
                self.consults[msg.interaction_id].put_nowait(msg.state)
            say(
                f"CONSULT_{msg.state.upper()} agent={user} interaction={msg.interaction_id}"
                f" expert={msg.expert or '-'} position={msg.position}"
                f" reason={msg.reason.replace(' ', '_') or '-'} at={now()}"
            )
        elif isinstance(msg, p.ParticipantsChanged):
            who = ",".join(f"{x.username}:{x.role}" for x in msg.participants) or "-"
            say(f"PARTICIPANTS agent={user} interaction={msg.interaction_id} who={who}")
        elif isinstance(msg, p.MonitorChanged):
            m = msg.monitor
            say(
                f"MONITORED agent={user} interaction={m.interaction_id} by={m.supervisor}"
                f" mode={m.mode} stopped={int(msg.stopped)} reason={msg.reason or '-'} at={now()}"
            )
        elif isinstance(msg, p.InteractionClosed):
            if self.roles.get(msg.interaction_id, (user,))[0] == user:
                self.roles.pop(msg.interaction_id, None)
            say(
                f"CLOSED agent={user} interaction={msg.interaction_id}"
                f" wrapup={int(msg.wrapup_required)} at={now()}"
            )
            call = self.calls.get(msg.interaction_id)
            if call is not None and self.agent_of_call.get(msg.interaction_id) == user:
                call.hangup()  # ended by the server (a failed room, say): hang up too
            if msg.wrapup_required:
                self.owed[msg.interaction_id] = user
                self.spawn(self._wrapup(user, msg.interaction_id, self.args.wrapup_after))
        elif isinstance(msg, p.PresenceChanged) and msg.reason == "ring_no_answer":
            say(f"RONA agent={user}")
            if not self.args.no_answer:
                self.spawn(self._comeback(user))

    async def _comeback(self, user: str) -> None:
        await asyncio.sleep(2.0)
        with contextlib.suppress(Exception):
            await self.clients[user].request(p.SetPresence(id=0, state="available"))

    async def _wrapup(self, user: str, iid: str, delay: float) -> None:
        await asyncio.sleep(delay)
        if self.owed.pop(iid, None) is None:
            return  # already sent
        topics = self.clients[user].welcome.wrapup_topics
        try:
            await self.clients[user].request(
                p.SubmitWrapup(
                    id=0,
                    interaction_id=iid,
                    topic=topics[0],
                    notes="Handled by the demo phone agent.",
                    resolved_first_contact=True,
                )
            )
            say(f"WRAPPED agent={user} interaction={iid}")
        except p.ProtocolError as exc:
            say(f"ERROR wrapup {exc}")

    # ------------------------------------------------------------------ commands (stdin)

    async def _read_commands(self) -> None:
        loop = asyncio.get_running_loop()
        reader = asyncio.StreamReader()
        await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
        while line := await reader.readline():
            text = line.decode(errors="replace").strip()
            if text:
                await self._command(text)

    def _current(self, user: str) -> tuple[str, str]:
        """(agent, interaction) of the call in progress (of ``user`` when given)."""
        for iid, (who, _role) in self.roles.items():
            if (not user or who == user) and iid in self.calls:
                return who, iid
        return user or self.args.user[0], ""

    async def _command(self, text: str) -> None:
        user = ""
        if text.startswith("@"):
            user, _, text = text[1:].partition(" ")
        verb, _, rest = text.strip().partition(" ")
        verb, rest = verb.upper(), rest.strip()
        who, iid = self._current(user)
        client = self.clients.get(who)
        try:
            if client is None:
                raise p.ProtocolError("not_found", f"no agent {who!r} in this process")
            if verb in ("AVAILABLE", "NOT_READY"):
                state = verb.lower()
                for name, c in self.clients.items():
                    if not user or name == user:
                        await c.request(p.SetPresence(id=0, state=state))
                say(f"OK {verb} at={now()}")
                return
            if verb == "CALLBACK":
                number, _, department = rest.partition(" ")
                topic = department.removeprefix("topic:") if department.startswith("topic:") else ""
                reply = await client.request(
                    p.RequestCallback(
                        id=0,
                        number=number,
                        department="" if topic else department,
                        topic=topic,
                        interaction_id=iid,
                        note="Please call the citizen back.",
                    )
                )
                say(
                    f"OK CALLBACK interaction={reply.interaction_id} position={reply.position}"
                    f" from={iid or '-'} at={now()}"
                )
                return
            if not iid:
                raise p.ProtocolError("not_found", "no call in progress")
            if verb == "HANGUP":
                self.calls[iid].hangup()
                say(f"OK HANGUP interaction={iid} at={now()}")
                return
            request = {
                "CONSULT": lambda: p.RequestConsult(
                    id=0, interaction_id=iid, department=rest, note="Please help with this."
                ),
                "CONSULT_EXPERT": lambda: p.RequestConsult(id=0, interaction_id=iid, expert=rest),
                "MERGE": lambda: p.MergeConsult(id=0, interaction_id=iid),
                "COMPLETE": lambda: p.CompleteConsult(id=0, interaction_id=iid),
                "CANCEL": lambda: p.CancelConsult(id=0, interaction_id=iid),
                "TRANSFER": lambda: p.TransferInteraction(
                    id=0, interaction_id=iid, department=rest, note="Transferred by the bot."
                ),
                "LEAVE": lambda: p.LeaveInteraction(id=0, interaction_id=iid),
                "RETURN": lambda: p.ReturnInteraction(id=0, interaction_id=iid),
                "HOLD": lambda: p.HoldCall(id=0, interaction_id=iid, hold=True),
                "UNHOLD": lambda: p.HoldCall(id=0, interaction_id=iid, hold=False),
            }.get(verb)
            if request is None:
                raise p.ProtocolError("invalid_format", f"unknown command {verb!r}")
            reply = await client.request(request())
            extra = ""
            if isinstance(reply, p.ConsultRequested):
                extra = (
                    f" state={reply.state} expert={reply.expert or '-'}"
                    f" position={reply.position} experts={reply.experts_logged_in}"
                )
            say(f"OK {verb} interaction={iid}{extra} at={now()}")
        except p.ProtocolError as exc:
            say(f"ERROR {verb} code={exc.code} {exc.message}")

    async def _hand_on(self, iid: str, user: str) -> None:
        """Demo: after a while, ask the topic's department; hand the caller over to the
        expert who joins, or (nobody free soon) send the call to the department's queue."""
        await asyncio.sleep(max(1.0, self.args.talk * 0.25))
        client = self.clients.get(user)
        role = self.roles.get(iid, ("", ""))
        if client is None or role != (user, "owner") or iid not in self.calls:
            return
        welcome = client.welcome
        topic = self.offers_topic.get(iid, "")
        department = next(
            (t.department for t in (welcome.topics if welcome else []) if t.id == topic), ""
        )
        if not department:
            return
        # As a person would, look in the directory first: hand on only to a department
        # with an expert on the phone right now (else answer it yourself).
        snapshot = await client.request(p.GetDirectory(id=0))
        if not any(
            e.can_take_calls
            and e.connected
            and e.presence == "available"
            and department in e.departments
            for e in snapshot.people
        ):
            return
        if (timer := self.talk_timers.pop(iid, None)) is not None:
            timer.cancel()  # the call goes on until it is handed over
        states = self.consults[iid] = asyncio.Queue()
        try:
            reply = await client.request(
                p.RequestConsult(id=0, interaction_id=iid, department=department,
                                 note="Caller needs the department, please take over.")
            )  # fmt: skip
            say(f"HAND_ON agent={user} interaction={iid} department={department.replace(' ', '_')}")
            if reply.state == "ringing" or await self._wait_state(states, "ringing", 8.0):
                if await self._wait_state(states, "connected", 30.0):
                    await asyncio.sleep(2.0)
                    await client.request(p.CompleteConsult(id=0, interaction_id=iid))
                    return
            await client.request(p.CancelConsult(id=0, interaction_id=iid))
            say(f"HAND_ON_BLIND agent={user} interaction={iid}")
            await client.request(
                p.TransferInteraction(id=0, interaction_id=iid, department=department,
                                      note="Nobody was free to take it at once.")
            )  # fmt: skip
        except (p.ProtocolError, TimeoutError) as exc:  # the caller hung up meanwhile
            say(f"ERROR HAND_ON interaction={iid} {exc!r}")
        finally:
            self.consults.pop(iid, None)

    @staticmethod
    async def _wait_state(states: asyncio.Queue[str], wanted: str, timeout: float) -> bool:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while (left := deadline - loop.time()) > 0:
            try:
                state = await asyncio.wait_for(states.get(), left)
            except TimeoutError:
                return False
            if state == wanted:
                return True
            if state in ("ended", "completed"):
                return False
        return False

    # ------------------------------------------------------------------ SIP

    def _on_incoming(self, call: EngineCall) -> None:
        iid = call.headers.get(INTERACTION_HEADER.lower(), "")
        secret = call.headers.get(OFFER_HEADER.lower(), "")
        self._gate(call, iid, secret, asyncio.get_running_loop().time() + HOLD_SECONDS)

    def _gate(self, call: EngineCall, iid: str, secret: str, until: float, held=False) -> None:
        """Ring only for the secret of an offer we hold; hold the newest INVITE whose
        offer has not come yet (no 180) a little; refuse (403) anything else."""
        if held and self.waiting is not call:
            return  # refused meanwhile to make room for a newer one
        if call.state == "disconnected":
            self.waiting = None if self.waiting is call else self.waiting
            return
        expected = self.secrets.get(iid)
        loop = asyncio.get_running_loop()
        if expected is None and iid and secret and loop.time() < until:
            if self.waiting is not None and self.waiting is not call:
                self._refuse(self.waiting, "")
            self.waiting = call
            loop.call_later(0.02, self._gate, call, iid, secret, until, True)
            return
        if self.waiting is call:
            self.waiting = None
        if (
            expected is None
            or not secret
            or not hmac.compare_digest(secret.encode(), expected.encode())
            or iid in self.calls
        ):
            self._refuse(call, iid)
            return
        del self.secrets[iid]  # used: a second INVITE with it is refused
        self._ring(call, iid)

    def _refuse(self, call: EngineCall, iid: str) -> None:
        iid = iid or call.headers.get(INTERACTION_HEADER.lower(), "")
        say(f"REFUSED interaction={iid or '-'} from={call.remote_uri} at={now()}")
        call.hangup(403)

    def _ring(self, call: EngineCall, iid: str) -> None:
        user = self.offers.get(iid, "")
        say(f"RINGING interaction={iid} agent={user} at={time.time():.3f}")
        if not iid or len(self.calls) >= 4 or self.args.decline:
            call.hangup(486)
            return
        self.calls[iid] = call
        self.agent_of_call[iid] = user
        call.on_state = lambda c, state, iid=iid: self._on_state(iid, c, state)
        call.answer(180)
        if self.args.no_answer:
            return
        delay = self.args.answer_after * (0.5 + self.rng.random())
        asyncio.get_running_loop().call_later(delay, self._answer, iid)

    def _answer(self, iid: str) -> None:
        call = self.calls.get(iid)
        if call is None or call.state == "disconnected":
            return
        if self.args.play:
            call.play_wav(self.args.play)
        if self.args.record_dir:
            Path(self.args.record_dir).mkdir(parents=True, exist_ok=True)
            call.record_to(Path(self.args.record_dir) / f"{iid}.wav")
        call.answer(200)

    def _on_state(self, iid: str, call: EngineCall, state: str) -> None:
        if state == "confirmed":
            say(f"ANSWERED interaction={iid} agent={self.agent_of_call.get(iid, '')} at={now()}")
            if self.args.talk > 0:
                self.talk_timers[iid] = asyncio.get_running_loop().call_later(
                    self.args.talk, call.hangup
                )
            if self.args.hand_on and self.rng.random() < self.args.hand_on:
                self.spawn(self._hand_on(iid, self.agent_of_call.get(iid, "")))
        elif state == "disconnected":
            if self.calls.get(iid) is call:
                del self.calls[iid]
            say(f"ENDED interaction={iid} status={call.last_status} at={now()}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m shared.demo.phone_agent")
    ap.add_argument("--url", required=True)
    ap.add_argument("--user", action="append", required=True, help="demo agent (repeatable)")
    ap.add_argument("--password", default=data.DEMO_PASSWORD)
    ap.add_argument("--play", default="", help="WAV to send to the caller")
    ap.add_argument("--record-dir", default="", help="record what each caller sends here")
    ap.add_argument("--answer-after", type=float, default=1.0, help="seconds of ringing")
    ap.add_argument("--no-answer", action="store_true", help="let every call ring out")
    ap.add_argument("--decline", action="store_true", help="refuse every call on the phone (486)")
    ap.add_argument("--talk", type=float, default=0.0, help="hang up after this (0: never)")
    ap.add_argument("--wrapup-after", type=float, default=1.0)
    ap.add_argument(
        "--presence", default="available", choices=["available", "not_ready"], help="at start"
    )
    ap.add_argument("--commands", action="store_true", help="read second-line commands on stdin")
    ap.add_argument(
        "--hand-on",
        type=float,
        default=0.0,
        metavar="SHARE",
        help="share of the calls a first-line agent hands to the topic's department (demo)",
    )
    ap.add_argument("--clock-rate", type=int, default=8000)
    ap.add_argument("--rtp-port", type=int, default=0, help="first RTP port (0: pjsua's)")
    ap.add_argument("--vad", action="store_true", help="keep pjsua's voice activity detection")
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--tls-cert", default="", help="take the switch's calls over SIP-TLS (PEM)")
    ap.add_argument("--tls-key", default="", help="the certificate's private key (PEM)")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    agents = PhoneAgents(args)

    async def run() -> None:
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, agents.stop.set)
        await agents.run()

    asyncio.run(run())
    return 0


if __name__ == "__main__":
    sys.exit(main())
