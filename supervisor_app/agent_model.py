"""The agent grid's model: one row per staff member, keyed by username.

Fed only by the server: ``reset(snapshot.agents)`` after a subscribe, ``upsert(agent)``
for every agent in a pushed ``supervisor.update``. ``tick()`` (once a second, from the window's clock)
refreshes the "time in state" column, which is computed from ``since``; nothing polls.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from enum import IntEnum

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont

from shared import protocol as p
from supervisor_app.keyed_model import Index, KeyedTableModel
from supervisor_app.presentation import (
    PRESENCE_ORDER,
    channel_label,
    format_duration,
    presence_colour,
    presence_icon,
    presence_label,
    reason_label,
    role_label,
)

ROLE_ORDER = {"agent": 0, "expert": 1, "supervisor": 2, "admin": 3}


class AgentColumn(IntEnum):
    NAME = 0
    ROLE = 1
    PRESENCE = 2
    REASON = 3
    TIME = 4
    INTERACTIONS = 5
    CONNECTED = 6


# Custom item roles, for the proxy (sorting/filtering) and for the window's actions.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
USERNAME_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3  # the whole p.AgentStatus


class AgentModel(KeyedTableModel):
    key_field = "username"
    column_count = len(AgentColumn)

    def __init__(
        self, parent: QObject | None = None, clock: Callable[[], float] = time.time
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._topic_names: dict[str, str] = {}
        self._headers = {
            AgentColumn.NAME: self.tr("Name"),
            AgentColumn.ROLE: self.tr("Role"),
            AgentColumn.PRESENCE: self.tr("Presence"),
            AgentColumn.REASON: self.tr("Reason"),
            AgentColumn.TIME: self.tr("Time in state"),
            AgentColumn.INTERACTIONS: self.tr("Interactions"),
            AgentColumn.CONNECTED: self.tr("Connected"),
        }

    # ------------------------------------------------------------------ updates

    def set_topic_names(self, names: dict[str, str]) -> None:
        """Topic id -> display name, for the skills tooltip (from hello.ok)."""
        self._topic_names = dict(names)

    def tick(self) -> None:
        """The clock moved on: only the time-in-state column changes."""
        if self._order:
            column = AgentColumn.TIME
            self.dataChanged.emit(
                self.index(0, column),
                self.index(len(self._order) - 1, column),
                [Qt.ItemDataRole.DisplayRole, SORT_ROLE],
            )

    # ------------------------------------------------------------------ queries

    def agent(self, username: str) -> p.AgentStatus | None:
        return self.item(username)

    def agents(self) -> list[p.AgentStatus]:
        return self.items()

    def seconds_in_state(self, agent: p.AgentStatus) -> float:
        return max(0.0, self._clock() - agent.since)

    # ------------------------------------------------------------------ Qt model API

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers.get(AgentColumn(section))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(AgentColumn(section))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._order):
            return None
        agent = self._items[self._order[index.row()]]
        column = AgentColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(agent, column)
        if role == SORT_ROLE:
            return self._sort_key(agent, column)
        if role == USERNAME_ROLE:
            return agent.username
        if role == STATUS_ROLE:
            return agent
        if role == Qt.ItemDataRole.DecorationRole:
            if column == AgentColumn.PRESENCE:
                return presence_icon(agent.presence)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == AgentColumn.PRESENCE:
                return presence_colour(agent.presence).darker(115)
            if not agent.connected:
                return presence_colour("offline")
            return None
        if role == Qt.ItemDataRole.FontRole and column == AgentColumn.PRESENCE:
            font = QFont()
            font.setBold(agent.presence != "offline")
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(agent)
        return None

    # ------------------------------------------------------------------ helpers

    @staticmethod
    def _alignment(column: AgentColumn) -> int:
        """Cells and their header alike: figures centred, text on the left."""
        if column in (AgentColumn.TIME, AgentColumn.INTERACTIONS, AgentColumn.CONNECTED):
            return int(Qt.AlignmentFlag.AlignCenter)
        return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    def _display(self, agent: p.AgentStatus, column: AgentColumn) -> str:
        if column == AgentColumn.NAME:
            return agent.display_name or agent.username
        if column == AgentColumn.ROLE:
            return role_label(agent.role)
        if column == AgentColumn.PRESENCE:
            return presence_label(agent.presence)
        if column == AgentColumn.REASON:
            return reason_label(agent.reason)
        if column == AgentColumn.TIME:
            return format_duration(self.seconds_in_state(agent))
        if column == AgentColumn.INTERACTIONS:
            return str(len(agent.interactions))
        return self.tr("Yes") if agent.connected else self.tr("No")

    def _sort_key(self, agent: p.AgentStatus, column: AgentColumn) -> object:
        if column == AgentColumn.ROLE:
            return ROLE_ORDER.get(agent.role, 9)
        if column == AgentColumn.PRESENCE:
            return PRESENCE_ORDER.get(agent.presence, 9)
        if column == AgentColumn.TIME:
            return self.seconds_in_state(agent)
        if column == AgentColumn.INTERACTIONS:
            return len(agent.interactions)
        if column == AgentColumn.CONNECTED:
            return int(agent.connected)
        return self._display(agent, column).casefold()

    def _tooltip(self, agent: p.AgentStatus) -> str:
        lines = [f"{agent.display_name} ({agent.username})"]
        if agent.skills:
            skills = ", ".join(
                f"{self._topic_names.get(topic, topic)} ({level})"
                for topic, level in sorted(agent.skills.items())
            )
            lines.append(self.tr("Skills: {0}").format(skills))
        # What they handle, as people say it: never the interactions' internal ids.
        described = {h.interaction_id for h in agent.handling}
        if agent.handling:
            lines.append(self.tr("Handling:"))
        for h in agent.handling:
            lines.append(
                self.tr("• {0} — {1} ({2}, {3})").format(
                    h.citizen_name or self.tr("citizen"),
                    h.topic,
                    channel_label(h.channel),
                    format_duration(max(0.0, self._clock() - h.since)),
                )
            )
        unknown = sum(1 for i in agent.interactions if i not in described)
        if unknown:
            lines.append(self.tr("Handling {0} more (details not received yet)").format(unknown))
        return "\n".join(lines)
