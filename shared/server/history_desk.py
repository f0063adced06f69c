"""The Conversations tab's requests: search past and present conversations, read one,
edit its tags, fetch its recording in chunks. Supervisors reach the conversations their
teams' staff took part in (an admin, or a centre without teams: all); a conversation
nobody answered (abandoned in the queue) is the queue's and every supervisor finds it. Every search, view,
playback, export and tag change is audited, and so is every refusal."""

from __future__ import annotations

import asyncio
import base64
import json
import re
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import msgspec

from shared import protocol as p
from shared.server.context import Context
from shared.server.people import Session
from shared.server.service_level import local_ts
from shared.server.sql import audit, interactions
from shared.server.sql import history as sql
from shared.server.teams import Teams

MAX_PAGE = 200


def _read_chunk(path: Path, offset: int) -> tuple[int, bytes | None]:
    """The file's size and up to one chunk from ``offset`` (None: past the end)."""
    with open(path, "rb") as f:
        total = f.seek(0, 2)
        if not 0 <= offset <= total:
            return total, None
        f.seek(offset)
        return total, f.read(p.RECORDING_CHUNK_BYTES)


def _error(code: str, text: str) -> p.ProtocolError:
    return p.ProtocolError(code, text)


class HistoryDesk:
    def __init__(self, ctx: Context, teams: Teams) -> None:
        self.ctx = ctx
        self.teams = teams
        self.tz = ZoneInfo(ctx.config.timezone) if ctx.config.timezone else None

    def handlers(self) -> dict[type, Callable]:
        return {
            p.SearchConversations: self.on_search,
            p.GetConversation: self.on_get,
            p.SetConversationTags: self.on_set_tags,
            p.FetchRecording: self.on_fetch,
        }

    # -- helpers -------------------------------------------------------------------

    def _local(self, ts: float) -> tuple[int, int]:
        here = datetime.fromtimestamp(ts, self.tz) if self.tz else datetime.fromtimestamp(ts)
        return here.hour, here.weekday()

    def _visible(self, session: Session) -> frozenset[str] | None:
        found = self.teams.visible_agents(session.username)
        return None if found is None else frozenset(found)

    async def _audit(self, session: Session, action: str, target: str, detail: dict) -> None:
        await self.ctx.store.write(
            audit.audit, session.username, action, target, detail, self.ctx.now()
        )

    async def _row(self, session: Session, interaction_id: str, request: str) -> dict:
        """The conversation if this supervisor may see it; else an audited refusal."""
        found = await self.ctx.store.read(sql.conversation_rows, [interaction_id])
        if not found:
            raise _error(p.ErrorCode.NOT_FOUND, f"no conversation {interaction_id!r}")
        row = found[0]
        visible = self._visible(session)
        people = set(json.loads(row["agents"])) | ({row["agent"]} if row["agent"] else set())
        if visible is not None and people and visible.isdisjoint(people):
            await self._audit(session, "conversation_refused", interaction_id, {"request": request})
            raise _error(p.ErrorCode.NOT_YOUR_TEAM, "that conversation is not your teams'")
        return row

    @staticmethod
    def _wire(r: dict) -> p.ConversationRow:
        tags = [t for t in json.loads(r["tags"]) if t]
        if r["wrapup_topic"]:
            tags = [r["wrapup_topic"], *[t for t in tags if t != r["wrapup_topic"]]]
        answered, ended = r["answered"], r["ended"]
        return p.ConversationRow(
            id=r["id"],
            channel=r["channel"],
            topic=r["topic"],
            tags=tags,
            agents=json.loads(r["agents"]) or ([r["agent"]] if r["agent"] else []),
            citizen_name=r["citizen_name"],
            caller=r["caller"],
            arrived=r["arrived"],
            answered=answered,
            ended=ended,
            wait=r["wait"]
            if r["wait"] is not None
            else (answered - r["arrived"] if answered is not None else None),
            duration=ended - answered if answered is not None and ended is not None else None,
            transferred=r["transfers"] > 0,
            resolved=None if r["resolved"] is None else bool(r["resolved"]),
            state=r["state"],
            recording_id=r["recording_id"],
            recording_seconds=r["recording_seconds"],
            recording_channels=r["recording_channels"] or 0,
        )

    def _filters(self, session: Session, q: p.ConversationQuery) -> sql.Filters:
        def day(text: str, what: str) -> date | None:
            if not text:
                return None
            try:
                return date.fromisoformat(text)
            except ValueError:
                raise _error(p.ErrorCode.INVALID_FORMAT, f"{what}: YYYY-MM-DD") from None

        first, last = day(q.from_day, "from_day"), day(q.to_day, "to_day")
        if q.hour_of_day is not None and not 0 <= q.hour_of_day <= 23:
            raise _error(p.ErrorCode.INVALID_FORMAT, "hour_of_day: 0 to 23")
        if q.weekday is not None and not 0 <= q.weekday <= 6:
            raise _error(p.ErrorCode.INVALID_FORMAT, "weekday: 0 (Monday) to 6")
        terms = (q.topic, q.agent, q.chosen_topic, q.first_agent)
        if len(q.text) > 200 or len(q.caller) > 40 or max(map(len, terms)) > 80:
            raise _error(p.ErrorCode.TOO_LARGE, "a search term is too long")
        return sql.Filters(
            since=local_ts(first, self.tz) if first else None,
            until=local_ts(last + timedelta(days=1), self.tz) if last else None,
            agent=q.agent.strip(),
            topic=q.topic.strip(),
            caller_digits=re.sub(r"\D", "", q.caller),
            channel=q.channel,
            transferred=q.transferred,
            min_seconds=q.min_seconds,
            max_seconds=q.max_seconds,
            text=q.text,
            hour_of_day=q.hour_of_day,
            weekday=q.weekday,
            chosen_topic=q.chosen_topic.strip(),
            first_agent=q.first_agent.strip(),
            visible=self._visible(session),
        )

    # -- requests ------------------------------------------------------------------

    async def on_search(self, session: Session, msg: p.SearchConversations) -> p.ConversationList:
        if msg.offset < 0 or not 1 <= msg.limit <= MAX_PAGE:
            raise _error(p.ErrorCode.INVALID_FORMAT, f"offset >= 0, limit 1 to {MAX_PAGE}")
        filters = self._filters(session, msg.query)
        total, found = await self.ctx.store.read(
            sql.search, filters, self._local, msg.offset, msg.limit
        )
        asked = {k: v for k, v in msgspec.structs.asdict(msg.query).items() if v not in ("", None)}
        await self._audit(
            session,
            "conversation_search",
            "",
            {"query": asked, "offset": msg.offset, "found": total},
        )
        return p.ConversationList(
            id=msg.id, total=total, offset=msg.offset, rows=[self._wire(r) for r in found]
        )

    async def on_get(self, session: Session, msg: p.GetConversation) -> p.ConversationDetail:
        row = await self._row(session, msg.interaction_id, "get")
        store = self.ctx.store
        messages = await store.read(interactions.messages, msg.interaction_id)
        events = await store.read(sql.events, msg.interaction_id)
        wrapups = await store.read(sql.wrapups, msg.interaction_id)
        recordings = await store.read(sql.recordings, msg.interaction_id)
        await self._audit(session, f"conversation_{msg.purpose}", msg.interaction_id, {})
        return p.ConversationDetail(
            id=msg.id,
            row=self._wire(row),
            messages=[p.ChatMessage(**m) for m in messages],
            events=[p.ConversationEvent(**e) for e in events],
            wrapups=[
                p.ConversationWrapup(
                    agent=w["agent"],
                    topic=w["topic"],
                    notes=w["notes"],
                    resolved_first_contact=bool(w["resolved_first_contact"]),
                    ts=w["ts"],
                )
                for w in wrapups
            ],
            recordings=[p.RecordingInfo(**r) for r in recordings],
        )

    async def on_set_tags(self, session: Session, msg: p.SetConversationTags) -> p.Ok:
        tags = []
        for tag in msg.tags:
            tag = " ".join(tag.split())
            if not tag or len(tag) > p.MAX_TAG_CHARS:
                raise _error(
                    p.ErrorCode.INVALID_FORMAT, f"a tag has 1 to {p.MAX_TAG_CHARS} characters"
                )
            if tag not in tags:
                tags.append(tag)
        if len(tags) > p.MAX_TAGS:
            raise _error(p.ErrorCode.TOO_LARGE, f"at most {p.MAX_TAGS} tags")
        await self._row(session, msg.interaction_id, "set_tags")
        await self.ctx.store.write(
            sql.set_tags, msg.interaction_id, tags, session.username, self.ctx.now()
        )
        await self._audit(session, "conversation_tags", msg.interaction_id, {"tags": tags})
        return p.Ok(id=msg.id)

    async def on_fetch(self, session: Session, msg: p.FetchRecording) -> p.RecordingChunk:
        rec = await self.ctx.store.read(sql.recording, msg.recording_id)
        if rec is None:
            raise _error(p.ErrorCode.NOT_FOUND, f"no recording {msg.recording_id}")
        await self._row(session, rec["interaction_id"], f"recording_{msg.purpose}")
        if rec["state"] not in ("complete", "repaired"):
            why = "deleted by retention" if rec["state"] == "deleted" else rec["state"]
            raise _error(p.ErrorCode.NOT_FOUND, f"the recording is not available ({why})")
        path = self.ctx.config.recordings_path / rec["path"]
        try:
            total, data = await asyncio.to_thread(_read_chunk, path, msg.offset)
        except OSError:
            raise _error(p.ErrorCode.NOT_FOUND, "the recording's file is missing") from None
        if data is None:
            raise _error(p.ErrorCode.INVALID_FORMAT, "offset past the end")
        if msg.offset == 0:
            await self._audit(
                session,
                f"recording_{msg.purpose}",
                rec["interaction_id"],
                {"recording": rec["id"], "bytes": total},
            )
        end = msg.offset + len(data)
        return p.RecordingChunk(
            id=msg.id,
            recording_id=rec["id"],
            offset=msg.offset,
            total_bytes=total,
            data=base64.b64encode(data).decode(),
            done=end >= total,
        )
