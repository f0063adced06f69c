"""A whole report read from one database snapshot: facts -> cells -> ``report.result``.
Runs on a store reader thread (``Store.read(run_report, ...)``) or any read connection."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import tzinfo

from sqlite_utils import Database

from shared import protocol as p
from shared.server import quality
from shared.server.reports.aggregate import Names, Thresholds, build, collect
from shared.server.reports.facts import ConversationFacts
from shared.server.reports.period import Period
from shared.server.sql import quality as quality_sql
from shared.server.sql import reports as sql
from shared.server.sql import users

DAY = 86400.0


@dataclass(frozen=True, slots=True)
class Query:
    period: Period
    tz: tzinfo | None
    timezone: str  # its name, for the settings shown
    thresholds: Thresholds
    topic: str = ""
    channel: str = ""
    agent: str = ""


def names_of(db: Database) -> Names:
    """Topic names and staff display names, as a report shows them."""
    return Names(
        topics={r[0]: r[1] for r in db.execute("SELECT id, name FROM topics").fetchall()},
        agents=users.display_names(db),
    )


def facts(db: Database, q: Query):
    for r in sql.conversation_facts(
        db, q.period.start, q.period.end, q.thresholds.fcr_days * DAY,
        topic=q.topic, channel=q.channel, agent=q.agent,
    ):  # fmt: skip
        yield ConversationFacts.from_row(r)


def run_report(db: Database, q: Query, now: float, request_id: int = 0) -> p.ReportResult:
    cells = collect(facts(db, q), q.tz, q.thresholds)
    if not q.agent and not q.channel:  # self-service has no agent and no channel
        for r in sql.kb_self_service(db, q.period.start, q.period.end):
            if not q.topic or r["topic"] == q.topic:
                cells.kb_by_topic[r["topic"]] = r["n"]
    names = names_of(db)
    t = q.thresholds
    settings = p.ReportSettings(
        date_from=q.period.first.isoformat(), date_to=q.period.last.isoformat(),
        start=q.period.start, end=q.period.end, timezone=q.timezone,
        service_level_seconds=t.service_level_seconds,
        short_abandon_seconds=t.short_abandon_seconds, fcr_days=t.fcr_days,
        topic=q.topic, channel=q.channel, agent=q.agent, generated_at=now,  # type: ignore[arg-type]
    )  # fmt: skip
    result = build(cells, q.period, settings, names, request_id)
    result.quality = quality_report(db, q, names=names)
    return result


def quality_report(
    db: Database, q: Query, visible: set[str] | None = None, names: Names | None = None
) -> p.QualityReport:
    """The scores of the evaluations of the period's conversations (``q.agent``: the
    evaluated agent); ``visible``: only those of these agents (a supervisor's teams:
    scores are per-person figures, unlike the counts)."""
    if names is None:
        names = names_of(db)
    found = quality_sql.evaluations(
        db, arrived_since=q.period.start, arrived_until=q.period.end,
        topic=q.topic or None, channel=q.channel or None, agent=q.agent or None,
    )  # fmt: skip
    if visible is not None:
        found = [e for e in found if e.agent in visible]
    titles = {c.key: c.title for c in quality_sql.criteria(db)}

    def wire(rows: list[quality.QualityRow], named: dict[str, str]) -> list[p.QualityAverage]:
        return [
            p.QualityAverage(
                key=r.key, name=named.get(r.key, ""), evaluations=r.evaluations,
                average=r.average, lowest=r.lowest, highest=r.highest,
            )
            for r in rows
        ]  # fmt: skip

    return p.QualityReport(
        evaluations=len(found),
        average=sum(e.total for e in found) / len(found) if found else None,
        by_agent=wire(quality.by_agent(found), names.agents),
        by_topic=wire(quality.by_topic(found), names.topics),
        by_criterion=wire(quality.by_criterion(found, quality_sql.criteria(db)), titles),
    )
