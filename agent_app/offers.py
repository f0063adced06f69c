"""Offers as the agent's desk sees them, without Qt: the server's offers matched with the
softphone's ringing calls.

One conversation offered to the agent reaches the app twice, in either order: the offer
over the websocket (``offer.created``, later ``offer.revoked`` or an assignment) and, for
a call, the INVITE the switch sends to the softphone, carrying the interaction id in its
``X-CC-Interaction`` header. ``OfferDesk`` keeps both and decides what the agent's keys
mean; it never acts itself. Each method returns at most one small decision that the
window carries out:

- ``AnswerPhone(call)``: answer the ringing call (the switch bridges it, the server then
  assigns the interaction);
- ``WaitForRinging(id)``: a call offer was accepted before its INVITE arrived; the desk
  answers it (``AnswerPhone`` from ``phone_ringing``) as soon as it rings;
- ``SendAccept(id)`` / ``SendReject(id)``: send ``offer.accept`` / ``offer.reject``, then
  report back with ``accept_finished`` / ``reject_finished``;
- ``RejectPhone(call)``: refuse the call on the softphone (the switch tells the server).

Every decision but ``RejectPhone`` means something is on its way for the offer shown:
the window disables its buttons until another offer is shown. ``shown`` is the offer
the offer bar shows: it stays while it is pending, then the oldest other one follows.

What the desk remembers about an offer beyond the offer itself (answer it when its
INVITE comes, give its tab the focus, announce it) is forgotten with the offer: when it
is revoked, expires, is declined or the connection drops. A declined call's INVITE that
arrives late is refused, never answered. A conversation auto-accepted (not by the
agent's key) is *announced* (``take_announcement``) instead of taking the keyboard away
from the tab the agent is typing in.
"""

from __future__ import annotations

import hmac
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING

from shared import protocol as p

if TYPE_CHECKING:
    from softphone.phone_service import PhoneCall, Verdict


@dataclass(frozen=True, slots=True)
class AnswerPhone:
    call: PhoneCall


@dataclass(frozen=True, slots=True)
class RejectPhone:
    call: PhoneCall


@dataclass(frozen=True, slots=True)
class SendAccept:
    interaction_id: str


@dataclass(frozen=True, slots=True)
class SendReject:
    interaction_id: str


@dataclass(frozen=True, slots=True)
class WaitForRinging:
    interaction_id: str


Decision = AnswerPhone | RejectPhone | SendAccept | SendReject | WaitForRinging


class OfferDesk:
    """The pending offers, the calls still ringing, and what the agent's answer needs.

    Events come in as the service and the phone report them (``offer_created``,
    ``offer_revoked``, ``interaction_assigned``, ``disconnected``, ``phone_ringing``,
    ``phone_call_ended``, and ``offer_expired`` when the bar's countdown ran out with no
    revocation); the agent's answers as ``accept`` and ``reject``. ``auto_accept`` is
    the agent's "accept every offer as soon as it arrives".
    """

    def __init__(self, *, auto_accept: bool = False) -> None:
        self.auto_accept = auto_accept
        self._offers: dict[str, p.OfferCreated] = {}  # by interaction id, oldest first
        self._ringing: dict[str, PhoneCall] = {}  # by interaction id, not yet assigned
        self._shown: p.OfferCreated | None = None
        self._answer_when_ringing: set[str] = set()  # accepted before the INVITE came
        self._answering: set[str] = set()  # an accept/reject request is on its way
        self._focus_when_assigned: set[str] = set()  # accepted here: its tab gets focus
        self._announce_when_assigned: set[str] = set()  # auto-accepted: announce, no focus
        self._declined: set[str] = set()  # rejected before its INVITE came: refuse it

    # ------------------------------------------------------------------ reading

    @property
    def offers(self) -> Mapping[str, p.OfferCreated]:
        """Pending offers by interaction id, oldest first (read-only)."""
        return MappingProxyType(self._offers)

    @property
    def ringing(self) -> Mapping[str, PhoneCall]:
        """Softphone calls still ringing (or answered, not yet assigned) by interaction id."""
        return MappingProxyType(self._ringing)

    @property
    def shown(self) -> p.OfferCreated | None:
        """The offer the offer bar shows; None when there is none."""
        return self._shown

    # ------------------------------------------------------------------ the server

    def offer_created(self, offer: p.OfferCreated) -> bool:
        """A new offer. True if it is to be accepted at once (auto-accept): call
        ``accept`` for it then."""
        self._offers[offer.interaction.id] = offer
        self._declined.discard(offer.interaction.id)  # offered again: a new answer counts
        self._show_next()
        return self.auto_accept

    def offer_revoked(self, interaction_id: str) -> bool:
        """The server took the offer back. False if it was not pending here."""
        if interaction_id not in self._offers:
            self._forget_answer(interaction_id)
            return False
        self._forget_answer(interaction_id)
        self._drop(interaction_id)
        return True

    def offer_expired(self, interaction_id: str) -> None:
        """The offer's time ran out and no revocation came (lost or late)."""
        self._forget_answer(interaction_id)
        self._drop(interaction_id)

    def interaction_assigned(self, interaction_id: str) -> bool:
        """The interaction is the agent's now: its offer is done. True if the agent
        accepted it on this desk, so its tab should get the focus."""
        self._offers.pop(interaction_id, None)
        self._show_next()
        if interaction_id in self._focus_when_assigned:
            self._focus_when_assigned.discard(interaction_id)
            return True
        return False

    def take_announcement(self, interaction_id: str) -> bool:
        """True once for an interaction accepted by auto-accept: the window announces it
        (tab highlight, alert, sound) instead of switching to it."""
        if interaction_id in self._announce_when_assigned:
            self._announce_when_assigned.discard(interaction_id)
            return True
        return False

    def take_ringing(self, interaction_id: str) -> PhoneCall | None:
        """The ringing call that belongs to a new call tab; the desk lets go of it."""
        return self._ringing.pop(interaction_id, None)

    def disconnected(self) -> None:
        """Offers do not survive a lost connection; the server offers again if it must.
        Nor does what was to happen to them (answer the INVITE, focus the tab)."""
        for interaction_id in list(self._offers):
            self._forget_answer(interaction_id)
        self._answer_when_ringing.clear()
        self._offers.clear()
        self._show_next()

    # ------------------------------------------------------------------ the softphone

    def invite_verdict(self, interaction_id: str, secret: str) -> Verdict:
        """The softphone's gate: may this INVITE ring? Only if it carries the secret of
        a call offer pending here that is not ringing already; one for an interaction
        not offered (yet) waits (its ``offer.created`` may be on its way); anything else
        (no id, no secret, a wrong one, one already used) is refused. Refused INVITEs
        never reach ``phone_ringing``: the agent's offers are untouched."""
        if not interaction_id or not secret:
            return "refuse"
        offer = self._offers.get(interaction_id)
        if offer is None:
            return "wait"
        if (
            offer.interaction.channel != "voice"
            or not offer.phone_secret
            or not hmac.compare_digest(secret.encode(), offer.phone_secret.encode())
            or interaction_id in self._ringing
        ):
            return "refuse"
        return "ring"

    def phone_ringing(self, call: PhoneCall) -> Decision | None:
        """An INVITE reached the softphone. Refused if it names no interaction: only the
        switch calls this softphone."""
        iid = call.interaction_id
        if not iid:
            return RejectPhone(call)
        if iid in self._declined:  # the agent declined it before it rang
            self._declined.discard(iid)
            return RejectPhone(call)
        self._ringing[iid] = call
        if iid in self._answer_when_ringing:
            self._answer_when_ringing.discard(iid)
            return self._answer(iid, auto=iid in self._announce_when_assigned)
        if iid in self._offers and self.auto_accept:
            return self._answer(iid, auto=True)
        return None

    def phone_call_ended(self, call: PhoneCall) -> None:
        iid = call.interaction_id
        if self._ringing.get(iid) is call:
            del self._ringing[iid]
        self._answer_when_ringing.discard(iid)

    # ------------------------------------------------------------------ the agent

    def accept(self, interaction_id: str, *, auto: bool = False) -> Decision | None:
        """F5 or the Accept button (``auto``: auto-accept did it): a call is answered on
        the softphone, a chat accepted over the websocket (once: nothing while a request
        for it is on its way)."""
        offer = self._offers.get(interaction_id)
        if offer is None or interaction_id in self._answering:
            return None
        if offer.interaction.channel == "voice":
            return self._answer(interaction_id, auto=auto)
        self._answering.add(interaction_id)
        self._arrival(interaction_id, auto=auto)
        return SendAccept(interaction_id)

    def accept_finished(self, interaction_id: str, *, accepted: bool) -> None:
        """The accept request came back (``accepted``) or failed; either way the offer
        is done (the assignment follows a success)."""
        self._answering.discard(interaction_id)
        if not accepted:
            self._forget_answer(interaction_id)
        self._drop(interaction_id)

    def reject(self, interaction_id: str) -> Decision | None:
        """Shift+F5 or the Reject button. A ringing call is declined on the softphone
        and the offer is gone at once; otherwise the server is asked."""
        if interaction_id not in self._offers or interaction_id in self._answering:
            return None
        self._forget_answer(interaction_id)  # F5 before the INVITE, then Shift+F5
        ringing = self._ringing.pop(interaction_id, None)
        if ringing is not None:
            self._drop(interaction_id)
            return RejectPhone(ringing)
        if self._offers[interaction_id].interaction.channel == "voice":
            self._declined.add(interaction_id)  # its INVITE may still be on its way
        self._answering.add(interaction_id)
        return SendReject(interaction_id)

    def reject_finished(self, interaction_id: str) -> None:
        self._answering.discard(interaction_id)
        self._drop(interaction_id)

    # ------------------------------------------------------------------ inside

    def _answer(self, interaction_id: str, *, auto: bool) -> AnswerPhone | WaitForRinging:
        ringing = self._ringing.get(interaction_id)
        self._arrival(interaction_id, auto=auto)
        if ringing is None:
            # The offer came over the websocket before the INVITE reached the softphone.
            self._answer_when_ringing.add(interaction_id)
            return WaitForRinging(interaction_id)
        return AnswerPhone(ringing)

    def _arrival(self, interaction_id: str, *, auto: bool) -> None:
        """How its tab will come: focused (the agent's key) or announced (auto-accept)."""
        if auto:
            self._focus_when_assigned.discard(interaction_id)
            self._announce_when_assigned.add(interaction_id)
        else:
            self._announce_when_assigned.discard(interaction_id)
            self._focus_when_assigned.add(interaction_id)

    def _forget_answer(self, interaction_id: str) -> None:
        self._answer_when_ringing.discard(interaction_id)
        self._focus_when_assigned.discard(interaction_id)
        self._announce_when_assigned.discard(interaction_id)

    def _drop(self, interaction_id: str) -> None:
        self._offers.pop(interaction_id, None)
        self._show_next()

    def _show_next(self) -> None:
        shown = self._shown
        if shown is not None and shown.interaction.id in self._offers:
            return
        self._shown = next(iter(self._offers.values()), None)
