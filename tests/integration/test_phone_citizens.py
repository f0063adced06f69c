"""Simulated phoning citizens (``shared.demo.phone_citizens``) against the real switch:
three calls, two at a time, answered by two demo agents with softphones."""

from __future__ import annotations

import sqlite3
import time

import pytest

from tests.support.processes import LineProcess
from tests.support.server import ServerProcess

pytestmark = [pytest.mark.slow, pytest.mark.timeout(60)]


def test_citizens_place_calls_with_varying_numbers_and_agents_answer_them(tmp_path):
    server = ServerProcess(tmp_path / "cc-data", telephony=True, rooms=3, rooms_spare=2)
    server.start(timeout=40)
    try:
        _calls(server)
    finally:
        server.stop()


def _calls(server: ServerProcess) -> None:
    agents = citizens = None
    try:
        agents = LineProcess(
            "shared.demo.phone_agent", "--url", server.url, "--user", "bartek",
            "--user", "celina", "--answer-after", "0.2", "--talk", "1.5",
            "--wrapup-after", "0.2",
        )  # fmt: skip
        agents.expect("READY", 20)
        citizens = LineProcess(
            "shared.demo.phone_citizens", "--target", f"sip:city@127.0.0.1:{server.sip_port}",
            "--calls", "3", "--concurrent", "2", "--interval", "0.3", "--digit-choices", "1",
            "--dtmf-delay", "0.5", "--number-pool", "0", "--max-call", "20", "--seed", "1",
        )  # fmt: skip
        citizens.expect("READY", 10)
        numbers = [citizens.field(citizens.expect("DIALING", 10), "number") for _ in range(2)]
        answered = [agents.expect("ANSWERED", 15) for _ in range(3)]
        ended = [citizens.expect("ENDED", 10) for _ in range(3)]
        citizens.expect("DONE", 10)  # shut down cleanly after the last call ...
        assert citizens.wait(10) == 0  # ... without a pjsua2 abort on the way out
    finally:
        if citizens is not None:
            citizens.stop()
        if agents is not None:
            agents.terminate()
    assert len({agents.field(line, "interaction") for line in answered}) == 3
    assert all(citizens.field(line, "by") == "far" for line in ended)  # the agents hung up
    dialled = {citizens.field(line, "number") for line in citizens.seen if "DIALING" in line}
    assert set(numbers) <= dialled and len(dialled) == 3

    con = sqlite3.connect(server.data_dir / "cc.db")
    deadline = time.monotonic() + 10
    while True:
        rows = con.execute(
            "SELECT caller, state FROM interactions WHERE channel = 'voice'"
        ).fetchall()
        if len(rows) == 3 or time.monotonic() > deadline:
            break
        time.sleep(0.1)
    assert len(rows) == 3, rows
    callers = {caller for caller, _state in rows}
    assert callers == dialled  # the From user part of each call is its caller number
    assert len(callers) >= 2
