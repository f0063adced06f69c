"""The queue table's model: one row per topic, keyed by topic id.

Fed by ``supervisor.snapshot`` and the queues in pushed ``supervisor.update`` events; the longest wait is
computed from ``oldest_since`` and refreshed by ``tick()``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QFont

from shared import protocol as p
from supervisor_app.agent_model import SORT_ROLE
from supervisor_app.keyed_model import Index, KeyedTableModel
from supervisor_app.presentation import format_duration, format_share, wait_background

TOPIC_ROLE = Qt.ItemDataRole.UserRole + 2


def FREE_TO_TAKE_WORK() -> str:  # noqa: N802 - a translated constant
    """The tile and the column say the same, and count the same (AgentStatus.ready)."""
    return QCoreApplication.translate("Wallboard", "Free to take work")


def FREE_TO_TAKE_WORK_TIP() -> str:  # noqa: N802
    return QCoreApplication.translate(
        "Wallboard",
        "Connected agents who chose Available, owe no wrap-up and have room for one more"
        " conversation on some channel: the routing would offer them one now",
    )


class QueueColumn(IntEnum):
    TOPIC = 0
    WAITING = 1
    LONGEST = 2
    AVAILABLE = 3
    LOGGED_IN = 4
    SELF_SERVICE = 5
    SERVICE_LEVEL = 6
    ABANDONED = 7
    ASA = 8
    AHT = 9


class QueueModel(KeyedTableModel):
    key_field = "topic"
    column_count = len(QueueColumn)

    def __init__(
        self, parent: QObject | None = None, clock: Callable[[], float] = time.time
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._headers = {
            QueueColumn.TOPIC: self.tr("Topic"),
            QueueColumn.WAITING: self.tr("Waiting"),
            QueueColumn.LONGEST: self.tr("Longest wait"),
            QueueColumn.AVAILABLE: FREE_TO_TAKE_WORK(),
            QueueColumn.LOGGED_IN: self.tr("Logged in"),
            QueueColumn.SELF_SERVICE: self.tr("Self-service today"),
            QueueColumn.SERVICE_LEVEL: self.tr("Service level"),
            QueueColumn.ABANDONED: self.tr("Abandoned"),
            QueueColumn.ASA: self.tr("Avg. answer"),
            QueueColumn.AHT: self.tr("Avg. handling"),
        }
        self._header_tips = {
            QueueColumn.AVAILABLE: FREE_TO_TAKE_WORK_TIP(),
            QueueColumn.SERVICE_LEVEL: self.tr(
                "Today: share answered within the threshold (short abandons not counted)"
            ),
            QueueColumn.ABANDONED: self.tr("Today: share who left before an answer"),
            QueueColumn.ASA: self.tr("Today: average speed of answer"),
            QueueColumn.AHT: self.tr("Today: average handle time, talk and wrap-up"),
            QueueColumn.LOGGED_IN: self.tr("Agents with this skill who are logged in"),
            QueueColumn.SELF_SERVICE: self.tr(
                "Citizens whose question a knowledge-base article answered today"
            ),
        }

    # ------------------------------------------------------------------ updates

    def tick(self) -> None:
        """Refresh the live longest-wait column (and its warning colours)."""
        if self._order:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._order) - 1, len(QueueColumn) - 1)
            )

    # ------------------------------------------------------------------ queries

    def queue(self, topic: str) -> p.QueueStatus | None:
        return self.item(topic)

    def queues(self) -> list[p.QueueStatus]:
        return self.items()

    def longest_wait(self, queue: p.QueueStatus) -> float | None:
        if not queue.waiting or queue.oldest_since is None:
            return None
        return max(0.0, self._clock() - queue.oldest_since)

    def total_waiting(self) -> int:
        return sum(q.waiting for q in self._items.values())

    def total_self_service(self) -> int:
        return sum(q.self_service_today for q in self._items.values())

    def overall_longest_wait(self) -> float | None:
        waits = [w for q in self._items.values() if (w := self.longest_wait(q)) is not None]
        return max(waits) if waits else None

    # ------------------------------------------------------------------ Qt model API

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers.get(QueueColumn(section))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tips.get(QueueColumn(section))
        if role == Qt.ItemDataRole.TextAlignmentRole and section == QueueColumn.TOPIC:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._order):
            return None
        queue = self._items[self._order[index.row()]]
        column = QueueColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(queue, column)
        if role == SORT_ROLE:
            return self._sort_key(queue, column)
        if role == TOPIC_ROLE:
            return queue.topic
        if role == Qt.ItemDataRole.BackgroundRole:
            return wait_background(self.longest_wait(queue))
        if (
            role == Qt.ItemDataRole.FontRole
            and queue.waiting
            and column
            in (
                QueueColumn.TOPIC,
                QueueColumn.WAITING,
                QueueColumn.LONGEST,
            )
        ):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column != QueueColumn.TOPIC:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and queue.waiting and not queue.agents_available:
            return self.tr("Citizens are waiting and nobody with this skill is available")
        return None

    def _display(self, queue: p.QueueStatus, column: QueueColumn) -> str:
        if column == QueueColumn.TOPIC:
            return queue.name or queue.topic
        if column == QueueColumn.WAITING:
            return str(queue.waiting)
        if column == QueueColumn.LONGEST:
            return format_duration(self.longest_wait(queue))
        if column == QueueColumn.AVAILABLE:
            return str(queue.agents_available)
        if column == QueueColumn.SELF_SERVICE:
            return str(queue.self_service_today)
        if column == QueueColumn.SERVICE_LEVEL:
            return format_share(queue.today.service_level)
        if column == QueueColumn.ABANDONED:
            return format_share(queue.today.abandonment_rate)
        if column == QueueColumn.ASA:
            return format_duration(queue.today.average_speed_of_answer)
        if column == QueueColumn.AHT:
            return format_duration(queue.today.average_handle_time)
        return str(queue.agents_logged_in)

    def _sort_key(self, queue: p.QueueStatus, column: QueueColumn) -> object:
        if column == QueueColumn.TOPIC:
            return (queue.name or queue.topic).casefold()
        if column == QueueColumn.WAITING:
            return queue.waiting
        if column == QueueColumn.LONGEST:
            return self.longest_wait(queue) or 0.0
        if column == QueueColumn.AVAILABLE:
            return queue.agents_available
        if column == QueueColumn.SELF_SERVICE:
            return queue.self_service_today
        figure = {
            QueueColumn.SERVICE_LEVEL: queue.today.service_level,
            QueueColumn.ABANDONED: queue.today.abandonment_rate,
            QueueColumn.ASA: queue.today.average_speed_of_answer,
            QueueColumn.AHT: queue.today.average_handle_time,
        }
        if column in figure:
            return -1.0 if figure[column] is None else figure[column]
        return queue.agents_logged_in
