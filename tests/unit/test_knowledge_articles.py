"""shared.knowledge.articles: saving, revisions, status, pins, counters, errors, indexes."""

from __future__ import annotations

from datetime import date

import msgspec
import pytest
from sqlite_utils import Database

from shared.knowledge import articles as kb
from shared.knowledge.search import search
from shared.protocol import Article, ArticleDraft
from shared.server.migrations import MIGRATIONS

TODAY = date(2026, 6, 1)


@pytest.fixture
def db() -> Database:
    database = Database(memory=True)
    MIGRATIONS.apply(database)
    return database


def draft(**fields) -> ArticleDraft:
    fields.setdefault("title", "Bulky waste collection")
    fields.setdefault("body", "Book a collection for sofas and wardrobes.")
    return ArticleDraft(**fields)


def titles(db: Database, query: str, audience: str = "internal") -> list[str]:
    hits, _ = search(db, query, audience=audience, today=TODAY)
    return [h.title for h in hits]


def test_new_article_gets_a_slug_revision_and_draft_status(db: Database) -> None:
    article = kb.save_article(db, draft(title="Przełączenie do Wydziału!"), "anna", "first", 10.0)
    assert isinstance(article, Article)
    assert article.id == "przelaczenie-do-wydzialu"
    assert (article.revision, article.status, article.author) == (1, "draft", "anna")
    assert article.updated_at == 10.0 and not article.pinned
    again = kb.save_article(db, draft(title="Przełączenie do wydziału"), "anna", "", 11.0)
    assert again.id == "przelaczenie-do-wydzialu-2"
    third = kb.save_article(db, draft(title="Przełączenie do wydziału"), "anna", "", 11.0)
    assert third.id == "przelaczenie-do-wydzialu-3"
    assert kb.save_article(db, draft(title="???"), "anna", "", 1.0).id == "article"
    assert kb.slugify("Справка о месте жительства") == "spravka-o-meste-zhitelstva"
    assert kb.slugify("Affaldssortering på Ærø") == "affaldssortering-pa-aero"
    assert kb.slugify("垃圾分类") == "article"
    assert kb.get_article(db, article.id) == article


def test_save_normalises_the_draft(db: Database) -> None:
    article = kb.save_article(
        db,
        draft(
            title="  Bulky   waste ",
            body="\r\nLine one\r\nLine two\n\n",
            tags=["sofa", " sofa ", "", "bed"],
            language="PL",
            valid_from="2026-01-01",
        ),
        "anna",
        "",
        1.0,
    )
    assert article.title == "Bulky waste"
    assert article.body == "Line one\nLine two"
    assert article.tags == ["sofa", "bed"]
    assert article.language == "pl"


def test_updates_are_revisions(db: Database) -> None:
    first = kb.save_article(db, draft(), "anna", "created", 1.0)
    second = kb.save_article(
        db, draft(id=first.id, title="Bulky waste", body="New text."), "bob", "shorter", 2.0
    )
    assert second.id == first.id
    assert (second.revision, second.author, second.title) == (2, "bob", "Bulky waste")
    kb.set_status(db, first.id, "published", "carol", 3.0)
    revisions = kb.history(db, first.id)
    assert [(r.revision, r.author, r.note, r.status) for r in revisions] == [
        (3, "carol", "status → published", "published"),
        (2, "bob", "shorter", "draft"),
        (1, "anna", "created", "draft"),
    ]
    assert revisions[-1].title == "Bulky waste collection"
    assert revisions[1].body == "New text."
    # the full draft of each revision is kept as JSON
    stored = db.execute(
        "SELECT draft FROM article_revisions WHERE article_id = ? AND revision = 1", [first.id]
    ).fetchone()[0]
    assert msgspec.json.decode(stored) == {
        "id": first.id,
        "department": "",
        "topics": [],
        "tags": [],
        "language": "en",
        "keywords": [],
        "synonyms": [],
        "audience": "internal",
        "valid_from": None,
        "valid_until": None,
        "status": "draft",
        "pinned": False,
    }


def test_status_changes(db: Database) -> None:
    article = kb.save_article(db, draft(), "anna", "", 1.0)
    assert titles(db, "sofas") == []
    published = kb.set_status(db, article.id, "published", "carol", 2.0)
    assert (published.status, published.revision, published.author) == ("published", 2, "anna")
    assert titles(db, "sofas") == ["Bulky waste collection"]
    # the same status again: no new revision
    assert kb.set_status(db, article.id, "published", "carol", 3.0).revision == 2
    kb.set_status(db, article.id, "retired", "carol", 4.0)
    assert titles(db, "sofas") == []
    # an edit keeps the status
    assert kb.save_article(db, draft(id=article.id), "anna", "", 5.0).status == "retired"
    with pytest.raises(ValueError):
        kb.set_status(db, article.id, "deleted", "carol", 5.0)
    with pytest.raises(LookupError):
        kb.set_status(db, "nope", "published", "carol", 5.0)


def test_pins(db: Database) -> None:
    urgent = kb.save_article(db, draft(title="Storm warning", body="Stay inside."), "a", "", 1.0)
    kb.save_article(
        db, draft(title="Old storm", body="Gone.", valid_until="2026-05-01"), "a", "", 1.0
    )
    kb.set_status(db, urgent.id, "published", "sup", 2.0)
    kb.set_status(db, "old-storm", "published", "sup", 2.0)
    assert kb.pinned(db, TODAY) == []
    pinned = kb.set_pinned(db, urgent.id, True, "sup", 3.0)
    kb.set_pinned(db, "old-storm", True, "sup", 3.0)
    assert pinned.pinned and pinned.revision == 3
    assert kb.history(db, urgent.id)[0].note == "pinned"
    hits = kb.pinned(db, TODAY)
    assert [(h.id, h.pinned, h.snippet) for h in hits] == [(urgent.id, True, ["Stay inside."])]
    assert search(db, "storm", audience="internal", today=TODAY)[0][0].pinned
    kb.set_status(db, urgent.id, "draft", "sup", 4.0)
    assert kb.pinned(db, TODAY) == []
    kb.set_status(db, urgent.id, "published", "sup", 4.0)
    kb.set_pinned(db, urgent.id, False, "sup", 5.0)
    assert kb.pinned(db, TODAY) == []
    with pytest.raises(LookupError):
        kb.set_pinned(db, "nope", True, "sup", 5.0)


def test_counters_and_self_service(db: Database) -> None:
    a = kb.save_article(db, draft(topics=["waste"]), "anna", "", 1.0)
    b = kb.save_article(db, draft(title="Two topics", topics=["waste", "roads"]), "anna", "", 1.0)
    kb.record_view(db, a.id)
    kb.record_view(db, a.id)
    assert kb.record_answered(db, a.id, "citizen", "", "i1", 100.0)
    assert not kb.record_answered(db, a.id, "citizen", "", "i1", 101.0)  # counted once
    assert kb.record_answered(db, a.id, "agent", "", "i1", 102.0)
    assert kb.record_answered(db, b.id, "citizen", "roads", "i2", 103.0)
    assert kb.record_answered(db, b.id, "citizen", "", "", 50.0)  # no topic: not per topic
    assert kb.record_answered(db, b.id, "citizen", "", "", 104.0)
    got = kb.get_article(db, a.id)
    assert (got.views, got.answered_agents, got.answered_citizens) == (2, 1, 1)
    assert kb.get_article(db, b.id).answered_citizens == 3
    assert kb.self_service_counts(db, since=0.0) == {"waste": 1, "roads": 1}
    assert kb.self_service_counts(db, since=102.5) == {"roads": 1}
    with pytest.raises(ValueError):
        kb.record_answered(db, a.id, "robot", "", "", 1.0)
    with pytest.raises(LookupError):
        kb.record_answered(db, "nope", "agent", "", "", 1.0)
    with pytest.raises(LookupError):
        kb.record_view(db, "nope")


def test_list_articles(db: Database) -> None:
    kb.save_article(db, draft(title="B", department="Roads"), "a", "", 1.0)
    kb.save_article(db, draft(title="a", department="Roads"), "a", "", 1.0)
    c = kb.save_article(db, draft(title="C", department="Waste"), "a", "", 1.0)
    kb.set_status(db, c.id, "published", "s", 2.0)
    assert [a.title for a in kb.list_articles(db)] == ["a", "B", "C"]
    assert [a.title for a in kb.list_articles(db, status="published")] == ["C"]
    assert [a.title for a in kb.list_articles(db, department="Roads")] == ["a", "B"]
    assert kb.list_articles(db, status="draft", department="Waste") == []


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"title": "  "}, "title"),
        ({"body": "\n \n"}, "body"),
        ({"valid_from": "2026-05-01", "valid_until": "2026-04-30"}, "before"),
        ({"valid_from": "2026-13-01"}, "valid_from"),
        ({"valid_until": "01.02.2026"}, "valid_until"),
        ({"audience": "everyone"}, "audience"),
        ({"language": "polish language"}, "language"),
        ({"id": "../etc/passwd"}, "id"),
        ({"tags": ["a|b"]}, "tags"),
        ({"title": "x" * 301}, "title"),
    ],
)
def test_invalid_drafts(db: Database, fields: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        kb.save_article(db, draft(**fields), "anna", "", 1.0)
    assert kb.list_articles(db) == []


def test_unknown_ids(db: Database) -> None:
    assert kb.get_article(db, "nope") is None
    with pytest.raises(LookupError):
        kb.history(db, "nope")


def test_an_explicit_new_id_is_kept(db: Database) -> None:
    article = kb.save_article(db, draft(id="waste-bulky-items"), "anna", "", 1.0)
    assert article.id == "waste-bulky-items" and article.revision == 1


def test_indexes_follow_edits(db: Database) -> None:
    article = kb.save_article(db, draft(title="Sofa pickup", body="Wardrobes too."), "a", "", 1.0)
    kb.set_status(db, article.id, "published", "s", 2.0)
    assert titles(db, "wardrobes") == ["Sofa pickup"]
    kb.save_article(
        db, draft(id=article.id, title="Mattress pickup", body="Fridges too."), "a", "", 3.0
    )
    assert titles(db, "wardrobes") == []
    assert titles(db, "sofa") == []
    assert titles(db, "fridges") == ["Mattress pickup"]
    assert titles(db, "frid") == ["Mattress pickup"]  # prefix
    assert titles(db, "ridge") == ["Mattress pickup"]  # substring
    vocab = dict(db.execute("SELECT word, docs FROM kb_vocab").fetchall())
    assert "wardrobes" not in vocab and vocab["fridges"] == 1
    # the FTS indexes agree with their content table
    for table in kb.FTS_TABLES:
        db.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('integrity-check', 1)")


def test_vocabulary_counts_articles(db: Database) -> None:
    kb.save_article(db, draft(title="Sofa one", body="sofa sofa sofa"), "a", "", 1.0)
    second = kb.save_article(db, draft(title="Sofa two", body="Łóżko."), "a", "", 1.0)
    assert db.execute("SELECT docs FROM kb_vocab WHERE word = 'sofa'").fetchone()[0] == 2
    assert db.execute("SELECT spelling FROM kb_vocab WHERE word = 'lozko'").fetchone()[0] == "łóżko"
    kb.save_article(db, draft(id=second.id, title="Bed", body="Bed."), "a", "", 2.0)
    assert db.execute("SELECT docs FROM kb_vocab WHERE word = 'sofa'").fetchone()[0] == 1
    assert db.execute("SELECT 1 FROM kb_vocab WHERE word = 'lozko'").fetchone() is None


def test_reindex_rebuilds_the_same_search(db: Database) -> None:
    for title, body in [
        ("Sofa", "Wardrobe, łóżko."),
        ("Справка", "Выдача справки."),
        ("垃圾", "垃圾分类"),
    ]:
        a = kb.save_article(db, draft(title=title, body=body), "a", "", 1.0)
        kb.set_status(db, a.id, "published", "s", 1.0)
    before = [titles(db, q) for q in ("lozko", "правк", "垃圾", "wardrob")]
    vocab = db.execute("SELECT * FROM kb_vocab ORDER BY word").fetchall()
    assert kb.reindex(db) == 3
    assert [titles(db, q) for q in ("lozko", "правк", "垃圾", "wardrob")] == before
    assert db.execute("SELECT * FROM kb_vocab ORDER BY word").fetchall() == vocab
    for table in kb.FTS_TABLES:
        db.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('integrity-check', 1)")


def test_writes_join_an_open_transaction(db: Database) -> None:
    db.execute("BEGIN IMMEDIATE")
    kb.save_article(db, draft(), "anna", "", 1.0)
    db.execute("ROLLBACK")
    assert kb.list_articles(db) == []
    assert db.execute("SELECT count(*) FROM kb_text").fetchone()[0] == 0


def test_a_failed_save_leaves_nothing_behind(db: Database) -> None:
    kb.save_article(db, draft(id="dup"), "anna", "", 1.0)
    with pytest.raises(ValueError):
        kb.save_article(db, draft(id="dup", valid_from="2026-02-30"), "anna", "", 2.0)
    assert kb.get_article(db, "dup").revision == 1
    assert len(kb.history(db, "dup")) == 1


def test_m011_upgrades_a_knowledge_base_made_before_it() -> None:
    """A database at m010 (kb_fts without prefixes, no kb_title, revisions WITHOUT
    ROWID) keeps its articles and search after m011."""
    from sqlite_utils.migrations import Migrations

    from shared.server import migrations

    old = Migrations("cc")
    for name in sorted(dir(migrations)):
        if name.startswith("m0") and name < "m011":
            old()(getattr(migrations, name))
    db = Database(memory=True)
    old.apply(db)
    assert "kb_title" not in db.table_names()
    # what the m010-era code wrote for one published article
    db.execute(
        "INSERT INTO articles (doc_id, id, title, body, audience, status, revision,"
        " created_at, updated_at) VALUES (1, 'parking', 'Parking permits',"
        " 'Residents apply online.', 'internal', 'published', 1, 1, 1)"
    )
    db.execute(
        "INSERT INTO article_revisions (article_id, revision, title, body, status, author,"
        " ts, draft) VALUES ('parking', 1, 'Parking permits', 'Residents apply online.',"
        " 'published', 'anna', 1, '{}')"
    )
    text = (1, "parking permits", "", "residents apply online.")
    db.execute("INSERT INTO kb_text (doc_id, title, keys, body) VALUES (?, ?, ?, ?)", text)
    for table in ("kb_fts", "kb_trigram"):
        db.execute(f"INSERT INTO {table} (rowid, title, keys, body) VALUES (?, ?, ?, ?)", text)
    MIGRATIONS.apply(db)
    assert titles(db, "permits") == ["Parking permits"]
    assert titles(db, "ermit") == ["Parking permits"]
    for table in kb.FTS_TABLES:
        db.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('integrity-check', 1)")
    assert [r.author for r in kb.history(db, "parking")] == ["anna"]
    kb.save_article(db, draft(id="parking", title="Parking", body="By post."), "bob", "", 2.0)
    assert titles(db, "post") == ["Parking"] and titles(db, "online") == []
