""" "Being monitored by Sam (listening)": the status-bar indicator an agent sees while a
supervisor monitors one of their conversations (when the server's policy shows it,
``monitoring_shown``). A whisper note in a chat arrives as a colleague's internal note."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from shared import protocol as p


class MonitoredIndicator(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.watches: dict[str, p.MonitorInfo] = {}  # interaction id -> its monitoring
        self.setContentsMargins(6, 0, 6, 0)
        self.setVisible(False)

    def apply(self, msg: p.MonitorChanged) -> None:
        if msg.stopped:
            self.watches.pop(msg.monitor.interaction_id, None)
        else:
            self.watches[msg.monitor.interaction_id] = msg.monitor
        self._show()

    def forget(self, interaction_id: str) -> None:
        self.watches.pop(interaction_id, None)
        self._show()

    def _show(self) -> None:
        modes = {
            "listen": self.tr("listening"),
            "whisper": self.tr("coaching you"),
            "barge": self.tr("in the conversation"),
        }
        texts = [
            self.tr("Being monitored by {0} ({1})").format(m.supervisor_name, modes[m.mode])
            for m in self.watches.values()
        ]
        self.setText(" · ".join(texts))
        self.setToolTip(
            self.tr("A supervisor monitors this conversation: Listen, Whisper or Barge")
        )
        self.setVisible(bool(texts))
