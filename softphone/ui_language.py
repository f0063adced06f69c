"""The language of both desktop apps: which one, and loading its translations.

The choice, first that applies: ``--lang``, the language saved in the app's settings
(``ui/language``, set from the View menu), the operating system's (the first of its UI
languages that the apps have). Translations are Qt Linguist files,
``resources/translations/cc_<lang>.ts``, compiled to ``.qm`` by ``make translations``;
Qt's own (standard buttons and dialogs) come with PySide6. The locale is set to the
language too, so dates, times and numbers formatted with ``QLocale()`` follow it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

TRANSLATIONS_DIR = Path(__file__).resolve().parents[1] / "resources" / "translations"
SETTINGS_KEY = "ui/language"


@dataclass(frozen=True)
class Language:
    code: str  # ISO 639-1, the suffix of cc_<code>.qm
    native_name: str  # as its speakers write it, for the menu
    locale: str  # the locale for dates and numbers


LANGUAGES: tuple[Language, ...] = (
    Language("en", "English", "en_GB"),
    Language("pl", "Polski", "pl_PL"),
    Language("da", "Dansk", "da_DK"),
    Language("ru", "Русский", "ru_RU"),
)
CODES = tuple(lang.code for lang in LANGUAGES)


def language(code: str) -> Language:
    return next(lang for lang in LANGUAGES if lang.code == code)


def choose(cli: str | None, saved: str, system_languages: list[str]) -> str:
    """The language to use: ``--lang``, else the saved one, else the system's first
    UI language that the apps have (``pl-PL`` → ``pl``), else English."""
    for wanted in (cli or "", saved):
        if wanted:
            code = wanted.replace("-", "_").split("_")[0].lower()
            if code in CODES:
                return code
    for name in system_languages:
        code = name.replace("-", "_").split("_")[0].lower()
        if code in CODES:
            return code
    return "en"


def current_language() -> str:
    """The language the app runs in (what ``start`` installed; English before)."""
    return _current[0]


def saved_language(settings: QSettings) -> str:
    return str(settings.value(SETTINGS_KEY, "") or "")


def system_languages() -> list[str]:
    return QLocale.system().uiLanguages()


def install(app: QCoreApplication, code: str) -> list[QTranslator]:
    """Load the apps' translation and Qt's own for ``code`` into ``app``, and make its
    locale the default one. Keep the returned translators alive as long as the app."""
    QLocale.setDefault(QLocale(language(code).locale))
    if code == "en":
        return []
    loaded = []
    ours = QTranslator(app)
    if not ours.load(str(TRANSLATIONS_DIR / f"cc_{code}.qm")):
        raise FileNotFoundError(f"no translation {TRANSLATIONS_DIR / f'cc_{code}.qm'}")
    loaded.append(ours)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{code}", qt_dir):  # not every language has one: then English buttons
        loaded.append(qt)
    for translator in loaded:
        app.installTranslator(translator)
    return loaded


def start(app: QCoreApplication, cli: str | None, settings: QSettings) -> str:
    """Choose the language (``choose``) and install it; the code chosen."""
    code = choose(cli, saved_language(settings), system_languages())
    for old in _installed:
        app.removeTranslator(old)
    _installed[:] = install(app, code)
    _current[0] = code
    return code


_installed: list[QTranslator] = []  # alive as long as the app: Qt does not own them
_current = ["en"]


class LanguageMenu(QMenu):
    """View → Language: one entry per language, in its own name; choosing one saves it
    for the next start (the window is not rebuilt: that would lose open work) and says
    so in ``noticed`` (the window shows it in its status bar)."""

    noticed = Signal(str)

    def __init__(self, settings: QSettings, current: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("&Language"), parent)
        self._settings = settings
        self.current = current
        self.group = QActionGroup(self)
        self.actions_by_code: dict[str, QAction] = {}
        for lang in LANGUAGES:
            action = QAction(lang.native_name, self, checkable=True)
            action.setData(lang.code)
            action.setChecked(lang.code == current)
            self.group.addAction(action)
            self.addAction(action)
            self.actions_by_code[lang.code] = action
        self.group.triggered.connect(self._chosen)

    def choose(self, code: str) -> None:
        self.actions_by_code[code].trigger()

    def _chosen(self, action: QAction) -> None:
        code = str(action.data())
        self._settings.setValue(SETTINGS_KEY, code)
        self._settings.sync()
        if code != self.current:
            self.noticed.emit(
                self.tr("%1 is used from the next start of the app.").replace(
                    "%1", language(code).native_name
                )
            )
