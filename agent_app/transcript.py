"""What one chat holds, without Qt: messages by server ``seq``, messages still being sent,
how far the citizen has received, and notes of what happened (who joined or left).

Everything the server sends may arrive twice (after a reconnect the server pushes each
open interaction again with its transcript), so every operation is idempotent by ``seq``.

Several staff may write in one chat (an agent, then a consulted expert once it is a
three-way): the server marks all of them ``agent``, so a message is *our own* when its
sender name is ours (``me``). Only our own messages have a delivery status. Notes are
local: each sits after the message that was the last one when it was added.
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
    own: bool = False  # written by us (not the citizen, not another member of staff)


class Transcript:
    def __init__(self, me: str = "") -> None:
        self._by_seq: dict[int, Entry] = {}
        self._pending: dict[int, Entry] = {}
        self._notes: list[tuple[int, Entry]] = []  # (the seq it follows, note)
        self._local_ids = itertools.count(1)
        self.delivered_seq = 0
        self.acked_seq = 0
        self.me = me  # our display name; "" = every staff message is ours

    # ------------------------------------------------------------------ reading

    def entries(self) -> list[Entry]:
        """Stored messages in server order with the notes between them, then the ones
        still being sent."""
        out: list[Entry] = []
        notes = iter(self._notes)
        note = next(notes, None)
        for seq in sorted(self._by_seq):
            while note is not None and note[0] < seq:
                out.append(note[1])
                note = next(notes, None)
            out.append(self._by_seq[seq])
        while note is not None:
            out.append(note[1])
            note = next(notes, None)
        return out + list(self._pending.values())

    def messages(self) -> list[Entry]:
        """The messages only (no notes), in order."""
        return [e for e in self.entries() if e.sender != "system"]

    def __len__(self) -> int:
        """The number of messages (notes do not count)."""
        return len(self._by_seq) + len(self._pending)

    def status(self, entry: Entry) -> Status | None:
        """Delivery state of our own messages; None for everything else."""
        if not entry.own:
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
        own = msg.sender == "agent" and (not self.me or msg.sender_name == self.me)
        self._by_seq[msg.seq] = Entry(
            msg.sender, msg.sender_name, msg.text, msg.ts, msg.seq, own=own
        )
        return True

    def add_note(self, text: str, ts: float | None = None) -> Entry:
        """A line about the conversation (``Ewa Lewandowska joined``), after the
        messages so far."""
        entry = Entry("system", "", text, time.time() if ts is None else ts)
        self._notes.append((max(self._by_seq, default=0), entry))
        return entry

    def notes(self) -> list[str]:
        return [e.text for _, e in self._notes]

    def merge(self, messages: list[p.ChatMessage]) -> list[p.ChatMessage]:
        """Add a transcript pushed again by the server; returns the messages that were new."""
        return [m for m in messages if self.add(m)]

    def add_pending(self, text: str, sender_name: str) -> int:
        local_id = next(self._local_ids)
        self._pending[local_id] = Entry(
            "agent", sender_name, text, time.time(), None, local_id, own=True
        )
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
