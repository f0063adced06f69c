"""The question before quitting, signing out or going Offline with live conversations.

It lists the conversations and offers to hand them back (``agent_app.sign_off`` does
it) or to cancel; the window carries out what is chosen. Opened with ``open()``, never
``exec()``: the app runs on qasync and answers arrive as signals. When the server
cannot be reached it says so and offers to go anyway: the conversations then stay
with the agent on the server (and come back at the next sign-in); a call in progress
ends, since the softphone goes with the app.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agent_app import shortcuts as keys
from softphone.presence import icon

Kind = Literal["quit", "sign_out", "offline"]


class SignOffDialog(QDialog):
    hand_back_requested = Signal()
    anyway_requested = Signal()  # the server is unreachable: go all the same

    def __init__(
        self,
        kind: Kind,
        conversations: list[tuple[str, str, str]],  # citizen, channel, our role
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.has_call = any(channel == "voice" for _, channel, _ in conversations)
        titles = {
            "quit": self.tr("Quit with live conversations?"),
            "sign_out": self.tr("Sign out with live conversations?"),
            "offline": self.tr("Go offline with live conversations?"),
        }
        self.setWindowTitle(titles[kind])
        self.setWindowIcon(icon("app"))
        self.setMinimumWidth(460)

        self.question = QLabel(self.tr("You have %n live conversation(s):", "", len(conversations)))
        self.list = QListWidget()
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for citizen, channel, role in conversations:
            what = self.tr("phone call") if channel == "voice" else self.tr("chat")
            if role == "consulted":
                what = self.tr("%1, you were asked to join").replace("%1", what)
            self.list.addItem(f"{citizen} — {what}")
        self.list.setMaximumHeight(self.list.sizeHintForRow(0) * min(6, len(conversations)) + 8)

        explain = self.tr(
            "Handing back ends none of them: each goes to the colleague consulted on it, "
            "else to the front of its queue for the next free colleague, with everything "
            "written so far. You owe no wrap-up for them. Where you were only asked to "
            "join, you leave and the colleague who asked carries on."
        )
        if self.has_call:
            explain += " " + self.tr("A caller hears that they are back in line, then hold music.")
        self.explain = QLabel(explain)
        self.explain.setWordWrap(True)
        self.transfer_hint = QLabel(
            self.tr(
                "To give one to a particular department instead, choose Cancel and use "
                "Transfer… (%1) in its tab."
            ).replace("%1", keys.native(keys.TRANSFER))
        )
        self.transfer_hint.setWordWrap(True)
        self.transfer_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        if kind == "offline":
            self.transfer_hint.setText(
                self.transfer_hint.text()
                + " "
                + self.tr("To finish them first without new ones, choose Not ready (F9).")
            )

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setAutoFillBackground(True)
        self.error_label.setMargin(6)
        pal = self.error_label.palette()
        pal.setColor(QPalette.ColorRole.Window, QColor("#fdecea"))
        pal.setColor(QPalette.ColorRole.WindowText, QColor("#8c1d18"))
        self.error_label.setPalette(pal)
        self.error_label.hide()

        hand_back_texts = {
            "quit": self.tr("&Hand back and quit"),
            "sign_out": self.tr("&Hand back and sign out"),
            "offline": self.tr("&Hand back and go offline"),
        }
        anyway_texts = {
            "quit": self.tr("&Quit anyway"),
            "sign_out": self.tr("&Sign out anyway"),
            "offline": self.tr("&Go offline anyway"),
        }
        self.buttons = QDialogButtonBox()
        self.hand_back_button: QPushButton = self.buttons.addButton(
            hand_back_texts[kind], QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.anyway_button: QPushButton = self.buttons.addButton(
            anyway_texts[kind], QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.anyway_button.hide()
        self.cancel_button: QPushButton = self.buttons.addButton(
            QDialogButtonBox.StandardButton.Cancel
        )
        self.hand_back_button.setDefault(True)
        # Accept/Destructive roles would close the dialog at once: the window closes it
        # when the hand-back is acknowledged (or the agent goes anyway).
        self.hand_back_button.clicked.connect(self._on_hand_back_button_clicked)
        self.anyway_button.clicked.connect(self.anyway_requested.emit)
        self.cancel_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.list)
        layout.addWidget(self.explain)
        layout.addWidget(self.transfer_hint)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def _on_hand_back_button_clicked(self) -> None:
        self.set_busy(True)
        self.hand_back_requested.emit()

    def set_busy(self, busy: bool) -> None:
        self.hand_back_button.setEnabled(not busy)
        self.anyway_button.setEnabled(not busy)
        if busy:
            self.error_label.setText(self.tr("Handing back…"))
            self.error_label.show()

    def show_failure(self, *, unreachable: bool, message: str = "") -> None:
        """Not everything was handed back: say why; offer to try again or go anyway."""
        self.set_busy(False)
        if unreachable:
            text = self.tr(
                "The server cannot be reached, so nothing could be handed back. If you go "
                "anyway, the conversations stay yours on the server and come back when you "
                "sign in again; what you typed is kept."
            )
            if self.has_call and self.kind == "quit":
                text += " " + self.tr("A call in progress ends when the app quits.")
        else:
            text = self.tr("The server did not take every conversation back: %1").replace(
                "%1", message
            )
        self.error_label.setText(text)
        self.error_label.show()
        self.hand_back_button.setText(self.tr("&Try again"))
        self.anyway_button.show()
        self.anyway_button.setFocus()
