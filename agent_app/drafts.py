"""Unsent text, kept across a restart of the app: what the agent had typed into a
conversation's message box (and its staff chat) but not sent.

One entry per server, user and conversation in the app's ``QSettings``
(``drafts/<server>/<user>/<interaction id>``), written by the window a moment after
typing stops and again on quit or sign-out, read back when the server pushes the
conversation again after the next sign-in. Sending the text removes it, as does
finishing the conversation (wrap-up submitted or skipped, tab closed). A conversation
handed back keeps its draft: if it comes back to the same agent, so does the text.
Entries not touched for ``MAX_AGE`` are dropped at start-up.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from urllib.parse import quote

from PySide6.QtCore import QSettings

MAX_AGE = 7 * 24 * 3600.0
GROUP = "drafts"


@dataclass(frozen=True, slots=True)
class Draft:
    reply: str = ""  # to the citizen
    internal: str = ""  # to the staff in the conversation

    def __bool__(self) -> bool:
        return bool(self.reply.strip() or self.internal.strip())


def _part(text: str) -> str:
    """A settings key part: no ``/`` (a group separator) and nothing else odd."""
    return quote(text, safe="") or "-"


class Drafts:
    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    def _key(self, server: str, user: str, interaction_id: str) -> str:
        return f"{GROUP}/{_part(server)}/{_part(user)}/{_part(interaction_id)}"

    def load(self, server: str, user: str, interaction_id: str) -> Draft:
        raw = self.settings.value(self._key(server, user, interaction_id), "")
        try:
            data = json.loads(str(raw)) if raw else {}
        except ValueError:
            return Draft()
        if not isinstance(data, dict):
            return Draft()
        return Draft(str(data.get("reply", "")), str(data.get("internal", "")))

    def save(
        self, server: str, user: str, interaction_id: str, draft: Draft, now: float | None = None
    ) -> None:
        """Keep ``draft`` (an empty one removes the entry)."""
        key = self._key(server, user, interaction_id)
        if not draft:
            self.settings.remove(key)
            return
        saved = time.time() if now is None else now
        value = {"reply": draft.reply, "internal": draft.internal, "saved": saved}
        self.settings.setValue(key, json.dumps(value))

    def remove(self, server: str, user: str, interaction_id: str) -> None:
        self.settings.remove(self._key(server, user, interaction_id))

    def prune(self, now: float | None = None) -> None:
        """Drop drafts nobody came back to within ``MAX_AGE``."""
        now = time.time() if now is None else now
        self.settings.beginGroup(GROUP)
        try:
            for key in self.settings.allKeys():
                try:
                    saved = float(json.loads(str(self.settings.value(key, ""))).get("saved", 0))
                except (ValueError, AttributeError, TypeError):
                    saved = 0.0
                if now - saved > MAX_AGE:
                    self.settings.remove(key)
        finally:
            self.settings.endGroup()

    def sync(self) -> None:
        self.settings.sync()
