"""Teams' rules (who may supervise whom) and the wallboard's per-view, chunked frames."""

from __future__ import annotations

import asyncio

import msgspec
from hypothesis import given
from hypothesis import strategies as st

from shared import protocol as p
from shared.routing import Engine
from shared.server.catalogue import Catalogue
from shared.server.people import People, Session, Staff
from shared.server.teams import Teams
from shared.server.wallboard import Wallboard

ROLES = {"ann": "agent", "bob": "agent", "eve": "expert", "sue": "supervisor",
         "tom": "supervisor", "ada": "admin"}  # fmt: skip


def teams(*rows: tuple[int, str, list[str], list[str]]) -> Teams:
    t = Teams(ROLES.get)
    t.load([{"id": i, "name": n, "members": m, "supervisors": s} for i, n, m, s in rows])
    return t


def test_a_centre_without_teams_lets_every_supervisor_supervise_everyone():
    t = teams()
    assert t.may_supervise("sue", "ann") and t.may_supervise("tom", "eve")
    assert t.visible_agents("sue") is None and t.may_address("sue", None)
    assert not t.may_supervise("ann", "bob")  # agents supervise nobody
    assert not t.may_supervise("ghost", "bob")


def test_with_teams_a_supervisor_supervises_their_teams_members_only():
    t = teams((1, "North", ["ann", "eve"], ["sue"]), (2, "South", ["bob", "eve"], ["tom"]))
    assert t.may_supervise("sue", "ann") and t.may_supervise("sue", "eve")
    assert not t.may_supervise("sue", "bob")
    assert t.visible_agents("sue") == {"ann", "eve"}
    assert t.visible_agents("tom") == {"bob", "eve"}  # eve is in both teams
    assert t.may_supervise("ada", "bob") and t.visible_agents("ada") is None  # admins: all
    assert t.may_address("sue", 1) and not t.may_address("sue", 2)
    assert not t.may_address("sue", None) and t.may_address("ada", None)
    t.set_supervisor(1, "sue", present=False)  # assigned to no team: supervises nobody
    assert t.visible_agents("sue") == set() and not t.may_supervise("sue", "ann")
    t.deleted(2)
    assert t.visible_agents("tom") == set() and t.teams_of("bob") == set()
    t.deleted(1)  # the last team gone: back to everyone
    assert t.visible_agents("sue") is None


@given(
    st.lists(
        st.tuples(
            st.sets(st.sampled_from(["ann", "bob", "eve"])),
            st.sets(st.sampled_from(["sue", "tom"])),
        ),
        max_size=4,
    ),
    st.sampled_from(["sue", "tom", "ada"]),
    st.sampled_from(["ann", "bob", "eve"]),
)
def test_may_supervise_agrees_with_visible_agents(rows, supervisor, agent):
    t = teams(*[(i, f"T{i}", sorted(m), sorted(s)) for i, (m, s) in enumerate(rows)])
    visible = t.visible_agents(supervisor)
    assert t.may_supervise(supervisor, agent) == (visible is None or agent in visible)
    expected = any(agent in m and supervisor in s for m, s in rows)
    assert t.may_supervise(supervisor, agent) == (expected or not rows or supervisor == "ada")


def test_the_wallboard_serialises_once_per_view_and_chunks_big_intervals():
    async def run() -> dict[str, list[str]]:
        people, engine, catalogue = People(), Engine(), Catalogue()
        catalogue.load([p.Topic(id="tax", name="Taxes")])
        names = [f"a{i:04d}" for i in range(1200)]
        for n in names:
            people.staff[n] = Staff(n, n, "agent", {"tax": 1}, "")
            engine.add_agent(n, {"tax": 1}, 0.0)
        for n in ("sue", "tom", "ada"):
            people.staff[n] = Staff(n, n, ROLES[n], {}, "")
        t = Teams(lambda u: people.staff[u].role if u in people.staff else None)
        t.load([{"id": 1, "name": "N", "members": names[:700], "supervisors": ["sue", "tom"]}])
        wall = Wallboard(engine, people, catalogue, 0.01, teams=t)
        got: dict[str, list[str]] = {}
        for n in ("sue", "tom", "ada"):
            s = Session(got.setdefault(n, []).append)
            s.username, s.role = n, ROLES[n]
            people.supervisors.add(s)
        for n in names:
            wall.agents_skills(n)
        await asyncio.sleep(0.1)
        return got

    got = asyncio.run(run())
    assert len(got["ada"]) == 3 and len(got["sue"]) == 2  # 1200 and 700 agents in pages
    assert got["sue"][0] is got["tom"][0]  # same view: the same frame object, encoded once
    for who, expected in (("ada", 1200), ("sue", 700)):
        updates = [msgspec.json.decode(f, type=p.WallboardUpdate) for f in got[who]]
        assert sum(len(u.agents) for u in updates) == expected
        assert all(len(u.agents) <= p.SNAPSHOT_PAGE_AGENTS for u in updates)
        assert [bool(u.queues) for u in updates] == [True] + [False] * (len(updates) - 1)
    sue = {
        a.username
        for f in got["sue"]
        for a in msgspec.json.decode(f, type=p.WallboardUpdate).agents
    }
    assert sue == {f"a{i:04d}" for i in range(700)}
