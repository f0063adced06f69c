"""The effects step: the routing engine's actions turned into pushes and store writes.

Every change to routing state goes through ``Effects.step(engine_method, ...)``: the
engine call and the application of everything it returned happen in one synchronous
step, so no action is ever applied against a state that moved on while something was
awaited (the bug that left abandoned chats "offered" in the database). Writes are only
queued here, in order; a handler that must acknowledge something awaits
``store.sync()`` (or its own write) afterwards, which resolves once all of them have
committed.

What each action means (the engine's docstring has the rules):
- ``Offer``: the conversation rings for someone (to take it, or to join it: consult).
- ``OfferRevoked``: it rings no more; unless abandoned or cancelled it is queued again.
- ``InteractionChanged``: active, wrap-up, closed, abandoned, or queued by a transfer.
- ``ParticipantChanged``: someone joined (owner, consulted) or left (owing a wrap-up).
- ``PresenceChanged`` / ``QueueChanged``: for the agent, citizens waiting, wallboards.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from shared import protocol as p
from shared.routing import (
    Action,
    Engine,
    InteractionChanged,
    Offer,
    OfferRevoked,
    ParticipantChanged,
    PresenceChanged,
    QueueChanged,
)
from shared.server.catalogue import Catalogue
from shared.server.channels import Channel
from shared.server.context import Context
from shared.server.conversations import Conversation, Conversations
from shared.server.people import People
from shared.server.sql import interactions, participants, presence
from shared.server.wallboard import Wallboard

log = logging.getLogger(__name__)

ENDED = frozenset({"wrap_up", "closed", "abandoned"})


class Effects:
    def __init__(
        self,
        ctx: Context,
        engine: Engine,
        people: People,
        conversations: Conversations,
        catalogue: Catalogue,
        wallboard: Wallboard,
        channels: dict[str, Channel],
    ) -> None:
        self.ctx = ctx
        self.engine = engine
        self.people = people
        self.convs = conversations
        self.catalogue = catalogue
        self.wallboard = wallboard
        self.channels = channels
        # Who else hears of an offer that stopped ringing (after it is applied).
        self.on_revoked: list[Callable[[Conversation, OfferRevoked], None]] = []
        # Called when a conversation ends (wrap-up, closed, abandoned): monitoring stops.
        self.on_ended: list[Callable[[Conversation, str], None]] = []
        # Called when staff join a live conversation (owner, consulted): monitoring tells
        # them, or stops when they are outside the supervisor's teams.
        self.on_joined: list[Callable[[Conversation, str], None]] = []

    def channel(self, conv: Conversation) -> Channel:
        return self.channels[conv.channel]

    def step(
        self,
        method: Callable[..., list[Action]],
        *args: Any,
        by: str = "agent",
        changed_by: str = "",
        recorded: str = "",
        **kwargs: Any,
    ) -> list[Action]:
        """Run one engine call and apply what it returned, in one go.

        ``by``: who ends conversations in this step, as the citizen is told (citizen,
        agent, system). ``changed_by``: who changed presence (a supervisor's name).
        ``recorded``: an agent whose presence the caller writes itself."""
        actions = method(*args, **kwargs)
        self.apply(actions, by=by, changed_by=changed_by, recorded=recorded)
        return actions

    # ------------------------------------------------------------------ views

    def participants(self, conv: Conversation) -> list[p.Participant]:
        out = []
        for username, role in self.engine.participants(conv.id):
            staff = self.people.staff.get(username)
            out.append(
                p.Participant(
                    username=username,
                    display_name=staff.display_name if staff else username,
                    role=role,
                    department=", ".join(self.catalogue.departments_of(staff.skills))
                    if staff and staff.role == "expert"
                    else "",
                )
            )
        return out

    def info(self, conv: Conversation) -> p.InteractionInfo:
        owner = self.convs.owner(conv)
        state = self.convs.state(conv)
        return p.InteractionInfo(
            id=conv.id,
            channel=conv.channel,
            topic=conv.topic,
            citizen_name=conv.citizen_name,
            state=state,
            created_at=conv.created_at,
            priority=conv.priority,
            agent=owner,
            agent_name=self.people.name(owner) if owner and state != "offered" else "",
            caller=conv.caller,
            participants=self.participants(conv),
            transfers=conv.transfers,
            media=conv.media if conv.channel == "video" else "chat",  # type: ignore[arg-type]
            sign_language=conv.sign_language,
        )

    def offer_event(
        self, conv: Conversation, offer: Offer, *, fresh: bool = False
    ) -> p.OfferCreated:
        """The offer as its person is told (again, after a reconnect: the same secret;
        ``fresh``: a new offer, with a new secret for the softphone's INVITE)."""
        consult = self.engine.consult_of(conv.id) if offer.kind == "consult" else None
        handed = bool(conv.transfers or conv.callback_number)  # sent on by someone (or not)
        kind = (
            offer.kind
            if offer.kind == "consult"
            else "callback"
            if conv.callback_number
            else "transfer"
            if conv.transfers
            else "interaction"
        )
        sender = consult.by if consult else conv.note_from if handed else ""
        return p.OfferCreated(
            interaction=self.info(conv),
            expires_at=offer.expires_at,
            preview=(conv.recent[-1] if conv.recent else conv.preview)
            if offer.kind == "consult"
            else conv.preview,
            history=conv.history,
            kind=kind,
            from_agent=sender,
            from_agent_name=self.people.name(sender) if sender else "",
            note=conv.consult_note if consult else conv.note if handed else "",
            phone_secret=self.channel(conv).phone_secret(conv, offer.agent_id, fresh=fresh),
        )

    def closed_event(
        self, conv: Conversation, by: str, reason: str, wrapup: bool
    ) -> p.InteractionClosed:
        return p.InteractionClosed(
            interaction_id=conv.id,
            by=by if by in ("citizen", "agent", "system") else "system",
            reason=reason,
            wrapup_required=wrapup,
        )

    # ------------------------------------------------------------------ applying

    def apply(
        self, actions: list[Action], *, by: str = "agent", changed_by: str = "", recorded: str = ""
    ) -> None:
        for action in actions:
            if isinstance(action, Offer):
                self._offer(action)
            elif isinstance(action, OfferRevoked):
                self._revoked(action)
            elif isinstance(action, InteractionChanged):
                self._changed(action, by)
            elif isinstance(action, ParticipantChanged):
                self._participant(action, by)
            elif isinstance(action, PresenceChanged):
                self._presence(action, changed_by, recorded)
            elif isinstance(action, QueueChanged):
                self._push_positions(action.topic)
                self.wallboard.queue(action.topic)
        for action in actions:  # forget what the engine forgot
            if isinstance(action, InteractionChanged) and action.state in ENDED:
                conv = self.convs.get(action.interaction_id)
                if conv is not None and self.engine.state_of(conv.id) is None:
                    self.convs.forget(conv)

    def _write(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        self.ctx.background(self.ctx.store.write(fn, *args, **kwargs))

    def _offer(self, offer: Offer) -> None:
        conv = self.convs.get(offer.interaction_id)
        if conv is None:
            log.error("offer of unknown conversation %s", offer.interaction_id)
            return
        now = self.ctx.now()
        if offer.kind == "consult":
            self._write(interactions.add_event, conv.id, now, "consult", "ringing", offer.agent_id)
            owner = self.convs.owner(conv)
            self.people.to_staff(
                owner,
                p.ConsultChanged(
                    interaction_id=conv.id,
                    state="ringing",
                    expert=offer.agent_id,
                    expert_name=self.people.name(offer.agent_id),
                ),
            )
        else:
            self._write(
                interactions.set_interaction_state, conv.id, "offered", now, agent=offer.agent_id
            )
            self.wallboard.queue(self.engine.queue_of(conv.id) or conv.topic)
        self.people.to_staff(offer.agent_id, self.offer_event(conv, offer, fresh=True))
        self.wallboard.agent(offer.agent_id)
        self.channel(conv).offered(conv, offer.agent_id, offer.kind)

    def _revoked(self, revoked: OfferRevoked) -> None:
        conv = self.convs.get(revoked.interaction_id)
        self.people.to_staff(
            revoked.agent_id,
            p.OfferRevoked(
                interaction_id=revoked.interaction_id, reason=revoked.reason, kind=revoked.kind
            ),
        )
        if conv is None:
            return
        self.channel(conv).revoked(conv, revoked.agent_id, revoked.reason, revoked.kind)
        now = self.ctx.now()
        if revoked.kind == "consult":
            what = {"timeout": "no_answer", "rejected": "declined"}.get(
                revoked.reason, revoked.reason
            )
            self._write(interactions.add_event, conv.id, now, "consult", what, revoked.agent_id)
            consult = self.engine.consult_of(conv.id)
            if consult is not None and consult.state == "queued":
                self.people.to_staff(
                    consult.by,
                    p.ConsultChanged(
                        interaction_id=conv.id,
                        state="queued",
                        position=consult.position or 0,
                        reason=what,
                    ),
                )
        elif revoked.reason not in ("abandoned", "cancelled"):
            self._write(
                interactions.set_interaction_state,
                conv.id,
                "queued",
                now,
                reason=f"offer {revoked.reason}",
            )
        for hook in self.on_revoked:
            hook(conv, revoked)

    def _changed(self, changed: InteractionChanged, by: str) -> None:
        conv = self.convs.get(changed.interaction_id)
        now = self.ctx.now()  # one instant: the event written is the one counted
        self._write(
            interactions.set_interaction_state,
            changed.interaction_id,
            changed.state,
            now,
            agent=changed.agent_id,
            reason=changed.reason,
        )
        if conv is None:
            return
        self.wallboard.queue(self.engine.queue_of(conv.id) or conv.topic)
        self.wallboard.interaction_changed(conv, changed.state, now)
        if changed.state in ENDED:
            for ended in self.on_ended:
                ended(conv, changed.reason)
        if changed.state in ENDED and self.convs.of_citizen(conv.citizen_token) is conv:
            # The citizen's part is over: tell them, end the media, let them start anew.
            self.convs.release_citizen(conv)
            self.people.to_citizen(
                conv.citizen_token, self.closed_event(conv, by, changed.reason, False)
            )
            self.channel(conv).ended(conv, changed.reason)
        elif changed.state == "queued" and changed.reason:  # a blind transfer
            self.channel(conv).transferred(
                conv, conv.note_from, self.engine.queue_of(conv.id) or ""
            )

    def _participant(self, change: ParticipantChanged, by: str) -> None:
        conv = self.convs.get(change.interaction_id)
        now = self.ctx.now()
        if change.role is None:
            self._write(
                participants.left,
                change.interaction_id,
                change.agent_id,
                now,
                change.reason,
                change.wrapup,
            )
        else:
            self._write(
                participants.joined, change.interaction_id, change.agent_id, change.role, now
            )
        if conv is None:
            return
        self.wallboard.agent(change.agent_id)
        if change.role is None:
            # Their part is over: the tab closes, or turns into the wrap-up form.
            self.people.to_staff(
                change.agent_id, self.closed_event(conv, by, change.reason, change.wrapup)
            )
            if self.engine.state_of(conv.id) == "active":
                self.channel(conv).left(conv, change.agent_id, change.reason)
        elif change.role == "owner" and change.reason and conv.channel == "chat":
            # handed over (not a first accept, whose handler says it after the commit)
            self.people.to_citizen(
                conv.citizen_token,
                p.AgentJoined(interaction_id=conv.id, agent_name=self.people.name(change.agent_id)),
            )
        elif change.role == "consulted":
            self._write(interactions.count_second_line, conv.id, consults=1)
            self._write(
                interactions.add_event, conv.id, now, "consult", "connected", change.agent_id
            )
            owner = self.convs.owner(conv)
            self.people.to_staff(
                owner,
                p.ConsultChanged(
                    interaction_id=conv.id,
                    state="connected",
                    expert=change.agent_id,
                    expert_name=self.people.name(change.agent_id),
                ),
            )
        if self.engine.state_of(conv.id) == "active":
            self.announce_participants(conv, change)
        if change.role is not None:
            for joined in self.on_joined:
                joined(conv, change.agent_id)

    def announce_participants(
        self, conv: Conversation, change: ParticipantChanged | None = None, *, joined: str = ""
    ) -> None:
        """Who is in it now, to its staff and (for what they see of it) the citizen;
        ``joined``: someone the citizen now sees (a three-way was merged)."""
        if change is not None and change.role:
            joined = change.agent_id
        event = p.ParticipantsChanged(
            interaction_id=conv.id,
            participants=self.participants(conv),
            joined=self.people.name(joined) if joined else "",
            left=self.people.name(change.agent_id) if change and change.role is None else "",
        )
        for username in {*self.convs.staff_in(conv), *conv.watchers}:
            self.people.to_staff(username, event)
        # The citizen sees the experts of a three-way come and go (a new owner is
        # announced to them as "joined" by chat.agent_joined instead).
        citizen_sees = change is None or (conv.three_way and change.role != "owner")
        if (
            conv.channel == "chat"
            and citizen_sees
            and self.convs.of_citizen(conv.citizen_token) is conv
        ):
            facing = set(self.convs.citizen_facing(conv))
            seen = msgspec_replace_participants(event, facing)
            self.people.to_citizen(conv.citizen_token, seen)

    def _presence(self, change: PresenceChanged, changed_by: str, recorded: str) -> None:
        staff = self.people.staff.get(change.agent_id)
        view = self.engine.agent_view(change.agent_id)
        if staff:
            self.people.to_staff(
                staff.username,
                p.PresenceChanged(
                    presence=change.presence,
                    reason=change.reason,
                    since=change.since,
                    by=changed_by,
                    chosen=view.chosen,
                    chosen_reason=view.chosen_reason,
                ),
            )
        if change.agent_id != recorded:  # every change is history, derived ones too
            self._write(
                presence.record_presence,
                change.agent_id,
                view.chosen,
                change.presence,
                change.reason,
                change.since,
                by=changed_by or "system",
            )
        self.wallboard.agents_skills(change.agent_id)

    def _push_positions(self, queue: str) -> None:
        for position, item_id in enumerate(self.engine.queued(queue), start=1):
            iid, sep, _ = item_id.partition("#")
            conv = self.convs.get(iid)
            if conv is None:
                continue
            if sep:  # a consultation waiting: its owner sees its place
                consult = self.engine.consult_of(iid)
                if consult is not None:
                    self.people.to_staff(
                        consult.by,
                        p.ConsultChanged(interaction_id=iid, state="queued", position=position),
                    )
            elif self.people.citizen_online(conv.citizen_token):
                self.people.to_citizen(
                    conv.citizen_token, p.QueuePosition(interaction_id=iid, position=position)
                )


def msgspec_replace_participants(
    event: p.ParticipantsChanged, facing: set[str]
) -> p.ParticipantsChanged:
    """What the citizen sees of the participants: only those they talk to."""
    return p.ParticipantsChanged(
        interaction_id=event.interaction_id,
        participants=[x for x in event.participants if x.username in facing],
        joined=event.joined,
        left=event.left,
    )
