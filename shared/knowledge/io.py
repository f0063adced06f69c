"""Import and export of articles: Markdown files with front matter, or one CSV file.

Markdown (one file per article, ``<id>.md``)::

    ---
    id: waste-bulky-items
    title: Bulky waste collection
    topics: [waste]
    keywords: [sofa, "wardrobe, large", mattress]
    valid_until:
    pinned: false
    ---
    Markdown body …

The front matter is ``key: value`` lines between two ``---`` lines; lists are
``[a, b]``; a value or list item containing a comma, a bracket or a double quote, or
starting/ending with a space, is written in double quotes (``\\"`` and ``\\\\`` inside);
an empty value means "not set". Keys: ``FIELDS``. Lines starting with ``#`` are comments.
A file without ``id`` takes its file name (without ``.md``).

CSV: one row per article, the columns ``FIELDS`` plus ``body``; lists joined with ``|``.
A row without ``id`` takes a slug of its title.

An import is all or nothing (it runs in one transaction); an article whose content,
status and pin are unchanged is left alone (no new revision).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from shared.knowledge.articles import (
    STATUSES,
    _transaction,
    _validate,
    get_article,
    list_articles,
    save_article,
    slugify,
)
from shared.protocol import Article, ArticleDraft

__all__ = [
    "FIELDS",
    "ArticleFile",
    "article_to_markdown",
    "export_path",
    "import_articles",
    "import_path",
    "load_path",
    "parse_csv",
    "parse_markdown",
    "write_csv",
]

FIELDS = (
    "id",
    "title",
    "department",
    "topics",
    "tags",
    "language",
    "keywords",
    "synonyms",
    "audience",
    "status",
    "valid_from",
    "valid_until",
    "pinned",
)
LIST_FIELDS = ("topics", "tags", "keywords", "synonyms")
CSV_COLUMNS = (*FIELDS, "body")
MAX_FILE_BYTES = 1_000_000  # one Markdown article
MAX_CSV_BYTES = 500_000_000


@dataclass
class ArticleFile:
    """One article read from a file: the draft plus what editors set separately."""

    draft: ArticleDraft
    status: str = "draft"
    pinned: bool = False
    source: str = ""


# --------------------------------------------------------------------------- front matter


def _read_quoted(text: str, pos: int, where: str) -> tuple[str, int]:
    """The double-quoted string starting at ``text[pos]``; returns it and the index
    after its closing quote."""
    out = []
    i = pos + 1
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text) and text[i + 1] in '"\\':
            out.append(text[i + 1])
            i += 2
        elif ch == '"':
            return "".join(out), i + 1
        else:
            out.append(ch)
            i += 1
    raise ValueError(f"{where}: unterminated quoted value")


def _parse_scalar(value: str, where: str) -> str | None:
    if not value:
        return None
    if value.startswith('"'):
        text, end = _read_quoted(value, 0, where)
        if value[end:].strip():
            raise ValueError(f"{where}: text after the closing quote")
        return text
    return value


def _parse_list(value: str, where: str) -> list[str]:
    if not value:
        return []
    if not value.startswith("["):
        return [_parse_scalar(value, where) or ""]  # a single item without brackets
    if not value.endswith("]"):
        raise ValueError(f"{where}: a list must end with ]")
    inner = value[1:-1]
    items: list[str] = []
    i = 0
    while i < len(inner):
        while i < len(inner) and inner[i] == " ":
            i += 1
        if i >= len(inner):
            break
        if inner[i] == '"':
            item, i = _read_quoted(inner, i, where)
            while i < len(inner) and inner[i] == " ":
                i += 1
        else:
            end = inner.find(",", i)
            end = len(inner) if end == -1 else end
            item = inner[i:end].strip()
            if any(c in item for c in '[]"'):
                raise ValueError(f'{where}: quote list items containing [ ] or "')
            i = end
        if i < len(inner) and inner[i] != ",":
            raise ValueError(f"{where}: expected a comma after a list item")
        i += 1  # the comma
        if item:
            items.append(item)
    return items


def _parse_bool(value: str | None, where: str) -> bool:
    text = (value or "").strip().lower()
    if text in ("", "false", "no", "0"):
        return False
    if text in ("true", "yes", "1"):
        return True
    raise ValueError(f"{where}: pinned must be true or false, not {value!r}")


def _record(meta: dict[str, object], body: str, source: str, default_id: str) -> ArticleFile:
    def text(key: str, default: str = "") -> str:
        value = meta.get(key)
        return default if value is None else str(value)

    status = text("status", "draft")
    if status not in STATUSES:
        raise ValueError(f"{source}: status must be one of {STATUSES}, not {status!r}")
    audience = text("audience", "internal")
    if audience not in ("public", "internal"):
        raise ValueError(f"{source}: audience must be public or internal, not {audience!r}")
    draft = ArticleDraft(
        id=text("id") or default_id,
        title=text("title"),
        body=body,
        department=text("department"),
        topics=list(meta.get("topics") or []),
        tags=list(meta.get("tags") or []),
        language=text("language", "en"),
        keywords=list(meta.get("keywords") or []),
        synonyms=list(meta.get("synonyms") or []),
        audience=audience,  # type: ignore[arg-type]
        valid_from=meta.get("valid_from") or None,  # type: ignore[arg-type]
        valid_until=meta.get("valid_until") or None,  # type: ignore[arg-type]
    )
    return ArticleFile(
        draft=draft,
        status=status,
        pinned=_parse_bool(text("pinned"), source),
        source=source,
    )


def parse_markdown(text: str, source: str = "", default_id: str = "") -> ArticleFile:
    """One article from Markdown with front matter. ValueError names ``source``."""
    lines = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if not lines or lines[0].strip() != "---":
        raise ValueError(f"{source}: the first line must be --- (front matter)")
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        raise ValueError(f"{source}: the front matter has no closing ---") from None
    meta: dict[str, object] = {}
    for number, line in enumerate(lines[1:end], start=2):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        where = f"{source}:{number}"
        key, sep, value = line.partition(":")
        key = key.strip()
        if not sep:
            raise ValueError(f"{where}: expected 'key: value'")
        if key not in FIELDS:
            raise ValueError(f"{where}: unknown key {key!r} (known: {', '.join(FIELDS)})")
        if key in meta:
            raise ValueError(f"{where}: {key} given twice")
        value = value.strip()
        meta[key] = _parse_list(value, where) if key in LIST_FIELDS else _parse_scalar(value, where)
    return _record(meta, "\n".join(lines[end + 1 :]), source, default_id)


def _quote(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _needs_quotes(value: str) -> bool:
    return any(c in value for c in ',[]"') or value != value.strip() or value.startswith("'")


def _format_scalar(value: str | None) -> str:
    if value is None or value == "":
        return ""
    return _quote(value) if _needs_quotes(value) else value


def _format_list(items: list[str]) -> str:
    return "[" + ", ".join(_quote(i) if _needs_quotes(i) else i for i in items) + "]"


def article_to_markdown(article: Article) -> str:
    lines = ["---"]
    for key in FIELDS:
        value = getattr(article, key)
        if key in LIST_FIELDS:
            text = _format_list(value)
        elif key == "pinned":
            text = "true" if value else "false"
        else:
            text = _format_scalar(value)
        lines.append(f"{key}: {text}".rstrip())
    lines.append("---")
    return "\n".join(lines) + "\n" + article.body.rstrip("\n") + "\n"


# --------------------------------------------------------------------------- CSV


def parse_csv(text: str, source: str = "") -> list[ArticleFile]:
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff"), newline=""))
    columns = reader.fieldnames or []
    unknown = [c for c in columns if c not in CSV_COLUMNS]
    if unknown:
        raise ValueError(f"{source}: unknown columns {unknown} (known: {', '.join(CSV_COLUMNS)})")
    if "title" not in columns or "body" not in columns:
        raise ValueError(f"{source}: the columns title and body are required")
    records = []
    for number, row in enumerate(reader, start=2):
        where = f"{source}:{number}"
        if None in row:
            raise ValueError(f"{where}: more values than columns")
        meta: dict[str, object] = {}
        for key in FIELDS:
            value = (row.get(key) or "").strip()
            if key in LIST_FIELDS:
                meta[key] = [item.strip() for item in value.split("|") if item.strip()]
            else:
                meta[key] = value or None
        title = str(meta.get("title") or "")
        records.append(_record(meta, row.get("body") or "", where, slugify(title)))
    return records


def write_csv(articles: list[Article]) -> str:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for a in articles:
        row = []
        for key in CSV_COLUMNS:
            value = getattr(a, key)
            if key in LIST_FIELDS:
                value = "|".join(value)
            elif key == "pinned":
                value = "true" if value else "false"
            row.append("" if value is None else value)
        writer.writerow(row)
    return out.getvalue()


# --------------------------------------------------------------------------- files


def _read(path: Path, max_bytes: int = MAX_FILE_BYTES) -> str:
    if path.stat().st_size > max_bytes:
        raise ValueError(f"{path}: larger than {max_bytes} bytes")
    return path.read_text(encoding="utf-8")


def load_path(path: str | Path) -> list[ArticleFile]:
    """The articles of a folder of .md files (recursively, sorted), of one .md file or
    of a .csv file. ValueError for a malformed file (named in the message)."""
    path = Path(path)
    if path.is_dir():
        files = sorted(p for p in path.rglob("*.md") if p.is_file())
        return [parse_markdown(_read(p), str(p), default_id=p.stem) for p in files]
    if not path.is_file():
        raise ValueError(f"{path}: no such file or folder")
    if path.suffix.lower() == ".csv":
        return parse_csv(_read(path, MAX_CSV_BYTES), str(path))
    if path.suffix.lower() == ".md":
        return [parse_markdown(_read(path), str(path), default_id=path.stem)]
    raise ValueError(f"{path}: expected a folder of .md files, a .md or a .csv file")


def _unchanged(existing: Article, record: ArticleFile) -> bool:
    fields = _validate(record.draft)
    return (
        all(getattr(existing, k) == v for k, v in fields.items())
        and existing.status == record.status
        and existing.pinned == record.pinned
    )


def import_articles(
    db: Database, records: list[ArticleFile], author: str, now: float
) -> tuple[int, int]:
    """Create or update the articles (a write function: one transaction). Returns
    (created, updated); unchanged articles are not counted. ValueError names the file."""
    created = updated = 0
    seen: dict[str, str] = {}
    with _transaction(db):
        for record in records:
            article_id = record.draft.id
            if article_id in seen:
                raise ValueError(f"{record.source}: id {article_id!r} also in {seen[article_id]}")
            seen[article_id] = record.source
            try:
                existing = get_article(db, article_id) if article_id else None
                if existing is not None and _unchanged(existing, record):
                    continue
                save_article(
                    db,
                    record.draft,
                    author,
                    f"import {Path(record.source).name}",
                    now,
                    status=record.status,
                    pinned=record.pinned,
                )
            except ValueError as exc:
                raise ValueError(f"{record.source}: {exc}") from None
            if existing is None:
                created += 1
            else:
                updated += 1
    return created, updated


def import_path(db: Database, path: str | Path, author: str, now: float) -> tuple[int, int]:
    """``load_path`` then ``import_articles``: (created, updated)."""
    return import_articles(db, load_path(path), author, now)


def export_path(db: Database, path: str | Path) -> int:
    """Every article (any status) to ``path``: a .csv file when the path ends with
    .csv, else a folder with one ``<id>.md`` each. Returns the number written."""
    path = Path(path)
    articles = list_articles(db)
    if path.suffix.lower() == ".csv":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(write_csv(articles), encoding="utf-8")
    else:
        path.mkdir(parents=True, exist_ok=True)
        for article in articles:
            (path / f"{article.id}.md").write_text(article_to_markdown(article), encoding="utf-8")
    return len(articles)
