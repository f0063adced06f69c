"""Typed messages between the server and a room worker, over a local socket pair.

One JSON object per line, tagged by ``type``. The server sends commands, the room sends
events; neither waits for the other inside a pjsua2 callback. A room owns one
conversation at a time with up to four legs; legs are named, not numbered, because
the media matrix (``shared.switch.matrix``) is written in those names.
"""

from __future__ import annotations

from typing import Literal

import msgspec

Leg = Literal["caller", "agent", "expert", "supervisor"]
LEGS: tuple[Leg, ...] = ("caller", "agent", "expert", "supervisor")
# What the conversation is doing; decides who hears whom (see matrix.py).
Mode = Literal["ivr", "queue", "talk", "hold", "consult", "conference", "ended"]
Monitor = Literal["none", "listen", "whisper", "barge"]
LegState = Literal["ringing", "connected", "ended"]

MAX_LINE = 64 * 1024  # a control line longer than this is a bug on the other side


class _Msg(msgspec.Struct, kw_only=True, tag_field="type"):
    pass


# ---------------------------------------------------------------- server -> room


class Play(_Msg, tag="play"):
    """Play these WAV prompts in order to the caller (interrupting what plays now), then
    the hold music if ``music_after``. Reported by ``prompt.done`` when the list ends."""

    prompts: list[str]
    music_after: bool = False
    stop_on_dtmf: bool = False  # a keypress cuts the prompt short (IVR menus)


class SetMode(_Msg, tag="mode.set"):
    mode: Mode
    monitor: Monitor = "none"


class Dial(_Msg, tag="dial"):
    """Call ``uri`` as ``leg`` (the agent's softphone, say), sending ``headers``."""

    leg: Leg
    uri: str
    headers: dict[str, str] = {}
    timeout: float = 30.0  # give up (CANCEL) after this many seconds of ringing


class Hangup(_Msg, tag="hangup"):
    """End one leg, or the whole conversation with ``leg="all"``."""

    leg: Leg | Literal["all"]
    code: int = 0  # SIP status for a leg still ringing (0: pjsua2's default)
    reason: str = ""


class Record(_Msg, tag="record"):
    """Start recording the conversation's mix (per the matrix) into ``path``."""

    path: str


class StopRecording(_Msg, tag="record.stop"):
    pass


class SendDtmf(_Msg, tag="dtmf.send"):
    leg: Leg
    digits: str


class Ping(_Msg, tag="ping"):
    n: int


class Shutdown(_Msg, tag="shutdown"):
    pass


Command = Play | SetMode | Dial | Hangup | Record | StopRecording | SendDtmf | Ping | Shutdown


# ---------------------------------------------------------------- room -> server


class Ready(_Msg, tag="ready"):
    """Sent once after start: the room's SIP port, so the front door can send callers."""

    pid: int
    sip_port: int


class Incoming(_Msg, tag="incoming"):
    """A caller arrived (the room has answered and is idle until told what to play)."""

    sip_call_id: str
    from_uri: str
    number: str  # the caller's number (From user part), "" when anonymous
    to_uri: str = ""
    headers: dict[str, str] = {}
    source: str = ""  # the caller's IP address (the per-source call cap counts it)


class LegChanged(_Msg, tag="leg"):
    leg: Leg
    state: LegState
    status: int = 0  # last SIP status (486 busy, 603 declined, 408 timeout, 200 ...)
    reason: str = ""


class Dtmf(_Msg, tag="dtmf"):
    leg: Leg
    digit: str
    method: Literal["rfc2833", "info"] = "rfc2833"


class PromptDone(_Msg, tag="prompt.done"):
    interrupted: bool = False


class RecordingStarted(_Msg, tag="recording.started"):
    path: str
    started_at: float  # wall clock


class RecordingStopped(_Msg, tag="recording.stopped"):
    path: str
    seconds: float
    bytes: int


class Idle(_Msg, tag="idle"):
    """The conversation is over (every leg ended, recorder closed); ready for the next."""


class Pong(_Msg, tag="pong"):
    n: int


class RoomError(_Msg, tag="error"):
    message: str


Event = (
    Ready
    | Incoming
    | LegChanged
    | Dtmf
    | PromptDone
    | RecordingStarted
    | RecordingStopped
    | Idle
    | Pong
    | RoomError
)

_encoder = msgspec.json.Encoder()
_command_decoder = msgspec.json.Decoder(Command)
_event_decoder = msgspec.json.Decoder(Event)


def encode(msg: _Msg) -> bytes:
    """One line, newline included."""
    return _encoder.encode(msg) + b"\n"


def decode_command(line: bytes) -> Command:
    return _command_decoder.decode(line)


def decode_event(line: bytes) -> Event:
    return _event_decoder.decode(line)


class LineBuffer:
    """Splits a byte stream into lines; refuses a line longer than ``MAX_LINE``."""

    def __init__(self) -> None:
        self._buf = bytearray()

    def feed(self, data: bytes) -> list[bytes]:
        self._buf += data
        lines = []
        while (i := self._buf.find(b"\n")) >= 0:
            lines.append(bytes(self._buf[:i]))
            del self._buf[: i + 1]
        if len(self._buf) > MAX_LINE:
            self._buf.clear()
            raise ValueError("control line too long")
        return lines
