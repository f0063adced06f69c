"""Broadcasts: a supervisor tells all staff, or one team, something now.

A broadcast is stored with its recipients (the agents and experts it was addressed to
at that moment) before the reply, then pushed at once to every recipient online and to
the supervisors who may see it. Recipients mark it read (``broadcast.read``, also when
they dismiss it); the supervisors see "read by N of M" as ``broadcast.read_count``
pushes, coalesced like the wallboard's updates. Unread broadcasts of today are sent
again on every login, so a reconnect or a server restart loses none. Today's
broadcasts are kept in memory (loaded at start); older ones only in the store.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from shared import protocol as p
from shared.knowledge import articles
from shared.server.context import Context
from shared.server.people import People, Session
from shared.server.sql import audit
from shared.server.sql import broadcasts as sql_broadcasts
from shared.server.team_desk import audited
from shared.server.teams import Teams


@dataclass(slots=True, eq=False)
class Sent:
    wire: p.Broadcast  # read and read_at as of sending; counts are below
    recipients: frozenset[str]
    read: set[str] = field(default_factory=set)

    def as_sent(self, read_at: float | None = None) -> p.Broadcast:
        b = self.wire
        return p.Broadcast(
            id=b.id, ts=b.ts, sender=b.sender, sender_name=b.sender_name, text=b.text,
            team_id=b.team_id, team_name=b.team_name, article_id=b.article_id,
            article_title=b.article_title, recipients=len(self.recipients),
            read=len(self.read), read_at=read_at,
        )  # fmt: skip


class BroadcastDesk:
    def __init__(
        self,
        ctx: Context,
        people: People,
        teams: Teams,
        interval: float = 0.25,
    ) -> None:
        self.ctx = ctx
        self.people = people
        self.teams = teams
        self.interval = interval  # read counts are pushed at most this often
        self.today: dict[int, Sent] = {}
        self._day = dt.date.min
        self._dirty: set[int] = set()
        self._scheduled = False

    def handlers(self) -> dict[type, Callable[[Session, Any], Any]]:
        return {
            p.SendBroadcast: self.on_send,
            p.ListBroadcasts: self.on_list,
            p.ReadBroadcast: self.on_read,
        }

    async def start(self) -> None:
        await self._roll_day()

    def _midnight(self) -> tuple[dt.date, float]:
        day = dt.datetime.fromtimestamp(self.ctx.now()).date()
        return day, dt.datetime.combine(day, dt.time()).timestamp()

    async def _roll_day(self) -> None:
        day, midnight = self._midnight()
        if day == self._day:
            return
        found = await self.ctx.store.read(sql_broadcasts.broadcasts_since, midnight)
        self.today = {}
        for row in found:
            wire = p.Broadcast(
                id=row["id"], ts=row["ts"], sender=row["sender"],
                sender_name=self.people.name(row["sender"]), text=row["text"],
                team_id=row["team_id"], team_name=row["team_name"],
                article_id=row["article_id"], article_title=row["article_title"],
            )  # fmt: skip
            self.today[row["id"]] = Sent(wire, frozenset(row["recipients"]), set(row["read"]))
        self._day = day

    # ------------------------------------------------------------------ sending

    async def on_send(self, session: Session, msg: p.SendBroadcast) -> p.BroadcastSent:
        text = msg.text.strip()
        if not text:
            raise p.ProtocolError(p.ErrorCode.INVALID_FORMAT, "a broadcast needs a text")
        if len(text) > p.MAX_BROADCAST_TEXT:
            raise p.ProtocolError(
                p.ErrorCode.TOO_LARGE, f"broadcasts are at most {p.MAX_BROADCAST_TEXT} characters"
            )
        team = None
        if msg.team_id is not None:
            team = self.teams.find(msg.team_id)
            if team is None:
                raise p.ProtocolError(p.ErrorCode.NOT_FOUND, f"no team {msg.team_id}")
        if not self.teams.may_address(session.username, msg.team_id):
            await self.ctx.store.write(
                audit.audit,
                session.username,
                "refused",
                team.name if team else "all staff",
                {"request": "broadcast", "code": p.ErrorCode.NOT_YOUR_TEAM},
                self.ctx.now(),
            )
            raise p.ProtocolError(
                p.ErrorCode.NOT_YOUR_TEAM,
                "you may broadcast only to your own teams"
                if team
                else "only an admin broadcasts to all staff while there are teams",
            )
        article_title = ""
        if msg.article_id:
            article = await self.ctx.store.read(articles.get_article, id=msg.article_id)
            if article is None or article.status != "published":
                raise p.ProtocolError(
                    p.ErrorCode.NOT_FOUND, f"no published article {msg.article_id!r}"
                )
            article_title = article.title
        if team is None:
            recipients = frozenset(s.username for s in self.people.routable())
        else:
            recipients = frozenset(team.members)
        await self._roll_day()
        now = self.ctx.now()
        team_name = team.name if team else ""
        bid = await self.ctx.store.write(
            audited,
            session.username,
            "broadcast",
            team_name or "all staff",
            {"text": text[:200], "recipients": len(recipients), "article_id": msg.article_id},
            now,
            sql_broadcasts.add_broadcast,
            now,
            session.username,
            text,
            msg.team_id,
            team_name,
            msg.article_id,
            article_title,
            sorted(recipients),
        )
        sent = Sent(
            p.Broadcast(
                id=bid, ts=now, sender=session.username,
                sender_name=self.people.name(session.username), text=text,
                team_id=msg.team_id, team_name=team_name, article_id=msg.article_id,
                article_title=article_title,
            ),
            recipients,
        )  # fmt: skip
        self.today[bid] = sent
        frame = p.encode_text(p.BroadcastMessage(broadcast=sent.as_sent()))
        for username in recipients:
            self.people.to_staff(username, frame)
        self._to_supervisors(sent, frame, skip=session)
        return p.BroadcastSent(id=msg.id, broadcast=sent.as_sent())

    def may_see(self, supervisor: str, sent: Sent) -> bool:
        view = self.teams.view_of(supervisor)
        return view is None or sent.wire.team_id is None or sent.wire.team_id in view

    def _to_supervisors(self, sent: Sent, frame: str, skip: Session | None = None) -> None:
        for staff in self.people.staff.values():
            if (
                staff.role in p.SUPERVISORS
                and staff.sessions
                and self.may_see(staff.username, sent)
            ):
                for s in staff.sessions:
                    if s is not skip:
                        s.push(frame)

    # ------------------------------------------------------------------ reading

    async def on_list(self, session: Session, msg: p.ListBroadcasts) -> p.BroadcastList:
        await self._roll_day()
        return p.BroadcastList(
            id=msg.id,
            broadcasts=[
                s.as_sent() for s in self.today.values() if self.may_see(session.username, s)
            ],
        )

    async def on_read(self, session: Session, msg: p.ReadBroadcast) -> p.Ok:
        sent = self.today.get(msg.broadcast_id)
        if sent is None or session.username not in sent.recipients:
            raise p.ProtocolError(p.ErrorCode.NOT_FOUND, f"no broadcast {msg.broadcast_id}")
        if session.username in sent.read:
            return p.Ok(id=msg.id)
        changed = await self.ctx.store.write(
            sql_broadcasts.mark_read, msg.broadcast_id, session.username, self.ctx.now()
        )
        if changed or session.username not in sent.read:
            sent.read.add(session.username)
            self._dirty.add(msg.broadcast_id)
            self._schedule()
        return p.Ok(id=msg.id)

    def send_unread(self, session: Session) -> None:
        """On login: today's broadcasts this agent or expert has not read yet."""
        if session.role not in p.ROUTABLE:
            return
        if self._day != self._midnight()[0]:
            self.ctx.spawn(self._send_unread_later(session))
            return
        for sent in self.today.values():
            if session.username in sent.recipients and session.username not in sent.read:
                session.send(p.BroadcastMessage(broadcast=sent.as_sent()))

    async def _send_unread_later(self, session: Session) -> None:
        await self._roll_day()
        self.send_unread(session)

    # ------------------------------------------------------------------ read counts

    def _schedule(self) -> None:
        if not self._scheduled:
            self._scheduled = True
            asyncio.get_running_loop().call_later(self.interval, self._flush)

    def _flush(self) -> None:
        self._scheduled = False
        dirty, self._dirty = self._dirty, set()
        for bid in sorted(dirty):
            sent = self.today.get(bid)
            if sent is None:
                continue
            frame = p.encode_text(
                p.BroadcastReadCount(
                    broadcast_id=bid, read=len(sent.read), recipients=len(sent.recipients)
                )
            )
            self._to_supervisors(sent, frame)
