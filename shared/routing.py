"""The routing engine: which agent is offered which interaction, and when.

Pure and synchronous: no IO, no clock. Every call that depends on time takes ``now``
(seconds, any monotonic origin) and every mutating call returns the list of actions the
server must carry out, in order. Invalid calls raise RoutingError and change nothing.

Rules
-----
Presence. An agent *chooses* available, not_ready or offline; what others see is derived:
offline if chosen offline, else wrap_up if it owes a wrap-up (only when wrap-up is
mandatory), else not_ready if chosen, else busy with at least one active interaction,
else available. The reported reason is the chosen reason for offline/not_ready, "" for
the rest. PresenceChanged is emitted exactly when (presence, reason) changes, and once
when an agent is added. Being disconnected is shown separately: it keeps the chosen
presence but stops offers.

Eligibility. An agent may be offered an interaction when it is connected, chose
available, owes no wrap-up, has the topic as a skill (level >= 1), can take the channel at
all (``set_channels``: no voice without a softphone), has no outstanding offer, has not
rejected this interaction, has room for the channel (fewer than
``capacity[channel]`` of it) and holds no active interaction whose channel blocks it.

Matching. Queued interactions are served in global order (priority desc, arrival asc,
enqueue counter); each goes to the best eligible agent: fewest active interactions, then
longest idle (idle_since = latest of becoming available, finishing an interaction,
completing a wrap-up), then highest skill level, then agent id. An offer reserves the
interaction (it leaves the queue) until accepted, rejected, timed out or abandoned; a
revoked offer puts it back at its original place. An agent that lets an offer ring out is
set not_ready with reason "ring_no_answer". An agent going offline or disconnecting loses
its offer ("offline"); an agent going not_ready keeps the one already ringing.

Participants. An interaction has one owner at a time (the agent who accepted it) and,
during a consultation, consulted participants. A consultation is a request of its own,
queued on a second-line queue (any queue id the server chooses) in the interaction's
arrival order and offered like an interaction: to the best eligible agent of that queue,
with ring-no-answer and rejection moving it on to the next. Accepted, the agent joins
the interaction as "consulted" and holds it against their capacity like the owner.
Completing the transfer makes the consulted participant the owner; the previous owner
leaves and owes a wrap-up for their part (when wrap-up is mandatory). Taking over makes
a named participant (a supervisor: added with no skills, so never offered queue work,
and ``wraps_up`` False, so never owing a wrap-up) the owner of a live interaction
without a consultation; the owner leaves owing nothing. A blind transfer
puts the interaction back in a queue (another one) at its original place in line: the
owner leaves the same way and is not offered it again. When the interaction ends, its
owner owes the wrap-up and consulted participants are freed; it is forgotten once it has
ended and nobody owes a wrap-up for it any more.

Lifecycle. Besides what the server must do (offers, presence, queues), every call reports
how interactions changed, for the server to persist: InteractionChanged (active,
wrap_up, closed, abandoned, or queued again by a transfer; offers and revoked offers say
so themselves) and ParticipantChanged (who joined or left in which role).

Incremental matching. After every call no queued interaction has an eligible agent. A
call can only break that through the interactions it (re)queued and the agents it made
more eligible, so rematching looks only at those. Queued interactions and ready agents
are both filed by lane, a (topic, channel) pair, in the order they are picked: a new
interaction looks only at the agents of its lane that have room for its channel, a freed
agent only at the queues of the lanes it has room for. Apart from skipping agents who
rejected an interaction, neither walks past something it cannot take, so the cost does
not grow with the backlog or with the number of busy agents.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Literal

CHOSEN = ("available", "not_ready", "offline")
RONA_REASON = "ring_no_answer"

# (-priority, arrival, enqueue counter, interaction id): sorts in offer order.
_QueueKey = tuple[int, float, int, str]
# (active count, idle_since, -skill level, agent id): sorts best agent first.
_AgentKey = tuple[int, float, int, str]
_Lane = tuple[str, str]  # (topic, channel)
RevokeReason = Literal["timeout", "abandoned", "rejected", "offline", "cancelled"]
OfferKind = Literal["interaction", "consult"]
Role = Literal["owner", "consulted"]
# Interaction states the engine holds; "closed" and "abandoned" are reported, then forgotten.
LifecycleState = Literal["queued", "offered", "active", "wrap_up", "closed", "abandoned"]


def _default_capacity() -> Mapping[str, int]:
    return MappingProxyType({"chat": 3, "voice": 1, "video": 1})


def _default_blocks() -> Mapping[str, frozenset[str]]:
    calls = frozenset({"chat", "voice", "video"})
    return MappingProxyType({"voice": calls, "video": calls, "chat": frozenset({"voice", "video"})})


@dataclass(frozen=True, slots=True)
class RoutingConfig:
    # Most concurrent interactions of a channel per agent; the known channels.
    capacity: Mapping[str, int] = field(default_factory=_default_capacity)
    # Channel -> channels an agent holding one of it cannot be offered.
    blocks: Mapping[str, frozenset[str]] = field(default_factory=_default_blocks)
    offer_timeout: float = 20.0  # seconds an offer rings before ring-no-answer
    wrapup_mandatory: bool = True  # finishing leaves the agent in wrap_up until completed

    def __post_init__(self) -> None:
        if any(c < 0 for c in self.capacity.values()) or self.offer_timeout <= 0:
            raise ValueError("capacities must be >= 0 and offer_timeout > 0")
        # Read-only copies: the agent index depends on these, so the caller's dicts must
        # not be able to change them afterwards.
        object.__setattr__(self, "capacity", MappingProxyType(dict(self.capacity)))
        blocks = {ch: frozenset(bl) for ch, bl in self.blocks.items()}
        object.__setattr__(self, "blocks", MappingProxyType(blocks))


DEFAULT_CONFIG = RoutingConfig()


class RoutingError(Exception):
    """An invalid call; ``code`` uses the protocol's error-code names."""

    def __init__(self, message: str, code: str = "conflict") -> None:
        super().__init__(message)
        self.code = code


# --------------------------------------------------------------------------- actions


@dataclass(frozen=True, slots=True)
class Offer:
    """Ring ``agent_id`` for the interaction (``kind`` consult: to join it as consulted).
    The interaction is "offered" for kind interaction; a consult offer leaves it active."""

    agent_id: str
    interaction_id: str
    expires_at: float
    kind: OfferKind = "interaction"


@dataclass(frozen=True, slots=True)
class OfferRevoked:
    """The offer is gone. For kind interaction and reasons timeout, rejected and offline
    the interaction is queued again at its place; abandoned: it is over."""

    agent_id: str
    interaction_id: str
    reason: RevokeReason
    kind: OfferKind = "interaction"


@dataclass(frozen=True, slots=True)
class InteractionChanged:
    """The interaction's state changed other than by an offer (accepted, ended, wrapped
    up, abandoned, transferred). ``agent_id``: its owner, or who held it last."""

    interaction_id: str
    state: LifecycleState
    agent_id: str | None
    reason: str = ""


@dataclass(frozen=True, slots=True)
class ParticipantChanged:
    """``agent_id`` joined the interaction as ``role``, or left it (``role`` None).
    ``wrapup``: leaving, they owe a wrap-up for their part."""

    interaction_id: str
    agent_id: str
    role: Role | None
    reason: str = ""
    wrapup: bool = False


@dataclass(frozen=True, slots=True)
class PresenceChanged:
    agent_id: str
    presence: str
    reason: str
    since: float


@dataclass(frozen=True, slots=True)
class QueueChanged:
    topic: str


Action = (
    Offer | OfferRevoked | PresenceChanged | QueueChanged | InteractionChanged | ParticipantChanged
)


@dataclass(frozen=True, slots=True)
class ConsultView:
    """A consultation requested and not yet joined: waiting in ``queue`` or ringing."""

    interaction_id: str
    queue: str
    state: Literal["queued", "offered"]
    agent_id: str | None  # who it rings, when offered
    by: str  # who asked for it
    position: int | None = None  # its place in the queue, when queued


@dataclass(frozen=True, slots=True)
class AgentView:
    agent_id: str
    presence: str
    reason: str
    since: float
    connected: bool
    interactions: tuple[str, ...]  # active (in accept order), then those awaiting wrap-up
    offer: str | None
    skills: Mapping[str, int]
    wrapup: tuple[str, ...] = ()  # the subset of ``interactions`` awaiting wrap-up
    chosen: str = "offline"  # what the agent chose under the derived presence
    chosen_reason: str = ""
    consulted: tuple[str, ...] = ()  # the subset of ``interactions`` joined as consulted
    channels: frozenset[str] | None = None  # what it can be offered at all (None: all)
    wraps_up: bool = True  # False: never owes a wrap-up (a supervisor)


# --------------------------------------------------------------------------- state


@dataclass(slots=True, eq=False)
class _Interaction:
    """A routable item: an interaction, or a consultation requested for one (``parent``).
    Both wait in queues and are offered the same way; only interactions have owners,
    participants and wrap-ups."""

    id: str  # the interaction id, or "<interaction id>#consult<n>"
    topic: str  # the queue it waits in
    channel: str
    key: _QueueKey
    state: Literal["queued", "offered", "active", "wrap_up"] = "queued"
    agent: _Agent | None = None  # offered to, then (interactions) the owner
    expires_at: float = 0.0
    offer_serial: int = 0  # tells a live deadline-heap entry from a stale one
    rejected: set[str] = field(default_factory=set)
    parent: _Interaction | None = None  # consultations: the interaction
    by: str = ""  # consultations: who asked
    consult: _Interaction | None = None  # interactions: the consultation not joined yet
    consulted: dict[str, _Agent] = field(default_factory=dict)  # joined, in join order
    owed: dict[str, None] = field(default_factory=dict)  # agents owing a wrap-up for it
    # Its final state (abandoned, or closed before a restart) is already reported: kept
    # only for wrap-ups still owed, it is then forgotten without a word.
    final_reported: bool = False

    @property
    def interaction_id(self) -> str:
        return self.parent.id if self.parent is not None else self.id

    @property
    def kind(self) -> OfferKind:
        return "consult" if self.parent is not None else "interaction"


@dataclass(slots=True, eq=False)
class _Agent:
    id: str
    skills: dict[str, int]
    chosen: str
    reason: str
    connected: bool
    idle_since: float
    presence: str = ""  # last reported derived presence and reason
    shown_reason: str = ""
    since: float = 0.0
    active: dict[str, str] = field(default_factory=dict)  # held (owned or consulted) -> channel
    wrapup: dict[str, None] = field(default_factory=dict)  # ordered set of owed wrap-ups
    offer: _Interaction | None = None
    # Channels this agent can be offered at all (None: every channel); e.g. no voice
    # without a softphone to ring.
    channels: frozenset[str] | None = None
    wraps_up: bool = True  # False: owes no wrap-up, ever (a supervisor)
    # Lanes this agent could be offered now (it is a candidate, has the skill and room
    # for the channel) -> its key in that lane's index.
    entries: dict[_Lane, _AgentKey] = field(default_factory=dict)


class Engine:
    def __init__(self, config: RoutingConfig = DEFAULT_CONFIG) -> None:
        self.config = config
        self._agents: dict[str, _Agent] = {}
        self._inters: dict[str, _Interaction] = {}
        self._queues: dict[str, list[_QueueKey]] = {}  # topic -> queued, in offer order
        self._lanes: dict[_Lane, list[_QueueKey]] = {}  # the same, split by channel
        self._index: dict[_Lane, list[_AgentKey]] = {}  # lane -> agents' entries, best first
        self._ready: dict[str, int] = {}  # topic -> agents with an entry in some lane of it
        self._skilled: dict[str, set[str]] = {}  # topic -> agents with the skill
        self._deadlines: list[tuple[float, int, str]] = []  # lazy heap of offer expiries
        self._enqueued = 0
        self._offers = 0
        self._consults = 0
        self._clock = float("-inf")  # latest ``now`` seen, for set_skills without one
        # Per-call scratch, reset by _begin.
        self._out: list[Action] = []
        self._dirty_agents: dict[str, _Agent] = {}
        self._dirty_inters: dict[str, _Interaction] = {}
        self._queue_net: dict[str, dict[str, int]] = {}  # topic -> id -> inserts - removals

    # ----------------------------------------------------------------------- agents

    def add_agent(
        self,
        agent_id: str,
        skills: Mapping[str, int],
        now: float,
        *,
        presence: str = "offline",
        reason: str = "",
        connected: bool = False,
        channels: frozenset[str] | None = None,
        wraps_up: bool = True,
    ) -> list[Action]:
        """``wraps_up`` False: someone who never owes a wrap-up (a supervisor, added with
        no skills to own what they take over)."""
        if agent_id in self._agents:
            raise RoutingError(f"agent {agent_id!r} already exists")
        _check_presence(presence)
        _check_skills(skills)
        self._begin(now)
        if channels is not None and not channels <= set(self.config.capacity):
            raise RoutingError(f"unknown channels {sorted(channels)}", "invalid_format")
        agent = _Agent(agent_id, dict(skills), presence, reason, connected, idle_since=now)
        agent.channels = channels
        agent.wraps_up = wraps_up
        self._agents[agent_id] = agent
        for topic in agent.skills:
            self._skilled.setdefault(topic, set()).add(agent_id)
        self._touch(agent, now)
        return self._end(now)

    def set_skills(
        self, agent_id: str, skills: Mapping[str, int], now: float | None = None
    ) -> list[Action]:
        agent = self._agent(agent_id)
        _check_skills(skills)
        now = self._clock if now is None else now
        self._begin(now)
        for topic in agent.skills:
            self._skilled[topic].discard(agent_id)
            if not self._skilled[topic]:
                del self._skilled[topic]
        agent.skills = dict(skills)
        for topic in agent.skills:
            self._skilled.setdefault(topic, set()).add(agent_id)
        self._touch(agent, now)
        return self._end(now)

    def set_channels(
        self, agent_id: str, channels: frozenset[str] | None, now: float | None = None
    ) -> list[Action]:
        """The channels the agent can be offered at all (None: all). An offer already
        ringing stays; what the agent holds is not touched."""
        agent = self._agent(agent_id)
        if channels is not None and not channels <= set(self.config.capacity):
            raise RoutingError(f"unknown channels {sorted(channels)}", "invalid_format")
        if channels == agent.channels:
            return []
        now = self._clock if now is None else now
        self._begin(now)
        agent.channels = channels
        self._touch(agent, now)
        return self._end(now)

    def set_presence(self, agent_id: str, state: str, now: float, reason: str = "") -> list[Action]:
        agent = self._agent(agent_id)
        _check_presence(state)
        if (state, reason) == (agent.chosen, agent.reason):
            return []
        self._begin(now)
        if state == "available" and agent.chosen != "available":
            agent.idle_since = now
        if state == "offline" and agent.offer is not None:
            self._revoke(agent.offer, "offline", requeue=True)
        agent.chosen, agent.reason = state, reason
        self._touch(agent, now)
        return self._end(now)

    def set_connected(self, agent_id: str, connected: bool, now: float) -> list[Action]:
        agent = self._agent(agent_id)
        if connected == agent.connected:
            return []
        self._begin(now)
        if not connected and agent.offer is not None:
            self._revoke(agent.offer, "offline", requeue=True)
        agent.connected = connected
        self._touch(agent, now)
        return self._end(now)

    # ----------------------------------------------------------------------- interactions

    def enqueue(
        self,
        interaction_id: str,
        topic: str,
        channel: str,
        now: float,
        *,
        priority: int = 0,
        arrival: float | None = None,
        owed: tuple[str, ...] = (),
    ) -> list[Action]:
        """Queue a new interaction (or, after a restart, one that waited: its ``arrival``,
        and ``owed``: who transferred it and still owes a wrap-up for their part)."""
        agents = [self._agent(a) for a in owed]
        self._check_new(interaction_id, channel)
        self._begin(now)
        self._enqueued += 1
        key = (-priority, now if arrival is None else arrival, self._enqueued, interaction_id)
        it = _Interaction(interaction_id, topic, channel, key)
        self._inters[interaction_id] = it
        if self.config.wrapup_mandatory:
            for agent in agents:
                it.owed[agent.id] = None
                agent.wrapup[interaction_id] = None
                self._touch(agent, now)
        self._queue_insert(it)
        return self._end(now)

    def restore_active(
        self,
        interaction_id: str,
        topic: str,
        channel: str,
        agent_id: str,
        now: float,
        *,
        wrapup: bool = False,
    ) -> list[Action]:
        """Re-attach an interaction an agent already holds, e.g. after a server restart.

        Capacity is not checked: this records a fact, not a routing decision. With
        wrap-up not mandatory a wrap-up is not owed, so there is nothing to restore.
        """
        if wrapup:
            return self.restore(
                interaction_id, topic, channel, now, state="wrap_up", owner=agent_id,
                owed=(agent_id,),
            )  # fmt: skip
        return self.restore(interaction_id, topic, channel, now, owner=agent_id)

    def restore(
        self,
        interaction_id: str,
        topic: str,
        channel: str,
        now: float,
        *,
        state: Literal["active", "wrap_up"] = "active",
        owner: str | None = None,
        consulted: tuple[str, ...] = (),
        owed: tuple[str, ...] = (),
        final_reported: bool = False,
    ) -> list[Action]:
        """Re-attach an interaction as it stood: ``active`` with its owner and consulted
        participants, or ended (``wrap_up``) with only wrap-ups owed; ``owed`` lists who
        owes one (previous owners of a transferred interaction too). ``final_reported``:
        it is closed or abandoned already (only wrap-ups are left), so the last wrap-up
        reports nothing. Records facts like restore_active: no capacity check, no
        lifecycle actions."""
        if state not in ("active", "wrap_up"):
            raise RoutingError(f"cannot restore an interaction as {state!r}", "invalid_format")
        if state == "active" and owner is None:
            raise RoutingError("an active interaction needs its owner", "invalid_format")
        everyone = [a for a in (owner, *consulted, *owed) if a is not None]
        agents = {a: self._agent(a) for a in everyone}
        self._check_new(interaction_id, channel)
        if not self.config.wrapup_mandatory:
            owed = ()
        if state == "wrap_up" and not owed:
            return []
        self._begin(now)
        self._enqueued += 1
        it = _Interaction(interaction_id, topic, channel, (0, now, self._enqueued, interaction_id))
        it.state = state
        it.agent = agents[owner] if owner is not None else None
        it.final_reported = final_reported
        self._inters[interaction_id] = it
        if state == "active":
            assert it.agent is not None
            it.agent.active[interaction_id] = channel
            for a in consulted:
                it.consulted[a] = agents[a]
                agents[a].active[interaction_id] = channel
        for a in owed:
            it.owed[a] = None
            agents[a].wrapup[interaction_id] = None
        for agent in agents.values():
            self._touch(agent, now)
        return self._end(now)

    def accept(self, agent_id: str, interaction_id: str, now: float) -> list[Action]:
        """The agent takes what rings for it: the interaction (it becomes the owner) or a
        consultation of it (it joins as consulted)."""
        agent, it = self._offered_to(agent_id, interaction_id)
        self._begin(now)
        agent.offer = None
        if it.parent is not None:
            parent = it.parent
            parent.consult = None
            del self._inters[it.id]
            parent.consulted[agent.id] = agent
            agent.active[parent.id] = parent.channel
            self._out.append(ParticipantChanged(parent.id, agent.id, "consulted"))
        else:
            it.state = "active"
            agent.active[it.id] = it.channel
            self._out.append(InteractionChanged(it.id, "active", agent.id))
            self._out.append(ParticipantChanged(it.id, agent.id, "owner"))
        self._touch(agent, now)
        return self._end(now)

    def reject(self, agent_id: str, interaction_id: str, now: float) -> list[Action]:
        agent, it = self._offered_to(agent_id, interaction_id)
        self._begin(now)
        it.rejected.add(agent_id)
        self._revoke(it, "rejected", requeue=True)
        self._touch(agent, now)
        return self._end(now)

    def finish(self, interaction_id: str, now: float, reason: str = "") -> list[Action]:
        """The conversation is over: a pending consultation is withdrawn, consulted
        participants are freed, the owner owes the wrap-up (when mandatory)."""
        it = self._active(interaction_id)
        agent = it.agent
        assert agent is not None
        self._begin(now)
        self._end_consultation(it, now, "ended")
        del agent.active[it.id]
        agent.idle_since = now
        owes = self.config.wrapup_mandatory and agent.wraps_up
        self._out.append(ParticipantChanged(it.id, agent.id, None, reason or "ended", owes))
        if owes:
            it.state = "wrap_up"
            it.owed[agent.id] = None
            agent.wrapup[it.id] = None
            self._out.append(InteractionChanged(it.id, "wrap_up", agent.id, reason))
        else:
            self._out.append(InteractionChanged(it.id, "closed", agent.id, reason))
            self._forget(it)
        self._touch(agent, now)
        return self._end(now)

    def complete_wrapup(self, agent_id: str, interaction_id: str, now: float) -> list[Action]:
        agent = self._agent(agent_id)
        if interaction_id not in agent.wrapup:
            raise RoutingError(f"agent {agent_id!r} owes no wrap-up for {interaction_id!r}")
        it = self._inters[interaction_id]
        self._begin(now)
        del agent.wrapup[interaction_id]
        del it.owed[agent_id]
        agent.idle_since = now
        if it.state == "wrap_up" and not it.owed:
            if not it.final_reported:  # closed: it was its owner's, whoever wrapped up last
                owner = it.agent.id if it.agent is not None else agent_id
                self._out.append(InteractionChanged(it.id, "closed", owner, "wrapup"))
            self._forget(it)
        self._touch(agent, now)
        return self._end(now)

    def abandon(self, interaction_id: str, now: float, reason: str = "") -> list[Action]:
        it = self._interaction(interaction_id)
        if it.parent is not None or it.state not in ("queued", "offered"):
            raise RoutingError(f"interaction {interaction_id!r} is {it.state}; finish it instead")
        self._begin(now)
        if it.state == "queued":
            self._queue_remove(it)
        else:
            agent = it.agent
            assert agent is not None
            self._revoke(it, "abandoned", requeue=False)
            self._touch(agent, now)
        self._out.append(InteractionChanged(it.id, "abandoned", None, reason))
        if it.owed:  # transferred, then abandoned: the earlier owners still wrap up
            it.state, it.final_reported = "wrap_up", True
        else:
            self._forget(it)
        return self._end(now)

    # ----------------------------------------------------------------------- second line

    def consult(
        self, interaction_id: str, queue: str, now: float, *, priority: int | None = None
    ) -> list[Action]:
        """Ask for a consultation of an active interaction in ``queue``: offered to the
        best eligible agent there (never the owner), in the interaction's arrival order
        among the queue's other requests. One consultation at a time."""
        it = self._active(interaction_id)
        if it.consult is not None or it.consulted:
            raise RoutingError(f"{interaction_id!r} already has a consultation")
        assert it.agent is not None
        self._begin(now)
        self._consults += 1
        self._enqueued += 1
        cid = f"{it.id}#consult{self._consults}"
        prio = it.key[0] if priority is None else -priority
        item = _Interaction(cid, queue, it.channel, (prio, it.key[1], self._enqueued, cid))
        item.parent, item.by = it, it.agent.id
        item.rejected.add(it.agent.id)
        it.consult = item
        self._inters[cid] = item
        self._queue_insert(item)
        return self._end(now)

    def cancel_consult(
        self, interaction_id: str, now: float, reason: str = "cancelled"
    ) -> list[Action]:
        """End the consultation: withdraw the request, or let the consulted go. The
        owner keeps the interaction."""
        it = self._active(interaction_id)
        if it.consult is None and not it.consulted:
            raise RoutingError(f"{interaction_id!r} has no consultation")
        self._begin(now)
        self._end_consultation(it, now, reason)
        return self._end(now)

    def complete_transfer(
        self, interaction_id: str, now: float, reason: str = "transferred"
    ) -> list[Action]:
        """The consulted participant becomes the owner; the owner leaves (and owes a
        wrap-up for their part when wrap-up is mandatory)."""
        it = self._active(interaction_id)
        if not it.consulted:
            raise RoutingError(f"nobody has joined {interaction_id!r} to take it over")
        old = it.agent
        assert old is not None
        self._begin(now)
        new_id = next(iter(it.consulted))
        new = it.consulted.pop(new_id)
        self._owner_leaves(it, old, now, reason)
        it.agent = new
        self._out.append(ParticipantChanged(it.id, new.id, "owner", reason))
        self._out.append(InteractionChanged(it.id, "active", new.id, reason))
        self._touch(new, now)
        return self._end(now)

    def leave(
        self, interaction_id: str, agent_id: str, now: float, reason: str = "left"
    ) -> list[Action]:
        """A participant leaves a live interaction: a consulted one simply goes; the
        owner hands it to the consulted participant (complete_transfer)."""
        it = self._active(interaction_id)
        if it.agent is not None and it.agent.id == agent_id:
            return self.complete_transfer(interaction_id, now, reason)
        agent = it.consulted.get(agent_id)
        if agent is None:
            raise RoutingError(f"{agent_id!r} is not in {interaction_id!r}", "not_found")
        self._begin(now)
        self._consulted_leaves(it, agent, now, reason)
        return self._end(now)

    def transfer(
        self,
        interaction_id: str,
        queue: str,
        now: float,
        reason: str = "transferred",
        *,
        front: bool = False,
        wrapup: bool = True,
    ) -> list[Action]:
        """Blind transfer: back in line in ``queue`` at the interaction's original place
        (ahead of later arrivals); the owner leaves (owing a wrap-up when mandatory) and
        is not offered it again. ``front``: handed back, not on (the agent signs off):
        it goes ahead of everything of its priority and the owner owes nothing.
        ``wrapup=False``: taken away from the owner (a supervisor moved it): they owe
        nothing either."""
        it = self._active(interaction_id)
        if it.consult is not None or it.consulted:
            raise RoutingError(f"end the consultation of {interaction_id!r} first")
        old = it.agent
        assert old is not None
        self._begin(now)
        if front or not wrapup:
            del old.active[it.id]
            old.idle_since = now
            self._out.append(ParticipantChanged(it.id, old.id, None, reason))
            self._touch(old, now)
        else:
            self._owner_leaves(it, old, now, reason)
        if front:
            it.key = (it.key[0] - 1, it.key[1], it.key[2], it.key[3])
        it.agent = None
        it.topic = queue
        it.rejected = {old.id}
        self._queue_insert(it)
        self._out.append(InteractionChanged(it.id, "queued", None, reason))
        return self._end(now)

    def take_over(
        self, interaction_id: str, agent_id: str, now: float, reason: str = "taken_over"
    ) -> list[Action]:
        """``agent_id`` (a supervisor, typically) becomes the owner of the live
        interaction; the owner leaves owing nothing (it was taken from them). Nobody is
        offered anything: presence, skills and connection of the new owner do not
        matter, but they must be able to hold it (no offer ringing for them, room for the
        channel, nothing blocking it, no wrap-up owed for it). Not during a consultation
        (requested or joined): end it first."""
        it = self._active(interaction_id)
        new = self._agent(agent_id)
        if it.consult is not None or it.consulted:
            raise RoutingError(f"end the consultation of {interaction_id!r} first")
        old = it.agent
        assert old is not None
        if new is old:
            raise RoutingError(f"{agent_id!r} owns {interaction_id!r} already")
        if new.offer is not None or it.id in new.wrapup or not self._fits(new, it.channel):
            raise RoutingError(f"{agent_id!r} cannot hold {interaction_id!r} now")
        self._begin(now)
        del old.active[it.id]
        old.idle_since = now
        self._out.append(ParticipantChanged(it.id, old.id, None, reason))
        self._touch(old, now)
        it.agent = new
        new.active[it.id] = it.channel
        self._out.append(ParticipantChanged(it.id, new.id, "owner", reason))
        self._out.append(InteractionChanged(it.id, "active", new.id, reason))
        self._touch(new, now)
        return self._end(now)

    def move(
        self, interaction_id: str, queue: str, now: float, reason: str = "moved"
    ) -> list[Action]:
        """A waiting interaction changes queue and keeps its place in line (arrival
        order); one that rings someone stops ringing first (revoked, "cancelled")."""
        it = self._interaction(interaction_id)
        if it.parent is not None or it.state not in ("queued", "offered"):
            raise RoutingError(f"{interaction_id!r} is not waiting", "conflict")
        self._begin(now)
        if it.state == "offered":
            agent = it.agent
            assert agent is not None
            self._revoke(it, "cancelled", requeue=False)
            self._touch(agent, now)
        else:
            self._queue_remove(it)
        it.topic = queue
        self._queue_insert(it)
        self._out.append(InteractionChanged(it.id, "queued", None, reason))
        return self._end(now)

    def release(self, interaction_id: str, now: float, reason: str = "") -> list[Action]:
        """The owner lets the interaction go unfinished and owes nothing (a callback that
        did not reach the citizen): it leaves the engine, queued as far as anyone who
        persists it knows; the caller enqueues it again (with its arrival) for the next
        attempt."""
        it = self._active(interaction_id)
        if it.consult is not None or it.consulted:
            raise RoutingError(f"end the consultation of {interaction_id!r} first")
        if it.owed:
            raise RoutingError(f"{interaction_id!r} still has wrap-ups owed: transfer it")
        agent = it.agent
        assert agent is not None
        self._begin(now)
        del agent.active[it.id]
        agent.idle_since = now
        self._out.append(ParticipantChanged(it.id, agent.id, None, reason))
        self._out.append(InteractionChanged(it.id, "queued", None, reason))
        self._forget(it)
        self._touch(agent, now)
        return self._end(now)

    def tick(self, now: float) -> list[Action]:
        """Expire every offer due by ``now``: back to its place, its agent not_ready."""
        self._begin(now)
        heap = self._deadlines
        while heap and heap[0][0] <= now:
            _, serial, item_id = heapq.heappop(heap)
            it = self._inters.get(item_id)
            if it is None or it.state != "offered" or it.offer_serial != serial:
                continue  # stale: the offer was answered or revoked meanwhile
            agent = it.agent
            assert agent is not None
            self._revoke(it, "timeout", requeue=True)
            agent.chosen, agent.reason = "not_ready", RONA_REASON
            self._touch(agent, now)
        return self._end(now)

    # ----------------------------------------------------------------------- queries

    def position(self, interaction_id: str) -> int | None:
        it = self._inters.get(interaction_id)
        if it is None or it.state != "queued":
            return None
        return bisect_left(self._queues[it.topic], it.key) + 1

    def queued(self, topic: str) -> list[str]:
        return [key[3] for key in self._queues.get(topic, ())]

    def waiting(self, topic: str) -> tuple[int, float | None]:
        """Queued (not offered) interactions of the topic and the oldest arrival among them."""
        queue = self._queues.get(topic, ())
        return len(queue), min((key[1] for key in queue), default=None)

    def available_agents(self, topic: str) -> int:
        """Agents with the skill that could be offered something (some channel) right now."""
        return self._ready.get(topic, 0)

    def census(self, agent_ids: Iterable[str]) -> tuple[dict[str, int], int]:
        """How many of these agents are in each presence, and how many are ready: cheap
        enough to run over 10,000 agents for every wallboard update."""
        counts: dict[str, int] = {}
        ready = 0
        for agent_id in agent_ids:
            a = self._agents.get(agent_id)
            if a is None:
                continue
            counts[a.presence] = counts.get(a.presence, 0) + 1
            ready += bool(a.entries)
        return counts, ready

    def ready(self, agent_id: str) -> bool:
        """Could be offered something right now, of some queue on some channel (what
        ``available_agents`` counts per queue)."""
        return bool(self._agent(agent_id).entries)

    def logged_in_agents(self, topic: str) -> int:
        agents = (self._agents[a] for a in self._skilled.get(topic, ()))
        return sum(
            1 for a in agents if a.connected and a.chosen != "offline" and a.skills[topic] >= 1
        )

    def consult_of(self, interaction_id: str) -> ConsultView | None:
        """The consultation requested for the interaction and not joined yet, if any."""
        it = self._inters.get(interaction_id)
        item = it.consult if it is not None else None
        if item is None:
            return None
        assert item.state in ("queued", "offered")
        return ConsultView(
            interaction_id=interaction_id,
            queue=item.topic,
            state=item.state,  # type: ignore[arg-type]
            agent_id=item.agent.id if item.agent is not None else None,
            by=item.by,
            position=self.position(item.id),
        )

    def participants(self, interaction_id: str) -> tuple[tuple[str, Role], ...]:
        """Who is in the live interaction now: the owner first, then the consulted."""
        it = self._inters.get(interaction_id)
        if it is None or it.parent is not None or it.state != "active" or it.agent is None:
            return ()
        return ((it.agent.id, "owner"), *((a, "consulted") for a in it.consulted))

    def queue_of(self, interaction_id: str) -> str | None:
        """The queue the interaction waits (or last waited) in."""
        it = self._inters.get(interaction_id)
        return it.topic if it is not None else None

    def owes_wrapup(self, interaction_id: str) -> tuple[str, ...]:
        it = self._inters.get(interaction_id)
        return tuple(it.owed) if it is not None else ()

    def agent_view(self, agent_id: str) -> AgentView:
        a = self._agent(agent_id)
        return AgentView(
            agent_id=a.id,
            presence=a.presence,
            reason=a.shown_reason,
            since=a.since,
            connected=a.connected,
            interactions=(*a.active, *a.wrapup),
            offer=a.offer.interaction_id if a.offer else None,
            skills=dict(a.skills),
            wrapup=tuple(a.wrapup),
            chosen=a.chosen,
            chosen_reason=a.reason,
            channels=a.channels,
            wraps_up=a.wraps_up,
            consulted=tuple(
                i
                for i in a.active
                if (it := self._inters.get(i)) is not None and a.id in it.consulted
            ),
        )

    def knows(self, agent_id: str) -> bool:
        return agent_id in self._agents

    def agent_of(self, interaction_id: str) -> str | None:
        it = self._inters.get(interaction_id)
        return it.agent.id if it is not None and it.agent is not None else None

    def state_of(self, interaction_id: str) -> str | None:
        """queued, offered, active or wrap_up; None once forgotten (or never known)."""
        it = self._inters.get(interaction_id)
        return it.state if it is not None else None

    def offer_expiry(self, interaction_id: str) -> float | None:
        """When the outstanding offer of this interaction (or of its consultation) rings
        out; None if nothing of it rings."""
        it = self._inters.get(interaction_id)
        if it is not None and it.consult is not None:
            it = it.consult
        return it.expires_at if it is not None and it.state == "offered" else None

    def next_deadline(self) -> float | None:
        heap = self._deadlines
        while heap:
            expires_at, serial, interaction_id = heap[0]
            it = self._inters.get(interaction_id)
            if it is not None and it.state == "offered" and it.offer_serial == serial:
                return expires_at
            heapq.heappop(heap)  # stale; dropping it changes no observable state
        return None

    # ----------------------------------------------------------------------- lookups

    def _agent(self, agent_id: str) -> _Agent:
        try:
            return self._agents[agent_id]
        except KeyError:
            raise RoutingError(f"unknown agent {agent_id!r}", "not_found") from None

    def _interaction(self, interaction_id: str) -> _Interaction:
        try:
            return self._inters[interaction_id]
        except KeyError:
            raise RoutingError(f"unknown interaction {interaction_id!r}", "not_found") from None

    def _offered_to(self, agent_id: str, interaction_id: str) -> tuple[_Agent, _Interaction]:
        """The agent and what rings for it of this interaction (itself or a consultation)."""
        agent = self._agent(agent_id)
        self._interaction(interaction_id)
        it = agent.offer
        if it is None or it.interaction_id != interaction_id:
            raise RoutingError(f"{interaction_id!r} is not offered to {agent_id!r}")
        return agent, it

    def _active(self, interaction_id: str) -> _Interaction:
        it = self._interaction(interaction_id)
        if it.parent is not None or it.state != "active" or it.agent is None:
            raise RoutingError(f"interaction {interaction_id!r} is {it.state}, not active")
        return it

    def _check_new(self, interaction_id: str, channel: str) -> None:
        if interaction_id in self._inters:
            raise RoutingError(f"interaction {interaction_id!r} already exists")
        if channel not in self.config.capacity:
            raise RoutingError(f"unknown channel {channel!r}", "invalid_format")

    # ----------------------------------------------------------------------- mutations

    def _begin(self, now: float) -> None:
        self._clock = max(self._clock, now)
        self._out = []
        self._dirty_agents.clear()
        self._dirty_inters.clear()
        self._queue_net.clear()

    def _end(self, now: float) -> list[Action]:
        self._rematch(now)
        # Keys are unique and fix the order, so a topic's queue changed iff some
        # interaction went in or out for good (a revoke-then-reoffer nets to zero).
        for topic, net in self._queue_net.items():
            if any(net.values()):
                self._out.append(QueueChanged(topic))
        out, self._out = self._out, []
        return out

    def _touch(self, agent: _Agent, now: float) -> None:
        """After any change to an agent: report its presence, re-file it, mark it for
        rematching."""
        presence, reason = _derive(agent)
        if (presence, reason) != (agent.presence, agent.shown_reason):
            agent.presence, agent.shown_reason, agent.since = presence, reason, now
            self._out.append(PresenceChanged(agent.id, presence, reason, now))
        self._reindex(agent)
        self._dirty_agents[agent.id] = agent

    def _fits(self, a: _Agent, channel: str) -> bool:
        blocks = self.config.blocks
        same = 0
        for ch in a.active.values():
            if channel in blocks.get(ch, ()):
                return False
            same += ch == channel
        return same < self.config.capacity.get(channel, 0)

    def _eligible(self, a: _Agent, it: _Interaction) -> bool:
        return (it.topic, it.channel) in a.entries and a.id not in it.rejected

    def _reindex(self, a: _Agent) -> None:
        new: dict[_Lane, _AgentKey] = {}
        if a.connected and a.chosen == "available" and a.offer is None and not a.wrapup:
            n = len(a.active)
            for ch in self.config.capacity:
                if (a.channels is None or ch in a.channels) and self._fits(a, ch):
                    for topic, lvl in a.skills.items():
                        if lvl >= 1:
                            new[topic, ch] = (n, a.idle_since, -lvl, a.id)
        if new == a.entries:
            return
        for lane, key in a.entries.items():
            _discard(self._index, lane, key)
        for lane, key in new.items():
            insort(self._index.setdefault(lane, []), key)
        old_topics = {t for t, _ in a.entries}
        new_topics = {t for t, _ in new}
        for topic in old_topics - new_topics:
            self._ready[topic] -= 1
            if not self._ready[topic]:
                del self._ready[topic]
        for topic in new_topics - old_topics:
            self._ready[topic] = self._ready.get(topic, 0) + 1
        a.entries = new

    def _count(self, it: _Interaction, delta: int) -> None:
        net = self._queue_net.setdefault(it.topic, {})
        net[it.id] = net.get(it.id, 0) + delta

    def _queue_insert(self, it: _Interaction) -> None:
        self._count(it, 1)
        insort(self._queues.setdefault(it.topic, []), it.key)
        insort(self._lanes.setdefault((it.topic, it.channel), []), it.key)
        it.state = "queued"
        self._dirty_inters[it.id] = it

    def _queue_remove(self, it: _Interaction) -> None:
        self._count(it, -1)
        _discard(self._queues, it.topic, it.key)
        _discard(self._lanes, (it.topic, it.channel), it.key)

    def _offer(self, agent: _Agent, it: _Interaction, now: float) -> None:
        self._queue_remove(it)
        self._offers += 1
        it.state, it.agent, it.offer_serial = "offered", agent, self._offers
        it.expires_at = now + self.config.offer_timeout
        agent.offer = it
        heapq.heappush(self._deadlines, (it.expires_at, it.offer_serial, it.id))
        self._out.append(Offer(agent.id, it.interaction_id, it.expires_at, it.kind))
        self._reindex(agent)  # presence is unchanged: offers do not show in it

    def _revoke(self, it: _Interaction, reason: RevokeReason, *, requeue: bool) -> None:
        agent = it.agent
        assert agent is not None and agent.offer is it
        agent.offer = None
        it.agent = None
        self._out.append(OfferRevoked(agent.id, it.interaction_id, reason, it.kind))
        if requeue:
            self._queue_insert(it)  # same key: back at its original place

    def _forget(self, it: _Interaction) -> None:
        del self._inters[it.id]

    def _end_consultation(self, it: _Interaction, now: float, reason: str) -> None:
        """Withdraw the pending consultation and let every consulted participant go."""
        item = it.consult
        if item is not None:
            it.consult = None
            if item.state == "queued":
                self._queue_remove(item)
            else:
                agent = item.agent
                assert agent is not None
                self._revoke(item, "cancelled", requeue=False)
                self._touch(agent, now)
            del self._inters[item.id]
        for agent in list(it.consulted.values()):
            self._consulted_leaves(it, agent, now, reason)

    def _consulted_leaves(self, it: _Interaction, agent: _Agent, now: float, reason: str) -> None:
        del it.consulted[agent.id]
        del agent.active[it.id]
        agent.idle_since = now
        self._out.append(ParticipantChanged(it.id, agent.id, None, reason))
        self._touch(agent, now)

    def _owner_leaves(self, it: _Interaction, agent: _Agent, now: float, reason: str) -> None:
        """The owner hands the live interaction on: freed, owing a wrap-up if mandatory."""
        del agent.active[it.id]
        agent.idle_since = now
        owes = self.config.wrapup_mandatory and agent.wraps_up
        if owes:
            it.owed[agent.id] = None
            agent.wrapup[it.id] = None
        self._out.append(ParticipantChanged(it.id, agent.id, None, reason, owes))
        self._touch(agent, now)

    def _best_in_index(self, it: _Interaction) -> _Agent | None:
        for key in self._index.get((it.topic, it.channel), ()):
            if key[3] not in it.rejected:
                return self._agents[key[3]]
        return None

    def _rematch(self, now: float) -> None:
        """Restore "no queued interaction has an eligible agent" after this call's changes.

        Only interactions (re)queued by this call and agents it touched can form a new
        eligible pair, so walk, in global offer order, the touched interactions plus the
        lanes the touched agents could take. A touched interaction goes to the best agent
        of its lane; any other one can only go to a touched agent.
        """
        pending = sorted(
            (it.key for it in self._dirty_inters.values() if it.state == "queued"), reverse=True
        )
        agents = [a for a in self._dirty_agents.values() if a.entries]
        lanes = {lane for a in agents for lane in a.entries}
        cursors: dict[_Lane, _QueueKey] = {}  # lane -> last key walked in it
        seen: set[str] = set()
        while pending or lanes:
            # The next key in global order among pending and the walked lanes.
            key = pending[-1] if pending else None
            source = None
            for lane in lanes:
                queue = self._lanes.get(lane)
                if not queue:
                    continue
                i = bisect_right(queue, cursors[lane]) if lane in cursors else 0
                if i < len(queue) and (key is None or queue[i] < key):
                    key, source = queue[i], lane
            if key is None:
                break
            if source is None:
                pending.pop()
            else:
                cursors[source] = key
            it = self._inters[key[3]]
            if it.id in seen or it.state != "queued":
                continue  # a touched interaction is met both in pending and in its lane
            seen.add(it.id)
            if it.id in self._dirty_inters:
                agent = self._best_in_index(it)
            else:
                fits = [a for a in agents if self._eligible(a, it)]
                agent = min(fits, key=lambda a: a.entries[it.topic, it.channel]) if fits else None
            if agent is None:
                continue
            self._offer(agent, it, now)
            if agent in agents:
                agents = [a for a in agents if a.entries]
                lanes = {lane for a in agents for lane in a.entries}


def _derive(a: _Agent) -> tuple[str, str]:
    if a.chosen == "offline":
        return "offline", a.reason
    if a.wrapup:
        return "wrap_up", ""
    if a.chosen == "not_ready":
        return "not_ready", a.reason
    return ("busy" if a.active else "available"), ""


def _check_presence(state: str) -> None:
    if state not in CHOSEN:
        raise RoutingError(f"presence must be one of {CHOSEN}, not {state!r}", "invalid_format")


def _check_skills(skills: Mapping[str, int]) -> None:
    if any(not isinstance(lvl, int) or lvl < 0 for lvl in skills.values()):
        raise RoutingError("skill levels must be integers >= 0", "invalid_format")


def _discard(lists: dict, name: object, key: tuple) -> None:
    """Remove ``key`` from the sorted list ``lists[name]``, dropping the list once empty."""
    items = lists[name]
    del items[bisect_left(items, key)]
    if not items:
        del lists[name]
