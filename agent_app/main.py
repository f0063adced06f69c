"""``cc-agent``: the agent (and expert tray) desktop app.

    cc-agent                                   # sign-in dialog
    cc-agent --server ws://host:8765/ws --user anna --password demo   # scripted/demo
    cc-agent --tray                            # expert tray mode (docs/expert-tray.md)

``AgentApplication`` owns the sign-in flow, the window and a clean shutdown (presence
offline, log out, cancel tasks); ``main`` only adds QApplication and the qasync loop, so
the tests drive ``AgentApplication`` on their own loop. Experts (and ``--tray``) get the
tray client around the window (``agent_app.expert_mode``); supervisors and admins are
sent to their own app at sign-in.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
import signal
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from agent_app.expert_mode import ExpertMode
from agent_app.idle import IdleProbe
from agent_app.notifier import OfferNotifier
from agent_app.window import APP_NAME, AgentWindow
from shared import protocol as p
from softphone import ui_language
from softphone.client_service import ClientService
from softphone.login_dialog import DEFAULT_URL, ORGANIZATION, LoginDialog
from softphone.presence import icon
from softphone.qt_async import async_slot, cancel_all, spawn

if TYPE_CHECKING:
    from softphone.phone_service import PhoneService


log = logging.getLogger(__name__)
CLIENT_NAME = "cc-agent/0.1"


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="cc-agent", description="City Contact Centre agent app")
    parser.add_argument("--server", metavar="URL", help="routing server, e.g. ws://host:8765/ws")
    parser.add_argument("--user", help="sign in as this user without the dialog")
    parser.add_argument(
        "--password",
        help="password for --user (visible to others in ps: prefer the CC_PASSWORD"
        " environment variable)",
    )
    parser.add_argument("--tray", action="store_true", help="expert mode: live in the system tray")
    parser.add_argument("--no-phone", action="store_true", help="chat only: no softphone")
    parser.add_argument(
        "--sip-host", default="127.0.0.1", help="address the switch reaches the softphone at"
    )
    parser.add_argument("--sip-port", type=int, default=0, help="softphone SIP port (0: any)")
    parser.add_argument(
        "--sip-tls-cert",
        default="",
        help="take the switch's calls over SIP-TLS with this certificate (PEM; with"
        " --sip-tls-key; the server needs phone_tls_ca_file, docs/telephony.md)",
    )
    parser.add_argument("--sip-tls-key", default="", help="the certificate's private key (PEM)")
    parser.add_argument(
        "--srtp",
        default="off",
        choices=["off", "optional", "mandatory"],
        help="encrypt call audio (SRTP): optional with a server started with --srtp"
        " optional; mandatory refuses any call without it (docs/telephony.md)",
    )
    parser.add_argument("--audio-in", metavar="WAV", help="play this file as the microphone")
    parser.add_argument("--audio-out", metavar="WAV", help="write what the caller says here")
    parser.add_argument("--no-video", action="store_true", help="take no video calls")
    parser.add_argument(
        "--video-pattern",
        action="store_true",
        help="video calls send colour bars and a tone (a machine without a camera)",
    )
    parser.add_argument(
        "--lang",
        choices=ui_language.CODES,
        help="the app's language (default: the one chosen in View → Language, else the system's)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log to stderr")
    args = parser.parse_args(argv)
    args.password = args.password or os.environ.get("CC_PASSWORD") or None
    return args


def login_error_text(exc: BaseException, url: str) -> str:
    translate = QApplication.translate
    if isinstance(exc, p.ProtocolError):
        if exc.code == p.ErrorCode.UNAUTHORIZED:
            return translate("AgentApp", "Wrong user name or password.")
        if exc.code == p.ErrorCode.RATE_LIMITED:
            return translate("AgentApp", "Too many failed sign-ins. Wait a minute, then try again.")
        if exc.code == p.ErrorCode.UNSUPPORTED_VERSION:
            return translate(
                "AgentApp", "This app does not match the server version. Please update it."
            )
        return exc.message or exc.code
    if isinstance(exc, TimeoutError):
        return translate("AgentApp", "The server did not answer in time.")
    return translate("AgentApp", "Cannot reach the server at %1.").replace("%1", url)


def wrong_app_text(role: str) -> str:
    """Signed in with an account that takes no conversations: which app it is for."""
    translate = QApplication.translate
    if role == "admin":
        return translate(
            "AgentApp",
            "This is an administrator account. The agent app is for agents and experts: "
            "use the supervisor app (cc-supervisor) instead.",
        )
    if role == "supervisor":
        return translate(
            "AgentApp",
            "This is a supervisor account. The agent app is for agents and experts: "
            "use the supervisor app (cc-supervisor) to watch queues and agents.",
        )
    return translate("AgentApp", "This account (%1) cannot take conversations.").replace("%1", role)


class AgentApplication(QObject):
    """Sign-in dialog → window (→ sign out → dialog …) → shutdown."""

    def __init__(
        self,
        *,
        server: str | None = None,
        user: str | None = None,
        password: str | None = None,
        tray: bool = False,
        phone=None,
        video=None,
        idle: IdleProbe | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.phone = phone  # softphone.phone_service.PhoneService (kept across sign-ins)
        self.video = video  # agent_app.video.service.VideoCallService (None: no video calls)
        settings = QSettings(ORGANIZATION, APP_NAME)
        self.server = server or str(settings.value("login/url", DEFAULT_URL))
        self.user = user
        self.password = password
        self.tray_requested = tray
        self.idle = idle  # the expert's idle source (None: the platform's)
        self.service = ClientService(self, client_name=CLIENT_NAME, video=video is not None)
        self.window: AgentWindow | None = None
        self.dialog: LoginDialog | None = None
        self.expert: ExpertMode | None = None  # the tray client, for experts and --tray
        self.notifier: OfferNotifier | None = None  # the window's popup for second-line offers
        self._done: asyncio.Future | None = None
        self._login_task: asyncio.Task | None = None
        self._new_window()

    # ------------------------------------------------------------------ lifecycle

    async def run(self) -> int:
        """Run until the user quits, then shut down cleanly."""
        self.start()
        await self.wait_closed()
        await self.shutdown()
        return 0

    def start(self) -> None:
        self._done = asyncio.get_event_loop().create_future()
        if self.user and self.password:
            self._login_task = spawn(self._login(self.server, self.user, self.password))
        else:
            self.show_login_dialog()

    async def wait_closed(self) -> None:
        assert self._done is not None
        await self._done

    def quit(self) -> None:
        if self._done is not None and not self._done.done():
            self._done.set_result(None)

    async def shutdown(self) -> None:
        if self.window is not None:
            self.window.save_drafts()  # also on Ctrl+C in the terminal, or going anyway
        # Quitting while a sign-in is still on the wire: let it land first (briefly), or
        # the server would keep this agent Available after the app has gone.
        if self._login_task is not None and not self._login_task.done():
            with contextlib.suppress(Exception):
                await asyncio.wait_for(asyncio.shield(self._login_task), 5)
        if self.service.client is not None and self.service.client.connected:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(
                    self.service.request(p.SetPresence(id=0, state="offline")), 2
                )
        if self.window is not None and self.window.video_calls is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self.window.video_calls.shutdown(), 5)
        await self.service.logout()
        await cancel_all()
        if self.phone is not None:
            self.phone.shutdown()
        self._close_extras()
        if self.dialog is not None:
            self.dialog.close()
        if self.window is not None:
            self.window.allow_close()
            self.window.close()

    # ------------------------------------------------------------------ sign in / out

    def _new_window(self) -> None:
        # Made before signing in: the server pushes presence and open interactions right
        # after the hello, and the window has to be listening by then.
        old = self.window
        self.window = AgentWindow(self.service, phone=self.phone, video=self.video)
        self.window.quit_requested.connect(self.quit)
        self.window.sign_out_requested.connect(self._on_window_sign_out_requested)
        if old is not None:
            old.allow_close()
            old.close()
            old.deleteLater()

    def show_login_dialog(self, error: str = "") -> LoginDialog:
        if self.dialog is None:
            self.dialog = LoginDialog(APP_NAME)
            self.dialog.setWindowIcon(icon("app"))
            self.dialog.login_requested.connect(self._on_dialog_login_requested)
            self.dialog.rejected.connect(self._on_dialog_rejected)
            if self.server:
                self.dialog.url_edit.setText(self.server)
            if self.user:
                self.dialog.user_edit.setText(self.user)
                self.dialog.password_edit.setFocus()
        self.dialog.show()
        self.dialog.raise_()
        if error:
            self.dialog.show_error(error)
        return self.dialog

    def _on_dialog_login_requested(self, url: str, user: str, password: str) -> None:
        self._login_task = spawn(self._login(url, user, password))

    def _on_dialog_rejected(self) -> None:
        if self._login_task is not None and not self._login_task.done():
            self._login_task.cancel()
        if self.service.client is None:
            self.quit()

    async def _login(self, url: str, user: str, password: str) -> None:
        self.server, self.user = url, user
        try:
            welcome = await self.service.login(url, user, password)
        except (p.ProtocolError, OSError, TimeoutError) as exc:
            log.info("sign-in failed: %s", exc)
            self.show_login_dialog(login_error_text(exc, url))
            return
        if welcome.user.role not in p.ROUTABLE:
            # The server lets them in, then refuses presence and offers (F9 would say
            # "forbidden"): tell them which app is theirs instead.
            log.info("%s is a %s: not for the agent app", user, welcome.user.role)
            await self.service.logout()
            self.password = None
            self._new_window()  # no trace of the session in the next one
            self.show_login_dialog(wrong_app_text(welcome.user.role))
            return
        if self.dialog is not None:
            self.dialog.accept()
            self.dialog.deleteLater()
            self.dialog = None
        self._show_main(welcome)

    def _show_main(self, welcome: p.HelloOk) -> None:
        assert self.window is not None
        if self.tray_requested or welcome.user.role == "expert":
            self.expert = ExpertMode(self.window, self.service, idle=self.idle)
            self.expert.start()
        else:
            self.notifier = OfferNotifier(self.window, self.service, every_offer=False)
            self.window.show()

    def _close_extras(self) -> None:
        if self.expert is not None:
            self.expert.close()
            self.expert.deleteLater()
            self.expert = None
        if self.notifier is not None:
            self.notifier.shutdown()
            self.notifier.deleteLater()
            self.notifier = None

    @async_slot
    async def _on_window_sign_out_requested(self) -> None:
        if self.window is not None:
            self.window.save_drafts()
        with contextlib.suppress(Exception):
            await asyncio.wait_for(self.service.request(p.SetPresence(id=0, state="offline")), 2)
        await self.service.logout()
        self._close_extras()
        self.password = None
        self._new_window()
        self.show_login_dialog()


def start_phone(args: argparse.Namespace) -> PhoneService | None:
    """The softphone, or None (with a warning) when SIP cannot start here."""
    from softphone.phone_service import start_desk_phone  # pjsua2 only when needed

    return start_desk_phone(
        args.user or "agent",
        audio_in=args.audio_in,
        audio_out=args.audio_out,
        port=args.sip_port,
        host=args.sip_host,
        srtp=args.srtp,
        tls_cert=args.sip_tls_cert,
        tls_key=args.sip_tls_key,
    )


def start_video(args: argparse.Namespace):
    """The media engine of video calls: the saved camera and microphone, or (``--video-
    pattern``, a machine without a camera) colour bars and a tone."""
    from agent_app.video.service import VideoCallService, device_media
    from agent_app.video.sources import PatternMedia

    if args.video_pattern:
        return VideoCallService(
            media_factory=lambda video: PatternMedia(
                (30, 60, 200), 660.0, video=video, pattern="bars", amplitude=0.1
            )
        )
    return VideoCallService(media_factory=device_media)


def main(argv: list[str] | None = None) -> int:
    import qasync

    args = parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APP_NAME)
    app.setWindowIcon(icon("app"))
    app.setQuitOnLastWindowClosed(False)  # quitting goes through AgentApplication.shutdown
    ui_language.start(app, args.lang, QSettings(ORGANIZATION, APP_NAME))

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    controller = AgentApplication(
        server=args.server,
        user=args.user,
        password=args.password,
        tray=args.tray,
        phone=None if args.no_phone else start_phone(args),
        video=None if args.no_video else start_video(args),
    )
    # Ctrl+C in the terminal: Python only sees signals when it runs, so tick now and then.
    signal.signal(signal.SIGINT, lambda *_: controller.quit())
    ticker = QTimer(interval=250)
    ticker.timeout.connect(lambda: None)
    ticker.start()
    with loop:
        return loop.run_until_complete(controller.run())


if __name__ == "__main__":
    sys.exit(main())
