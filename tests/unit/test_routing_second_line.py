"""The routing engine's second line: consultations, transfers and who is in a conversation."""

from __future__ import annotations

import pytest

from shared.routing import (
    Action,
    ConsultView,
    Engine,
    InteractionChanged,
    Offer,
    OfferRevoked,
    ParticipantChanged,
    PresenceChanged,
    RoutingConfig,
    RoutingError,
)

DEPT = "dept:Finance"


def offers(actions: list[Action]) -> list[Offer]:
    return [a for a in actions if isinstance(a, Offer)]


def lifecycle(actions: list[Action]) -> list[Action]:
    return [a for a in actions if isinstance(a, InteractionChanged | ParticipantChanged)]


def centre(config: RoutingConfig | None = None) -> Engine:
    """Agent 'a' (first line, tax) on a call i1; experts x (idle since 1) and y (since 2)."""
    e = Engine(config or RoutingConfig())
    e.add_agent("a", {"tax": 1}, 0.0, presence="available", connected=True)
    e.add_agent("x", {DEPT: 5}, 1.0, presence="available", connected=True)
    e.add_agent("y", {DEPT: 3}, 2.0, presence="available", connected=True)
    e.enqueue("i1", "tax", "voice", 3.0)
    e.accept("a", "i1", 4.0)
    return e


def test_consultation_rings_the_longest_idle_expert_and_joins_them():
    e = centre()
    acts = e.consult("i1", DEPT, 10.0)
    assert offers(acts) == [Offer("x", "i1", 30.0, "consult")]
    assert e.consult_of("i1") == ConsultView("i1", DEPT, "offered", "x", by="a")
    assert e.state_of("i1") == "active" and e.agent_of("i1") == "a"
    assert e.offer_expiry("i1") == 30.0
    assert e.agent_view("x").offer == "i1"
    acts = e.accept("x", "i1", 12.0)
    assert lifecycle(acts) == [ParticipantChanged("i1", "x", "consulted")]
    assert PresenceChanged("x", "busy", "", 12.0) in acts
    assert e.participants("i1") == (("a", "owner"), ("x", "consulted"))
    assert e.consult_of("i1") is None
    view = e.agent_view("x")
    assert view.interactions == ("i1",) and view.consulted == ("i1",)
    assert e.agent_view("a").consulted == ()


def test_the_owner_is_never_offered_their_own_consultation():
    e = Engine()
    e.add_agent("a", {"tax": 1, DEPT: 9}, 0.0, presence="available", connected=True)
    e.enqueue("c1", "tax", "chat", 1.0)  # chat: room for more, so 'a' could take it
    e.accept("a", "c1", 1.0)
    assert offers(e.consult("c1", DEPT, 2.0)) == []
    assert e.consult_of("c1").state == "queued"
    assert e.queued(DEPT) == ["c1#consult1"] and e.position("c1#consult1") == 1


def test_nobody_free_waits_in_the_department_queue_until_an_expert_is():
    e = centre()
    e.set_presence("x", "not_ready", 5.0, "lunch")
    e.set_presence("y", "offline", 5.0)
    acts = e.consult("i1", DEPT, 10.0)
    assert offers(acts) == []
    assert e.consult_of("i1") == ConsultView("i1", DEPT, "queued", None, by="a", position=1)
    assert e.waiting(DEPT) == (1, 3.0)  # in line by the caller's arrival
    assert offers(e.set_presence("y", "available", 20.0)) == [Offer("y", "i1", 40.0, "consult")]


def test_ring_no_answer_moves_the_consultation_on_and_the_expert_not_ready():
    e = centre()
    e.consult("i1", DEPT, 10.0)
    acts = e.tick(30.0)
    assert OfferRevoked("x", "i1", "timeout", "consult") in acts
    assert PresenceChanged("x", "not_ready", "ring_no_answer", 30.0) in acts
    assert offers(acts) == [Offer("y", "i1", 50.0, "consult")]
    assert e.state_of("i1") == "active" and e.agent_of("i1") == "a"


def test_a_declining_expert_is_not_asked_again_for_that_consultation():
    e = centre()
    e.consult("i1", DEPT, 10.0)
    acts = e.reject("x", "i1", 11.0)
    assert OfferRevoked("x", "i1", "rejected", "consult") in acts
    assert offers(acts) == [Offer("y", "i1", 31.0, "consult")]
    e.reject("y", "i1", 12.0)
    assert e.consult_of("i1").state == "queued"
    assert e.agent_view("x").presence == "available"  # declining is not ring-no-answer


def test_cancelling_returns_to_the_owner_whatever_stage_the_consultation_is_in():
    e = centre()
    e.set_presence("y", "offline", 5.0)
    e.set_presence("x", "offline", 5.0)
    e.consult("i1", DEPT, 10.0)  # queued
    e.cancel_consult("i1", 11.0)
    assert e.consult_of("i1") is None and e.queued(DEPT) == []
    e.set_presence("x", "available", 12.0)
    e.consult("i1", DEPT, 13.0)  # ringing x
    acts = e.cancel_consult("i1", 14.0)
    assert OfferRevoked("x", "i1", "cancelled", "consult") in acts
    assert e.agent_view("x").offer is None and e.agent_view("x").presence == "available"
    e.consult("i1", DEPT, 15.0)
    e.accept("x", "i1", 16.0)  # joined
    acts = e.cancel_consult("i1", 17.0, "back to the caller")
    assert lifecycle(acts) == [ParticipantChanged("i1", "x", None, "back to the caller")]
    assert e.participants("i1") == (("a", "owner"),)
    assert e.agent_view("x").presence == "available" and e.agent_view("x").wrapup == ()
    with pytest.raises(RoutingError):
        e.cancel_consult("i1", 18.0)


def test_completing_the_transfer_hands_over_and_both_wrap_up_their_part():
    e = centre()
    e.enqueue("next", "tax", "voice", 5.0)  # waits for 'a'
    e.consult("i1", DEPT, 10.0)
    e.accept("x", "i1", 11.0)
    acts = e.complete_transfer("i1", 20.0)
    assert lifecycle(acts) == [
        ParticipantChanged("i1", "a", None, "transferred", wrapup=True),
        ParticipantChanged("i1", "x", "owner", "transferred"),
        InteractionChanged("i1", "active", "x", "transferred"),
    ]
    assert offers(acts) == []  # 'a' owes a wrap-up first
    assert e.agent_of("i1") == "x" and e.participants("i1") == (("x", "owner"),)
    a = e.agent_view("a")
    assert a.presence == "wrap_up" and a.wrapup == ("i1",) and a.interactions == ("i1",)
    assert e.owes_wrapup("i1") == ("a",)
    acts = e.complete_wrapup("a", "i1", 25.0)
    assert lifecycle(acts) == []  # the conversation goes on with x
    assert offers(acts) == [Offer("a", "next", 45.0)]
    assert e.state_of("i1") == "active"
    e.finish("i1", 30.0)
    assert e.state_of("i1") == "wrap_up" and e.owes_wrapup("i1") == ("x",)
    acts = e.complete_wrapup("x", "i1", 31.0)
    assert lifecycle(acts) == [InteractionChanged("i1", "closed", "x", "wrapup")]
    assert e.state_of("i1") is None


def test_three_way_then_either_side_leaves():
    e = centre()
    e.consult("i1", DEPT, 10.0)
    e.accept("x", "i1", 11.0)
    acts = e.leave("i1", "x", 12.0)  # the expert hangs up the three-way
    assert lifecycle(acts) == [ParticipantChanged("i1", "x", None, "left")]
    e.consult("i1", DEPT, 13.0)
    e.accept("y", "i1", 14.0)
    acts = e.leave("i1", "a", 15.0)  # the agent leaves: y keeps the caller
    assert e.agent_of("i1") == "y"
    assert ParticipantChanged("i1", "a", None, "left", wrapup=True) in acts
    with pytest.raises(RoutingError):
        e.leave("i1", "x", 16.0)


def test_blind_transfer_keeps_the_callers_place_ahead_of_later_arrivals():
    e = centre()
    e.set_presence("x", "offline", 5.0)
    e.set_presence("y", "offline", 5.0)
    e.add_agent("b", {"tax": 1}, 0.0, presence="available", connected=True)
    e.enqueue("later", "tax", "voice", 8.0)
    e.accept("b", "later", 8.0)
    e.transfer("later", DEPT, 9.0)  # arrived at 8
    acts = e.transfer("i1", DEPT, 10.0, "to Finance")  # arrived at 3
    assert lifecycle(acts) == [
        ParticipantChanged("i1", "a", None, "to Finance", wrapup=True),
        InteractionChanged("i1", "queued", None, "to Finance"),
    ]
    assert e.queued(DEPT) == ["i1", "later"]
    assert e.position("i1") == 1 and e.state_of("i1") == "queued"
    assert e.agent_view("a").presence == "wrap_up"
    e.complete_wrapup("a", "i1", 11.0)
    assert e.agent_view("a").presence == "available"
    acts = e.set_presence("y", "available", 12.0)
    assert offers(acts) == [Offer("y", "i1", 32.0)]
    e.accept("y", "i1", 13.0)
    assert e.agent_of("i1") == "y"


def test_the_transferring_agent_is_not_offered_the_call_back():
    e = Engine()
    e.add_agent("a", {"tax": 1, DEPT: 1}, 0.0, presence="available", connected=True)
    e.enqueue("i1", "tax", "voice", 1.0)
    e.accept("a", "i1", 1.0)
    e.transfer("i1", DEPT, 2.0)
    e.complete_wrapup("a", "i1", 3.0)
    assert e.agent_view("a").offer is None and e.queued(DEPT) == ["i1"]


def test_the_call_ending_during_a_consultation_frees_the_expert_without_a_wrapup():
    e = centre()
    e.consult("i1", DEPT, 10.0)
    acts = e.finish("i1", 11.0, "caller hung up")  # while it rings x
    assert OfferRevoked("x", "i1", "cancelled", "consult") in acts
    assert e.agent_view("x").offer is None
    e2 = centre()
    e2.consult("i1", DEPT, 10.0)
    e2.accept("x", "i1", 11.0)
    acts = e2.finish("i1", 12.0, "caller hung up")
    assert lifecycle(acts) == [
        ParticipantChanged("i1", "x", None, "ended"),
        ParticipantChanged("i1", "a", None, "caller hung up", wrapup=True),
        InteractionChanged("i1", "wrap_up", "a", "caller hung up"),
    ]
    assert e2.agent_view("x").presence == "available" and e2.agent_view("x").wrapup == ()


def test_abandoned_after_a_transfer_still_lets_the_first_agent_wrap_up():
    e = centre()
    e.set_presence("x", "offline", 5.0)
    e.set_presence("y", "offline", 5.0)
    e.transfer("i1", DEPT, 10.0)
    acts = e.abandon("i1", 11.0, "caller hung up while waiting")
    assert lifecycle(acts) == [
        InteractionChanged("i1", "abandoned", None, "caller hung up while waiting")
    ]
    assert e.queued(DEPT) == [] and e.agent_view("a").wrapup == ("i1",)
    acts = e.complete_wrapup("a", "i1", 12.0)
    assert lifecycle(acts) == []  # abandoned it stays: no "closed" on top
    assert e.state_of("i1") is None


def test_without_mandatory_wrapup_a_transfer_owes_nothing():
    e = centre(RoutingConfig(wrapup_mandatory=False))
    e.consult("i1", DEPT, 10.0)
    e.accept("x", "i1", 11.0)
    acts = e.complete_transfer("i1", 12.0)
    assert ParticipantChanged("i1", "a", None, "transferred") in acts
    assert e.agent_view("a").presence == "available" and e.owes_wrapup("i1") == ()
    e.finish("i1", 13.0)
    assert e.state_of("i1") is None


def test_restore_brings_back_participants_and_owed_wrapups():
    e = Engine()
    for agent in ("a", "x", "b"):
        e.add_agent(agent, {"tax": 1}, 0.0, presence="available", connected=True)
    acts = e.restore("c1", "tax", "chat", 5.0, owner="a", consulted=("x",), owed=("b",))
    assert lifecycle(acts) == []  # a fact, already persisted
    assert e.participants("c1") == (("a", "owner"), ("x", "consulted"))
    assert e.agent_view("b").presence == "wrap_up"
    assert e.agent_view("x").consulted == ("c1",)
    e.restore("c2", "tax", "chat", 5.0, state="wrap_up", owed=("a",))
    assert e.state_of("c2") == "wrap_up" and e.agent_view("a").wrapup == ("c2",)
    assert e.restore("c3", "tax", "chat", 5.0, state="wrap_up") == []  # nothing owed
    with pytest.raises(RoutingError):
        e.restore("c4", "tax", "chat", 5.0)  # active needs an owner


def test_invalid_second_line_calls_raise_and_change_nothing():
    e = centre()
    e.enqueue("q1", "tax", "chat", 5.0)  # queued: nobody free for chats besides a? a is busy
    before = (e.agent_view("a"), e.agent_view("x"), e.queued(DEPT), e.next_deadline())
    bad = [
        lambda: e.consult("q1", DEPT, 6.0),  # not active
        lambda: e.consult("nothing", DEPT, 6.0),
        lambda: e.cancel_consult("i1", 6.0),  # no consultation
        lambda: e.complete_transfer("i1", 6.0),  # nobody joined
        lambda: e.leave("i1", "x", 6.0),
        lambda: e.transfer("q1", DEPT, 6.0),
        lambda: e.abandon("i1", 6.0),
    ]
    for call in bad:
        with pytest.raises(RoutingError):
            call()
    assert (e.agent_view("a"), e.agent_view("x"), e.queued(DEPT), e.next_deadline()) == before
    e.consult("i1", DEPT, 7.0)
    with pytest.raises(RoutingError):
        e.consult("i1", DEPT, 8.0)  # one at a time
    with pytest.raises(RoutingError):
        e.transfer("i1", DEPT, 8.0)  # end the consultation first
    with pytest.raises(RoutingError):
        e.accept("y", "i1", 8.0)  # it rings x, not y


def test_release_lets_a_callback_attempt_go_and_it_comes_back_at_its_place():
    e = centre()
    e.enqueue("later", "tax", "voice", 5.0)  # arrived after i1 (3.0)
    acts = e.release("i1", 10.0, "no answer")
    assert lifecycle(acts) == [
        ParticipantChanged("i1", "a", None, "no answer"),
        InteractionChanged("i1", "queued", None, "no answer"),
    ]
    assert e.state_of("i1") is None  # parked outside the engine until the next attempt
    assert e.agent_view("a").offer == "later"  # freed at once for the next caller
    e.set_presence("a", "not_ready", 11.0)
    e.accept("a", "later", 11.0)
    e.enqueue("i1", "tax", "voice", 20.0, arrival=3.0)
    assert e.queued("tax") == ["i1"]
    e.transfer("later", "tax", 21.0)
    assert e.queued("tax") == ["i1", "later"]  # i1 arrived first: it stays ahead
    with pytest.raises(RoutingError):
        e.release("later", 22.0)  # not active


def test_handed_back_it_goes_first_and_nothing_is_owed():
    e = centre()
    e.set_presence("x", "offline", 5.0)
    e.set_presence("y", "offline", 5.0)
    e.add_agent("b", {"tax": 1}, 0.0, presence="not_ready", connected=True)
    e.set_presence("a", "offline", 6.0)  # signing off
    e.enqueue("early", "tax", "chat", 1.0)  # arrived before i1 (3.0)
    acts = e.transfer("i1", "tax", 10.0, "agent signed off", front=True)
    assert lifecycle(acts) == [
        ParticipantChanged("i1", "a", None, "agent signed off"),
        InteractionChanged("i1", "queued", None, "agent signed off"),
    ]
    assert e.queued("tax") == ["i1", "early"]  # at the front
    assert e.owes_wrapup("i1") == () and e.agent_view("a").wrapup == ()
    assert offers(e.set_presence("b", "available", 11.0)) == [Offer("b", "i1", 31.0)]
