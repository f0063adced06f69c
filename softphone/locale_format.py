"""Values formatted for display in the default locale (``QLocale()``).

``softphone.ui_language.install`` makes the locale of the app's language the default one,
so times, dates, numbers and percentages shown with these functions follow it: ``09:05``
or ``09.05``, ``03/12/2024`` or ``3.12.2024``, ``1,234.5`` or ``1234,5``, ``87.5 %`` or
``87,5 %``. Timestamps are epoch seconds, shown in local time.

Only for what a person reads in a widget: requests to the server, files (CSV exports,
file names) and logs keep their fixed, locale-free formats.

Durations keep their clock style, digits only (``softphone.presence.format_duration``:
``0:07``, ``12:05``, ``1:02:03``); a duration with decimals is a ``number`` followed by
its unit.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime

__all__ = [
    "clock",
    "date_of",
    "day",
    "day_and_time",
    "iso_day",
    "number",
    "percent",
    "short_day",
    "time_of_day",
    "weekday",
]

_SHORT = QLocale.FormatType.ShortFormat


def _datetime(ts: float) -> QDateTime:
    return QDateTime.fromMSecsSinceEpoch(round(ts * 1000))


def _time_format(seconds: bool) -> str:
    """The locale's short time format, with seconds after the minutes if asked
    (``HH:mm`` → ``HH:mm:ss``, ``HH.mm`` → ``HH.mm.ss``, ``h:mm AP`` → ``h:mm:ss AP``)."""
    fmt = QLocale().timeFormat(_SHORT)
    if not seconds or "s" in fmt:
        return fmt
    at = fmt.find("mm")
    if at < 0:
        return fmt
    separator = fmt[at - 1] if at > 0 and fmt[at - 1] not in "hHm" else ":"
    return fmt[: at + 2] + separator + "ss" + fmt[at + 2 :]


def _time(t: QTime, seconds: bool) -> str:
    return QLocale().toString(t, _time_format(seconds))


def clock(ts: float, seconds: bool = False) -> str:
    """The time of day of ``ts``: ``09:05`` (en, pl, ru), ``09.05`` (da); with
    ``seconds``, ``09:05:07``."""
    return _time(_datetime(ts).time(), seconds)


def time_of_day(hour: int, minute: int = 0) -> str:
    """A time of day given as hour and minute (a report's ``09:00``, ``13:30``)."""
    return _time(QTime(hour, minute), False)


def day(ts: float) -> str:
    """The date of ``ts``, short: ``03/12/2024`` (en_GB), ``3.12.2024`` (pl)."""
    return QLocale().toString(_datetime(ts).date(), _SHORT)


def short_day(ts: float) -> str:
    """Day and month of ``ts``: ``3 Dec``, ``3 gru``, ``3 дек.``."""
    return QLocale().toString(_datetime(ts).date(), "d MMM")


def day_and_time(ts: float, seconds: bool = False) -> str:
    """``03/12/2024 09:05`` (en_GB), ``3.12.2024 09:05`` (pl)."""
    return f"{day(ts)} {clock(ts, seconds)}"


def date_of(d: QDate) -> str:
    """A ``QDate``, short, as ``day``."""
    return QLocale().toString(d, _SHORT)


def weekday(index: int) -> str:
    """A weekday's short name, ``index`` 0 for Monday: ``Mon``, ``pon.``, ``man.``, ``пн``."""
    return QLocale().dayName(index + 1, _SHORT)


def iso_day(text: str) -> str:
    """A ``yyyy-MM-dd`` day (as the server writes days), short, as ``day``; any other
    text as it is."""
    d = QDate.fromString(text, Qt.DateFormat.ISODate)
    return date_of(d) if d.isValid() else text


def number(x: float, decimals: int | None = None) -> str:
    """``x`` with ``decimals`` digits after the locale's decimal sign and its group
    separators: ``1,234.5`` (en), ``1234,5`` (pl), ``1.234,5`` (da). ``decimals=None``:
    as few digits as needed (``5``, ``2,5``)."""
    if decimals is None:
        return QLocale().toString(
            float(x), "g", QLocale.FloatingPointPrecisionOption.FloatingPointShortest
        )
    # Rounded as Python's f"{x:.2f}" (the exact binary value, ties to even: 4.125 → 4.12),
    # then written by the locale; the rounded value converts back exactly.
    return QLocale().toString(float(f"{x:.{decimals}f}"), "f", decimals)


def percent(share: float, decimals: int = 1) -> str:
    """A share (0.875) as a percentage, a space before the sign: ``87.5 %``, ``87,5 %``."""
    return f"{number(100 * share, decimals)} {QLocale().percent()}"
