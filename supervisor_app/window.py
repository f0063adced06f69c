"""The supervisor's main window: wallboard, agent grid and queue table, all live.

Everything shown is pushed by the server. The window subscribes once per login (the
first and every re-login after a reconnect) and then only renders the agents and queues of
``supervisor.update`` events; a one-second clock re-renders the durations, nothing polls.

Ordering: a snapshot reply and the events that follow it can be handed to us before the
coroutine that asked for the snapshot resumes. Events that arrive while a subscribe is
in flight are therefore held back and applied on top of the snapshot, never under it.

At scale the snapshot comes in pages (``supervisor_app.snapshot_loader``): the reply has
the queues and the first agents, ``supervisor.snapshot_page`` pushes the rest. The grid
fills page by page with a progress bar in the status bar; held events wait until the
last page is in. ``team.changed`` (an admin changed the teams) subscribes again.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QSystemTrayIcon,
    QTableView,
    QTabWidget,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from shared import protocol as p
from softphone import locale_format
from softphone.client_service import ClientService
from softphone.login_dialog import ORGANIZATION
from softphone.presence import icon
from softphone.qt_async import spawn
from softphone.ui_language import LanguageMenu, current_language
from supervisor_app.agent_model import (
    SORT_ROLE,
    STATUS_ROLE,
    USERNAME_ROLE,
    AgentColumn,
    AgentModel,
)
from supervisor_app.alerts import AlertTracker, level_of_service_level, level_of_wait
from supervisor_app.articles.page import KnowledgeBasePage
from supervisor_app.articles.service import KnowledgeService
from supervisor_app.broadcasts.page import BroadcastsPage
from supervisor_app.broadcasts.service import BroadcastService
from supervisor_app.conversation_chooser import ConversationChooserDialog
from supervisor_app.conversations.page import ConversationsPage
from supervisor_app.conversations.service import ConversationsService
from supervisor_app.dialogs import ForceNotReadyDialog, ForceOfflineBox
from supervisor_app.keyed_model import SettableFilterProxy
from supervisor_app.monitor_panel import MonitorPanel
from supervisor_app.monitoring_service import MonitoringService
from supervisor_app.presentation import (
    channel_label,
    dot_icon,
    format_duration,
    format_share,
    presence_icon,
    presence_label,
)
from supervisor_app.quality.evaluation_dialog import EvaluationDialog
from supervisor_app.quality.page import QualityPage
from supervisor_app.quality.service import QualityService
from supervisor_app.queue_model import QueueColumn, QueueModel
from supervisor_app.reports.page import ReportsPage
from supervisor_app.reports.service import ReportsService
from supervisor_app.snapshot_loader import SnapshotLoader
from supervisor_app.staffing.page import StaffingPage
from supervisor_app.staffing.service import StaffingService
from supervisor_app.stepping_in import SteppingIn
from supervisor_app.stepping_in_service import SteppingInService
from supervisor_app.supervision_service import SupervisionService
from supervisor_app.teams.page import TeamsPage
from supervisor_app.teams.service import TeamsService
from supervisor_app.timeline import TimelineDialog
from supervisor_app.wallboard import (
    DEFAULT_SETTINGS,
    WORKING_ROLES,
    Figures,
    WallboardWidget,
    WallModeWidget,
)

Index = QModelIndex | QPersistentModelIndex

APP_NAME = "cc-supervisor"  # its settings (QSettings) and the sign-in dialog


def _icon(name: str, fallback_colour: str) -> QIcon:
    found = icon(name)
    return found if not found.isNull() else dot_icon(fallback_colour)


class _FilterProxy(SettableFilterProxy):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)


class AgentFilterProxy(_FilterProxy):
    """Sorts by each column's natural key and filters by text, state and role."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._presence: str | None = None
        self._roles: frozenset[str] | None = WORKING_ROLES

    def set_text(self, text: str) -> None:
        self._change_filter(_text=text.strip().casefold())

    def set_presence(self, presence: str | None) -> None:
        self._change_filter(_presence=presence)

    def set_roles(self, roles: frozenset[str] | None) -> None:
        self._change_filter(_roles=roles)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        agent: p.AgentStatus | None = (
            self.sourceModel().index(source_row, 0, source_parent).data(STATUS_ROLE)
        )
        if agent is None:
            return False
        if self._roles is not None and agent.role not in self._roles:
            return False
        if self._presence is not None and agent.presence != self._presence:
            return False
        if self._text:
            haystack = f"{agent.display_name} {agent.username} {agent.reason}".casefold()
            return self._text in haystack
        return True


class QueueFilterProxy(_FilterProxy):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._only_waiting = False

    def set_only_waiting(self, only: bool) -> None:
        self._change_filter(_only_waiting=only)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._only_waiting:
            return True
        index = self.sourceModel().index(source_row, QueueColumn.WAITING, source_parent)
        return bool(index.data(SORT_ROLE))


class SupervisorWindow(QMainWindow):
    snapshot_applied = Signal()  # after every (re)subscribe
    presence_forced = Signal(str, str)  # username, state: the server said ok
    alert_raised = Signal(str)  # a figure turned red (also a desktop notification)
    timeline_shown = Signal(object)  # the TimelineDialog, once open
    closed = Signal()

    def __init__(
        self, service: ClientService, parent: QWidget | None = None, *, phone=None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.monitoring = MonitoringService(service, phone, self)  # phone: for calls
        self.setWindowTitle(self.tr("City Contact Centre — Supervisor"))
        self.setWindowIcon(icon("app"))
        self.resize(1200, 760)

        self.agent_model = AgentModel(self)
        self.queue_model = QueueModel(self)
        self.agent_proxy = AgentFilterProxy(self)
        self.agent_proxy.setSourceModel(self.agent_model)
        self.queue_proxy = QueueFilterProxy(self)
        self.queue_proxy.setSourceModel(self.queue_model)
        self.knowledge = KnowledgeService(service, self)
        self.stepping_in = SteppingIn(
            SteppingInService(service, self), self.selected_agent, self._describe, self
        )
        self.stepping_in.status_message.connect(
            lambda text: self.statusBar().showMessage(text, 10000)
        )
        self.supervision = SupervisionService(service, self)
        self.settings = DEFAULT_SETTINGS  # the centre's thresholds (from the snapshot)
        self.centre: p.CentreStatus | None = None
        self.alerts = AlertTracker()
        self.stale_since: float | None = None  # figures not fresh since (reconnecting)
        self.context_menu: QMenu | None = None
        self.wall: WallModeWidget | None = None
        self.tray: QSystemTrayIcon | None = None
        self._clock_now = time.time
        self._hovered = False  # the mouse is over the agent grid
        self._sort_held = False
        self.teams = TeamsService(service, self)
        self.staffing = StaffingService(service, self)
        self.conversations = ConversationsService(service, self)
        self.quality = QualityService(service, self)
        self.reports = ReportsService(service, self)
        self.broadcasts = BroadcastService(service, self)

        self._held: list[Any] | None = None  # events held while a subscribe is in flight
        self._subscribe_generation = 0
        self.loader = SnapshotLoader()  # the snapshot's pages, in flight
        self._not_ready_reasons: list[str] = []
        self.dialog: ForceNotReadyDialog | ForceOfflineBox | QMessageBox | None = None  # open one
        self.chooser: ConversationChooserDialog | None = None  # which conversation to monitor

        self._build_actions()
        self._build_ui()
        self._build_menus()
        self._build_status_bar()

        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self._on_clock_timeout)
        self._clock.start()

        service.agent_updated.connect(self._on_service_agent_updated)
        service.queue_updated.connect(self._on_service_queue_updated)
        service.logged_in.connect(self._on_service_logged_in)
        service.connection_changed.connect(self._on_service_connection_changed)
        service.request_failed.connect(self._on_service_request_failed)
        service.event_received.connect(self._on_service_event_received)
        self.agent_model.modelReset.connect(self._update_actions)
        self.agent_model.dataChanged.connect(self._on_agent_model_data_changed)

        connected = service.client is not None and service.client.connected
        self._show_connection(connected)
        if service.welcome is not None:
            self._apply_welcome(service.welcome)
        if connected:
            self.subscribe()

    # ------------------------------------------------------------------ building

    def _build_actions(self) -> None:
        self.force_not_ready_action = QAction(self.tr("Force &Not Ready…"), self)
        self.force_not_ready_action.setToolTip(
            self.tr("Stop new work reaching the selected agent, with a reason they will see")
        )
        self.force_not_ready_action.setIcon(presence_icon("not_ready"))
        self.force_not_ready_action.triggered.connect(self._on_force_not_ready_action_triggered)

        self.force_offline_action = QAction(self.tr("Force &Offline"), self)
        self.force_offline_action.setToolTip(self.tr("Set the selected agent Offline"))
        self.force_offline_action.setIcon(presence_icon("offline"))
        self.force_offline_action.triggered.connect(self._on_force_offline_action_triggered)

        self.force_available_action = QAction(self.tr("Force &Available"), self)
        self.force_available_action.setToolTip(self.tr("Set the selected agent Available"))
        self.force_available_action.setIcon(presence_icon("available"))
        self.force_available_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.force_available_action.triggered.connect(self._on_force_available_action_triggered)
        self.force_not_ready_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.force_offline_action.setShortcut(QKeySequence("Ctrl+Shift+O"))

        self.log_out_agent_action = QAction(self.tr("&Log Out Agent…"), self)
        self.log_out_agent_action.setToolTip(
            self.tr("End the selected agent's session: their app is signed out")
        )
        self.log_out_agent_action.setShortcut(QKeySequence("Ctrl+Shift+X"))
        self.log_out_agent_action.triggered.connect(self._on_log_out_agent_action_triggered)

        self.timeline_action = QAction(self.tr("&Timeline Today…"), self)
        self.timeline_action.setToolTip(self.tr("The selected agent's states today"))
        self.timeline_action.setShortcut(QKeySequence("Ctrl+T"))
        self.timeline_action.triggered.connect(self._on_timeline_action_triggered)

        self.wall_mode_action = QAction(self.tr("&Wall Mode"), self)
        self.wall_mode_action.setCheckable(True)
        self.wall_mode_action.setShortcuts([QKeySequence("F11"), QKeySequence("Ctrl+Shift+F")])
        self.wall_mode_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.wall_mode_action.toggled.connect(self._on_wall_mode_action_toggled)
        self.monitor_action = QAction(self.tr("&Monitor conversation"), self)
        self.monitor_action.setToolTip(
            self.tr("Listen to the selected agent's call or read their chat live")
        )
        self.monitor_action.setShortcut(QKeySequence("Ctrl+Shift+M"))
        self.monitor_action.triggered.connect(self._on_monitor_action_triggered)

        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self._on_quit_action_triggered)

        self.about_action = QAction(self.tr("&About"), self)
        self.about_action.triggered.connect(self._on_about_action_triggered)

        self.live_view_action = QAction(self.tr("&Live view"), self)
        self.live_view_action.setShortcut(QKeySequence("Ctrl+1"))
        self.live_view_action.triggered.connect(lambda: self.tabs.setCurrentIndex(0))
        self.knowledge_view_action = QAction(self.tr("&Knowledge base"), self)
        self.knowledge_view_action.setShortcut(QKeySequence("Ctrl+2"))
        self.knowledge_view_action.triggered.connect(lambda: self.tabs.setCurrentIndex(1))
        self.broadcasts_view_action = QAction(self.tr("&Broadcasts"), self)
        self.broadcasts_view_action.setShortcut(QKeySequence("Ctrl+3"))
        self.broadcasts_view_action.triggered.connect(
            lambda: self.tabs.setCurrentWidget(self.broadcasts_page)
        )
        self.teams_view_action = QAction(self.tr("&Teams"), self)
        self.teams_view_action.setShortcut(QKeySequence("Ctrl+4"))
        self.teams_view_action.setVisible(False)  # admins only
        self.teams_view_action.triggered.connect(
            lambda: self.tabs.setCurrentWidget(self.teams_page)
        )
        self.reports_view_action = QAction(self.tr("&Reports"), self)
        self.reports_view_action.setShortcut(QKeySequence("Ctrl+5"))
        self.reports_view_action.triggered.connect(
            lambda: self.tabs.setCurrentWidget(self.reports_page)
        )
        self.staffing_view_action = QAction(self.tr("&Staffing"), self)
        self.staffing_view_action.setShortcut(QKeySequence("Ctrl+6"))
        self.staffing_view_action.triggered.connect(
            lambda: self.tabs.setCurrentWidget(self.staffing_page)
        )
        self.conversations_view_action = QAction(self.tr("&Conversations"), self)
        self.conversations_view_action.setShortcut(QKeySequence("Ctrl+7"))
        self.conversations_view_action.triggered.connect(
            lambda: self.tabs.setCurrentWidget(self.conversations_page)
        )
        self.quality_view_action = QAction(self.tr("&Quality"), self)
        self.quality_view_action.setShortcut(QKeySequence("Ctrl+8"))
        self.quality_view_action.triggered.connect(
            lambda: self.tabs.setCurrentWidget(self.quality_page)
        )
        self.broadcast_action = QAction(self.tr("New &broadcast…"), self)
        self.broadcast_action.setShortcut(QKeySequence("Ctrl+B"))
        self.broadcast_action.setToolTip(self.tr("Tell all staff or a team something now"))
        self.broadcast_action.triggered.connect(self._on_broadcast_action_triggered)

    def _build_ui(self) -> None:
        self.wallboard = WallboardWidget(self)

        # --- agents
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Find by name or reason"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMinimumWidth(240)
        self.filter_edit.textChanged.connect(self.agent_proxy.set_text)

        self.presence_filter = QComboBox(self)
        self.presence_filter.addItem(self.tr("All states"), None)
        for state in ("available", "busy", "wrap_up", "not_ready", "offline"):
            self.presence_filter.addItem(presence_label(state), state)
        self.presence_filter.currentIndexChanged.connect(self._on_presence_filter_changed)

        self.role_filter = QComboBox(self)
        self.role_filter.addItem(self.tr("Agents and experts"), WORKING_ROLES)
        self.role_filter.addItem(self.tr("Agents"), frozenset({"agent"}))
        self.role_filter.addItem(self.tr("Experts"), frozenset({"expert"}))
        self.role_filter.currentIndexChanged.connect(self._on_role_filter_changed)

        available_button = QToolButton(self)
        available_button.setDefaultAction(self.force_available_action)
        available_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        timeline_button = QToolButton(self)
        timeline_button.setDefaultAction(self.timeline_action)
        not_ready_button = QToolButton(self)
        not_ready_button.setDefaultAction(self.force_not_ready_action)
        not_ready_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        offline_button = QToolButton(self)
        offline_button.setDefaultAction(self.force_offline_action)
        offline_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        # Filters on one row, the actions on the next: in Russian the row of both needs
        # more than a 1366 px laptop screen (tests/gui/test_languages.py).
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.filter_edit, 2)
        filter_row.addWidget(self.presence_filter)
        filter_row.addWidget(self.role_filter)
        action_row = QHBoxLayout()
        action_row.addWidget(timeline_button)
        action_row.addWidget(available_button)
        action_row.addWidget(not_ready_button)
        action_row.addWidget(offline_button)
        action_row.addStretch(1)
        agent_bar = QVBoxLayout()
        agent_bar.addLayout(filter_row)
        agent_bar.addLayout(action_row)

        self.agent_view = QTableView(self)
        self.agent_view.setModel(self.agent_proxy)
        self._setup_table(self.agent_view)
        self.agent_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.agent_view.customContextMenuRequested.connect(self._on_agent_view_context_menu)
        self.agent_view.selectionModel().selectionChanged.connect(self._update_actions)
        self.agent_view.selectionModel().selectionChanged.connect(self._update_sort_hold)
        self.agent_view.viewport().installEventFilter(self)
        header = self.agent_view.horizontalHeader()
        header.setSectionResizeMode(AgentColumn.NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (AgentColumn.ROLE, 110),
            (AgentColumn.PRESENCE, 150),
            (AgentColumn.REASON, 190),
            (AgentColumn.TIME, 120),
            (AgentColumn.INTERACTIONS, 110),
            (AgentColumn.CONNECTED, 110),
        ):
            self.agent_view.setColumnWidth(column, width)
        self.agent_view.sortByColumn(AgentColumn.PRESENCE, Qt.SortOrder.AscendingOrder)

        agents_box = QGroupBox(self.tr("Agents"), self)
        agents_layout = QVBoxLayout(agents_box)
        agents_layout.addLayout(agent_bar)
        agents_layout.addWidget(self.agent_view)

        # --- queues
        self.only_waiting_check = QCheckBox(self.tr("Only queues with citizens waiting"), self)
        self.only_waiting_check.toggled.connect(self.queue_proxy.set_only_waiting)

        self.queue_view = QTableView(self)
        self.queue_view.setModel(self.queue_proxy)
        self._setup_table(self.queue_view)
        # Every column as wide as its longest text (the topic names and the translated
        # headings: a few dozen queues, cheap to measure); the topic is never cut short,
        # the window scrolls sideways instead when the monitor panel takes room.
        header = self.queue_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.queue_view.sortByColumn(QueueColumn.LONGEST, Qt.SortOrder.DescendingOrder)

        queues_box = QGroupBox(self.tr("Queues"), self)
        queues_layout = QVBoxLayout(queues_box)
        queues_layout.addWidget(self.only_waiting_check)
        queues_layout.addWidget(self.queue_view)

        # Queues on top (few rows, the first thing to look at), agents below.
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(queues_box)
        splitter.addWidget(agents_box)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([300, 350])
        splitter.setChildrenCollapsible(False)

        live = self.live_page = QWidget(self)
        layout = QVBoxLayout(live)
        layout.setContentsMargins(10, 10, 10, 6)
        layout.setSpacing(10)
        layout.addWidget(self.wallboard)
        layout.addWidget(splitter, 1)

        # The knowledge base is a second page; its list loads when first opened.
        self.knowledge_page = KnowledgeBasePage(self.knowledge, self)
        self.knowledge_page.status_message.connect(self._on_knowledge_page_status_message)
        self.knowledge_page.modified_changed.connect(self._on_knowledge_page_modified_changed)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(live, self.tr("Live"))
        self.tabs.addTab(self.knowledge_page, self.tr("Knowledge base"))
        self.broadcasts_page = BroadcastsPage(self.broadcasts, self.teams, self)
        self.broadcasts_page.status_message.connect(self._on_knowledge_page_status_message)
        self.tabs.addTab(self.broadcasts_page, self.tr("Broadcasts"))
        self.teams_page = TeamsPage(self.teams, self)
        self.teams_page.status_message.connect(self._on_knowledge_page_status_message)
        self.tabs.addTab(self.teams_page, self.tr("Teams"))
        self.tabs.setTabVisible(self.tabs.indexOf(self.teams_page), False)  # admins only
        self.reports_page = ReportsPage(self.reports, self)
        self.reports_page.status_message.connect(self._on_knowledge_page_status_message)
        self.reports_page.conversations_requested.connect(
            self._on_reports_page_conversations_requested
        )
        self.tabs.addTab(self.reports_page, self.tr("Reports"))
        self.staffing_page = StaffingPage(self.staffing, self)
        self.staffing_page.status_message.connect(self._on_knowledge_page_status_message)
        self.tabs.addTab(self.staffing_page, self.tr("Staffing"))
        self.conversations_page = ConversationsPage(self.conversations, self)
        self.conversations_page.status_message.connect(self._on_knowledge_page_status_message)
        self.conversations_page.evaluation_requested.connect(
            self._on_conversations_page_evaluation_requested
        )
        self.tabs.addTab(self.conversations_page, self.tr("Conversations"))
        self.quality_page = QualityPage(self.quality, self)
        self.quality_page.status_message.connect(self._on_knowledge_page_status_message)
        self.tabs.addTab(self.quality_page, self.tr("Quality"))
        self.evaluation_dialog: EvaluationDialog | None = None  # the one open
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.setCentralWidget(self.tabs)
        self.monitor_panel = MonitorPanel(self.monitoring, self)
        self.monitor_panel.status_message.connect(self._on_knowledge_page_status_message)
        self.monitor_dock = QDockWidget(self.tr("Monitor"), self)
        self.monitor_dock.setObjectName("monitor-dock")
        self.monitor_dock.setWidget(self.monitor_panel)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.monitor_dock)
        self._update_actions()

    @staticmethod
    def _setup_table(view: QTableView) -> None:
        view.setSortingEnabled(True)
        view.setAlternatingRowColors(True)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(False)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setHighlightSections(False)
        view.horizontalHeader().setStretchLastSection(False)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.quit_action)
        agent_menu = self.menuBar().addMenu(self.tr("&Agent"))
        agent_menu.addAction(self.force_available_action)
        agent_menu.addAction(self.force_not_ready_action)
        agent_menu.addAction(self.force_offline_action)
        agent_menu.addSeparator()
        agent_menu.addAction(self.monitor_action)
        agent_menu.addAction(self.stepping_in.action)
        agent_menu.addAction(self.log_out_agent_action)
        agent_menu.addSeparator()
        agent_menu.addAction(self.timeline_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(self.wall_mode_action)
        view_menu.addAction(self.live_view_action)
        view_menu.addAction(self.knowledge_view_action)
        view_menu.addAction(self.broadcasts_view_action)
        view_menu.addAction(self.teams_view_action)
        view_menu.addAction(self.reports_view_action)
        view_menu.addAction(self.staffing_view_action)
        view_menu.addAction(self.conversations_view_action)
        view_menu.addAction(self.quality_view_action)
        view_menu.addSeparator()
        self.language_menu = LanguageMenu(
            QSettings(ORGANIZATION, APP_NAME), current_language(), self
        )
        view_menu.addMenu(self.language_menu)
        self.language_menu.noticed.connect(lambda text: self.statusBar().showMessage(text, 10000))
        agent_menu.addSeparator()
        agent_menu.addAction(self.broadcast_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

    def _build_status_bar(self) -> None:
        self.user_label = QLabel(self)
        self.user_label.setContentsMargins(0, 0, 12, 0)
        self.connection_label = QLabel(self)
        self.connection_icon = QLabel(self)
        self.load_progress = QProgressBar(self)
        self.load_progress.setMaximumWidth(260)
        self.load_progress.setFormat(self.tr("Loading agents: %v of %m"))
        self.load_progress.setAccessibleName(self.tr("Loading agents"))
        self.load_progress.hide()
        self.statusBar().addPermanentWidget(self.load_progress)
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.connection_icon)
        self.statusBar().addPermanentWidget(self.connection_label)

    # ------------------------------------------------------------------ subscribing

    def subscribe(self) -> None:
        """Ask for a fresh snapshot; events arriving meanwhile are applied after it."""
        self._subscribe_generation += 1
        self._held = []
        self.loader.start()
        spawn(self._subscribe(self._subscribe_generation))

    async def _subscribe(self, generation: int) -> None:
        try:
            snapshot = await self.service.request(p.Subscribe(id=0))
        except (p.ProtocolError, OSError, TimeoutError):
            # request_failed already told the status bar; the next login subscribes again.
            if generation == self._subscribe_generation:
                self._release_held()
            return
        if generation != self._subscribe_generation:
            return  # a newer subscribe (after a reconnect) supersedes this one
        self.settings = snapshot.settings or DEFAULT_SETTINGS
        self.centre = snapshot.centre
        self.agent_model.reset(snapshot.agents)
        self.queue_model.reset(snapshot.queues)
        for page in self.loader.replied(snapshot):  # pages that came before we resumed
            self.agent_model.extend(page.agents)
        self._loaded_some()

    def _on_snapshot_page(self, page: p.SnapshotPage) -> None:
        if self.loader.page(page):
            self.agent_model.extend(page.agents)
            self._loaded_some()

    def _loaded_some(self) -> None:
        if not self.loader.complete:
            self.load_progress.setRange(0, self.loader.total)
            self.load_progress.setValue(self.loader.received)
            self.load_progress.show()
            return
        self.load_progress.setRange(0, max(1, self.loader.total))
        self.load_progress.setValue(self.loader.total)
        self.load_progress.hide()
        self._release_held()
        self._on_snapshot_fresh()
        self._refresh_wallboard()
        self.snapshot_applied.emit()

    def _release_held(self) -> None:
        held, self._held = self._held or [], None
        for event in held:
            self._apply_event(event)

    def _apply_event(self, event: Any) -> None:
        if self._held is not None:
            self._held.append(event)
            return
        if isinstance(event, p.AgentStatus):
            self.agent_model.upsert(event)
        elif isinstance(event, p.QueueStatus):
            self.queue_model.upsert(event)
        elif isinstance(event, p.WallboardUpdate):  # after its agents and queues
            if event.reset:
                self.alerts.clear()
                self.statusBar().showMessage(self.tr("A new day: today's figures start again"))
            if event.centre is not None:
                self.centre = event.centre
        self._refresh_wallboard()

    def _apply_welcome(self, welcome: p.HelloOk) -> None:
        self._not_ready_reasons = list(welcome.not_ready_reasons)
        admin = welcome.user.role == "admin"
        self.tabs.setTabVisible(self.tabs.indexOf(self.teams_page), admin)
        self.teams_view_action.setVisible(admin)
        self.agent_model.set_topic_names({t.id: t.name for t in welcome.topics})
        name = welcome.user.display_name or welcome.user.username
        self.user_label.setText(self.tr("Signed in as {0}").format(name))
        self.connection_label.setToolTip(
            self.tr("Signed in as {0} at {1}").format(name, self._server_url())
        )

    def _server_url(self) -> str:
        return self.service.client.url if self.service.client else ""

    # ------------------------------------------------------------------ service slots

    def _on_service_logged_in(self, welcome: p.HelloOk) -> None:
        self._apply_welcome(welcome)
        self.subscribe()
        self.knowledge_page.on_logged_in()
        self.broadcasts_page.on_logged_in()  # again what was missed while away, if shown

    def _on_service_agent_updated(self, event: p.AgentStatus) -> None:
        self._apply_event(event)

    def _on_service_queue_updated(self, event: p.QueueStatus) -> None:
        self._apply_event(event)

    def _on_service_event_received(self, event: Any) -> None:
        if isinstance(event, p.WallboardUpdate):
            self._apply_event(event)
        elif isinstance(event, p.SnapshotPage):
            self._on_snapshot_page(event)
        elif isinstance(event, p.TeamsChanged):
            self.subscribe()  # what this supervisor sees may have changed

    def _on_service_connection_changed(self, up: bool) -> None:
        self._show_connection(up)

    def _on_service_request_failed(self, code: str, message: str) -> None:
        self.statusBar().showMessage(self.tr("Request failed: {0}").format(message), 8000)

    def _on_clock_timeout(self) -> None:
        self.agent_model.tick()
        self.queue_model.tick()
        self._refresh_wallboard()
        self._update_sort_hold()  # a tooltip that went away releases the grid

    def _show_connection(self, up: bool) -> None:
        if not up:
            self._show_stale()
        if up:
            self.connection_icon.setPixmap(_icon("connection-up", "#2e9d4f").pixmap(16, 16))
            self.connection_label.setText(self.tr("Connected"))
        else:
            self.connection_icon.setPixmap(_icon("connection-down", "#e0a526").pixmap(16, 16))
            self.connection_label.setText(self.tr("Connection lost, reconnecting…"))

    # ------------------------------------------------------------------ stale figures

    def _show_stale(self) -> None:
        """Reconnecting: every figure shown may be old. The whole live page greys out and
        says since when, until a fresh snapshot is in (``_on_snapshot_fresh``)."""
        if self.stale_since is None:
            self.stale_since = self._clock_now()
        since = locale_format.clock(self.stale_since)
        text = self.tr("Stale since {0}: reconnecting to the server…").format(since)
        self.live_page.setEnabled(False)
        self.wallboard.show_stale(text)
        if self.wall is not None:
            self.wall.show_stale(text)
        self.setWindowTitle(
            self.tr("City Contact Centre — Supervisor (stale since {0})").format(since)
        )

    def _on_snapshot_fresh(self) -> None:
        self.stale_since = None
        self.live_page.setEnabled(True)
        self.wallboard.show_stale("")
        if self.wall is not None:
            self.wall.show_stale("")
        self.setWindowTitle(self.tr("City Contact Centre — Supervisor"))

    # ------------------------------------------------------------------ figures, alerts

    def apply_centre(
        self, centre: p.CentreStatus, settings: p.WallboardSettings | None = None
    ) -> None:
        self.centre = centre
        self.settings = settings or self.settings
        self._refresh_wallboard()

    def figures(self) -> Figures:
        return Figures.from_state(
            self.agent_model.agents(),
            self.queue_model.total_waiting(),
            self.queue_model.overall_longest_wait(),
            self.queue_model.total_self_service(),
            self.centre.today if self.centre else None,
        )

    def _refresh_wallboard(self) -> None:
        figures = self.figures()
        self.wallboard.show_figures(figures, self.settings)
        if self.wall is not None and self.wall.isVisible():
            self.wall.show_figures(figures, self.settings)
        if self.stale_since is None:
            self._check_alerts()

    def _check_alerts(self) -> None:
        """Each queue's longest wait and service level: alert once when it turns red."""
        for queue in self.queue_model.queues():
            name = queue.name or queue.topic
            wait = self.queue_model.longest_wait(queue)
            if self.alerts.crossed(f"wait:{queue.topic}", level_of_wait(wait, self.settings)):
                self._raise_alert(
                    self.tr("{0}: a citizen has waited {1}").format(name, format_duration(wait))
                )
            share = queue.today.service_level
            level = level_of_service_level(share, self.settings)
            if self.alerts.crossed(f"sl:{queue.topic}", level):
                self._raise_alert(
                    self.tr("{0}: service level today is {1}").format(name, format_share(share))
                )

    def _raise_alert(self, text: str) -> None:
        self.statusBar().showMessage(text, 15000)
        if self.tray is None and QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(icon("app"), self)
            self.tray.show()
        if self.tray is not None:
            self.tray.showMessage(
                self.tr("Wallboard alert"), text, QSystemTrayIcon.MessageIcon.Warning, 10000
            )
        self.alert_raised.emit(text)

    # ------------------------------------------------------------------ wall mode

    def _on_wall_mode_action_toggled(self, on: bool) -> None:
        if on:
            if self.wall is None:
                self.wall = WallModeWidget(self)
                self.wall.leave_shortcut.activated.connect(self.wall_mode_action.toggle)
                self.wall.addAction(self.wall_mode_action)  # F11 on the wall too
            self.wall.show_figures(self.figures(), self.settings)
            if self.stale_since is not None:
                self._show_stale()
            self.wall.showFullScreen()
        elif self.wall is not None:
            self.wall.hide()

    # ------------------------------------------------------------------ sorting held

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.agent_view.viewport():
            kind = event.type()
            if kind == QEvent.Type.Enter:
                self._hovered = True
                self._update_sort_hold()
            elif kind == QEvent.Type.Leave:
                self._hovered = False
                self._update_sort_hold()
            elif kind == QEvent.Type.ToolTip:
                self._hovered = True
                self._update_sort_hold(tooltip=True)
        return super().eventFilter(watched, event)

    def _update_sort_hold(self, *_: Any, tooltip: bool = False) -> None:
        """Rows do not move under the mouse: while a tooltip or the context menu is up,
        or the mouse is over the grid with a row selected, re-sorting waits."""
        selected = self.agent_view.selectionModel().hasSelection()
        menu_open = self.context_menu is not None and self.context_menu.isVisible()
        held = (
            menu_open
            or (self._hovered and (tooltip or QToolTip.isVisible()))
            or (self._hovered and selected)
        )
        if held == self._sort_held:
            return
        self._sort_held = held
        self.agent_proxy.setDynamicSortFilter(not held)
        if not held:
            self.agent_proxy.sort(self.agent_proxy.sortColumn(), self.agent_proxy.sortOrder())

    # ------------------------------------------------------------------ agent actions

    def selected_agent(self) -> p.AgentStatus | None:
        rows = self.agent_view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.agent_model.agent(rows[0].data(USERNAME_ROLE))

    def _describe(self, interaction_id: str) -> str:
        """What the supervisor reads of one of an agent's conversations (never its id)."""
        for agent in self.agent_model.agents():
            for h in agent.handling:
                if h.interaction_id == interaction_id:
                    started = locale_format.clock(h.since)
                    who = h.citizen_name or self.tr("citizen")
                    return self.tr("{0} — {1}, {2} since {3}").format(
                        who, h.topic, channel_label(h.channel), started
                    )
        return self.tr("Conversation")

    def select_agent(self, username: str) -> bool:
        """Select the row of ``username`` (for keyboard users' shortcuts and for tests)."""
        row = self.agent_model.row_of(username)
        if row < 0:
            return False
        index = self.agent_proxy.mapFromSource(self.agent_model.index(row, 0))
        if not index.isValid():
            return False
        self.agent_view.selectionModel().select(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.agent_view.scrollTo(index)
        return True

    def _on_agent_model_data_changed(
        self, top_left: QModelIndex, bottom_right: QModelIndex, roles: list[int] | None = None
    ) -> None:
        if bottom_right.column() > AgentColumn.TIME or top_left.column() < AgentColumn.TIME:
            self._update_actions()

    def _update_actions(self, *_: Any) -> None:
        agent = self.selected_agent()
        workable = agent is not None and agent.role in WORKING_ROLES
        online = workable and agent.presence != "offline"
        self.force_not_ready_action.setEnabled(online)
        self.force_offline_action.setEnabled(online)
        self.stepping_in.update()
        self.force_available_action.setEnabled(workable and agent.presence != "available")
        self.log_out_agent_action.setEnabled(workable and agent.connected)
        self.timeline_action.setEnabled(workable)
        self.monitor_action.setEnabled(workable and bool(agent.interactions))

    def _on_agent_view_context_menu(self, pos: QPoint) -> None:
        index = self.agent_view.indexAt(pos)
        if not index.isValid():
            return
        self.select_agent(index.data(USERNAME_ROLE))
        menu = self.context_menu = QMenu(self)
        menu.addAction(self.force_available_action)
        menu.addAction(self.force_not_ready_action)
        menu.addAction(self.force_offline_action)
        menu.addAction(self.monitor_action)
        menu.addSeparator()
        menu.addAction(self.stepping_in.action)
        menu.addAction(self.log_out_agent_action)
        menu.addSeparator()
        menu.addAction(self.timeline_action)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.aboutToShow.connect(self._update_sort_hold)
        menu.aboutToHide.connect(self._on_context_menu_about_to_hide)
        menu.popup(self.agent_view.viewport().mapToGlobal(pos))
        self._update_sort_hold()

    def _on_context_menu_about_to_hide(self) -> None:
        self.context_menu = None
        self._update_sort_hold()

    def _on_force_available_action_triggered(self) -> None:
        agent = self.selected_agent()
        if agent is not None:
            self._force(agent, "available", "")

    def _on_log_out_agent_action_triggered(self) -> None:
        agent = self.selected_agent()
        if agent is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Log out agent"),
            self.tr("Sign {0} out of the contact centre? Their app closes its session.").format(
                agent.display_name
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.finished.connect(lambda result: self._on_log_out_box_finished(result, agent))
        box.finished.connect(self._on_dialog_finished)
        self.dialog = box
        box.open()

    def _on_log_out_box_finished(self, result: int, agent: p.AgentStatus) -> None:
        if result == QMessageBox.StandardButton.Yes:
            spawn(self.log_out_agent(agent.username))

    async def log_out_agent(self, username: str) -> bool:
        agent = self.agent_model.agent(username)
        name = agent.display_name if agent else username
        try:
            await self.supervision.force_logout(username)
        except (p.ProtocolError, OSError, TimeoutError) as exc:
            message = getattr(exc, "message", str(exc))
            self.statusBar().showMessage(
                self.tr("Could not log out {0}: {1}").format(name, message), 10000
            )
            return False
        self.statusBar().showMessage(self.tr("{0} was logged out").format(name), 8000)
        return True

    def _on_timeline_action_triggered(self) -> None:
        agent = self.selected_agent()
        if agent is not None:
            spawn(self.show_timeline(agent.username))

    async def show_timeline(self, username: str) -> TimelineDialog | None:
        agent = self.agent_model.agent(username)
        name = agent.display_name if agent else username
        try:
            timeline = await self.supervision.timeline(username)
        except (p.ProtocolError, OSError, TimeoutError) as exc:
            message = getattr(exc, "message", str(exc))
            self.statusBar().showMessage(
                self.tr("No timeline for {0}: {1}").format(name, message), 10000
            )
            return None
        dialog = TimelineDialog(name, timeline, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.timeline_shown.emit(dialog)
        return dialog

    def _on_monitor_action_triggered(self) -> None:
        agent = self.selected_agent()
        if agent is None or not agent.interactions or self.chooser is not None:
            return
        if len(agent.interactions) == 1:  # one: straight in
            self.monitor_dock.show()
            spawn(self.monitor(agent.interactions[0]))
            return
        chooser = self.chooser = ConversationChooserDialog(
            self.tr("Monitor conversation"),
            self.tr("{0} has {1} conversations. Which one do you monitor?").format(
                agent.display_name, len(agent.interactions)
            ),
            [(iid, self._describe(iid)) for iid in agent.interactions],
            self,
        )
        chooser.accepted.connect(self._on_chooser_accepted)
        chooser.finished.connect(self._on_chooser_finished)
        chooser.open()

    def _on_chooser_accepted(self) -> None:
        if self.chooser is not None and self.chooser.interaction_id():
            self.monitor_dock.show()
            spawn(self.monitor(self.chooser.interaction_id()))

    def _on_chooser_finished(self, _result: int) -> None:
        if self.chooser is not None:
            self.chooser.deleteLater()
            self.chooser = None

    async def monitor(self, interaction_id: str, mode: p.MonitorMode = "listen") -> bool:
        try:
            await self.monitoring.start(interaction_id, mode)
        except (p.ProtocolError, OSError, TimeoutError) as exc:
            self.statusBar().showMessage(self.tr("Cannot monitor: {0}").format(exc), 8000)
            return False
        return True

    def _on_force_not_ready_action_triggered(self) -> None:
        agent = self.selected_agent()
        if agent is None:
            return
        dialog = ForceNotReadyDialog(agent.display_name, self._not_ready_reasons, self)
        dialog.accepted.connect(lambda: self._force(agent, "not_ready", dialog.reason()))
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog = dialog
        dialog.open()

    def _on_force_offline_action_triggered(self) -> None:
        agent = self.selected_agent()
        if agent is None:
            return
        box = ForceOfflineBox(agent.display_name, self)
        box.finished.connect(lambda _result: self._on_force_offline_box_finished(box, agent))
        box.finished.connect(self._on_dialog_finished)
        self.dialog = box
        box.open()

    def _on_force_offline_box_finished(self, box: ForceOfflineBox, agent: p.AgentStatus) -> None:
        if box.confirmed():
            self._force(agent, "offline", "")

    def _on_dialog_finished(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None

    def _force(self, agent: p.AgentStatus, state: str, reason: str) -> None:
        spawn(self.force_presence(agent.username, state, reason))

    async def force_presence(self, username: str, state: str, reason: str = "") -> bool:
        """Ask the server to set ``username`` to ``state``; reports in the status bar."""
        agent = self.agent_model.agent(username)
        name = agent.display_name if agent else username
        try:
            await self.supervision.force_presence(username, state, reason)
        except (p.ProtocolError, OSError, TimeoutError) as exc:
            message = getattr(exc, "message", str(exc))
            self.statusBar().showMessage(
                self.tr("Could not change {0}: {1}").format(name, message), 10000
            )
            return False
        label = presence_label(state)
        text = (
            self.tr("{0} set to {1}: {2}").format(name, label, reason)
            if reason
            else self.tr("{0} set to {1}").format(name, label)
        )
        self.statusBar().showMessage(text, 8000)
        self.presence_forced.emit(username, state)
        return True

    # ------------------------------------------------------------------ knowledge base

    def show_knowledge_base(self) -> KnowledgeBasePage:
        self.tabs.setCurrentWidget(self.knowledge_page)
        return self.knowledge_page

    def _on_tabs_current_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.knowledge_page:
            self.knowledge_page.activate()
        elif self.tabs.widget(index) is self.broadcasts_page:
            self.broadcasts_page.activate()
        elif self.tabs.widget(index) is self.reports_page:
            self.reports_page.activate()
        elif self.tabs.widget(index) is self.staffing_page:
            self.staffing_page.activate()
        elif self.tabs.widget(index) is self.quality_page:
            self.quality_page.activate()
        elif self.tabs.widget(index) is self.teams_page:
            agents = [a.username for a in self.agent_model.agents()]
            self.teams_page.set_candidates(agents, [])
            self.teams_page.activate()

    def _on_conversations_page_evaluation_requested(
        self, row: p.ConversationRow, agent: str
    ) -> None:
        if self.evaluation_dialog is not None:
            self.evaluation_dialog.raise_()  # one form at a time: its scores are not lost
            self.evaluation_dialog.activateWindow()
            return
        dialog = EvaluationDialog(self.quality, row, agent, self)
        dialog.evaluation_submitted.connect(self._on_evaluation_dialog_submitted)
        dialog.finished.connect(self._on_evaluation_dialog_finished)
        self.evaluation_dialog = dialog
        dialog.open()

    def _on_evaluation_dialog_finished(self, _result: int) -> None:
        if self.evaluation_dialog is not None:
            self.evaluation_dialog.deleteLater()
            self.evaluation_dialog = None

    def _on_evaluation_dialog_submitted(self, evaluation: p.Evaluation) -> None:
        self.statusBar().showMessage(
            self.tr("%1 scored %2 of 5")
            .replace("%1", evaluation.agent)
            .replace("%2", locale_format.number(evaluation.total, 2)),
            8000,
        )

    def _on_reports_page_conversations_requested(self, drilldown) -> None:
        self.tabs.setCurrentWidget(self.conversations_page)
        self.conversations_page.show_drilldown(drilldown)

    def _on_broadcast_action_triggered(self) -> None:
        self.tabs.setCurrentWidget(self.broadcasts_page)
        self.broadcasts_page.compose()

    def _on_knowledge_page_status_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def _on_knowledge_page_modified_changed(self, modified: bool) -> None:
        index = self.tabs.indexOf(self.knowledge_page)
        title = self.tr("Knowledge base")
        self.tabs.setTabText(index, f"{title} •" if modified else title)

    # ------------------------------------------------------------------ misc

    def _on_presence_filter_changed(self, _index: int) -> None:
        self.agent_proxy.set_presence(self.presence_filter.currentData())

    def _on_role_filter_changed(self, _index: int) -> None:
        self.agent_proxy.set_roles(self.role_filter.currentData())

    def _on_about_action_triggered(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About"))
        box.setIconPixmap(icon("app").pixmap(64, 64))
        box.setText(self.tr("City Contact Centre — Supervisor"))
        box.setInformativeText(
            self.tr(
                "Live view of the city hall's contact centre: queues, agents and their "
                "state, pushed by the routing server."
            )
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _on_quit_action_triggered(self) -> None:
        self.knowledge_page.guard_unsaved(self.close)

    def closeEvent(self, event: QCloseEvent) -> None:
        # The supervisor closing the window is asked about an unsaved article first;
        # close() from code (quit after the question, SIGTERM) is not.
        if event.spontaneous() and self.knowledge_page.is_modified():
            event.ignore()
            self.tabs.setCurrentWidget(self.knowledge_page)
            self.knowledge_page.guard_unsaved(self.close)
            return
        self._clock.stop()
        self.conversations.close()  # fetched recordings are citizens' data: removed
        if self.wall is not None:
            self.wall.close()
        super().closeEvent(event)
        self.closed.emit()
