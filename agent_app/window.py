"""The agent's main window: presence, offers, one tab per conversation, wrap-up.

The window renders what ``ClientService`` pushes and asks the server through it; it
never decides routing. Events may arrive before ``logged_in`` (the server pushes presence
and open interactions right after the hello), so every handler copes with not knowing
the topics yet and everything is keyed by interaction id, because after a reconnect the
server pushes the same interactions again. Which offer is shown and what accepting or
declining it means (answer the softphone, ask the server, wait for the INVITE) is decided
by ``agent_app.offers.OfferDesk``; the window forwards events to it and carries out its
decisions.

The second line: the window holds the staff directory (``agent_app.directory``, filled
once after each login and then by pushes) in one model that the directory dock (F4) and
every tab's Consult…/Transfer… picker share, and routes the consultation, participant
and staff-chat events of ``SecondLineService`` to the tab of their conversation, as it
does the chat events. A conversation that arrives by auto-accept is announced (tab
highlight, taskbar alert, a chime where sound works) instead of taking the keyboard
from the tab the agent is typing in.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QKeySequence,
    QPalette,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QDockWidget,
    QFormLayout,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from agent_app import shortcuts as keys
from agent_app.broadcast_banner import BroadcastBanner
from agent_app.broadcasts import BroadcastInbox
from agent_app.call_widget import CallWidget
from agent_app.calls import call
from agent_app.chat_widget import ChatWidget
from agent_app.chime import Chime
from agent_app.dialogs import ShortcutsDialog
from agent_app.directory import Directory
from agent_app.directory_pane import FAVOURITE_SHORTCUT, DirectoryModel, DirectoryPane
from agent_app.drafts import Drafts
from agent_app.knowledge_pane import KnowledgePane
from agent_app.monitored import MonitoredIndicator
from agent_app.offer_widget import OfferWidget
from agent_app.offers import (
    AnswerPhone,
    Decision,
    OfferDesk,
    RejectPhone,
    SendAccept,
    SendReject,
    WaitForRinging,
)
from agent_app.pinned_banner import PinnedBanner
from agent_app.second_line_service import SecondLineService
from agent_app.sign_off import SignOffService
from agent_app.sign_off_dialog import Kind, SignOffDialog
from agent_app.video_calls import VideoCalls
from agent_app.video_widget import VideoChatWidget
from agent_app.wrapup_widget import SUBMIT_SHORTCUT as WRAPUP_SUBMIT_SHORTCUT
from shared import protocol as p
from softphone import locale_format
from softphone.client_service import ClientService
from softphone.login_dialog import ORGANIZATION
from softphone.multimedia import multimedia_error
from softphone.presence import format_duration, icon, presence_icon, presence_text
from softphone.qt_async import async_slot, spawn
from softphone.ui_language import LanguageMenu, current_language

if TYPE_CHECKING:
    from agent_app.video.service import VideoCallService
    from softphone.phone_service import PhoneCall, PhoneService

APP_NAME = "cc-agent"
KNOWLEDGE_SPLIT = [500, 230, 350]  # conversation | details | knowledge pane


class AgentWindow(QMainWindow):
    quit_requested = Signal()
    sign_out_requested = Signal()

    def __init__(
        self,
        service: ClientService,
        parent: QWidget | None = None,
        *,
        tray_mode: bool = False,
        phone: PhoneService | None = None,
        video: VideoCallService | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.phone = phone  # None: chat only
        # video calls from the citizen page (None: this app takes none)
        self.video_calls = VideoCalls(service, video, self) if video is not None else None
        self.desk = OfferDesk()  # offers matched with the softphone's ringing calls
        self.second_line = SecondLineService(service, self)
        self.chime = Chime(self)
        self._phone_registered = False
        self.tray_mode = tray_mode
        self.settings = QSettings(ORGANIZATION, APP_NAME)
        self.directory = Directory()
        # No Qt parent: a picker still open while the window is destroyed (quitting) must
        # not outlive the model it shows; the window's reference keeps it alive.
        self.directory_model = DirectoryModel(self.directory, self.settings)
        self.welcome: p.HelloOk | None = None
        self.topics: dict[str, p.Topic] = {}
        self.chats: dict[str, ChatWidget] = {}
        self._origins: dict[str, tuple[str, str, str]] = {}  # offer kind, from whom, note
        self._adding_tab = False
        self.presence = "offline"
        self.presence_reason = ""
        self.presence_since = time.time()
        self._presence_known = False
        self.chosen_presence = "offline"  # what the agent last chose; busy/wrap_up derive
        self.connected = False
        self.handled = 0
        self.signed_in_at: float | None = None
        self._last_reason = ""
        self._allow_close = False
        self.drafts = Drafts(self.settings)
        self._draft_owner: tuple[str, str] | None = None  # (server, user) of the drafts
        self.sign_off = SignOffService(service, self.second_line, self)
        self.sign_off_dialog: SignOffDialog | None = None
        self.close_chat_box: QMessageBox | None = None

        self.setWindowIcon(icon("app"))
        self.resize(1100, 720)
        self.setMinimumSize(760, 480)
        self._update_title()

        self._make_actions()
        self._make_directory_dock()
        self._make_menus()
        self._make_toolbar()
        self._make_central()
        self.statusBar().setSizeGripEnabled(True)
        self.monitored = MonitoredIndicator(self)
        self.statusBar().addPermanentWidget(self.monitored)
        self._update_connection()
        self._update_presence()
        self._update_current_actions()

        self._clock = QTimer(self, interval=1000)
        self._clock.timeout.connect(self._on_clock_timeout)
        self._clock.start()

        s = service
        s.logged_in.connect(self._on_service_logged_in)
        s.connection_changed.connect(self._on_service_connection_changed)
        s.presence_changed.connect(self._on_service_presence_changed)
        s.offer_created.connect(self._on_service_offer_created)
        s.offer_revoked.connect(self._on_service_offer_revoked)
        s.interaction_assigned.connect(self._on_service_interaction_assigned)
        s.interaction_closed.connect(self._on_service_interaction_closed)
        s.chat_message_received.connect(self._on_service_chat_message_received)
        s.typing_changed.connect(self._on_service_typing_changed)
        s.chat_delivered.connect(self._on_service_chat_delivered)
        s.request_failed.connect(self._on_service_request_failed)
        s.event_received.connect(self._on_service_event_received)
        sl = self.second_line
        sl.consult_changed.connect(self._on_second_line_consult_changed)
        sl.participants_changed.connect(self._on_second_line_participants_changed)
        sl.internal_received.connect(self._on_second_line_internal_received)
        sl.directory_changed.connect(self._on_second_line_directory_changed)
        if self.video_calls is not None:
            self.video_calls.problem.connect(self._on_video_calls_problem)
        if phone is not None:
            phone.gate = self.desk.invite_verdict  # only the switch's INVITEs for our offers ring
            phone.incoming_call.connect(self._on_phone_incoming_call)
            phone.call_ended.connect(self._on_phone_call_ended)
            phone.audio_problem.connect(self._on_phone_audio_problem)
        if s.welcome is not None:
            self._on_service_logged_in(s.welcome)
            self._on_service_connection_changed(s.client is not None and s.client.connected)

    # ------------------------------------------------------------------ construction

    def _action(self, text: str, shortcut: str | list[str] = "", slot=None, **kw) -> QAction:
        action = QAction(text, self)
        if shortcut:
            keys = shortcut if isinstance(shortcut, list) else [shortcut]
            action.setShortcuts([QKeySequence(k) for k in keys])
        if slot is not None:
            action.triggered.connect(slot)
        for key, value in kw.items():
            getattr(action, "set" + key[0].upper() + key[1:])(value)
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        self.available_action = self._action(
            self.tr("&Available"),
            slot=lambda: self.set_presence("available"),
            icon=presence_icon("available"),
            checkable=True,
        )
        self.not_ready_action = self._action(
            self.tr("&Not ready"),
            slot=lambda: self.set_presence("not_ready", ""),
            icon=presence_icon("not_ready"),
            checkable=True,
        )
        self.offline_action = self._action(
            self.tr("&Offline"),
            slot=self.request_offline,
            icon=presence_icon("offline"),
            checkable=True,
        )
        self.presence_group = QActionGroup(self)
        for a in (self.available_action, self.not_ready_action, self.offline_action):
            self.presence_group.addAction(a)
        self.toggle_ready_action = self._action(
            self.tr("&Toggle Available / Not ready"), "F9", self.toggle_ready
        )
        self.accept_action = self._action(
            self.tr("A&ccept offer"), "F5", self.accept_offer, enabled=False
        )
        self.reject_action = self._action(
            self.tr("&Reject offer"), "Shift+F5", self.reject_offer, enabled=False
        )
        self.hangup_action = self._action(
            self.tr("&Hang up"), keys.HANG_UP, self.hang_up, icon=icon("call-end")
        )
        self.hold_action = self._action(self.tr("Hold / &resume"), keys.HOLD, self.toggle_hold)
        self.mute_action = self._action(self.tr("&Mute / unmute"), keys.MUTE, self.toggle_mute)
        self.camera_action = self._action(
            self.tr("&Camera off / on (video call)"), keys.CAMERA, self.toggle_camera
        )
        self.keypad_action = self._action(
            self.tr("Touch-tone &keypad"), keys.KEYPAD, self.toggle_keypad
        )
        self.call_notes_action = self._action(
            self.tr("Call &notes"), keys.NOTES, self.focus_call_notes, enabled=False
        )
        self.consult_action = self._action(
            self.tr("C&onsult an expert…"), keys.CONSULT, self.consult, enabled=False
        )
        self.transfer_action = self._action(
            self.tr("&Transfer to a department…"), keys.TRANSFER, self.transfer, enabled=False
        )
        self.merge_action = self._action(
            self.tr("Con&ference (citizen joins the consultation)"),
            keys.MERGE,
            self.merge,
            enabled=False,
        )
        self.complete_action = self._action(
            self.tr("Complete the trans&fer (the expert takes over)"),
            [keys.COMPLETE, "Ctrl+Shift+Enter"],
            self.complete_transfer,
            enabled=False,
        )
        self.cancel_consult_action = self._action(
            self.tr("Cancel the cons&ultation"),
            keys.CANCEL_CONSULT,
            self.cancel_consult,
            enabled=False,
        )
        self.internal_action = self._action(
            self.tr("&Staff chat"), keys.INTERNAL, self.focus_internal, enabled=False
        )
        self.close_chat_action = self._action(
            self.tr("&End or close conversation"),
            "Ctrl+W",
            self.close_current_chat,
            enabled=False,
        )
        self.next_chat_action = self._action(
            self.tr("Ne&xt conversation"),
            ["Ctrl+Tab", "Ctrl+PgDown"],
            lambda: self._step_tab(1),
        )
        self.previous_chat_action = self._action(
            self.tr("&Previous conversation"),
            ["Ctrl+Shift+Tab", "Ctrl+PgUp"],
            lambda: self._step_tab(-1),
        )
        self.focus_input_action = self._action(
            self.tr("&Focus message box"), "Ctrl+L", self._focus_current_chat
        )
        self.search_kb_action = self._action(
            self.tr("Search the &knowledge base"), ["Ctrl+K", "F3"], self.search_knowledge
        )
        self.insert_article_action = self._action(
            self.tr("&Insert article into chat"),
            "Ctrl+Shift+I",
            self.insert_article,
            enabled=False,
        )
        self.shortcuts_action = self._action(
            self.tr("&Keyboard shortcuts"), "F1", self.show_shortcuts
        )
        self.about_action = self._action(self.tr("&About City Contact Centre"), "", self.show_about)
        self.audio_settings_action = self._action(
            self.tr("&Audio devices…"), "", self.show_audio_settings
        )
        self.audio_settings_action.setVisible(self.phone is not None)
        self.sign_out_action = self._action(self.tr("&Sign out"), "", self.request_sign_out)
        self.quit_action = self._action(self.tr("&Quit"), "Ctrl+Q", self.request_quit)

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.audio_settings_action)
        file_menu.addAction(self.sign_out_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        self.presence_menu = bar.addMenu(self.tr("&Presence"))
        self.not_ready_menu = QMenu(self.tr("Not ready &because…"), self)
        self.not_ready_menu.setIcon(presence_icon("not_ready"))
        self._fill_presence_menu(self.presence_menu)

        conv = bar.addMenu(self.tr("&Conversation"))
        for a in (
            self.accept_action,
            self.reject_action,
            None,
            self.hangup_action,
            self.hold_action,
            self.mute_action,
            self.camera_action,
            self.keypad_action,
            self.call_notes_action,
            None,
            self.consult_action,
            self.transfer_action,
            self.merge_action,
            self.complete_action,
            self.cancel_consult_action,
            self.internal_action,
            None,
            self.close_chat_action,
            None,
            self.next_chat_action,
            self.previous_chat_action,
            self.focus_input_action,
            None,
            self.search_kb_action,
            self.insert_article_action,
        ):
            conv.addSeparator() if a is None else conv.addAction(a)

        view = bar.addMenu(self.tr("&View"))
        view.addAction(self.directory_action)
        view.addSeparator()
        self.language_menu = LanguageMenu(self.settings, current_language(), self)
        view.addMenu(self.language_menu)
        self.language_menu.noticed.connect(lambda text: self.statusBar().showMessage(text, 10000))

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.about_action)

    def _fill_presence_menu(self, menu: QMenu) -> None:
        menu.addAction(self.available_action)
        menu.addAction(self.not_ready_action)
        menu.addMenu(self.not_ready_menu)
        menu.addAction(self.offline_action)
        menu.addSeparator()
        menu.addAction(self.toggle_ready_action)

    def presence_menu_for_tray(self) -> QMenu:
        menu = QMenu(self)
        self._fill_presence_menu(menu)
        return menu

    def _make_directory_dock(self) -> None:
        self.directory_pane = DirectoryPane(self.directory_model)
        self.directory_pane.consult_requested.connect(self._on_directory_pane_consult_requested)
        self.directory_pane.transfer_requested.connect(self._on_directory_pane_transfer_requested)
        self.directory_pane.dismissed.connect(self._focus_current_chat)
        dock = QDockWidget(self.tr("Directory"), self)
        dock.setObjectName("directory_dock")
        dock.setWidget(self.directory_pane)
        dock.setAllowedAreas(
            Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
        self.directory_dock = dock
        dock.setVisible(self.settings.value("directory_visible", False, type=bool))
        dock.visibilityChanged.connect(self._on_directory_dock_visibility_changed)
        action = dock.toggleViewAction()
        action.setText(self.tr("&Directory"))
        action.setShortcuts([QKeySequence(k) for k in keys.DIRECTORY])
        action.triggered.connect(self._on_directory_action_triggered)
        self.addAction(action)
        self.directory_action = action

    def _make_toolbar(self) -> None:
        tb = QToolBar(self.tr("Presence"))
        tb.setObjectName("presence_toolbar")
        tb.setMovable(False)
        tb.setIconSize(QSize(16, 16))
        self.addToolBar(tb)

        # A push button with a menu draws a proper drop-down arrow beside the text (a tool
        # button's instant-popup arrow sits in its bottom corner, like a rendering glitch).
        self.presence_button = QPushButton()
        # a click leaves the keyboard focus in the message box
        self.presence_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.presence_button.setMenu(self.presence_menu)
        self.presence_button.setToolTip(self.tr("Change your presence (F9 toggles)"))
        bold = self.presence_button.font()
        bold.setBold(True)
        self.presence_button.setFont(bold)
        tb.addWidget(self.presence_button)

        self.time_in_state_label = QLabel()
        self.time_in_state_label.setContentsMargins(8, 0, 8, 0)
        self.time_in_state_label.setToolTip(self.tr("Time in this state"))
        tb.addWidget(self.time_in_state_label)

        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        tb.addWidget(spacer)

        self.auto_accept_check = QCheckBox(self.tr("Auto-accept"))
        self.auto_accept_check.setToolTip(self.tr("Accept every offer as soon as it arrives"))
        self.auto_accept_check.setChecked(self.settings.value("auto_accept", False, type=bool))
        self.auto_accept_check.toggled.connect(self._on_auto_accept_check_toggled)
        self.desk.auto_accept = self.auto_accept_check.isChecked()
        tb.addWidget(self.auto_accept_check)
        tb.addSeparator()

        self.connection_icon = QLabel()
        self.connection_label = QLabel()
        self.connection_label.setContentsMargins(4, 0, 6, 0)
        tb.addWidget(self.connection_icon)
        tb.addWidget(self.connection_label)

    def _make_central(self) -> None:
        self.offer_widget = OfferWidget()
        self.offer_widget.accept_requested.connect(self._accept)
        self.offer_widget.reject_requested.connect(self._reject)
        self.offer_widget.expired.connect(self._on_offer_widget_expired)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setMovable(True)
        self.tabs.setUsesScrollButtons(True)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)

        self.empty_page = QWidget()
        empty_icon = QLabel()
        empty_icon.setPixmap(icon("chat").pixmap(72, 72))
        empty_icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_title = QLabel(self.tr("No open conversations"))
        font = self.empty_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.empty_title.setFont(font)
        self.empty_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint = QLabel()
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        empty_layout = QVBoxLayout(self.empty_page)
        empty_layout.addStretch(2)
        empty_layout.addWidget(empty_icon)
        empty_layout.addWidget(self.empty_title)
        empty_layout.addWidget(self.empty_hint)
        empty_layout.addStretch(3)

        self.work_stack = QStackedWidget()
        self.work_stack.addWidget(self.empty_page)
        self.work_stack.addWidget(self.tabs)

        self.side_panel = self._make_side_panel()

        self.knowledge = KnowledgePane(self.service)
        self.knowledge.insert_requested.connect(self._on_knowledge_insert_requested)
        self.knowledge.insert_enabled_changed.connect(self.insert_article_action.setEnabled)
        self.knowledge.dismissed.connect(self._focus_current_chat)
        self.knowledge.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.pinned_banner = PinnedBanner()
        self.pinned_banner.article_requested.connect(self.open_article)
        self.broadcasts = BroadcastInbox(self.service, self)
        self.broadcast_banner = BroadcastBanner()
        self.broadcast_banner.article_requested.connect(self.open_article)
        self.broadcast_banner.read_requested.connect(self._on_broadcast_banner_read_requested)
        self.broadcasts.changed.connect(self._on_broadcasts_changed)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.work_stack)
        self.splitter.addWidget(self.side_panel)
        self.splitter.addWidget(self.knowledge)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setCollapsible(0, False)
        self.splitter.setSizes(KNOWLEDGE_SPLIT)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.broadcast_banner)
        layout.addWidget(self.pinned_banner)
        layout.addWidget(self.offer_widget)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self._update_empty_hint()

    def _make_side_panel(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        # The softphone panel (telephony issue) goes at the top of this column:
        # add_side_panel(SoftphoneWidget(...)) inserts it above the conversation details.
        self.side_slot = QVBoxLayout()
        layout.addLayout(self.side_slot)
        self.phone_box = QGroupBox(self.tr("Softphone"))
        self.phone_label = QLabel()
        self.phone_label.setWordWrap(True)
        QVBoxLayout(self.phone_box).addWidget(self.phone_label)
        self.phone_box.setVisible(self.phone is not None)
        layout.addWidget(self.phone_box)

        self.details_box = QGroupBox(self.tr("Conversation"))
        form = QFormLayout(self.details_box)
        # a label longer than the panel (Russian) goes above its value, never cut
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.detail_labels: dict[str, QLabel] = {}
        self.details_form = form
        for key, label in (
            ("citizen", self.tr("Citizen:")),
            ("topic", self.tr("Topic:")),
            ("department", self.tr("Department:")),
            ("channel", self.tr("Channel:")),
            ("started", self.tr("Started:")),
            ("duration", self.tr("Duration:")),
            ("messages", self.tr("Messages:")),
            ("with", self.tr("With:")),
            ("reference", self.tr("Reference:")),
        ):
            value = QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            self.detail_labels[key] = value
            form.addRow(label, value)
        self.details_box.hide()
        layout.addWidget(self.details_box)

        session = QGroupBox(self.tr("My session"))
        form = QFormLayout(session)
        self.signed_in_label = QLabel()
        self.open_count_label = QLabel("0")
        self.handled_label = QLabel("0")
        form.addRow(self.tr("Signed in:"), self.signed_in_label)
        form.addRow(self.tr("Open conversations:"), self.open_count_label)
        form.addRow(self.tr("Handled:"), self.handled_label)
        layout.addWidget(session)

        self.skills_box = QGroupBox(self.tr("My topics"))
        self.skills_label = QLabel()
        self.skills_label.setWordWrap(True)
        QVBoxLayout(self.skills_box).addWidget(self.skills_label)
        self.skills_box.hide()
        layout.addWidget(self.skills_box)
        layout.addStretch(1)
        panel.setMinimumWidth(220)
        return panel

    def add_side_panel(self, widget: QWidget) -> None:
        """Put a panel (the softphone) at the top of the side column."""
        self.side_slot.addWidget(widget)

    # ------------------------------------------------------------------ user actions

    def set_presence(self, state: str, reason: str = "") -> None:
        if state == "not_ready":
            self._last_reason = reason
        self._request_presence(state, reason)

    @async_slot
    async def _request_presence(self, state: str, reason: str) -> None:
        reply = await call(self.service, p.SetPresence(id=0, state=state, reason=reason))
        if reply is None:
            self._update_presence()  # undo the optimistic check mark in the menu

    def toggle_ready(self) -> None:
        if self.chosen_presence == "available":
            self.set_presence("not_ready", self._last_reason)
        else:
            self.set_presence("available")

    def accept_offer(self) -> None:
        if (shown := self.desk.shown) is not None:
            self._accept(shown.interaction.id)

    def reject_offer(self) -> None:
        if (shown := self.desk.shown) is not None:
            self._reject(shown.interaction.id)

    def current_call(self) -> CallWidget | None:
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, CallWidget) else None

    def current_video(self) -> VideoChatWidget | None:
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, VideoChatWidget) else None

    def hang_up(self) -> None:
        """F6: hang up the current call or video call, or decline a call or video
        that is ringing."""
        current = self.current_call() or self.current_video()
        if current is not None and current.state == "active":
            current.hang_up()
        elif (shown := self.desk.shown) is not None and shown.interaction.channel in (
            "voice",
            "video",
        ):
            self.reject_offer()

    def toggle_hold(self) -> None:
        if (current := self.current_call()) is not None:
            current.toggle_hold()

    def toggle_mute(self) -> None:
        if (current := self.current_call() or self.current_video()) is not None:
            current.toggle_mute()

    def toggle_camera(self) -> None:
        if (current := self.current_video()) is not None:
            current.toggle_camera()

    def _on_video_calls_problem(self, text: str) -> None:
        self.statusBar().showMessage(text, 10000)

    def toggle_keypad(self) -> None:
        if (current := self.current_call()) is not None:
            current.toggle_keypad()

    def focus_call_notes(self) -> None:
        if (current := self.current_call()) is not None:
            current.focus_notes()

    def consult(self) -> None:
        """Ctrl+Shift+C: the picker for the current conversation."""
        if (chat := self.current_chat()) is not None:
            chat.open_consult()

    def transfer(self) -> None:
        if (chat := self.current_chat()) is not None:
            chat.open_transfer()

    def merge(self) -> None:
        if (chat := self.current_chat()) is not None:
            chat.merge()

    def complete_transfer(self) -> None:
        if (chat := self.current_chat()) is not None:
            chat.complete_transfer()

    def cancel_consult(self) -> None:
        if (chat := self.current_chat()) is not None:
            chat.cancel_consult()

    def focus_internal(self) -> None:
        if (chat := self.current_chat()) is not None:
            chat.focus_internal()

    def show_directory(self) -> None:
        """F4 (when shut) / Ctrl+Shift+D: the directory dock, its search box focused."""
        self.directory_dock.show()
        self.directory_dock.raise_()
        self.directory_pane.focus_search()

    def _on_directory_action_triggered(self, checked: bool) -> None:
        if checked:
            self.directory_pane.focus_search()
        else:
            self._focus_current_chat()

    def _on_directory_dock_visibility_changed(self, visible: bool) -> None:
        if not self.isHidden():  # not while the window itself is shown or hidden
            self.settings.setValue("directory_visible", self.directory_dock.isVisibleTo(self))

    def _on_directory_pane_consult_requested(self, kind: str, key: str) -> None:
        chat = self.current_chat()
        if chat is not None:
            chat.consult_with(kind, key)

    def _on_directory_pane_transfer_requested(self, department: str) -> None:
        chat = self.current_chat()
        if chat is not None:
            chat.transfer_to(department)

    def close_current_chat(self) -> None:
        """Ctrl+W: a live conversation is ended (or left) only once confirmed; a tab
        that is over closes as before (after its wrap-up)."""
        chat = self.current_chat()
        if chat is None:
            return
        if chat.state != "active":
            chat.request_close()
            return
        self._confirm_close(chat)

    def _confirm_close(self, chat: ChatWidget) -> None:
        if self.close_chat_box is not None:
            self.close_chat_box.raise_()
            return
        name = chat.citizen_name
        call_tab = isinstance(chat, CallWidget)
        owner = self._dialog_parent()
        box = QMessageBox(owner)
        box.setIcon(QMessageBox.Icon.Question)
        if chat.role == "consulted":
            box.setWindowTitle(self.tr("Leave the conversation?"))
            box.setText(self.tr("Leave the conversation with %1?").replace("%1", name))
            box.setInformativeText(self.tr("The colleague who asked you carries on alone."))
            verb = self.tr("&Leave")
        else:
            if call_tab:
                box.setWindowTitle(self.tr("Hang up?"))
                box.setText(self.tr("Hang up the call with %1?").replace("%1", name))
                verb = self.tr("&Hang up")
            else:
                box.setWindowTitle(self.tr("End the chat?"))
                box.setText(self.tr("End the chat with %1?").replace("%1", name))
                verb = self.tr("&End chat")
            box.setInformativeText(
                self.tr("To pass it on instead, use Transfer… (%1).").replace(
                    "%1", keys.native(keys.TRANSFER)
                )
            )
        end = box.addButton(verb, QMessageBox.ButtonRole.AcceptRole)
        end.setToolTip(self.tr("Press %1 again to confirm").replace("%1", keys.native(keys.END)))
        # Ctrl+W, Ctrl+W: deliberate (a QShortcut: the box resets its buttons' own keys)
        QShortcut(QKeySequence(keys.END), box, end.click)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)  # Enter (still typing?) ends nothing
        box.setEscapeButton(cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def clicked(button: QAbstractButton) -> None:
            if button is end and isValid(chat) and chat.state == "active":
                chat.request_close()

        box.buttonClicked.connect(clicked)
        box.finished.connect(lambda _result: self._back_to(owner))
        box.destroyed.connect(self._on_close_chat_box_destroyed)
        self.close_chat_box = box
        self._update_current_actions()
        box.open()

    def _on_close_chat_box_destroyed(self) -> None:
        self.close_chat_box = None
        self._update_current_actions()

    def current_chat(self) -> ChatWidget | None:
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, ChatWidget) else None

    def search_knowledge(self) -> None:
        """Ctrl+K / F3: the knowledge pane's search box, from anywhere."""
        self._show_knowledge()
        self.knowledge.focus_search()

    def open_article(self, article_id: str) -> None:
        self._show_knowledge()
        self.knowledge.open_article(article_id)

    def insert_article(self) -> None:
        self.knowledge.insert_into_chat()

    def _show_knowledge(self) -> None:
        if not self.knowledge.isVisible():
            self.knowledge.show()
        sizes = self.splitter.sizes()
        if sizes[2] == 0:  # dragged shut: open it again at its usual width
            self.splitter.setSizes(
                [max(300, sizes[0] - KNOWLEDGE_SPLIT[2]), sizes[1], KNOWLEDGE_SPLIT[2]]
            )

    def show_shortcuts(self) -> None:
        extra = [
            (self.tr("Send message"), "Return"),
            (self.tr("New line in a message"), "Shift+Return"),
            (self.tr("Submit wrap-up"), WRAPUP_SUBMIT_SHORTCUT),
            (self.tr("Knowledge base: move through the articles"), "Down"),
            (self.tr("Knowledge base: open the article"), "Return"),
            (self.tr("Knowledge base: clear the search, then back to the chat"), "Esc"),
            (self.tr("Directory: consult the selected person or department"), "Return"),
            (self.tr("Directory: transfer to the selected department"), "Shift+Return"),
            (self.tr("Directory: star or unstar"), FAVOURITE_SHORTCUT),
            (self.tr("Staff chat: send"), "Return"),
        ]
        dialog = ShortcutsDialog(self.actions(), extra, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.shortcuts_dialog = dialog

    def show_audio_settings(self) -> None:
        """Microphone and speaker for the softphone (used from the next call on)."""
        from softphone.audio_settings import AudioSettingsDialog

        dialog = AudioSettingsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.audio_dialog = dialog

    def show_about(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About City Contact Centre"))
        box.setIconPixmap(icon("app").pixmap(64, 64))
        box.setText(self.tr("City Contact Centre — Agent"))
        box.setInformativeText(
            self.tr("One number and one chat for the whole city hall.\nOpen source, MIT licence.")
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def allow_close(self) -> None:
        """The app is shutting down: closing the window really closes it now."""
        self._allow_close = True

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self._allow_close:
            event.accept()
            return
        event.ignore()
        if self.tray_mode:
            self.hide()  # nothing ends: the tray (or the compact window) carries on
        else:
            self.request_quit()

    # ------------------------------------------------------------------ signing off

    def live_conversations(self) -> list[ChatWidget]:
        """Conversations that would be cut off by going: chats and calls still going."""
        return [c for c in self.chats.values() if c.state == "active"]

    def request_quit(self) -> None:
        """Ctrl+Q, File ▸ Quit, closing the window: asks first with live conversations."""
        self._sign_off("quit")

    def request_sign_out(self) -> None:
        self._sign_off("sign_out")

    def request_offline(self) -> None:
        self._sign_off("offline")

    def _sign_off(self, kind: Kind) -> None:
        if self.sign_off_dialog is not None:
            self.sign_off_dialog.raise_()
            self.sign_off_dialog.activateWindow()
            self._update_presence()
            return
        live = self.live_conversations()
        if not live:
            self._go(kind)
            return
        self._update_presence()  # no Offline check mark until it is so
        owner = self._dialog_parent()
        dialog = SignOffDialog(
            kind, [(c.citizen_name, c.interaction.channel, c.role) for c in live], owner
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.hand_back_requested.connect(lambda: self._hand_back_then(kind))
        dialog.anyway_requested.connect(lambda: self._go_from_dialog(kind))
        dialog.rejected.connect(lambda: self._back_to(owner))
        dialog.destroyed.connect(lambda: setattr(self, "sign_off_dialog", None))
        self.sign_off_dialog = dialog
        dialog.open()

    @async_slot
    async def _hand_back_then(self, kind: Kind) -> None:
        parts = [(c.interaction_id, c.role) for c in self.live_conversations()]
        self.save_drafts()
        result = await self.sign_off.hand_back(parts)
        dialog = self.sign_off_dialog
        if dialog is None or not isValid(dialog):
            return  # cancelled meanwhile (what was handed back stays handed back)
        if result.ok:
            self._go_from_dialog(kind)
        else:
            dialog.show_failure(unreachable=result.unreachable, message=result.message)

    def _go_from_dialog(self, kind: Kind) -> None:
        dialog = self.sign_off_dialog
        if dialog is not None and isValid(dialog):
            dialog.accept()
        self._go(kind)

    def _go(self, kind: Kind) -> None:
        self.save_drafts()
        if kind == "quit":
            self.quit_requested.emit()
        elif kind == "sign_out":
            self.sign_out_requested.emit()
        else:
            self.set_presence("offline")

    def _back_to(self, window: QWidget | None) -> None:
        """A question answered: the keyboard back in the window and the conversation."""
        if window is not None and isValid(window) and window.isVisible():
            window.activateWindow()
            self._focus_current_chat()

    def _dialog_parent(self) -> QWidget:
        """This window, or the compact expert window standing in for it."""
        if self.isVisible():
            return self
        active = QApplication.activeWindow()
        if isinstance(active, QMainWindow) and active.isVisible():
            return active
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow)]
        return next((w for w in shown if w.isVisible()), self)

    # ------------------------------------------------------------------ drafts

    def save_drafts(self) -> None:
        """Write every live conversation's unsent text now (quit, sign-out)."""
        for chat in self.chats.values():
            self._save_draft(chat)
        self.drafts.sync()

    def _drafts_owner(self) -> tuple[str, str] | None:
        """(server, user) the drafts are kept under: this session's, even after it."""
        client = self.service.client
        if self._draft_owner is None and client is not None and client.user:
            self._draft_owner = (client.url, client.user)
        return self._draft_owner

    def _save_draft(self, chat: ChatWidget) -> None:
        owner = self._drafts_owner()
        if owner is None or chat.state != "active":
            return  # what is over keeps what it had until it is finished
        self.drafts.save(*owner, chat.interaction_id, chat.draft())

    def _on_chat_draft_changed(self, interaction_id: str) -> None:
        chat = self.chats.get(interaction_id)
        if chat is not None:
            self._save_draft(chat)

    # ------------------------------------------------------------------ offers

    @async_slot
    async def _accept(self, interaction_id: str, auto: bool = False) -> None:
        decision = self.desk.accept(interaction_id, auto=auto)
        self._carry_out(decision)
        if isinstance(decision, SendAccept):
            reply = await call(self.service, p.AcceptOffer(id=0, interaction_id=interaction_id))
            self.desk.accept_finished(interaction_id, accepted=reply is not None)
            self._show_offer()

    @async_slot
    async def _reject(self, interaction_id: str) -> None:
        decision = self.desk.reject(interaction_id)
        self._carry_out(decision)
        if isinstance(decision, SendReject):
            await call(self.service, p.RejectOffer(id=0, interaction_id=interaction_id))
            self.desk.reject_finished(interaction_id)
            self._show_offer()

    def _carry_out(self, decision: Decision | None) -> None:
        """Do what the desk decided on the softphone and the offer bar (requests to the
        server are sent by the caller, which reports back to the desk)."""
        match decision:
            case AnswerPhone(call=phone_call):
                self.offer_widget.set_pending(True)  # the switch bridges, the server assigns
                phone_call.answer()
            case RejectPhone(call=phone_call):
                phone_call.reject()  # the switch tells the server
            case WaitForRinging() | SendAccept() | SendReject():
                self.offer_widget.set_pending(True)
        self._show_offer()

    def _show_offer(self) -> None:
        """The offer bar and the accept/reject actions as the desk has them."""
        shown = self.desk.shown
        if shown is None:
            if self.offer_widget.offer is not None:
                self.offer_widget.clear()
        elif shown is not self.offer_widget.offer:
            self.offer_widget.show_offer(shown, self.topics.get(shown.interaction.topic))
        self.accept_action.setEnabled(shown is not None)
        self.reject_action.setEnabled(shown is not None)

    def _on_offer_widget_expired(self, interaction_id: str) -> None:
        self.desk.offer_expired(interaction_id)
        self._show_offer()

    def _on_auto_accept_check_toggled(self, on: bool) -> None:
        self.desk.auto_accept = on
        self.settings.setValue("auto_accept", on)

    def _on_phone_incoming_call(self, phone_call: PhoneCall) -> None:
        decision = self.desk.phone_ringing(phone_call)
        self._carry_out(decision)
        if isinstance(decision, RejectPhone):
            return  # no interaction id: only the switch calls this softphone
        QApplication.alert(self)
        chat = self.chats.get(phone_call.interaction_id)
        if isinstance(chat, CallWidget) and chat.phone_call is None:
            chat.bind_call(phone_call)

    def _on_phone_call_ended(self, phone_call: PhoneCall) -> None:
        self.desk.phone_call_ended(phone_call)

    def _on_phone_audio_problem(self, text: str) -> None:
        self.phone_label.setText(text)
        self.statusBar().showMessage(text, 15000)

    @async_slot
    async def register_phone(self) -> None:
        """Tell the server where the switch reaches this softphone (after every login)."""
        if self.phone is None:
            return
        reply = await call(self.service, p.RegisterPhone(id=0, uri=self.phone.contact))
        if reply is None:
            self.phone_label.setText(self.tr("No calls: the server did not take the softphone."))
        elif not self.phone_label.text() or not self._phone_registered:
            text = self.tr("Ready for calls at %1").replace("%1", self.phone.contact)
            if multimedia_error():  # no sound system: calls connect in silence
                text += "\n" + multimedia_error()
            self.phone_label.setText(text)
        self._phone_registered = reply is not None

    # ------------------------------------------------------------------ service events

    def _on_service_logged_in(self, welcome: p.HelloOk) -> None:
        first = self.welcome is None
        self.welcome = welcome
        if self.service.client is not None:
            self._draft_owner = (self.service.client.url, welcome.user.username)
        self.drafts.prune()
        self.topics = {t.id: t for t in welcome.topics}
        if first or self.signed_in_at is None:
            self.signed_in_at = time.time()
            self.signed_in_label.setText(locale_format.clock(self.signed_in_at))
        self.not_ready_menu.clear()
        for reason in welcome.not_ready_reasons:
            action = self.not_ready_menu.addAction(reason)
            action.triggered.connect(
                lambda checked=False, r=reason: self.set_presence("not_ready", r)
            )
        self.not_ready_menu.setEnabled(bool(welcome.not_ready_reasons))
        if not first or not self._presence_known:
            # presence.changed follows with the exact time; until then this is close enough
            self._set_presence(welcome.presence, welcome.presence_reason, time.time())
        # events pushed right after the hello may have come before the topic names
        for chat in self.chats.values():
            chat.set_topic(self.topics.get(chat.interaction.topic))
        if self.offer_widget.offer is not None:
            offer = self.offer_widget.offer
            self.offer_widget.show_offer(offer, self.topics.get(offer.interaction.topic))
        self.knowledge.set_departments(welcome.topics)
        self.directory.me = welcome.user.username
        self.directory.set_topics(welcome.topics)
        self.load_directory()
        self.register_phone()
        skills = sorted(welcome.user.skills.items(), key=lambda kv: (-kv[1], kv[0]))
        names = [self.topics[t].name if t in self.topics else t for t, _ in skills]
        self.skills_label.setText("\n".join(names))
        self.skills_box.setVisible(bool(names))
        self._update_title()

    def _on_service_connection_changed(self, up: bool) -> None:
        self.connected = up
        for chat in self.chats.values():
            chat.set_connected(up)
        if not up:
            self.desk.disconnected()
            self._show_offer()
        self._update_connection()

    def _on_service_presence_changed(self, msg: p.PresenceChanged) -> None:
        self._presence_known = True
        self._set_presence(msg.presence, msg.reason, msg.since)
        if msg.presence == "not_ready" and msg.reason == "ring_no_answer":
            self.statusBar().showMessage(
                self.tr("You missed an offer and are now Not ready. Press F9 when you are back."),
                15000,
            )
        elif msg.by and msg.by not in ("", self.service.username, "system"):
            self.statusBar().showMessage(
                self.tr("Your presence was changed by %1.").replace("%1", msg.by), 10000
            )

    def _on_service_offer_created(self, msg: p.OfferCreated) -> None:
        accept_now = self.desk.offer_created(msg)
        self._origins[msg.interaction.id] = (msg.kind, msg.from_agent_name, msg.note)
        self._show_offer()
        QApplication.alert(self)
        if accept_now:
            self._accept(msg.interaction.id, auto=True)

    def _on_service_offer_revoked(self, msg: p.OfferRevoked) -> None:
        if not self.desk.offer_revoked(msg.interaction_id):
            return
        self._show_offer()
        texts = {
            "timeout": self.tr("The offer timed out."),
            "abandoned": self.tr("The citizen left before the chat was accepted."),
            "taken": self.tr("The offer went to someone else."),
            "rejected": self.tr("The offer was rejected."),
        }
        self.statusBar().showMessage(texts.get(msg.reason, msg.reason), 10000)

    def _on_service_interaction_assigned(self, msg: p.InteractionAssigned) -> None:
        iid = msg.interaction.id
        focus = self.desk.interaction_assigned(iid)
        announce = self.desk.take_announcement(iid)
        self._show_offer()
        chat = self.chats.get(iid)
        if chat is None:
            channel = msg.interaction.channel
            extra = {}
            widget = ChatWidget
            if channel == "voice":
                widget = CallWidget
            elif channel == "video" and self.video_calls is not None:
                widget, extra = VideoChatWidget, {"calls": self.video_calls}
            chat = widget(
                self.service,
                msg.interaction,
                topic=self.topics.get(msg.interaction.topic),
                second_line=self.second_line,
                directory=self.directory_model,
                **extra,
            )
            chat.set_connected(self.connected)
            if iid in self._origins:
                chat.set_origin(*self._origins.pop(iid))
            chat.changed.connect(lambda c=chat: self._update_tab(c))
            chat.finished.connect(self._on_chat_finished)
            chat.draft_changed.connect(self._on_chat_draft_changed)
            chat.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
            chat.citizen_message_received.connect(self._on_chat_citizen_message_received)
            self.chats[iid] = chat
            if isinstance(chat, CallWidget):
                ringing = self.desk.take_ringing(iid)
                if ringing is not None:
                    chat.bind_call(ringing)
            kind = {CallWidget: "call", VideoChatWidget: "video"}.get(type(chat), "chat")
            had_tabs = self.tabs.count() > 0
            self._adding_tab = True
            try:
                self.tabs.addTab(chat, icon(kind), chat.title())
            finally:
                self._adding_tab = False
            self.work_stack.setCurrentWidget(self.tabs)
            if self.tabs.count() == 1:
                chat.set_current(True)
                self._update_details()
                self._update_current_actions()
            if announce and had_tabs:
                chat.announced = True
        chat.apply_assignment(msg)
        owner = self._drafts_owner()
        if owner is not None and not chat.draft():
            chat.restore_draft(self.drafts.load(*owner, iid))
        if focus:  # the agent accepted it here
            self.tabs.setCurrentWidget(chat)
            chat.setFocus()
        elif announce:
            self._announce(chat)
        self._update_tab(chat)
        self._update_counts()

    def _announce(self, chat: ChatWidget) -> None:
        """A conversation came by itself: say so without taking the keyboard away."""
        QApplication.alert(self)
        self.chime.play()
        self.statusBar().showMessage(
            self.tr("New conversation: %1 (Ctrl+Tab to go there).").replace(
                "%1", chat.citizen_name
            ),
            10000,
        )

    def _on_service_interaction_closed(self, msg: p.InteractionClosed) -> None:
        chat = self.chats.get(msg.interaction_id)
        if chat is not None:
            chat.on_closed(msg)
            if msg.by == "citizen" and chat is not self.current_chat():
                self.statusBar().showMessage(
                    self.tr("%1 left the chat.").replace("%1", chat.citizen_name), 8000
                )
        self._update_current_actions()

    def _on_service_chat_message_received(self, msg: p.ChatMessageEvent) -> None:
        chat = self.chats.get(msg.interaction_id)
        if chat is not None:
            chat.add_message(msg.message)

    def _on_service_typing_changed(self, msg: p.Typing) -> None:
        chat = self.chats.get(msg.interaction_id)
        if chat is not None and msg.sender == "citizen":
            chat.set_citizen_typing(msg.typing)

    def _on_service_chat_delivered(self, msg: p.ChatDelivered) -> None:
        chat = self.chats.get(msg.interaction_id)
        if chat is not None:
            chat.mark_delivered(msg.seq)

    def _on_broadcasts_changed(self) -> None:
        self.broadcast_banner.set_broadcasts(self.broadcasts.unread())

    def _on_broadcast_banner_read_requested(self, broadcast_id: int) -> None:
        spawn(self.broadcasts.mark_read(broadcast_id))

    def _on_service_event_received(self, msg: object) -> None:
        if isinstance(msg, p.MonitorChanged):
            self.monitored.apply(msg)
        elif isinstance(msg, p.InteractionClosed):
            self.monitored.forget(msg.interaction_id)
        elif isinstance(msg, p.KbPinned):
            self.pinned_banner.set_articles(msg.articles)
        elif isinstance(msg, p.KbSuggestions):
            self.knowledge.set_suggestions(msg.interaction_id, msg.hits)

    def _on_second_line_consult_changed(self, msg: p.ConsultChanged) -> None:
        chat = self.chats.get(msg.interaction_id)
        if chat is not None:
            chat.apply_consult_changed(msg)
            if msg.state == "connected" and chat is not self.current_chat():
                self.statusBar().showMessage(
                    self.tr("%1 joined your conversation with %2.")
                    .replace("%1", msg.expert_name)
                    .replace("%2", chat.citizen_name),
                    10000,
                )
                QApplication.alert(self)

    def _on_second_line_participants_changed(self, msg: p.ParticipantsChanged) -> None:
        chat = self.chats.get(msg.interaction_id)
        if chat is not None:
            chat.apply_participants(msg)

    def _on_second_line_internal_received(self, msg: p.InternalMessageEvent) -> None:
        chat = self.chats.get(msg.interaction_id)
        if chat is not None:
            chat.add_internal(msg.message)
            if not self.isActiveWindow():
                QApplication.alert(self)

    def _on_second_line_directory_changed(self, msg: p.DirectoryUpdate) -> None:
        if not self.directory.loaded:
            return  # the snapshot on its way has it
        people, departments, structure = self.directory.update(msg)
        if structure:
            self._rebuild_directory()
        else:
            self.directory_model.refresh(people, departments)
        self.directory_pane._update_detail()

    @async_slot
    async def load_directory(self) -> None:
        """The directory once per login; pushes keep it current afterwards."""
        try:
            snapshot = await self.second_line.directory()
        except (p.ProtocolError, OSError, TimeoutError):
            return  # reported in the status bar; the next login asks again
        self.directory.load(snapshot)
        self._rebuild_directory()

    def _rebuild_directory(self) -> None:
        kind, key, _ = self.directory_pane.selected()
        self.directory_model.rebuild()
        if kind:
            self.directory_pane.select(kind, key)

    def _on_service_request_failed(self, code: str, message: str) -> None:
        texts = {
            "disconnected": self.tr("Not connected to the server: the request was not sent."),
            p.ErrorCode.WRAPUP_REQUIRED: self.tr("Submit the wrap-up first."),
        }
        self.statusBar().showMessage(texts.get(code, message or code), 10000)

    # ------------------------------------------------------------------ chats

    def _on_chat_finished(self, interaction_id: str) -> None:
        chat = self.chats.pop(interaction_id, None)
        if chat is None:
            return
        if (owner := self._drafts_owner()) is not None:
            self.drafts.remove(*owner, interaction_id)
        self.handled += 1
        index = self.tabs.indexOf(chat)
        if index >= 0:
            self.tabs.removeTab(index)
        chat.deleteLater()
        self.knowledge.forget_conversation(interaction_id)
        if not self.chats:
            self.work_stack.setCurrentWidget(self.empty_page)
        self._update_counts()
        self._update_current_actions()

    def _on_chat_citizen_message_received(self, interaction_id: str) -> None:
        if not self.isActiveWindow():
            QApplication.alert(self)

    def _on_tabs_current_changed(self, index: int) -> None:
        for chat in self.chats.values():
            chat.set_current(chat is self.tabs.widget(index))
        current = self.current_chat()
        if current is not None and not self._adding_tab:
            # the message box (or the wrap-up form); in an inactive window Qt keeps it
            # for when the window is activated, e.g. after conversations were resumed
            current.setFocus()
        self._update_details()
        self._update_current_actions()

    def _update_tab(self, chat: ChatWidget) -> None:
        index = self.tabs.indexOf(chat)
        if index < 0:
            return
        self.tabs.setTabText(index, chat.title())
        if chat.state != "active":
            tab_icon = presence_icon("wrap_up" if chat.wrapup_required else "offline")
        elif chat.announced:
            tab_icon = presence_icon("available")  # new, not looked at yet
        else:
            tab_icon = icon("call" if isinstance(chat, CallWidget) else "chat")
        self.tabs.setTabIcon(index, tab_icon)
        tip = chat.citizen_name
        if chat.citizen_typing:
            tip = self.tr("%1 is typing…").replace("%1", chat.citizen_name)
        if chat.announced:
            tip = self.tr("New: %1").replace("%1", tip)
        self.tabs.setTabToolTip(index, tip)
        color = self.palette().color(
            QPalette.ColorRole.Highlight
            if chat.unread or chat.announced
            else QPalette.ColorRole.WindowText
        )
        self.tabs.tabBar().setTabTextColor(index, color)
        if chat is self.current_chat():
            self._update_details()
            self._update_current_actions()

    def _step_tab(self, step: int) -> None:
        count = self.tabs.count()
        if count:
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % count)

    def _on_knowledge_insert_requested(self, text: str) -> None:
        chat = self.current_chat()
        if chat is not None and chat.insert_text(text):
            self.statusBar().showMessage(
                self.tr("Article inserted: edit it if needed, then press Enter to send."), 8000
            )

    def _focus_current_chat(self) -> None:
        chat = self.current_chat()
        if chat is not None:
            chat.setFocus()

    # ------------------------------------------------------------------ display

    def _set_presence(self, presence: str, reason: str, since: float) -> None:
        self.presence, self.presence_reason, self.presence_since = presence, reason, since
        if presence in ("available", "not_ready", "offline"):
            self.chosen_presence = presence
        self._update_presence()

    def _update_presence(self) -> None:
        self.presence_button.setIcon(presence_icon(self.presence))
        self.presence_button.setText(presence_text(self.presence, self.presence_reason))
        checked = {
            "available": self.available_action,
            "not_ready": self.not_ready_action,
            "offline": self.offline_action,
        }.get(self.chosen_presence)
        for a in self.presence_group.actions():
            a.setChecked(a is checked)
        self._on_clock_timeout()
        self._update_empty_hint()

    def _update_connection(self) -> None:
        if self.connected:
            self.connection_icon.setPixmap(icon("connection-up").pixmap(16, 16))
            self.connection_label.setText(self.tr("Connected"))
        elif self.welcome is not None:
            self.connection_icon.setPixmap(icon("connection-down").pixmap(16, 16))
            self.connection_label.setText(self.tr("Reconnecting…"))
        else:
            self.connection_icon.setPixmap(icon("presence-offline").pixmap(16, 16))
            self.connection_label.setText(self.tr("Not signed in"))

    def _update_title(self) -> None:
        base = self.tr("City Contact Centre")
        if self.welcome is None:
            self.setWindowTitle(f"{base} — {self.tr('Agent')}")
            return
        role = self.tr("Expert") if self.welcome.user.role == "expert" else self.tr("Agent")
        self.setWindowTitle(f"{base} — {role} ({self.welcome.user.display_name})")

    def _update_empty_hint(self) -> None:
        if self.presence == "available":
            text = self.tr("You are available: the next chat will appear here.")
        elif self.presence == "wrap_up":
            text = self.tr("Finish your wrap-up to receive new chats.")
        else:
            text = self.tr("Press F9 or choose Available to start receiving chats.")
        self.empty_hint.setText(text)

    def _update_counts(self) -> None:
        self.open_count_label.setText(str(len(self.chats)))
        self.handled_label.setText(str(self.handled))

    def _update_current_actions(self) -> None:
        chat = self.current_chat()
        # while Ctrl+W asks, the key is the question's (two owners would make it ambiguous)
        self.close_chat_action.setEnabled(chat is not None and self.close_chat_box is None)
        call_tab = self.current_call()
        self.call_notes_action.setEnabled(call_tab is not None and call_tab.state == "active")
        c = chat.consultation if chat is not None else None
        owner = chat is not None and chat.role == "owner" and chat.state == "active"
        self.consult_action.setEnabled(chat is not None and chat.can_consult())
        self.transfer_action.setEnabled(chat is not None and chat.can_transfer())
        self.merge_action.setEnabled(owner and c is not None and c.can_merge)
        self.complete_action.setEnabled(owner and c is not None and c.can_complete)
        self.cancel_consult_action.setEnabled(owner and c is not None and c.can_cancel)
        self.internal_action.setEnabled(chat is not None and chat.internal.isVisibleTo(chat))
        if chat is None:
            self.knowledge.set_conversation("")
            self.directory_pane.set_context(
                can_consult=False,
                can_transfer=False,
                hint=self.tr("Open a conversation to consult or transfer it."),
            )
            self.directory_model.set_channel("chat")
        else:
            self.knowledge.set_conversation(
                chat.interaction_id,
                chat.interaction.topic,
                active=chat.state == "active",
                writable=chat.can_write(),
            )
            self.directory_model.set_channel(chat.interaction.channel)
            self.directory_pane.set_context(
                can_consult=chat.can_consult(),
                can_transfer=chat.can_transfer(),
                hint=chat.second_line_hint(),
            )
        self.insert_article_action.setText(
            self.tr("&Copy the article's short answer")
            if self.knowledge.copies()
            else self.tr("&Insert article into chat")
        )

    def _update_details(self) -> None:
        chat = self.current_chat()
        if chat is None:
            self.details_box.hide()
            return
        info = chat.interaction
        topic = self.topics.get(info.topic)
        channel = {"chat": self.tr("Chat"), "voice": self.tr("Phone"), "video": self.tr("Video")}
        me = self.service.username
        others = [x.display_name for x in info.participants if x.username != me]
        values = {
            "citizen": chat.citizen_name,
            "topic": topic.name if topic else info.topic,
            "department": topic.department if topic else "",
            "channel": channel.get(info.channel, info.channel),
            "started": locale_format.clock(info.created_at, seconds=True),
            "duration": format_duration((chat.closed_at or time.time()) - info.created_at),
            "messages": str(len(chat.transcript)),
            "with": ", ".join(others),
            "reference": info.id,
        }
        for key, value in values.items():
            self.detail_labels[key].setText(value)
        is_call = isinstance(chat, CallWidget)
        # a call has its own clock on its tab, and no messages to count
        self.details_form.setRowVisible(self.detail_labels["duration"], not is_call)
        self.details_form.setRowVisible(self.detail_labels["messages"], not is_call)
        self.details_form.setRowVisible(self.detail_labels["with"], bool(others))
        self.details_box.show()

    def _on_clock_timeout(self) -> None:
        elapsed = format_duration(time.time() - self.presence_since)
        self.time_in_state_label.setText(self.tr("for %1").replace("%1", elapsed))
        chat = self.current_chat()
        if chat is not None and not isinstance(chat, CallWidget):
            self.detail_labels["duration"].setText(
                format_duration((chat.closed_at or time.time()) - chat.interaction.created_at)
            )
