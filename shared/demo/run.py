"""``cc-demo``: a living contact centre on this machine, in one command.

Starts a routing server with the demo city (in a temporary data folder), simulated
citizens who open web chats at a steady rate, simulated agents (bartek, celina, dawid)
who answer them, and opens the agent window (anna) and the supervisor window (sam) for
a person to use. The citizen web page is served by the server too (its address is
printed). Ctrl-C, or closing both windows, stops everything in order: citizens finish,
agents wrap up, windows close, the server stops; then a summary is printed.

    cc-demo [--no-gui] [--rate CHATS_PER_MINUTE] [--duration SECONDS] [--pace FACTOR]

``--no-gui`` runs the server and the bots only (CI smoke test, benchmarks). The last line
of output is ``demo summary: {json}`` with what happened, for scripts.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import importlib.util
import json
import logging
import os
import re
import shutil
import signal
import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from shared.demo import data
from shared.demo.agents import AgentBehaviour, AgentStats, run_agents
from shared.demo.citizens import CitizenBehaviour, CitizenCrowd
from shared.demo.history import HISTORY_PREFIX
from shared.demo.launcher import ChildProcess, DemoServer, app_process

log = logging.getLogger("cc-demo")

WIND_DOWN_GRACE = 4.0  # seconds citizens and agents get to finish when the demo stops


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="cc-demo",
        description="Run a demo contact centre: server, simulated citizens and agents, "
        "an agent window and a supervisor window.",
    )
    parser.add_argument(
        "--no-gui", action="store_true", help="no windows: server and simulated people only"
    )
    parser.add_argument(
        "--rate",
        type=float,
        default=7.5,
        metavar="PER_MINUTE",
        help="new citizen chats per minute (7.5, i.e. one every ~8 s)",
    )
    parser.add_argument(
        "--duration",
        type=float,
        metavar="SECONDS",
        help="stop this many seconds after starting, server start-up "
        "included (default: run until Ctrl-C)",
    )
    parser.add_argument(
        "--pace",
        type=float,
        default=1.0,
        help="scale the simulated people's reading and typing times (1.0)",
    )
    parser.add_argument(
        "--agents",
        default=",".join(data.BOT_AGENTS),
        help="demo agents to simulate, comma-separated (%(default)s)",
    )
    parser.add_argument(
        "--calls",
        type=float,
        default=1.5,
        metavar="PER_MINUTE",
        help="new simulated phone calls per minute (1.5; 0: no calls)",
    )
    parser.add_argument(
        "--experts",
        default=",".join(data.BOT_EXPERTS),
        help="demo experts to simulate for chats, comma-separated (%(default)s)",
    )
    parser.add_argument(
        "--second-line",
        type=float,
        default=0.25,
        metavar="SHARE",
        help="share of chats the simulated agents hand on to an expert (0.25)",
    )
    parser.add_argument(
        "--phone-experts",
        default=",".join(data.PHONE_EXPERTS),
        help="demo experts who take consultations of calls on a simulated softphone (%(default)s)",
    )
    parser.add_argument(
        "--phone-agents",
        default=",".join(data.PHONE_AGENTS),
        help="demo agents who take calls on a simulated softphone (%(default)s)",
    )
    parser.add_argument("--seed", type=int, help="random seed, for a repeatable run")
    parser.add_argument("--host", default="127.0.0.1", help="server address (127.0.0.1)")
    parser.add_argument("--port", type=int, default=0, help="server port (0: any free port)")
    parser.add_argument(
        "--data-dir",
        type=Path,
        help="keep the server's database and logs here (default: a "
        "temporary folder, removed at the end)",
    )
    parser.add_argument(
        "--lang",
        choices=("en", "pl", "da", "ru"),
        help="the apps' language (default: each app's saved choice, else the system's)",
    )
    parser.add_argument("--verbose", action="store_true", help="show the server's log")
    return parser.parse_args(argv)


def _say(text: str) -> None:
    print(text, flush=True)


async def run_demo(args: argparse.Namespace) -> int:
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)

    temp_dir = None
    if args.data_dir is None:
        temp_dir = Path(tempfile.mkdtemp(prefix="cc-demo-"))
    data_dir = args.data_dir or temp_dir
    data_dir.mkdir(parents=True, exist_ok=True)
    server = DemoServer(data_dir / "cc-data", host=args.host, port=args.port, echo=args.verbose)
    bot_users = [u.strip() for u in args.agents.split(",") if u.strip()]
    expert_users = [u.strip() for u in args.experts.split(",") if u.strip()]
    exit_code = 0
    apps: list[ChildProcess] = []
    phones: list[ChildProcess] = []
    summary: dict[str, Any] = {}
    started = time.monotonic()
    try:
        await server.start()
        _say(f"Routing server: {server.url}")
        _say(f"Citizen web chat: {server.http_url}")
        if server.sip_uri:
            _say(f"City phone number (SIP): {server.sip_uri}")
            phones = await _start_phones(args, server, data_dir)

        agents_stop = asyncio.Event()
        agents = loop.create_task(
            run_agents(
                server.url,
                [*bot_users, *expert_users],
                agents_stop,
                behaviour=AgentBehaviour(pace=args.pace, second_line_share=args.second_line),
                behaviours={u: AgentBehaviour(pace=args.pace) for u in expert_users},
                seed=args.seed,
                grace=WIND_DOWN_GRACE,
            ),
            name="agents",
        )
        crowd = CitizenCrowd(
            server.url,
            per_minute=args.rate,
            behaviour=CitizenBehaviour(pace=args.pace),
            seed=args.seed,
        )
        citizens = loop.create_task(crowd.run(grace=WIND_DOWN_GRACE), name="citizens")
        _say(
            f"Simulated agents: {', '.join(bot_users) or 'none'}; "
            f"experts: {', '.join(expert_users) or 'none'}; "
            f"citizens: {args.rate:g} new chats a minute"
        )

        if not args.no_gui and not _have_display():
            _say(
                "No display here (DISPLAY/WAYLAND_DISPLAY unset): running without windows. "
                "Open the citizen page above in a browser, or run cc-agent / cc-supervisor "
                "on a desktop against the server address above (password demo)."
            )
        elif not args.no_gui:
            apps = await _start_apps(server.url, data_dir, args.lang)

        remaining = None if args.duration is None else args.duration - (time.monotonic() - started)
        reason = await _wait_for_end(stop, remaining, server, apps, agents, citizens)
        _say(f"Stopping ({reason})…")
        if reason.startswith("server"):
            exit_code = 1

        crowd.stop.set()
        citizen_stats = await citizens
        agents_stop.set()
        try:
            agent_stats = await agents
        except Exception as exc:  # login refused, server gone
            log.error("simulated agents failed: %s", exc)
            agent_stats, exit_code = AgentStats(), 1
        summary = {**citizen_stats.as_dict(), "agents": agent_stats.as_dict()}
    except (OSError, RuntimeError) as exc:
        _say(f"cc-demo: {exc}")
        exit_code = 1
    finally:
        # callers hang up first, then the phone agents wrap up what that ended
        for child in [*reversed(phones), *apps]:
            await child.stop(timeout=8.0)
        await server.stop()
        summary.update(_read_database(server.db_path))
        summary["seconds"] = round(time.monotonic() - started, 1)
        summary["exit_code"] = exit_code
        if temp_dir is not None:
            shutil.rmtree(temp_dir, ignore_errors=True)
        else:
            summary["data_dir"] = str(data_dir)
    _print_summary(summary)
    return exit_code


async def _start_phones(
    args: argparse.Namespace, server: DemoServer, log_dir: Path
) -> list[ChildProcess]:
    """Simulated phone agents (one softphone process) and callers (one process)."""
    started: list[ChildProcess] = []
    users = [u.strip() for u in args.phone_agents.split(",") if u.strip()]
    sounds = Path(__file__).resolve().parents[2] / "resources" / "sounds" / "demo"
    if users:
        agent_args = [sys.executable, "-m", "shared.demo.phone_agent", "--url", server.url]
        for user in users:
            agent_args += ["--user", user]
        agent_args += ["--play", str(sounds / "agent.wav"), "--answer-after", "3"]
        agent_args += ["--talk", str(25 * args.pace), "--wrapup-after", str(5 * args.pace)]
        agent_args += ["--hand-on", str(args.second_line)]
        agents = ChildProcess("phone-agents", agent_args, log_dir / "phone-agents.log")
        await agents.start(re.compile(rb"^READY"), timeout=20)
        started.append(agents)
    experts = [u.strip() for u in args.phone_experts.split(",") if u.strip()]
    if experts:  # they answer consultations and transfers of calls
        expert_args = [sys.executable, "-m", "shared.demo.phone_agent", "--url", server.url]
        for user in experts:
            expert_args += ["--user", user]
        expert_args += ["--play", str(sounds / "agent.wav"), "--answer-after", "2"]
        expert_args += ["--talk", str(20 * args.pace), "--wrapup-after", str(5 * args.pace)]
        phone_experts = ChildProcess("phone-experts", expert_args, log_dir / "phone-experts.log")
        await phone_experts.start(re.compile(rb"^READY"), timeout=20)
        started.append(phone_experts)
    if args.calls > 0:
        caller_args = [
            sys.executable, "-m", "shared.demo.phone_citizens", "--target", server.sip_uri,
            "--calls", "0", "--concurrent", "2", "--interval", str(60 / args.calls),
            "--play", str(sounds / "citizen-1.wav"), "--patience", "120", "--max-call", "90",
        ]  # fmt: skip
        if args.seed is not None:
            caller_args += ["--seed", str(args.seed)]
        callers = ChildProcess("phone-citizens", caller_args, log_dir / "phone-citizens.log")
        await callers.start(re.compile(rb"^READY"), timeout=20)
        started.append(callers)
    _say(
        f"Simulated phone agents: {', '.join(users) or 'none'}; "
        f"phone experts: {', '.join(experts) or 'none'}; "
        f"callers: {args.calls:g} new calls a minute"
    )
    return started


async def _start_apps(url: str, log_dir: Path, lang: str | None = None) -> list[ChildProcess]:
    apps = []
    wanted = [
        ("agent_app.main", "agent-window", data.DEMO_AGENT),
        ("supervisor_app.main", "supervisor-window", data.DEMO_SUPERVISOR),
    ]
    for module, name, user in wanted:
        if not _available(module):
            _say(f"({module} is not available: no {name})")
            continue
        app = app_process(module, name, url, user, data.DEMO_PASSWORD, log_dir, lang=lang)
        await app.start()
        apps.append(app)
        _say(f"Opened the {name.replace('-', ' ')} as {user} (password {data.DEMO_PASSWORD})")
    return apps


def _available(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False


async def _wait_for_end(
    stop: asyncio.Event,
    duration: float | None,
    server: DemoServer,
    apps: list[ChildProcess],
    agents: asyncio.Task,
    citizens: asyncio.Task,
) -> str:
    """Why the demo ends: Ctrl-C, the duration, the windows closed, or a failure."""
    loop = asyncio.get_running_loop()
    waits: dict[asyncio.Future, str] = {
        loop.create_task(stop.wait()): "interrupted",
        loop.create_task(server.wait()): "server exited",
        agents: "simulated agents stopped",
        citizens: "simulated citizens stopped",
    }
    if duration is not None:
        waits[loop.create_task(asyncio.sleep(max(0.0, duration)))] = "time is up"
    if apps:
        waits[asyncio.gather(*(app.wait() for app in apps))] = "windows closed"
    done, _ = await asyncio.wait(set(waits), return_when=asyncio.FIRST_COMPLETED)
    helpers = [f for f in waits if f not in (agents, citizens)]
    for future in helpers:
        future.cancel()
    await asyncio.gather(*helpers, return_exceptions=True)
    return next(waits[f] for f in waits if f in done)


def _read_database(db_path: Path) -> dict[str, Any]:
    """Counts straight from the stopped server's database: what really was recorded."""
    if not db_path.exists():
        return {}
    try:
        with contextlib.closing(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)) as db:
            # This run's own: not the past week the demo seeds (shared/demo/history.py).
            own = [HISTORY_PREFIX + "%"]
            by_channel: dict[str, dict[str, int]] = {}
            for channel, state, count in db.execute(
                "SELECT channel, state, COUNT(*) FROM interactions WHERE id NOT LIKE ?"
                " GROUP BY channel, state",
                own,
            ):
                by_channel.setdefault(channel, {})[state] = count
            wrapups = db.execute(
                "SELECT COUNT(*) FROM wrapups WHERE interaction_id NOT LIKE ?", own
            ).fetchone()[0]
            transfers, consults = db.execute(
                "SELECT COALESCE(SUM(transfers), 0), COALESCE(SUM(consults), 0) FROM interactions"
                " WHERE id NOT LIKE ?",
                own,
            ).fetchone()
            recordings = db.execute(
                "SELECT COUNT(*) FROM recordings WHERE state = 'complete'"
                " AND interaction_id NOT LIKE ?",
                own,
            ).fetchone()[0]
    except sqlite3.Error as exc:
        log.warning("cannot read %s: %s", db_path, exc)
        return {}
    return {
        "db_interactions": by_channel.get("chat", {}),
        "db_calls": by_channel.get("voice", {}),
        "db_wrapups": wrapups,
        "db_transfers": transfers,
        "db_consults": consults,
        "db_recordings": recordings,
    }


def _print_summary(summary: dict[str, Any]) -> None:
    if "chats_started" in summary:
        agents = summary.get("agents", {})
        _say(
            f"{summary['chats_started']} chats started, {summary['chats_served']} served, "
            f"{summary['chats_closed']} closed, {summary['chats_abandoned']} abandoned; "
            f"{agents.get('wrapups', 0)} wrap-ups by the simulated agents"
        )
    _say("demo summary: " + json.dumps(summary, sort_keys=True))


def _have_display() -> bool:
    """Windows can open: a desktop session, or Qt told to draw elsewhere (offscreen)."""
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    return asyncio.run(run_demo(args))


if __name__ == "__main__":
    sys.exit(main())
