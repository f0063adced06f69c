"""The citizen page's dictionaries (resources/web/app.js and call.js): one per language
of shared.contracts.PAGE_LANGUAGES, each with every English key and the same
placeholders. Read from the source (no JavaScript engine needed): the dictionaries are
written one key per line, as the files do."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from shared.contracts import PAGE_LANGUAGES

WEB = Path(__file__).resolve().parents[2] / "resources" / "web"
LANGUAGE = re.compile(r"^    (\w+): \{$")
KEY = re.compile(r'^      (?:"([^"]+)"|(\w+)):')
PLACEHOLDER = re.compile(r"\{(\w+)\}")
PLURALS = {f"kb.count.{c}" for c in ("zero", "one", "two", "few", "many", "other")}


def dictionaries(name: str) -> dict[str, dict[str, str]]:
    """Language -> {key: the value's source text} of the file's STRINGS."""
    lines = (WEB / name).read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if "const STRINGS = {" in line)
    out: dict[str, dict[str, str]] = {}
    lang, key = None, None
    for line in lines[start + 1 :]:
        if line == "  };":
            break
        if m := LANGUAGE.match(line):
            lang, key = m.group(1), None
            out[lang] = {}
        elif line == "    },":
            lang = key = None
        elif lang and (m := KEY.match(line)):
            key = m.group(1) or m.group(2)
            out[lang][key] = line[m.end() :]
        elif lang and key:
            out[lang][key] += line  # a value continued on the next lines
    return out


@pytest.mark.parametrize("name", ["app.js", "call.js"])
def test_every_language_has_every_text_with_its_placeholders(name: str) -> None:
    found = dictionaries(name)
    assert list(found) == ["en", "pl", "da", "ru", "uk"]
    assert set(found) == set(PAGE_LANGUAGES)
    english = found["en"]
    assert len(english) > 40
    for lang, texts in found.items():
        missing = set(english) - set(texts)
        extra = set(texts) - set(english) - PLURALS
        assert not missing and not extra, f"{name} {lang}: missing {missing}, extra {extra}"
        for key, value in texts.items():
            wanted = set(PLACEHOLDER.findall(english.get(key, english.get("kb.count.other", ""))))
            assert set(PLACEHOLDER.findall(value)) == wanted, f"{name} {lang} {key}: {value}"


def test_plural_forms_for_the_languages_that_have_them() -> None:
    found = dictionaries("app.js")
    for lang in ("pl", "ru", "uk"):
        assert {"kb.count.one", "kb.count.few", "kb.count.many"} <= set(found[lang])


def test_every_language_names_itself() -> None:
    names = {lang: texts["lang.name"] for lang, texts in dictionaries("app.js").items()}
    assert names == {
        "en": ' "English",',
        "pl": ' "Polski",',
        "da": ' "Dansk",',
        "ru": ' "Русский",',
        "uk": ' "Українська",',
    }
