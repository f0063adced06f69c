"""The agent's offer desk without a window: offers from the server matched with the
softphone's ringing calls, and what F5 / Shift+F5 decide.

The real path (a citizen's call through the switch to the window's softphone) is in
tests/gui/test_agent_calls.py; here the ringing calls are fakes that only carry the
interaction id the switch puts in the INVITE.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from agent_app.offers import (
    AnswerPhone,
    OfferDesk,
    RejectPhone,
    SendAccept,
    SendReject,
    WaitForRinging,
)
from shared import protocol as p

ROOT = Path(__file__).resolve().parents[2]


class FakeCall:
    """What the desk reads of a ``PhoneCall``: the X-CC-Interaction header's id."""

    def __init__(self, interaction_id: str) -> None:
        self.interaction_id = interaction_id


def offer(iid: str, channel: p.Channel = "chat") -> p.OfferCreated:
    now = time.time()
    info = p.InteractionInfo(
        id=iid,
        channel=channel,
        topic="waste",
        citizen_name="Jan",
        state="offered",
        created_at=now,
        caller="600100200" if channel == "voice" else "",
    )
    return p.OfferCreated(interaction=info, expires_at=now + 20)


def call_offer(iid: str) -> p.OfferCreated:
    return offer(iid, "voice")


# --------------------------------------------------------------------------- calls


def test_call_offer_then_ringing_is_answered_on_the_phone():
    desk = OfferDesk()
    assert desk.offer_created(call_offer("v1")) is False  # no auto-accept
    ringing = FakeCall("v1")
    assert desk.phone_ringing(ringing) is None  # rings until the agent answers
    assert desk.ringing == {"v1": ringing}

    assert desk.accept("v1") == AnswerPhone(ringing)
    assert "v1" in desk.offers  # the offer stays until the server assigns the call
    assert desk.interaction_assigned("v1") is True  # answered here: its tab gets focus
    assert desk.take_ringing("v1") is ringing
    assert not desk.offers and not desk.ringing and desk.shown is None


def test_ringing_then_offer_is_answered_on_the_phone():
    desk = OfferDesk()
    ringing = FakeCall("v1")
    assert desk.phone_ringing(ringing) is None
    assert desk.shown is None  # nothing to show until the server's offer comes
    desk.offer_created(call_offer("v1"))
    assert desk.shown is not None and desk.shown.interaction.id == "v1"
    assert desk.accept("v1") == AnswerPhone(ringing)


def test_f5_before_the_invite_answers_as_soon_as_it_rings():
    desk = OfferDesk()
    desk.offer_created(call_offer("v1"))
    assert desk.accept("v1") == WaitForRinging("v1")
    ringing = FakeCall("v1")
    assert desk.phone_ringing(ringing) == AnswerPhone(ringing)
    assert desk.interaction_assigned("v1") is True
    assert desk.take_ringing("v1") is ringing


def test_an_invite_for_another_interaction_is_not_answered_for_an_early_f5():
    desk = OfferDesk()
    desk.offer_created(call_offer("v1"))
    assert desk.accept("v1") == WaitForRinging("v1")
    assert desk.phone_ringing(FakeCall("v2")) is None


def test_decline_while_ringing_rejects_the_phone_call_without_a_request():
    desk = OfferDesk()
    desk.offer_created(call_offer("v1"))
    ringing = FakeCall("v1")
    desk.phone_ringing(ringing)
    assert desk.reject("v1") == RejectPhone(ringing)  # the switch tells the server
    assert not desk.offers and not desk.ringing and desk.shown is None
    assert desk.reject("v1") is None  # and it is gone


def test_decline_before_the_invite_asks_the_server():
    desk = OfferDesk()
    desk.offer_created(call_offer("v1"))
    assert desk.reject("v1") == SendReject("v1")
    desk.reject_finished("v1")
    assert desk.shown is None


def test_invite_without_an_interaction_id_is_refused():
    desk = OfferDesk(auto_accept=True)
    stranger = FakeCall("")
    assert desk.phone_ringing(stranger) == RejectPhone(stranger)
    assert not desk.ringing


def test_a_call_that_ends_while_ringing_is_forgotten():
    desk = OfferDesk()
    desk.offer_created(call_offer("v1"))
    ringing = FakeCall("v1")
    desk.phone_ringing(ringing)
    desk.phone_call_ended(ringing)
    assert not desk.ringing
    assert desk.accept("v1") == WaitForRinging("v1")  # nothing left to answer
    # the server's revocation ("abandoned") takes the offer away
    assert desk.offer_revoked("v1") is True
    assert desk.shown is None


def test_a_call_ending_does_not_forget_a_newer_call_for_the_same_interaction():
    desk = OfferDesk()
    first, second = FakeCall("v1"), FakeCall("v1")
    desk.phone_ringing(first)
    desk.phone_ringing(second)
    desk.phone_call_ended(first)
    assert desk.ringing == {"v1": second}


def test_a_call_that_ends_before_it_rang_here_cancels_an_early_answer():
    desk = OfferDesk()
    desk.offer_created(call_offer("v1"))
    assert desk.accept("v1") == WaitForRinging("v1")
    desk.phone_call_ended(FakeCall("v1"))  # INVITE and CANCEL in one softphone tick
    assert desk.phone_ringing(FakeCall("v1")) is None  # a new INVITE waits for F5


def test_assignment_binds_only_the_ringing_call_of_that_interaction():
    desk = OfferDesk()
    mine, other = FakeCall("v1"), FakeCall("v2")
    desk.phone_ringing(mine)
    desk.phone_ringing(other)
    # assigned without an answer here (e.g. pushed again after a reconnect): no focus
    assert desk.interaction_assigned("v1") is False
    assert desk.take_ringing("v1") is mine
    assert desk.take_ringing("v1") is None
    assert desk.ringing == {"v2": other}


# --------------------------------------------------------------------------- chats


def test_chat_accept_is_sent_once():
    desk = OfferDesk()
    desk.offer_created(offer("c1"))
    assert desk.accept("c1") == SendAccept("c1")
    assert desk.accept("c1") is None  # the second F5 while the request is on the way
    assert desk.reject("c1") is None  # nor a reject in between
    desk.accept_finished("c1", accepted=True)
    assert not desk.offers and desk.shown is None
    assert desk.accept("c1") is None
    assert desk.interaction_assigned("c1") is True  # accepted here: focus its tab
    assert desk.interaction_assigned("c1") is False  # only once


def test_a_failed_chat_accept_drops_the_offer_and_focuses_nothing():
    desk = OfferDesk()
    desk.offer_created(offer("c1"))
    assert desk.accept("c1") == SendAccept("c1")
    desk.accept_finished("c1", accepted=False)
    assert not desk.offers
    assert desk.interaction_assigned("c1") is False


def test_chat_reject_is_sent_to_the_server_once():
    desk = OfferDesk()
    desk.offer_created(offer("c1"))
    assert desk.reject("c1") == SendReject("c1")
    assert desk.reject("c1") is None
    assert desk.accept("c1") is None
    desk.reject_finished("c1")
    assert desk.shown is None and not desk.offers


def test_accept_or_reject_of_an_unknown_offer_does_nothing():
    desk = OfferDesk()
    assert desk.accept("nope") is None
    assert desk.reject("nope") is None


# --------------------------------------------------------------------------- showing


def test_revoke_takes_the_offer_away_and_the_next_one_is_shown():
    desk = OfferDesk()
    first, second = offer("c1"), offer("c2")
    desk.offer_created(first)
    desk.offer_created(second)
    assert desk.shown is first  # the one shown stays while it is pending
    assert desk.offer_revoked("c1") is True
    assert desk.shown is second
    assert desk.offer_revoked("c1") is False  # not ours any more: nothing to say
    assert desk.offer_revoked("zz") is False
    assert desk.offer_revoked("c2") is True
    assert desk.shown is None and not desk.offers


def test_the_shown_offer_stays_when_it_is_offered_again():
    desk = OfferDesk()
    first = offer("c1")
    desk.offer_created(first)
    desk.offer_created(offer("c1"))
    assert desk.shown is first and len(desk.offers) == 1


def test_expiry_drops_the_offer():
    desk = OfferDesk()
    desk.offer_created(offer("c1"))
    desk.offer_created(offer("c2"))
    desk.offer_expired("c1")
    assert list(desk.offers) == ["c2"]
    assert desk.shown is not None and desk.shown.interaction.id == "c2"


def test_disconnect_clears_the_offers_but_not_the_ringing_calls():
    desk = OfferDesk()
    desk.offer_created(offer("c1"))
    desk.offer_created(call_offer("v1"))
    ringing = FakeCall("v1")
    desk.phone_ringing(ringing)
    desk.disconnected()
    assert not desk.offers and desk.shown is None
    assert desk.accept("c1") is None and desk.reject("v1") is None
    assert desk.ringing == {"v1": ringing}  # the phone still rings; the switch decides


def test_the_desk_views_are_read_only():
    desk = OfferDesk()
    desk.offer_created(offer("c1"))
    with pytest.raises(TypeError):
        desk.offers["c2"] = offer("c2")  # type: ignore[index]
    with pytest.raises(TypeError):
        desk.ringing["c1"] = FakeCall("c1")  # type: ignore[index]
    assert list(desk.offers) == ["c1"]


# --------------------------------------------------------------------------- auto-accept


def test_auto_accept_accepts_a_chat_as_soon_as_it_is_offered():
    desk = OfferDesk(auto_accept=True)
    assert desk.offer_created(offer("c1")) is True
    assert desk.accept("c1") == SendAccept("c1")


def test_auto_accept_answers_a_call_once_offer_and_ringing_are_both_there():
    desk = OfferDesk(auto_accept=True)
    # the offer first: accepting waits for the INVITE, which is then answered
    assert desk.offer_created(call_offer("v1")) is True
    assert desk.accept("v1") == WaitForRinging("v1")
    first = FakeCall("v1")
    assert desk.phone_ringing(first) == AnswerPhone(first)

    # the ringing first: nothing until the offer, then accepting answers it
    second = FakeCall("v2")
    assert desk.phone_ringing(second) is None
    assert desk.offer_created(call_offer("v2")) is True
    assert desk.accept("v2") == AnswerPhone(second)


def test_auto_accept_answers_a_ringing_call_whose_offer_is_there():
    desk = OfferDesk()
    desk.offer_created(call_offer("v1"))
    desk.auto_accept = True  # switched on while the offer waited
    ringing = FakeCall("v1")
    assert desk.phone_ringing(ringing) == AnswerPhone(ringing)


def test_without_auto_accept_nothing_is_accepted_by_itself():
    desk = OfferDesk()
    assert desk.offer_created(offer("c1")) is False
    assert desk.offer_created(call_offer("v1")) is False
    assert desk.phone_ringing(FakeCall("v1")) is None


# --------------------------------------------------------------------------- layers


def test_the_desk_imports_no_qt_and_no_softphone():
    code = (
        "import sys, agent_app.offers\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6', 'qasync', 'pjsua2', 'softphone'))\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


# --------------------------------------------------------------------------- changed minds


def test_f5_then_shift_f5_before_the_invite_never_answers_the_late_invite():
    """The agent answers a call offer before its INVITE came, then declines it: the
    server is asked to reject it, and the INVITE that arrives afterwards is refused
    instead of answered."""
    desk = OfferDesk()
    desk.offer_created(call_offer("v1"))
    assert desk.accept("v1") == WaitForRinging("v1")
    assert desk.reject("v1") == SendReject("v1")
    desk.reject_finished("v1")
    late = FakeCall("v1")
    assert desk.phone_ringing(late) == RejectPhone(late)
    assert not desk.ringing
    assert desk.interaction_assigned("v1") is False  # and nothing would take the focus


def test_a_revoked_offer_forgets_an_early_answer_and_the_focus():
    desk = OfferDesk()
    desk.offer_created(call_offer("v1"))
    assert desk.accept("v1") == WaitForRinging("v1")
    assert desk.offer_revoked("v1") is True  # taken by someone else, timed out, …
    assert desk.phone_ringing(FakeCall("v1")) is None  # rings, but is not answered by itself
    assert desk.interaction_assigned("v1") is False


def test_an_expired_offer_forgets_an_early_answer():
    desk = OfferDesk()
    desk.offer_created(call_offer("v1"))
    assert desk.accept("v1") == WaitForRinging("v1")
    desk.offer_expired("v1")
    assert desk.phone_ringing(FakeCall("v1")) is None
    assert desk.interaction_assigned("v1") is False


def test_a_lost_connection_forgets_early_answers_and_focus():
    desk = OfferDesk()
    desk.offer_created(call_offer("v1"))
    desk.offer_created(offer("c1"))
    assert desk.accept("v1") == WaitForRinging("v1")
    desk.disconnected()
    assert desk.phone_ringing(FakeCall("v1")) is None
    assert desk.interaction_assigned("v1") is False


def test_a_new_offer_after_a_rejection_is_answered_normally():
    desk = OfferDesk()
    desk.offer_created(call_offer("v1"))
    assert desk.reject("v1") == SendReject("v1")
    desk.reject_finished("v1")
    desk.offer_created(call_offer("v1"))  # offered again (after a reconnect, say)
    ringing = FakeCall("v1")
    assert desk.phone_ringing(ringing) is None
    assert desk.accept("v1") == AnswerPhone(ringing)


# --------------------------------------------------------------------------- auto-accept


def test_auto_accepted_chat_is_announced_not_focused():
    desk = OfferDesk(auto_accept=True)
    assert desk.offer_created(offer("c1")) is True
    assert desk.accept("c1", auto=True) == SendAccept("c1")
    desk.accept_finished("c1", accepted=True)
    assert desk.interaction_assigned("c1") is False  # the keyboard stays where it is
    assert desk.take_announcement("c1") is True  # the window announces it instead
    assert desk.take_announcement("c1") is False


def test_auto_answered_call_is_announced_not_focused():
    desk = OfferDesk(auto_accept=True)
    desk.offer_created(call_offer("v1"))
    ringing = FakeCall("v1")
    assert desk.phone_ringing(ringing) == AnswerPhone(ringing)
    assert desk.interaction_assigned("v1") is False
    assert desk.take_announcement("v1") is True


def test_auto_accept_before_the_invite_is_announced_when_it_rings():
    desk = OfferDesk(auto_accept=True)
    desk.offer_created(call_offer("v1"))
    assert desk.accept("v1", auto=True) == WaitForRinging("v1")
    ringing = FakeCall("v1")
    assert desk.phone_ringing(ringing) == AnswerPhone(ringing)
    assert desk.interaction_assigned("v1") is False
    assert desk.take_announcement("v1") is True


def test_f5_on_an_offer_is_focused_even_with_auto_accept_on():
    desk = OfferDesk(auto_accept=True)
    desk.offer_created(offer("c1"))
    assert desk.accept("c1") == SendAccept("c1")  # the agent was quicker than auto-accept
    desk.accept_finished("c1", accepted=True)
    assert desk.interaction_assigned("c1") is True
    assert desk.take_announcement("c1") is False


# --------------------------------------------------------------------------- the gate


def test_the_softphone_gate_rings_only_for_the_secret_of_a_pending_call_offer():
    desk = OfferDesk()
    secret = "s" * 32
    # Nothing offered yet: an INVITE naming an id and a secret may have beaten its offer.
    assert desk.invite_verdict("c1", secret) == "wait"
    assert desk.invite_verdict("", secret) == "refuse"  # no interaction named
    assert desk.invite_verdict("c1", "") == "refuse"  # no secret
    desk.offer_created(
        p.OfferCreated(
            interaction=call_offer("c1").interaction, expires_at=time.time() + 20,
            phone_secret=secret,
        )
    )  # fmt: skip
    assert desk.invite_verdict("c1", "x" * 32) == "refuse"  # a wrong secret
    assert desk.invite_verdict("c1", secret) == "ring"
    desk.offer_created(offer("chat1"))  # a chat has no call: nothing of it rings
    assert desk.invite_verdict("chat1", secret) == "refuse"
    desk.offer_created(call_offer("c2"))  # an offer without a secret (an older server)
    assert desk.invite_verdict("c2", "") == "refuse"
    assert desk.phone_ringing(FakeCall("c1")) is None
    assert desk.invite_verdict("c1", secret) == "refuse"  # it rings already: used up
    desk.offer_revoked("c1")
    assert desk.invite_verdict("c1", secret) == "wait"  # gone: as if never offered
    assert set(desk.offers) == {"chat1", "c2"}  # the gate itself changes nothing
