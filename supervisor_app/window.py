"""The supervisor's main window: wallboard, agent grid and queue table, all live.

Everything shown is pushed by the server. The window subscribes once per login (the
first and every re-login after a reconnect) and then only renders the agents and queues of
``supervisor.update`` events; a one-second clock re-renders the durations, nothing polls.

Ordering: a snapshot reply and the events that follow it can be handed to us before the
coroutine that asked for the snapshot resumes. Events that arrive while a subscribe is
in flight are therefore held back and applied on top of the snapshot, never under it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
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
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from shared import protocol as p
from softphone.client_service import ClientService
from softphone.presence import icon
from softphone.qt_async import spawn
from supervisor_app.agent_model import (
    SORT_ROLE,
    STATUS_ROLE,
    USERNAME_ROLE,
    AgentColumn,
    AgentModel,
)
from supervisor_app.articles.page import KnowledgeBasePage
from supervisor_app.articles.service import KnowledgeService
from supervisor_app.dialogs import ForceNotReadyDialog, ForceOfflineBox
from supervisor_app.keyed_model import SettableFilterProxy
from supervisor_app.monitor_panel import MonitorPanel
from supervisor_app.monitoring_service import MonitoringService
from supervisor_app.presentation import dot_icon, presence_icon, presence_label
from supervisor_app.queue_model import QueueColumn, QueueModel
from supervisor_app.wallboard import WORKING_ROLES, Figures, WallboardWidget

Index = QModelIndex | QPersistentModelIndex


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

        self._held: list[Any] | None = None  # events held while a subscribe is in flight
        self._subscribe_generation = 0
        self._not_ready_reasons: list[str] = []
        self.dialog: ForceNotReadyDialog | ForceOfflineBox | None = None  # the open one

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

        not_ready_button = QToolButton(self)
        not_ready_button.setDefaultAction(self.force_not_ready_action)
        not_ready_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        offline_button = QToolButton(self)
        offline_button.setDefaultAction(self.force_offline_action)
        offline_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        agent_bar = QHBoxLayout()
        agent_bar.addWidget(self.filter_edit, 2)
        agent_bar.addWidget(self.presence_filter)
        agent_bar.addWidget(self.role_filter)
        agent_bar.addStretch(1)
        agent_bar.addWidget(not_ready_button)
        agent_bar.addWidget(offline_button)

        self.agent_view = QTableView(self)
        self.agent_view.setModel(self.agent_proxy)
        self._setup_table(self.agent_view)
        self.agent_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.agent_view.customContextMenuRequested.connect(self._on_agent_view_context_menu)
        self.agent_view.selectionModel().selectionChanged.connect(self._update_actions)
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
        header = self.queue_view.horizontalHeader()
        header.setSectionResizeMode(QueueColumn.TOPIC, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (QueueColumn.WAITING, 140),
            (QueueColumn.LONGEST, 140),
            (QueueColumn.AVAILABLE, 140),
            (QueueColumn.LOGGED_IN, 140),
            (QueueColumn.SELF_SERVICE, 140),
        ):
            self.queue_view.setColumnWidth(column, width)
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

        live = QWidget(self)
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
        agent_menu.addAction(self.force_not_ready_action)
        agent_menu.addAction(self.force_offline_action)
        agent_menu.addSeparator()
        agent_menu.addAction(self.monitor_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(self.live_view_action)
        view_menu.addAction(self.knowledge_view_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

    def _build_status_bar(self) -> None:
        self.user_label = QLabel(self)
        self.user_label.setContentsMargins(0, 0, 12, 0)
        self.connection_label = QLabel(self)
        self.connection_icon = QLabel(self)
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.connection_icon)
        self.statusBar().addPermanentWidget(self.connection_label)

    # ------------------------------------------------------------------ subscribing

    def subscribe(self) -> None:
        """Ask for a fresh snapshot; events arriving meanwhile are applied after it."""
        self._subscribe_generation += 1
        self._held = []
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
        self.agent_model.reset(snapshot.agents)
        self.queue_model.reset(snapshot.queues)
        self._release_held()
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
        self._refresh_wallboard()

    def _apply_welcome(self, welcome: p.HelloOk) -> None:
        self._not_ready_reasons = list(welcome.not_ready_reasons)
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

    def _on_service_agent_updated(self, event: p.AgentStatus) -> None:
        self._apply_event(event)

    def _on_service_queue_updated(self, event: p.QueueStatus) -> None:
        self._apply_event(event)

    def _on_service_connection_changed(self, up: bool) -> None:
        self._show_connection(up)

    def _on_service_request_failed(self, code: str, message: str) -> None:
        self.statusBar().showMessage(self.tr("Request failed: {0}").format(message), 8000)

    def _on_clock_timeout(self) -> None:
        self.agent_model.tick()
        self.queue_model.tick()
        self._refresh_wallboard()

    def _show_connection(self, up: bool) -> None:
        if up:
            self.connection_icon.setPixmap(_icon("connection-up", "#2e9d4f").pixmap(16, 16))
            self.connection_label.setText(self.tr("Connected"))
        else:
            self.connection_icon.setPixmap(_icon("connection-down", "#e0a526").pixmap(16, 16))
            self.connection_label.setText(self.tr("Connection lost, reconnecting…"))

    def _refresh_wallboard(self) -> None:
        self.wallboard.show_figures(
            Figures.from_state(
                self.agent_model.agents(),
                self.queue_model.total_waiting(),
                self.queue_model.overall_longest_wait(),
                self.queue_model.total_self_service(),
            )
        )

    # ------------------------------------------------------------------ agent actions

    def selected_agent(self) -> p.AgentStatus | None:
        rows = self.agent_view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.agent_model.agent(rows[0].data(USERNAME_ROLE))

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
        self.monitor_action.setEnabled(workable and bool(agent.interactions))

    def _on_agent_view_context_menu(self, pos: QPoint) -> None:
        index = self.agent_view.indexAt(pos)
        if not index.isValid():
            return
        self.select_agent(index.data(USERNAME_ROLE))
        menu = QMenu(self)
        menu.addAction(self.force_not_ready_action)
        menu.addAction(self.force_offline_action)
        menu.addAction(self.monitor_action)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.agent_view.viewport().mapToGlobal(pos))

    def _on_monitor_action_triggered(self) -> None:
        agent = self.selected_agent()
        if agent is not None and agent.interactions:
            self.monitor_dock.show()
            spawn(self.monitor(agent.interactions[0]))

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
            await self.service.request(
                p.ForcePresence(id=0, user=username, state=state, reason=reason)
            )
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
        super().closeEvent(event)
        self.closed.emit()
