"""Stateful property test: random call sequences against shared.routing.Engine.

The test keeps its own small model (each interaction's queue, channel, place in line and
who rejected it, and the same for each consultation requested) and after every step
checks the engine's public view against the rules: one owner per interaction and its
participants where they belong, capacity and blocking, offers only to eligible agents,
offer order, work conservation, wrap-ups owed by exactly who left, and that events are
emitted exactly when things change.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
)

from shared.routing import (
    Action,
    AgentView,
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

# Few topics and agents so that sequences often reach full capacity, blocking, rejections
# and competition between agents. "dept" stands for a second-line queue: interactions are
# consulted and transferred there (any queue works the same for the engine).
TOPICS = ("tax", "parking", "dept")
CHANNELS = ("chat", "chat", "chat", "voice", "video")  # chat is the common case
MAX_AGENTS = 5  # the supervisor among them
SUPERVISOR = "s0"

skills_st = st.dictionaries(st.sampled_from(TOPICS), st.integers(0, 3), min_size=1, max_size=2)
# Whole seconds, often zero: offers then expire together and arrivals tie.
step_st = st.integers(0, 3)
presence_st = st.sampled_from(["available", "available", "available", "not_ready", "offline"])
reason_st = st.sampled_from(["", "lunch", "meeting"])

# A passing run takes ~10 s; shrinking a failure can take minutes, and the global
# 120 s timeout would then hide the minimal example.
pytestmark = pytest.mark.timeout(600)


@dataclass
class Item:
    """What the test knows about one live interaction, or one consultation requested."""

    topic: str  # the queue it waits in (a transfer changes it)
    channel: str
    key: tuple[int, float, int]  # (-priority, arrival, enqueue order): offer order
    rejected: set[str] = field(default_factory=set)


class RoutingMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.now = 0.0
        self.items: dict[str, Item] = {}
        self.consults: dict[str, Item] = {}  # interaction -> its consultation not joined yet
        self.expiry: dict[str, float] = {}  # interaction (itself or its consultation rings)
        self.serial = 0
        self.last: list[Action] = []
        self.states_before: dict[str, str | None] = {}
        self.people: dict[str, dict[str, str]] = {}  # joins minus leaves, from the actions
        self.owes: dict[str, set[str]] = {}  # wrap-ups owed, from the actions
        self.abandoned: set[str] = set()
        self.parked: dict[str, Item] = {}  # released (a callback attempt), to come back
        self.changed_topics: set[str] = set()
        self.changed_presence: set[str] = set()

    @initialize(
        mandatory=st.booleans(),
        timeout=st.sampled_from([5.0, 20.0]),
        chats=st.integers(1, 3),
        skills=st.lists(skills_st, min_size=1, max_size=3),
    )
    def start(self, mandatory, timeout, chats, skills) -> None:
        capacity = {"chat": chats, "voice": 1, "video": 1}
        self.config = RoutingConfig(
            capacity=capacity, offer_timeout=timeout, wrapup_mandatory=mandatory
        )
        self.engine = Engine(self.config)
        self.agents: list[str] = []
        for n, agent_skills in enumerate(skills):
            self.engine.add_agent(f"a{n}", agent_skills, 0.0, presence="available", connected=True)
            self.agents.append(f"a{n}")
        # A supervisor: in the engine to own what they took over, with no skills (never
        # offered queue work) and owing no wrap-up.
        self.engine.add_agent(
            SUPERVISOR, {}, 0.0, presence="available", connected=True, wraps_up=False
        )
        self.agents.append(SUPERVISOR)

    # ----------------------------------------------------------------------- helpers

    def views(self) -> dict[str, AgentView]:
        return {a: self.engine.agent_view(a) for a in self.agents}

    def queues(self) -> dict[str, list[str]]:
        return {t: self.engine.queued(t) for t in TOPICS}

    def run(self, call, *args, **kwargs) -> list[Action]:
        """Call the engine, remember what it returned and what visibly changed."""
        views, queues = self.views(), self.queues()
        self.states_before = {i: self.engine.state_of(i) for i in self.items}
        self.last = call(*args, **kwargs)
        after = self.views()
        self.changed_presence = {
            a
            for a, v in after.items()
            if a not in views or (v.presence, v.reason) != (views[a].presence, views[a].reason)
        }
        self.changed_topics = {t for t, q in self.queues().items() if q != queues[t]}
        for action in self.last:
            if isinstance(action, Offer):
                self.expiry[action.interaction_id] = action.expires_at
            elif isinstance(action, OfferRevoked):
                self.expiry.pop(action.interaction_id, None)
                if action.reason == "rejected":
                    model = self.model_of_offer(action.interaction_id, action.kind)
                    model.rejected.add(action.agent_id)
        for iid in list(self.consults):
            if self.engine.consult_of(iid) is None:  # joined, cancelled or ended
                del self.consults[iid]
        return self.last

    def model_of_offer(self, iid: str, kind: str) -> Item:
        return self.consults[iid] if kind == "consult" else self.items[iid]

    def model(self, item_id: str) -> Item:
        """The model of a queued item: an interaction or "<iid>#consult<n>"."""
        iid, sep, _ = item_id.partition("#")
        return self.consults[iid] if sep else self.items[iid]

    def advance(self, dt: float) -> float:
        self.now += dt
        return self.now

    def forget_closed(self) -> None:
        for iid in [i for i in self.items if self.engine.state_of(i) is None]:
            del self.items[iid]
            self.expiry.pop(iid, None)
            self.consults.pop(iid, None)

    def eligible(self, view: AgentView, item_id: str) -> bool:
        """The eligibility rule, computed from the public view and the test's model."""
        item = self.model(item_id)
        if not view.connected or view.presence not in ("available", "busy"):
            return False
        if view.offer is not None or view.skills.get(item.topic, 0) < 1:
            return False
        if view.channels is not None and item.channel not in view.channels:
            return False
        if view.agent_id in item.rejected:
            return False
        active = [self.items[i].channel for i in view.interactions if i not in view.wrapup]
        if active.count(item.channel) >= self.config.capacity[item.channel]:
            return False
        return not any(item.channel in self.config.blocks[ch] for ch in active)

    def in_state(self, *states: str) -> list[str]:
        return sorted(i for i in self.items if self.engine.state_of(i) in states)

    def free_agents(self) -> list[str]:
        """Agents holding nothing (not the supervisor: restoring records an agent's work)."""
        return [
            a
            for a, v in self.views().items()
            if not v.interactions and v.offer is None and a != SUPERVISOR
        ]

    def can_take(self, view: AgentView, iid: str) -> bool:
        """Room to hold it (capacity, blocking), no offer ringing, owes nothing for it."""
        channel = self.items[iid].channel
        if view.agent_id == self.engine.agent_of(iid) or view.offer is not None:
            return False
        if iid in view.interactions:
            return False
        active = [self.items[i].channel for i in view.interactions if i not in view.wrapup]
        if active.count(channel) >= self.config.capacity[channel]:
            return False
        return not any(channel in self.config.blocks[ch] for ch in active)

    def takeable(self) -> list[tuple[str, str]]:
        views = self.views()
        return [(a, i) for i in self.consultable() for a, v in views.items() if self.can_take(v, i)]

    def ringing(self) -> list[tuple[str, str]]:
        """(agent, interaction) for every offer out: interactions and consultations."""
        return sorted((a, v.offer) for a, v in self.views().items() if v.offer)

    def owed(self) -> list[tuple[str, str]]:
        return sorted((a, i) for a, v in self.views().items() for i in v.wrapup)

    def consultable(self) -> list[str]:
        return [
            i
            for i in self.in_state("active")
            if self.engine.consult_of(i) is None and len(self.engine.participants(i)) == 1
        ]

    def joined(self) -> list[str]:
        return [i for i in self.in_state("active") if len(self.engine.participants(i)) > 1]

    # ----------------------------------------------------------------------- rules

    @precondition(lambda self: len(self.agents) < MAX_AGENTS)
    @rule(
        skills=skills_st,
        presence=presence_st,
        connected=st.sampled_from([True, True, False]),
        dt=step_st,
    )
    def add_agent(self, skills, presence, connected, dt) -> None:
        agent_id = f"a{len(self.agents)}"
        now = self.advance(dt)

        def add() -> list[Action]:
            actions = self.engine.add_agent(
                agent_id, skills, now, presence=presence, connected=connected
            )
            self.agents.append(agent_id)
            return actions

        self.run(add)

    @rule(data=st.data(), skills=skills_st, dt=step_st)
    def set_skills(self, data, skills, dt) -> None:
        agent_id = data.draw(st.sampled_from([a for a in self.agents if a != SUPERVISOR]))
        self.run(self.engine.set_skills, agent_id, skills, self.advance(dt))

    @rule(
        data=st.data(),
        state=presence_st,
        reason=reason_st,
        dt=step_st,
    )
    def set_presence(self, data, state, reason, dt) -> None:
        agent_id = data.draw(st.sampled_from(self.agents))
        self.run(self.engine.set_presence, agent_id, state, self.advance(dt), reason)

    @rule(
        data=st.data(),
        channels=st.none() | st.frozensets(st.sampled_from(["chat", "voice", "video"])),
        dt=step_st,
    )
    def set_channels(self, data, channels, dt) -> None:
        agent_id = data.draw(st.sampled_from(self.agents))
        self.run(self.engine.set_channels, agent_id, channels, self.advance(dt))

    @rule(data=st.data(), connected=st.booleans(), dt=step_st)
    def set_connected(self, data, connected, dt) -> None:
        agent_id = data.draw(st.sampled_from(self.agents))
        self.run(self.engine.set_connected, agent_id, connected, self.advance(dt))

    @rule(
        topic=st.sampled_from(TOPICS),
        channel=st.sampled_from(CHANNELS),
        priority=st.integers(0, 1),
        back=st.none() | st.integers(0, 30),
        dt=step_st,
    )
    def enqueue(self, topic, channel, priority, back, dt) -> None:
        now = self.advance(dt)
        # ``back`` stands for an interaction restored after a restart with its old arrival.
        arrival = now if back is None else now - back
        self.serial += 1
        iid = f"i{self.serial}"
        self.items[iid] = Item(topic, channel, (-priority, arrival, self.serial))
        self.run(self.engine.enqueue, iid, topic, channel, now, priority=priority, arrival=arrival)

    @precondition(lambda self: self.free_agents())
    @rule(
        data=st.data(),
        topic=st.sampled_from(TOPICS),
        channel=st.sampled_from(CHANNELS),
        wrapup=st.booleans(),
    )
    def restore_active(self, data, topic, channel, wrapup) -> None:
        # Restoring ignores capacity, so only restore onto agents holding nothing: the
        # capacity invariant must stay the engine's own doing.
        agent_id = data.draw(st.sampled_from(self.free_agents()))
        self.serial += 1
        iid = f"i{self.serial}"
        self.items[iid] = Item(topic, channel, (0, self.now, self.serial))
        if not wrapup:
            self.people[iid] = {agent_id: "owner"}
        elif self.config.wrapup_mandatory:
            self.owes[iid] = {agent_id}
        self.run(self.engine.restore_active, iid, topic, channel, agent_id, self.now, wrapup=wrapup)
        self.forget_closed()  # a restored wrap-up is not tracked when not mandatory

    @precondition(lambda self: self.ringing())
    @rule(data=st.data(), dt=step_st)
    def accept(self, data, dt) -> None:
        agent_id, iid = data.draw(st.sampled_from(self.ringing()))
        self.expiry.pop(iid, None)
        self.run(self.engine.accept, agent_id, iid, self.advance(dt))

    @precondition(lambda self: self.ringing())
    @rule(data=st.data(), dt=step_st)
    def reject(self, data, dt) -> None:
        agent_id, iid = data.draw(st.sampled_from(self.ringing()))
        self.run(self.engine.reject, agent_id, iid, self.advance(dt))

    @precondition(lambda self: self.consultable())
    @rule(data=st.data(), queue=st.sampled_from(TOPICS), dt=step_st)
    def consult(self, data, queue, dt) -> None:
        iid = data.draw(st.sampled_from(self.consultable()))
        parent = self.items[iid]
        self.serial += 1
        owner = self.engine.agent_of(iid)
        self.consults[iid] = Item(queue, parent.channel, (*parent.key[:2], self.serial), {owner})
        self.run(self.engine.consult, iid, queue, self.advance(dt))

    @precondition(lambda self: self.consults or self.joined())
    @rule(data=st.data(), dt=step_st)
    def cancel_consult(self, data, dt) -> None:
        iid = data.draw(st.sampled_from(sorted({*self.consults, *self.joined()})))
        self.run(self.engine.cancel_consult, iid, self.advance(dt))

    @precondition(lambda self: self.joined())
    @rule(data=st.data(), dt=step_st)
    def complete_transfer(self, data, dt) -> None:
        iid = data.draw(st.sampled_from(self.joined()))
        self.run(self.engine.complete_transfer, iid, self.advance(dt))

    @precondition(lambda self: self.joined())
    @rule(data=st.data(), dt=step_st)
    def leave(self, data, dt) -> None:
        iid = data.draw(st.sampled_from(self.joined()))
        agent_id, _role = data.draw(st.sampled_from(self.engine.participants(iid)))
        self.run(self.engine.leave, iid, agent_id, self.advance(dt))

    def releasable(self) -> list[str]:
        return [i for i in self.consultable() if not self.engine.owes_wrapup(i)]

    @precondition(lambda self: self.releasable())
    @rule(data=st.data(), dt=step_st)
    def release(self, data, dt) -> None:
        iid = data.draw(st.sampled_from(self.releasable()))
        self.parked[iid] = self.items[iid]
        self.run(self.engine.release, iid, self.advance(dt))
        del self.items[iid]

    @precondition(lambda self: self.parked)
    @rule(data=st.data(), dt=step_st)
    def retry(self, data, dt) -> None:
        iid = data.draw(st.sampled_from(sorted(self.parked)))
        item = self.items[iid] = self.parked.pop(iid)
        item.rejected = set()
        self.run(
            self.engine.enqueue, iid, item.topic, item.channel, self.advance(dt),
            priority=-item.key[0], arrival=item.key[1],
        )  # fmt: skip
        # the engine gives it a new enqueue order: among equal arrivals it goes last
        self.serial += 1
        item.key = (item.key[0], item.key[1], self.serial)

    @precondition(lambda self: self.consultable())
    @rule(
        data=st.data(),
        queue=st.sampled_from(TOPICS),
        front=st.booleans(),
        wrapup=st.booleans(),
        dt=step_st,
    )
    def transfer(self, data, queue, front, wrapup, dt) -> None:
        iid = data.draw(st.sampled_from(self.consultable()))
        item = self.items[iid]
        owner = self.engine.agent_of(iid)
        item.topic, item.rejected = queue, {owner}
        if front:  # handed back: ahead of everything of its priority
            item.key = (item.key[0] - 1, *item.key[1:])
        acts = self.run(
            self.engine.transfer, iid, queue, self.advance(dt), front=front, wrapup=wrapup
        )
        left = [a for a in acts if isinstance(a, ParticipantChanged) and a.role is None]
        owes = self.config.wrapup_mandatory and owner != SUPERVISOR
        assert [(a.agent_id, a.wrapup) for a in left] == [(owner, wrapup and not front and owes)]

    @precondition(lambda self: self.takeable())
    @rule(data=st.data(), dt=step_st)
    def take_over(self, data, dt) -> None:
        """Someone (mostly the supervisor) takes a live interaction over: they own it
        now, the owner leaves owing nothing."""
        choices = self.takeable()
        mine = [c for c in choices if c[0] == SUPERVISOR]
        agent_id, iid = data.draw(st.sampled_from(mine or choices))
        owner = self.engine.agent_of(iid)
        acts = self.run(self.engine.take_over, iid, agent_id, self.advance(dt))
        people = [(a.agent_id, a.role, a.wrapup) for a in acts if isinstance(a, ParticipantChanged)]
        assert people == [(owner, None, False), (agent_id, "owner", False)]
        assert self.engine.agent_of(iid) == agent_id
        assert self.engine.participants(iid) == ((agent_id, "owner"),)
        assert iid not in self.engine.agent_view(owner).interactions

    @precondition(lambda self: self.in_state("queued", "offered"))
    @rule(data=st.data(), queue=st.sampled_from(TOPICS), dt=step_st)
    def move(self, data, queue, dt) -> None:
        """A supervisor moves a waiting interaction: same place in line, another queue."""
        iid = data.draw(st.sampled_from(self.in_state("queued", "offered")))
        ringing = self.engine.agent_of(iid) if self.engine.state_of(iid) == "offered" else None
        self.items[iid].topic = queue
        acts = self.run(self.engine.move, iid, queue, self.advance(dt))
        revoked = [a for a in acts if isinstance(a, OfferRevoked)]
        assert [(a.agent_id, a.reason) for a in revoked] == (
            [(ringing, "cancelled")] if ringing else []
        )

    @precondition(lambda self: self.in_state("active"))
    @rule(data=st.data(), dt=step_st)
    def finish(self, data, dt) -> None:
        iid = data.draw(st.sampled_from(self.in_state("active")))
        self.run(self.engine.finish, iid, self.advance(dt))
        self.forget_closed()

    @precondition(lambda self: self.owed())
    @rule(data=st.data(), dt=step_st)
    def complete_wrapup(self, data, dt) -> None:
        agent_id, iid = data.draw(st.sampled_from(self.owed()))
        self.owes[iid].discard(agent_id)
        self.run(self.engine.complete_wrapup, agent_id, iid, self.advance(dt))
        self.forget_closed()

    @precondition(lambda self: self.in_state("queued", "offered"))
    @rule(data=st.data(), dt=step_st)
    def abandon(self, data, dt) -> None:
        iid = data.draw(st.sampled_from(self.in_state("queued", "offered")))
        self.run(self.engine.abandon, iid, self.advance(dt))
        self.forget_closed()

    @rule(dt=st.integers(0, 25))
    def tick(self, dt) -> None:
        now = self.advance(dt)
        due = {i for i, t in self.expiry.items() if t <= now}
        acts = self.run(self.engine.tick, now)
        revoked = {a.interaction_id for a in acts if isinstance(a, OfferRevoked)}
        assert revoked == due
        assert all(a.reason == "timeout" for a in acts if isinstance(a, OfferRevoked))
        for a in acts:
            if isinstance(a, OfferRevoked):
                view = self.engine.agent_view(a.agent_id)
                assert view.presence in ("not_ready", "wrap_up", "offline")

    @rule(data=st.data())
    def invalid_call_changes_nothing(self, data) -> None:
        before = (self.views(), self.queues(), self.engine.next_deadline())
        calls = [
            lambda: self.engine.enqueue("x", "tax", "fax", self.now),  # unknown channel
            lambda: self.engine.accept("nobody", "x", self.now),
            lambda: self.engine.complete_wrapup(self.agents[0], "x", self.now),
            lambda: self.engine.finish("x", self.now),
        ]
        if self.items:  # a duplicate id
            calls.append(lambda: self.engine.enqueue(min(self.items), "tax", "chat", self.now))
        calls += [
            lambda: self.engine.consult("x", "dept", self.now),
            lambda: self.engine.cancel_consult("x", self.now),
            lambda: self.engine.transfer("x", "dept", self.now),
        ]
        for iid in self.in_state("queued", "offered", "wrap_up"):
            calls.append(lambda iid=iid: self.engine.consult(iid, "dept", self.now))
        for iid in self.consultable():  # nobody joined, nothing requested
            calls.append(lambda iid=iid: self.engine.complete_transfer(iid, self.now))
            calls.append(lambda iid=iid: self.engine.cancel_consult(iid, self.now))
        for iid in self.consults:  # under way: one at a time, no blind transfer
            calls.append(lambda iid=iid: self.engine.consult(iid, "dept", self.now))
            calls.append(lambda iid=iid: self.engine.transfer(iid, "dept", self.now))
            calls.append(lambda iid=iid: self.engine.take_over(iid, SUPERVISOR, self.now))
        for iid in self.joined():  # a consultation joined: end it before taking over
            calls.append(lambda iid=iid: self.engine.take_over(iid, SUPERVISOR, self.now))
        for iid in self.in_state("queued", "offered", "wrap_up"):  # only live ones
            calls.append(lambda iid=iid: self.engine.take_over(iid, SUPERVISOR, self.now))
        for iid in self.in_state("active"):  # the owner, or nobody known
            owner = self.engine.agent_of(iid)
            calls.append(lambda iid=iid, o=owner: self.engine.take_over(iid, o, self.now))
            calls.append(lambda iid=iid: self.engine.take_over(iid, "nobody", self.now))
        views = self.views()
        for iid in self.consultable():  # no room for it (capacity, blocking, ringing)
            for a, v in views.items():
                if a != self.engine.agent_of(iid) and not self.can_take(v, iid):
                    calls.append(lambda iid=iid, a=a: self.engine.take_over(iid, a, self.now))
        wrong = [  # (agent, interaction ringing for someone else)
            (a, iid) for b, iid in self.ringing() for a in self.agents if a != b
        ]
        if wrong:
            agent_id, iid = data.draw(st.sampled_from(wrong))
            calls.append(lambda: self.engine.accept(agent_id, iid, self.now))
        call = data.draw(st.sampled_from(calls))
        with pytest.raises(RoutingError):
            call()
        assert (self.views(), self.queues(), self.engine.next_deadline()) == before

    # ----------------------------------------------------------------------- invariants

    def supervisors_take_no_queue_work(self) -> None:
        """The supervisor is never offered anything and never owes a wrap-up."""
        assert not [a for a in self.last if isinstance(a, Offer) and a.agent_id == SUPERVISOR]
        view = self.engine.agent_view(SUPERVISOR)
        assert view.offer is None and not view.wrapup and not view.wraps_up
        assert not [a for a in self.last if isinstance(a, ParticipantChanged) and a.wrapup
                    and a.agent_id == SUPERVISOR]  # fmt: skip

    def census_matches_the_views(self) -> None:
        """What the wallboard's totals count equals the agents' own views."""
        views = self.views()
        counts: dict[str, int] = {}
        for v in views.values():
            counts[v.presence] = counts.get(v.presence, 0) + 1
        ready = sum(self.engine.ready(a) for a in views)
        assert self.engine.census([*views, "nobody"]) == (counts, ready)

    @invariant()
    def after_each_step(self) -> None:
        """Check everything, then forget this step's actions so that a rule that did
        nothing is not judged on the previous rule's output."""
        self.one_place_per_interaction()
        self.lifecycle_is_reported()
        self.capacity_and_blocking()
        self.new_offers_go_to_eligible_agents_in_order()
        self.work_conserving()
        self.queue_order_and_positions()
        self.events_match_changes()
        self.deadline_is_the_earliest_offer()
        self.census_matches_the_views()
        self.supervisors_take_no_queue_work()
        self.last, self.changed_topics, self.changed_presence = [], set(), set()
        self.states_before = {}

    def one_place_per_interaction(self) -> None:
        views = self.views()
        queued = {i: t for t, q in self.queues().items() for i in q}
        ringing = {}
        for a, v in views.items():
            if v.offer:
                assert v.offer not in ringing, (v.offer, a, ringing)
                ringing[v.offer] = a
        for iid, item in self.items.items():
            state = self.engine.state_of(iid)
            people = self.engine.participants(iid)
            owing = {a for a, v in views.items() if iid in v.wrapup}
            assert owing == set(self.engine.owes_wrapup(iid)), (iid, owing)
            consult = self.engine.consult_of(iid)
            if state == "queued":
                assert queued.get(iid) == item.topic and iid not in ringing
                assert self.engine.agent_of(iid) is None and people == ()
            elif state == "offered":
                assert iid not in queued and people == ()
                assert self.engine.agent_of(iid) == ringing[iid]
            elif state == "active":
                assert iid not in queued
                owner, role = people[0]
                assert role == "owner" and self.engine.agent_of(iid) == owner
                for agent_id, role in people:
                    v = views[agent_id]
                    assert iid in v.interactions and iid not in v.wrapup
                    assert (iid in v.consulted) == (role == "consulted")
                holding = {a for a, v in views.items() if iid in v.interactions} - owing
                assert holding == {a for a, _ in people}, (iid, holding, people)
                if consult is not None:  # one consultation at a time
                    assert len(people) == 1 and consult.by == owner
                    assert (consult.state == "offered") == (iid in ringing)
                    if consult.state == "queued":
                        assert queued.get(f"{iid}#consult", "") == "" and consult.agent_id is None
                    else:
                        assert consult.agent_id == ringing[iid] != owner
                else:
                    assert iid not in ringing
            else:
                assert state == "wrap_up", (iid, state)
                assert iid not in queued and iid not in ringing and people == ()
                assert owing, f"{iid} is kept although nobody owes a wrap-up"
                assert consult is None
        for item_id, topic in queued.items():
            assert self.model(item_id).topic == topic
        consults_queued = {i.partition("#")[0] for i in queued if "#" in i}
        assert consults_queued == {
            i for i, c in self.consults.items() if self.engine.consult_of(i).state == "queued"
        }

    def lifecycle_is_reported(self) -> None:
        """Every state change of an interaction is in the actions, the last one says the
        state it is in now, and participants' joins and leaves add up to who is in it."""
        said: dict[str, str | None] = {}
        for a in self.last:
            if isinstance(a, InteractionChanged):
                said[a.interaction_id] = a.state
                if a.state == "abandoned":
                    self.abandoned.add(a.interaction_id)
            elif isinstance(a, Offer) and a.kind == "interaction":
                said[a.interaction_id] = "offered"
            elif isinstance(a, OfferRevoked) and a.kind == "interaction":
                said[a.interaction_id] = (
                    "queued" if a.reason != "abandoned" else said.get(a.interaction_id)
                )
            elif isinstance(a, ParticipantChanged):
                people = self.people.setdefault(a.interaction_id, {})
                if a.role is None:
                    assert a.agent_id in people, a
                    del people[a.agent_id]
                else:
                    people[a.agent_id] = a.role
                if a.wrapup:
                    self.owes.setdefault(a.interaction_id, set()).add(a.agent_id)
        for iid, before in self.states_before.items():
            now = self.engine.state_of(iid)
            if iid in said:
                expected = said[iid]
                if expected in ("closed", "abandoned"):
                    assert now is None or (expected == "abandoned" and now == "wrap_up")
                elif iid in self.parked:  # released: waits outside for its next attempt
                    assert expected == "queued" and now is None, (iid, expected, now)
                else:
                    assert now == expected, (iid, expected, now)
            elif before is not None:  # created by this call: its caller writes it
                # An abandoned interaction kept for owed wrap-ups goes silently: its
                # final state was reported when it was abandoned.
                quiet = before == "wrap_up" and now is None and iid in self.abandoned
                assert now == before or quiet, f"{iid} went {before} -> {now} unreported"
        for iid in list(self.people):
            if self.engine.state_of(iid) is None:
                del self.people[iid]
                self.owes.pop(iid, None)
                continue
            assert tuple(self.people[iid].items()) == self.engine.participants(iid) or (
                self.engine.state_of(iid) != "active" and not self.people[iid]
            ), (iid, self.people[iid], self.engine.participants(iid))
        for iid in self.items:
            assert self.owes.get(iid, set()) == set(self.engine.owes_wrapup(iid)), iid

    def capacity_and_blocking(self) -> None:
        for v in self.views().values():
            held = [i for i in v.interactions if i not in v.wrapup]
            held += [v.offer] if v.offer else []
            channels = [self.items[i].channel for i in held]
            for ch in set(channels):
                assert channels.count(ch) <= self.config.capacity[ch], (v, channels)
            for i, x in enumerate(channels):
                for y in channels[i + 1 :]:  # default blocks are symmetric
                    assert x not in self.config.blocks[y], (v, channels)

    def new_offers_go_to_eligible_agents_in_order(self) -> None:
        queued = [i for q in self.queues().values() for i in q]
        for offer in (a for a in self.last if isinstance(a, Offer)):
            view = self.engine.agent_view(offer.agent_id)
            item = self.model_of_offer(offer.interaction_id, offer.kind)
            if offer.kind == "consult":
                assert offer.agent_id != self.engine.agent_of(offer.interaction_id)
            assert view.connected and view.presence in ("available", "busy"), view
            assert view.skills.get(item.topic, 0) >= 1
            assert view.channels is None or item.channel in view.channels
            assert offer.agent_id not in item.rejected
            assert offer.expires_at == self.now + self.config.offer_timeout
            # Nothing still queued that this agent could have taken came before it.
            for iid in queued:
                other = self.model(iid)
                if (
                    other.key < item.key
                    and other.channel == item.channel
                    and view.skills.get(other.topic, 0) >= 1
                    and offer.agent_id not in other.rejected
                ):
                    raise AssertionError(f"{offer} jumped ahead of {iid}")

    def work_conserving(self) -> None:
        views = self.views()
        for q in self.queues().values():
            for iid in q:
                able = [a for a, v in views.items() if self.eligible(v, iid)]
                assert not able, f"{iid} waits while {able} could take it"

    def queue_order_and_positions(self) -> None:
        for topic, q in self.queues().items():
            assert q == sorted(q, key=lambda i: self.model(i).key)
            assert [self.engine.position(i) for i in q] == list(range(1, len(q) + 1))
            count, oldest = self.engine.waiting(topic)
            assert count == len(q)
            assert oldest == min((self.model(i).key[1] for i in q), default=None)

    def events_match_changes(self) -> None:
        topics = [a.topic for a in self.last if isinstance(a, QueueChanged)]
        assert len(topics) == len(set(topics)) and set(topics) == self.changed_topics
        presence = [a for a in self.last if isinstance(a, PresenceChanged)]
        assert {p.agent_id for p in presence} == self.changed_presence
        for p in presence:
            view = self.engine.agent_view(p.agent_id)
            assert (p.presence, p.reason, p.since) == (view.presence, view.reason, view.since)

    def deadline_is_the_earliest_offer(self) -> None:
        offered = [v.offer for v in self.views().values() if v.offer]
        expected = min((self.expiry[i] for i in offered), default=None)
        assert self.engine.next_deadline() == expected


RoutingMachine.TestCase.settings = settings(
    max_examples=150,
    stateful_step_count=80,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestRouting = RoutingMachine.TestCase
