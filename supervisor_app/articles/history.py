"""The revisions of one article: who changed what, when and why; restore an old text."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shared import protocol as p
from softphone import locale_format
from supervisor_app.articles.model import status_label

REVISION_ROLE = Qt.ItemDataRole.UserRole


class ArticleHistoryDialog(QDialog):
    """Lists revisions newest first; the selected one's text is shown below.

    Open it with ``open()``. "Restore into editor" emits ``restore_requested(revision)``
    and closes; nothing is saved until the supervisor saves the editor.
    """

    restore_requested = Signal(object)  # p.ArticleRevision

    def __init__(
        self, title: str, revisions: list[p.ArticleRevision], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History of “{0}”").format(title))
        self.setModal(True)
        self.resize(760, 560)

        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels(
            [
                self.tr("Revision"),
                self.tr("When"),
                self.tr("Who"),
                self.tr("Status"),
                self.tr("Note"),
            ]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for revision in revisions:
            when = locale_format.day_and_time(revision.ts)
            item = QTreeWidgetItem(
                [
                    str(revision.revision),
                    when,
                    revision.author,
                    status_label(revision.status),
                    revision.note,
                ]
            )
            item.setData(0, REVISION_ROLE, revision)
            item.setTextAlignment(0, Qt.AlignmentFlag.AlignCenter)
            item.setToolTip(4, revision.note)
            self.tree.addTopLevelItem(item)
        for column, width in ((0, 70), (1, 130), (2, 90), (3, 90)):
            self.tree.setColumnWidth(column, width)

        self.title_label = QLabel(self)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.body_view = QTextBrowser(self)
        self.body_view.setOpenExternalLinks(True)

        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.title_label)
        lower_layout.addWidget(self.body_view, 1)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.tree)
        splitter.addWidget(lower)
        splitter.setSizes([200, 340])
        splitter.setChildrenCollapsible(False)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = QPushButton(self.tr("&Restore into editor"), self)
        self.restore_button.setToolTip(
            self.tr("Put this revision's title and text into the editor; save to keep it")
        )
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self._on_restore_button_clicked)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

        self.tree.currentItemChanged.connect(self._on_tree_current_item_changed)
        if self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        else:
            self._show(None)

    def revisions(self) -> list[p.ArticleRevision]:
        return [
            self.tree.topLevelItem(i).data(0, REVISION_ROLE)
            for i in range(self.tree.topLevelItemCount())
        ]

    def selected(self) -> p.ArticleRevision | None:
        item = self.tree.currentItem()
        return item.data(0, REVISION_ROLE) if item is not None else None

    def select_revision(self, number: int) -> bool:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, REVISION_ROLE).revision == number:
                self.tree.setCurrentItem(item)
                return True
        return False

    def _on_tree_current_item_changed(self, current: QTreeWidgetItem | None, _previous) -> None:
        self._show(current.data(0, REVISION_ROLE) if current is not None else None)

    def _show(self, revision: p.ArticleRevision | None) -> None:
        self.restore_button.setEnabled(revision is not None)
        if revision is None:
            self.title_label.setText(self.tr("No revisions"))
            self.body_view.clear()
            return
        self.title_label.setText(revision.title)
        self.body_view.setMarkdown(revision.body)

    def _on_restore_button_clicked(self) -> None:
        revision = self.selected()
        if revision is not None:
            self.restore_requested.emit(revision)
            self.accept()
