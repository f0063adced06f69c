"""After-conversation work: the wrap-up form (topic tag, notes, resolved at first
contact) that every participant who owes one submits for their part."""

from __future__ import annotations

from shared import protocol as p
from shared.routing import Engine
from shared.server.catalogue import Catalogue
from shared.server.context import Context
from shared.server.conversations import Conversations
from shared.server.effects import Effects
from shared.server.offers import require_routable
from shared.server.people import Session
from shared.server.sql import audit, interactions, participants


class WrapupDesk:
    def __init__(
        self,
        ctx: Context,
        engine: Engine,
        conversations: Conversations,
        catalogue: Catalogue,
        effects: Effects,
    ) -> None:
        self.ctx = ctx
        self.engine = engine
        self.convs = conversations
        self.catalogue = catalogue
        self.effects = effects

    def topics(self) -> list[str]:
        configured = self.ctx.config.wrapup_topics
        return list(configured) or [t.name for t in self.catalogue.topics.values()] + ["Other"]

    async def on_wrapup(self, session: Session, msg: p.SubmitWrapup) -> p.Ok:
        require_routable(session)
        iid, user = msg.interaction_id, session.username
        owes = user in self.engine.owes_wrapup(iid)
        if not owes:
            if self.convs.get(iid) is not None:
                raise p.ProtocolError(
                    p.ErrorCode.CONFLICT, "no wrap-up is due for this conversation"
                )
            # A re-submission for a conversation that is over: allowed to who was in it.
            row = await self.ctx.store.read(interactions.interaction, iid)
            people = {
                r["username"] for r in await self.ctx.store.read(participants.participants, iid)
            }
            if row is None or (row.get("agent") != user and user not in people):
                raise p.ProtocolError(p.ErrorCode.NOT_FOUND, "no such interaction of yours")
            if row["state"] != "closed":
                raise p.ProtocolError(p.ErrorCode.CONFLICT, f"the conversation is {row['state']}")
        if msg.topic not in self.topics():
            raise p.ProtocolError(
                p.ErrorCode.INVALID_FORMAT, f"unknown wrap-up topic {msg.topic!r}"
            )
        now = self.ctx.now()
        saved = self.ctx.store.write(
            interactions.save_wrapup,
            iid,
            user,
            msg.topic,
            msg.notes[:4000],
            msg.resolved_first_contact,
            now,
            close=False,
        )
        if owes:  # closes it once nobody owes one any more (the effects step writes it)
            self.effects.step(self.engine.complete_wrapup, user, iid, now)
        audited = self.ctx.store.write(
            audit.audit,
            user,
            "wrapup",
            iid,
            {"topic": msg.topic, "resolved": msg.resolved_first_contact, "remote": session.address},
            now,
        )
        await saved
        await audited
        await self.ctx.store.sync()
        return p.Ok(id=msg.id)
