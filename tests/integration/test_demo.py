"""``cc-demo --no-gui``: a real server, simulated citizens and agents, a clean exit.

Runs the demo as a subprocess (the ``cc-demo`` entry point is ``shared.demo.run:main``)
and checks both the summary it prints and what the server wrote to its database.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import tomllib
from contextlib import closing
from pathlib import Path

import pytest

from shared import contracts
from shared.demo.history import HISTORY_PREFIX
from tests.support.server import ROOT

pytestmark = pytest.mark.slow

OPEN_STATES = set(contracts.OPEN_STATES)


def test_cc_demo_entry_point_is_the_demo_runner():
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert scripts["cc-demo"] == "shared.demo.run:main"


class DemoRun:
    """One headless demo run in a subprocess: chats, calls, and simulated agents handing
    some on to simulated experts (tests/conftest.py starts it at the session's start,
    beside the unit tests; ``result()`` waits for it)."""

    def __init__(self) -> None:
        self.data_dir = Path(tempfile.mkdtemp(prefix="cc-demo-test-"))
        self.proc = subprocess.Popen(
            [
                sys.executable, "-m", "shared.demo.run", "--no-gui", "--duration", "30",
                "--calls", "12", "--rate", "20", "--pace", "0.4", "--second-line", "1",
                "--data-dir", str(self.data_dir), "--seed", "3",
            ],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        self._out: tuple[str, str] | None = None

    def result(self) -> subprocess.CompletedProcess[str]:
        if self._out is None:
            self._out = self.proc.communicate(timeout=90)
        return subprocess.CompletedProcess(self.proc.args, self.proc.returncode, *self._out)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.communicate()
        shutil.rmtree(self.data_dir, ignore_errors=True)


def launch_demo() -> DemoRun:
    return DemoRun()


@pytest.fixture(scope="module")
def demo_run(request):
    """The session's demo run (started with the session; alone, here)."""
    from tests.conftest import DEMO_RUN

    run = request.config.stash.get(DEMO_RUN, None)
    if run is None:
        run = request.config.stash[DEMO_RUN] = launch_demo()
    proc = run.result()
    last = (proc.stdout.strip().splitlines() or [""])[-1]
    seconds = json.loads(last.removeprefix("demo summary: "))["seconds"] if last else 1e9
    return run.data_dir, proc, seconds


def test_demo_without_gui_creates_and_closes_chats_and_exits_0(demo_run):
    data_dir, proc, elapsed = demo_run
    output = proc.stdout + proc.stderr
    assert proc.returncode == 0, output
    assert "Traceback" not in output
    assert elapsed < 30 + 10, f"the demo took {elapsed:.1f} s to stop"

    summary_line = proc.stdout.strip().splitlines()[-1]
    assert summary_line.startswith("demo summary: "), output
    summary = json.loads(summary_line.removeprefix("demo summary: "))
    assert summary["exit_code"] == 0
    assert summary["chats_started"] >= 1
    assert summary["chats_served"] >= 1
    assert summary["chats_closed"] >= 1
    assert summary["failed"] == 0
    assert summary["agents"]["accepted"] >= 1
    assert summary["agents"]["wrapups"] >= 1
    assert summary["agents"]["errors"] == 0

    # What the server recorded agrees, and the demo left nothing open behind it.
    with closing(this_runs_conversations(data_dir / "cc-data" / "cc.db")) as db:
        states = dict(
            db.execute(
                "SELECT state, COUNT(*) FROM interactions WHERE channel = 'chat' GROUP BY state"
            )
        )
        calls = dict(
            db.execute(
                "SELECT state, COUNT(*) FROM interactions WHERE channel = 'voice' GROUP BY state"
            )
        )
        wrapups = db.execute(
            "SELECT COUNT(*) FROM wrapups JOIN interactions i ON i.id = interaction_id"
            " WHERE i.channel = 'chat'"
        ).fetchone()[0]
        recorded = db.execute("SELECT COUNT(*) FROM recordings WHERE state = 'complete'")
        recorded = recorded.fetchone()[0]
        senders = {row[0] for row in db.execute("SELECT DISTINCT sender FROM chat_messages")}
        owed = chat_wrapups_owed(db)
    assert sum(states.values()) == summary["chats_started"]
    assert states.get("closed", 0) >= 1
    assert not OPEN_STATES & set(states), states
    # every owner of a chat wrapped up their part (two for a chat handed on), nothing else
    assert wrapups == summary["agents"]["wrapups"] == owed["owners"], owed
    assert owed["still_due"] == 0 and owed["closed_without"] == 0, owed
    assert {"citizen", "agent"} <= senders
    # Simulated callers phoned in and simulated phone agents answered, recorded.
    assert calls.get("closed", 0) >= 1, calls
    assert not OPEN_STATES & set(calls), calls
    assert recorded >= 1
    assert summary["db_calls"] == calls


def this_runs_conversations(path) -> sqlite3.Connection:
    """The demo database as this run left it, without the past week `cc-server --demo`
    writes first (ids ``hist-…``, tests/integration/test_demo_history.py): temporary
    views of the same names shadow the tables in every query below."""
    db = sqlite3.connect(path)
    db.execute(
        "CREATE TEMP VIEW interactions AS SELECT * FROM main.interactions"
        f" WHERE id NOT LIKE '{HISTORY_PREFIX}%'"
    )
    for table in ("wrapups", "interaction_participants", "recordings", "chat_messages"):
        db.execute(
            f"CREATE TEMP VIEW {table} AS SELECT * FROM main.{table}"
            f" WHERE interaction_id NOT LIKE '{HISTORY_PREFIX}%'"
        )
    return db


def chat_wrapups_owed(db: sqlite3.Connection) -> dict[str, int]:
    """Owners of chats (each owes one wrap-up), wrap-ups still due, closed chats with none."""
    owners = db.execute(
        "SELECT COUNT(DISTINCT p.interaction_id || ' ' || p.username) FROM"
        " interaction_participants p JOIN interactions i ON i.id = p.interaction_id"
        " WHERE i.channel = 'chat' AND p.role = 'owner'"
    ).fetchone()[0]
    still_due = db.execute(
        "SELECT COUNT(*) FROM interaction_participants WHERE wrapup_due = 1"
    ).fetchone()[0]
    closed_without = db.execute(
        "SELECT COUNT(*) FROM interactions i WHERE i.channel = 'chat' AND i.state = 'closed'"
        " AND NOT EXISTS (SELECT 1 FROM wrapups w WHERE w.interaction_id = i.id)"
    ).fetchone()[0]
    return {"owners": owners, "still_due": still_due, "closed_without": closed_without}


def test_demo_agents_hand_chats_on_to_simulated_experts(demo_run):
    data_dir, proc, _elapsed = demo_run
    output = proc.stdout + proc.stderr
    assert proc.returncode == 0, output
    summary = json.loads(proc.stdout.strip().splitlines()[-1].removeprefix("demo summary: "))
    agents = summary["agents"]
    assert agents["errors"] == 0, summary
    handed = agents["warm_transfers"] + agents["blind_transfers"]
    assert handed >= 1 and agents["joined"] + agents["blind_transfers"] >= 1, agents
    assert summary["db_transfers"] >= handed, summary
    with closing(this_runs_conversations(data_dir / "cc-data" / "cc.db")) as db:
        experts_owned = db.execute(
            "SELECT COUNT(*) FROM interaction_participants p JOIN users u"
            " ON u.username = p.username WHERE u.role = 'expert' AND p.role = 'owner'"
        ).fetchone()[0]
        states = dict(db.execute("SELECT state, COUNT(*) FROM interactions GROUP BY state"))
        owed = chat_wrapups_owed(db)
        calls_handed = db.execute(
            "SELECT COUNT(*) FROM interactions WHERE channel = 'voice' AND second_line = 1"
        ).fetchone()[0]
        experts_on_calls = db.execute(
            "SELECT COUNT(*) FROM interaction_participants p JOIN interactions i"
            " ON i.id = p.interaction_id JOIN users u ON u.username = p.username"
            " WHERE i.channel = 'voice' AND u.role = 'expert'"
        ).fetchone()[0]
    assert calls_handed >= 1 and experts_on_calls >= 1, (calls_handed, experts_on_calls)
    assert experts_owned >= 1  # a simulated expert took a chat over
    assert not OPEN_STATES & set(states), states
    assert owed["still_due"] == 0 and owed["closed_without"] == 0, owed
    assert summary["db_wrapups"] >= agents["wrapups"] == owed["owners"]  # calls wrap up too


def test_killing_cc_demo_with_sigkill_takes_its_children_along(tmp_path):
    import psutil

    proc = subprocess.Popen(
        [sys.executable, "-m", "shared.demo.run", "--no-gui", "--data-dir", str(tmp_path)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        for line in proc.stdout:  # the server, the phone bots, then the chat bots
            if line.startswith("Simulated agents:"):
                break
        children = psutil.Process(proc.pid).children(recursive=True)
        names = " ".join(" ".join(c.cmdline()) for c in children)
        assert "shared.server.cli" in names and "shared.demo.phone_agent" in names, names
        assert "shared.switch.room" in names, names
        proc.kill()
        proc.wait(10)
        deadline = time.monotonic() + 20
        while (alive := [c for c in children if _running(c)]) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not alive, [" ".join(c.cmdline()) for c in alive]
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)


def _running(process) -> bool:
    """Still running (an exited child nobody reaped yet, a zombie, counts as gone)."""
    import psutil

    try:
        return process.status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


def test_demo_apps_get_their_password_from_the_environment_not_the_command_line(tmp_path):
    from shared.demo.launcher import app_process

    app = app_process("agent_app.main", "agent-window", "ws://h:1/ws", "anna", "demo", tmp_path)
    assert "demo" not in app.args and "--password" not in app.args
    assert app.env == {"CC_PASSWORD": "demo"}
    import os

    from supervisor_app.main import parse_args

    os.environ["CC_PASSWORD"] = "from-the-environment"
    try:
        assert parse_args(["--user", "sam"]).password == "from-the-environment"
    finally:
        del os.environ["CC_PASSWORD"]
