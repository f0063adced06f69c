"""Chat load through the real server: N agents, R new chats per second, S supervisors.

    .venv/bin/python bench/chat_load.py [--agents 1000] [--rate 100] [--duration 60] [--supervisors 20]

Prints enqueue-to-offer latency (server's created_at → offer received by the agent's
client, same clock), wallboard fan-out latency (an agent's presence change → the
supervisor receives it in a supervisor.update), the server's CPU and memory, and what completed.
The supervisors run in a second process so that the load generator's own CPU does not
hide the server's fan-out cost.
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
from shared.server.sql import users as sql_users  # noqa: E402
from shared.server.store import Store  # noqa: E402
from tests.support.server import LOOPBACK_CROWD, ServerProcess  # noqa: E402

TOPICS = [t[0] for t in data.TOPICS]


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, int(q / 100 * len(values)))]


async def seed(db: Path, agents: int, supervisors: int) -> dict[str, str]:
    """Accounts and ready-made tokens (logging in 1,000 agents with argon2 is not the point)."""
    store = Store(db)
    await store.open()
    rng = random.Random(7)
    for topic_id, name, dept in data.TOPICS:
        await store.write(sql_users.upsert_topic, topic_id, name, dept)
    pw = auth.hash_password("bench")
    tokens = {}
    users = [(f"agent{i:04d}", "agent") for i in range(agents)]
    users += [(f"sup{i:02d}", "supervisor") for i in range(supervisors)]
    for name, role in users:
        skills = {t: rng.randint(1, 5) for t in rng.sample(TOPICS, 3)} if role == "agent" else {}
        await store.write(sql_users.add_user, name, name, role, pw, skills)
        tokens[name] = auth.new_token()
        await store.write(sql_users.create_token, name, tokens[name], time.time() + 86400)
    await store.close()
    return tokens


class AgentBot:
    def __init__(self, url: str, name: str, token: str, stats: dict) -> None:
        self.stats = stats
        self.client = Client(url, name, on_event=self.on_event, resume_token=None)
        self.client.token = token
        self.tasks: set[asyncio.Task] = set()

    def on_event(self, msg) -> None:
        if isinstance(msg, p.OfferCreated):
            self.stats["offer_latency"].append(time.time() - msg.interaction.created_at)
            self._spawn(self.handle(msg.interaction.id))

    def _spawn(self, coro) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    async def handle(self, iid: str) -> None:
        try:
            await self.client.request(p.AcceptOffer(id=0, interaction_id=iid))
            await self.client.request(
                p.SendChat(id=0, interaction_id=iid, text="Hello, how can I help?")
            )
            await asyncio.sleep(random.uniform(1.0, 3.0))
            await self.client.request(p.CloseInteraction(id=0, interaction_id=iid))
            await self.client.request(
                p.SubmitWrapup(id=0, interaction_id=iid, topic="Other", resolved_first_contact=True)
            )
            self.stats["completed"] += 1
        except p.ProtocolError as exc:
            self.stats["errors"].append(exc.code)


async def citizen(url: str, stats: dict) -> None:
    client = Client(url, citizen=True)
    try:
        await client.connect()
        topic = random.choice(TOPICS)
        await client.request(
            p.StartChat(id=0, topic=topic, text=random.choice(data.QUESTIONS[topic]))
        )
        stats["started"] += 1
    except (OSError, p.ProtocolError) as exc:
        stats["errors"].append(str(exc))
    finally:
        # The web page would stay; the bench leaves, the chat goes on (citizen_grace).
        await asyncio.sleep(4)
        await client.close()


async def supervisors_main(
    url: str, names: list[str], tokens: dict[str, str], seconds: float
) -> None:
    """Run in a child process: S supervisors measuring fan-out of supervisor.update."""
    lat: list[float] = []
    last_since: dict[tuple[str, str], float] = {}

    def on_event(name):
        def handle(msg):
            if isinstance(msg, p.WallboardUpdate):
                now = time.time()
                for agent in msg.agents:
                    key = (name, agent.username)
                    if last_since.get(key) != agent.since:
                        last_since[key] = agent.since
                        lat.append(now - agent.since)
            elif isinstance(msg, p.SnapshotPage):  # the rest of a paged snapshot
                for agent in msg.agents:
                    last_since[(name, agent.username)] = agent.since

        return handle

    clients = []
    for name in names:
        c = Client(url, name, on_event=on_event(name))
        c.token = tokens[name]
        await c.connect()
        snap = await c.request(p.Subscribe(id=0))
        for agent in snap.agents:  # only changes after the snapshot count
            last_since[(name, agent.username)] = agent.since
        clients.append(c)
    print("ready", flush=True)
    await asyncio.sleep(seconds)
    for c in clients:
        await c.close()
    print(json.dumps({"fanout": lat}), flush=True)


async def main(args) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="cc-bench-"))
    data_dir = tmp / "cc-data"
    data_dir.mkdir()
    tokens = await seed(data_dir / "cc.db", args.agents, args.supervisors)
    cfg = tmp / "server.toml"
    settings = "citizen_grace = 600.0\nflood_rate = 1000.0\nflood_burst = 1000.0\n"
    settings += LOOPBACK_CROWD  # every simulated citizen comes from this one machine
    if args.synchronous:  # else the server's default
        settings += f'sqlite_synchronous = "{args.synchronous}"\n'
    cfg.write_text(settings)
    profile = ["-m", "cProfile", "-o", args.profile] if args.profile else None
    server = ServerProcess(
        data_dir, demo=False, extra_args=["--config", str(cfg)], python_args=profile
    )
    server.start()
    proc = psutil.Process(server.proc.pid)
    stats = {"offer_latency": [], "completed": 0, "started": 0, "errors": []}

    t0 = time.time()
    bots = [
        AgentBot(server.url, f"agent{i:04d}", tokens[f"agent{i:04d}"], stats)
        for i in range(args.agents)
    ]
    for i in range(0, len(bots), 100):
        await asyncio.gather(*(b.client.connect() for b in bots[i : i + 100]))
    await asyncio.gather(*(b.client.request(p.SetPresence(id=0, state="available")) for b in bots))
    print(f"{args.agents} agents logged in and available in {time.time() - t0:.1f} s")

    sup_names = [f"sup{i:02d}" for i in range(args.supervisors)]
    sup_proc = subprocess.Popen(
        [
            sys.executable,
            __file__,
            "--supervisor-child",
            server.url,
            json.dumps(sup_names),
            json.dumps({n: tokens[n] for n in sup_names}),
            str(args.duration + 8),
        ],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert sup_proc.stdout.readline().strip() == "ready"

    proc.cpu_percent(None)
    me = psutil.Process()
    me.cpu_percent(None)
    cpu_samples, rss, my_cpu = [], [], []
    citizens: set[asyncio.Task] = set()
    start = time.time()
    n = 0
    next_sample = start + 1
    while (now := time.time()) < start + args.duration:
        due = int((now - start) * args.rate)
        while n < due:
            task = asyncio.create_task(citizen(server.url, stats))
            citizens.add(task)
            task.add_done_callback(citizens.discard)
            n += 1
        if now >= next_sample:
            cpu_samples.append(proc.cpu_percent(None))
            my_cpu.append(me.cpu_percent(None))
            rss.append(proc.memory_info().rss)
            next_sample += 1
        await asyncio.sleep(0.005)
    await asyncio.gather(*citizens, return_exceptions=True)
    await asyncio.sleep(4)  # let the last chats finish
    out, _ = sup_proc.communicate(timeout=60)
    fanout = json.loads(out.strip().splitlines()[-1])["fanout"]
    for b in bots:
        await b.client.close()
    server.stop()

    lat = [x * 1000 for x in stats["offer_latency"]]
    fan = [x * 1000 for x in fanout]
    print(
        f"chats started {stats['started']} ({stats['started'] / args.duration:.1f}/s), "
        f"offered {len(lat)}, completed with wrap-up {stats['completed']}, errors {len(stats['errors'])}"
    )
    print(
        f"enqueue->offer latency ms: p50 {pct(lat, 50):.1f}  p99 {pct(lat, 99):.1f}  max {max(lat, default=0):.1f}"
    )
    print(
        f"supervisor fan-out ms ({args.supervisors} supervisors, {len(fan)} updates): "
        f"p50 {pct(fan, 50):.1f}  p99 {pct(fan, 99):.1f}"
    )
    print(
        f"server CPU %: mean {statistics.mean(cpu_samples):.0f}  max {max(cpu_samples):.0f} "
        f"(100 = one core)"
    )
    print(f"server RSS MB: max {max(rss) / 2**20:.0f}")
    print(
        f"load generator CPU %: mean {statistics.mean(my_cpu):.0f} (near 100 = the generator, "
        f"not the server, limits the figures); machine load average {os.getloadavg()[0]:.1f}"
    )
    if stats["errors"]:
        print("first errors:", stats["errors"][:5])


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--supervisor-child":
        _, _, url, names, toks, secs = sys.argv
        asyncio.run(supervisors_main(url, json.loads(names), json.loads(toks), float(secs)))
        sys.exit(0)
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--agents", type=int, default=1000)
    ap.add_argument("--rate", type=float, default=100.0)
    ap.add_argument("--duration", type=float, default=60.0)
    ap.add_argument("--supervisors", type=int, default=20)
    ap.add_argument(
        "--synchronous", choices=["FULL", "NORMAL"], help="SQLite setting (server default)"
    )
    ap.add_argument("--profile", help="write the server's cProfile output to this file")
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    asyncio.run(main(ap.parse_args()))
