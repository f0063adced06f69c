"""softphone.locale_format: times, dates, numbers and percentages in the default locale."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QLocale

from softphone import locale_format as lf

# 3 December 2024, 09:05:07 local time
TS = datetime(2024, 12, 3, 9, 5, 7).timestamp()


@pytest.fixture
def in_locale(qapp):
    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(QLocale("en_GB"))


@pytest.mark.parametrize(
    ("name", "clock", "with_seconds", "day", "short_day"),
    [
        ("en_GB", "09:05", "09:05:07", "03/12/2024", "3 Dec"),
        ("pl_PL", "09:05", "09:05:07", "3.12.2024", "3 gru"),
        ("da_DK", "09.05", "09.05.07", "03.12.2024", "3 dec."),
        ("ru_RU", "09:05", "09:05:07", "03.12.2024", "3 дек."),
    ],
)
def test_times_and_dates(in_locale, name, clock, with_seconds, day, short_day):
    in_locale(name)
    assert lf.clock(TS) == clock
    assert lf.clock(TS, seconds=True) == with_seconds
    assert lf.day(TS) == day
    assert lf.short_day(TS) == short_day
    assert lf.day_and_time(TS) == f"{day} {clock}"
    assert lf.day_and_time(TS, seconds=True) == f"{day} {with_seconds}"
    assert lf.iso_day("2024-12-03") == day
    assert lf.time_of_day(13, 30) == clock.replace("09", "13").replace("05", "30")


@pytest.mark.parametrize(
    ("name", "number", "big", "percent", "whole_percent", "monday"),
    [
        ("en_GB", "1,234.5", "1,234,567.25", "87.5 %", "88 %", "Mon"),
        ("pl_PL", "1234,5", "1\N{NBSP}234\N{NBSP}567,25", "87,5 %", "88 %", "pon."),
        ("da_DK", "1.234,5", "1.234.567,25", "87,5 %", "88 %", "man."),
        ("ru_RU", "1\N{NBSP}234,5", "1\N{NBSP}234\N{NBSP}567,25", "87,5 %", "88 %", "пн"),
    ],
)
def test_numbers_and_percentages(in_locale, name, number, big, percent, whole_percent, monday):
    in_locale(name)
    assert lf.number(1234.5, 1) == number
    assert lf.number(1234567.25, 2) == big
    assert lf.percent(0.875) == percent
    assert lf.percent(0.875, 0) == whole_percent
    assert lf.weekday(0) == monday
    point = QLocale().decimalPoint()
    assert lf.number(4 / 3, 2) == f"1{point}33"
    assert lf.number(4.125, 2) == f"4{point}12"  # rounded as f"{4.125:.2f}"
    assert lf.percent(0.925, 0) == "92 %"  # as round(92.5)


def test_shortest_numbers_and_what_is_not_a_day(in_locale):
    in_locale("pl_PL")
    assert (lf.number(5.0), lf.number(2.5), lf.number(30)) == ("5", "2,5", "30")
    assert lf.iso_day("…") == "…"
    in_locale("en_GB")
    assert (lf.number(5.0), lf.number(2.5)) == ("5", "2.5")
    assert lf.percent(0.8881) == "88.8 %" and lf.percent(0.0) == "0.0 %"


def test_english_is_back_after_each_test():
    assert QLocale().name() == "en_GB"
