"""A breakdown of a report as a table: its key columns, then the figures."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from shared import protocol as p
from softphone import locale_format
from supervisor_app.reports.presentation import WEEKDAYS, seconds, share

translate = QCoreApplication.translate


def figure_columns(
    display: bool = True,
) -> list[tuple[str, Callable[[p.ReportFigures], str], Callable]]:
    """(header, text, sort value) of each figure column; the texts in the default locale
    (``display``), or as written to a file."""
    return [
        (translate("ReportModel", "Offered"), lambda f: str(f.offered), lambda f: f.offered),
        (translate("ReportModel", "Answered"), lambda f: str(f.answered), lambda f: f.answered),
        (translate("ReportModel", "Abandoned"), lambda f: str(f.abandoned - f.abandoned_short),
         lambda f: f.abandoned - f.abandoned_short),
        (translate("ReportModel", "Short abandons"), lambda f: str(f.abandoned_short), lambda f: f.abandoned_short),
        (translate("ReportModel", "Service level"), lambda f: share(f.service_level, display=display), lambda f: f.service_level),
        (translate("ReportModel", "Speed of answer"), lambda f: seconds(f.average_speed_of_answer),
         lambda f: f.average_speed_of_answer),
        (translate("ReportModel", "Handle time"), lambda f: seconds(f.average_handle_time),
         lambda f: f.average_handle_time),
        (translate("ReportModel", "Wrap-up time"), lambda f: seconds(f.average_wrapup_time),
         lambda f: f.average_wrapup_time),
        (translate("ReportModel", "Transfer rate"), lambda f: share(f.transfer_rate, display=display), lambda f: f.transfer_rate),
        (translate("ReportModel", "First-contact resolution"), lambda f: share(f.first_contact_resolution, display=display),
         lambda f: f.first_contact_resolution),
        (translate("ReportModel", "Self-service"), lambda f: str(f.kb_self_service), lambda f: f.kb_self_service),
    ]  # fmt: skip


def _hour(hour: int | None, minute: int, display: bool) -> str:
    if hour is None:
        return ""
    return locale_format.time_of_day(hour, minute) if display else f"{hour:02d}:{minute:02d}"


def _weekday(weekday: int | None, display: bool) -> str:
    if weekday is None:
        return ""
    return locale_format.weekday(weekday) if display else WEEKDAYS[weekday]


# (header, text (row, display), sort value of a row when the text does not sort)
KEYS: dict[str, tuple[str, Callable[[p.ReportRow, bool], str], Callable | None]] = {
    "topic": ("Topic", lambda r, d: r.topic_name or r.topic, None),
    "channel": ("Channel", lambda r, d: r.channel, None),
    "agent": ("Agent", lambda r, d: r.agent_name or r.agent, None),
    "hour": ("Hour", lambda r, d: _hour(r.hour, 0, d), lambda r: r.hour),
    "weekday": ("Weekday", lambda r, d: _weekday(r.weekday, d), lambda r: r.weekday),
    "half_hour": (
        "From",
        lambda r, d: _hour(
            None if r.half_hour is None else r.half_hour // 2,
            0 if r.half_hour is None else r.half_hour % 2 * 30,
            d,
        ),
        lambda r: r.half_hour,
    ),
}


class ReportRowsModel(QAbstractTableModel):
    def __init__(self, keys: list[str], parent=None) -> None:
        super().__init__(parent)
        self.keys = keys
        self.columns = figure_columns()
        self.file_columns = figure_columns(display=False)
        self.rows: list[p.ReportRow] = []

    def set_rows(self, rows: list[p.ReportRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def headers(self) -> list[str]:
        return [translate("ReportModel", KEYS[k][0]) for k in self.keys] + [
            c[0] for c in self.columns
        ]

    def text(self, row: int, column: int, display: bool = True) -> str:
        """The cell as shown (``display``, in the default locale) or as exported."""
        r = self.rows[row]
        if column < len(self.keys):
            return KEYS[self.keys[column]][1](r, display)
        columns = self.columns if display else self.file_columns
        return columns[column - len(self.keys)][1](r.figures)

    def sort_value(self, row: int, column: int):
        r = self.rows[row]
        if column < len(self.keys):
            key = KEYS[self.keys[column]][2]
            if key is not None:
                value = key(r)
                return -1 if value is None else value
            return self.text(row, column)
        value = self.columns[column - len(self.keys)][2](r.figures)
        return -1.0 if value is None else value

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.keys) + len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(index.row(), index.column())
        if role == Qt.ItemDataRole.UserRole:
            return self.sort_value(index.row(), index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= len(self.keys):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
