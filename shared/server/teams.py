"""Teams: who may supervise whom. Pure state, no IO: the rest of the server asks it.

Agents and experts are *members* of teams (one may be in several); supervisors are
*assigned* to teams. The rules, in one place:

- an admin supervises everyone;
- while the centre has no team at all, every supervisor supervises everyone (a small
  centre needs no teams);
- otherwise a supervisor supervises the members of the teams they are assigned to, and
  nobody else (a supervisor assigned to no team supervises nobody).

``TeamDesk`` (``shared.server.team_desk``) changes the teams, writing the store first;
``Teams`` is told afterwards. What a supervisor sees on the wallboard is
``visible_agents``; two supervisors with the same ``view_of`` see the same agents, so
the wallboard serialises one update per view.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from shared import protocol as p

View = frozenset[int] | None  # the team ids a supervisor sees; None: everyone


@dataclass(slots=True)
class TeamState:
    id: int
    name: str
    members: set[str] = field(default_factory=set)
    supervisors: set[str] = field(default_factory=set)


class Teams:
    def __init__(self, role_of: Callable[[str], str | None]) -> None:
        self.role_of = role_of  # username -> role (None: unknown user)
        self.teams: dict[int, TeamState] = {}
        self._member_of: dict[str, set[int]] = {}
        self._assigned: dict[str, set[int]] = {}

    # ------------------------------------------------------------------ loading and changes

    def load(self, rows: Iterable[dict]) -> None:
        """Rows of ``sql.teams.list_teams``."""
        self.teams.clear()
        self._member_of.clear()
        self._assigned.clear()
        for r in rows:
            self.created(r["id"], r["name"])
            for u in r["members"]:
                self.set_member(r["id"], u, present=True)
            for u in r["supervisors"]:
                self.set_supervisor(r["id"], u, present=True)

    def created(self, team_id: int, name: str) -> None:
        self.teams[team_id] = TeamState(team_id, name)

    def renamed(self, team_id: int, name: str) -> None:
        self.teams[team_id].name = name

    def deleted(self, team_id: int) -> None:
        team = self.teams.pop(team_id)
        for u in team.members:
            self._member_of[u].discard(team_id)
        for u in team.supervisors:
            self._assigned[u].discard(team_id)

    def set_member(self, team_id: int, username: str, *, present: bool) -> None:
        self._set(self.teams[team_id].members, self._member_of, team_id, username, present)

    def set_supervisor(self, team_id: int, username: str, *, present: bool) -> None:
        self._set(self.teams[team_id].supervisors, self._assigned, team_id, username, present)

    @staticmethod
    def _set(people: set[str], index: dict[str, set[int]], team_id: int, u: str, on: bool):
        if on:
            people.add(u)
            index.setdefault(u, set()).add(team_id)
        else:
            people.discard(u)
            index.get(u, set()).discard(team_id)

    # ------------------------------------------------------------------ questions

    def find(self, team_id: int) -> TeamState | None:
        return self.teams.get(team_id)

    def by_name(self, name: str) -> TeamState | None:
        folded = name.casefold()
        return next((t for t in self.teams.values() if t.name.casefold() == folded), None)

    def teams_of(self, username: str) -> set[int]:
        """The teams someone is a member of."""
        return set(self._member_of.get(username, ()))

    def view_of(self, supervisor_username: str) -> View:
        """The teams whose members this supervisor sees; None: everyone."""
        if not self.teams or self.role_of(supervisor_username) == "admin":
            return None
        return frozenset(self._assigned.get(supervisor_username, ()))

    def may_supervise(self, supervisor_username: str, agent_username: str) -> bool:
        role = self.role_of(supervisor_username)
        if role not in p.SUPERVISORS:
            return False
        view = self.view_of(supervisor_username)
        if view is None:
            return True
        return not view.isdisjoint(self._member_of.get(agent_username, ()))

    def visible_agents(self, supervisor_username: str) -> set[str] | None:
        """The agents and experts this supervisor sees; None: all of them."""
        view = self.view_of(supervisor_username)
        return None if view is None else self.members_of(view)

    def members_of(self, view: Iterable[int]) -> set[str]:
        found: set[str] = set()
        for team_id in view:
            team = self.teams.get(team_id)
            if team is not None:
                found |= team.members
        return found

    def may_address(self, supervisor_username: str, team_id: int | None) -> bool:
        """May they broadcast to this team (None: to all staff)?"""
        view = self.view_of(supervisor_username)
        if view is None:
            return team_id is None or team_id in self.teams
        return team_id is not None and team_id in view

    def wire(self, only: Iterable[int] | None = None) -> list[p.Team]:
        chosen = self.teams.values() if only is None else (self.teams[i] for i in only)
        return sorted(
            (
                p.Team(
                    id=t.id,
                    name=t.name,
                    members=sorted(t.members),
                    supervisors=sorted(t.supervisors),
                )
                for t in chosen
            ),
            key=lambda t: t.name.casefold(),
        )
