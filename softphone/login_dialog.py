"""The sign-in dialog shared by the agent and supervisor apps.

The dialog never talks to the server: it emits ``login_requested(url, user, password)``
and the app answers with ``set_busy``, ``show_error`` or ``accept()``. The server URL and
the user name are remembered per app in QSettings; the password never is.
Open it with ``show()``/``open()``, never ``exec()`` (the apps run on a qasync loop).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from softphone.presence import icon

ORGANIZATION = "CityContactCentre"
DEFAULT_URL = "ws://127.0.0.1:8765/ws"


class LoginDialog(QDialog):
    login_requested = Signal(str, str, str)  # url, user, password

    def __init__(self, app_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = QSettings(ORGANIZATION, app_name)
        self.setWindowTitle(self.tr("Sign in — City Contact Centre"))
        self.setWindowIcon(icon("app"))
        self.setMinimumWidth(460)

        title = QLabel(self.tr("City Contact Centre"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        subtitle = QLabel(self.tr("Sign in with your city hall account."))
        subtitle.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        logo = QLabel()
        logo.setPixmap(icon("app").pixmap(48, 48))
        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(title)
        heading.addWidget(subtitle)
        header = QHBoxLayout()
        header.setSpacing(12)
        header.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        header.addLayout(heading, 1)

        self.url_edit = QLineEdit(str(self._settings.value("login/url", DEFAULT_URL)))
        self.url_edit.setPlaceholderText("ws://host:port/ws")  # not translated: an address
        self.user_edit = QLineEdit(str(self._settings.value("login/user", "")))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.url_edit)
        form.addRow(self.tr("&User name:"), self.user_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        palette = self.error_label.palette()
        palette.setColor(self.error_label.foregroundRole(), Qt.GlobalColor.darkRed)
        self.error_label.setPalette(palette)
        self.error_label.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.sign_in_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.sign_in_button.setText(self.tr("Sign in"))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 14)
        layout.addLayout(header)
        layout.addSpacing(10)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addSpacing(4)
        layout.addWidget(self.buttons)

        for edit in (self.url_edit, self.user_edit, self.password_edit):
            edit.textChanged.connect(self._update_sign_in_enabled)
        self._busy = False
        self._update_sign_in_enabled()
        self._focus_first_empty()

    # ------------------------------------------------------------------ API

    def set_busy(self, busy: bool) -> None:
        """Disable the form while the app signs in."""
        self._busy = busy
        for edit in (self.url_edit, self.user_edit, self.password_edit):
            edit.setEnabled(not busy)
        self.sign_in_button.setText(self.tr("Signing in…") if busy else self.tr("Sign in"))
        self._update_sign_in_enabled()
        if busy:
            self.error_label.hide()
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    def show_error(self, text: str) -> None:
        """Show why signing in failed and let the user try again."""
        self.set_busy(False)
        self.error_label.setText(text)
        self.error_label.show()
        self.password_edit.setFocus()
        self.password_edit.selectAll()

    def accept(self) -> None:
        self._settings.setValue("login/url", self.url_edit.text().strip())
        self._settings.setValue("login/user", self.user_edit.text().strip())
        self.password_edit.clear()
        self.set_busy(False)
        super().accept()

    # ------------------------------------------------------------------ internals

    def _on_buttons_accepted(self) -> None:
        if not self._can_sign_in():
            return
        self.set_busy(True)
        self.login_requested.emit(
            self.url_edit.text().strip(), self.user_edit.text().strip(), self.password_edit.text()
        )

    def _can_sign_in(self) -> bool:
        return (
            not self._busy
            and bool(self.url_edit.text().strip())
            and bool(self.user_edit.text().strip())
            and bool(self.password_edit.text())
        )

    def _update_sign_in_enabled(self) -> None:
        self.sign_in_button.setEnabled(self._can_sign_in())

    def _focus_first_empty(self) -> None:
        for edit in (self.url_edit, self.user_edit, self.password_edit):
            if not edit.text():
                edit.setFocus()
                return
        self.password_edit.setFocus()
