"""A real room worker driven through `room_client`, with `sip_peer` processes as phones.

Audio is checked with an FFT on what the peers record (`shared.tones`).
"""

from __future__ import annotations

import asyncio
import os
import random
import subprocess
import sys
import time
import wave
from pathlib import Path
from unittest.mock import ANY

import numpy as np
import pytest

from shared.switch.control import (
    MAX_LINE,
    Dial,
    Dtmf,
    Hangup,
    Idle,
    Incoming,
    LegChanged,
    Ping,
    Play,
    Pong,
    PromptDone,
    Record,
    RecordingStarted,
    RecordingStopped,
    RoomError,
    SetMode,
    Shutdown,
)
from shared.switch.reservation import issue, new_key
from shared.switch.room_client import RoomHandle, spawn_room
from shared.switch.wavfile import finish_stereo, part_paths
from shared.tones import detect_tone, dominant_frequencies, read_wav, write_tone_wav
from tests.support.calls import assert_stereo

ROOT = Path(__file__).resolve().parents[2]
RATE = 8000  # the rooms' clock

pytestmark = [pytest.mark.slow, pytest.mark.timeout(40)]


# ------------------------------------------------------------------------ helpers


class Peer:
    """A `tests.support.sip_peer` process: stdout lines read on demand, stdin commands."""

    def __init__(self, proc: asyncio.subprocess.Process, name: str, errfile: Path):
        self.proc = proc
        self.name = name
        self.errfile = errfile
        self.seen: list[str] = []
        self.uri = ""

    @classmethod
    async def start(cls, tmp_path: Path, name: str, *args: str) -> Peer:
        errfile = tmp_path / f"{name}.stderr"
        with errfile.open("wb") as err:
            proc = await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "tests.support.sip_peer",
                "--commands",
                "--no-vad",
                *args,
                cwd=ROOT,
                env=dict(os.environ, PYTHONUNBUFFERED="1"),
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=err,
            )
        peer = cls(proc, name, errfile)
        line = await peer.expect("READY ")
        peer.uri = dict(part.split("=", 1) for part in line.split()[1:])["uri"]
        return peer

    async def expect(self, prefix: str, timeout: float = 10.0) -> str:
        try:
            async with asyncio.timeout(timeout):
                while True:
                    raw = await self.proc.stdout.readline()
                    if not raw:
                        raise AssertionError(f"{self.name} exited; {self.diagnostics()}")
                    line = raw.decode(errors="replace").rstrip("\n")
                    self.seen.append(line)
                    if line.startswith(prefix):
                        return line
        except TimeoutError:
            raise AssertionError(f"{self.name}: no {prefix!r}; {self.diagnostics()}") from None

    async def command(self, line: str) -> None:
        self.proc.stdin.write(line.encode() + b"\n")
        await self.proc.stdin.drain()

    async def wait(self, timeout: float = 10.0) -> int:
        try:
            async with asyncio.timeout(timeout):
                await self.proc.stdout.read()  # DONE and the rest
                return await self.proc.wait()
        except TimeoutError:
            raise AssertionError(f"{self.name} did not exit; {self.diagnostics()}") from None

    def diagnostics(self) -> str:
        err = self.errfile.read_text(errors="replace")[-2000:] if self.errfile.exists() else ""
        return f"saw {[s for s in self.seen if not s[:2].isdigit()]} stderr {err!r}"

    def kill(self) -> None:
        if self.proc.returncode is None:
            self.proc.kill()


async def expect(room: RoomHandle, kind: type, timeout: float = 6.0, skipped=None):
    """The next event of type ``kind``; other events are put in ``skipped`` (a list) or,
    when no list is given, must not be errors."""
    try:
        async with asyncio.timeout(timeout):
            while True:
                event = await room.next_event()
                if event is None:
                    raise AssertionError(f"room closed while waiting for {kind.__name__}")
                if isinstance(event, kind):
                    return event
                if skipped is not None:
                    skipped.append(event)
                else:
                    assert not isinstance(event, RoomError), event
    except TimeoutError:
        raise AssertionError(f"no {kind.__name__} within {timeout}s") from None


async def until_idle(room: RoomHandle, timeout: float = 6.0) -> list:
    """Every event up to and including ``Idle``."""
    seen: list = []
    seen.append(await expect(room, Idle, timeout, skipped=seen))
    return seen


def rtp_base() -> int:
    return random.randrange(20000, 40000, 32)


@pytest.fixture
def tones(tmp_path):
    return {
        f: write_tone_wav(tmp_path / f"{f}.wav", f, 1.0, rate=RATE) for f in (440, 500, 600, 880)
    }


@pytest.fixture
async def start_room():
    rooms: list[RoomHandle] = []

    async def start(**kwargs) -> RoomHandle:
        kwargs.setdefault("key", KEY)
        room = await spawn_room(f"room-{len(rooms) + 1}", rtp_port=rtp_base(), **kwargs)
        rooms.append(room)
        return room

    yield start
    for room in rooms:
        room.kill()
        await room.wait(5)


@pytest.fixture
async def start_peer(tmp_path):
    peers: list[Peer] = []

    async def start(name: str, *args: str) -> Peer:
        peer = await Peer.start(tmp_path, name, *args)
        peers.append(peer)
        return peer

    yield start
    for peer in peers:
        peer.kill()
        await peer.proc.wait()


KEY = new_key()  # signs the tickets a front door would hand out (shared.switch.reservation)


def ticket(room: RoomHandle, seconds: float = 30.0, key: bytes = KEY) -> str:
    return issue(key, room.sip_port, time.time() + seconds)


async def call_room(
    start_peer, room: RoomHandle, name: str, *args: str, user: str | None = None
) -> Peer:
    """``name`` calls the room with a fresh ticket (``user``: this Request-URI user)."""
    target = f"sip:{ticket(room) if user is None else user}@127.0.0.1:{room.sip_port}"
    return await start_peer(
        name, "--role", "caller", "--name", name, "--target", target, "--seconds", "60", *args
    )


def tone_timeline(path: Path, freqs: dict[str, float], seconds: float = 0.1) -> str:
    """One letter per window: the letters (from ``freqs``) of every tone carrying at
    least a fifth of the window's energy ("." for none, "B" for two or more).

    Short windows need this energy share: `detect_tone`'s peak test sees the leakage of a
    600 Hz tone at 500 Hz in a 0.1 s window.
    """
    samples, rate = read_wav(path)
    n = int(rate * seconds)
    freq_axis = np.fft.rfftfreq(n, 1.0 / rate)
    out = []
    for i in range(0, len(samples) - n + 1, n):
        w = samples[i : i + n]
        power = np.abs(np.fft.rfft((w - w.mean()) * np.hanning(n))) ** 2
        total = power.sum()
        quiet = float(np.sqrt(np.mean(w**2))) < 1e-3 or total <= 0
        found = [
            letter
            for letter, f in freqs.items()
            if not quiet and power[np.abs(freq_axis - f) <= 15].sum() >= 0.2 * total
        ]
        out.append("B" if len(found) > 1 else found[0] if found else ".")
    return "".join(out)


# ------------------------------------------------------------------------ tests


def test_room_module_loads_without_qt():
    code = (
        "import sys, shared.switch.room\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6', 'softphone', 'agent_app', 'supervisor_app')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=30
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "[]"


async def test_a_room_answers_only_an_invite_with_a_valid_ticket_of_its_own(start_room, start_peer):
    # Before, a room answered any INVITE sent straight to its port, whoever sent it.
    room = await start_room()
    other_port = issue(KEY, room.sip_port + 1, time.time() + 30)
    used = ticket(room)
    refused = {
        "straight to the port": "city",
        "a ticket for another room": other_port,
        "a ticket signed with another key": ticket(room, key=new_key()),
        "an expired ticket": ticket(room, seconds=-5),
        "a forged MAC": used[:-4] + ("0000" if not used.endswith("0000") else "1111"),
    }
    for what, user in refused.items():
        peer = await call_room(start_peer, room, "forger", user=user)
        assert await peer.expect("DISCONNECTED") == "DISCONNECTED status=403", what
        await peer.wait()
    # the real one is answered once; the same ticket again is a replay
    caller = await call_room(start_peer, room, "caller", user=used)
    assert isinstance(await expect(room, Incoming), Incoming)
    await caller.expect("CONFIRMED")
    await room.send(Hangup(leg="all"))
    await caller.expect("DISCONNECTED")
    await expect(room, Idle)
    replay = await call_room(start_peer, room, "replay", user=used)
    assert await replay.expect("DISCONNECTED") == "DISCONNECTED status=403"
    # a room started without a key takes no callers at all
    keyless = await start_room(key=None)
    peer = await call_room(start_peer, keyless, "anyone", user=ticket(keyless))
    assert await peer.expect("DISCONNECTED") == "DISCONNECTED status=403"


async def test_ivr_prompt_and_dtmf_by_rfc2833_and_info(tmp_path, tones, start_room, start_peer):
    room = await start_room()
    caller_rec = tmp_path / "caller_in.wav"
    caller = await call_room(start_peer, room, "600100200", "--record", str(caller_rec))

    incoming = await expect(room, Incoming)
    assert incoming.number == "600100200"
    assert "600100200@127.0.0.1" in incoming.from_uri
    assert incoming.headers["call-id"] == incoming.sip_call_id
    await caller.expect("CONFIRMED")

    await room.send(SetMode(mode="ivr"))
    started = time.monotonic()
    await room.send(Play(prompts=[str(tones[600])]))
    done = await expect(room, PromptDone)
    assert not done.interrupted
    assert 0.8 <= time.monotonic() - started < 3.0  # the prompt really played to its end

    await caller.command("DTMF 2")
    assert await expect(room, Dtmf) == Dtmf(leg="caller", digit="2", method="rfc2833")
    await caller.command("INFO 5")
    assert await expect(room, Dtmf) == Dtmf(leg="caller", digit="5", method="info")

    # a room holds one conversation: another caller is turned away, unseen by the server
    other = await call_room(start_peer, room, "intruder")
    assert await other.expect("DISCONNECTED") == "DISCONNECTED status=486"
    assert await other.wait() == 2  # never confirmed

    # a keypress cuts a menu short
    await room.send(Play(prompts=[str(tones[600])] * 4, stop_on_dtmf=True))
    await asyncio.sleep(0.3)
    started = time.monotonic()
    await caller.command("DTMF 9")
    skipped: list = []
    done = await expect(room, PromptDone, skipped=skipped)
    assert done.interrupted and time.monotonic() - started < 1.0
    assert skipped == [Dtmf(leg="caller", digit="9", method="rfc2833")]

    await caller.command("HANGUP")
    events = await until_idle(room)
    assert events == [
        LegChanged(leg="caller", state="ended", status=200, reason=events[0].reason),
        Idle(),
    ]
    assert await caller.wait() == 0

    at_caller, rate = read_wav(caller_rec)
    assert detect_tone(at_caller, 600, rate), dominant_frequencies(at_caller, rate)


async def test_bridge_record_relay_and_reuse(tmp_path, tones, start_room, start_peer):
    room = await start_room()
    caller_rec, callee_rec = tmp_path / "caller_in.wav", tmp_path / "callee_in.wav"
    recording = tmp_path / "rec" / "2024" / "call.wav"  # parent dirs created by the room
    callee = await start_peer(
        "agent", "--role", "callee", "--play", str(tones[880]), "--record", str(callee_rec)
    )
    caller = await call_room(
        start_peer, room, "caller", "--play", str(tones[440]), "--record", str(caller_rec)
    )
    await expect(room, Incoming)

    await room.send(Dial(leg="agent", uri=callee.uri, headers={"X-CC-Interaction": "abc"}))
    assert await callee.expect("HEADER ") == "HEADER x-cc-interaction=abc"
    skipped: list = []
    connected = await expect(room, LegChanged, skipped=skipped)
    if connected.state == "ringing":
        connected = await expect(room, LegChanged, skipped=skipped)
    assert (connected.leg, connected.state, connected.status) == ("agent", "connected", 200)
    assert skipped == []

    # recording starts on hold: the file keeps the wall-clock timeline, silence included
    await room.send(SetMode(mode="hold"))
    await room.send(Record(path=str(recording)))
    started = await expect(room, RecordingStarted)
    assert started.path == str(recording) and abs(started.started_at - time.time()) < 5
    await asyncio.sleep(0.6)
    await room.send(SetMode(mode="talk"))
    await asyncio.sleep(1.5)

    # the agent's keypad reaches the server and, in talk mode, the caller
    await callee.command("DTMF 7")
    assert await expect(room, Dtmf) == Dtmf(leg="agent", digit="7", method="rfc2833")
    assert await caller.expect("DTMF ") == "DTMF digit=7"

    await caller.command("HANGUP")
    hung_up_at = time.time()
    events = await until_idle(room)
    ended = {(e.leg, e.state) for e in events if isinstance(e, LegChanged)}
    assert ended == {("caller", "ended"), ("agent", "ended")}
    stopped = [e for e in events if isinstance(e, RecordingStopped)]
    assert len(stopped) == 1 and stopped[0].path == str(recording)
    # two closed mono parts (citizen, centre) on one timeline; the server merges them
    parts = part_paths(recording)
    assert stopped[0].seconds >= 1.5 and stopped[0].bytes == sum(p.stat().st_size for p in parts)
    frames = []
    for part in parts:
        with wave.open(str(part)) as w:  # each recorder was closed: a valid header
            assert (w.getnchannels(), w.getframerate()) == (1, RATE)
            frames.append(w.getnframes())
    assert abs(frames[0] - frames[1]) <= RATE // 50, frames  # at most one 20 ms tick apart
    assert finish_stereo(recording) == (pytest.approx(max(frames) / RATE), ANY, 2)
    assert not any(p.exists() for p in parts)
    assert len(events) == 4 and isinstance(events[-1], Idle)
    assert await caller.wait() == 0
    assert await callee.wait() == 0

    at_callee, rate = read_wav(callee_rec)
    assert detect_tone(at_callee, 440, rate), dominant_frequencies(at_callee, rate)
    assert not detect_tone(at_callee, 880, rate), dominant_frequencies(at_callee, rate)
    at_caller, rate = read_wav(caller_rec)
    assert detect_tone(at_caller, 880, rate), dominant_frequencies(at_caller, rate)
    assert not detect_tone(at_caller, 440, rate), dominant_frequencies(at_caller, rate)
    with wave.open(str(recording)) as w:  # the merged stereo file
        assert (w.getnchannels(), w.getframerate()) == (2, RATE)
        assert abs(w.getnframes() / RATE - (hung_up_at - started.started_at)) < 0.3
    timeline = tone_timeline(recording, {"c": 440, "a": 880})
    assert timeline.startswith("....") and timeline[6:].count(".") <= 2, timeline
    mix, rate = read_wav(recording)
    assert detect_tone(mix, 440, rate), dominant_frequencies(mix, rate)
    assert detect_tone(mix, 880, rate), dominant_frequencies(mix, rate)
    # the caller alone on the left, the agent alone on the right
    assert_stereo(recording, 440, 880)

    # the same room takes the next caller, media included
    caller2_rec = tmp_path / "caller2_in.wav"
    caller2 = await call_room(start_peer, room, "caller2", "--record", str(caller2_rec))
    incoming = await expect(room, Incoming)
    assert incoming.number == "caller2"
    await room.send(Play(prompts=[str(tones[600])]))
    await expect(room, PromptDone)
    await caller2.command("HANGUP")
    events = await until_idle(room)
    assert [type(e) for e in events] == [LegChanged, Idle]
    assert await caller2.wait() == 0
    assert detect_tone(caller2_rec, 600)


async def test_queue_music_prompts_and_dial_timeout(tmp_path, tones, start_room, start_peer):
    room = await start_room(music=tones[500])
    caller_rec = tmp_path / "caller_in.wav"
    caller = await call_room(start_peer, room, "caller", "--record", str(caller_rec))
    await expect(room, Incoming)
    await room.send(SetMode(mode="queue"))

    # the agent does not answer in time: ringing, then CANCEL and 408
    callee = await start_peer("agent", "--role", "callee", "--answer-delay", "10")
    await room.send(Dial(leg="agent", uri=callee.uri, timeout=0.6))
    ringing = await expect(room, LegChanged)
    assert (ringing.leg, ringing.state) == ("agent", "ringing")
    started = time.monotonic()
    ended = await expect(room, LegChanged)
    assert (ended.leg, ended.state, ended.status) == ("agent", "ended", 408)
    assert time.monotonic() - started < 2.0
    await callee.expect("DISCONNECTED")

    # a position announcement replaces the music, which comes back after it
    await room.send(Play(prompts=[str(tones[600])]))
    await expect(room, PromptDone)
    await asyncio.sleep(0.8)
    await caller.command("HANGUP")
    await until_idle(room)
    assert await caller.wait() == 0

    # one letter per 0.1 s: (m)usic, (p)rompt, (B)oth, (.) neither
    seen = tone_timeline(caller_rec, {"m": 500, "p": 600})
    assert "p" in seen, seen
    first, last = seen.index("p"), seen.rindex("p")
    assert 9 <= last + 1 - first <= 11, seen  # the one-second prompt, whole
    assert set(seen[first : last + 1]) == {"p"}, seen  # and nothing else meanwhile
    assert seen[first - 1] in "mB" and seen[last + 1] in "mB", seen  # handed over at once
    assert seen[:first].count("m") >= 4 and seen[last + 1 :].count("m") >= 4, seen


async def test_whisper_reaches_the_agent_only(tmp_path, tones, start_room, start_peer):
    room = await start_room()
    rec = {name: tmp_path / f"{name}_in.wav" for name in ("caller", "agent", "supervisor")}
    agent = await start_peer(
        "agent", "--role", "callee", "--play", str(tones[880]), "--record", str(rec["agent"])
    )
    supervisor = await start_peer(
        "supervisor",
        "--role",
        "callee",
        "--play",
        str(tones[600]),
        "--record",
        str(rec["supervisor"]),
    )
    caller = await call_room(
        start_peer, room, "caller", "--play", str(tones[440]), "--record", str(rec["caller"])
    )
    await expect(room, Incoming)
    await room.send(SetMode(mode="talk", monitor="whisper"))
    await room.send(Dial(leg="agent", uri=agent.uri))
    await room.send(Dial(leg="supervisor", uri=supervisor.uri))
    connected = set()
    while len(connected) < 2:
        event = await expect(room, LegChanged)
        assert event.state != "ended", event
        if event.state == "connected":
            connected.add(event.leg)
    await asyncio.sleep(1.5)
    await room.send(Hangup(leg="all"))
    await until_idle(room)
    for peer in (caller, agent, supervisor):
        assert await peer.wait() == 0, peer.name

    def heard(name: str) -> set[int]:
        samples, rate = read_wav(rec[name])
        return {f for f in (440, 600, 880) if detect_tone(samples, f, rate)}

    assert heard("caller") == {880}  # the agent only, never the supervisor
    assert heard("agent") == {440, 600}  # the caller and the whisper
    assert heard("supervisor") == {440, 880}  # both sides of the call


async def test_bad_control_lines_get_errors_and_the_room_goes_on(
    tmp_path, tones, start_room, start_peer
):
    room = await start_room()
    bad = [
        b"not json\n",
        b'{"type": "nope"}\n',
        b'{"type": "dial", "leg": "agent"}\n',  # no uri
        b'{"type": "dial", "leg": "boss", "uri": "sip:x@127.0.0.1"}\n',  # no such leg name
        b'{"type": "hangup", "leg": "agent"}\n',  # no conversation, no agent leg
        b'{"type": "mode.set", "mode": "talk"}\n',  # no conversation
        b"\xff\xfe\x00garbage\n",
    ]
    for line in bad:
        await room.send_raw(line)
        error = await expect(room, RoomError)
        assert error.message
    await room.send_raw(b"x" * (MAX_LINE + 10) + b"\n")
    assert "too long" in (await expect(room, RoomError)).message
    await room.send(Ping(n=7))
    skipped: list = []
    assert await expect(room, Pong, skipped=skipped) == Pong(n=7)
    assert all(isinstance(e, RoomError) for e in skipped)  # what is left of the long line

    # ... and still takes a call; a recording it cannot write is an error, not a crash
    caller = await call_room(start_peer, room, "caller")
    await expect(room, Incoming)
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    await room.send(Record(path=str(blocker / "rec.wav")))
    assert "record" in (await expect(room, RoomError)).message
    await room.send(Play(prompts=[str(tmp_path / "missing.wav")]))
    assert "missing.wav" in (await expect(room, RoomError)).message
    assert await expect(room, PromptDone) == PromptDone(interrupted=False)
    await room.send(Dial(leg="agent", uri="not a sip uri"))
    failed = await expect(room, LegChanged)
    assert (failed.leg, failed.state) == ("agent", "ended") and failed.reason
    await room.send(Hangup(leg="all", reason="test over"))
    events = await until_idle(room)
    assert events[0] == LegChanged(leg="caller", state="ended", status=200, reason="test over")
    await caller.expect("DISCONNECTED")
    assert await caller.wait() == 0


async def test_shutdown_hangs_up_and_exits_0(start_room, start_peer):
    room = await start_room()
    caller = await call_room(start_peer, room, "caller")
    await expect(room, Incoming)
    await caller.expect("CONFIRMED")
    await room.send(Shutdown())
    events = []
    while (event := await room.next_event(8)) is not None:
        events.append(event)
    assert events == [
        LegChanged(leg="caller", state="ended", status=200, reason="room shutting down"),
        Idle(),
    ]
    assert await room.wait(8) == 0
    await caller.expect("DISCONNECTED")
    assert await caller.wait() == 0


async def test_room_exits_when_the_control_socket_closes(start_room):
    room = await start_room()
    room.send_nowait(Ping(n=1))
    assert await expect(room, Pong) == Pong(n=1)
    room.close()
    with pytest.raises(ConnectionError):
        room.send_nowait(Ping(n=2))
    assert await room.wait(5) == 0
