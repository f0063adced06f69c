"""Knowledge-base articles: write functions for the store's writer thread, reads for any.

Every function takes a ``sqlite_utils.Database`` first, like ``shared/server/store.py``:
the server runs writes through ``store.write(save_article, draft, …)`` (one writer
thread, each function inside a SAVEPOINT of the writer's transaction) and reads through
``store.read(…)``. Used on their own (tests, scripts) the write functions open their own
``BEGIN IMMEDIATE`` transaction.

The search indexes are kept in sync here, explicitly, not by triggers:

- ``kb_text`` holds the folded title, keywords+synonyms and body of each article and is
  the external content of the word index ``kb_fts``, the title+keywords word index
  ``kb_title`` and the substring index ``kb_trigram``. Re-indexing an article deletes
  its old entries with the old
  ``kb_text`` values ('delete' command) before inserting the new ones.
- ``kb_vocab`` counts, per folded word, the articles that use it (typo correction).

Every article is indexed whatever its status; what a search may show (published, valid
today, audience) is decided in the search's SQL.

Errors: ``LookupError`` for an unknown article id, ``ValueError`` for an invalid draft.
"""

from __future__ import annotations

import contextlib
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from datetime import date
from functools import lru_cache
from typing import Any

import msgspec
from sqlite_utils import Database

from shared.knowledge.folding import CJK_RE, WORD_RE, fold, fold_word, index_text
from shared.knowledge.snippets import snippet
from shared.protocol import Article, ArticleDraft, ArticleHit, ArticleRevision

__all__ = [
    "ANSWERED_BY",
    "AUDIENCES",
    "FTS_TABLES",
    "STATUSES",
    "article_from_row",
    "get_article",
    "history",
    "list_articles",
    "optimize_index",
    "pinned",
    "record_answered",
    "record_view",
    "reindex",
    "save_article",
    "self_service_counts",
    "set_pinned",
    "set_status",
    "slugify",
    "visible_sql",
]

STATUSES = ("draft", "published", "retired")
# The FTS5 indexes over kb_text and the kb_text columns each indexes.
FTS_TABLES = {
    "kb_fts": ("title", "keys", "body"),
    "kb_title": ("title", "keys"),
    "kb_trigram": ("title", "keys", "body"),
}
AUDIENCES = ("public", "internal")
ANSWERED_BY = ("agent", "citizen")

MAX_TITLE = 300
MAX_BODY = 200_000
MAX_LIST_ITEMS = 100
MAX_ITEM = 100
MAX_ID = 100
VOCAB_MIN_LEN = 3
VOCAB_MAX_LEN = 40

_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
_LANGUAGE_RE = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$")

_COLUMNS = (
    "id, title, body, department, topics, tags, language, keywords, synonyms, audience,"
    " status, valid_from, valid_until, pinned, author, revision, updated_at, views,"
    " answered_agents, answered_citizens"
)
_LIST_FIELDS = ("topics", "tags", "keywords", "synonyms")


# --------------------------------------------------------------------------- helpers


@contextlib.contextmanager
def _transaction(db: Database) -> Iterator[None]:
    """Join the transaction already open (the store's writer batch), else BEGIN IMMEDIATE."""
    conn = db.conn
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def visible_sql(audience: str, alias: str = "a") -> str:
    """SQL condition: the article is published, valid on the date bound to ``:today``
    (ISO text) and - for ``audience='public'`` - meant for citizens."""
    if audience not in AUDIENCES:
        raise ValueError(f"audience must be one of {AUDIENCES}, not {audience!r}")
    sql = (
        f"{alias}.status = 'published'"
        f" AND ({alias}.valid_from IS NULL OR {alias}.valid_from <= :today)"
        f" AND ({alias}.valid_until IS NULL OR {alias}.valid_until >= :today)"
    )
    if audience == "public":
        sql += f" AND {alias}.audience = 'public'"
    return sql


def article_from_row(row: dict[str, Any]) -> Article:
    data = dict(row)
    for name in _LIST_FIELDS:
        data[name] = json.loads(data[name])
    data["pinned"] = bool(data["pinned"])
    return msgspec.convert(data, Article)


def _rows(db: Database, sql: str, params: Any = ()) -> list[dict[str, Any]]:
    cursor = db.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _article_row(db: Database, article_id: str) -> dict[str, Any] | None:
    rows = _rows(db, f"SELECT doc_id, {_COLUMNS} FROM articles WHERE id = ?", [article_id])
    return rows[0] if rows else None


def _require(db: Database, article_id: str) -> dict[str, Any]:
    row = _article_row(db, article_id)
    if row is None:
        raise LookupError(f"no article {article_id!r}")
    return row


def _json(items: list[str]) -> str:
    return json.dumps(items, ensure_ascii=False)


# Cyrillic in slugs: a plain transliteration (ids are for files and URLs, not for reading)
_CYRILLIC = str.maketrans(
    {
        **dict(zip("абвгдезийклмнопрстуфхцыэ", "abvgdezijklmnoprstufhcye", strict=True)),
        **{"ё": "e", "ж": "zh", "ч": "ch", "ш": "sh", "щ": "shch", "ю": "ju", "я": "ja"},
        **{"ъ": "", "ь": "", "і": "i", "ї": "ji", "є": "je", "ґ": "g"},
    }
)


def slugify(title: str) -> str:
    """A URL- and file-name-safe id from a title: folded and transliterated, ASCII
    letters/digits and '-' ("article" when nothing is left, e.g. Chinese)."""
    folded = unicodedata.normalize("NFKD", fold(title).translate(_CYRILLIC))
    ascii_only = folded.encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_only).strip("-")[:60].rstrip("-")
    return slug or "article"


# --------------------------------------------------------------------------- validation


def _clean_text(value: str) -> str:
    return unicodedata.normalize("NFC", value.replace("\r\n", "\n").replace("\r", "\n"))


def _clean_list(name: str, values: Iterable[str]) -> list[str]:
    out: list[str] = []
    for value in values:
        if not isinstance(value, str):
            raise ValueError(f"{name}: items must be text")
        item = " ".join(_clean_text(value).split())
        if not item:
            continue
        if "|" in item:
            raise ValueError(f"{name}: items may not contain '|' ({item!r})")
        if len(item) > MAX_ITEM:
            raise ValueError(f"{name}: item longer than {MAX_ITEM} characters")
        if item not in out:
            out.append(item)
    if len(out) > MAX_LIST_ITEMS:
        raise ValueError(f"{name}: more than {MAX_LIST_ITEMS} items")
    return out


def _clean_date(name: str, value: str | None) -> str | None:
    if value is None or not str(value).strip():
        return None
    text = str(value).strip()
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise ValueError(f"{name}: not an ISO date (YYYY-MM-DD): {text!r}")
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise ValueError(f"{name}: not a valid date: {text!r}") from None


def _validate(draft: ArticleDraft) -> dict[str, Any]:
    """The draft's fields, normalised (NFC, trimmed, lists de-duplicated); ValueError."""
    title = " ".join(_clean_text(draft.title or "").split())
    body = _clean_text(draft.body or "").strip()
    if not title:
        raise ValueError("the title is empty")
    if not body:
        raise ValueError("the body is empty")
    if len(title) > MAX_TITLE:
        raise ValueError(f"the title is longer than {MAX_TITLE} characters")
    if len(body) > MAX_BODY:
        raise ValueError(f"the body is longer than {MAX_BODY} characters")
    if draft.audience not in AUDIENCES:
        raise ValueError(f"audience must be one of {AUDIENCES}")
    language = (draft.language or "en").strip()
    if not _LANGUAGE_RE.match(language):
        raise ValueError(f"language: not a language code: {language!r}")
    valid_from = _clean_date("valid_from", draft.valid_from)
    valid_until = _clean_date("valid_until", draft.valid_until)
    if valid_from and valid_until and valid_until < valid_from:
        raise ValueError("valid_until is before valid_from")
    article_id = (draft.id or "").strip()
    if article_id and (len(article_id) > MAX_ID or not _ID_RE.match(article_id)):
        raise ValueError(
            "id: letters, digits, '.', '_' and '-' only, starting with a letter or digit"
        )
    return {
        "id": article_id,
        "title": title,
        "body": body,
        "department": " ".join(_clean_text(draft.department or "").split()),
        "topics": _clean_list("topics", draft.topics),
        "tags": _clean_list("tags", draft.tags),
        "language": language.lower(),
        "keywords": _clean_list("keywords", draft.keywords),
        "synonyms": _clean_list("synonyms", draft.synonyms),
        "audience": draft.audience,
        "valid_from": valid_from,
        "valid_until": valid_until,
    }


def _unique_slug(db: Database, title: str) -> str:
    base = slugify(title)
    # ids base, base-2, base-3 …: the range base-… up to base. ('.' follows '-') uses
    # the unique index
    taken = {
        row[0]
        for row in db.execute(
            "SELECT id FROM articles WHERE id = ? OR (id > ? AND id < ?)",
            [base, base + "-", base + "."],
        )
    }
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


# --------------------------------------------------------------------------- indexing


def _searchable(fields: dict[str, Any]) -> tuple[str, str, str]:
    """(title, keys, body) as kb_text stores them: folded, CJK characters spaced."""
    keys = " ; ".join([*fields["keywords"], *fields["synonyms"]])
    return (
        index_text(fold(fields["title"])),
        index_text(fold(keys)),
        index_text(fold(fields["body"])),
    )


@lru_cache(maxsize=200_000)
def _vocab_entries(word: str) -> tuple[tuple[str, str], ...]:
    """(folded word, spelling) pairs one original word gives to the vocabulary."""
    lower = word.lower()
    out = []
    # the index spaces CJK characters apart: "PIN码" holds the word "pin"
    for folded in WORD_RE.findall(CJK_RE.sub(" ", fold_word(word))):
        if VOCAB_MIN_LEN <= len(folded) <= VOCAB_MAX_LEN and not folded.isdigit():
            out.append((folded, lower if fold_word(lower) == folded else folded))
    return tuple(out)


def _vocabulary(fields: dict[str, Any]) -> dict[str, str]:
    """Folded word -> one original spelling (lower-case), for the words typo correction
    may propose: 3 to 40 characters, not only digits, no Chinese/Japanese."""
    text = " ".join([fields["title"], *fields["keywords"], *fields["synonyms"], fields["body"]])
    words: dict[str, str] = {}
    for word in dict.fromkeys(WORD_RE.findall(text)):
        for folded, spelling in _vocab_entries(word):
            words.setdefault(folded, spelling)
    return words


def _update_vocab(db: Database, old: dict[str, str], new: dict[str, str]) -> None:
    added = [(w, s) for w, s in new.items() if w not in old]
    removed = [(w,) for w in old if w not in new]
    if added:
        db.conn.executemany(
            "INSERT INTO kb_vocab (word, docs, spelling) VALUES (?, 1, ?)"
            " ON CONFLICT (word) DO UPDATE SET docs = docs + 1",
            added,
        )
    if removed:
        db.conn.executemany("UPDATE kb_vocab SET docs = docs - 1 WHERE word = ?", removed)
        db.conn.executemany("DELETE FROM kb_vocab WHERE word = ? AND docs <= 0", removed)


def _index(db: Database, doc_id: int, old: dict[str, Any] | None, new: dict[str, Any]) -> None:
    """Bring kb_text, the FTS indexes and the vocabulary from ``old`` (None: a new
    article) to ``new`` (dicts with title, body, keywords, synonyms)."""
    text = _searchable(new)
    if old is not None:
        previous = db.execute(
            "SELECT title, keys, body FROM kb_text WHERE doc_id = ?", [doc_id]
        ).fetchone()
        if previous is not None and tuple(previous) == text:
            return
        if previous is not None:
            for table, columns in FTS_TABLES.items():
                db.execute(
                    f"INSERT INTO {table} ({table}, rowid, {', '.join(columns)})"
                    f" VALUES ('delete', ?, {', '.join('?' for _ in columns)})",
                    [doc_id, *previous[: len(columns)]],
                )
        old_words = _vocabulary(old)
    else:
        old_words = {}
    db.execute(
        "INSERT INTO kb_text (doc_id, title, keys, body) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (doc_id) DO UPDATE SET"
        " title = excluded.title, keys = excluded.keys, body = excluded.body",
        [doc_id, *text],
    )
    for table, columns in FTS_TABLES.items():
        db.execute(
            f"INSERT INTO {table} (rowid, {', '.join(columns)})"
            f" VALUES (?, {', '.join('?' for _ in columns)})",
            [doc_id, *text[: len(columns)]],
        )
    _update_vocab(db, old_words, _vocabulary(new))


def optimize_index(db: Database) -> None:
    """Merge the FTS5 indexes' segments into one each (after a large import: a smaller
    and faster index). Takes a few seconds for 50,000 articles."""
    with _transaction(db):
        for table in FTS_TABLES:
            db.execute(f"INSERT INTO {table} ({table}) VALUES ('optimize')")


def reindex(db: Database) -> int:
    """Rebuild kb_text, both FTS indexes and the vocabulary from the articles (after a
    change of the folding rules, or to repair). Returns the number of articles."""
    with _transaction(db):
        db.execute("DELETE FROM kb_vocab")
        db.execute("DELETE FROM kb_text")
        vocab: dict[str, list[Any]] = {}
        count = 0
        for row in _rows(db, "SELECT doc_id, title, body, keywords, synonyms FROM articles"):
            fields = {
                "title": row["title"],
                "body": row["body"],
                "keywords": json.loads(row["keywords"]),
                "synonyms": json.loads(row["synonyms"]),
            }
            db.execute(
                "INSERT INTO kb_text (doc_id, title, keys, body) VALUES (?, ?, ?, ?)",
                [row["doc_id"], *_searchable(fields)],
            )
            for word, spelling in _vocabulary(fields).items():
                entry = vocab.setdefault(word, [0, spelling])
                entry[0] += 1
            count += 1
        db.conn.executemany(
            "INSERT INTO kb_vocab (word, docs, spelling) VALUES (?, ?, ?)",
            [(w, n, s) for w, (n, s) in vocab.items()],
        )
        for table in FTS_TABLES:
            db.execute(f"INSERT INTO {table} ({table}) VALUES ('rebuild')")
    return count


# --------------------------------------------------------------------------- writes


def _revision(db: Database, row: dict[str, Any], author: str, note: str, now: float) -> None:
    # title and body have their own columns; the JSON holds the rest of the draft
    draft = {
        "id": row["id"],
        "department": row["department"],
        "topics": json.loads(row["topics"]),
        "tags": json.loads(row["tags"]),
        "language": row["language"],
        "keywords": json.loads(row["keywords"]),
        "synonyms": json.loads(row["synonyms"]),
        "audience": row["audience"],
        "valid_from": row["valid_from"],
        "valid_until": row["valid_until"],
        "status": row["status"],
        "pinned": bool(row["pinned"]),
    }
    db.execute(
        "INSERT INTO article_revisions"
        " (article_id, revision, title, body, status, author, ts, note, draft)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            row["id"],
            row["revision"],
            row["title"],
            row["body"],
            row["status"],
            author,
            now,
            note,
            json.dumps(draft, ensure_ascii=False, sort_keys=True),
        ],
    )


def _decoded(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "title": row["title"],
        "body": row["body"],
        "keywords": json.loads(row["keywords"]),
        "synonyms": json.loads(row["synonyms"]),
    }


def save_article(
    db: Database,
    draft: ArticleDraft,
    author: str,
    note: str,
    now: float,
    *,
    status: str | None = None,
    pinned: bool | None = None,
) -> Article:
    """Create (``draft.id`` empty: a unique slug from the title; or an id not used yet)
    or change an article. Every save is a new revision with a revision row; the search
    indexes and the vocabulary follow. A new article is a draft unless ``status`` says
    otherwise (the importer passes status and pinned so a file is one revision).
    ValueError for an invalid draft or status."""
    fields = _validate(draft)
    if status is not None and status not in STATUSES:
        raise ValueError(f"status must be one of {STATUSES}")
    with _transaction(db):
        old = _article_row(db, fields["id"]) if fields["id"] else None
        values = {
            **fields,
            **{name: _json(fields[name]) for name in _LIST_FIELDS},
            "author": author,
            "updated_at": now,
        }
        if old is None:
            if not fields["id"]:
                values["id"] = _unique_slug(db, fields["title"])
            values.update(
                status=status or "draft",
                pinned=int(bool(pinned)),
                revision=1,
                created_at=now,
            )
            names = list(values)
            cursor = db.execute(
                f"INSERT INTO articles ({', '.join(names)})"
                f" VALUES ({', '.join('?' for _ in names)})",
                [values[n] for n in names],
            )
            doc_id = cursor.lastrowid
        else:
            doc_id = old["doc_id"]
            values.update(
                status=status or old["status"],
                pinned=int(bool(old["pinned"] if pinned is None else pinned)),
                revision=old["revision"] + 1,
            )
            del values["id"]
            db.execute(
                f"UPDATE articles SET {', '.join(f'{n} = ?' for n in values)} WHERE doc_id = ?",
                [*values.values(), doc_id],
            )
        row = _require(db, fields["id"] or values.get("id", ""))
        _revision(db, row, author, note, now)
        _index(db, doc_id, None if old is None else _decoded(old), fields)
    return article_from_row(row)


def _change(
    db: Database, article_id: str, sql: str, params: list[Any], author: str, note: str, now: float
) -> Article:
    """A change of status or pin: a new revision by ``author``; the article's author
    (who last wrote its content) stays."""
    with _transaction(db):
        row = _require(db, article_id)
        db.execute(
            f"UPDATE articles SET {sql}, revision = revision + 1, updated_at = ? WHERE doc_id = ?",
            [*params, now, row["doc_id"]],
        )
        row = _require(db, article_id)
        _revision(db, row, author, note, now)
    return article_from_row(row)


def set_status(db: Database, id: str, status: str, author: str, now: float) -> Article:
    """Publish, retire or send back to draft: a new revision noted "status → …".
    Setting the status it has already changes nothing."""
    if status not in STATUSES:
        raise ValueError(f"status must be one of {STATUSES}")
    row = _require(db, id)
    if row["status"] == status:
        return article_from_row(row)
    return _change(db, id, "status = ?", [status], author, f"status → {status}", now)


def set_pinned(db: Database, id: str, pinned: bool, author: str, now: float) -> Article:
    """Pin (an urgent banner for every agent) or unpin: a new revision noted
    "pinned"/"unpinned". No change when it is so already."""
    row = _require(db, id)
    if bool(row["pinned"]) == bool(pinned):
        return article_from_row(row)
    note = "pinned" if pinned else "unpinned"
    return _change(db, id, "pinned = ?", [int(bool(pinned))], author, note, now)


def record_view(db: Database, id: str) -> None:
    """Count one view (kb.get)."""
    if db.execute("UPDATE articles SET views = views + 1 WHERE id = ?", [id]).rowcount == 0:
        raise LookupError(f"no article {id!r}")


def record_answered(
    db: Database, id: str, by: str, topic: str, interaction_id: str, now: float
) -> bool:
    """Count a "this answered it" from an agent or a citizen (self-service): once per
    article, side and interaction; returns False when it was counted already. Without
    ``topic`` the article's own topic is used if it has exactly one."""
    if by not in ANSWERED_BY:
        raise ValueError(f"by must be one of {ANSWERED_BY}")
    with _transaction(db):
        row = _require(db, id)
        if (
            interaction_id
            and db.execute(
                "SELECT 1 FROM kb_answers WHERE article_id = ? AND interaction_id = ? AND by = ?",
                [id, interaction_id, by],
            ).fetchone()
        ):
            return False
        if not topic:
            topics = json.loads(row["topics"])
            topic = topics[0] if len(topics) == 1 else ""
        column = "answered_agents" if by == "agent" else "answered_citizens"
        db.execute(f"UPDATE articles SET {column} = {column} + 1 WHERE id = ?", [id])
        db.execute(
            "INSERT INTO kb_answers (article_id, by, topic, interaction_id, ts)"
            " VALUES (?, ?, ?, ?, ?)",
            [id, by, topic, interaction_id, now],
        )
    return True


# --------------------------------------------------------------------------- reads


def get_article(db: Database, id: str) -> Article | None:
    row = _article_row(db, id)
    return None if row is None else article_from_row(row)


def list_articles(db: Database, status: str = "", department: str = "") -> list[Article]:
    """Every article (any status), optionally only one status / department; by
    department, then title."""
    where, params = [], []
    if status:
        where.append("status = ?")
        params.append(status)
    if department:
        where.append("department = ?")
        params.append(department)
    sql = f"SELECT {_COLUMNS} FROM articles"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY department, title COLLATE NOCASE, id"
    return [article_from_row(row) for row in _rows(db, sql, params)]


def history(db: Database, id: str) -> list[ArticleRevision]:
    """The article's revisions, newest first. LookupError for an unknown id."""
    _require(db, id)
    rows = _rows(
        db,
        "SELECT revision, title, body, status, author, ts, note FROM article_revisions"
        " WHERE article_id = ? ORDER BY revision DESC",
        [id],
    )
    return [msgspec.convert(row, ArticleRevision) for row in rows]


def pinned(db: Database, today: date, audience: str = "internal") -> list[ArticleHit]:
    """Pinned articles that are published and valid today (``audience`` 'public': the
    public ones only), newest change first; the snippet is the beginning of the body."""
    rows = _rows(
        db,
        "SELECT a.id, a.title, a.body, a.department, a.language, a.tags FROM articles a"
        f" WHERE a.pinned = 1 AND {visible_sql(audience)} ORDER BY a.updated_at DESC, a.id",
        {"today": today.isoformat()},
    )
    return [
        ArticleHit(
            id=row["id"],
            title=row["title"],
            snippet=snippet(row["body"], None),
            score=0.0,
            department=row["department"],
            language=row["language"],
            tags=json.loads(row["tags"]),
            pinned=True,
        )
        for row in rows
    ]


def self_service_counts(db: Database, since: float) -> dict[str, int]:
    """Topic -> citizens' "this answered it" since ``since`` (deflection per topic)."""
    cursor = db.execute(
        "SELECT topic, count(*) FROM kb_answers WHERE by = 'citizen' AND ts >= ?"
        " AND topic <> '' GROUP BY topic",
        [since],
    )
    return dict(cursor.fetchall())


def status_counts(db: Database) -> dict[str, int]:
    """Status -> how many articles have it (drafts and retired ones are never found)."""
    return dict(db.execute("SELECT status, count(*) FROM articles GROUP BY status").fetchall())
