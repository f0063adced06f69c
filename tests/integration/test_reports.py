"""Reports over a scripted day whose every figure is known by construction
(tests/support/report_day.py): the engine, the CSV, the CLI and ``report.run`` against
a real server give exactly those figures (issue 10, "Reports")."""

from __future__ import annotations

import csv
import io
import subprocess
import sys

import pytest

from shared import protocol as p
from shared.server.config import load_config
from shared.server.reports.desk import query_for
from shared.server.reports.export import COLUMNS, write_csv
from shared.server.reports.run import run_report
from shared.server.store import Store, writer_database
from tests.support import report_day as day
from tests.support.bots import staff
from tests.support.server import ROOT, ServerProcess


@pytest.fixture
def seeded(tmp_path):
    cfg = tmp_path / "cc.toml"
    cfg.write_text(day.CONFIG)
    data = tmp_path / "data"
    with writer_database(data / "cc.db") as db:
        day.seed(db)
    return data, cfg


def _config(data, cfg):
    return load_config(cfg, data_dir=str(data))


async def _report(data, cfg, first=day.DAY, last=day.DAY, **kw) -> p.ReportResult:
    store = Store(data / "cc.db", read_only=True)
    await store.open()
    try:
        return await store.read(
            run_report, query_for(_config(data, cfg), first, last, 7, **kw), 0.0
        )
    finally:
        await store.close()


def _assert_totals(f: p.ReportFigures, expected: dict) -> None:
    for name, value in expected.items():
        assert getattr(f, name) == pytest.approx(value), name


async def test_the_engine_gives_the_scripted_days_figures(seeded):
    r = await _report(*seeded)
    _assert_totals(r.totals, day.TOTALS)
    assert r.settings.timezone == day.TZ_NAME and r.settings.fcr_days == 7
    topics = {row.topic: row.figures for row in r.by_topic}
    assert topics["tax"].offered == 4 and topics["tax"].resolved_first_contact == 3
    assert topics["permits"].offered == 3 and topics["permits"].abandoned == 2
    assert topics["permits"].abandoned_short == 1 and topics["permits"].transferred == 1
    cells = {(row.topic, row.channel): row.figures.offered for row in r.by_topic_channel}
    assert cells == {("tax", "voice"): 4, ("permits", "chat"): 2, ("permits", "voice"): 1}
    agents = {row.agent: (row.figures.answered, row.agent_name) for row in r.by_agent}
    assert agents == {"rita": (2, "Rita"), "rob": (2, "Rob"), "carl": (1, "Carl")}
    # across midnight: c6 counts on the day it arrived, in hour 23
    hours = [row.figures.offered for row in r.by_hour]
    assert len(hours) == 24 and hours[23] == 1 and hours[9] == 1 and hours[12] == 2
    assert sum(hours) == 7
    assert [row.figures.offered for row in r.by_weekday] == [0, 7, 0, 0, 0, 0, 0]
    curve = {row.half_hour: row.figures.offered for row in r.day_curve if row.figures.offered}
    assert curve == {18: 1, 22: 1, 24: 1, 25: 1, 28: 1, 32: 1, 47: 1}
    heat = {(row.weekday, row.hour): row.figures.offered for row in r.hour_weekday}
    assert heat == {(1, 9): 1, (1, 11): 1, (1, 12): 2, (1, 14): 1, (1, 16): 1, (1, 23): 1}
    # the drill-down filter of a cell
    cell = next(row for row in r.hour_weekday if row.hour == 12)
    assert cell.filter == p.ReportFilter(
        date_from=day.DAY, date_to=day.DAY, hour_of_day=12, weekday=1
    )
    assert r.by_topic[0].filter.topic == r.by_topic[0].topic
    assert [row.topic for row in r.hardest_by_handle] == ["tax", "permits"]  # 672.5 vs 660
    assert [row.topic for row in r.hardest_by_transfers] == ["permits"]
    assert [row.topic for row in r.hardest_by_fcr] == ["permits", "tax"]  # 0 vs 0.75
    fd = r.failure_demand
    assert (fd.contacts, fd.repeat_contacts, fd.citizens_repeating) == (7, 2, 2)
    assert {(t.topic, t.repeat_contacts, t.contacts) for t in fd.topics} == {
        ("tax", 1, 4),
        ("permits", 1, 3),
    }
    assert sorted(c.citizen for c in fd.citizens) == ["…111", "…222"]  # masked


async def test_the_next_day_and_filters(seeded):
    both = await _report(*seeded, last=day.NEXT)
    assert both.totals.offered == 8 and both.totals.abandoned == 3
    assert both.totals.repeat_contacts == 2  # c9 has no later repeat
    assert [row.figures.offered for row in both.by_weekday][:3] == [0, 7, 1]
    tax = await _report(*seeded, topic="tax")
    assert tax.totals.offered == 4 and tax.totals.handled == 4
    chats = await _report(*seeded, channel="chat")
    assert chats.totals.offered == 2 and chats.totals.abandoned_short == 1
    rob = await _report(*seeded, agent="rob")
    assert rob.totals.offered == 2 and rob.totals.transferred == 1
    with pytest.raises(ValueError):
        query_for(_config(*seeded), day.NEXT, day.DAY, 7)


def _csv_rows(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


async def test_the_csv_has_one_row_per_conversation(seeded):
    data, cfg = seeded
    store = Store(data / "cc.db", read_only=True)
    await store.open()
    out = io.StringIO()
    try:
        q = query_for(_config(data, cfg), day.DAY, day.DAY, 7)
        assert await store.read(write_csv, q, out) == 7
    finally:
        await store.close()
    assert out.getvalue().splitlines()[0] == ",".join(COLUMNS)
    rows = {r["id"]: r for r in _csv_rows(out.getvalue())}
    assert list(rows) == ["c1", "c2", "c3", "c4", "c5", "c7", "c6"]  # by arrival
    c6 = rows["c6"]
    assert c6["arrived"] == "2026-03-10 23:58:00" and c6["closed"] == "2026-03-11 00:04:20"
    assert (c6["wait_seconds"], c6["handle_seconds"], c6["in_service_level"]) == ("20", "360", "1")
    assert rows["c3"]["outcome"] == "abandoned" and rows["c3"]["short_abandon"] == "1"
    assert rows["c4"]["short_abandon"] == "0" and rows["c4"]["repeat_within_window"] == "1"
    assert rows["c1"]["resolved_first_contact"] == "0"  # the citizen called again
    assert rows["c5"]["transferred"] == "1" and rows["c5"]["first_wrapup_resolved"] == "0"
    assert rows["c7"]["talk_seconds"] == "1200" and rows["c7"]["citizen"] == "…444"
    assert sum(r["resolved_first_contact"] == "1" for r in rows.values()) == 3


def test_the_cli_prints_the_figures_and_writes_the_csv(seeded, tmp_path):
    data, cfg = seeded
    out_csv = tmp_path / "day.csv"
    cmd = [sys.executable, "-m", "shared.server.cli", "report", "--from", day.DAY, "--to", day.DAY]
    cmd += ["--csv", str(out_csv), "--data-dir", str(data), "--config", str(cfg)]
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    total = next(line for line in lines if line.startswith("total"))
    assert total.split() == [
        "total", "7", "5", "2", "1", "66.7", "%", "13.8", "672.0", "72.0", "20.0", "%",
        "60.0", "%", "2",
    ]  # fmt: skip
    assert any(line.startswith("Local taxes") for line in lines)
    assert "2 of 7 contacts repeated within 7 days" in done.stdout
    assert len(_csv_rows(out_csv.read_text())) == 7
    hours = subprocess.run(
        [*cmd[:-4], "--by", "hour", "--data-dir", str(data), "--config", str(cfg)],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert hours.returncode == 0, hours.stderr
    assert (
        next(line for line in hours.stdout.splitlines() if line.startswith("23:00")).split()[1]
        == "1"
    )


async def test_report_run_over_the_real_server(seeded):
    data, cfg = seeded
    server = ServerProcess(data, config=day.CONFIG)
    server.start()
    try:
        sam, _ = await staff(server.url, "sam")
        anna, _ = await staff(server.url, "anna")
        admin, _ = await staff(server.url, "admin")
        try:
            r = await sam.request(p.RunReport(id=0, date_from=day.DAY, date_to=day.DAY))
            assert isinstance(r, p.ReportResult)
            _assert_totals(r.totals, day.TOTALS)
            assert r.by_agent == []  # rita, rob and carl are in none of sam's teams
            full = await admin.request(p.RunReport(id=0, date_from=day.DAY, date_to=day.DAY))
            assert [row.agent for row in full.by_agent] == ["rita", "rob", "carl"]
            _assert_totals(full.totals, day.TOTALS)
            with pytest.raises(p.ProtocolError) as scope:
                await sam.request(
                    p.RunReport(id=0, date_from=day.DAY, date_to=day.DAY, agent="rob")
                )
            assert scope.value.code == p.ErrorCode.NOT_YOUR_TEAM
            with pytest.raises(p.ProtocolError) as refused:
                await anna.request(p.RunReport(id=0, date_from=day.DAY, date_to=day.DAY))
            assert refused.value.code == p.ErrorCode.FORBIDDEN
            with pytest.raises(p.ProtocolError) as bad:
                await sam.request(p.RunReport(id=0, date_from="2026-13-01", date_to=day.DAY))
            assert bad.value.code == p.ErrorCode.INVALID_FORMAT
        finally:
            await sam.close()
            await anna.close()
            await admin.close()
    finally:
        server.stop()
