"""Which of an agent's conversations: a small chooser listing them as the supervisor
reads them (citizen, topic, channel, since when), never by id. Open with ``open()``."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout, QWidget


class ConversationChooserDialog(QDialog):
    """``conversations``: (interaction id, what the supervisor reads) of the agent's."""

    def __init__(
        self,
        title: str,
        question: str,
        conversations: list[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        label = QLabel(question, self)
        label.setWordWrap(True)
        self.list = QListWidget(self)
        for iid, text in conversations:
            self.list.addItem(text)
            self.list.item(self.list.count() - 1).setData(Qt.ItemDataRole.UserRole, iid)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(self._on_list_item_activated)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.list.setFocus()

    def labels(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def choose(self, row: int) -> None:
        self.list.setCurrentRow(row)

    def interaction_id(self) -> str:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else ""

    def _on_list_item_activated(self, _item) -> None:
        self.accept()
