"""Past conversations as the Conversations tab sees them: the one part of it that talks
to the server (``conversation.*``, ``recording.fetch``). Recordings are fetched chunk by
chunk into a private folder of this process (0700, files 0600, removed on close) for the
player, or into the file the supervisor chose for an export. Failures are raised
(``p.ProtocolError``, ``OSError``, ``TimeoutError``)."""

from __future__ import annotations

import base64
import os
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from shared import protocol as p
from softphone.client_service import ClientService

REQUEST_ERRORS = (p.ProtocolError, OSError, TimeoutError)
PAGE = 50


class ConversationsService(QObject):
    results_ready = Signal(p.ConversationList)
    detail_ready = Signal(p.ConversationDetail)
    fetch_progress = Signal(int, int)  # bytes so far, of total
    running_changed = Signal(bool)

    def __init__(self, client: ClientService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.client = client
        self._cache: Path | None = None
        self._fetched: dict[int, Path] = {}

    async def search(self, query: p.ConversationQuery, offset: int = 0) -> p.ConversationList:
        self.running_changed.emit(True)
        try:
            found: p.ConversationList = await self.client.request(
                p.SearchConversations(id=0, query=query, offset=offset, limit=PAGE)
            )
        finally:
            self.running_changed.emit(False)
        self.results_ready.emit(found)
        return found

    async def get(self, interaction_id: str) -> p.ConversationDetail:
        detail: p.ConversationDetail = await self.client.request(
            p.GetConversation(id=0, interaction_id=interaction_id)
        )
        self.detail_ready.emit(detail)
        return detail

    async def set_tags(self, interaction_id: str, tags: list[str]) -> None:
        await self.client.request(
            p.SetConversationTags(id=0, interaction_id=interaction_id, tags=tags)
        )

    async def export_transcript(self, interaction_id: str, target: Path, when) -> Path:
        """The chat's transcript saved as text (fetched again: the export is audited)."""
        detail: p.ConversationDetail = await self.client.request(
            p.GetConversation(id=0, interaction_id=interaction_id, purpose="export")
        )
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(transcript_text(detail, when))
        return target

    async def fetch_for_playing(self, recording_id: int) -> Path:
        """The recording in the private cache (fetched once per run of the app)."""
        if recording_id not in self._fetched:
            target = self._cache_dir() / f"recording-{recording_id}.wav"
            self._fetched[recording_id] = await self._fetch(recording_id, "play", target)
        return self._fetched[recording_id]

    async def export(self, recording_id: int, target: Path) -> Path:
        return await self._fetch(recording_id, "export", target)

    async def _fetch(self, recording_id: int, purpose: str, target: Path) -> Path:
        partial = target.with_name(target.name + ".part")
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        offset = 0
        try:
            with os.fdopen(fd, "wb") as f:
                while True:
                    chunk: p.RecordingChunk = await self.client.request(
                        p.FetchRecording(
                            id=0, recording_id=recording_id, purpose=purpose, offset=offset
                        )
                    )
                    data = base64.b64decode(chunk.data)
                    f.write(data)
                    offset += len(data)
                    self.fetch_progress.emit(offset, chunk.total_bytes)
                    if chunk.done:
                        break
            partial.replace(target)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        return target

    def _cache_dir(self) -> Path:
        if self._cache is None:
            self._cache = Path(tempfile.mkdtemp(prefix="cc-recordings-"))  # mode 0700
        return self._cache

    def close(self) -> None:
        """Remove the fetched recordings (they are citizens' data)."""
        if self._cache is not None:
            shutil.rmtree(self._cache, ignore_errors=True)
            self._cache = None
            self._fetched.clear()


def transcript_text(detail: p.ConversationDetail, when) -> str:
    """A chat's transcript as plain text; ``when(ts)`` formats a time."""
    row = detail.row
    lines = [
        f"{row.id} · {row.channel} · {row.topic} · {when(row.arrived)}",
        f"{row.citizen_name or row.caller or '—'} ⇄ {', '.join(row.agents) or '—'}",
        "",
    ]
    lines += [f"[{when(m.ts)}] {m.sender_name}: {m.text}" for m in detail.messages]
    return "\n".join(lines) + "\n"
