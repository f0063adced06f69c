"""shared.knowledge.folding: how the knowledge base compares text."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shared.knowledge.folding import fold, fold_offsets, fold_with_offsets, index_text, tokens


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Przełączenie do WYDZIAŁU", "przelaczenie do wydzialu"),
        ("Zażółć gęślą jaźń", "zazolc gesla jazn"),
        ("Ærø Øresund Århus", "aero oresund arhus"),
        ("Straße ẞ", "strasse ss"),
        ("Œuvre đ Þór ı", "oeuvre d thor i"),
        ("İstanbul", "istanbul"),
        ("Ñandú café naïve", "nandu cafe naive"),
        ("ＡＢＣ ﬁle", "abc file"),  # full-width letters, a ligature
        ("Ελλάς", "ελλασ"),  # Greek accents and final sigma
    ],
)
def test_latin_letters_lose_their_accents(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_cyrillic_is_only_lower_cased() -> None:
    assert fold("Йогурт ЁЛКА Справка") == "йогурт ёлка справка"
    # й and ё written decomposed are the same letters after NFC, not и and е
    assert fold(unicodedata.normalize("NFD", "Й ё")) == "й ё"


def test_chinese_and_japanese_stay() -> None:
    assert fold("垃圾分类 がぎ ハングル 한국어") == "垃圾分类 がぎ ハングル 한국어"


def test_index_text_spaces_cjk_characters() -> None:
    assert index_text("abc垃圾 x").split() == ["abc", "垃", "圾", "x"]
    assert index_text("plain") == "plain"


def test_tokens_are_runs_of_letters_and_digits() -> None:
    assert tokens("Wydział-Komunikacji, ul. Długa 5/7 snake_case") == [
        "Wydział",
        "Komunikacji",
        "ul",
        "Długa",
        "5",
        "7",
        "snake",
        "case",
    ]


def test_offsets_map_folded_characters_back() -> None:
    text = "Ærø, Straße: wydział"
    folded, offsets = fold_with_offsets(text)
    assert folded == "aero, strasse: wydzial"
    start = folded.index("strasse")
    end = start + len("strasse")
    assert text[offsets[start] : offsets[end - 1] + 1] == "Straße"
    assert fold_offsets("wydział справка") is None  # one to one: no bookkeeping


@given(st.text(max_size=40))
def test_fold_with_offsets_agrees_with_fold(text: str) -> None:
    folded, offsets = fold_with_offsets(text)
    assert folded == fold(text)
    assert len(offsets) == len(folded)
    assert offsets == sorted(offsets)
    nfc = unicodedata.normalize("NFC", text)
    assert all(0 <= i < len(nfc) for i in offsets)
