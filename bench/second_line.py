"""Consultation latency through the real server: agents ask the first available expert
of a department to join their chats, with E experts logged in.

    .venv/bin/python bench/second_line.py [--experts 100] [--agents 20] [--duration 30]

Each agent holds a chat and, again and again (about 6 times a second, under the server's
flood limit per connection), asks the chat topic's department for a consultation (``consult.request``), waits until the expert has joined, then cancels it;
experts accept every consultation at once. Measured: request sent by the agent -> the
``offer.created`` (kind consult) received by the expert's client, which is what rings
the expert's softphone for a call (the switch then dials it). Prints p50/p95/p99, the
rate reached, the server's CPU and memory. Everything runs on this machine; the load
generator shares the cores with the server.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
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
from shared.server.sql import users as sql_users  # noqa: E402
from shared.server.store import Store  # noqa: E402
from tests.support.server import LOOPBACK_CROWD, ServerProcess  # noqa: E402

TOPICS = [t[0] for t in data.TOPICS]
DEPARTMENT = {t[0]: t[2] for t in data.TOPICS}


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, int(q / 100 * len(values)))]


async def seed(db: Path, agents: int, experts: int) -> dict[str, str]:
    """Accounts with ready-made tokens (argon2 logins of 1,000 people are not the point)."""
    store = Store(db)
    await store.open()
    for topic_id, name, department in data.TOPICS:
        await store.write(sql_users.upsert_topic, topic_id, name, department)
    pw = auth.hash_password("bench")
    tokens: dict[str, str] = {}
    people = [(f"agent{i:03d}", "agent", {t: 3 for t in TOPICS}) for i in range(agents)]
    people += [
        (f"expert{i:04d}", "expert", {TOPICS[i % len(TOPICS)]: 1 + i % 5}) for i in range(experts)
    ]
    for name, role, skills in people:
        await store.write(sql_users.add_user, name, name, role, pw, skills)
        tokens[name] = auth.new_token()
        await store.write(sql_users.create_token, name, tokens[name], time.time() + 86400)
    await store.close()
    return tokens


def client(url: str, name: str, token: str, on_event) -> Client:
    c = Client(url, name, on_event=on_event)
    c.token = token
    return c


class Expert:
    def __init__(self, url: str, name: str, token: str, sent: dict[str, float], stats: dict):
        self.sent, self.stats = sent, stats
        self.client = client(url, name, token, self.on_event)
        self.tasks: set[asyncio.Task] = set()

    def on_event(self, msg) -> None:
        if isinstance(msg, p.OfferCreated) and msg.kind == "consult":
            t0 = self.sent.pop(msg.interaction.id, None)
            if t0 is not None:
                self.stats["latency"].append(time.perf_counter() - t0)
            task = asyncio.get_running_loop().create_task(
                self.client.request(p.AcceptOffer(id=0, interaction_id=msg.interaction.id))
            )
            self.tasks.add(task)
            task.add_done_callback(self.tasks.discard)


class Agent:
    def __init__(self, url: str, name: str, token: str, sent: dict[str, float], stats: dict):
        self.sent, self.stats = sent, stats
        self.client = client(url, name, token, self.on_event)
        self.assigned: asyncio.Queue[p.InteractionAssigned] = asyncio.Queue()
        self.connected: asyncio.Queue[str] = asyncio.Queue()

    def on_event(self, msg) -> None:
        if isinstance(msg, p.OfferCreated) and msg.kind == "interaction":
            asyncio.get_running_loop().create_task(
                self.client.request(p.AcceptOffer(id=0, interaction_id=msg.interaction.id))
            )
        elif isinstance(msg, p.InteractionAssigned) and msg.role == "owner":
            self.assigned.put_nowait(msg)
        elif isinstance(msg, p.ConsultChanged) and msg.state == "connected":
            self.connected.put_nowait(msg.interaction_id)

    async def work(self, until: float) -> None:
        assigned = await asyncio.wait_for(self.assigned.get(), 30)
        iid, department = assigned.interaction.id, DEPARTMENT[assigned.interaction.topic]
        rng = random.Random(iid)
        while time.perf_counter() < until:
            self.sent[iid] = time.perf_counter()
            try:
                reply = await self.client.request(
                    p.RequestConsult(id=0, interaction_id=iid, department=department)
                )
                if reply.state == "ringing":
                    await asyncio.wait_for(self.connected.get(), 10)
                    self.stats["consults"] += 1
                else:
                    self.stats["queued"] += 1
                await self.client.request(p.CancelConsult(id=0, interaction_id=iid))
            except (p.ProtocolError, TimeoutError) as exc:
                self.stats["errors"].append(str(exc))
                self.sent.pop(iid, None)
            # three requests a cycle: stay under the server's 30 messages/s per connection
            await asyncio.sleep(rng.uniform(0.12, 0.2))


async def main(args: argparse.Namespace) -> dict:
    with tempfile.TemporaryDirectory(prefix="bench-second-line-") as tmp:
        data_dir = Path(tmp) / "cc-data"
        tokens = await seed(data_dir / "cc.db", args.agents, args.experts)
        server = ServerProcess(
            data_dir, demo=False, extra_args=["--offer-timeout", "20"], config=LOOPBACK_CROWD
        )
        server.start(timeout=60)
        proc = psutil.Process(server.proc.pid)
        stats = {"latency": [], "consults": 0, "queued": 0, "errors": []}
        sent: dict[str, float] = {}
        experts = [
            Expert(server.url, n, t, sent, stats)
            for n, t in tokens.items()
            if n.startswith("expert")
        ]
        agents = [
            Agent(server.url, n, t, sent, stats) for n, t in tokens.items() if n.startswith("agent")
        ]
        citizens: list[Client] = []
        try:
            for group in (experts, agents):
                for i in range(0, len(group), 50):
                    await asyncio.gather(*(b.client.connect() for b in group[i : i + 50]))
            await asyncio.gather(
                *(
                    b.client.request(p.SetPresence(id=0, state="available"))
                    for b in experts + agents
                )
            )
            for i in range(args.agents):  # one chat per agent
                c = Client(server.url, citizen=True)
                await c.connect()
                topic = TOPICS[i % len(TOPICS)]
                await c.request(p.StartChat(id=0, topic=topic, text=data.QUESTIONS[topic][0]))
                citizens.append(c)
            proc.cpu_percent()
            started = time.perf_counter()
            until = started + args.duration
            await asyncio.gather(*(a.work(until) for a in agents))
            elapsed = time.perf_counter() - started
            cpu = proc.cpu_percent()
            rss = proc.memory_info().rss / 2**20
        finally:
            for c in [*citizens, *(b.client for b in experts + agents)]:
                await c.close()
            server.stop()
    lat = [x * 1000 for x in stats["latency"]]
    return {
        "experts": args.experts,
        "agents": args.agents,
        "consults": stats["consults"],
        "consults_per_s": round(stats["consults"] / elapsed, 1),
        "queued_replies": stats["queued"],
        "errors": len(stats["errors"]),
        "error_sample": sorted(set(stats["errors"]))[:5],
        "request_to_ringing_ms": {
            "p50": round(pct(lat, 50), 2),
            "p95": round(pct(lat, 95), 2),
            "p99": round(pct(lat, 99), 2),
            "max": round(max(lat), 2) if lat else None,
        },
        "server_cpu_percent_of_one_core": round(cpu, 1),
        "server_rss_mb": round(rss, 1),
    }


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--experts", type=int, default=100)
    ap.add_argument("--agents", type=int, default=20)
    ap.add_argument("--duration", type=float, default=30.0)
    result = asyncio.run(main(ap.parse_args()))
    print(json.dumps(result, indent=2))
    if result["errors"] or not result["consults"]:
        sys.exit(1)
