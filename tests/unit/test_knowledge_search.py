"""shared.knowledge.search against a real in-memory SQLite with the migrations applied."""

from __future__ import annotations

from datetime import date

import pytest
from sqlite_utils import Database

from shared.knowledge import search as search_module
from shared.knowledge.articles import save_article, set_pinned, set_status
from shared.knowledge.search import search, suggest
from shared.protocol import ArticleDraft, ArticleHit
from shared.server.migrations import MIGRATIONS

TODAY = date(2026, 6, 1)


@pytest.fixture
def db() -> Database:
    database = Database(memory=True)
    MIGRATIONS.apply(database)
    return database


def add(db: Database, title: str, body: str, status: str = "published", **fields) -> str:
    draft = ArticleDraft(title=title, body=body, **fields)
    return save_article(db, draft, "editor", "", 1.0, status=status).id


def find(db: Database, query: str, **kwargs) -> list[ArticleHit]:
    kwargs.setdefault("audience", "internal")
    hits, _ = search(db, query, today=TODAY, **kwargs)
    return hits


def titles(hits: list[ArticleHit]) -> list[str]:
    return [h.title for h in hits]


def highlighted(hit: ArticleHit) -> list[str]:
    return hit.snippet[1::2]


# --------------------------------------------------------------------------- ranking


def test_title_match_beats_body_match(db: Database) -> None:
    add(db, "Opening hours", "Parking permits are handled by the transport office.")
    add(db, "Parking permits", "Residents apply online; the permit costs 30 EUR a year.")
    assert titles(find(db, "parking")) == ["Parking permits", "Opening hours"]


def test_keyword_beats_body(db: Database) -> None:
    add(db, "Household waste", "Put the sofa out on collection day with other bulky items.")
    add(db, "Bulky items", "Book a collection slot online.", keywords=["sofa", "wardrobe"])
    assert titles(find(db, "sofa")) == ["Bulky items", "Household waste"]


def test_topic_boost_decides_between_equal_articles(db: Database) -> None:
    add(db, "Permit A", "Apply for a residents permit online.", topics=["transport"])
    add(db, "Permit B", "Apply for a residents permit online.", topics=["housing"])
    assert titles(find(db, "residents permit", topic="housing"))[0] == "Permit B"
    assert titles(find(db, "residents permit", topic="transport"))[0] == "Permit A"


def test_articles_with_every_term_come_before_articles_with_some(db: Database) -> None:
    add(db, "Parking", "Parking in the city centre " + "parking " * 5)
    add(db, "Permits", "Permits of every kind " + "permit " * 5)
    add(db, "Parking permit", "How residents get one.")
    hits = find(db, "parking permit")
    assert titles(hits)[0] == "Parking permit"
    assert set(titles(hits)) == {"Parking permit", "Parking", "Permits"}
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_limit(db: Database) -> None:
    for i in range(8):
        add(db, f"Recycling {i}", "Recycling centre opening hours.")
    assert len(find(db, "recycling", limit=3)) == 3
    assert len(find(db, "recycling")) == 8


# --------------------------------------------------------------------------- spelling


def test_query_without_diacritics_finds_polish(db: Database) -> None:
    add(
        db,
        "Przełączenie do wydziału",
        "Jak przełączyć rozmowę do właściwego wydziału.",
        language="pl",
    )
    assert titles(find(db, "przelaczenie do wydzialu")) == ["Przełączenie do wydziału"]
    assert titles(find(db, "PRZEŁĄCZENIE")) == ["Przełączenie do wydziału"]


def test_query_with_diacritics_finds_text_without(db: Database) -> None:
    add(db, "Wydzial komunikacji", "Rejestracja pojazdow w wydziale komunikacji.", language="pl")
    assert titles(find(db, "wydział")) == ["Wydzial komunikacji"]


def test_inflected_polish_words(db: Database) -> None:
    add(
        db,
        "Wydział Komunikacji",
        "Wydział przyjmuje wnioski o rejestrację pojazdów.",
        language="pl",
    )
    # the stem as a prefix: "wydzia" finds "wydział"
    assert titles(find(db, "wydzia")) == ["Wydział Komunikacji"]
    # another case ending: corrected to the known form, with a did-you-mean
    hits, suggestion = search(db, "wydziale", audience="internal", today=TODAY)
    assert titles(hits) == ["Wydział Komunikacji"]
    assert suggestion == "wydział"
    # "rejestracji" vs "rejestrację": the trigram index finds the shared part
    assert titles(find(db, "rejestracj")) == ["Wydział Komunikacji"]


def test_typo_is_corrected_with_a_suggestion(db: Database) -> None:
    add(db, "Recycling bins", "Plastic goes into the yellow recycling bin.", audience="public")
    hits, suggestion = search(db, "recyclng bins", audience="public", today=TODAY)
    assert titles(hits) == ["Recycling bins"]
    assert suggestion == "recycling bins"
    assert "recycling" in highlighted(hits[0])
    # a correct query gets no suggestion
    assert search(db, "recycling", audience="public", today=TODAY)[1] is None


def test_no_suggestion_from_words_the_caller_cannot_see(db: Database) -> None:
    add(db, "Confidential procedure", "Escalation codeword: marmalade.", audience="internal")
    add(db, "Public page", "Nothing to see.", audience="public")
    hits, suggestion = search(db, "marmelade", audience="public", today=TODAY)
    assert hits == [] and suggestion is None
    hits, suggestion = search(db, "marmelade", audience="internal", today=TODAY)
    assert titles(hits) == ["Confidential procedure"] and suggestion == "marmalade"


def test_russian_substring(db: Database) -> None:
    add(db, "Справка о месте жительства", "Справки выдаются в окне 3.", language="ru")
    add(db, "Паспорт", "Для получения справки нужен паспорт.", language="ru")
    assert set(titles(find(db, "справк"))) == {"Справка о месте жительства", "Паспорт"}
    # inside a word: only the trigram index finds it
    assert set(titles(find(db, "правк"))) == {"Справка о месте жительства", "Паспорт"}
    # й stays й: "и" is another letter
    add(db, "Район", "Районный отдел.", language="ru")
    assert titles(find(db, "район")) == ["Район"]
    assert find(db, "раион") == [] or titles(find(db, "раион")) == ["Район"]  # typo at most


def test_chinese_substring(db: Database) -> None:
    add(db, "垃圾分类指南", "垃圾分类收集：可回收物放入蓝色垃圾桶。", language="zh")
    add(db, "Other", "Nothing Chinese here.")
    hits = find(db, "垃圾")
    assert titles(hits) == ["垃圾分类指南"]
    assert highlighted(hits[0]) == ["垃圾", "垃圾"]
    assert titles(find(db, "回收物")) == ["垃圾分类指南"]  # in the middle of a run
    assert titles(find(db, "收")) == ["垃圾分类指南"]


def test_danish_as_is(db: Database) -> None:
    add(db, "Affaldssortering", "Affald sorteres i fire fraktioner på Ærø.", language="da")
    assert titles(find(db, "affald")) == ["Affaldssortering"]
    assert titles(find(db, "Ærø")) == ["Affaldssortering"]
    assert titles(find(db, "aero")) == ["Affaldssortering"]
    assert titles(find(db, "pa aero", language="da")) == ["Affaldssortering"]


# --------------------------------------------------------------------------- filters


def test_filters(db: Database) -> None:
    add(db, "Bins EN", "Bins are emptied weekly.", department="Environment", tags=["waste"])
    add(db, "Bins PL", "Bins pojemniki.", department="Environment", language="pl")
    add(db, "Bins roads", "Bins along the roads.", department="Roads", tags=["street"])
    assert set(titles(find(db, "bins"))) == {"Bins EN", "Bins PL", "Bins roads"}
    assert set(titles(find(db, "bins", department="Environment"))) == {"Bins EN", "Bins PL"}
    assert titles(find(db, "bins", tag="street")) == ["Bins roads"]
    assert titles(find(db, "bins", language="pl")) == ["Bins PL"]
    assert find(db, "bins", department="Nowhere") == []


def test_the_preferred_language_comes_first_then_the_others(db: Database) -> None:
    # The Danish one matches better (the word is in its title): without a preference
    # it comes first, as it did on an English citizen page before.
    add(db, "MiastoBike: lej en cykel", "MiastoBike-cykler står ved stationen.", language="da")
    add(db, "City bikes", "Rent a MiastoBike at the station.", language="en")
    add(db, "Rowery miejskie", "MiastoBike wypożyczysz przy dworcu.", language="pl")
    assert [h.language for h in find(db, "miastobike")][0] == "da"
    english = find(db, "miastobike", prefer_language="en")
    assert [h.language for h in english][0] == "en"
    assert {h.language for h in english[1:]} == {"da", "pl"}  # the others still shown
    assert [h.language for h in find(db, "miastobike", prefer_language="da")][0] == "da"
    assert [h.language for h in find(db, "miastobike", prefer_language="pl")][0] == "pl"
    # nothing in the preferred language: the others as without a preference
    assert titles(find(db, "miastobike", prefer_language="uk")) == titles(find(db, "miastobike"))
    # the limit counts both parts; a filter by language wins over a preference
    assert [h.language for h in find(db, "miastobike", prefer_language="en", limit=2)] == [
        "en",
        "da",
    ]
    assert titles(find(db, "miastobike", language="pl", prefer_language="en")) == [
        "Rowery miejskie"
    ]


def test_pinned_first_puts_an_urgent_notice_above_what_it_contradicts(db: Database) -> None:
    add(db, "Bulky waste collection", "Put bulky waste out on the first Monday.")
    storm = add(db, "Storm warning", "Bulky waste collections are suspended.")
    set_pinned(db, storm, True, "editor", 2.0)
    assert titles(find(db, "bulky waste collection"))[0] == "Bulky waste collection"
    hits = find(db, "bulky waste collection", pinned_first=True)
    assert titles(hits) == ["Storm warning", "Bulky waste collection"]
    assert hits[0].pinned


def test_citizens_see_public_articles_only(db: Database) -> None:
    add(db, "Opening hours public", "Town hall opening hours.", audience="public")
    add(db, "Opening hours staff", "Town hall opening hours for staff.", audience="internal")
    assert titles(find(db, "opening hours", audience="public")) == ["Opening hours public"]
    assert len(find(db, "opening hours", audience="internal")) == 2
    with pytest.raises(ValueError):
        find(db, "opening", audience="everyone")


def test_only_published_articles_valid_today(db: Database) -> None:
    add(db, "Visible", "Snow clearing rules.")
    add(db, "Draft", "Snow clearing draft.", status="draft")
    retired = add(db, "Retired", "Snow clearing old rules.")
    set_status(db, retired, "retired", "editor", 2.0)
    add(db, "Expired", "Snow clearing 2025.", valid_until="2026-05-31")
    add(db, "Future", "Snow clearing 2027.", valid_from="2026-06-02")
    add(db, "Last day", "Snow clearing ends today.", valid_until="2026-06-01")
    add(db, "First day", "Snow clearing starts today.", valid_from="2026-06-01")
    assert set(titles(find(db, "snow clearing"))) == {"Visible", "Last day", "First day"}
    assert set(titles(find(db, "snow clearing", limit=50))) == {"Visible", "Last day", "First day"}


# --------------------------------------------------------------------------- safety


@pytest.mark.parametrize(
    "query",
    [
        'AND OR NEAR("',
        "*",
        "-",
        '"',
        "NOT",
        "title: x",
        "a^b",
        "(",
        ")",
        "{title keys}: x",
        "x*",
        "+",
        "\x00",
        "'; DROP TABLE articles; --",
        "NEAR(a b, 2)",
        "",
        "   ",
        "a" * 2000,
    ],
)
def test_fts_syntax_in_user_text_is_just_text(db: Database, query: str) -> None:
    add(db, "Parking near the hall", "NOT a problem: parking AND permits OR tickets.")
    hits, suggestion = search(db, query, audience="internal", today=TODAY)
    assert isinstance(hits, list)
    assert suggest(db, topic="", text=query, today=TODAY) is not None


def test_operators_are_searched_as_words(db: Database) -> None:
    add(db, "Parking near the hall", "NOT a problem: parking AND permits OR tickets.")
    add(db, "Other", "Something else entirely.")
    assert titles(find(db, "near")) == ["Parking near the hall"]
    assert titles(find(db, "parking NOT permits")) == ["Parking near the hall"]


# --------------------------------------------------------------------------- snippets


def test_snippet_highlights_the_original_spelling(db: Database) -> None:
    add(
        db,
        "Przełączenie",
        "## Jak to zrobić\n\nRozmowę **przełącz** do Wydziału Komunikacji albo do wydziału"
        " spraw obywatelskich.",
        language="pl",
    )
    hit = find(db, "wydzialu")[0]
    assert highlighted(hit) == ["Wydziału", "wydziału"]
    text = "".join(hit.snippet)
    assert (
        text
        == "Jak to zrobić Rozmowę przełącz do Wydziału Komunikacji albo do wydziału spraw obywatelskich."
    )
    assert "#" not in text and "*" not in text
    assert hit.snippet[0] == "Jak to zrobić Rozmowę przełącz do "


def test_snippet_of_a_long_body_centres_on_the_match(db: Database) -> None:
    filler = " ".join(f"word{i}" for i in range(200))
    add(db, "Long", f"{filler} the Straße closure starts Monday. {filler}")
    hit = find(db, "strasse")[0]
    assert highlighted(hit) == ["Straße"]
    assert hit.snippet[0].startswith("…")
    assert hit.snippet[-1].endswith("…")
    assert len("".join(hit.snippet).split()) <= 32


def test_snippet_highlights_substrings_as_whole_words(db: Database) -> None:
    add(db, "Выдача", "Выдача справки в окне 3.", language="ru")
    hit = find(db, "правк")[0]
    assert highlighted(hit) == ["справки"]


# --------------------------------------------------------------------------- suggest


def test_suggest_uses_the_citizens_words_and_topic(db: Database) -> None:
    add(db, "Bulky waste", "Sofas and wardrobes are collected on request.", topics=["waste"])
    add(db, "Sofa in the street", "Report a sofa left in the street.", topics=["roads"])
    add(db, "Parking", "Parking permits.", topics=["transport"])
    text = "Hello, I would like to get rid of my old sofa, how do I do that?"
    hits = suggest(db, topic="waste", text=text, today=TODAY)
    assert titles(hits)[0] == "Bulky waste"
    assert "Parking" not in titles(hits)
    assert titles(suggest(db, topic="roads", text=text, today=TODAY))[0] == "Sofa in the street"


def test_suggest_without_words_offers_the_topics_articles(db: Database) -> None:
    add(db, "Bulky waste", "Sofas are collected on request.", topics=["waste"])
    add(db, "Parking", "Parking permits.", topics=["transport"])
    assert titles(suggest(db, topic="waste", text="hello, please help", today=TODAY)) == [
        "Bulky waste"
    ]
    assert suggest(db, topic="", text="hello", today=TODAY) == []


def test_suggest_respects_the_audience(db: Database) -> None:
    add(db, "Staff only sofa", "Sofa procedure.", topics=["waste"], audience="internal")
    assert suggest(db, topic="waste", text="sofa", audience="public", today=TODAY) == []
    assert len(suggest(db, topic="waste", text="sofa", today=TODAY)) == 1


# --------------------------------------------------------------------------- common words


def test_unselective_queries_rank_title_matches_of_all_articles_first(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    # More matches than RANK_CAP: the newest title/keyword matches and the newest
    # matches are ranked, so an old article titled with the word still wins.
    monkeypatch.setattr(search_module, "RANK_CAP", 4)
    add(db, "Parking permits", "How residents apply.")  # the oldest article
    for i in range(12):
        add(db, f"Note {i}", f"Street {i}: parking is limited.", department=f"D{i % 3}")
    hits = find(db, "parking", limit=5)
    assert titles(hits)[0] == "Parking permits"
    assert len(hits) == 5
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    # the filters apply before the cap: the newest matches of that department
    assert len(find(db, "parking", department="D0", limit=4)) == 4
    assert set(titles(find(db, "parking", department="D0", limit=10))) == {
        f"Note {i}" for i in range(0, 12, 3)
    }


def test_mixed_latin_and_chinese_words(db: Database) -> None:
    add(db, "PIN码重置", "如何重置PIN码。", language="zh")
    assert titles(find(db, "pin")) == ["PIN码重置"]
    assert titles(find(db, "码")) == ["PIN码重置"]
    hit = find(db, "PIN码")[0]
    assert "PIN码" in "".join(highlighted(hit))
