"""The expert's compact window: the conversation as the expert sees it, and nothing else.

It hosts the agent window's own conversation area (the tabs with their ``ChatWidget`` /
``CallWidget``: transcript, message box, the staff chat beside it, softphone controls,
wrap-up) instead of a second chat view, so the window keeps routing every event to them
as always; above it, one line on the expert's part (asked to join, three-way, handed
over, ended). The tab itself shows the colleague's note and the Leave button, once. The
staff chat is the tab's own (``InternalChat``): one view of the thread, Ctrl+I puts the
cursor in it. The knowledge pane and the side panel stay in the full
window (Ctrl+Shift+F, or Ctrl+K to search), which takes the conversation area back while
it is open.

Without a system tray this window stands in for it (and says so): it shows at sign-in
and closing it quits. With a tray it hides into it, and comes up when the expert
accepts something.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QColor, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agent_app import shortcuts as keys
from agent_app.dialogs import ShortcutsDialog
from agent_app.expert_presence import ExpertPresence
from agent_app.second_line_service import SecondLineService
from agent_app.window import AgentWindow
from shared import protocol as p
from softphone.client_service import ClientService
from softphone.presence import icon, presence_icon
from softphone.qt_async import async_slot

COMPACT_SIZE = (860, 600)  # wide enough for the tab's staff chat beside the conversation
INTERNAL_KEY = "Ctrl+I"  # the staff chat here (the full window's Ctrl+Shift+L is Leave here)


@dataclass(slots=True)
class Part:
    """The expert's part in one conversation, as the compact window tells it."""

    role: str  # owner, consulted
    note: str = ""
    asked_by: str = ""  # display name of who asked or handed it over
    three_way: bool = False
    over: bool = False  # their part has ended (wrap-up may follow)


class ExpertWindow(QMainWindow):
    def __init__(
        self,
        window: AgentWindow,
        service: ClientService,
        second_line: SecondLineService,
        presence: ExpertPresence,
        missed_menu: QMenu,
        app_menu: QMenu,
        *,
        tray_available: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.service = service
        self.second_line = second_line
        self.presence = presence
        self.tray_available = tray_available
        self.parts: dict[str, Part] = {}
        self._senders: dict[str, str] = {}  # interaction id -> who offered it to us
        self._placeholder: QWidget | None = None  # stands in the full window's splitter
        self._allow_close = False

        self.setWindowIcon(icon("app"))
        self.setWindowTitle(window.windowTitle())
        window.windowTitleChanged.connect(self.setWindowTitle)
        self.resize(*COMPACT_SIZE)
        self.setMinimumSize(520, 380)

        self._make_actions()
        self._make_central(missed_menu, app_menu)
        self._update_presence()
        self._update_part()

        presence.changed.connect(self._update_presence)
        service.offer_created.connect(self._on_service_offer_created)
        service.interaction_assigned.connect(self._on_service_interaction_assigned)
        service.interaction_closed.connect(self._on_service_interaction_closed)
        second_line.consult_changed.connect(self._on_second_line_consult_changed)
        second_line.participants_changed.connect(self._on_second_line_participants_changed)
        window.tabs.currentChanged.connect(self._on_window_tabs_current_changed)
        window.statusBar().messageChanged.connect(self._on_window_status_message_changed)
        window.installEventFilter(self)

    # ------------------------------------------------------------------ construction

    def _make_actions(self) -> None:
        w = self.window
        # The full window's own actions (F5, F6, F7, F8, F9, Ctrl+W, Ctrl+Tab, Ctrl+L,
        # F1, Ctrl+Q …) work here too: a shortcut is live in every window it is added to.
        self.addActions(
            [
                w.accept_action,
                w.reject_action,
                w.hangup_action,
                w.hold_action,
                w.mute_action,
                w.camera_action,
                w.keypad_action,
                w.close_chat_action,
                w.next_chat_action,
                w.previous_chat_action,
                w.focus_input_action,
                w.toggle_ready_action,
                w.quit_action,
            ]
        )
        self.shortcuts_action = QAction(self.tr("&Keyboard shortcuts"), self)
        self.shortcuts_action.setShortcut(QKeySequence("F1"))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.full_window_action = QAction(self.tr("&Full window"), self)
        self.full_window_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.full_window_action.setToolTip(
            self.tr("Open the full window with the knowledge base (Ctrl+Shift+F)")
        )
        self.full_window_action.triggered.connect(self.show_full_window)
        self.search_action = QAction(self.tr("Search the &knowledge base"), self)
        self.search_action.setShortcuts([QKeySequence("Ctrl+K"), QKeySequence("F3")])
        self.search_action.triggered.connect(self.search_knowledge)
        self.leave_action = QAction(self.tr("&Leave the conversation"), self)
        self.leave_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.leave_action.setToolTip(
            self.tr("Leave: the colleague who asked carries on alone (Ctrl+Shift+L)")
        )
        self.leave_action.triggered.connect(self.leave_current)
        self.focus_internal_action = QAction(self.tr("Message to your &colleague"), self)
        self.focus_internal_action.setShortcut(QKeySequence(INTERNAL_KEY))
        self.focus_internal_action.triggered.connect(self.focus_internal)
        self.addActions(
            [self.full_window_action, self.search_action, self.leave_action,
             self.focus_internal_action, self.shortcuts_action]
        )  # fmt: skip

    def _make_central(self, missed_menu: QMenu, app_menu: QMenu) -> None:
        self.presence_button = QPushButton()
        self.presence_button.setMenu(self.presence.menu(self))
        self.presence_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.presence_button.setToolTip(self.tr("Change your presence (F9 toggles)"))
        bold = self.presence_button.font()
        bold.setBold(True)
        self.presence_button.setFont(bold)
        self.missed_button = QPushButton()
        self.missed_button.setMenu(missed_menu)
        self.missed_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.missed_button.hide()
        self.full_button = QPushButton(self.full_window_action.text().replace("&", ""))
        self.full_button.setToolTip(self.full_window_action.toolTip())
        self.full_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.full_button.clicked.connect(self.full_window_action.trigger)
        self.menu_button = QPushButton(self.tr("&Menu"))
        self.menu_button.setMenu(app_menu)
        self.menu_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.menu_button.setToolTip(self.tr("Settings, shortcuts, sign out, quit"))
        header = QHBoxLayout()
        header.addWidget(self.presence_button)
        header.addStretch(1)
        header.addWidget(self.missed_button)
        header.addWidget(self.full_button)
        header.addWidget(self.menu_button)

        self.no_tray_label = QLabel(
            self.tr(
                "This desktop has no system tray, so this window stands in for it: keep it "
                "open (minimise it if you like). Requests from colleagues pop up in the "
                "corner of the screen; closing this window quits."
            )
        )
        self._banner(self.no_tray_label, "#fff3cd", "#664d03")
        self.no_tray_label.setVisible(not self.tray_available)

        self.part_label = QLabel()
        self.part_label.setWordWrap(True)
        self.part_label.setTextFormat(Qt.TextFormat.PlainText)
        self.part_bar = QFrame()
        self.part_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self._banner(self.part_bar, "#e7f1fb", "#0b2e4f")
        bar = QHBoxLayout(self.part_bar)
        bar.setContentsMargins(8, 4, 8, 4)
        bar.addWidget(self.part_label, 1)  # (the note and Leave are the tab's own)

        self.host = QWidget()  # the full window's conversation area comes in here
        host_layout = QVBoxLayout(self.host)
        host_layout.setContentsMargins(0, 0, 0, 0)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addLayout(header)
        layout.addWidget(self.no_tray_label)
        layout.addWidget(self.part_bar)
        layout.addWidget(self.host, 1)
        self.setCentralWidget(central)
        self.statusBar().setSizeGripEnabled(True)

    @staticmethod
    def _banner(widget: QWidget, background: str, text: str) -> None:
        widget.setAutoFillBackground(True)
        pal = widget.palette()
        pal.setColor(QPalette.ColorRole.Window, QColor(background))
        pal.setColor(QPalette.ColorRole.WindowText, QColor(text))
        widget.setPalette(pal)
        if isinstance(widget, QLabel):
            widget.setWordWrap(True)
            widget.setMargin(6)

    # ------------------------------------------------------------------ showing

    @property
    def hosts_conversations(self) -> bool:
        return self._placeholder is not None

    def present(self) -> None:
        """Bring the conversations up: the full window if it is open, else this one."""
        if self.window.isVisible():
            self.window.showNormal()
            self.window.raise_()
            self.window.activateWindow()
            return
        self._take_area()
        self.showNormal()
        self.raise_()
        self.activateWindow()
        chat = self.window.current_chat()
        if chat is not None:
            chat.setFocus()

    def show_full_window(self) -> None:
        self._give_area_back()
        self.hide()
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def search_knowledge(self) -> None:
        self.show_full_window()
        self.window.search_knowledge()

    def set_missed_count(self, count: int) -> None:
        self.missed_button.setText(self.tr("Missed (%1)").replace("%1", str(count)))
        self.missed_button.setVisible(count > 0)

    def _take_area(self) -> None:
        if self._placeholder is not None:
            return
        placeholder = QWidget()
        area = self.window.splitter.replaceWidget(0, placeholder)
        if area is None:  # not where it should be: leave the full window as it is
            placeholder.deleteLater()
            return
        self._placeholder = placeholder
        self.host.layout().addWidget(area)
        area.show()
        self._label_internal_keys()
        self._update_part()

    def _give_area_back(self) -> None:
        if self._placeholder is None:
            return
        placeholder, self._placeholder = self._placeholder, None
        area = self.window.work_stack
        self.window.splitter.replaceWidget(0, area)
        area.show()
        placeholder.deleteLater()
        self._label_internal_keys()

    def _label_internal_keys(self) -> None:
        """Each tab's staff chat names the key that reaches it in the window showing it."""
        key = INTERNAL_KEY if self.hosts_conversations else keys.INTERNAL
        for chat in self.window.chats.values():
            chat.internal.set_key(key)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.window and event.type() == QEvent.Type.Hide:
            # The full window was closed (hidden): without a tray, this one is home.
            # (Minimising hides it too, but spontaneously: then it stays where it is.)
            if not self.tray_available and not self._allow_close and not event.spontaneous():
                QTimer.singleShot(0, self, self.present)
        return False

    def allow_close(self) -> None:
        self._allow_close = True

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self._allow_close:
            self._give_area_back()
            event.accept()
            return
        event.ignore()
        if self.tray_available:
            self.hide()  # into the tray: nothing ends
        else:
            self.window.request_quit()  # asks first with live conversations

    # ------------------------------------------------------------------ the expert

    def current_id(self) -> str:
        chat = self.window.current_chat()
        return chat.interaction_id if chat is not None else ""

    def leave_current(self) -> None:
        iid = self.current_id()
        part = self.parts.get(iid)
        if part is None or part.role != "consulted" or part.over:
            return
        self._leave(iid)

    @async_slot
    async def _leave(self, interaction_id: str) -> None:
        self.leave_action.setEnabled(False)
        try:
            await self.second_line.leave(interaction_id)
        except (p.ProtocolError, OSError, TimeoutError):
            pass  # the client service has put the reason into the status bar
        finally:
            self._update_part()

    def show_shortcuts(self) -> None:
        """F1: the keys of this window (the full window's that work here, and its own)."""
        extra = [
            (self.tr("Popup: accept"), "F5"),
            (self.tr("Popup: accept"), "Return"),
            (self.tr("Popup: decline"), "Shift+F5"),
            (self.tr("Popup: decline"), "Esc"),
            (self.tr("Send message"), "Return"),
            (self.tr("New line in a message"), "Shift+Return"),
        ]
        dialog = ShortcutsDialog(self.actions(), extra, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.shortcuts_dialog = dialog

    def focus_internal(self) -> None:
        """Ctrl+I: the cursor in the current tab's staff chat (where it shows)."""
        chat = self.window.current_chat()
        if chat is not None:
            chat.focus_internal()

    # ------------------------------------------------------------------ events

    def _on_service_offer_created(self, msg: p.OfferCreated) -> None:
        if msg.from_agent_name:
            self._senders[msg.interaction.id] = msg.from_agent_name

    def _on_service_interaction_assigned(self, msg: p.InteractionAssigned) -> None:
        iid = msg.interaction.id
        asked_by = self._senders.get(iid, "")
        if msg.role == "consulted" and not asked_by:
            owner = next((x for x in msg.interaction.participants if x.role == "owner"), None)
            asked_by = owner.display_name if owner else ""
        known = self.parts.get(iid)
        self.parts[iid] = Part(
            role=msg.role,
            note=msg.note,
            asked_by=asked_by,
            three_way=known.three_way if known else False,
        )
        chat = self.window.chats.get(iid)
        if chat is not None and known is None:
            chat.finished.connect(self._on_chat_finished)
        self._label_internal_keys()
        self._update_part()

    def _on_service_interaction_closed(self, msg: p.InteractionClosed) -> None:
        part = self.parts.get(msg.interaction_id)
        if part is not None:
            part.over = True
        self._update_part()

    def _on_second_line_consult_changed(self, msg: p.ConsultChanged) -> None:
        part = self.parts.get(msg.interaction_id)
        if part is None:
            return
        if msg.state == "merged":
            part.three_way = True
        elif msg.state == "completed" and msg.expert == self.service.username:
            part.role, part.three_way = "owner", False
        self._update_part()

    def _on_second_line_participants_changed(self, msg: p.ParticipantsChanged) -> None:
        part = self.parts.get(msg.interaction_id)
        if part is None:
            return
        mine = next((x for x in msg.participants if x.username == self.service.username), None)
        if mine is not None:
            part.role = mine.role
        self._update_part()

    def _on_chat_finished(self, interaction_id: str) -> None:
        self.parts.pop(interaction_id, None)
        self._senders.pop(interaction_id, None)
        # The window drops the tab in its own slot; look once it has.
        QTimer.singleShot(0, self, self._after_chat_finished)

    def _after_chat_finished(self) -> None:
        self._update_part()
        if not self.window.chats and self.tray_available and self.isVisible():
            self.hide()  # the work is done: back into the tray
            self._give_area_back()

    def _on_window_tabs_current_changed(self, index: int) -> None:
        self._update_part()

    def _on_window_status_message_changed(self, text: str) -> None:
        if text:
            self.statusBar().showMessage(text)
        else:
            self.statusBar().clearMessage()

    # ------------------------------------------------------------------ display

    def _update_presence(self, *_args) -> None:
        self.presence_button.setIcon(presence_icon(self.presence.presence))
        self.presence_button.setText(self.presence.text())

    def _update_part(self) -> None:
        iid = self.current_id()
        part = self.parts.get(iid)
        self.leave_action.setEnabled(
            part is not None and part.role == "consulted" and not part.over
        )
        if part is None:
            self.part_bar.hide()
            return
        name = part.asked_by or self.tr("A colleague")
        if part.role == "consulted" and part.three_way:
            text = self.tr("Three-way with %1: the citizen sees and hears you too.")
        elif part.role == "consulted":
            text = self.tr(
                "%1 asked you to join. The citizen does not see you: talk to %1 in the staff "
                "chat (Ctrl+I)."
            )
        elif part.asked_by:
            text = self.tr("%1 handed this conversation to you: it is yours now.")
        else:
            text = ""
        text = text.replace("%1", name)
        if part.over:
            text = self.tr("Your part in this conversation has ended.")
        self.part_label.setText(text)
        self.part_bar.setVisible(bool(text))
