"""Finding user-visible strings that cannot be translated.

Two ways, both tested on purpose-made bad code in tests/unit/test_translations.py:
- ``literal_texts``: in the source, a string literal given straight to something that
  shows text (``setText("Save")``, ``QLabel("Name")``) instead of through ``self.tr`` or
  ``QCoreApplication.translate``;
- ``PseudoTranslator`` and ``visible_texts``: at run time, with every translation marked,
  the texts of a window's visible widgets that carry no mark.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

# Calls whose string arguments a user reads.
SHOWING_METHODS = {
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setStatusTip",
    "showMessage", "setTitle", "addTab", "insertTab", "setTabText", "setTabToolTip",
    "setWhatsThis", "setAccessibleName", "setAccessibleDescription", "setHorizontalHeaderLabels",
    "setVerticalHeaderLabels", "setHeaderLabels", "addItem", "addItems", "setSuffix",
    "setPrefix", "setSpecialValueText", "setLabelText", "setWindowIconText", "setHtml",
    "setMarkdown", "setPlainText", "addMenu", "addSection", "information", "warning",
    "critical", "question", "setInformativeText", "setDetailedText", "setFormat",
    "addRow", "setEmptyText", "setButtonText",
}  # fmt: skip
SHOWING_CLASSES = {
    "QLabel", "QPushButton", "QToolButton", "QCheckBox", "QRadioButton", "QGroupBox",
    "QAction", "QMenu", "QMessageBox", "QListWidgetItem", "QTreeWidgetItem", "QStandardItem",
    "QTableWidgetItem",
}  # fmt: skip
LOGGERS = {"log", "logger", "logging", "_log", "LOG"}
FIRST_ARGUMENT_ONLY = {"addItem", "addRow"}  # addItem(text, userData): the data is a key
TEXT_KEYWORDS = {"text", "title", "toolTip", "placeholderText"}
# A literal with no letters (symbols, "%1 %", "—") or marked ``# not translated: why``.
LETTERS = re.compile(r"[A-Za-z]{2,}")
WAIVER = "# not translated:"


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.text!r}"


def _callee(node: ast.Call) -> str:
    f = node.func
    if isinstance(f, ast.Attribute):
        return f.attr
    if isinstance(f, ast.Name):
        return f.id
    return ""


def _bare_texts(arg: ast.expr) -> list[ast.expr]:
    """The untranslated literal texts in an argument: a literal, an f-string, or each
    side of ``+`` and each element of a list or tuple."""
    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
        return [arg] if LETTERS.search(arg.value) else []
    if isinstance(arg, ast.JoinedStr):
        literal = "".join(v.value for v in arg.values if isinstance(v, ast.Constant))
        return [arg] if LETTERS.search(literal) else []
    if isinstance(arg, ast.BinOp):
        return _bare_texts(arg.left) + _bare_texts(arg.right)
    if isinstance(arg, ast.List | ast.Tuple):
        return [t for e in arg.elts for t in _bare_texts(e)]
    return []


def literal_texts(source: str, path: str = "<source>") -> list[Finding]:
    """String literals shown to the user without going through a translation."""
    lines = source.splitlines()
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = _callee(node)
        if name not in SHOWING_METHODS and name not in SHOWING_CLASSES:
            continue
        receiver = node.func.value if isinstance(node.func, ast.Attribute) else None
        if isinstance(receiver, ast.Name) and receiver.id in LOGGERS:
            continue  # log.warning(...): for the log, in English
        args = node.args[:1] if name in FIRST_ARGUMENT_ONLY else node.args
        for arg in [*args, *(k.value for k in node.keywords if k.arg in TEXT_KEYWORDS)]:
            for text in _bare_texts(arg):
                window = lines[node.lineno - 1 : (node.end_lineno or node.lineno)]
                if any(WAIVER in line for line in window):
                    continue
                found.append(Finding(path, text.lineno, ast.unparse(text)))
    return found


def literal_texts_in(paths: list[Path], root: Path) -> list[Finding]:
    return [
        f
        for path in paths
        for f in literal_texts(path.read_text(encoding="utf-8"), str(path.relative_to(root)))
    ]


# ----------------------------------------------------------------------------- run time

MARK = "\u27e6"  # ⟦: what PseudoTranslator puts before every translation


class PseudoTranslator(QTranslator):
    """Every translated string comes back marked (``⟦Save``): a visible text without the
    mark was never translated."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002
        return MARK + source if source else source

    def isEmpty(self) -> bool:  # noqa: N802
        return False


def _widget_texts(w: QWidget) -> list[str]:
    texts = []
    if isinstance(w, QLabel | QAbstractButton):
        texts.append(w.text())
    if isinstance(w, QGroupBox):
        texts.append(w.title())
    if isinstance(w, QLineEdit | QPlainTextEdit | QTextEdit):
        texts.append(w.placeholderText())
    if isinstance(w, QComboBox):
        texts += [w.itemText(i) for i in range(w.count())]
    if isinstance(w, QTabWidget):
        texts += [w.tabText(i) for i in range(w.count())]
    if isinstance(w, QMainWindow):
        texts.append(w.windowTitle())
        for action in w.menuBar().actions():
            texts.append(action.text())
            menu = action.menu()
            if isinstance(menu, QMenu):
                texts += [a.text() for a in menu.actions() if not a.isSeparator()]
    if w.toolTip():
        texts.append(w.toolTip())
    return texts


def visible_texts(top: QWidget) -> list[tuple[str, str]]:
    """(widget class, text) for each non-empty text of ``top`` and its visible children."""
    found = []
    for w in [top, *top.findChildren(QWidget)]:
        if w is not top and not w.isVisibleTo(top):
            continue
        for text in _widget_texts(w):
            text = text.replace("&", "").strip()
            if text:
                found.append((type(w).__name__, text))
    return found


def unmarked(texts: list[tuple[str, str]], data: set[str]) -> list[tuple[str, str]]:
    """The texts without the pseudo mark that are words, not data the centre typed
    (names, topics), numbers, times or symbols."""
    return [
        (cls, text)
        for cls, text in texts
        if MARK not in text and LETTERS.search(text) and text not in data and not IDS.match(text)
    ]


IDS = re.compile(r"^[0-9a-f]{8,}$")  # an interaction's id, shown for reference
