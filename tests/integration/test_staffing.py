"""The Erlang C planner over the stored history: the ``staffing.plan`` request over real
websockets (the centre's clock driven) and ``cc-server staffing`` on the command line."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from shared import protocol as p
from shared.demo.seed import seed_demo
from shared.server.app import RoutingServer
from shared.server.config import ServerConfig
from shared.server.erlang_c import Load, agents_needed
from tests.support.bots import staff
from tests.support.server import ROOT

ZONE = ZoneInfo("Europe/Warsaw")
# Thursday 2024-03-07 10:15 local: the plan is for today; the history is the four
# Thursdays before (2024-02-08 … 2024-02-29).
NOW = datetime(2024, 3, 7, 10, 15, tzinfo=ZONE).timestamp()


def at(day: datetime, hh: int, mm: int, ss: float = 0) -> float:
    return day.replace(hour=hh, minute=mm, second=0).timestamp() + ss


def insert_history(db) -> None:
    """Thursdays: 09:00–09:30 gets 100, 80, 120, 100 calls (mean 100), each answered 10 s
    after arrival and closed 180 s after the answer; 09:30 gets 2 chats per Thursday,
    600 s each. A Wednesday's calls (other weekday) must not count."""
    n = 0

    def contact(channel: str, arrived: float, handle: float) -> None:
        nonlocal n
        n += 1
        iid = f"h{n}"
        db.execute(
            "INSERT INTO interactions (id, channel, topic, citizen_token, state, agent,"
            " created_at, updated_at, closed_at) VALUES (?, ?, 'waste', 't', 'closed',"
            " 'anna', ?, ?, ?)",
            [iid, channel, arrived, arrived + 10 + handle, arrived + 10 + handle],
        )
        for ts, state in (
            (arrived, "queued"),
            (arrived + 10, "active"),
            (arrived + 10 + handle, "closed"),
        ):
            db.execute(
                "INSERT INTO interaction_events (interaction_id, ts, state, agent)"
                " VALUES (?, ?, ?, 'anna')",
                [iid, ts, state],
            )

    today = datetime.fromtimestamp(NOW, ZONE)
    for weeks, calls in ((1, 100), (2, 80), (3, 120), (4, 100)):
        day = today - timedelta(weeks=weeks)
        for k in range(calls):
            contact("voice", at(day, 9, 0, k * 1800 / calls), 180)
        for k in range(2):
            contact("chat", at(day, 9, 30, k), 600)
    wednesday = today - timedelta(days=1)
    for k in range(50):
        contact("voice", at(wednesday, 9, 0, k), 180)
    # presence today: anna in at 08:00, out at 09:10; bartek in at 09:05 and still in
    for user, presence, hh, mm in (
        ("anna", "available", 8, 0),
        ("anna", "offline", 9, 10),
        ("bartek", "available", 9, 5),
    ):
        db.execute(
            "INSERT INTO presence_history (username, chosen, presence, ts) VALUES (?, ?, ?, ?)",
            [user, presence, presence, at(today, hh, mm)],
        )


@pytest.fixture
async def server(tmp_path):
    config = ServerConfig(
        data_dir=str(tmp_path / "cc-data"), port=0, telephony=False, timezone="Europe/Warsaw"
    )
    server = RoutingServer(config, lambda: NOW)
    await server.start(seed_demo)
    await server.store.write(insert_history)
    try:
        yield server
    finally:
        await server.stop()


async def test_a_supervisor_plans_today_from_the_same_weekdays(server):
    url = f"ws://127.0.0.1:{server.port}/ws"
    sup, _ = await staff(url, "sam")
    plan = await sup.request(p.PlanStaffing(id=0, day="2024-03-07"))
    assert plan.weeks_used == ["2024-02-29", "2024-02-22", "2024-02-15", "2024-02-08"]
    assert len(plan.intervals) == 48 and plan.target_seconds == 20
    nine = plan.intervals[18]
    assert nine.start == "09:00" and nine.contacts == pytest.approx(100)
    assert nine.aht == pytest.approx(180)
    # the known value: 100 calls / 30 min, 180 s, 20 s → 14 agents, 88.8 %
    assert nine.needed == 14 and round(nine.service_level, 3) == 0.888
    assert round(nine.p_wait, 3) == 0.174 and round(nine.asa, 1) == 7.8
    assert plan.intervals[19].contacts == 0 and plan.intervals[19].needed == 0
    # logged in so far today: 08:00 anna; 09:00 anna and bartek; 10:00 bartek; later: unknown
    assert [plan.intervals[k].logged_in for k in (15, 16, 17, 18, 19, 20, 21)] == [
        0,
        1,
        1,
        2,
        1,
        1,
        None,
    ]

    typed = await sup.request(
        p.PlanStaffing(
            id=0,
            day="2024-03-07",
            shrinkage=0.3,
            overrides=[p.StaffingOverride(interval=18, contacts=200, aht=90)],
        )
    )
    nine = typed.intervals[18]
    assert nine.typed_in and nine.contacts == 200 and nine.aht == 90
    # 10 Erlangs again, but a 20 s target is longer against a 90 s handle time
    assert nine.needed == agents_needed(Load(200, 90, 20), 0.8) == 13
    assert nine.scheduled == 19  # 13 / 0.7 = 18.6
    assert typed.intervals[17].contacts == 0 and not typed.intervals[17].typed_in

    chats = await sup.request(p.PlanStaffing(id=0, day="2024-03-14", channel="chat"))
    half = chats.intervals[19]
    # a week later: today (no chats yet) is one of the four Thursdays: 6 chats / 4
    assert chats.weeks_used[0] == "2024-03-07"
    assert chats.concurrency == 3 and half.contacts == 1.5 and half.aht == pytest.approx(600)
    assert half.needed == 1 and half.logged_in is None  # 0.5 Erlangs on 3 chat slots

    with pytest.raises(p.ProtocolError) as bad:
        await sup.request(p.PlanStaffing(id=0, day="7 March"))
    assert bad.value.code == p.ErrorCode.INVALID_FORMAT
    with pytest.raises(p.ProtocolError) as bad:
        await sup.request(p.PlanStaffing(id=0, day="2024-03-07", service_level=1.5))
    assert bad.value.code == p.ErrorCode.INVALID_FORMAT
    agent, _ = await staff(url, "anna")
    with pytest.raises(p.ProtocolError) as refused:
        await agent.request(p.PlanStaffing(id=0, day="2024-03-07"))
    assert refused.value.code == p.ErrorCode.FORBIDDEN
    for c in (sup, agent):
        await c.close()


def cc_server(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "shared.server.cli", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_the_command_line_prints_the_needed_and_its_neighbours():
    out = cc_server(
        "staffing",
        "--calls",
        "100",
        "--aht",
        "180",
        "--target-seconds",
        "20",
        "--service-level",
        "0.8",
    )
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert "agents needed: 14" in lines[1]
    row13 = next(line for line in lines if line.split()[:1] == ["13"])
    row14 = next(line for line in lines if line.split()[:1] == ["14"])
    assert "79.6 %" in row13 and "88.8 %" in row14 and "17.4 %" in row14 and "7.8" in row14
    assert "needed" in row14 and [line.split()[0] for line in lines[3:]] == [
        "12",
        "13",
        "14",
        "15",
        "16",
    ]
    assert cc_server("staffing", "--calls", "10").returncode == 2


async def test_the_command_line_plans_a_day_from_the_history(tmp_path):
    data = str(tmp_path / "cc-data")
    config = ServerConfig(data_dir=data, port=0, telephony=False, timezone="Europe/Warsaw")
    (tmp_path / "cc.toml").write_text('timezone = "Europe/Warsaw"\n')
    server = RoutingServer(config, lambda: NOW)
    await server.start(seed_demo)
    await server.store.write(insert_history)
    await server.stop()
    out = cc_server(
        "staffing", "--day", "2024-03-07", "--data-dir", data, "--config", str(tmp_path / "cc.toml")
    )
    assert out.returncode == 0, out.stderr
    assert "2024-02-29, 2024-02-22" in out.stdout.splitlines()[0]  # Thursdays, newest first
    row = next(line for line in out.stdout.splitlines() if line.split()[:1] == ["09:00"])
    assert row.split()[1:5] == ["100.0", "180", "14", "14"]
