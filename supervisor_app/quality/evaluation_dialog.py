"""The quality form for one conversation: whom to score (its agent or a consulted
expert), 1-5 on every active criterion of the centre's form, a comment; the weighted
total as it is scored. The supervisor's earlier evaluation of the same conversation and
agent fills the form (submitting replaces it). Keys 1-5 score the focused criterion and
move to the next; Ctrl+Enter submits. Closing with unsent scores asks first, and a
refused submission keeps the form as it is. Open with ``open()``; talks only to
``QualityService``."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from shared import protocol as p
from shared.quality_form import MAX_SCORE, MIN_SCORE, weighted_total
from softphone import locale_format
from softphone.qt_async import spawn
from supervisor_app.conversations.model import when
from supervisor_app.quality.service import REQUEST_ERRORS, QualityService

MAX_COMMENT = 4000  # the server keeps the first 4000 characters


class _CriterionRow(QWidget):
    """One criterion's five choices; keys 1-5 pick one."""

    scored = Signal()
    next_requested = Signal()
    focus_changed = Signal(bool)

    def __init__(self, criterion: p.EvaluationCriterion, parent: QWidget) -> None:
        super().__init__(parent)
        self.criterion = criterion
        self.group = QButtonGroup(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for score in range(MIN_SCORE, MAX_SCORE + 1):
            button = QRadioButton(str(score), self)
            button.setAccessibleName(
                self.tr("%1: %2 of 5").replace("%1", criterion.title).replace("%2", str(score))
            )
            self.group.addButton(button, score)
            layout.addWidget(button)
        layout.addStretch(1)
        self.group.idClicked.connect(lambda _score: self.scored.emit())
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def score(self) -> int | None:
        chosen = self.group.checkedId()
        return chosen if chosen >= MIN_SCORE else None

    def set_score(self, score: int | None) -> None:
        if score is None:
            self.group.setExclusive(False)
            for button in self.group.buttons():
                button.setChecked(False)
            self.group.setExclusive(True)
        else:
            self.group.button(score).setChecked(True)
        self.scored.emit()

    def focusInEvent(self, event) -> None:  # noqa: N802
        super().focusInEvent(event)
        self.focus_changed.emit(True)

    def focusOutEvent(self, event) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.focus_changed.emit(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        digit = event.text()
        if digit.isdigit() and MIN_SCORE <= int(digit) <= MAX_SCORE:
            self.set_score(int(digit))
            self.next_requested.emit()
            return
        super().keyPressEvent(event)


class EvaluationDialog(QDialog):
    evaluation_submitted = Signal(p.Evaluation)

    def __init__(
        self, service: QualityService, row: p.ConversationRow, agent: str = "",
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.service = service
        self.row = row
        self.rows: list[_CriterionRow] = []
        self.previous: p.Evaluation | None = None  # mine, of this conversation and agent
        self._mine: dict[str, p.Evaluation] = {}  # agent -> my evaluation
        self._dirty = False
        self._sending = False
        # what was typed for each person, kept when the supervisor switches between them
        self._drafts: dict[str, tuple[dict[int, int], str]] = {}
        self._shown_agent = ""
        self._tasks: list[asyncio.Task] = []
        self.setWindowTitle(self.tr("Score the conversation"))
        self.setModal(True)
        self.setMinimumWidth(520)

        header = QLabel(
            f"<b>{when(row.arrived)}</b> · {row.topic} · {row.channel} · "
            f"{row.citizen_name or row.caller or '—'}",
            self,
        )
        header.setWordWrap(True)
        self.agent_box = QComboBox(self)
        for username in row.agents:
            self.agent_box.addItem(username, username)
        if agent and agent in row.agents:
            self.agent_box.setCurrentIndex(row.agents.index(agent))
        self.agent_box.currentIndexChanged.connect(self._on_agent_box_changed)
        agent_label = QLabel(self.tr("&Whom you score:"), self)
        agent_label.setBuddy(self.agent_box)
        self.previous_label = QLabel(self)
        self.previous_label.setWordWrap(True)

        self.form = QWidget(self)
        self.grid = QGridLayout(self.form)
        scroll = self.scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.loading_label = QLabel(self.tr("Loading the form…"), self.form)
        self.grid.addWidget(self.loading_label, 0, 0)

        self.comment_edit = QPlainTextEdit(self)
        self.comment_edit.setPlaceholderText(
            self.tr("What went well, what to coach (the agent's team lead reads it)")
        )
        self.comment_edit.setAccessibleName(self.tr("Comment"))
        self.comment_edit.setMaximumHeight(110)
        self.comment_edit.textChanged.connect(self._on_changed)
        self.total_label = QLabel(self)
        self.total_label.setAccessibleName(self.tr("Total"))
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Cancel, Qt.Orientation.Horizontal, self
        )
        self.submit_button = QPushButton(self.tr("&Submit"), self)
        self.submit_button.setToolTip(self.tr("Submit the scores (Ctrl+Enter)"))
        self.submit_button.setDefault(True)
        self.buttons.addButton(self.submit_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.submit)

        agent_row = QHBoxLayout()
        agent_row.addWidget(agent_label)
        agent_row.addWidget(self.agent_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addLayout(agent_row)
        layout.addWidget(self.previous_label)
        layout.addWidget(scroll, 1)
        comment_label = QLabel(self.tr("&Comment"), self)
        comment_label.setBuddy(self.comment_edit)
        layout.addWidget(comment_label)
        layout.addWidget(self.comment_edit)
        layout.addWidget(self.total_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self._update()
        self._tasks.append(spawn(self._load()))
        self.finished.connect(self._on_finished)

    def _on_finished(self, _result: int) -> None:
        for task in self._tasks:  # nothing runs on this dialog once it is closed
            task.cancel()

    # -- the form ------------------------------------------------------------------

    async def _load(self) -> None:
        try:
            criteria = await self.service.load_criteria()
            mine = [
                e
                for e in await self.service.of_conversation(self.row.id)
                if e.evaluator == self.service.username
            ]
        except REQUEST_ERRORS as exc:
            if isValid(self):
                self.loading_label.setText(
                    self.tr("The form could not be loaded: %1").replace("%1", str(exc))
                )
            return
        if not isValid(self):  # closed while the form was on its way
            return
        self._mine = {e.agent: e for e in mine}
        self.loading_label.hide()
        for n, criterion in enumerate(c for c in criteria if c.active):
            title = QLabel(f"<b>{criterion.title}</b>", self.form)
            title.setToolTip(criterion.description)
            title.setWordWrap(True)
            choices = _CriterionRow(criterion, self.form)
            choices.setAccessibleName(criterion.title)
            choices.setToolTip(criterion.description)
            choices.scored.connect(self._on_changed)
            choices.next_requested.connect(self._focus_next)
            title.setBuddy(choices)
            choices.focus_changed.connect(  # the focused criterion is the one keys 1-5 score
                lambda on, label=title: label.setStyleSheet(
                    "background: palette(highlight); color: palette(highlighted-text)" if on else ""
                )
            )
            weight = QLabel(
                self.tr("×%1").replace("%1", locale_format.number(criterion.weight)), self.form
            )
            weight.setToolTip(self.tr("Weight in the total"))
            self.grid.addWidget(title, n + 1, 0)
            self.grid.addWidget(choices, n + 1, 1)
            self.grid.addWidget(weight, n + 1, 2)
            self.rows.append(choices)
        self.grid.setColumnStretch(0, 1)
        # rows just added are not shown yet (a layout hint would leave them out)
        row_height = max(r.sizeHint().height() for r in self.rows) if self.rows else 0
        self.scroll.setMinimumHeight(min(len(self.rows) * (row_height + 8) + 12, 440))
        self.adjustSize()
        self._fill_from_previous()
        if self.rows:
            self.rows[0].setFocus()

    def _fill_from_previous(self) -> None:
        self._shown_agent = self.agent()
        self.previous = self._mine.get(self.agent())
        scores = {s.criterion_id: s.score for s in self.previous.scores} if self.previous else {}
        comment = self.previous.comment if self.previous else ""
        draft = self._drafts.pop(self.agent(), None)
        if draft is not None:  # typed for this person before switching away
            scores, comment = draft
        for r in self.rows:
            r.set_score(scores.get(r.criterion.id))
        self.comment_edit.setPlainText(comment)
        if self.previous is not None:
            self.previous_label.setText(
                self.tr("You scored %1 on %2 (%3 of 5): submitting replaces it.")
                .replace("%1", self.agent())
                .replace("%2", when(self.previous.ts))
                .replace("%3", locale_format.number(self.previous.total, 2))
            )
        else:
            self.previous_label.setText("")
        self._dirty = draft is not None
        self._update()

    def _focus_next(self) -> None:
        sender = self.sender()
        if sender in self.rows:
            k = self.rows.index(sender)
            (self.rows[k + 1] if k + 1 < len(self.rows) else self.comment_edit).setFocus()

    def agent(self) -> str:
        return self.agent_box.currentData() or ""

    def scores(self) -> dict[int, int]:
        return {r.criterion.id: s for r in self.rows if (s := r.score()) is not None}

    def total(self) -> float | None:
        scores = self.scores()
        if not self.rows or len(scores) < len(self.rows):
            return None
        return weighted_total(scores, {r.criterion.id: r.criterion.weight for r in self.rows})

    def _on_agent_box_changed(self, _index: int) -> None:
        if not self.rows:
            return
        if self._dirty and self._shown_agent:
            self._drafts[self._shown_agent] = (self.scores(), self.comment_edit.toPlainText())
        self._fill_from_previous()

    def _on_changed(self) -> None:
        self._dirty = True
        self.error_label.setText("")
        self._update()

    def _update(self) -> None:
        total = self.total()
        missing = len(self.rows) - len(self.scores())
        if total is not None:
            self.total_label.setText(
                self.tr("Total: <b>%1</b> of 5 (weighted)").replace(
                    "%1", locale_format.number(total, 2)
                )
            )
        elif self.rows:
            self.total_label.setText(self.tr("%n criterion/criteria still to score", "", missing))
        self.submit_button.setEnabled(
            total is not None and bool(self.agent()) and not self._sending
        )

    # -- submitting and closing ----------------------------------------------------

    def submit(self) -> None:
        if self.total() is None or not self.agent() or self._sending:
            return
        self._sending = True
        self._update()
        self._tasks.append(
            spawn(self._submit(self.agent(), self.scores(), self.comment_edit.toPlainText()))
        )

    async def _submit(self, agent: str, scores: dict[int, int], comment: str) -> None:
        try:
            reply = await self.service.submit(self.row.id, agent, scores, comment[:MAX_COMMENT])
        except REQUEST_ERRORS as exc:  # the form stays as it is
            self.error_label.setText(self.tr("Not submitted: %1").replace("%1", str(exc)))
            if isinstance(exc, p.ProtocolError) and exc.code in (
                p.ErrorCode.SCORE_MISSING, p.ErrorCode.UNKNOWN_CRITERION
            ):  # fmt: skip
                self.error_label.setText(
                    self.error_label.text() + self.tr(" — the form changed: close and score again.")
                )
            return
        finally:
            if isValid(self):
                self._sending = False
                self._update()
        self._dirty = False
        self.evaluation_submitted.emit(reply.evaluation)
        self.accept()

    def has_unsent_scores(self) -> bool:
        return (
            bool(self._drafts)
            or self._dirty
            and bool(self.scores() or self.comment_edit.toPlainText().strip())
        )

    def reject(self) -> None:
        if self._sending:  # the server decides now; closing would hide its answer
            self.error_label.setText(self.tr("Sending… wait for the answer."))
            return
        if not self.has_unsent_scores():
            super().reject()
            return
        ask = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unsent scores"),
            self.tr("Discard the scores you have not submitted?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self,
        )
        ask.setDefaultButton(QMessageBox.StandardButton.Cancel)
        ask.setObjectName("discard_question")
        ask.finished.connect(
            lambda _result: (
                ask.clickedButton() is ask.button(QMessageBox.StandardButton.Discard)
                and self._discard()
            )
        )
        ask.open()

    def _discard(self) -> None:
        self._dirty = False
        super().reject()
