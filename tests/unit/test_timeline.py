"""An agent's presence today as segments (shared.server.timeline)."""

from __future__ import annotations

from shared.server.timeline import segments

DAY = 1_000_000.0


def row(ts, presence, reason="", by="ala"):
    return {"ts": ts, "presence": presence, "reason": reason, "changed_by": by}


def test_segments_start_at_midnight_and_join_repeats():
    rows = [
        row(DAY - 500, "not_ready", "Lunch"),  # what they were in at midnight
        row(DAY + 100, "available"),
        row(DAY + 200, "available"),  # the choice kept: no new segment
        row(DAY + 300, "not_ready", "Break", by="sam"),
        row(DAY + 400, "busy"),
    ]
    out = segments(rows, DAY, DAY + 1000)
    assert [(s.start, s.end, s.presence, s.reason) for s in out] == [
        (DAY, DAY + 100, "not_ready", "Lunch"),
        (DAY + 100, DAY + 300, "available", ""),
        (DAY + 300, DAY + 400, "not_ready", "Break"),
        (DAY + 400, DAY + 1000, "busy", ""),
    ]
    assert out[2].by == "sam"


def test_nothing_recorded_is_offline_all_day_and_a_late_start_offline_before():
    assert [(s.presence, s.start, s.end) for s in segments([], DAY, DAY + 50)] == [
        ("offline", DAY, DAY + 50)
    ]
    out = segments([row(DAY + 10, "available")], DAY, DAY + 50)
    assert [(s.presence, s.start, s.end) for s in out] == [
        ("offline", DAY, DAY + 10),
        ("available", DAY + 10, DAY + 50),
    ]


def test_segments_cover_the_day_without_gaps():
    rows = [row(DAY + t, st) for t, st in ((5, "available"), (5, "busy"), (9, "wrap_up"))]
    out = segments(rows, DAY, DAY + 20)
    assert out[0].start == DAY and out[-1].end == DAY + 20
    assert all(a.end == b.start for a, b in zip(out, out[1:], strict=False))
    assert [s.presence for s in out] == ["offline", "busy", "wrap_up"]
