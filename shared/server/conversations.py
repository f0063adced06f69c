"""The open conversations as the server keeps them beside the routing engine.

The engine holds every conversation's lifecycle (queued, offered, active, wrap-up) and
its participants; a ``Conversation`` holds only what the engine does not: the citizen,
the channel's details, the note sent with a consultation. Its state and people are
read from the engine (``Conversations.state``, ``.owner``, ``.participants``), never
stored here, so there is one truth.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from shared import protocol as p
from shared.routing import Engine


@dataclass(slots=True)
class Conversation:
    id: str
    channel: str
    topic: str  # what the citizen asked about (a transfer changes its queue, not this)
    citizen_name: str
    citizen_token: str
    priority: int
    created_at: float
    preview: str = ""  # the citizen's first message, shown on the offer
    # The citizen's last few messages: suggestions follow the conversation, not only
    # the latest line ("thanks, have a nice day" alone would suggest nothing useful).
    recent: list[str] = field(default_factory=list)
    caller: str = ""  # voice: the caller's number
    history: list[p.PastInteraction] = field(default_factory=list)  # voice: earlier contacts
    transfers: int = 0
    note: str = ""  # what the last transfer or consultation was sent with
    note_from: str = ""  # ... and by whom
    three_way: bool = False  # chat: the citizen sees the consulted expert (merged)
    consult_note: str = ""  # the note of the consultation under way
    merge_on_join: bool = False  # the consultation asked for a three-way from the start
    last_seq: int = 0  # chat messages so far (the transcript's length)
    callback_number: str = ""  # voice: a callback, to phone this number (server.callbacks)
    # A supervisor moved it to a named person: where it goes back if they don't take it.
    return_queue: str = ""
    # Supervisors monitoring it (shared.server.monitoring): they get its chat messages,
    # internal messages and participant changes too.
    watchers: set[str] = field(default_factory=set)
    media: str = "chat"  # channel "video": "video" or "audio"
    sign_language: str = ""


class Conversations:
    """Open conversations by id and by citizen token, read together with the engine."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.by_id: dict[str, Conversation] = {}
        self.by_citizen: dict[str, str] = {}  # citizen token -> open conversation id

    def get(self, iid: str) -> Conversation | None:
        return self.by_id.get(iid)

    def add(self, conv: Conversation) -> None:
        self.by_id[conv.id] = conv
        if conv.citizen_token:
            self.by_citizen[conv.citizen_token] = conv.id

    def of_citizen(self, token: str) -> Conversation | None:
        iid = self.by_citizen.get(token)
        return self.by_id.get(iid) if iid else None

    def release_citizen(self, conv: Conversation) -> None:
        """The citizen's part is over (the rest is staff's wrap-up): a new chat may start."""
        if self.by_citizen.get(conv.citizen_token) == conv.id:
            del self.by_citizen[conv.citizen_token]

    def forget(self, conv: Conversation) -> None:
        self.by_id.pop(conv.id, None)
        self.release_citizen(conv)

    def __len__(self) -> int:
        return len(self.by_id)

    # ------------------------------------------------------------------ read from the engine

    def state(self, conv: Conversation) -> str:
        return self.engine.state_of(conv.id) or "closed"

    def owner(self, conv: Conversation) -> str | None:
        """Who has it: the owner when active or in wrap-up, who it rings for when offered."""
        return self.engine.agent_of(conv.id)

    def staff_in(self, conv: Conversation) -> list[str]:
        """The staff in the live conversation: owner first, then the consulted."""
        return [a for a, _role in self.engine.participants(conv.id)]

    def role_of(self, conv: Conversation, username: str) -> str | None:
        for who, role in self.engine.participants(conv.id):
            if who == username:
                return role
        return None

    def citizen_facing(self, conv: Conversation) -> list[str]:
        """Staff the citizen talks to: the owner, and the consulted once merged (chat)."""
        people = self.engine.participants(conv.id)
        return [a for a, role in people if role == "owner" or conv.three_way]
