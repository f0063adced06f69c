"""The monitor panel: the conversation a supervisor monitors, its mode and the buttons.

Listen (Ctrl+Shift+L), Whisper (Ctrl+Shift+W), Barge (Ctrl+Shift+B), Stop (Ctrl+Shift+S),
Take over (Ctrl+Shift+T: the conversation becomes yours) and, once it is yours, End
conversation (Ctrl+Shift+E);
the mode and how long it has lasted, the participants, the phone's state; for a chat the
live transcript (read-only, the staff's internal notes in italics), a note box (whisper:
only the staff read it) and a message box (barge: the citizen reads it). The panel
never talks to the network: it calls the ``MonitoringService`` and renders its signals.
"""

from __future__ import annotations

import html
import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from shared import protocol as p
from softphone import locale_format
from softphone.qt_async import spawn
from supervisor_app.monitoring_service import REQUEST_ERRORS, MonitoringService

MODE_KEYS = {"listen": "Ctrl+Shift+L", "whisper": "Ctrl+Shift+W", "barge": "Ctrl+Shift+B"}
STOP_KEY = "Ctrl+Shift+S"
TAKE_OVER_KEY = "Ctrl+Shift+T"
END_KEY = "Ctrl+Shift+E"


def _clock(seconds: float) -> str:
    seconds = max(0, int(seconds))
    return f"{seconds // 60}:{seconds % 60:02d}"


class MonitorPanel(QWidget):
    status_message = Signal(str)

    def __init__(self, service: MonitoringService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.mode_since = 0.0  # wall clock of the mode's start (server's time)
        self._build()
        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self._on_clock_timeout)
        service.started.connect(self._on_service_started)
        service.changed.connect(self._on_service_changed)
        service.stopped.connect(self._on_service_stopped)
        service.message_received.connect(self._on_service_message_received)
        service.note_received.connect(self._on_service_note_received)
        service.participants_changed.connect(self._on_service_participants_changed)
        service.phone_changed.connect(self._on_service_phone_changed)
        service.taken_over.connect(self._on_service_taken_over)
        service.owned_ended.connect(self._on_service_owned_ended)
        self._show_idle()

    def _build(self) -> None:
        self.title_label = QLabel(self)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.mode_label = QLabel(self)
        self.elapsed_label = QLabel(self)
        self.people_label = QLabel(self)
        self.people_label.setWordWrap(True)
        self.phone_label = QLabel(self)
        facts = QFormLayout()
        facts.addRow(self.tr("Mode:"), self.mode_label)
        facts.addRow(self.tr("For:"), self.elapsed_label)
        facts.addRow(self.tr("In it:"), self.people_label)
        facts.addRow(self.tr("Phone:"), self.phone_label)

        self.mode_actions: dict[str, QAction] = {}
        # The three modes on one row, stop / take over / end on the next: one row of six
        # does not fit the dock beside the agent grid in Polish or Russian.
        modes_row, control_row = QHBoxLayout(), QHBoxLayout()
        names = {
            "listen": self.tr("&Listen"),
            "whisper": self.tr("&Whisper"),
            "barge": self.tr("&Barge"),
        }
        tips = {
            "listen": self.tr("Hear or read the conversation; nobody hears you"),
            "whisper": self.tr("Coach the agent: they hear you, the citizen does not"),
            "barge": self.tr("Join the conversation: everyone hears you"),
        }
        for mode, name in names.items():
            action = QAction(name, self)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(MODE_KEYS[mode]))
            action.setToolTip(f"{tips[mode]} ({MODE_KEYS[mode]})")
            action.triggered.connect(lambda _=False, m=mode: self._on_mode_action_triggered(m))
            self.addAction(action)
            self.mode_actions[mode] = action
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            modes_row.addWidget(button)
        self.stop_action = QAction(self.tr("&Stop"), self)
        self.stop_action.setShortcut(QKeySequence(STOP_KEY))
        self.stop_action.setToolTip(
            self.tr("Stop monitoring; the conversation goes on") + f" ({STOP_KEY})"
        )
        self.stop_action.triggered.connect(self._on_stop_action_triggered)
        self.addAction(self.stop_action)
        stop = QToolButton(self)
        stop.setDefaultAction(self.stop_action)
        control_row.addWidget(stop)
        self.take_over_action = QAction(self.tr("Take &over"), self)
        self.take_over_action.setShortcut(QKeySequence(TAKE_OVER_KEY))
        self.take_over_action.setToolTip(
            self.tr(
                "Take the conversation over: it is yours, the agent leaves it (a call: "
                "the caller talks to you on your phone)"
            )
            + f" ({TAKE_OVER_KEY})"
        )
        self.take_over_action.triggered.connect(self._on_take_over_action_triggered)
        self.addAction(self.take_over_action)
        self.take_over_button = QToolButton(self)
        self.take_over_button.setDefaultAction(self.take_over_action)
        control_row.addWidget(self.take_over_button)
        self.end_action = QAction(self.tr("&End conversation"), self)
        self.end_action.setShortcut(QKeySequence(END_KEY))
        self.end_action.setToolTip(
            self.tr("End the conversation you took over (no wrap-up)") + f" ({END_KEY})"
        )
        self.end_action.triggered.connect(self._on_end_action_triggered)
        self.addAction(self.end_action)
        self.end_button = QToolButton(self)
        self.end_button.setDefaultAction(self.end_action)
        control_row.addWidget(self.end_button)
        modes_row.addStretch(1)
        control_row.addStretch(1)
        buttons = QVBoxLayout()
        buttons.addLayout(modes_row)
        buttons.addLayout(control_row)

        self.transcript = QTextBrowser(self)
        self.transcript.setOpenLinks(False)
        self.transcript.setPlaceholderText(self.tr("A monitored chat's messages appear here."))
        self.note_edit = QLineEdit(self)
        self.note_edit.setPlaceholderText(
            self.tr("Private note to the agent (whisper) — the citizen never sees it")
        )
        self.note_edit.returnPressed.connect(self._on_note_edit_return_pressed)
        self.say_edit = QLineEdit(self)
        self.say_edit.setPlaceholderText(self.tr("Message to the citizen (barge)"))
        self.say_edit.returnPressed.connect(self._on_say_edit_return_pressed)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addLayout(facts)
        layout.addLayout(buttons)
        layout.addWidget(self.transcript, 1)
        layout.addWidget(self.note_edit)
        layout.addWidget(self.say_edit)

    # ------------------------------------------------------------------ state

    @property
    def mode(self) -> str:
        current = self.service.current
        return current.mode if current else ""

    def _show_idle(self, why: str = "") -> None:
        self._clock.stop()
        self.title_label.setText(
            why or self.tr("Not monitoring. Pick an agent and choose Monitor (Ctrl+Shift+M).")
        )
        self.mode_label.setText("—")
        self.elapsed_label.setText("—")
        self.phone_label.setText("—")
        self._enable()

    def _enable(self) -> None:
        current = self.service.current
        owned = bool(self.service.owned)
        chat = self.service.interaction is not None and self.service.interaction.channel == "chat"
        for mode, action in self.mode_actions.items():
            action.setEnabled(current is not None)
            action.setChecked(current is not None and current.mode == mode)
        self.stop_action.setEnabled(current is not None)
        # a call is taken over on the phone already connected to it
        self.take_over_action.setEnabled(
            current is not None and (chat or current.phone == "connected")
        )
        self.end_action.setEnabled(owned)
        idle = current is None and not owned
        self.transcript.setVisible(idle or chat)
        self.note_edit.setVisible(idle or (chat and not owned))  # nobody to coach now
        self.say_edit.setVisible(idle or chat)
        self.note_edit.setEnabled(chat and current is not None and current.mode == "whisper")
        self.say_edit.setEnabled(
            chat and (owned or (current is not None and current.mode == "barge"))
        )
        self.say_edit.setPlaceholderText(
            self.tr("Message to the citizen")
            if owned
            else self.tr("Message to the citizen (barge)")
        )

    def _show_mode(self, info: p.MonitorInfo) -> None:
        labels = {
            "listen": self.tr("Listening"),
            "whisper": self.tr("Whispering to the agent"),
            "barge": self.tr("Barged in (everyone hears you)"),
        }
        self.mode_label.setText(labels[info.mode])
        self.mode_since = info.mode_since
        self._on_clock_timeout()
        self._clock.start()
        phone = {
            "": self.tr("(a chat: no phone)"),
            "ringing": self.tr("Ringing your softphone…"),
            "connected": self.tr("Connected"),
        }
        self.phone_label.setText(phone.get(info.phone, info.phone))
        self._enable()

    def _show_people(self, people: list[p.Participant]) -> None:
        self.people_label.setText(", ".join(x.display_name for x in people) or "—")

    # ------------------------------------------------------------------ service signals

    def _on_service_started(self, reply: p.MonitorStarted) -> None:
        info = reply.interaction
        what = self.tr("Call from {0}").format(info.caller or self.tr("a withheld number"))
        if info.channel == "chat":
            what = self.tr("Chat with {0}").format(info.citizen_name)
        self.title_label.setText(f"{what} — {info.agent_name or info.agent or ''}")
        self.transcript.clear()
        for message in reply.messages:
            self._on_service_message_received(message)
        for note in reply.internal:
            self._on_service_note_received(note)
        self._show_people(info.participants)
        self._show_mode(reply.monitor)

    def _on_service_changed(self, info: p.MonitorInfo) -> None:
        self._show_mode(info)

    def _on_service_stopped(self, reason: str) -> None:
        why = {
            "supervisor": self.tr("You stopped monitoring."),
            "ended": self.tr("The conversation ended."),
            "phone": self.tr("Your softphone hung up."),
            "signed_out": self.tr("You were signed out."),
            "not_your_team": self.tr(
                "Monitoring stopped: the conversation went to staff outside your teams."
            ),
            "taken_over": self.tr("You took the conversation over."),
        }.get(reason, reason)
        self._show_idle(why)
        self.status_message.emit(why)

    def _on_service_message_received(self, message: p.ChatMessage) -> None:
        when = locale_format.clock(message.ts)
        self.transcript.append(
            f"<b>{html.escape(message.sender_name)}</b> <small>{when}</small>: "
            f"{html.escape(message.text)}"
        )

    def _on_service_note_received(self, note: p.InternalMessage) -> None:
        self.transcript.append(
            f"<i>{html.escape(self.tr('Note from {0}').format(note.sender_name))}: "
            f"{html.escape(note.text)}</i>"
        )

    def _on_service_participants_changed(self, people: list[p.Participant]) -> None:
        self._show_people(people)

    def _on_service_phone_changed(self, state: str) -> None:
        if state == "connected":
            self.phone_label.setText(self.tr("Connected"))

    def _on_service_taken_over(self, info: p.InteractionInfo) -> None:
        self._clock.stop()
        what = self.tr("Call from {0}").format(info.caller or self.tr("a withheld number"))
        if info.channel == "chat":
            what = self.tr("Chat with {0}").format(info.citizen_name)
        self.title_label.setText(self.tr("{0} — yours now").format(what))
        self.mode_label.setText(self.tr("Taken over: you talk to the citizen"))
        self.elapsed_label.setText("—")
        self._show_people(info.participants)
        self._enable()
        self.status_message.emit(
            self.tr("You took the conversation over. End it with {0}.").format(END_KEY)
        )
        if info.channel == "chat":
            self.say_edit.setFocus()

    def _on_service_owned_ended(self, reason: str) -> None:
        why = self.tr("The conversation you took over ended.")
        self._show_idle(why)
        self.status_message.emit(why)

    def _on_clock_timeout(self) -> None:
        self.elapsed_label.setText(
            _clock(time.time() - self.mode_since) if self.mode_since else "—"
        )

    # ------------------------------------------------------------------ user actions

    def _on_mode_action_triggered(self, mode: str) -> None:
        self._enable()  # the checked state follows the server, not the click
        if self.service.current is not None and self.service.current.mode != mode:
            spawn(self._run(self.service.set_mode(mode)))  # type: ignore[arg-type]

    def _on_stop_action_triggered(self) -> None:
        spawn(self._run(self.service.stop()))

    def _on_take_over_action_triggered(self) -> None:
        if self.service.current is not None:
            spawn(self._run(self.service.take_over()))

    def _on_end_action_triggered(self) -> None:
        if self.service.owned:
            spawn(self._run(self.service.end()))

    def _on_note_edit_return_pressed(self) -> None:
        text = self.note_edit.text().strip()
        if text:
            self.note_edit.clear()
            spawn(self._run(self.service.send(text)))

    def _on_say_edit_return_pressed(self) -> None:
        text = self.say_edit.text().strip()
        if text:
            self.say_edit.clear()
            spawn(self._run(self.service.send(text)))

    async def _run(self, coro) -> None:
        try:
            await coro
        except REQUEST_ERRORS as exc:
            self.status_message.emit(self.tr("Monitoring: {0}").format(exc))
