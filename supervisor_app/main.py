"""``cc-supervisor``: sign in, then watch the contact centre live.

    cc-supervisor [--server ws://host:8765/ws] [--user sam] [--password …]
                  [--sip-port N | --no-phone] [--audio-in WAV --audio-out WAV]

The softphone (the agent app's, ``softphone/``) is what monitored calls ring: it is
registered at every sign-in and answers only the calls the supervisor asked to monitor.

Without a user and a password the sign-in dialog asks for them (prefilled from the
flags). The app runs on a qasync loop; dialogs open with ``open()``/``show()``, never
``exec()``. Ctrl-C or SIGTERM closes it like the window's close button.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import signal
import sys
from typing import TYPE_CHECKING

import qasync
from PySide6.QtCore import QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from shared import protocol as p
from softphone import ui_language
from softphone.client_service import ClientService
from softphone.login_dialog import ORGANIZATION, LoginDialog
from softphone.presence import icon
from softphone.qt_async import cancel_all, spawn
from supervisor_app.window import APP_NAME, SupervisorWindow

if TYPE_CHECKING:
    from softphone.phone_service import PhoneService


log = logging.getLogger(__name__)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="cc-supervisor", description="City contact-centre supervisor: wallboard and agent grid"
    )
    parser.add_argument("--server", help="routing server websocket URL (ws://127.0.0.1:8765/ws)")
    parser.add_argument("--user", help="supervisor user name")
    parser.add_argument(
        "--password",
        help="password (visible to others in ps: prefer the CC_PASSWORD environment variable;"
        " asked for in the sign-in dialog if missing)",
    )
    parser.add_argument("--no-phone", action="store_true", help="no softphone: monitor chats only")
    parser.add_argument(
        "--sip-host", default="127.0.0.1", help="address the switch reaches the softphone at"
    )
    parser.add_argument("--sip-port", type=int, default=0, help="softphone SIP port (0: any)")
    parser.add_argument("--audio-in", metavar="WAV", help="play this file as the microphone")
    parser.add_argument("--audio-out", metavar="WAV", help="write what you hear here")
    parser.add_argument(
        "--lang",
        choices=ui_language.CODES,
        help="the app's language (default: the one chosen in View → Language, else the system's)",
    )
    args = parser.parse_args(argv)
    args.password = args.password or os.environ.get("CC_PASSWORD") or None
    return args


class SupervisorApp(QObject):
    """Signs in (dialog or flags), then shows the window until it is closed."""

    def __init__(self, args: argparse.Namespace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.args = args
        self.service = ClientService(self, client_name=APP_NAME)
        self.phone = None if args.no_phone else start_phone(args)
        self.window: SupervisorWindow | None = None
        self.dialog: LoginDialog | None = None
        self.finished: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    def start(self) -> None:
        if self.args.server and self.args.user and self.args.password:
            spawn(self._sign_in_from_flags())
        else:
            self._show_login()

    def quit(self) -> None:
        if self.window is not None:
            self.window.close()  # emits closed -> finish
        else:
            self._finish(0)

    # ------------------------------------------------------------------ sign-in

    def _show_login(self, error: str = "") -> None:
        dialog = LoginDialog(APP_NAME)
        if self.args.server:
            dialog.url_edit.setText(self.args.server)
        if self.args.user:
            dialog.user_edit.setText(self.args.user)
            dialog.password_edit.setFocus()
        dialog.login_requested.connect(self._on_dialog_login_requested)
        dialog.rejected.connect(self._on_dialog_rejected)
        self.dialog = dialog
        dialog.show()
        if error:
            dialog.show_error(error)

    def _on_dialog_login_requested(self, url: str, user: str, password: str) -> None:
        spawn(self._sign_in_from_dialog(url, user, password))

    def _on_dialog_rejected(self) -> None:
        if self.window is None:
            self._finish(0)

    async def _sign_in_from_flags(self) -> None:
        error = await self._sign_in(self.args.server, self.args.user, self.args.password)
        if error:
            self._show_login(error)
        else:
            self._show_window()

    async def _sign_in_from_dialog(self, url: str, user: str, password: str) -> None:
        error = await self._sign_in(url, user, password)
        dialog = self.dialog
        if dialog is None:
            return
        if error:
            dialog.show_error(error)
            return
        dialog.accept()
        dialog.deleteLater()
        self.dialog = None
        self._show_window()

    async def _sign_in(self, url: str, user: str, password: str) -> str:
        """Log in; the empty string on success, else what to tell the user."""
        try:
            welcome = await self.service.login(url, user, password)
        except p.ProtocolError as exc:
            if exc.code == p.ErrorCode.UNAUTHORIZED:
                return self.tr("Unknown user or wrong password.")
            return self.tr("The server refused the sign-in: {0}").format(exc.message)
        except (OSError, TimeoutError) as exc:
            return self.tr("Cannot reach the server at {0} ({1}).").format(url, exc)
        if welcome.user.role not in p.SUPERVISORS:
            await self.service.logout()
            return self.tr("{0} is not a supervisor account.").format(user)
        return ""

    # ------------------------------------------------------------------ window

    def _show_window(self) -> None:
        self.window = SupervisorWindow(self.service, phone=self.phone)
        if self.phone is not None:  # signed in before the window existed: register now
            spawn(self.window.monitoring.register_phone())
        self.window.closed.connect(lambda: self._finish(0))
        self.window.show()

    def _finish(self, code: int) -> None:
        if not self.finished.done():
            self.finished.set_result(code)


def start_phone(args: argparse.Namespace) -> PhoneService | None:
    """The softphone monitored calls ring, or None (with a warning) where SIP cannot start."""
    from softphone.phone_service import start_desk_phone  # pjsua2 only when needed

    return start_desk_phone(
        args.user or "supervisor",
        audio_in=args.audio_in,
        audio_out=args.audio_out,
        port=args.sip_port,
        host=args.sip_host,
    )


async def run(args: argparse.Namespace) -> int:
    app = SupervisorApp(args)
    stop = app.quit

    def on_signal(_signum: int, _frame: object) -> None:
        QTimer.singleShot(0, stop)

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    app.start()
    try:
        return await app.finished
    finally:
        await app.service.logout()
        await cancel_all()
        if app.phone is not None:
            app.phone.shutdown()


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    qt_app = QApplication.instance() or QApplication(sys.argv[:1])
    qt_app.setOrganizationName(ORGANIZATION)
    qt_app.setApplicationName(APP_NAME)
    qt_app.setWindowIcon(icon("app"))
    ui_language.start(qt_app, args.lang, QSettings(ORGANIZATION, APP_NAME))
    # The app ends when SupervisorApp.finished resolves (after logging out), not when the
    # last window closes: between the sign-in dialog and the window there is none.
    qt_app.setQuitOnLastWindowClosed(False)
    # Python runs signal handlers only when it gets control: wake it up regularly.
    wakeup = QTimer()
    wakeup.timeout.connect(lambda: None)
    wakeup.start(250)
    loop = qasync.QEventLoop(qt_app)
    asyncio.set_event_loop(loop)
    with loop:
        return loop.run_until_complete(run(args))


if __name__ == "__main__":
    sys.exit(main())
