"""Web chat: a citizen starts one, both sides write, see typing and delivery ticks.

Who hears what: the citizen's messages reach all staff in the conversation (the owner
and a consulted expert, who follows the transcript); staff messages reach the citizen
only from those the citizen talks to (the owner, and a consulted expert once the chat is
three-way). A consulted expert talks to the agent through internal messages instead.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from shared import protocol as p
from shared.routing import Engine
from shared.server.catalogue import Catalogue
from shared.server.context import Context
from shared.server.conversations import Conversation, Conversations
from shared.server.effects import Effects
from shared.server.ending import Ending, party_to
from shared.server.kb import KnowledgeDesk
from shared.server.people import People, Session
from shared.server.rows import chat_message, transcript_page
from shared.server.sql import interactions, users
from shared.server.throttle import KeyedBuckets, WindowLimit
from shared.server.video import VideoDesk


def valid_text(text: str) -> str:
    text = text.strip()
    if not text:
        raise p.ProtocolError(p.ErrorCode.INVALID_FORMAT, "empty message")
    if len(text) > p.MAX_CHAT_TEXT:
        raise p.ProtocolError(
            p.ErrorCode.TOO_LARGE, f"message longer than {p.MAX_CHAT_TEXT} characters"
        )
    return text


class ChatDesk:
    def __init__(
        self,
        ctx: Context,
        engine: Engine,
        conversations: Conversations,
        people: People,
        catalogue: Catalogue,
        effects: Effects,
        ending: Ending,
        kb: KnowledgeDesk,
        video: VideoDesk,
    ) -> None:
        self.video = video
        self.ctx = ctx
        self.engine = engine
        self.convs = conversations
        self.people = people
        self.catalogue = catalogue
        self.effects = effects
        self.ending = ending
        self.kb = kb
        cfg = ctx.config
        self.new_chats = WindowLimit(cfg.citizen_chats_per_address, cfg.citizen_chats_window)
        self.citizen_messages = KeyedBuckets(cfg.citizen_message_rate, cfg.citizen_message_burst)

    async def on_start_chat(self, session: Session, msg: p.StartChat) -> p.ChatStarted:
        if msg.topic not in self.catalogue.topics:
            raise p.ProtocolError(p.ErrorCode.NOT_FOUND, f"no topic {msg.topic!r}")
        text = valid_text(msg.text)
        name = msg.name.strip()[:80] or "Citizen"
        token = session.citizen_token
        if self.convs.of_citizen(token) is not None:
            raise p.ProtocolError(p.ErrorCode.CONFLICT, "you already have an open conversation")
        now = self.ctx.now()
        if not self.new_chats.allow(session.address, now):
            raise p.ProtocolError(
                p.ErrorCode.RATE_LIMITED,
                "too many new chats from your network just now: please wait a minute",
            )
        media, sign = msg.media, msg.sign_language.strip().lower()[:20]
        queue = self.video.queue_for(msg.topic, media, sign)
        channel = "chat" if media == "chat" else "video"
        arrival = (
            await self._rejoined(msg.rejoin, users.token_hash(msg.rejoin_token[:100]), now)
            if msg.rejoin
            else None
        )
        iid = uuid.uuid4().hex[:16]
        # Queued for the writer now; the offer goes out while it commits (an agent's
        # accept is written after it: the writer keeps queue order). The citizen's reply
        # waits for the commit: only then is the chat acknowledged.
        created = self.ctx.store.write(
            interactions.create_interaction, iid, channel, msg.topic, name, token, 0, now, text,
            media="" if media == "chat" else media, sign_language=sign,
        )  # fmt: skip
        conv = Conversation(iid, channel, msg.topic, name, token, 0, now, preview=text[:200])
        conv.media, conv.sign_language = media, sign
        self.convs.add(conv)
        self.effects.step(self.engine.enqueue, iid, queue, channel, now, arrival=arrival)
        try:
            row = await created
            conv.last_seq = row["seq"]
        except Exception:
            if self.convs.state(conv) in ("queued", "offered"):
                self.effects.step(self.engine.abandon, iid, self.ctx.now(), "not stored")
            self.convs.forget(conv)
            raise
        return p.ChatStarted(
            id=msg.id,
            interaction=self.effects.info(conv),
            message=chat_message(row),
            position=self.engine.position(iid) or 0,
            signers_on_duty=self.engine.logged_in_agents(queue) if sign else None,
        )

    async def _rejoined(self, old_id: str, token: str, now: float) -> float:
        """The arrival of the citizen's own call that lost its connection lately: a call
        started again with it waits at its old place (the front of the queue)."""
        old = await self.ctx.store.read(interactions.interaction, old_id[:40])
        window = self.ctx.config.rejoin_window
        if (
            old is None
            or old["citizen_token"] != token
            or old["channel"] != "video"
            or old["state"] in ("queued", "offered", "active")
            or old["updated_at"] < now - window
        ):
            raise p.ProtocolError(p.ErrorCode.NOT_FOUND, "no recent call of yours to rejoin")
        return float(old["created_at"])

    async def on_send_chat(self, session: Session, msg: p.SendChat) -> p.ChatSent:
        conv = party_to(self.convs, self.engine, session, msg.interaction_id)
        staff = session.role != "citizen"
        if staff:
            if self.convs.state(conv) != "active" or session.username not in self.convs.staff_in(
                conv
            ):
                raise p.ProtocolError(p.ErrorCode.CONFLICT, "the conversation is not active")
            if session.username not in self.convs.citizen_facing(conv):
                raise p.ProtocolError(
                    p.ErrorCode.CONFLICT,
                    "you were consulted: write to the agent (internal), or ask for a three-way",
                )
        text = valid_text(msg.text)
        if not staff and not self.citizen_messages.take(session.citizen_token, self.ctx.now()):
            raise p.ProtocolError(
                p.ErrorCode.RATE_LIMITED, "you are writing faster than we can read: slow down"
            )
        if conv.last_seq >= self.ctx.config.max_transcript_messages:
            raise p.ProtocolError(
                p.ErrorCode.TOO_LARGE,
                "this conversation has reached its length limit: please start a new one"
                if not staff
                else "this conversation has reached its length limit: close it",
            )
        if staff:
            sender, name = "agent", self.people.name(session.username)
        else:
            sender, name = "citizen", conv.citizen_name
        row = await self.ctx.store.write(
            interactions.add_message, conv.id, sender, name, text, self.ctx.now()
        )
        conv.last_seq = max(conv.last_seq, row["seq"])
        message = chat_message(row)
        event = p.encode_text(p.ChatMessageEvent(interaction_id=conv.id, message=message))
        self.people.to_sessions(self._others(session, conv), event)
        if not staff:
            conv.recent = [*conv.recent[-2:], text]
            owner = self.convs.owner(conv)
            if self.convs.state(conv) == "active" and owner:
                self.kb.suggest_for(conv, owner, " ".join(conv.recent))
        return p.ChatSent(id=msg.id, interaction_id=conv.id, message=message)

    async def on_history(self, session: Session, msg: p.ChatHistory) -> p.ChatHistoryPage:
        """An earlier page of a long transcript, for who takes part in the conversation."""
        conv = party_to(self.convs, self.engine, session, msg.interaction_id)
        rows = await self.ctx.store.read(interactions.messages, conv.id)
        page, earlier = transcript_page([r for r in rows if r["seq"] < msg.before_seq])
        return p.ChatHistoryPage(
            id=msg.id,
            interaction_id=conv.id,
            messages=[chat_message(r) for r in page],
            earlier=earlier,
        )

    async def on_typing(self, session: Session, msg: p.Typing) -> None:
        conv = party_to(self.convs, self.engine, session, msg.interaction_id)
        sender = "citizen" if session.role == "citizen" else "agent"
        event = p.encode_text(p.Typing(interaction_id=conv.id, typing=msg.typing, sender=sender))
        self.people.to_sessions(self._others(session, conv, same=False), event)

    async def on_ack(self, session: Session, msg: p.AckChat) -> None:
        conv = party_to(self.convs, self.engine, session, msg.interaction_id)
        event = p.encode_text(p.ChatDelivered(interaction_id=conv.id, seq=msg.seq))
        self.people.to_sessions(self._others(session, conv, same=False), event)

    def _others(self, session: Session, conv: Conversation, same: bool = True) -> Iterable[Session]:
        """Who sees what this session does: the other side (the citizen, or the staff in
        the live conversation) and, with ``same`` (messages), the sender's side too: the
        other staff in it, the sender's own other windows (a second tab, the tray)."""
        out: list[Session] = []
        if session.role == "citizen":
            if self.convs.state(conv) == "active":
                for username in self.convs.staff_in(conv):
                    out += self.people.staff[username].sessions
            if same:
                out += self.people.citizens.get(conv.citizen_token, ())
        else:
            out += self.people.citizens.get(conv.citizen_token, ())
            if same:
                for username in {*self.convs.staff_in(conv), session.username}:
                    out += self.people.staff[username].sessions
        for username in conv.watchers:  # monitoring supervisors see everything of it
            if username in self.people.staff:
                out += self.people.staff[username].sessions
        return [s for s in out if s is not session]
