"""The staff directory as the agent's desk sees it, without Qt: departments, the people
who serve them, their live presence and load, and who can be asked to join what.

The server sends a snapshot once (``directory.get``) and then pushes what changed
(``directory.update``); ``Directory`` keeps both and answers the questions the
directory pane and the consult picker ask:

- who belongs under a department: its experts (role ``expert`` with a skill for one of
  its topics); agents serve every topic they have a skill for, so they are listed
  apart, as first-line colleagues, instead of under every department;
- whether a person can be consulted now on a conversation of a channel, and if not, why
  (``Availability.why`` is a code the widgets turn into words);
- whether a person or department matches what the agent typed: every word of the query
  must be found, accents and case ignored ("wojcik" finds "Wójcik"), in their name,
  username, departments or topics (by id and by name).

Capacity is the server's business; the desk only knows the default rules (one call and
nothing else beside it; up to ``CHAT_CAPACITY`` chats) and says "probably busy" from
them. The server's answer to the request is what counts.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from shared import protocol as p
from shared.knowledge.folding import fold

CHAT_CAPACITY = 3  # the server's default chats per person


@dataclass(frozen=True, slots=True)
class Availability:
    ok: bool
    # "" when ok; else offline, disconnected, not_ready, wrap_up, no_phone, on_a_call,
    # full, yourself
    why: str = ""


def availability(entry: p.DirectoryEntry, channel: str, me: str = "") -> Availability:
    """Whether ``entry`` can be asked to join a conversation of ``channel`` now."""
    if entry.username == me:
        return Availability(False, "yourself")
    if not entry.connected:
        return Availability(False, "disconnected" if entry.presence != "offline" else "offline")
    if entry.presence in ("offline", "not_ready", "wrap_up"):
        return Availability(False, entry.presence)
    if channel in ("voice", "video"):
        if not entry.can_take_calls:
            return Availability(False, "no_phone")
        if entry.load > 0:
            return Availability(False, "on_a_call")
    elif entry.load >= CHAT_CAPACITY:
        return Availability(False, "full")
    return Availability(True)


def _words(text: str) -> list[str]:
    return fold(text).split()


class Directory:
    def __init__(self, me: str = "") -> None:
        self.me = me
        self.departments: dict[str, p.Department] = {}
        self.people: dict[str, p.DirectoryEntry] = {}
        self.topic_names: dict[str, str] = {}  # topic id -> name, for searching
        self.loaded = False

    # ------------------------------------------------------------------ changing

    def set_topics(self, topics: Iterable[p.Topic]) -> None:
        self.topic_names = {t.id: t.name for t in topics}

    def load(self, snapshot: p.DirectorySnapshot) -> None:
        self.departments = {d.name: d for d in sorted(snapshot.departments, key=lambda d: d.name)}
        self.people = {e.username: e for e in snapshot.people}
        self.loaded = True

    def update(self, update: p.DirectoryUpdate) -> tuple[set[str], set[str], bool]:
        """Apply a push; returns (usernames changed, departments changed, whether the
        structure changed: someone or some department new, or departments moved)."""
        people: set[str] = set()
        departments: set[str] = set()
        structure = False
        for entry in update.people:
            old = self.people.get(entry.username)
            if old is None or old.departments != entry.departments or old.role != entry.role:
                structure = True
            if old != entry:
                people.add(entry.username)
            self.people[entry.username] = entry
        if update.departments:
            names = {d.name for d in update.departments}
            if names != set(self.departments):
                structure = True
            for d in update.departments:
                if self.departments.get(d.name) != d:
                    departments.add(d.name)
            self.departments = {d.name: d for d in sorted(update.departments, key=lambda d: d.name)}
        return people, departments, structure

    # ------------------------------------------------------------------ reading

    def experts_of(self, department: str) -> list[p.DirectoryEntry]:
        """The department's experts, by name."""
        return sorted(
            (
                e
                for e in self.people.values()
                if e.role == "expert" and department in e.departments and e.username != self.me
            ),
            key=lambda e: fold(e.display_name),
        )

    def colleagues(self) -> list[p.DirectoryEntry]:
        """First-line agents other than us, by name."""
        return sorted(
            (e for e in self.people.values() if e.role != "expert" and e.username != self.me),
            key=lambda e: fold(e.display_name),
        )

    def free_experts(self, department: str, channel: str) -> int:
        return sum(1 for e in self.experts_of(department) if availability(e, channel, self.me).ok)

    def department_of(self, username: str) -> str:
        """The first department of an expert ("" for agents and strangers)."""
        entry = self.people.get(username)
        if entry is None or entry.role != "expert" or not entry.departments:
            return ""
        return entry.departments[0]

    def availability(self, username: str, channel: str) -> Availability:
        entry = self.people.get(username)
        if entry is None:
            return Availability(False, "offline")
        return availability(entry, channel, self.me)

    # ------------------------------------------------------------------ searching

    def person_text(self, entry: p.DirectoryEntry) -> str:
        topics = [f"{t} {self.topic_names.get(t, '')}" for t in entry.skills]
        return fold(" ".join([entry.display_name, entry.username, *entry.departments, *topics]))

    def department_text(self, department: p.Department) -> str:
        topics = [f"{t} {self.topic_names.get(t, '')}" for t in department.topics]
        return fold(" ".join([department.name, *topics]))

    @staticmethod
    def matches(query: str, text: str) -> bool:
        """Every word of ``query`` starts a word of (or is inside) the folded ``text``."""
        return all(word in text for word in _words(query))
