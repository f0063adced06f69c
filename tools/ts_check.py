"""Check a Qt Linguist .ts file: every message translated, with the same placeholders.

    python tools/ts_check.py resources/translations/cc_pl.ts [...]

Prints one line per problem and exits 1 when there is any. The same checks run in
tests/unit/test_translations.py.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

PLACEHOLDER = re.compile(r"%[0-9n]|\{[A-Za-z_0-9]*\}")
# Plural forms per language (Qt's numerus rules): Polish and Russian have three, Danish two.
NUMERUS_FORMS = {"pl": 3, "ru": 3, "uk": 3, "da": 2, "en": 2}


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    forms: tuple[str, ...]  # the translation, or each plural form
    unfinished: bool
    numerus: bool


def read(path: Path) -> tuple[str, list[Message]]:
    """The file's language and its messages."""
    root = ET.parse(path).getroot()
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                forms: tuple[str, ...] = ()
            elif numerus:
                forms = tuple(f.text or "" for f in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            messages.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                    forms,
                    translation is None or translation.get("type") in ("unfinished", "vanished"),
                    numerus,
                )
            )
    return (root.get("language") or "").split("_")[0], messages


def problems(path: Path) -> list[str]:
    lang, messages = read(path)
    found = []
    for m in messages:
        where = f"{path.name}: [{m.context}] {m.source[:60]!r}"
        if m.unfinished or not m.forms or not all(f.strip() for f in m.forms):
            found.append(f"{where}: not translated")
            continue
        if m.numerus and len(m.forms) != NUMERUS_FORMS.get(lang, 2):
            found.append(f"{where}: {len(m.forms)} plural forms, {lang} has {NUMERUS_FORMS[lang]}")
        wanted = sorted(set(PLACEHOLDER.findall(m.source)))
        for form in m.forms:
            got = sorted(set(PLACEHOLDER.findall(form)))
            # %n may be left out of a plural form that spells the number ("one call")
            if [p for p in wanted if p != "%n"] != [p for p in got if p != "%n"]:
                found.append(f"{where}: placeholders {wanted} in the source, {got} in {form!r}")
        if m.source.count("&") - m.source.count("&&") and not any("&" in f for f in m.forms):
            found.append(f"{where}: the source has a keyboard accelerator (&), the translation not")
    return found


def main(argv: list[str]) -> int:
    found = [line for arg in argv for line in problems(Path(arg))]
    for line in found:
        print(line)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
