"""The desktop apps' translations: complete, up to date with the code, every
user-visible string translatable, and the language chosen as documented."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from softphone import ui_language
from tests.support.untranslated import literal_texts, literal_texts_in
from tools import ts_check

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent
LANGS = [c for c in ui_language.CODES if c != "en"]
SOURCES = sorted(
    p for d in ("agent_app", "supervisor_app", "softphone") for p in (ROOT / d).rglob("*.py")
)


def keys(path: Path) -> set[tuple[str, str, str, bool]]:
    return {(m.context, m.source, m.comment, m.numerus) for m in ts_check.read(path)[1]}


@pytest.mark.parametrize("lang", LANGS)
def test_each_ts_file_is_up_to_date_with_the_code(lang, tmp_path):
    """What `make translations` would change: a string added to or gone from the code,
    or moved to another context, and the .ts file not refreshed."""
    ts = TRANSLATIONS / f"cc_{lang}.ts"
    fresh = tmp_path / ts.name
    shutil.copy(ts, fresh)
    listing = tmp_path / "files.lst"
    listing.write_text("\n".join(str(p) for p in SOURCES))
    subprocess.run(
        [BIN / "pyside6-lupdate", "-silent", "-no-obsolete", "-locations", "none",
         f"@{listing}", "-ts", fresh],
        check=True, timeout=60,
    )  # fmt: skip
    added, gone = keys(fresh) - keys(ts), keys(ts) - keys(fresh)
    assert not added and not gone, (
        f"run `make translations`: {len(added)} new strings, e.g. {sorted(added)[:3]}; "
        f"{len(gone)} gone, e.g. {sorted(gone)[:3]}"
    )


@pytest.mark.parametrize("lang", LANGS)
def test_each_translation_is_complete_and_keeps_the_placeholders(lang):
    assert ts_check.problems(TRANSLATIONS / f"cc_{lang}.ts") == []


@pytest.mark.parametrize("lang", LANGS)
def test_the_compiled_qm_file_is_the_ts_file_compiled(lang, tmp_path):
    qm = tmp_path / f"cc_{lang}.qm"
    subprocess.run(
        [BIN / "pyside6-lrelease", "-silent", "-nounfinished", TRANSLATIONS / f"cc_{lang}.ts",
         "-qm", qm],
        check=True, timeout=60,
    )  # fmt: skip
    assert qm.read_bytes() == (TRANSLATIONS / qm.name).read_bytes(), "run `make translations`"


def test_ts_check_finds_what_it_should(tmp_path):
    ts = tmp_path / "cc_pl.ts"
    ts.write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context><name>W</name>
<message><source>Call %1</source><translation>Połączenie</translation></message>
<message><source>Hang &amp;up</source><translation>Rozłącz</translation></message>
<message><source>Hold</source><translation type="unfinished"></translation></message>
<message numerus="yes"><source>%n calls</source><translation>
<numerusform>%n połączenie</numerusform><numerusform>%n połączenia</numerusform>
</translation></message>
<message><source>Save {name}</source><translation>Zapisz {name}</translation></message>
</context></TS>
""",
        encoding="utf-8",
    )
    found = ts_check.problems(ts)
    assert len(found) == 4, found
    assert "placeholders ['%1']" in found[0]
    assert "accelerator" in found[1]
    assert "not translated" in found[2]
    assert "2 plural forms, pl has 3" in found[3]


# --------------------------------------------------------------- untranslatable strings


def test_no_user_visible_string_literal_escapes_translation():
    assert [str(f) for f in literal_texts_in(SOURCES, ROOT)] == []


def test_the_literal_check_catches_what_it_should():
    bad = """
from PySide6.QtWidgets import QLabel
class W:
    def build(self):
        self.title = QLabel("Waiting citizens")
        self.button.setText(f"Hang up {self.name}")
        self.box.setToolTip("Shown " + self.tr("later"))
        self.combo.addItem("Internal", "internal")
        self.bar.showMessage("Saved", 3000)
"""
    good = """
from PySide6.QtCore import QCoreApplication
class W:
    def build(self):
        self.title = QLabel(self.tr("Waiting citizens"))
        self.button.setText(self.tr("Hang up %1").replace("%1", self.name))
        self.combo.addItem(self.tr("Internal"), "internal")
        self.bar.showMessage(QCoreApplication.translate("W", "Saved"), 3000)
        self.url.setPlaceholderText("ws://host:port/ws")  # not translated: an address
        self.sep.setText("—")
        log.warning("the log stays English: %s", 1)
"""
    assert [f.text for f in literal_texts(bad)] == [
        "'Waiting citizens'",
        "f'Hang up {self.name}'",
        "'Shown '",
        "'Internal'",
        "'Saved'",
    ]
    assert literal_texts(good) == []


# ------------------------------------------------------------------- choosing the language


def test_the_language_is_the_option_then_the_saved_one_then_the_systems():
    choose = ui_language.choose
    assert choose("da", "pl", ["ru-RU"]) == "da"
    assert choose(None, "pl", ["ru-RU"]) == "pl"
    assert choose(None, "", ["de-DE", "ru-RU", "en-US"]) == "ru"  # the first one we have
    assert choose(None, "", ["pl_PL"]) == "pl"
    assert choose(None, "", ["de-DE"]) == "en"
    assert choose(None, "xx", ["da-DK"]) == "da"  # a saved language since removed


def test_each_language_has_its_compiled_file_and_translates(qapp):
    from PySide6.QtCore import QCoreApplication, QLocale

    try:
        for lang in LANGS:
            translators = ui_language.install(qapp, lang)
            try:
                text = QCoreApplication.translate("AgentWindow", "&File")
                assert text and text != "&File", lang
                assert QLocale().language() == QLocale(ui_language.language(lang).locale).language()
            finally:
                for t in translators:
                    qapp.removeTranslator(t)
    finally:
        QLocale.setDefault(QLocale("en_GB"))


def test_the_apps_and_the_demo_take_the_language_option(tmp_path):
    from agent_app.main import parse_args as agent_args
    from shared.demo.launcher import app_process
    from shared.demo.run import parse_args as demo_args
    from supervisor_app.main import parse_args as supervisor_args

    assert agent_args(["--lang", "pl"]).lang == "pl"
    assert supervisor_args(["--lang", "ru"]).lang == "ru"
    assert agent_args([]).lang is None
    with pytest.raises(SystemExit):
        agent_args(["--lang", "xx"])
    assert demo_args(["--lang", "da"]).lang == "da"
    app = app_process("supervisor_app.main", "s", "ws://h:1/ws", "sam", "demo", tmp_path, lang="da")
    assert app.args[-2:] == ["--lang", "da"]
