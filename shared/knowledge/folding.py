"""Text folding for search: how the knowledge base compares what a citizen said with
what an editor wrote.

``fold`` lower-cases and removes the accents of Latin (and Greek) letters, so that
"przelaczenie do wydzialu" and "Przełączenie do wydziału" become the same text. Letters
that carry their "accent" as part of the letter and do not decompose in Unicode get an
explicit ASCII spelling (ł→l, ø→o, æ→ae, ß→ss, đ→d, ı→i, œ→oe …). Every other script is
only lower-cased: Cyrillic keeps й and ё (they are different letters, not accented ones),
Chinese and Japanese stay as they are.

Folding works character by character, so each folded character comes from exactly one
original character: ``fold_with_offsets`` returns that mapping, which lets the search
highlight matches in the original spelling. Text is NFC-normalised first (the knowledge
base stores NFC text, so for stored text the offsets are offsets into the text itself).

``tokens`` splits text into words the way SQLite's ``unicode61`` tokenizer does (runs of
letters and digits); ``index_text`` prepares folded text for the word index (every
Chinese/Japanese character becomes its own token, so any run of them can be found as a
phrase without a word splitter).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = [
    "fold",
    "fold_offsets",
    "fold_with_offsets",
    "fold_word",
    "has_cjk",
    "index_text",
    "is_cjk",
    "tokens",
]

# Letters that NFKD leaves alone (or decomposes into something unhelpful).
_SPECIAL = {
    "ł": "l",
    "ø": "o",
    "æ": "ae",
    "ß": "ss",
    "đ": "d",
    "ð": "d",
    "þ": "th",
    "ı": "i",
    "œ": "oe",
    "ħ": "h",
    "ŧ": "t",
    "ŀ": "l",
    "ĸ": "k",
    "ŋ": "n",
    "ƀ": "b",
    "ɨ": "i",
    "ʉ": "u",
    "ς": "σ",  # Greek final sigma
}

# The generic combining diacritics (accents usable on any Latin/Greek letter). Marks of
# other scripts (Devanagari vowel signs, the Japanese dakuten …) are kept: removing them
# changes the letter.
_GENERIC_MARKS = (
    (0x0300, 0x036F),
    (0x1AB0, 0x1AFF),
    (0x1DC0, 0x1DFF),
    (0x20D0, 0x20FF),
    (0xFE20, 0xFE2F),
)


def _is_generic_mark(ch: str) -> bool:
    cp = ord(ch)
    return any(lo <= cp <= hi for lo, hi in _GENERIC_MARKS)


def _decomposes_to_latin(ch: str, decomposed: str) -> bool:
    base = decomposed[0]
    if base.isascii():
        return True  # ligatures, full-width forms, superscripts …
    name = unicodedata.name(base, "")
    return name.startswith(("LATIN", "GREEK"))


def _fold_char(ch: str) -> str:
    out = []
    for low in ch.lower():  # lower() may give two characters (İ → i + dot)
        if low in _SPECIAL:
            out.append(_SPECIAL[low])
            continue
        if low.isascii():
            out.append(low)
            continue
        if _is_generic_mark(low):
            continue  # a stray accent (NFD input): dropped like the attached ones
        decomposed = unicodedata.normalize("NFKD", low)
        if decomposed == low or not _decomposes_to_latin(low, decomposed):
            out.append(low)
            continue
        for part in decomposed:
            if _is_generic_mark(part):
                continue
            part = part.lower()
            out.append(_SPECIAL.get(part, part))
    return "".join(out)


class _FoldTable(dict):
    """A ``str.translate`` table that computes each character's folding on first use."""

    def __missing__(self, cp: int) -> str:
        folded = _fold_char(chr(cp))
        self[cp] = folded
        return folded


_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Lower-case, NFC, Latin/Greek accents removed, other scripts only lower-cased."""
    if text.isascii():
        return text.lower()
    return unicodedata.normalize("NFC", text).translate(_TABLE)


def fold_offsets(text: str) -> list[int] | None:
    """For NFC ``text``: ``offsets[i]`` = index in ``text`` of the character that
    ``fold(text)[i]`` comes from; None when every character folds to exactly one (the
    offsets are then the identity - most Polish, English and Russian text)."""
    irregular = [c for c in set(text) if not c.isascii() and len(_TABLE[ord(c)]) != 1]
    if not irregular:
        return None
    offsets: list[int] = []
    pos = 0
    for m in re.finditer("|".join(map(re.escape, irregular)), text):
        i = m.start()
        offsets.extend(range(pos, i))
        offsets.extend([i] * len(_TABLE[ord(text[i])]))
        pos = i + 1
    offsets.extend(range(pos, len(text)))
    return offsets


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """``(folded, offsets)``: ``folded`` equals ``fold(text)`` and ``offsets[i]`` is the
    index, in the NFC form of ``text``, of the character folded[i] comes from."""
    text = unicodedata.normalize("NFC", text)
    offsets = fold_offsets(text)
    return fold(text), list(range(len(text))) if offsets is None else offsets


@lru_cache(maxsize=65536)
def fold_word(word: str) -> str:
    """``fold`` with a cache, for single words."""
    return fold(word)


# Runs of letters and digits: what SQLite's unicode61 tokenizer calls a token.
WORD_RE = re.compile(r"[^\W_]+")

# Chinese characters, kana (Japanese), CJK punctuation-free ranges. Hangul is written
# with spaces between words and is left to the ordinary tokenizer.
_CJK_RANGES = (
    (0x3040, 0x30FF),  # hiragana, katakana
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xF900, 0xFAFF),  # compatibility ideographs
    (0x20000, 0x3134F),  # extensions B-G
)
# the ranges as the inside of a regex character class
CJK_CLASS = "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in _CJK_RANGES)
CJK_RE = re.compile(f"[{CJK_CLASS}]")


def is_cjk(ch: str) -> bool:
    return CJK_RE.match(ch) is not None


def has_cjk(text: str) -> bool:
    return CJK_RE.search(text) is not None


def tokens(text: str) -> list[str]:
    """The words of ``text`` (no folding)."""
    return WORD_RE.findall(text)


def index_text(folded: str) -> str:
    """Folded text as the word index stores it: each Chinese/Japanese character is
    surrounded by spaces so it is a token of its own (a run is then found as a phrase)."""
    if not has_cjk(folded):
        return folded
    return CJK_RE.sub(lambda m: f" {m.group(0)} ", folded)
