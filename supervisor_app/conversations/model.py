"""Search results as a table (one row per conversation, newest first)."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from shared import protocol as p
from softphone import locale_format
from supervisor_app.presentation import channel_label, format_duration


class Column(IntEnum):
    ARRIVED = 0
    CHANNEL = 1
    TOPIC = 2
    AGENTS = 3
    CITIZEN = 4
    WAIT = 5
    DURATION = 6
    TRANSFERRED = 7
    RESOLVED = 8
    RECORDING = 9


def when(ts: float | None) -> str:
    return "—" if ts is None else locale_format.day_and_time(ts, seconds=True)


class ConversationsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[p.ConversationRow] = []
        self.total = 0

    def set_rows(self, found: p.ConversationList) -> None:
        """A first page replaces the rows; a later one (offset > 0) adds to them."""
        if found.offset == 0:
            self.beginResetModel()
            self.rows = list(found.rows)
            self.endResetModel()
        elif found.rows:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(found.rows) - 1)
            self.rows.extend(found.rows)
            self.endInsertRows()
        self.total = found.total

    def update_row(self, row: p.ConversationRow) -> None:
        for k, r in enumerate(self.rows):
            if r.id == row.id:
                self.rows[k] = row
                self.dataChanged.emit(self.index(k, 0), self.index(k, len(Column) - 1))

    def row_at(self, index: QModelIndex) -> p.ConversationRow | None:
        return self.rows[index.row()] if index.isValid() else None

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        translate = QCoreApplication.translate
        return [
            translate("ConversationsModel", "Arrived"),
            translate("ConversationsModel", "Channel"),
            translate("ConversationsModel", "Topic and tags"),
            translate("ConversationsModel", "Agent"),
            translate("ConversationsModel", "Citizen"),
            translate("ConversationsModel", "Wait"),
            translate("ConversationsModel", "Duration"),
            translate("ConversationsModel", "Transferred"),
            translate("ConversationsModel", "Resolved"),
            translate("ConversationsModel", "Recording"),
        ][section]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        r = self.rows[index.row()]
        translate = QCoreApplication.translate
        yes, no = translate("ConversationsModel", "yes"), translate("ConversationsModel", "no")
        match Column(index.column()):
            case Column.ARRIVED:
                return when(r.arrived)
            case Column.CHANNEL:
                return channel_label(r.channel)
            case Column.TOPIC:
                rest = [t for t in r.tags if t != r.topic]
                return ", ".join([r.topic, *rest])
            case Column.AGENTS:
                return ", ".join(r.agents) or translate("ConversationsModel", "nobody (abandoned)")
            case Column.CITIZEN:
                return r.citizen_name or r.caller or "—"
            case Column.WAIT:
                return format_duration(r.wait)
            case Column.DURATION:
                return format_duration(r.duration)
            case Column.TRANSFERRED:
                return yes if r.transferred else no
            case Column.RESOLVED:
                return "—" if r.resolved is None else (yes if r.resolved else no)
            case Column.RECORDING:
                if r.recording_id is None:
                    return ""
                stereo = (
                    translate("ConversationsModel", "stereo") if r.recording_channels == 2 else ""
                )
                return f"{format_duration(r.recording_seconds)} {stereo}".strip()
