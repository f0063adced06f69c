"""The supervisors' broadcasts at the top of the agent window, one at a time.

Shows the oldest unread broadcast (who sent it, to whom, when, the text and the article
it carries as a link) and how many more wait; "Mark read" (Ctrl+Shift+B) or the close
button marks it read and shows the next. Hidden while nothing is unread.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QToolButton,
    QWidget,
)

from agent_app import shortcuts
from shared import protocol as p
from softphone import locale_format

BACKGROUND = QColor("#cfe2ff")
FOREGROUND = QColor("#052c65")


class BroadcastBanner(QFrame):
    read_requested = Signal(int)  # broadcast id
    article_requested = Signal(str)  # article id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.broadcasts: list[p.Broadcast] = []
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, BACKGROUND)
        palette.setColor(QPalette.ColorRole.WindowText, FOREGROUND)
        palette.setColor(QPalette.ColorRole.Link, FOREGROUND)
        self.setPalette(palette)
        self.setAccessibleName(self.tr("Broadcast from a supervisor"))

        self.icon_label = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        info = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        self.icon_label.setPixmap(info.pixmap(size, size))
        self.text_label = QLabel()
        self.text_label.setTextFormat(Qt.TextFormat.RichText)
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.text_label.linkActivated.connect(self._on_text_label_link_activated)
        self.text_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.read_button = QPushButton(self.tr("Mark read"))
        self.read_button.setShortcut(shortcuts.READ_BROADCAST)
        self.read_button.setToolTip(
            shortcuts.with_key(self.tr("Mark read and show the next"), shortcuts.READ_BROADCAST)
        )
        self.read_button.clicked.connect(self._on_read_button_clicked)
        self.close_button = QToolButton()
        self.close_button.setAutoRaise(True)
        self.close_button.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_TitleBarCloseButton)
        )
        self.close_button.setToolTip(self.tr("Dismiss (counts as read)"))
        self.close_button.setAccessibleName(self.tr("Dismiss"))
        self.close_button.clicked.connect(self._on_read_button_clicked)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text_label, 1)
        layout.addWidget(self.read_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self._render()

    def set_broadcasts(self, broadcasts: list[p.Broadcast]) -> None:
        """The unread broadcasts, oldest first (from the inbox)."""
        self.broadcasts = list(broadcasts)
        self._render()

    def shown(self) -> p.Broadcast | None:
        return self.broadcasts[0] if self.broadcasts else None

    def text(self) -> str:
        return self.text_label.text()

    def _render(self) -> None:
        b = self.shown()
        self.setVisible(b is not None)
        if b is None:
            self.text_label.clear()
            return
        when = locale_format.clock(b.ts)
        to = b.team_name or self.tr("all staff")
        head = self.tr("{0} to {1}, {2}").format(
            html.escape(b.sender_name or b.sender), html.escape(to), when
        )
        parts = [f"<b>{head}:</b> {html.escape(b.text)}"]
        if b.article_id:
            parts.append(
                f'<a href="#article" style="color:{FOREGROUND.name()}">'
                f"{html.escape(b.article_title or b.article_id)}</a>"
            )
        more = len(self.broadcasts) - 1
        if more:
            parts.append(self.tr("(+{0} more)").format(more))
        self.text_label.setText(" ".join(parts))
        self.setToolTip(b.text)

    def _on_read_button_clicked(self) -> None:
        b = self.shown()
        if b is not None:
            self.read_requested.emit(b.id)

    def _on_text_label_link_activated(self, _link: str) -> None:
        b = self.shown()
        if b is not None and b.article_id:
            self.article_requested.emit(b.article_id)
