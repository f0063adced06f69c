"""A scripted day of interactions whose every report figure is known by construction
(tests/integration/test_reports.py). Tuesday 2026-03-10 in Europe/Warsaw (UTC+1).

    c1 call  tax     +48111  09:00:00 answered +10 s (rita), talk 300 s, wrap-up 60 s, resolved
    c2 call  tax     +48111  11:00:00 answered +30 s (rita), talk 600, wrap-up 120, resolved
                             (a repeat of c1 within 7 days: c1 is no first-contact resolution)
    c3 chat  permits web-T1  12:00:00 left after 3 s (a short abandon)
    c4 call  permits +48222  12:30:00 left after 60 s (repeated by c9, the next night)
    c5 chat  permits web-T2  14:00:00 answered +5 s (rob), transferred to vera at 14:02,
                             talk 600 s; rob's wrap-up (first) not resolved, vera's 60 s later
    c7 call  tax     +48444  16:00:00 answered +4 s (rob); the server restarted at 16:20:04
                             (the call ended, restore.py's LOST_CALL), wrap-up 60 s, resolved
    c6 call  tax     +48333  23:58:00 answered +20 s (carl), talk to 00:03:20, wrap-up 60 s
    c9 call  permits +48222  next day 01:00:00, left after 10 s
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from sqlite_utils import Database

from shared.server.restore import LOST_CALL
from shared.server.sql import interactions as si
from shared.server.sql import participants as sp

TZ_NAME = "Europe/Warsaw"
TZ = ZoneInfo(TZ_NAME)
DAY = "2026-03-10"
NEXT = "2026-03-11"
CONFIG = f'timezone = "{TZ_NAME}"\nservice_level_seconds = 20.0\nshort_abandon_seconds = 5.0\n'


def at(hhmmss: str, day: str = DAY) -> float:
    return dt.datetime.fromisoformat(f"{day}T{hhmmss}").replace(tzinfo=TZ).timestamp()


def _users(db: Database) -> None:
    for name, role in (("rita", "agent"), ("rob", "agent"), ("carl", "agent"), ("vera", "expert")):
        db.execute(
            "INSERT OR IGNORE INTO users (username, display_name, role, password_hash)"
            " VALUES (?, ?, ?, 'x')",
            [name, name.title(), role],
        )
    for tid, name in (("tax", "Local taxes"), ("permits", "Building permits")):
        db.execute("INSERT OR IGNORE INTO topics (id, name) VALUES (?, ?)", [tid, name])


def _answered(db, iid, agent, ts) -> None:
    si.set_interaction_state(db, iid, "offered", ts - 1, agent=agent)
    si.set_interaction_state(db, iid, "active", ts, agent=agent)
    sp.joined(db, iid, agent, "owner", ts)


def _finish(db, iid, agent, talk_end, wrap_at, resolved, reason="") -> None:
    si.set_interaction_state(db, iid, "wrap_up", talk_end, reason=reason)
    si.save_wrapup(db, iid, agent, "", "", resolved, wrap_at, close=False)
    si.set_interaction_state(db, iid, "closed", wrap_at)


def seed(db: Database) -> None:
    _users(db)
    call = dict(first_message=None)
    si.create_interaction(
        db, "c1", "voice", "tax", "", "call:c1", 0, at("09:00:00"), **call, caller="+48111"
    )  # noqa: E501
    _answered(db, "c1", "rita", at("09:00:10"))
    _finish(db, "c1", "rita", at("09:05:10"), at("09:06:10"), True)
    si.create_interaction(
        db, "c2", "voice", "tax", "", "call:c2", 0, at("11:00:00"), **call, caller="+48111"
    )  # noqa: E501
    _answered(db, "c2", "rita", at("11:00:30"))
    _finish(db, "c2", "rita", at("11:10:30"), at("11:12:30"), True)
    si.create_interaction(db, "c3", "chat", "permits", "Jo", "T1" * 32, 0, at("12:00:00"), "hi")
    si.set_interaction_state(db, "c3", "abandoned", at("12:00:03"))
    si.create_interaction(
        db, "c4", "voice", "permits", "", "call:c4", 0, at("12:30:00"), **call, caller="+48222"
    )  # noqa: E501
    si.set_interaction_state(db, "c4", "abandoned", at("12:31:00"))
    si.create_interaction(db, "c5", "chat", "permits", "Al", "T2" * 32, 0, at("14:00:00"), "hi")
    _answered(db, "c5", "rob", at("14:00:05"))
    sp.left(db, "c5", "rob", at("14:02:00"), "transferred")
    sp.joined(db, "c5", "vera", "owner", at("14:02:00"))
    si.count_second_line(db, "c5", transfers=1)
    si.save_wrapup(db, "c5", "rob", "", "", False, at("14:03:00"), close=False)
    si.set_interaction_state(db, "c5", "wrap_up", at("14:10:05"), agent="vera")
    si.save_wrapup(db, "c5", "vera", "", "", True, at("14:11:05"), close=False)
    si.set_interaction_state(db, "c5", "closed", at("14:11:05"))
    si.create_interaction(
        db, "c7", "voice", "tax", "", "call:c7", 0, at("16:00:00"), **call, caller="+48444"
    )  # noqa: E501
    _answered(db, "c7", "rob", at("16:00:04"))
    _finish(db, "c7", "rob", at("16:20:04"), at("16:21:04"), True, reason=LOST_CALL)
    si.create_interaction(
        db, "c6", "voice", "tax", "", "call:c6", 0, at("23:58:00"), **call, caller="+48333"
    )  # noqa: E501
    _answered(db, "c6", "carl", at("23:58:20"))
    _finish(db, "c6", "carl", at("00:03:20", NEXT), at("00:04:20", NEXT), True)
    si.create_interaction(
        db,
        "c9",
        "voice",
        "permits",
        "",
        "call:c9",
        0,
        at("01:00:00", NEXT),
        **call,
        caller="+48222",
    )  # noqa: E501
    si.set_interaction_state(db, "c9", "abandoned", at("01:00:10", NEXT))


# The figures of DAY, by construction (see the table above).
TOTALS = dict(
    offered=7, answered=5, answered_in_threshold=4, abandoned=2, abandoned_short=1,
    handled=5, transferred=1, second_line=1, wrapups=5, resolved_first_contact=3,
    repeat_contacts=2, wait_answered_seconds=69.0, handle_seconds=3360.0,
    talk_seconds=3000.0, wrapup_seconds=360.0, service_level=4 / 6,
    abandonment_rate=1 / 6, average_speed_of_answer=13.8, average_handle_time=672.0,
    average_talk_time=600.0, average_wrapup_time=72.0, transfer_rate=0.2,
    first_contact_resolution=0.6,
)  # fmt: skip
