"""shared.knowledge.io: Markdown front matter and CSV, import and export."""

from __future__ import annotations

from pathlib import Path

import msgspec
import pytest
from sqlite_utils import Database

from shared.knowledge import articles as kb
from shared.knowledge import io
from shared.protocol import Article, ArticleDraft
from shared.server.migrations import MIGRATIONS

EXAMPLE = """---
id: waste-bulky-items
title: Bulky waste collection
department: Environment
topics: [waste]
tags: [bulky, furniture]
language: en
keywords: [sofa, wardrobe, mattress]
synonyms: [large waste, furniture disposal]
audience: public
status: published
valid_from: 2026-01-01
valid_until:
pinned: false
---
Book a **collection** online.

- sofas
- wardrobes
"""


def fresh() -> Database:
    database = Database(memory=True)
    MIGRATIONS.apply(database)
    return database


def content(article: Article) -> dict:
    """What an import/export round trip must keep."""
    keep = {*io.FIELDS, "body"}
    return {k: v for k, v in msgspec.structs.asdict(article).items() if k in keep}


def test_parse_the_documented_example() -> None:
    record = io.parse_markdown(EXAMPLE, "example.md")
    d = record.draft
    assert d.id == "waste-bulky-items" and d.title == "Bulky waste collection"
    assert d.topics == ["waste"] and d.tags == ["bulky", "furniture"]
    assert d.keywords == ["sofa", "wardrobe", "mattress"]
    assert d.synonyms == ["large waste", "furniture disposal"]
    assert (d.audience, d.language, d.valid_from, d.valid_until) == (
        "public",
        "en",
        "2026-01-01",
        None,
    )
    assert (record.status, record.pinned) == ("published", False)
    assert d.body.startswith("Book a **collection** online.")


def test_quoted_values_round_trip() -> None:
    db = fresh()
    tricky = io.parse_markdown(
        "---\n"
        'title: "Sofas, beds [and] \\"other\\" things"\n'
        'keywords: ["a, b", "[x]", plain, "back\\\\slash", " padded "]\n'
        "department: Roads: north\n"
        "---\nBody.\n",
        "t.md",
        default_id="tricky",
    )
    assert tricky.draft.title == 'Sofas, beds [and] "other" things'
    assert tricky.draft.keywords == ["a, b", "[x]", "plain", "back\\slash", " padded "]
    assert tricky.draft.department == "Roads: north"
    assert tricky.draft.id == "tricky"
    io.import_articles(db, [tricky], "anna", 1.0)
    article = kb.get_article(db, "tricky")
    text = io.article_to_markdown(article)
    again = io.parse_markdown(text, "again.md")
    assert again.draft.title == article.title
    assert (
        again.draft.keywords
        == article.keywords
        == ["a, b", "[x]", "plain", "back\\slash", "padded"]
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("title: x\n---\nbody", "first line"),
        ("---\ntitle: x\nbody", "closing"),
        ("---\ncolour: red\n---\nbody", "unknown key"),
        ("---\ntitle: a\ntitle: b\n---\nbody", "twice"),
        ("---\ntitle\n---\nbody", "key: value"),
        ('---\ntitle: "open\n---\nbody', "unterminated"),
        ("---\ntags: [a, b\n---\nbody", "end with"),
        ("---\ntitle: x\npinned: maybe\n---\nbody", "pinned"),
        ("---\ntitle: x\nstatus: gone\n---\nbody", "status"),
    ],
)
def test_malformed_front_matter_names_the_file(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message) as info:
        io.parse_markdown(text, "folder/bad.md")
    assert "folder/bad.md" in str(info.value)


def test_folder_round_trip(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "waste-bulky-items.md").write_text(EXAMPLE, encoding="utf-8")
    (src / "no-id.md").write_text(
        "---\ntitle: Przełączenie do wydziału\nlanguage: pl\npinned: true\nstatus: published\n"
        "topics: [switch, transfer]\n---\nJak przełączyć rozmowę.\n",
        encoding="utf-8",
    )
    db = fresh()
    assert io.import_path(db, src, "anna", 1.0) == (2, 0)
    assert kb.get_article(db, "no-id").pinned
    out = tmp_path / "out"
    assert io.export_path(db, out) == 2
    assert sorted(p.name for p in out.iterdir()) == ["no-id.md", "waste-bulky-items.md"]
    # importing the export again changes nothing, not even the revision
    assert io.import_path(db, out, "anna", 2.0) == (0, 0)
    assert kb.get_article(db, "no-id").revision == 1
    other = fresh()
    assert io.import_path(other, out, "bob", 3.0) == (2, 0)
    assert [content(a) for a in kb.list_articles(other)] == [
        content(a) for a in kb.list_articles(db)
    ]
    # an edited file is an update with a revision
    path = out / "no-id.md"
    path.write_text(
        path.read_text(encoding="utf-8").replace("rozmowę", "połączenie"), encoding="utf-8"
    )
    assert io.import_path(db, out, "anna", 4.0) == (0, 1)
    assert kb.history(db, "no-id")[0].note == "import no-id.md"


def test_csv_round_trip(tmp_path: Path) -> None:
    db = fresh()
    io.import_path(db, _folder_with_example(tmp_path), "anna", 1.0)
    kb.save_article(
        db,
        ArticleDraft(
            title='Справка, "быстро"', body="Строка 1\nСтрока 2, с запятой", tags=["a b", "c"]
        ),
        "anna",
        "",
        2.0,
    )
    path = tmp_path / "export" / "all.csv"
    assert io.export_path(db, path) == 2
    other = fresh()
    assert io.import_path(other, path, "bob", 3.0) == (2, 0)
    assert [content(a) for a in kb.list_articles(other)] == [
        content(a) for a in kb.list_articles(db)
    ]
    assert io.import_path(other, path, "bob", 4.0) == (0, 0)


def test_csv_without_id_uses_a_slug_and_stays_stable(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text("title,body,tags\nOpening hours,Mon-Fri 8-16,hours|office\n", encoding="utf-8")
    db = fresh()
    assert io.import_path(db, path, "anna", 1.0) == (1, 0)
    assert kb.get_article(db, "opening-hours").tags == ["hours", "office"]
    assert io.import_path(db, path, "anna", 2.0) == (0, 0)


def test_a_bad_file_imports_nothing(tmp_path: Path) -> None:
    folder = _folder_with_example(tmp_path)
    (folder / "zz-bad.md").write_text(
        "---\ntitle: x\nvalid_from: tomorrow\n---\nbody", encoding="utf-8"
    )
    db = fresh()
    with pytest.raises(ValueError, match="zz-bad.md"):
        io.import_path(db, folder, "anna", 1.0)
    assert kb.list_articles(db) == []


def test_duplicate_ids_in_one_import(tmp_path: Path) -> None:
    folder = _folder_with_example(tmp_path)
    (folder / "copy.md").write_text(EXAMPLE, encoding="utf-8")
    with pytest.raises(ValueError, match="also in"):
        io.import_path(fresh(), folder, "anna", 1.0)


def test_unknown_csv_columns_and_paths(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text("title,body,colour\nx,y,red\n", encoding="utf-8")
    with pytest.raises(ValueError, match="colour"):
        io.load_path(path)
    with pytest.raises(ValueError, match="no such"):
        io.load_path(tmp_path / "missing")
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    with pytest.raises(ValueError, match="expected"):
        io.load_path(tmp_path / "a.txt")


def _folder_with_example(tmp_path: Path) -> Path:
    folder = tmp_path / "example"
    folder.mkdir()
    (folder / "waste-bulky-items.md").write_text(EXAMPLE, encoding="utf-8")
    return folder
