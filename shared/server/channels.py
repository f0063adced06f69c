"""Channel adapters: what a channel (chat, voice, later video) does beyond what every
conversation gets. The effects step tells the channel of a conversation about offers,
revoked offers, the end and transfers; everything else (pushing events, writing the
store) is the same for every channel and happens in ``effects``."""

from __future__ import annotations

from typing import Protocol

from shared.routing import OfferKind
from shared.server.conversations import Conversation


class Channel(Protocol):
    def can_offer(self, username: str) -> bool:
        """May this person be offered conversations of this channel at all (a call
        needs a softphone to ring)?"""
        ...

    def phone_secret(self, conv: Conversation, username: str, *, fresh: bool = False) -> str:
        """The secret of the offer of ``conv`` to ``username`` that their softphone's
        INVITE will carry ("" for channels that ring no phone); ``fresh``: a new offer,
        a new secret (the one before is dead)."""
        ...

    def offered(self, conv: Conversation, username: str, kind: OfferKind) -> None:
        """It now rings for ``username``: to take it over, or (consult) to join it."""
        ...

    def revoked(self, conv: Conversation, username: str, reason: str, kind: OfferKind) -> None:
        """It no longer rings for ``username``."""
        ...

    def ended(self, conv: Conversation, reason: str) -> None:
        """The conversation is over for the citizen (hung up, closed, abandoned)."""
        ...

    def transferred(self, conv: Conversation, from_agent: str, queue: str) -> None:
        """Back in a queue (blind transfer): the owner has left it."""
        ...

    def left(self, conv: Conversation, username: str, reason: str) -> None:
        """A member of staff left the live conversation (consultation over, handed on)."""
        ...

    def on_hold(self, conv: Conversation) -> bool:
        """Is the citizen on hold (calls)?"""
        ...

    def changed(self, conv: Conversation) -> None:
        """Who talks to whom changed (a consultation began, a three-way was merged)."""
        ...


class ChatChannel:
    """Chats need nothing beyond the events every conversation gets."""

    def can_offer(self, username: str) -> bool:
        return True

    def phone_secret(self, conv: Conversation, username: str, *, fresh: bool = False) -> str:
        return ""

    def offered(self, conv: Conversation, username: str, kind: OfferKind) -> None:
        pass

    def revoked(self, conv: Conversation, username: str, reason: str, kind: OfferKind) -> None:
        pass

    def ended(self, conv: Conversation, reason: str) -> None:
        pass

    def transferred(self, conv: Conversation, from_agent: str, queue: str) -> None:
        pass

    def left(self, conv: Conversation, username: str, reason: str) -> None:
        pass

    def on_hold(self, conv: Conversation) -> bool:
        return False

    def changed(self, conv: Conversation) -> None:
        pass


class NoVoice(ChatChannel):
    """A server without telephony: nobody can be offered a call."""

    def can_offer(self, username: str) -> bool:
        return False
