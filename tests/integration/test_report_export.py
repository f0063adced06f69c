"""The reports' CSV streams (a cursor, row by row: bounded memory whatever the period)
and self-service answers from the knowledge base are counted (issue 10, "Reports")."""

from __future__ import annotations

import inspect
import io

import pytest

from shared.server.config import load_config
from shared.server.reports.desk import query_for
from shared.server.reports.export import write_csv
from shared.server.reports.run import run_report
from shared.server.sql import reports as sql
from shared.server.store import writer_database
from tests.support import report_day as day


class Full(io.StringIO):
    """A destination that fills up after ``room`` rows (the header included)."""

    def __init__(self, room: int) -> None:
        super().__init__()
        self.room = room

    def write(self, s: str) -> int:
        if self.getvalue().count("\n") >= self.room:
            raise OSError("disk full")
        return super().write(s)


@pytest.fixture
def db(tmp_path):
    (tmp_path / "cc.toml").write_text(day.CONFIG)
    with writer_database(tmp_path / "cc.db") as db:
        day.seed(db)
        db.execute(
            "INSERT INTO articles (id, title, body, audience, status, revision, created_at,"
            " updated_at) VALUES ('rates', 'Tax rates', '…', 'public', 'published', 1, 0, 0)"
        )
        for ts, by, topic in ((day.at("08:00:00"), "citizen", "tax"),
                              (day.at("08:05:00"), "citizen", "tax"),
                              (day.at("08:10:00"), "agent", "tax"),  # an agent's: not self-service
                              (day.at("09:00:00"), "citizen", "permits"),
                              (day.at("00:30:00", day.NEXT), "citizen", "tax")):  # fmt: skip
            db.execute(
                "INSERT INTO kb_answers (article_id, by, topic, ts) VALUES ('rates', ?, ?, ?)",
                [by, topic, ts],
            )
        yield db, load_config(tmp_path / "cc.toml", data_dir=str(tmp_path))


def test_the_csv_is_written_as_the_cursor_yields(db):
    conn, config = db
    q = query_for(config, day.DAY, day.DAY, 7)
    rows = sql.conversation_facts(conn, q.period.start, q.period.end, 7 * 86400.0)
    assert inspect.isgenerator(rows)
    out = Full(room=3)
    with pytest.raises(OSError):
        write_csv(conn, q, out)
    # the header and two conversations went out before the third was written
    assert out.getvalue().splitlines()[1].startswith("c1,") and out.getvalue().count("\n") == 3


def test_self_service_answers_count_per_topic_and_in_the_totals(db):
    conn, config = db
    r = run_report(conn, query_for(config, day.DAY, day.DAY, 7), 0.0)
    assert r.totals.kb_self_service == 3
    assert {row.topic: row.figures.kb_self_service for row in r.by_topic} == {
        "tax": 2,
        "permits": 1,
    }
    assert r.totals.offered == 7  # self-service is no conversation
    tax = run_report(conn, query_for(config, day.DAY, day.NEXT, 7, topic="tax"), 0.0)
    assert tax.totals.kb_self_service == 3
