"""Small dialogs of the supervisor window. Open them with ``open()``, never ``exec()``."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

MAX_REASON = 60  # the server keeps the first 60 characters


class ForceNotReadyDialog(QDialog):
    """Ask for the reason the agent will see when a supervisor sets them Not ready."""

    def __init__(self, agent_name: str, reasons: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Force Not Ready"))
        self.setModal(True)

        intro = QLabel(
            self.tr(
                "{0} will receive no new work and will see this reason "
                "until they make themselves available again. "
                "The action is recorded in the audit log."
            ).format(agent_name),
            self,
        )
        intro.setWordWrap(True)

        self.reason_box = QComboBox(self)
        self.reason_box.setEditable(True)
        self.reason_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reason_box.addItems(reasons)
        self.reason_box.addItem(self.tr("Requested by supervisor"))
        self.reason_box.lineEdit().setMaxLength(MAX_REASON)
        self.reason_box.setCurrentIndex(self.reason_box.count() - 1)
        self.reason_box.editTextChanged.connect(self._on_reason_box_edit_text_changed)

        form = QFormLayout()
        form.addRow(self.tr("&Reason:"), self.reason_box)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Set Not Ready"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(380)

    def reason(self) -> str:
        return self.reason_box.currentText().strip()

    def set_reason(self, reason: str) -> None:
        self.reason_box.setEditText(reason)

    def _on_reason_box_edit_text_changed(self, text: str) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(text.strip()))


class ForceOfflineBox(QMessageBox):
    """Confirmation before forcing an agent Offline; connect ``accepted``, then open()."""

    def __init__(self, agent_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Force Offline"))
        self.setText(self.tr("Set {0} Offline?").format(agent_name))
        self.setInformativeText(
            self.tr(
                "They will receive no new work until they make themselves available again. "
                "The action is recorded in the audit log."
            )
        )
        self.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        self.button(QMessageBox.StandardButton.Yes).setText(self.tr("Force Offline"))
        self.setDefaultButton(QMessageBox.StandardButton.Cancel)

    def confirmed(self) -> bool:
        """After ``finished``: did the supervisor press Force Offline?"""
        return self.clickedButton() is self.button(QMessageBox.StandardButton.Yes)
