"""The admins' desk for teams: create, rename, delete, members and supervisors.

Every change is written to the store together with its audit entry (one write job, so
both or neither), acknowledged after COMMIT, then applied to ``Teams`` and pushed to
every supervisor and admin online as ``team.changed`` (their apps subscribe again: what
they see may have changed).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlite_utils import Database

from shared import protocol as p
from shared.server.context import Context
from shared.server.people import People, Session
from shared.server.sql import audit
from shared.server.sql import teams as sql_teams
from shared.server.store import AlreadyExists, NotFound
from shared.server.teams import Teams


def audited(
    db: Database,
    actor: str,
    action: str,
    target: str,
    detail: dict[str, Any],
    ts: float,
    fn: Callable[..., Any],
    *args: Any,
) -> Any:
    """Run ``fn(db, *args)`` and write its audit entry in the same transaction."""
    result = fn(db, *args)
    audit.audit(db, actor, action, target, detail, ts)
    return result


def valid_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise p.ProtocolError(p.ErrorCode.INVALID_FORMAT, "a team needs a name")
    if len(name) > p.MAX_TEAM_NAME:
        raise p.ProtocolError(
            p.ErrorCode.TOO_LARGE, f"team names are at most {p.MAX_TEAM_NAME} characters"
        )
    return name


class TeamDesk:
    def __init__(self, ctx: Context, people: People, teams: Teams) -> None:
        self.ctx = ctx
        self.people = people
        self.teams = teams
        # Someone else who wants to hear that the teams changed (the wallboard).
        self.on_changed: list[Callable[[], None]] = []

    def handlers(self) -> dict[type, Callable[[Session, Any], Any]]:
        return {
            p.TeamList: self.on_list,
            p.TeamCreate: self.on_create,
            p.TeamRename: self.on_rename,
            p.TeamDelete: self.on_delete,
            p.TeamSetMember: self.on_set_member,
        }

    async def start(self) -> None:
        self.teams.load(await self.ctx.store.read(sql_teams.list_teams))

    # ------------------------------------------------------------------ handlers

    async def on_list(self, session: Session, msg: p.TeamList) -> p.TeamListResult:
        view = self.teams.view_of(session.username)
        return p.TeamListResult(id=msg.id, teams=self.teams.wire(view))

    async def on_create(self, session: Session, msg: p.TeamCreate) -> p.TeamResult:
        name = valid_name(msg.name)
        team_id = await self._write(
            session,
            "team_create",
            name,
            {"name": name},
            sql_teams.create_team,
            name,
            self.ctx.now(),
        )
        self.teams.created(team_id, name)
        return self._changed(msg.id, team_id)

    async def on_rename(self, session: Session, msg: p.TeamRename) -> p.TeamResult:
        team = self._team(msg.team_id)
        name = valid_name(msg.name)
        detail = {"team_id": team.id, "from": team.name, "to": name}
        await self._write(
            session, "team_rename", team.name, detail, sql_teams.rename_team, team.id, name
        )
        self.teams.renamed(team.id, name)
        return self._changed(msg.id, team.id)

    async def on_delete(self, session: Session, msg: p.TeamDelete) -> p.Ok:
        team = self._team(msg.team_id)
        detail = {"team_id": team.id, "members": sorted(team.members)}
        await self._write(session, "team_delete", team.name, detail, sql_teams.delete_team, team.id)
        self.teams.deleted(team.id)
        self._push()
        return p.Ok(id=msg.id)

    async def on_set_member(self, session: Session, msg: p.TeamSetMember) -> p.TeamResult:
        team = self._team(msg.team_id)
        staff = self.people.staff.get(msg.user)
        if staff is None:
            raise p.ProtocolError(p.ErrorCode.NOT_FOUND, f"no user {msg.user!r}")
        kind = "supervisor" if msg.supervisor else "member"
        if msg.supervisor and staff.role != "supervisor":
            raise p.ProtocolError(
                p.ErrorCode.INVALID_FORMAT, f"{msg.user} is not a supervisor (role: {staff.role})"
            )
        if not msg.supervisor and not staff.routable:
            raise p.ProtocolError(
                p.ErrorCode.INVALID_FORMAT,
                f"{msg.user} is a {staff.role}: only agents and experts are members",
            )
        action = {
            ("member", True): "team_add_member",
            ("member", False): "team_remove_member",
            ("supervisor", True): "team_assign",
            ("supervisor", False): "team_unassign",
        }[(kind, msg.member)]
        detail = {"team_id": team.id, "team": team.name}
        await self._write(
            session,
            action,
            msg.user,
            detail,
            sql_teams.set_membership,
            team.id,
            msg.user,
            kind,
            msg.member,
        )
        if msg.supervisor:
            self.teams.set_supervisor(team.id, msg.user, present=msg.member)
        else:
            self.teams.set_member(team.id, msg.user, present=msg.member)
        return self._changed(msg.id, team.id)

    # ------------------------------------------------------------------ helpers

    def _team(self, team_id: int):
        team = self.teams.find(team_id)
        if team is None:
            raise p.ProtocolError(p.ErrorCode.NOT_FOUND, f"no team {team_id}")
        return team

    async def _write(
        self,
        session: Session,
        action: str,
        target: str,
        detail: dict[str, Any],
        fn: Callable[..., Any],
        *args: Any,
    ) -> Any:
        try:
            return await self.ctx.store.write(
                audited, session.username, action, target, detail, self.ctx.now(), fn, *args
            )
        except AlreadyExists as exc:
            raise p.ProtocolError(p.ErrorCode.CONFLICT, str(exc)) from None
        except NotFound as exc:
            raise p.ProtocolError(p.ErrorCode.NOT_FOUND, str(exc)) from None

    def _changed(self, req_id: int, team_id: int) -> p.TeamResult:
        self._push()
        return p.TeamResult(id=req_id, team=self.teams.wire([team_id])[0])

    def _push(self) -> None:
        for hook in self.on_changed:
            hook()
        frames: dict[object, str] = {}  # one frame per view: each sees only their teams
        for staff in self.people.staff.values():
            if staff.role not in p.SUPERVISORS or not staff.sessions:
                continue
            view = self.teams.view_of(staff.username)
            if view not in frames:
                frames[view] = p.encode_text(p.TeamsChanged(teams=self.teams.wire(view)))
            for s in staff.sessions:
                s.push(frames[view])
