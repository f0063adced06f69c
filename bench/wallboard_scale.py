"""The wallboard at scale: 10,000 agents logged in, 20 supervisors watching their teams.

    .venv/bin/python bench/wallboard_scale.py [--agents 10000] [--supervisors 20]
        [--teams 10] [--rate 200] [--duration 30]

Seeds the store directly (accounts, tokens, teams: ``--teams`` teams splitting the
agents; half the supervisors supervise one team each, the other half every team, so
they see all agents), starts a real server, logs every agent in over its own websocket,
then runs the supervisors in a second process (so the load generator's CPU does not
hide the server's fan-out cost). Prints:

- supervisor subscribe time: the request until the last snapshot page arrived, p50/max,
  for the one-team supervisors and the all-teams ones;
- wallboard fan-out latency: an agent's presence change (its ``since``, the server's
  clock) to the supervisor's receipt of the ``supervisor.update`` carrying it, p50/p99;
- the server's RSS (max over the run) and CPU.

Whatever it started (server, child) is stopped when it fails or is interrupted.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from shared import protocol as p  # noqa: E402
from shared.client import Client  # noqa: E402
from shared.demo import data  # noqa: E402
from shared.server import auth  # noqa: E402
from shared.server.sql import teams as sql_teams  # noqa: E402
from shared.server.sql import users as sql_users  # noqa: E402
from shared.server.store import Store  # noqa: E402
from tests.support.server import ServerProcess  # noqa: E402


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, int(q / 100 * len(values)))]


def agent_name(i: int) -> str:
    return f"agent{i:05d}"


def _seed(db, agents: int, supervisors: int, teams: int, tokens: dict[str, str]) -> None:
    pw = auth.hash_password("bench-password")
    topics = [t[0] for t in data.TOPICS]
    for topic_id, name, dept in data.TOPICS:
        sql_users.upsert_topic(db, topic_id, name, dept)
    rng = random.Random(7)
    rows = [(agent_name(i), f"Agent {i}", "agent", pw) for i in range(agents)]
    rows += [(f"sup{i:02d}", f"Supervisor {i}", "supervisor", pw) for i in range(supervisors)]
    db.conn.executemany(
        "INSERT INTO users (username, display_name, role, password_hash) VALUES (?, ?, ?, ?)", rows
    )
    db.conn.executemany(
        "INSERT INTO skills (username, topic, level) VALUES (?, ?, ?)",
        [
            (agent_name(i), t, rng.randint(1, 5))
            for i in range(agents)
            for t in rng.sample(topics, 3)
        ],
    )
    ids = [sql_teams.create_team(db, f"Team {n}", time.time()) for n in range(teams)]
    db.conn.executemany(
        "INSERT INTO team_members (team_id, username, kind) VALUES (?, ?, 'member')",
        [(ids[i % teams], agent_name(i)) for i in range(agents)],
    )
    for s in range(supervisors):
        mine = [ids[s % teams]] if s < supervisors // 2 else ids
        for tid in mine:
            sql_teams.set_membership(db, tid, f"sup{s:02d}", "supervisor", True)
    expires = time.time() + 86400
    for name, token in tokens.items():
        sql_users.create_token(db, name, token, expires)


async def seed(db: Path, agents: int, supervisors: int, teams: int) -> dict[str, str]:
    tokens = {agent_name(i): auth.new_token() for i in range(agents)}
    tokens |= {f"sup{i:02d}": auth.new_token() for i in range(supervisors)}
    store = Store(db)
    await store.open()
    try:
        await store.write(_seed, agents, supervisors, teams, tokens)
    finally:
        await store.close()
    return tokens


async def supervisors_main(url: str, tokens: dict[str, str], seconds: float) -> None:
    """In a child process: each supervisor subscribes (timed), then measures fan-out."""
    lat: list[float] = []
    subscribe: dict[str, float] = {}
    seen: dict[str, int] = {}
    last_since: dict[tuple[str, str], float] = {}

    def on_event(name: str, pages: dict):
        def handle(msg):
            if isinstance(msg, p.WallboardUpdate):
                now = time.time()
                for agent in msg.agents:
                    key = (name, agent.username)
                    if last_since.get(key) != agent.since:
                        last_since[key] = agent.since
                        lat.append(now - agent.since)
            elif isinstance(msg, p.SnapshotPage):
                pages.setdefault("agents", []).extend(msg.agents)
                if msg.last:
                    pages["done"].set()

        return handle

    clients = []
    for name, token in tokens.items():
        pages: dict = {"done": asyncio.Event()}
        c = Client(url, name, on_event=on_event(name, pages))
        c.token = token
        await c.connect()
        t0 = time.monotonic()
        snap = await c.request(p.Subscribe(id=0))
        if snap.pages > 1:
            await asyncio.wait_for(pages["done"].wait(), 60)
        subscribe[name] = time.monotonic() - t0
        agents = list(snap.agents) + pages.get("agents", [])
        seen[name] = len(agents)
        for agent in agents:  # only changes after the snapshot count
            last_since[(name, agent.username)] = agent.since
        clients.append(c)
    print(json.dumps({"ready": True, "subscribe": subscribe, "seen": seen}), flush=True)
    await asyncio.sleep(seconds)
    for c in clients:
        await c.close()
    print(json.dumps({"fanout": lat}), flush=True)


async def run(args, stack: list) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="cc-wallboard-"))
    data_dir = tmp / "cc-data"
    data_dir.mkdir()
    t0 = time.time()
    tokens = await seed(data_dir / "cc.db", args.agents, args.supervisors, args.teams)
    print(
        f"seeded {args.agents} agents, {args.supervisors} supervisors in {time.time() - t0:.1f} s"
    )
    settings = "flood_rate = 1000.0\nflood_burst = 1000.0\n"
    server = ServerProcess(data_dir, demo=False, config=settings)
    server.start(timeout=120)
    stack.append(server.stop)
    proc = psutil.Process(server.proc.pid)
    rss = [proc.memory_info().rss]

    t0 = time.time()
    agents = []
    for i in range(args.agents):
        c = Client(server.url, agent_name(i))
        c.token = tokens[agent_name(i)]
        agents.append(c)
    for i in range(0, len(agents), 200):
        await asyncio.gather(*(c.connect() for c in agents[i : i + 200]))
    rss.append(proc.memory_info().rss)
    print(f"{args.agents} agents logged in in {time.time() - t0:.1f} s")

    sup_tokens = {f"sup{i:02d}": tokens[f"sup{i:02d}"] for i in range(args.supervisors)}
    child = subprocess.Popen(
        [sys.executable, __file__, "--supervisor-child", server.url, json.dumps(sup_tokens),
         str(args.duration + 5)],
        stdout=subprocess.PIPE, text=True, cwd=ROOT,
    )  # fmt: skip
    stack.append(lambda: child.kill() if child.poll() is None else None)
    ready = json.loads(child.stdout.readline())
    rss.append(proc.memory_info().rss)
    half = args.supervisors // 2
    one_team = [ready["subscribe"][f"sup{i:02d}"] for i in range(half)]
    all_teams = [ready["subscribe"][f"sup{i:02d}"] for i in range(half, args.supervisors)]

    proc.cpu_percent(None)
    cpu: list[float] = []
    rng = random.Random(1)
    state = ["offline"] * args.agents
    start = time.time()
    changes = 0
    next_sample = start + 1
    while (now := time.time()) < start + args.duration:
        due = int((now - start) * args.rate)
        batch = []
        while changes < due:
            i = rng.randrange(args.agents)
            state[i] = "available" if state[i] != "available" else "not_ready"
            batch.append(
                agents[i].request(
                    p.SetPresence(
                        id=0, state=state[i], reason="Break" if state[i] == "not_ready" else ""
                    )
                )
            )
            changes += 1
        if batch:
            await asyncio.gather(*batch)
        if now >= next_sample:
            cpu.append(proc.cpu_percent(None))
            rss.append(proc.memory_info().rss)
            next_sample += 1
        await asyncio.sleep(0.01)
    out, _ = child.communicate(timeout=120)
    fan = [x * 1000 for x in json.loads(out.strip().splitlines()[-1])["fanout"]]
    for c in agents:
        await c.close()

    print(
        f"supervisor subscribe s: one team ({ready['seen']['sup00']} agents) p50 {pct(one_team, 50):.2f}"
        f" max {max(one_team):.2f}; all teams ({ready['seen'][f'sup{half:02d}']} agents)"
        f" p50 {pct(all_teams, 50):.2f} max {max(all_teams):.2f}"
    )
    print(
        f"wallboard fan-out ms ({args.supervisors} supervisors, {changes} presence changes,"
        f" {len(fan)} receipts): p50 {pct(fan, 50):.1f}  p99 {pct(fan, 99):.1f}  max {max(fan, default=0):.1f}"
    )
    print(f"server RSS MB: max {max(rss) / 2**20:.0f}")
    print(
        f"server CPU %: mean {statistics.mean(cpu or [0]):.0f}  max {max(cpu or [0]):.0f} (100 = one core)"
    )
    print(f"machine load average {os.getloadavg()[0]:.1f}")


async def main(args) -> None:
    stack: list = []
    try:
        await run(args, stack)
    finally:
        for stop in reversed(stack):
            stop()


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--supervisor-child":
        _, _, url, toks, secs = sys.argv
        asyncio.run(supervisors_main(url, json.loads(toks), float(secs)))
        sys.exit(0)
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--agents", type=int, default=10_000)
    ap.add_argument("--supervisors", type=int, default=20)
    ap.add_argument("--teams", type=int, default=10)
    ap.add_argument("--rate", type=float, default=200.0, help="presence changes per second")
    ap.add_argument("--duration", type=float, default=30.0)
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    asyncio.run(main(ap.parse_args()))
