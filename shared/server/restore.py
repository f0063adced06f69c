"""Starting (again): users, topics, last presence and every open conversation loaded
from the store into the routing engine, as they stood when the server stopped.

Queued and offered conversations go back in line at their original arrival (nobody is
connected after a restart, so waiting citizens get the grace period to come back).
Active ones go back to their owner and consulted experts; wrap-ups owed stay owed, also
by an agent who transferred a conversation that is over by now. A call cannot survive
the server (its room went with it): a waiting caller is abandoned, a talking one goes
to wrap-up so the agent can note it.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from typing import Any

from shared import protocol as p
from shared.routing import Engine
from shared.server.catalogue import Catalogue
from shared.server.context import Context
from shared.server.conversations import Conversation, Conversations
from shared.server.effects import Effects
from shared.server.ending import Ending
from shared.server.people import People
from shared.server.sql import callbacks, interactions, participants, presence, users
from shared.server.staffing import Staffing
from shared.server.video import first_queue

log = logging.getLogger(__name__)

LOST_CALL = "server restarted during the call"


class Restore:
    def __init__(
        self,
        ctx: Context,
        engine: Engine,
        people: People,
        conversations: Conversations,
        catalogue: Catalogue,
        effects: Effects,
        staffing: Staffing,
        ending: Ending,
        *,
        keep_callbacks: bool = False,
    ) -> None:
        self.ctx = ctx
        self.engine = engine
        self.people = people
        self.convs = conversations
        self.catalogue = catalogue
        self.effects = effects
        self.staffing = staffing
        self.ending = ending
        # Callbacks not reached yet are no lost calls: shared.server.callbacks puts them
        # back in line (with telephony; without it they fail like any call).
        self.keep_callbacks = keep_callbacks

    async def run(self) -> None:
        read, now = self.ctx.store.read, self.ctx.now()
        names, department_names = await read(users.topic_names), await read(users.department_names)
        self.catalogue.load(
            [
                p.Topic(
                    id=r["id"],
                    name=r["name"],
                    department=r.get("department") or "",
                    names=names.get(r["id"], {}),
                    department_names=department_names.get(r.get("department") or "", {}),
                )
                for r in await read(users.list_topics)
            ]
        )
        if self.catalogue.general_only:
            log.warning(
                "no topics configured: the phone menu is empty; calls and chats go to the"
                " general queue (add topics with 'cc-server topic add')"
            )
        last = await read(presence.last_presence)
        for row in await read(users.list_users):
            if not row.get("disabled"):
                self.staffing.add(row, last.get(row["username"]), now)
        people: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for row in await read(participants.open_participations):
            if row["username"] in self.people.staff:
                people[row["interaction_id"]].append(row)
        restored = 0
        kept = (
            {r["interaction_id"] for r in await read(callbacks.pending_callbacks)}
            if self.keep_callbacks
            else set()
        )
        for row in await read(interactions.open_interactions):
            found = people.pop(row["id"], [])
            if row["id"] in kept:
                continue
            if row["channel"] == "voice" and row["state"] != "wrap_up":
                state = await self._fail_lost_call(row, found, now)
                if state != "wrap_up":
                    continue
                row = {**row, "state": state}
                found = [  # as _fail_lost_call wrote them: the owner left owing one
                    {
                        **r,
                        "present": 0,
                        "wrapup_due": int(
                            r["wrapup_due"] or (r["present"] and r["role"] == "owner")
                        ),
                    }
                    for r in found
                ]
            await self._conversation(row, found, now)
            restored += 1
        for iid, found in people.items():  # over, but someone still owes a wrap-up
            owed = tuple(r["username"] for r in found if r["wrapup_due"])
            if owed:
                row = await read(interactions.interaction, iid)
                if row is not None:
                    self.convs.add(self._conv(row, released=True))
                    self.engine.restore(
                        iid, row["topic"], row["channel"], now, state="wrap_up", owed=owed,
                        final_reported=True,
                    )  # fmt: skip
        log.info(
            "restored %d users, %d topics, %d open interactions",
            len(self.people.staff),
            len(self.catalogue.topics),
            restored,
        )

    def _conv(self, row: dict[str, Any], *, released: bool = False) -> Conversation:
        return Conversation(
            id=row["id"],
            channel=row["channel"],
            topic=row["topic"],
            citizen_name=row["citizen_name"] or "",
            citizen_token="" if released else row["citizen_token"] or "",
            priority=row["priority"] or 0,
            created_at=row["created_at"],
            caller=row.get("caller") or "",
            transfers=row.get("transfers") or 0,
            last_seq=row.get("last_seq") or 0,
            media=row.get("media") or "chat",
            sign_language=row.get("sign_language") or "",
        )

    async def _conversation(
        self, row: dict[str, Any], found: list[dict[str, Any]], now: float
    ) -> None:
        state, iid = row["state"], row["id"]
        conv = self._conv(row, released=state == "wrap_up")
        queue = row.get("queue") or first_queue(conv)
        present = [r for r in found if r["present"]]
        owed = tuple(r["username"] for r in found if r["wrapup_due"] and not r["present"])
        owner = next((r["username"] for r in present if r["role"] == "owner"), None)
        owner = owner or (row.get("agent") if row.get("agent") in self.people.staff else None)
        if owner is not None and not self.people.staff[owner].routable:
            self.staffing.owner_in_engine(owner)  # a supervisor took it over
        if state in ("queued", "offered"):
            first = await self.ctx.store.read(interactions.messages, iid)
            conv.preview = first[0]["text"][:200] if first else ""
        self.convs.add(conv)
        if state in ("queued", "offered") or owner is None:
            self.effects.step(
                self.engine.enqueue,
                iid,
                queue,
                conv.channel,
                now,
                priority=conv.priority,
                arrival=conv.created_at,
                owed=owed,
            )
            self.ending.arm_abandon(conv)  # nobody is connected after a restart
        elif state == "wrap_up":
            if not found:  # written before participants were recorded: the agent owes it
                owed = (owner,)
            self.effects.step(
                self.engine.restore, iid, queue, conv.channel, now, state="wrap_up",
                owner=owner, owed=owed,
            )  # fmt: skip
        else:
            consulted = tuple(r["username"] for r in present if r["role"] == "consulted")
            self.effects.step(
                self.engine.restore, iid, queue, conv.channel, now, owner=owner,
                consulted=consulted, owed=owed,
            )  # fmt: skip

    async def _fail_lost_call(
        self, row: dict[str, Any], found: list[dict[str, Any]], now: float
    ) -> str:
        """A call open when the server stopped: its room went with it. Returns the
        state written (wrap_up for a talking caller's agent, else abandoned)."""
        owner = row.get("agent")
        if row["state"] == "active" and owner in self.people.staff:
            state = "wrap_up" if self.ctx.config.wrapup_mandatory else "closed"
        else:
            state = "abandoned"
        write = self.ctx.store.write
        await write(interactions.note_outcome, row["id"], failure=LOST_CALL)
        for r in found:
            if r["present"]:
                due = r["role"] == "owner" and state == "wrap_up"
                await write(participants.left, row["id"], r["username"], now, LOST_CALL, due)
        await write(interactions.set_interaction_state, row["id"], state, now, reason=LOST_CALL)
        return state
