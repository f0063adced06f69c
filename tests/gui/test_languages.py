"""Both apps' windows in each language: every visible string translated, none cut off.

The windows are opened against a real demo server and shown as an agent and a
supervisor use them: the sign-in dialog, the agent's window with a chat and the
directory, the supervisor's window on each of its views. ``pseudo`` marks every
translation (tests/support/untranslated.py): a visible text without the mark was never
translated, whatever the language. In Polish, Danish and Russian no visible text may be
an English source text that has a translation (a string looked up in the wrong context
shows English), and no button or one-line label may be narrower than its text.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from agent_app.knowledge_pane import language_name
from agent_app.window import AgentWindow
from shared.demo import data
from softphone import ui_language
from softphone.client_service import ClientService
from softphone.login_dialog import LoginDialog
from tests.gui.supervisor import signed_in
from tests.gui.test_agent_app import activate, make_available, start_chat
from tests.support.untranslated import PseudoTranslator, unmarked, visible_texts
from tools import ts_check

pytestmark = pytest.mark.gui
LAPTOP = (1366, 768)  # the smallest screen the agent app is laid out for
FULL_HD = (1920, 1080)  # the supervisor app's: its grid, wallboard and monitor dock side by side
ROOT = Path(__file__).resolve().parents[2]


def demo_data() -> set[str]:
    """What the demo centre itself says (its names, topics, departments, not-ready
    reasons, article titles) and language names as their speakers write them: shown as
    they are, not translated by the apps; '&' dropped as visible_texts drops it."""
    texts = {"ws://host:port/ws", "Jan Malinowski", "Bins on Kwiatowa 12 were not emptied"}
    texts |= {name for _, name, _ in data.TOPICS} | {dep for _, _, dep in data.TOPICS}
    texts |= {name for _, name, _, _ in data.USERS} | {name for name, _, _ in data.TEAMS}
    texts |= set(data.NOT_READY_REASONS)
    texts |= {lang.native_name for lang in ui_language.LANGUAGES}
    texts |= {language_name(code) for code in ("pl", "da", "ru", "en", "uk")}
    for article in (ROOT / "resources" / "kb").glob("*.md"):
        match = re.search(r'^title: "?(.*?)"?$', article.read_text(encoding="utf-8"), re.M)
        if match:
            texts.add(match.group(1))
    return {t.replace("&", "") for t in texts}


def is_data(text: str, data: set[str]) -> bool:
    """Each line is centre data, or the text shows an article (a pinned banner)."""
    return all(line.strip() in data for line in text.splitlines()) or any(
        title in text for title in data if len(title) > 20
    )


@pytest.fixture
def in_language(qapp, request):
    """Install the language (``pseudo``: the marking translator) for one test."""
    code = request.param
    if code == "pseudo":
        translators = [PseudoTranslator(qapp)]
        qapp.installTranslator(translators[0])
    else:
        translators = ui_language.install(qapp, code)
    yield code
    for t in translators:
        qapp.removeTranslator(t)
    QLocale.setDefault(QLocale("en_GB"))


def english_with_translation(code: str) -> set[str]:
    """English source texts whose translation in ``code`` differs (without '&')."""
    _, messages = ts_check.read(ui_language.TRANSLATIONS_DIR / f"cc_{code}.ts")
    return {
        m.source.replace("&", "")
        for m in messages
        if not m.unfinished and not m.numerus and "%" not in m.source and "{" not in m.source
        and m.forms and m.forms[0].replace("&", "") != m.source.replace("&", "")
    }  # fmt: skip


def cut_off(top: QWidget) -> list[str]:
    """Visible buttons and one-line labels narrower than their text."""
    found = []
    for w in top.findChildren(QWidget):
        if not w.isVisibleTo(top) or w.width() <= 0:
            continue
        if isinstance(w, QAbstractButton) and w.text():
            need = w.sizeHint().width()
        elif isinstance(w, QLabel) and w.text() and not w.wordWrap() and not w.pixmap():
            need = w.fontMetrics().horizontalAdvance(w.text().replace("&", ""))
            need += w.contentsMargins().left() + w.contentsMargins().right()
            if w.textFormat() != 0 and "<" in w.text():  # rich text: measured by Qt
                continue
        else:
            continue
        if w.width() + 2 < need:
            found.append(f"{type(w).__name__} {w.text()!r}: {w.width()} px of {need}")
    return found


def agent_windows(qtbot, arun, cc_server, opened: list):
    """The sign-in dialog, then Anna's window with an offer, then with the chat and the
    directory open: yields (what, widget) when each is on screen."""
    dialog = LoginDialog("cc-agent")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    yield "sign-in dialog", dialog
    dialog.close()

    service = ClientService(client_name="test")
    agent = AgentWindow(service)
    qtbot.addWidget(agent)
    agent.resize(*LAPTOP)
    activate(qtbot, agent)
    arun(service.login(cc_server.url, "anna", "demo"))
    opened.append(lambda: (arun(service.logout()), agent.allow_close()))
    qtbot.waitUntil(lambda: agent.connected)
    make_available(qtbot, agent)
    cit, _, iid = start_chat(arun, cc_server.url)
    opened.append(lambda: arun(cit.close()))
    qtbot.waitUntil(lambda: agent.offer_widget.interaction_id == iid, timeout=10000)
    yield "agent window with an offer", agent
    agent.accept_action.trigger()
    qtbot.waitUntil(lambda: iid in agent.chats, timeout=10000)
    agent.directory_action.trigger()
    qtbot.waitUntil(agent.directory_dock.isVisible)
    qtbot.wait(50)
    yield "agent window with a chat and the directory", agent


def supervisor_views(qtbot, arun, cc_server, opened: list):
    """Sam's window on each of its views, then the wall."""
    window = signed_in(qtbot, arun, cc_server.url)
    opened.append(lambda: arun(window.service.logout()))
    for name in VIEWS:
        getattr(window, f"{name}_view_action").trigger()
        qtbot.wait(50)
        yield f"supervisor window: {name}", window
    window.wall_mode_action.trigger()
    qtbot.waitUntil(lambda: window.wall is not None and window.wall.isVisible())
    yield "wall mode", window.wall
    window.wall_mode_action.trigger()


VIEWS = (
    "live",
    "knowledge",
    "broadcasts",
    "teams",
    "reports",
    "staffing",
    "conversations",
    "quality",
)


@pytest.mark.parametrize("in_language", ["pseudo", "pl", "da", "ru"], indirect=True)
def test_every_window_in_each_language(in_language, qloop, arun, qtbot, cc_server):
    code = in_language
    english = set() if code == "pseudo" else english_with_translation(code)
    data_texts = demo_data()
    problems: list[str] = []
    opened: list = []
    try:
        for gen in (agent_windows, supervisor_views):
            for what, widget in gen(qtbot, arun, cc_server, opened):
                need = widget.minimumSizeHint()
                screen = FULL_HD if what.startswith(("supervisor", "wall")) else LAPTOP
                if need.width() > screen[0] or need.height() > screen[1]:
                    problems.append(f"{what}: needs {need.width()}×{need.height()} px")
                texts = visible_texts(widget)
                assert texts, what
                if code == "pseudo":
                    problems += [
                        f"{what}: {cls} {t!r} is not translatable"
                        for cls, t in unmarked(texts, data_texts)
                        if not is_data(t, data_texts)
                    ]
                else:
                    problems += [
                        f"{what}: {cls} {t!r} is English"
                        for cls, t in texts
                        if t in english and not is_data(t, data_texts)
                    ]
                    problems += [f"{what}: {line}" for line in cut_off(widget)]
    finally:
        for close in reversed(opened):
            close()
    assert not problems, "\n".join(problems)


def test_the_language_chosen_in_the_view_menu_is_used_from_the_next_start(
    qapp, qloop, arun, qtbot, cc_server
):
    from PySide6.QtCore import QSettings

    from agent_app.window import APP_NAME
    from softphone.login_dialog import ORGANIZATION

    service = ClientService(client_name="test")
    window = AgentWindow(service)
    qtbot.addWidget(window)
    activate(qtbot, window)
    menu = window.language_menu
    assert [a.text() for a in menu.actions()] == ["English", "Polski", "Dansk", "Русский"]
    assert menu.actions_by_code["en"].isChecked()
    menu.choose("pl")
    settings = QSettings(ORGANIZATION, APP_NAME)
    assert settings.value(ui_language.SETTINGS_KEY) == "pl"
    assert window.statusBar().currentMessage() == "Polski is used from the next start of the app."
    # the next start: the saved language wins over the system's, --lang over both
    try:
        assert ui_language.start(qapp, None, settings) == "pl"
        assert window.tr("&File") != "&File"  # the Polish file is loaded
        assert ui_language.start(qapp, "da", settings) == "da"
    finally:
        ui_language.start(qapp, "en", settings)
    window.allow_close()
