"""The plan's intervals as a table: contacts and handle time editable (typed-in figures),
the rest computed by the server; the gap (logged in − to schedule) coloured when short."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont

from shared import protocol as p
from softphone import locale_format
from supervisor_app.presentation import CRITICAL_COLOUR, format_duration


class Column(IntEnum):
    START = 0
    CONTACTS = 1
    AHT = 2
    NEEDED = 3
    SCHEDULED = 4
    SERVICE_LEVEL = 5
    P_WAIT = 6
    ASA = 7
    OCCUPANCY = 8
    LOGGED_IN = 9
    GAP = 10


def _headers() -> list[str]:
    translate = QCoreApplication.translate
    return [
        translate("StaffingModel", "From"),
        translate("StaffingModel", "Contacts"),
        translate("StaffingModel", "Handle time"),
        translate("StaffingModel", "Needed"),
        translate("StaffingModel", "To schedule"),
        translate("StaffingModel", "Service level"),
        translate("StaffingModel", "P(wait)"),
        translate("StaffingModel", "Speed of answer"),
        translate("StaffingModel", "Occupancy"),
        translate("StaffingModel", "Logged in"),
        translate("StaffingModel", "Gap"),
    ]


def percent(x: float) -> str:
    return locale_format.percent(x, 1)


def start(interval: p.StaffingInterval) -> str:
    """The interval's start (the server's local ``HH:MM``) as a time of day of the locale."""
    hour, _, minute = interval.start.partition(":")
    return locale_format.time_of_day(int(hour), int(minute or 0))


def gap(interval: p.StaffingInterval) -> int | None:
    """Logged in minus to schedule (negative: short), for intervals begun today."""
    return None if interval.logged_in is None else interval.logged_in - interval.scheduled


class StaffingModel(QAbstractTableModel):
    # the interval, and the typed-in contacts / handle time (None: from the history)
    override_edited = Signal(int, float, float)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.intervals: list[p.StaffingInterval] = []

    def set_plan(self, plan: p.StaffingPlan) -> None:
        self.beginResetModel()
        self.intervals = list(plan.intervals)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.intervals)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _headers()[section]
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.column() in (Column.CONTACTS, Column.AHT):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        i = self.intervals[index.row()]
        col = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(i, col)
        if role == Qt.ItemDataRole.EditRole:
            return {Column.CONTACTS: i.contacts, Column.AHT: i.aht}.get(col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col != Column.START:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and i.typed_in and col in (Column.CONTACTS, Column.AHT):
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and col == Column.GAP:
            g = gap(i)
            return QColor(CRITICAL_COLOUR) if g is not None and g < 0 else None
        if role == Qt.ItemDataRole.ToolTipRole and i.typed_in:
            return QCoreApplication.translate("StaffingModel", "Typed in, not from the history")
        return None

    @staticmethod
    def _text(i: p.StaffingInterval, col: Column) -> str:
        match col:
            case Column.START:
                return start(i)
            case Column.CONTACTS:
                return locale_format.number(i.contacts, 1)
            case Column.AHT:
                return format_duration(i.aht)
            case Column.NEEDED:
                return str(i.needed)
            case Column.SCHEDULED:
                return str(i.scheduled)
            case Column.SERVICE_LEVEL:
                return percent(i.service_level)
            case Column.P_WAIT:
                return percent(i.p_wait)
            case Column.ASA:
                return "∞" if i.asa is None else f"{locale_format.number(i.asa, 1)} s"
            case Column.OCCUPANCY:
                return percent(i.occupancy)
            case Column.LOGGED_IN:
                return "" if i.logged_in is None else str(i.logged_in)
            case Column.GAP:
                g = gap(i)
                return "" if g is None else f"{g:+d}"

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or index.column() not in (Column.CONTACTS, Column.AHT):
            return False
        try:
            number = float(str(value).replace(",", "."))
        except ValueError:
            return False
        i = self.intervals[index.row()]
        if index.column() == Column.CONTACTS and number >= 0:
            self.override_edited.emit(index.row(), number, i.aht)
            return True
        if index.column() == Column.AHT and number > 0:
            self.override_edited.emit(index.row(), i.contacts, number)
            return True
        return False
