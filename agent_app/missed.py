"""Consultations and transfers the expert let ring out: who asked, about what, when.

The tray lists them ("Missed: Anna — Building permits, 10:42") until the expert clears
them; the count goes into the tray's tooltip. Filled by the offer notifier from
``offer.revoked`` with reason ``timeout`` (ring-no-answer) for an offer it had shown.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from shared import protocol as p
from softphone import locale_format

MAX_MISSED = 20  # the oldest go first: a menu is no archive


@dataclass(frozen=True, slots=True)
class MissedOffer:
    interaction_id: str
    kind: str  # consult, transfer, interaction, callback
    channel: str
    from_agent: str  # username ("" for a new conversation from the queue)
    from_agent_name: str
    topic: str  # topic id
    topic_name: str
    citizen: str
    note: str
    at: float  # when it rang out (epoch seconds)

    @classmethod
    def from_offer(cls, offer: p.OfferCreated, topic_name: str, at: float) -> MissedOffer:
        info = offer.interaction
        return cls(
            interaction_id=info.id,
            kind=offer.kind,
            channel=info.channel,
            from_agent=offer.from_agent,
            from_agent_name=offer.from_agent_name,
            topic=info.topic,
            topic_name=topic_name or info.topic,
            citizen=info.caller if info.channel == "voice" else info.citizen_name,
            note=offer.note,
            at=at,
        )

    @property
    def who(self) -> str:
        """The colleague's first name (the menu is narrow), else the citizen."""
        if self.from_agent_name:
            return self.from_agent_name.split()[0]
        return self.citizen

    def clock(self) -> str:
        return locale_format.clock(self.at)


class MissedOffers(QObject):
    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[MissedOffer] = []  # newest first

    def __len__(self) -> int:
        return len(self._items)

    def items(self) -> list[MissedOffer]:
        return list(self._items)

    def add(self, missed: MissedOffer) -> None:
        # Offered again and missed again: one line, the latest time.
        self._items = [m for m in self._items if m.interaction_id != missed.interaction_id]
        self._items.insert(0, missed)
        del self._items[MAX_MISSED:]
        self.changed.emit()

    def remove(self, interaction_id: str) -> None:
        before = len(self._items)
        self._items = [m for m in self._items if m.interaction_id != interaction_id]
        if len(self._items) != before:
            self.changed.emit()

    def clear(self) -> None:
        if self._items:
            self._items.clear()
            self.changed.emit()
