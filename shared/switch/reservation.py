"""Signed reservations: the front door's 302 sends a caller to a room with a ticket.

The ticket is the user part of the Contact the front door answers with
(``sip:cc-<expiry>-<nonce>-<mac>@room:port``). A user agent that follows the redirect
puts that URI in its new INVITE's Request-URI (RFC 3261 8.1.3.4), so the room can check
it: the MAC (HMAC-SHA256 under a key the server gives every room through the environment,
never on a command line) covers the room's SIP port, the expiry and a random nonce. A
room answers only an INVITE that carries a valid, unexpired ticket for itself, each
ticket once; anything else (a call sent straight to a room's port, a ticket for another
room, an expired one, a replay) is refused with 403.

Issuing a ticket costs the front door an HMAC and nothing else: no room is held for a
caller until they really arrive, so an INVITE flood that never follows its redirects
takes no room from anyone.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from collections import OrderedDict

KEY_ENV = "CC_ROOM_KEY"  # hex; the server sets it for the rooms it starts
PREFIX = "cc-"
MAC_BYTES = 12  # 96 bits


def new_key() -> bytes:
    return secrets.token_bytes(32)


def key_from_env(environ: dict[str, str] | None = None) -> bytes | None:
    value = (os.environ if environ is None else environ).get(KEY_ENV, "")
    try:
        return bytes.fromhex(value) if value else None
    except ValueError:
        return None


def _mac(key: bytes, port: int, expires: int, nonce: str) -> str:
    text = f"{port}|{expires}|{nonce}".encode()
    return hmac.new(key, text, hashlib.sha256).digest()[:MAC_BYTES].hex()


def issue(key: bytes, port: int, expires: float) -> str:
    """A ticket for the room on ``port``, valid until ``expires`` (wall-clock seconds:
    rooms are other processes)."""
    at = int(expires + 1)  # rounded up: never shorter than asked
    nonce = secrets.token_hex(4)
    return f"{PREFIX}{at:x}-{nonce}-{_mac(key, port, at, nonce)}"


class TicketChecker:
    """A room's side: ``check(ticket, now)`` → None when valid, else why not.
    Remembers the tickets it accepted until they expire, so each is used once."""

    def __init__(self, key: bytes | None, port: int, max_remembered: int = 4096) -> None:
        self.key = key
        self.port = port
        self.max_remembered = max_remembered
        self._used: OrderedDict[str, int] = OrderedDict()

    def check(self, ticket: str, now: float) -> str | None:
        if self.key is None:
            return "this room has no key: it takes no callers"
        if not ticket.startswith(PREFIX):
            return "no reservation"
        parts = ticket[len(PREFIX) :].split("-")
        try:
            expiry, nonce, mac = parts
            at = int(expiry, 16)
        except ValueError:
            return "malformed reservation"
        if not hmac.compare_digest(mac, _mac(self.key, self.port, at, nonce)):
            return "reservation not valid here"
        if at < now:
            return "reservation expired"
        used = self._used
        while used and next(iter(used.values())) < now:  # oldest first: drop the expired
            used.popitem(last=False)
        if ticket in self._used:
            return "reservation already used"
        self._used[ticket] = at
        while len(self._used) > self.max_remembered:
            self._used.popitem(last=False)
        return None
