"""What one chat holds, without Qt: messages by server ``seq``, messages still being sent,
and how far the citizen has received.

Everything the server sends may arrive twice (after a reconnect the server pushes each
open interaction again with its transcript), so every operation is idempotent by ``seq``.
"""

from __future__ import annotations

import itertools
import time
from dataclasses import dataclass
from typing import Literal

from shared import protocol as p

Status = Literal["sending", "sent", "delivered"]


@dataclass
class Entry:
    sender: str
    sender_name: str
    text: str
    ts: float
    seq: int | None = None  # None while the server has not stored it
    local_id: int | None = None


class Transcript:
    def __init__(self) -> None:
        self._by_seq: dict[int, Entry] = {}
        self._pending: dict[int, Entry] = {}
        self._local_ids = itertools.count(1)
        self.delivered_seq = 0
        self.acked_seq = 0

    # ------------------------------------------------------------------ reading

    def entries(self) -> list[Entry]:
        """Stored messages in server order, then the ones still being sent."""
        stored = [self._by_seq[s] for s in sorted(self._by_seq)]
        return stored + list(self._pending.values())

    def __len__(self) -> int:
        return len(self._by_seq) + len(self._pending)

    def status(self, entry: Entry) -> Status | None:
        """Delivery state of the agent's own messages; None for everything else."""
        if entry.sender != "agent":
            return None
        if entry.seq is None:
            return "sending"
        return "delivered" if entry.seq <= self.delivered_seq else "sent"

    @property
    def last_citizen_seq(self) -> int:
        return max((s for s, e in self._by_seq.items() if e.sender == "citizen"), default=0)

    # ------------------------------------------------------------------ changing

    def add(self, msg: p.ChatMessage) -> bool:
        """Add a stored message; False when it was already there."""
        if msg.seq in self._by_seq:
            return False
        self._by_seq[msg.seq] = Entry(msg.sender, msg.sender_name, msg.text, msg.ts, msg.seq)
        return True

    def merge(self, messages: list[p.ChatMessage]) -> list[p.ChatMessage]:
        """Add a transcript pushed again by the server; returns the messages that were new."""
        return [m for m in messages if self.add(m)]

    def add_pending(self, text: str, sender_name: str) -> int:
        local_id = next(self._local_ids)
        self._pending[local_id] = Entry("agent", sender_name, text, time.time(), None, local_id)
        return local_id

    def confirm(self, local_id: int, msg: p.ChatMessage) -> None:
        """The server stored a message we sent (``chat.sent``)."""
        self._pending.pop(local_id, None)
        self.add(msg)

    def drop_pending(self, local_id: int) -> Entry | None:
        """Sending failed: forget the message (the caller gives the text back)."""
        return self._pending.pop(local_id, None)

    def mark_delivered(self, seq: int) -> bool:
        """The citizen received everything up to ``seq``; True if anything changed."""
        if seq <= self.delivered_seq:
            return False
        self.delivered_seq = seq
        return True

    def take_ack(self) -> int | None:
        """The ``seq`` to acknowledge to the server, if citizen messages arrived since."""
        last = self.last_citizen_seq
        if last <= self.acked_seq:
            return None
        self.acked_seq = last
        return last
