"""Unit tests for shared.routing, one rule at a time."""

from __future__ import annotations

import pytest

from shared.routing import (
    Action,
    Engine,
    InteractionChanged,
    Offer,
    OfferRevoked,
    ParticipantChanged,
    PresenceChanged,
    QueueChanged,
    RoutingConfig,
    RoutingError,
)


def offers(actions: list[Action]) -> list[tuple[str, str]]:
    return [(a.agent_id, a.interaction_id) for a in actions if isinstance(a, Offer)]


def presence(actions: list[Action]) -> list[PresenceChanged]:
    return [a for a in actions if isinstance(a, PresenceChanged)]


def ready(engine: Engine, agent_id: str, now: float, skills: dict[str, int] | None = None) -> None:
    """Add a connected, available agent (skill 'tax' level 1 unless told)."""
    engine.add_agent(agent_id, skills or {"tax": 1}, now, presence="available", connected=True)


def take(engine: Engine, agent_id: str, interaction_id: str, now: float) -> list[Action]:
    """Enqueue an interaction that must go to ``agent_id`` and accept it."""
    assert engine.agent_of(interaction_id) == agent_id
    return engine.accept(agent_id, interaction_id, now)


# --------------------------------------------------------------------------- choosing agents


def test_longest_idle_agent_wins():
    e = Engine()
    ready(e, "late", 5.0)
    ready(e, "early", 1.0)
    assert offers(e.enqueue("i1", "tax", "chat", 10.0)) == [("early", "i1")]


def test_equal_idle_ties_on_skill_level_then_id():
    e = Engine()
    ready(e, "b", 1.0, {"tax": 1})
    ready(e, "c", 1.0, {"tax": 3})
    ready(e, "a", 1.0, {"tax": 1})
    assert offers(e.enqueue("i1", "tax", "chat", 2.0)) == [("c", "i1")]
    assert offers(e.enqueue("i2", "tax", "chat", 2.0)) == [("a", "i2")]


def test_fewer_active_interactions_beats_longer_idle():
    e = Engine()
    ready(e, "old", 0.0)
    ready(e, "new", 5.0)
    e.enqueue("i1", "tax", "chat", 10.0)
    take(e, "old", "i1", 10.0)
    assert offers(e.enqueue("i2", "tax", "chat", 11.0)) == [("new", "i2")]


def test_finishing_or_becoming_available_resets_idle_since():
    e = Engine()
    ready(e, "a", 0.0)
    ready(e, "b", 1.0)
    e.enqueue("i1", "tax", "chat", 2.0)
    take(e, "a", "i1", 2.0)
    e.finish("i1", 3.0)
    e.complete_wrapup("a", "i1", 4.0)  # a idle since 4, b since 1
    assert offers(e.enqueue("i2", "tax", "chat", 5.0)) == [("b", "i2")]
    e.accept("b", "i2", 5.0)
    e.set_presence("a", "not_ready", 6.0, "lunch")
    e.set_presence("a", "available", 7.0)
    e.finish("i2", 8.0)
    e.complete_wrapup("b", "i2", 9.0)  # b idle since 9, a since 7
    assert offers(e.enqueue("i3", "tax", "chat", 10.0)) == [("a", "i3")]


def test_topic_nobody_has_stays_queued_until_a_skill_appears():
    e = Engine()
    ready(e, "a", 0.0)
    acts = e.enqueue("i1", "parking", "chat", 1.0)
    assert acts == [QueueChanged("parking")]
    assert e.position("i1") == 1
    assert e.available_agents("parking") == 0
    assert offers(e.set_skills("a", {"tax": 1, "parking": 2})) == [("a", "i1")]


def test_skill_level_zero_does_not_count():
    e = Engine()
    ready(e, "a", 0.0, {"tax": 0})
    assert offers(e.enqueue("i1", "tax", "chat", 1.0)) == []
    assert e.logged_in_agents("tax") == 0


# --------------------------------------------------------------------------- capacity, blocking


def test_capacity_three_chats():
    e = Engine()
    ready(e, "a", 0.0)
    for n in range(1, 4):
        assert offers(e.enqueue(f"c{n}", "tax", "chat", float(n))) == [("a", f"c{n}")]
        e.accept("a", f"c{n}", float(n))
    assert offers(e.enqueue("c4", "tax", "chat", 5.0)) == []
    assert e.available_agents("tax") == 0
    # Finishing one chat frees a place, but the wrap-up is owed first.
    assert offers(e.finish("c1", 6.0)) == []
    assert offers(e.complete_wrapup("a", "c1", 7.0)) == [("a", "c4")]


def test_one_offer_at_a_time_per_agent():
    e = Engine()
    ready(e, "a", 0.0)
    e.enqueue("c1", "tax", "chat", 1.0)
    assert offers(e.enqueue("c2", "tax", "chat", 2.0)) == []
    assert offers(e.accept("a", "c1", 3.0)) == [("a", "c2")]


def test_voice_blocks_chat():
    e = Engine()
    ready(e, "a", 0.0)
    e.enqueue("v1", "tax", "voice", 1.0)
    e.accept("a", "v1", 1.0)
    assert offers(e.enqueue("c1", "tax", "chat", 2.0)) == []
    assert offers(e.enqueue("v2", "tax", "voice", 2.0)) == []
    assert e.available_agents("tax") == 0
    e.finish("v1", 3.0)
    assert offers(e.complete_wrapup("a", "v1", 4.0)) == [("a", "c1")]


def test_chat_blocks_voice_and_video():
    e = Engine()
    ready(e, "a", 0.0)
    e.enqueue("c1", "tax", "chat", 1.0)
    e.accept("a", "c1", 1.0)
    assert offers(e.enqueue("v1", "tax", "voice", 2.0)) == []
    assert offers(e.enqueue("w1", "tax", "video", 2.0)) == []
    # A chat queued later still fits beside the first one.
    assert offers(e.enqueue("c2", "tax", "chat", 3.0)) == [("a", "c2")]
    assert e.available_agents("tax") == 0  # holds an offer


def test_video_waits_while_the_agent_is_on_the_phone_and_blocks_everything_itself():
    """Nowy Targ's rules: a video call waits while the clerk is on the phone (and in
    its wrap-up), and a clerk on a video call gets no chat and no ringing phone."""
    e = Engine()
    ready(e, "a", 0.0)
    e.enqueue("v1", "tax", "voice", 1.0)
    e.accept("a", "v1", 1.0)
    assert offers(e.enqueue("w1", "tax", "video", 2.0)) == []
    e.finish("v1", 3.0)
    assert e.queued("tax") == ["w1"]  # wrap-up first
    assert offers(e.complete_wrapup("a", "v1", 4.0)) == [("a", "w1")]
    e.accept("a", "w1", 4.0)
    assert offers(e.enqueue("c1", "tax", "chat", 5.0)) == []
    assert offers(e.enqueue("v2", "tax", "voice", 5.0)) == []
    assert offers(e.enqueue("w2", "tax", "video", 5.0)) == []
    e.finish("w1", 6.0)
    # after it, the oldest waiting comes first (and a chat then blocks the others)
    assert offers(e.complete_wrapup("a", "w1", 7.0)) == [("a", "c1")]
    assert e.queued("tax") == ["v2", "w2"]


def test_blocked_voice_does_not_hold_back_a_later_chat():
    e = Engine()
    ready(e, "a", 0.0)
    e.enqueue("c1", "tax", "chat", 1.0)
    e.accept("a", "c1", 1.0)
    e.enqueue("v1", "tax", "voice", 2.0)
    assert offers(e.enqueue("c2", "tax", "chat", 3.0)) == [("a", "c2")]
    assert e.queued("tax") == ["v1"]


def test_custom_capacity_and_blocks():
    cfg = RoutingConfig(capacity={"chat": 1, "voice": 1}, blocks={}, wrapup_mandatory=False)
    e = Engine(cfg)
    ready(e, "a", 0.0)
    e.enqueue("c1", "tax", "chat", 1.0)
    e.accept("a", "c1", 1.0)
    assert offers(e.enqueue("c2", "tax", "chat", 2.0)) == []
    assert offers(e.enqueue("v1", "tax", "voice", 3.0)) == [("a", "v1")]
    with pytest.raises(RoutingError):
        e.enqueue("w1", "tax", "video", 4.0)


# --------------------------------------------------------------------------- offers ending


def test_ring_no_answer_sets_not_ready_and_requeues_at_the_head():
    e = Engine(RoutingConfig(offer_timeout=20.0))
    ready(e, "a", 0.0)
    assert e.enqueue("i1", "tax", "chat", 1.0) == [Offer("a", "i1", 21.0)]
    e.enqueue("i2", "tax", "chat", 2.0)
    assert e.next_deadline() == 21.0
    assert e.offer_expiry("i1") == 21.0
    assert e.tick(20.9) == []
    acts = e.tick(21.0)
    assert acts == [
        OfferRevoked("a", "i1", "timeout"),
        PresenceChanged("a", "not_ready", "ring_no_answer", 21.0),
        QueueChanged("tax"),
    ]
    assert e.queued("tax") == ["i1", "i2"]
    assert e.position("i1") == 1
    assert e.next_deadline() is None
    assert e.offer_expiry("i1") is None
    view = e.agent_view("a")
    assert (view.presence, view.reason, view.since, view.offer) == (
        "not_ready",
        "ring_no_answer",
        21.0,
        None,
    )
    # Once back, the agent is not barred from the interaction it let ring.
    assert offers(e.set_presence("a", "available", 30.0)) == [("a", "i1")]


def test_timed_out_offer_goes_to_the_next_agent_at_once():
    e = Engine()
    ready(e, "a", 0.0)
    ready(e, "b", 1.0)
    e.enqueue("i1", "tax", "chat", 2.0)
    e.enqueue("i2", "tax", "chat", 3.0)  # a has i1, b has i2
    e.accept("b", "i2", 4.0)
    acts = e.tick(22.0)
    assert acts[0] == OfferRevoked("a", "i1", "timeout")
    assert offers(acts) == [("b", "i1")]
    assert QueueChanged("tax") not in acts  # back and out again: the queue never changed


def test_reject_excludes_that_agent_for_good():
    e = Engine()
    ready(e, "a", 0.0)
    e.enqueue("i1", "tax", "chat", 1.0)
    e.enqueue("i2", "tax", "chat", 2.0)
    acts = e.reject("a", "i1", 3.0)
    assert acts[0] == OfferRevoked("a", "i1", "rejected")
    assert offers(acts) == [("a", "i2")]  # i1 is skipped, not a blocker
    assert e.position("i1") == 1
    e.accept("a", "i2", 3.0)
    e.finish("i2", 4.0)
    assert offers(e.complete_wrapup("a", "i2", 5.0)) == []
    ready(e, "b", 6.0)
    assert e.agent_of("i1") == "b"


def test_rejected_interaction_goes_to_another_agent():
    e = Engine()
    ready(e, "a", 0.0)
    ready(e, "b", 1.0)
    e.enqueue("i1", "tax", "chat", 2.0)
    acts = e.reject("a", "i1", 3.0)
    assert offers(acts) == [("b", "i1")]


def test_accept_and_reject_need_the_current_offer():
    e = Engine()
    ready(e, "a", 0.0)
    ready(e, "b", 1.0)
    e.enqueue("i1", "tax", "chat", 2.0)
    with pytest.raises(RoutingError):
        e.accept("b", "i1", 3.0)
    with pytest.raises(RoutingError):
        e.reject("b", "i1", 3.0)
    e.accept("a", "i1", 3.0)
    with pytest.raises(RoutingError):
        e.accept("a", "i1", 3.0)
    assert e.agent_of("i1") == "a"
    assert e.agent_view("a").interactions == ("i1",)


def test_abandon_revokes_the_offer():
    e = Engine()
    ready(e, "a", 0.0)
    e.enqueue("i1", "tax", "chat", 1.0)
    e.enqueue("i2", "tax", "chat", 2.0)
    acts = e.abandon("i1", 3.0)
    assert acts[0] == OfferRevoked("a", "i1", "abandoned")
    assert offers(acts) == [("a", "i2")]
    assert e.agent_of("i1") is None
    assert e.state_of("i1") is None


def test_abandon_while_queued_and_not_after_accept():
    e = Engine()
    e.enqueue("i1", "tax", "chat", 1.0)
    e.enqueue("i2", "tax", "chat", 2.0)
    assert e.abandon("i1", 3.0) == [
        InteractionChanged("i1", "abandoned", None),
        QueueChanged("tax"),
    ]
    assert e.position("i2") == 1
    ready(e, "a", 4.0)
    e.accept("a", "i2", 5.0)
    with pytest.raises(RoutingError):
        e.abandon("i2", 6.0)


def test_disconnect_revokes_and_requeues_at_original_place():
    e = Engine()
    ready(e, "a", 0.0)
    e.enqueue("i1", "tax", "chat", 1.0)
    e.enqueue("i2", "tax", "chat", 2.0)
    acts = e.set_connected("a", False, 3.0)
    assert acts == [OfferRevoked("a", "i1", "offline"), QueueChanged("tax")]
    assert e.queued("tax") == ["i1", "i2"]
    view = e.agent_view("a")
    assert (view.connected, view.presence) == (False, "available")  # chosen presence kept
    assert e.available_agents("tax") == 0 and e.logged_in_agents("tax") == 0
    assert offers(e.set_connected("a", True, 4.0)) == [("a", "i1")]


def test_going_offline_revokes_but_not_ready_keeps_the_ringing_offer():
    e = Engine()
    ready(e, "a", 0.0)
    e.enqueue("i1", "tax", "chat", 1.0)
    e.enqueue("i2", "tax", "chat", 1.5)
    e.set_presence("a", "not_ready", 2.0, "break")
    assert e.agent_view("a").offer == "i1"
    assert offers(e.accept("a", "i1", 3.0)) == []  # not_ready: no new offer
    e.set_presence("a", "available", 4.0)
    assert e.agent_view("a").offer == "i2"
    acts = e.set_presence("a", "offline", 5.0)
    assert acts[0] == OfferRevoked("a", "i2", "offline")
    assert e.queued("tax") == ["i2"]


# --------------------------------------------------------------------------- wrap-up, presence


def test_wrapup_blocks_offers_until_completed():
    e = Engine()
    ready(e, "a", 0.0)
    e.enqueue("i1", "tax", "chat", 1.0)
    e.accept("a", "i1", 1.0)
    acts = e.finish("i1", 2.0)
    assert acts == [
        ParticipantChanged("i1", "a", None, "ended", wrapup=True),
        InteractionChanged("i1", "wrap_up", "a"),
        PresenceChanged("a", "wrap_up", "", 2.0),
    ]
    assert e.agent_view("a").wrapup == ("i1",)
    assert offers(e.enqueue("i2", "tax", "chat", 3.0)) == []
    with pytest.raises(RoutingError):
        e.complete_wrapup("a", "nope", 4.0)
    acts = e.complete_wrapup("a", "i1", 4.0)
    assert acts[:2] == [
        InteractionChanged("i1", "closed", "a", "wrapup"),
        PresenceChanged("a", "available", "", 4.0),
    ]
    assert offers(acts) == [("a", "i2")]
    assert e.state_of("i1") is None


def test_wrapup_not_mandatory_frees_at_once():
    e = Engine(RoutingConfig(wrapup_mandatory=False))
    ready(e, "a", 0.0)
    e.enqueue("i1", "tax", "voice", 1.0)
    e.accept("a", "i1", 1.0)
    e.enqueue("i2", "tax", "voice", 2.0)
    acts = e.finish("i1", 3.0)
    assert acts[:3] == [
        ParticipantChanged("i1", "a", None, "ended"),
        InteractionChanged("i1", "closed", "a"),
        PresenceChanged("a", "available", "", 3.0),
    ]
    assert offers(acts) == [("a", "i2")]
    with pytest.raises(RoutingError):
        e.complete_wrapup("a", "i1", 4.0)


def test_derived_presence_and_since():
    e = Engine()
    acts = e.add_agent("a", {"tax": 1}, 0.0)
    assert acts == [PresenceChanged("a", "offline", "", 0.0)]
    assert e.set_connected("a", True, 1.0) == []  # connection is not presence
    assert e.set_presence("a", "available", 2.0) == [PresenceChanged("a", "available", "", 2.0)]
    assert e.set_presence("a", "available", 3.0) == []
    e.enqueue("i1", "tax", "chat", 4.0)
    assert e.accept("a", "i1", 5.0) == [
        InteractionChanged("i1", "active", "a"),
        ParticipantChanged("i1", "a", "owner"),
        PresenceChanged("a", "busy", "", 5.0),
    ]
    assert e.set_presence("a", "not_ready", 6.0, "lunch") == [
        PresenceChanged("a", "not_ready", "lunch", 6.0)
    ]
    assert presence(e.finish("i1", 7.0)) == [PresenceChanged("a", "wrap_up", "", 7.0)]
    assert presence(e.complete_wrapup("a", "i1", 8.0)) == [
        PresenceChanged("a", "not_ready", "lunch", 8.0)
    ]
    # Same presence, new reason: reported.
    assert e.set_presence("a", "not_ready", 9.0, "meeting") == [
        PresenceChanged("a", "not_ready", "meeting", 9.0)
    ]
    view = e.agent_view("a")
    assert (view.presence, view.reason, view.since) == ("not_ready", "meeting", 9.0)


def test_busy_agent_with_a_second_chat_stays_busy_without_event():
    e = Engine()
    ready(e, "a", 0.0)
    e.enqueue("i1", "tax", "chat", 1.0)
    e.accept("a", "i1", 1.0)
    e.enqueue("i2", "tax", "chat", 2.0)
    assert e.accept("a", "i2", 3.0) == [  # the agent's presence does not change
        InteractionChanged("i2", "active", "a"),
        ParticipantChanged("i2", "a", "owner"),
    ]
    assert e.agent_view("a").since == 1.0


def test_presence_counts():
    e = Engine()
    ready(e, "a", 0.0)
    e.add_agent("b", {"tax": 1}, 0.0, presence="not_ready", connected=True)
    e.add_agent("c", {"tax": 1}, 0.0, presence="available", connected=False)
    e.add_agent("d", {"tax": 1}, 0.0, presence="offline", connected=True)
    assert e.logged_in_agents("tax") == 2
    assert e.available_agents("tax") == 1
    assert e.logged_in_agents("parking") == 0


# --------------------------------------------------------------------------- restore


def test_restore_active_counts_against_capacity():
    e = Engine()
    e.add_agent("a", {"tax": 1}, 0.0, presence="available", connected=True)
    acts = e.restore_active("v1", "tax", "voice", "a", 1.0)
    assert acts == [PresenceChanged("a", "busy", "", 1.0)]
    assert e.agent_of("v1") == "a"
    assert offers(e.enqueue("c1", "tax", "chat", 2.0)) == []
    assert offers(e.finish("v1", 3.0)) == []
    assert offers(e.complete_wrapup("a", "v1", 4.0)) == [("a", "c1")]


def test_restore_wrapup_then_queue_with_stored_arrival():
    e = Engine()
    e.add_agent("a", {"tax": 1}, 0.0, presence="available", connected=True)
    e.restore_active("w1", "tax", "chat", "a", 100.0, wrapup=True)
    assert e.agent_view("a").presence == "wrap_up"
    e.enqueue("late", "tax", "chat", 100.0, arrival=90.0)
    e.enqueue("early", "tax", "chat", 100.0, arrival=50.0)
    assert e.queued("tax") == ["early", "late"]
    assert e.waiting("tax") == (2, 50.0)
    assert offers(e.complete_wrapup("a", "w1", 101.0)) == [("a", "early")]


# --------------------------------------------------------------------------- queue order


def test_positions_follow_priority_then_arrival():
    e = Engine()
    for n, (prio, arrival) in enumerate([(0, 1.0), (0, 2.0), (5, 3.0), (0, 1.0)]):
        e.enqueue(f"i{n}", "tax", "chat", 10.0, priority=prio, arrival=arrival)
    e.enqueue("other", "parking", "voice", 10.0)
    assert e.queued("tax") == ["i2", "i0", "i3", "i1"]
    assert [e.position(f"i{n}") for n in range(4)] == [2, 4, 1, 3]
    assert e.position("other") == 1
    assert e.waiting("tax") == (4, 1.0)
    assert e.waiting("nothing") == (0, None)
    assert e.position("unknown") is None


def test_global_order_across_topics_decides_who_gets_a_freed_agent():
    e = Engine()
    e.enqueue("tax1", "tax", "chat", 2.0)
    e.enqueue("park1", "parking", "chat", 1.0)
    e.enqueue("urgent", "tax", "chat", 3.0, priority=1)
    ready(e, "a", 4.0, {"tax": 1, "parking": 1})
    assert e.agent_view("a").offer == "urgent"
    assert offers(e.accept("a", "urgent", 5.0)) == [("a", "park1")]
    assert offers(e.accept("a", "park1", 6.0)) == [("a", "tax1")]


def test_queue_changed_only_when_the_queue_changes():
    e = Engine()
    ready(e, "a", 0.0)
    assert e.enqueue("i1", "tax", "chat", 1.0) == [Offer("a", "i1", 21.0)]
    assert e.enqueue("i2", "tax", "chat", 2.0) == [QueueChanged("tax")]
    acts = e.accept("a", "i1", 3.0)
    assert acts[-1] == QueueChanged("tax")  # i2 left the queue for its offer


# --------------------------------------------------------------------------- invalid calls


def test_invalid_calls_raise_and_change_nothing():
    e = Engine()
    ready(e, "a", 0.0)
    e.enqueue("i1", "tax", "chat", 1.0)
    before = (e.agent_view("a"), e.queued("tax"), e.next_deadline())
    bad_calls = [
        lambda: e.add_agent("a", {}, 2.0),
        lambda: e.add_agent("z", {"tax": -1}, 2.0),
        lambda: e.add_agent("z", {}, 2.0, presence="busy"),
        lambda: e.set_presence("a", "wrap_up", 2.0),
        lambda: e.set_presence("nobody", "available", 2.0),
        lambda: e.set_connected("nobody", True, 2.0),
        lambda: e.set_skills("nobody", {}),
        lambda: e.enqueue("i1", "tax", "chat", 2.0),
        lambda: e.enqueue("i9", "tax", "fax", 2.0),
        lambda: e.restore_active("i1", "tax", "chat", "a", 2.0),
        lambda: e.restore_active("i9", "tax", "chat", "nobody", 2.0),
        lambda: e.finish("i1", 2.0),
        lambda: e.finish("nothing", 2.0),
        lambda: e.complete_wrapup("a", "i1", 2.0),
        lambda: e.abandon("nothing", 2.0),
        lambda: e.agent_view("nobody"),
    ]
    for call in bad_calls:
        with pytest.raises(RoutingError):
            call()
    assert (e.agent_view("a"), e.queued("tax"), e.next_deadline()) == before
    with pytest.raises(RoutingError):
        e.agent_view("z")  # the bad add_agent calls added nobody


def test_error_codes():
    e = Engine()
    with pytest.raises(RoutingError) as info:
        e.accept("nobody", "x", 0.0)
    assert info.value.code == "not_found"
    e.enqueue("i1", "tax", "chat", 0.0)
    with pytest.raises(RoutingError) as info:
        e.enqueue("i1", "tax", "chat", 0.0)
    assert info.value.code == "conflict"


def test_offers_expiring_together_come_back_in_queue_order():
    e = Engine()
    ready(e, "a", 0.0)
    ready(e, "b", 1.0)
    e.enqueue("i1", "tax", "chat", 2.0)
    e.enqueue("i2", "tax", "chat", 2.0)
    ready(e, "c", 3.0)
    acts = e.tick(22.0)
    assert offers(acts) == [("c", "i1")]
    assert e.queued("tax") == ["i2"]


def test_an_agent_without_a_channel_is_skipped_until_it_has_it():
    e = Engine()
    e.add_agent(
        "a", {"tax": 1}, 0.0, presence="available", connected=True, channels=frozenset({"chat"})
    )
    ready(e, "b", 1.0)
    assert offers(e.enqueue("v1", "tax", "voice", 2.0)) == [("b", "v1")]  # a is longer idle
    assert offers(e.enqueue("v2", "tax", "voice", 3.0)) == []
    assert offers(e.enqueue("c1", "tax", "chat", 4.0)) == [("a", "c1")]
    e.reject("a", "c1", 5.0)
    assert e.set_channels("a", frozenset({"chat"})) == []  # unchanged
    assert offers(e.set_channels("a", None, 6.0)) == [("a", "v2")]
    assert e.agent_view("a").channels is None
    with pytest.raises(RoutingError):
        e.set_channels("a", frozenset({"fax"}))
