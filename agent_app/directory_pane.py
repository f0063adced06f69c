"""The directory pane: departments, their experts and first-line colleagues with live
presence, searchable and fully keyboard-driven, the start of every consultation and
transfer.

Three parts:
- ``DirectoryModel``: one item model for the whole window (the dock and the consult
  picker share it), filled from ``agent_app.directory.Directory`` and updated in place
  when the server pushes presence or load, so selection and scrolling survive.
  Favourites (a star, kept in QSettings) come first, then the departments with their
  experts under them, then the first-line colleagues.
- ``DirectoryFilter``: what the agent typed; every word must match the row (or, for a
  person under a department, the department). Optionally departments only (transfers).
- ``DirectoryPane``: search box over the tree. Typing filters, ↑/↓ move, Enter asks
  for a consultation of the selected person or department, Shift+Enter for a transfer
  to the selected department (a person's own department), Ctrl+B stars or unstars,
  Esc clears the search, then gives the keyboard back (``dismissed``).

The pane never talks to the server: it says what the agent wants
(``consult_requested``, ``transfer_requested``) and the window asks.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QSettings,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QFont,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QShortcut,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from agent_app.directory import Availability, Directory
from shared import protocol as p
from shared.knowledge.folding import fold
from softphone.presence import format_duration, icon, presence_icon, presence_text

KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "group", "department" or "person"
KEY_ROLE = Qt.ItemDataRole.UserRole + 2  # department name, username or group id
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3  # folded text the filter looks in
DEPARTMENT_ROLE = Qt.ItemDataRole.UserRole + 4  # a person's department here ("" if none)
OK_ROLE = Qt.ItemDataRole.UserRole + 5  # can be consulted on the current channel now
FAVOURITE_ROLE = Qt.ItemDataRole.UserRole + 6

FAVOURITES_KEY = "directory/favourites"
FAVOURITE_SHORTCUT = "Ctrl+B"
STAR = "★"
MIN_WIDTH = 330  # the pane beside a conversation


def why_text(why: str) -> str:
    """The words for ``Availability.why``."""
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    return {
        "offline": translate("Directory", "Offline"),
        "disconnected": translate("Directory", "Not connected"),
        "not_ready": translate("Directory", "Not ready"),
        "wrap_up": translate("Directory", "In wrap-up"),
        "no_phone": translate("Directory", "No softphone: cannot take calls"),
        "on_a_call": translate("Directory", "Busy: cannot take a call now"),
        "full": translate("Directory", "Busy: no room for another chat"),
        "yourself": translate("Directory", "That is you"),
    }.get(why, why)


class DirectoryModel(QStandardItemModel):
    """The window's one directory model. ``channel`` is the current conversation's:
    it decides who shows as available."""

    favourites_changed = Signal()

    def __init__(
        self, directory: Directory, settings: QSettings, parent: QObject | None = None
    ) -> None:
        super().__init__(0, 2, parent)
        self.directory = directory
        self.channel = "chat"
        self.settings = settings  # favourites live here
        value = settings.value(FAVOURITES_KEY, []) or []
        if isinstance(value, str):  # QSettings gives a one-element list back as a string
            value = [value]
        self._favourites: list[str] = [str(x) for x in value if str(x)]
        # username / department -> its (name, status) items, one pair per place shown
        self._people: dict[str, list[tuple[QStandardItem, QStandardItem]]] = {}
        self._departments: dict[str, list[tuple[QStandardItem, QStandardItem]]] = {}
        self.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Status")])

    # ------------------------------------------------------------------ favourites

    @staticmethod
    def favourite_key(kind: str, key: str) -> str:
        return f"{kind}:{key}"

    def is_favourite(self, kind: str, key: str) -> bool:
        return self.favourite_key(kind, key) in self._favourites

    def favourites(self) -> list[str]:
        return list(self._favourites)

    def toggle_favourite(self, kind: str, key: str) -> bool:
        """Star or unstar; returns whether it is a favourite now."""
        fav = self.favourite_key(kind, key)
        if fav in self._favourites:
            self._favourites.remove(fav)
        else:
            self._favourites.append(fav)
        self.settings.setValue(FAVOURITES_KEY, self._favourites)
        self.rebuild()
        self.favourites_changed.emit()
        return fav in self._favourites

    # ------------------------------------------------------------------ filling

    def set_channel(self, channel: str) -> None:
        if channel != self.channel:
            self.channel = channel
            self.refresh()

    def rebuild(self) -> None:
        """Everything again (after the snapshot, or when someone or something is new)."""
        self.beginResetModel()
        self.blockSignals(True)
        try:
            self.removeRows(0, self.rowCount())
            self._people.clear()
            self._departments.clear()
            d = self.directory
            favourites = [f for f in self._favourites if self._exists(f)]
            if favourites:
                group = self._group("favourites", self.tr("Favourites"))
                for fav in favourites:
                    kind, _, key = fav.partition(":")
                    if kind == "department":
                        group.appendRow(self._department_row(d.departments[key], children=False))
                    else:
                        group.appendRow(self._person_row(d.people[key], ""))
            for department in d.departments.values():
                row = self._department_row(department, children=True)
                self.appendRow(row)
            colleagues = d.colleagues()
            if colleagues:
                group = self._group("colleagues", self.tr("First-line colleagues"))
                for entry in colleagues:
                    group.appendRow(self._person_row(entry, ""))
        finally:
            self.blockSignals(False)
            self.endResetModel()
        self.refresh()

    def refresh(self, usernames: set[str] | None = None, departments: set[str] | None = None):
        """Presence, load and counts again, in place (``None``: all of them)."""
        for username, pairs in self._people.items():
            if usernames is None or username in usernames:
                entry = self.directory.people.get(username)
                if entry is not None:
                    for item, status in pairs:
                        self._paint_person(item, status, entry)
        for name, pairs in self._departments.items():
            # a person's change can change how many of the department are free
            if departments is None or name in departments or usernames:
                department = self.directory.departments.get(name)
                if department is not None:
                    for item, status in pairs:
                        self._paint_department(item, status, department)

    def _exists(self, fav: str) -> bool:
        kind, _, key = fav.partition(":")
        if kind == "department":
            return key in self.directory.departments
        return key in self.directory.people and key != self.directory.me

    def _group(self, key: str, text: str) -> QStandardItem:
        item = QStandardItem(text)
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        item.setData("group", KIND_ROLE)
        item.setData(key, KEY_ROLE)
        item.setData("", SEARCH_ROLE)
        item.setEditable(False)
        item.setSelectable(False)
        status = QStandardItem("")
        status.setEditable(False)
        status.setSelectable(False)
        self.appendRow([item, status])
        return item

    def _department_row(self, department: p.Department, *, children: bool) -> list[QStandardItem]:
        item = QStandardItem()
        item.setData("department", KIND_ROLE)
        item.setData(department.name, KEY_ROLE)
        item.setData(department.name, DEPARTMENT_ROLE)
        item.setData(self.directory.department_text(department), SEARCH_ROLE)
        item.setEditable(False)
        font = item.font()
        font.setWeight(QFont.Weight.DemiBold)
        item.setFont(font)
        status = QStandardItem()
        status.setEditable(False)
        self._departments.setdefault(department.name, []).append((item, status))
        if children:
            for entry in self.directory.experts_of(department.name):
                item.appendRow(self._person_row(entry, department.name))
        return [item, status]

    def _person_row(self, entry: p.DirectoryEntry, department: str) -> list[QStandardItem]:
        item = QStandardItem()
        item.setData("person", KIND_ROLE)
        item.setData(entry.username, KEY_ROLE)
        item.setData(department or self.directory.department_of(entry.username), DEPARTMENT_ROLE)
        item.setData(self.directory.person_text(entry), SEARCH_ROLE)
        item.setEditable(False)
        status = QStandardItem()
        status.setEditable(False)
        self._people.setdefault(entry.username, []).append((item, status))
        return [item, status]

    def _grey(self) -> QBrush:
        from PySide6.QtWidgets import QApplication

        return QBrush(QApplication.palette().color(QPalette.ColorRole.PlaceholderText))

    def _paint_person(
        self, item: QStandardItem, status: QStandardItem, entry: p.DirectoryEntry
    ) -> None:
        fav = self.is_favourite("person", entry.username)
        item.setText(f"{STAR} {entry.display_name}" if fav else entry.display_name)
        item.setData(fav, FAVOURITE_ROLE)
        shown = entry.presence if entry.connected else "offline"
        item.setIcon(presence_icon(shown))
        found = self.directory.availability(entry.username, self.channel)
        item.setData(found.ok, OK_ROLE)
        status.setText(self.person_status(entry))
        status.setIcon(icon("call") if entry.can_take_calls else QIcon())
        tip = [entry.display_name]
        if entry.departments and entry.role == "expert":
            tip.append(", ".join(entry.departments))
        tip.append(self.person_status(entry))
        if not found.ok:
            tip.append(why_text(found.why))
        if entry.can_take_calls:
            tip.append(self.tr("Takes calls"))
        item.setToolTip("\n".join(tip))
        status.setToolTip(item.toolTip())
        brush = QBrush() if found.ok else self._grey()
        item.setForeground(brush)
        status.setForeground(brush)

    def person_status(self, entry: p.DirectoryEntry) -> str:
        if not entry.connected and entry.presence != "offline":
            return self.tr("Not connected")
        text = presence_text(entry.presence, entry.reason)
        if entry.load:  # "Busy (2)": in two conversations now
            text += f" ({entry.load})"
        return text

    def _paint_department(
        self, item: QStandardItem, status: QStandardItem, department: p.Department
    ) -> None:
        fav = self.is_favourite("department", department.name)
        item.setText(f"{STAR} {department.name}" if fav else department.name)
        item.setData(fav, FAVOURITE_ROLE)
        experts = self.directory.experts_of(department.name)
        free = self.directory.free_experts(department.name, self.channel)
        item.setData(True, OK_ROLE)  # a department can always be asked: it queues
        item.setIcon(presence_icon("available" if free else "offline"))
        if experts:
            parts = [
                self.tr("%1 of %2 free").replace("%1", str(free)).replace("%2", str(len(experts)))
            ]
        else:
            parts = [self.tr("No experts")]
        if department.waiting:
            parts.append(self.tr("%1 waiting").replace("%1", str(department.waiting)))
        status.setText(" · ".join(parts))
        topics = [self.directory.topic_names.get(t, t) for t in department.topics]
        tip = [department.name]
        if topics:
            tip.append(self.tr("Topics: %1").replace("%1", ", ".join(topics)))
        tip.append(status.text())
        item.setToolTip("\n".join(tip))
        status.setToolTip(item.toolTip())
        brush = QBrush() if free else self._grey()
        status.setForeground(brush)


class DirectoryFilter(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None, *, departments_only: bool = False) -> None:
        super().__init__(parent)
        self.query = ""
        self.departments_only = departments_only
        self.setRecursiveFilteringEnabled(True)
        self.setAutoAcceptChildRows(False)

    def set_query(self, query: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+
            self.beginFilterChange()
            self.query = fold(query).strip()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.query = fold(query).strip()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:  # noqa: N802 - Qt override
        model = self.sourceModel()
        index = model.index(row, 0, parent)
        kind = index.data(KIND_ROLE)
        if kind == "group":
            return False  # shown when a row under it is (recursive filtering)
        if self.departments_only and kind == "person":
            return False
        if not self.query:
            return True
        if Directory.matches(self.query, index.data(SEARCH_ROLE) or ""):
            return True
        # a person under a department that matches ("finance" shows Finance's experts)
        return (
            parent.isValid()
            and parent.data(KIND_ROLE) == "department"
            and (Directory.matches(self.query, parent.data(SEARCH_ROLE) or ""))
        )


class DirectoryTree(QTreeView):
    """Enter and Shift+Enter go to the pane; printable keys go to the search box."""

    activated_with = Signal(bool)  # shift held
    typed = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            mods = event.modifiers()
            if not mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
                self.activated_with.emit(bool(mods & Qt.KeyboardModifier.ShiftModifier))
                return
        text = event.text()
        if (
            text
            and text.isprintable()
            and not text.isspace()
            and not (
                event.modifiers()
                & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
            )
        ):
            self.typed.emit(text)
            return
        super().keyPressEvent(event)


class DirectoryPane(QWidget):
    consult_requested = Signal(str, str)  # kind ("department" or "person"), key
    transfer_requested = Signal(str)  # department
    dismissed = Signal()  # Esc in an empty search box
    selection_changed = Signal()

    def __init__(
        self,
        model: DirectoryModel,
        parent: QWidget | None = None,
        *,
        departments_only: bool = False,
        buttons: bool = True,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.can_consult = False  # there is a conversation of ours to consult on
        self.can_transfer = False
        self.context_hint = ""  # why not, when not

        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Find a person, department or topic"))
        self.search_edit.setAccessibleName(self.tr("Search the directory"))
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.search_edit.installEventFilter(self)

        self.proxy = DirectoryFilter(self, departments_only=departments_only)
        self.proxy.setSourceModel(model)
        self.tree = DirectoryTree()
        self.tree.setModel(self.proxy)
        self.tree.setUniformRowHeights(True)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAccessibleName(self.tr("Directory"))
        self.tree.setExpandsOnDoubleClick(False)
        self.tree.setIndentation(14)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.activated_with.connect(self._on_tree_activated_with)
        self.tree.typed.connect(self._on_tree_typed)
        self.tree.doubleClicked.connect(lambda _index: self._on_tree_activated_with(False))
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)
        model.modelReset.connect(self._on_model_reset)
        model.dataChanged.connect(self._on_model_data_changed)
        self.proxy.layoutChanged.connect(self._expand)

        self.detail_label = QLabel()
        self.detail_label.setWordWrap(True)
        self.detail_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.detail_label.setTextFormat(Qt.TextFormat.PlainText)

        self.consult_button = QPushButton(self.tr("&Consult"))
        self.consult_button.setToolTip(self.tr("Ask them to join the conversation (Enter)"))
        self.consult_button.clicked.connect(lambda: self._on_tree_activated_with(False))
        self.transfer_button = QPushButton(self.tr("&Transfer"))
        self.transfer_button.setToolTip(
            self.tr("Send the conversation to the department's queue (Shift+Enter)")
        )
        self.transfer_button.clicked.connect(lambda: self._on_tree_activated_with(True))
        self.favourite_button = QPushButton()
        self.favourite_button.clicked.connect(self.toggle_favourite)
        # Consult and transfer on one row, the star under them: one row of three is
        # wider than the pane in Polish and Russian.
        actions = QHBoxLayout()
        actions.addWidget(self.consult_button)
        actions.addWidget(self.transfer_button)
        actions.addStretch(1)
        star = QHBoxLayout()
        star.addWidget(self.favourite_button)
        star.addStretch(1)
        row = QVBoxLayout()
        row.addLayout(actions)
        row.addLayout(star)
        self.buttons = QWidget()
        self.buttons.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        self.buttons.setVisible(buttons)

        shortcut = QShortcut(QKeySequence(FAVOURITE_SHORTCUT), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.toggle_favourite)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.detail_label)
        layout.addWidget(self.buttons)
        self.setFocusProxy(self.search_edit)
        self._on_model_reset()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        """At least 330 px, and as wide as its buttons (longer in Polish and Russian)."""
        hint = super().minimumSizeHint()
        return QSize(max(MIN_WIDTH, hint.width(), self.buttons.sizeHint().width()), hint.height())

    # ------------------------------------------------------------------ for the window

    def set_context(self, *, can_consult: bool, can_transfer: bool, hint: str = "") -> None:
        """What the current conversation allows (and, if nothing, why)."""
        self.can_consult, self.can_transfer, self.context_hint = can_consult, can_transfer, hint
        self._update_detail()

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def selected(self) -> tuple[str, str, str]:
        """(kind, key, department) of the current row; kind "" when nothing is."""
        index = self.tree.currentIndex()
        if not index.isValid():
            return "", "", ""
        index = index.siblingAtColumn(0)
        kind = index.data(KIND_ROLE) or ""
        if kind == "group":
            return "", "", ""
        return kind, index.data(KEY_ROLE) or "", index.data(DEPARTMENT_ROLE) or ""

    def select(self, kind: str, key: str) -> bool:
        """Make the first row for (kind, key) current; False if it is not shown."""
        for index in self._rows():
            if index.data(KIND_ROLE) == kind and index.data(KEY_ROLE) == key:
                self.tree.setCurrentIndex(index)
                return True
        return False

    def visible_rows(self) -> list[tuple[str, str]]:
        """(kind, key) of every row shown, top to bottom (groups included)."""
        return [(i.data(KIND_ROLE), i.data(KEY_ROLE)) for i in self._rows(groups=True)]

    def availability(self) -> Availability:
        kind, key, _ = self.selected()
        if kind == "person":
            return self.model.directory.availability(key, self.model.channel)
        return Availability(bool(kind))

    def toggle_favourite(self) -> None:
        kind, key, _ = self.selected()
        if not kind:
            return
        self.model.toggle_favourite(kind, key)
        self.select(kind, key)

    # ------------------------------------------------------------------ inside

    def _rows(self, groups: bool = False) -> list[QModelIndex]:
        out: list[QModelIndex] = []

        def walk(parent: QModelIndex) -> None:
            for r in range(self.proxy.rowCount(parent)):
                index = self.proxy.index(r, 0, parent)
                if groups or index.data(KIND_ROLE) != "group":
                    out.append(index)
                walk(index)

        walk(QModelIndex())
        return out

    def _expand(self) -> None:
        self.tree.expandAll()

    def _on_model_data_changed(self, *_args) -> None:
        self._update_detail()

    def _on_model_reset(self) -> None:
        self.tree.expandAll()
        self._select_first_if_none()
        self._update_detail()

    def _select_first_if_none(self) -> None:
        index = self.tree.currentIndex()
        if index.isValid() and index.data(KIND_ROLE) != "group":
            return
        rows = self._rows()
        if rows:
            self.tree.setCurrentIndex(rows[0])

    def _on_search_edit_text_changed(self, text: str) -> None:
        self.proxy.set_query(text)
        self.tree.expandAll()
        rows = self._rows()
        current = self.tree.currentIndex().siblingAtColumn(0)
        if text.strip():
            # the best guess: the first row that matches by itself ("wojcik": Filip,
            # not the department shown above him)
            own = [i for i in rows if Directory.matches(text, i.data(SEARCH_ROLE) or "")]
            best = own or rows
            if best and current not in best[:1]:
                self.tree.setCurrentIndex(best[0])
        elif rows and current not in rows:
            self.tree.setCurrentIndex(rows[0])
        self._update_detail()

    def _on_current_changed(self, *_args) -> None:
        self._update_detail()
        self.selection_changed.emit()

    def _on_tree_typed(self, text: str) -> None:
        self.search_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.search_edit.insert(text)

    def _on_tree_activated_with(self, shift: bool) -> None:
        kind, key, department = self.selected()
        if not kind:
            return
        if shift:
            if department and self.can_transfer:
                self.transfer_requested.emit(department)
            return
        if self.can_consult and self.availability().ok:
            self.consult_requested.emit(kind, key)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress:
            return self._search_key(event)
        return super().eventFilter(watched, event)

    def _search_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        steps = {
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_PageDown: 5,
            Qt.Key.Key_PageUp: -5,
        }
        if key in steps:
            rows = self._rows()
            if rows:
                current = self.tree.currentIndex().siblingAtColumn(0)
                at = rows.index(current) if current in rows else -1
                step = steps[key]
                target = max(0, min(len(rows) - 1, at + step if at >= 0 else 0))
                self.tree.setCurrentIndex(rows[target])
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._on_tree_activated_with(
                bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            )
            return True
        if key == Qt.Key.Key_Escape:
            if self.search_edit.text():
                self.search_edit.clear()
            else:
                self.dismissed.emit()
            return True
        return False

    def _update_detail(self) -> None:
        kind, key, department = self.selected()
        directory = self.model.directory
        found = self.availability()
        text = ""
        if kind == "person" and key in directory.people:
            entry = directory.people[key]
            parts = [entry.display_name]
            if entry.role == "expert" and entry.departments:
                parts.append(", ".join(entry.departments))
            parts.append(self.model.person_status(entry))
            if entry.load:
                parts[-1] = (
                    presence_text(entry.presence, entry.reason)
                    + ", "
                    + (
                        self.tr("in 1 conversation")
                        if entry.load == 1
                        else self.tr("in %1 conversations").replace("%1", str(entry.load))
                    )
                )
            if entry.since and entry.connected:
                import time

                parts[-1] += " " + self.tr("for %1").replace(
                    "%1", format_duration(time.time() - entry.since)
                )
            text = " · ".join(parts)
            if not found.ok:
                text += "\n" + why_text(found.why)
        elif kind == "department" and key in directory.departments:
            free = directory.free_experts(key, self.model.channel)
            if free:
                text = self.tr("Consult: the first free expert of %1 joins.").replace("%1", key)
            else:
                text = self.tr(
                    "Nobody of %1 is free now: a consultation waits in its queue."
                ).replace("%1", key)
        if not (self.can_consult or self.can_transfer) and self.context_hint and kind:
            text = f"{text}\n{self.context_hint}" if text else self.context_hint
        self.detail_label.setText(text)
        self.detail_label.setVisible(bool(text))
        self.consult_button.setEnabled(bool(kind) and self.can_consult and found.ok)
        self.transfer_button.setEnabled(bool(department) and self.can_transfer)
        if kind == "department":
            self.consult_button.setText(self.tr("&Consult first free"))
            self.consult_button.setToolTip(
                self.tr("The first free expert of %1 joins (Enter)").replace("%1", key)
            )
            self.transfer_button.setText(self.tr("&Transfer to queue"))
            self.transfer_button.setToolTip(
                self.tr("Send the conversation to the queue of %1 (Shift+Enter)").replace("%1", key)
            )
        else:
            self.consult_button.setText(self.tr("&Consult"))
            self.consult_button.setToolTip(self.tr("Ask them to join the conversation (Enter)"))
            self.transfer_button.setText(self.tr("&Transfer"))
            self.transfer_button.setToolTip(
                self.tr("Send the conversation to the queue of %1 (Shift+Enter)").replace(
                    "%1", department
                )
                if department
                else self.tr("Only a department's queue takes transfers")
            )
        if kind:
            fav = self.model.is_favourite(kind, key)
            self.favourite_button.setText(self.tr("★ Unstar") if fav else self.tr("☆ Star"))
        else:
            self.favourite_button.setText(self.tr("☆ Star"))
        self.favourite_button.setToolTip(
            self.tr("Favourites come first in the directory (%1)").replace(
                "%1",
                QKeySequence(FAVOURITE_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText),
            )
        )
        self.favourite_button.setEnabled(bool(kind))
