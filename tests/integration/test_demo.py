"""``cc-demo --no-gui``: a real server, simulated citizens and agents, a clean exit.

Runs the demo as a subprocess (the ``cc-demo`` entry point is ``shared.demo.run:main``)
and checks both the summary it prints and what the server wrote to its database.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time
import tomllib
from contextlib import closing

import pytest

from shared import contracts
from tests.support.server import ROOT

pytestmark = pytest.mark.slow

OPEN_STATES = set(contracts.OPEN_STATES)


def test_cc_demo_entry_point_is_the_demo_runner():
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert scripts["cc-demo"] == "shared.demo.run:main"


def test_demo_without_gui_creates_and_closes_chats_and_exits_0(tmp_path):
    data_dir = tmp_path / "demo"
    started = time.monotonic()
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "shared.demo.run",
            "--no-gui",
            "--duration",
            "25",
            "--calls",
            "12",
            "--data-dir",
            str(data_dir),
            "--seed",
            "7",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=90,
    )
    elapsed = time.monotonic() - started
    output = proc.stdout + proc.stderr
    assert proc.returncode == 0, output
    assert "Traceback" not in output
    assert elapsed < 25 + 10, f"the demo took {elapsed:.1f} s to stop"

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
    with closing(sqlite3.connect(data_dir / "cc-data" / "cc.db")) as db:
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
    assert sum(states.values()) == summary["chats_started"]
    assert states.get("closed", 0) >= 1
    assert not OPEN_STATES & set(states), states
    assert wrapups == summary["agents"]["wrapups"] == states.get("closed", 0)
    assert {"citizen", "agent"} <= senders
    # Simulated callers phoned in and simulated phone agents answered, recorded.
    assert calls.get("closed", 0) >= 1, calls
    assert not OPEN_STATES & set(calls), calls
    assert recorded >= 1
    assert summary["db_calls"] == calls


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
