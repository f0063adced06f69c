"""A report of a centre with 2,000 agents (each with its own conversations) still comes
as one frame over a real websocket: the per-agent rows of the fewest conversations are
left out and counted, never the reply (it was ``reply too large`` above ~1,100 agents)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from shared import protocol as p
from shared.demo.seed import seed_demo
from shared.server.app import RoutingServer
from shared.server.config import ServerConfig
from shared.server.reports.desk import fit_frame
from tests.support.bots import staff
from tests.support.history import Past, add_past

ZONE = ZoneInfo("Europe/Warsaw")
AGENTS = 2000


def t(hh: int, mm: int = 0, ss: int = 0) -> float:
    return datetime(2024, 3, 4, hh, mm, ss, tzinfo=ZONE).timestamp()


@pytest.fixture
async def server(tmp_path):
    config = ServerConfig(
        data_dir=str(tmp_path / "cc-data"), port=0, telephony=False, timezone="Europe/Warsaw"
    )
    server = RoutingServer(config, lambda: t(23))
    await server.start(seed_demo)

    def many(db):
        db.conn.executemany(
            "INSERT INTO users (username, display_name, role, password_hash)"
            " VALUES (?, ?, 'agent', 'x')",
            [(f"a{k:04d}", f"Agent {k}") for k in range(AGENTS)],
        )
        n = 0
        for k in range(AGENTS):
            for _ in range(1 + (k < 10) * 5):  # the first ten are the busiest
                n += 1
                add_past(db, Past(f"m{n}", t(8) + n, agent=f"a{k:04d}", talk=30, wrapup=5))

    await server.store.write(many)
    try:
        yield server
    finally:
        await server.stop()


async def test_thousands_of_agents_fit_one_reply_busiest_first(server):
    admin, _ = await staff(f"ws://127.0.0.1:{server.port}/ws", "admin")
    r = await admin.request(p.RunReport(id=0, date_from="2024-03-04", date_to="2024-03-04"))
    assert r.totals.offered == AGENTS + 50
    assert r.by_agent_omitted > 0 and len(r.by_agent) + r.by_agent_omitted == AGENTS
    assert len(p.encode(r)) <= p.MAX_SERVER_FRAME_BYTES
    busiest = {f"a{k:04d}" for k in range(10)}
    assert busiest <= {row.agent for row in r.by_agent}
    assert sum(row.figures.offered for row in r.by_agent) == len(r.by_agent) + 50
    await admin.close()


def test_a_small_report_is_left_as_it_is():
    r = p.ReportResult(
        id=1,
        settings=p.ReportSettings(
            date_from="2024-03-04", date_to="2024-03-04", start=0, end=1, timezone="UTC",
            service_level_seconds=20, short_abandon_seconds=5, fcr_days=7,
        ),
        totals=p.ReportFigures(),
        failure_demand=p.FailureDemand(window_days=7),
    )  # fmt: skip
    assert fit_frame(r) is r and r.by_agent_omitted == 0
