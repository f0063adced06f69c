"""Compose a broadcast: the text, to whom (all staff or one team), an article along."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from shared import protocol as p

ALL_STAFF = -1  # the audience box's data for "all staff"


class ComposeBroadcastDialog(QDialog):
    """Open with ``open()``; after ``accepted`` read ``text()``, ``team_id()``, ``article_id()``."""

    def __init__(
        self,
        teams: list[p.Team],
        may_address_all: bool,
        pins: list[p.ArticleHit],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New broadcast"))
        self.setModal(True)
        intro = QLabel(
            self.tr(
                "Appears at once in the app of everyone you address (and when they next "
                "sign in today). You see how many have read it."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setPlaceholderText(self.tr("What everyone needs to know now"))
        self.text_edit.textChanged.connect(self._on_text_edit_text_changed)
        self.audience_box = QComboBox(self)
        if may_address_all:
            self.audience_box.addItem(self.tr("All staff"), ALL_STAFF)
        for team in teams:
            self.audience_box.addItem(
                self.tr("{0} ({1} people)").format(team.name, len(team.members)), team.id
            )
        self.article_box = QComboBox(self)
        self.article_box.addItem(self.tr("No article"), "")
        for hit in pins:
            self.article_box.addItem(hit.title, hit.id)
        self.count_label = QLabel(self)
        form = QFormLayout()
        form.addRow(self.tr("&Message:"), self.text_edit)
        form.addRow("", self.count_label)
        form.addRow(self.tr("&To:"), self.audience_box)
        form.addRow(self.tr("&Pinned article:"), self.article_box)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.send_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.send_button.setText(self.tr("Send"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self._on_text_edit_text_changed()

    def text(self) -> str:
        return self.text_edit.toPlainText().strip()

    def team_id(self) -> int | None:
        data = self.audience_box.currentData()
        return None if data in (None, ALL_STAFF) else int(data)

    def article_id(self) -> str:
        return self.article_box.currentData() or ""

    def _on_text_edit_text_changed(self) -> None:
        n = len(self.text())
        self.count_label.setText(self.tr("{0} of {1} characters").format(n, p.MAX_BROADCAST_TEXT))
        self.send_button.setEnabled(0 < n <= p.MAX_BROADCAST_TEXT and self.audience_box.count() > 0)
