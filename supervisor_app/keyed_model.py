"""A table model of structs keyed by one field: the wallboard's agents and queues.

Rows keep their arrival order (views sort through a proxy). ``reset`` replaces everything
from a snapshot; ``upsert`` applies one pushed change: a new key appends a row, a known
key repaints its row. Subclasses say which field is the key and what the columns are.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
)

Index = QModelIndex | QPersistentModelIndex


class KeyedTableModel(QAbstractTableModel):
    key_field = ""  # the struct field that identifies a row
    column_count = 0

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._order: list[str] = []
        self._rows: dict[str, int] = {}
        self._items: dict[str, Any] = {}

    def reset(self, items: Iterable[Any]) -> None:
        """Replace everything (a snapshot after subscribing or re-subscribing)."""
        self.beginResetModel()
        self._items = {getattr(item, self.key_field): item for item in items}
        self._order = list(self._items)
        self._rows = {key: row for row, key in enumerate(self._order)}
        self.endResetModel()

    def upsert(self, item: Any) -> None:
        key = getattr(item, self.key_field)
        row = self._rows.get(key)
        if row is None:
            row = len(self._order)
            self.beginInsertRows(QModelIndex(), row, row)
            self._order.append(key)
            self._rows[key] = row
            self._items[key] = item
            self.endInsertRows()
            return
        self._items[key] = item
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.column_count - 1))

    def extend(self, items: Iterable[Any]) -> None:
        """Append a page of rows at once (a snapshot that arrives in pages); known keys
        are repainted instead."""
        new: dict[str, Any] = {}
        for item in items:
            key = getattr(item, self.key_field)
            if key in self._rows:
                self.upsert(item)
            else:
                new[key] = item
        if not new:
            return
        first = len(self._order)
        self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
        for key, item in new.items():
            self._rows[key] = len(self._order)
            self._order.append(key)
            self._items[key] = item
        self.endInsertRows()

    def item(self, key: str) -> Any | None:
        return self._items.get(key)

    def items(self) -> list[Any]:
        return [self._items[key] for key in self._order]

    def item_at(self, row: int) -> Any | None:
        return self._items[self._order[row]] if 0 <= row < len(self._order) else None

    def row_of(self, key: str) -> int:
        return self._rows.get(key, -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.column_count


class SettableFilterProxy(QSortFilterProxyModel):
    """A proxy whose filter is a few attributes: ``_change_filter(name=value)`` sets them
    and re-filters the rows once (Qt 6.10's begin/endFilterChange, else the old call)."""

    def _change_filter(self, **settings: Any) -> None:
        if hasattr(self, "endFilterChange"):
            self.beginFilterChange()
            self._set(settings)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - PySide6 < 6.10
            self._set(settings)
            self.invalidateRowsFilter()

    def _set(self, settings: dict[str, Any]) -> None:
        for name, value in settings.items():
            setattr(self, name, value)
