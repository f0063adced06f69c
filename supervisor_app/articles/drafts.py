"""Editor rules without Qt: comma lists, drafts of articles, what counts as a change."""

from __future__ import annotations

import msgspec

from shared import protocol as p

# Languages an article can be written in (the demo city's citizens and staff).
LANGUAGES: tuple[str, ...] = ("en", "pl", "da", "ru")
STATUSES: tuple[str, ...] = ("draft", "published", "retired")
MAX_NOTE = 500  # the server keeps the first 500 characters of a change note


def split_list(text: str) -> list[str]:
    """``"parking, zone A,, Parking"`` -> ``["parking", "zone A"]``: trimmed, no blanks,
    no case-insensitive duplicates, in the order typed."""
    seen: set[str] = set()
    items: list[str] = []
    for part in text.split(","):
        item = " ".join(part.split())
        if item and item.casefold() not in seen:
            seen.add(item.casefold())
            items.append(item)
    return items


def join_list(items: list[str]) -> str:
    return ", ".join(items)


def blank_draft(department: str = "", language: str = "en") -> p.ArticleDraft:
    return p.ArticleDraft(title="", body="", department=department, language=language)


def draft_of(article: p.ArticleDraft) -> p.ArticleDraft:
    """The editable part of an article (an Article is an ArticleDraft plus server fields)."""
    fields = {f: getattr(article, f) for f in p.ArticleDraft.__struct_fields__}
    return p.ArticleDraft(**{k: list(v) if isinstance(v, list) else v for k, v in fields.items()})


def normalised(draft: p.ArticleDraft) -> p.ArticleDraft:
    """What the server will store: trimmed title, sorted topics, no trailing whitespace.
    Two drafts that normalise equal are the same article to the supervisor."""
    return msgspec.structs.replace(
        draft,
        title=draft.title.strip(),
        body=draft.body.rstrip(),
        department=draft.department.strip(),
        topics=sorted(set(draft.topics)),
    )


def is_changed(draft: p.ArticleDraft, baseline: p.ArticleDraft) -> bool:
    return normalised(draft) != normalised(baseline)


def departments_of(topics: list[p.Topic], articles: list[p.Article]) -> list[str]:
    """Known departments: the topics' owners and any an article already uses, sorted."""
    found = {t.department for t in topics} | {a.department for a in articles}
    return sorted((d for d in found if d), key=str.casefold)


def matches(article: p.Article, text: str) -> bool:
    """Does the filter text (casefolded, trimmed) occur in what an editor searches by?"""
    if not text:
        return True
    haystack = " ".join(
        [
            article.id,
            article.title,
            article.department,
            " ".join(article.tags),
            " ".join(article.keywords),
            " ".join(article.synonyms),
            article.author,
            article.body,
        ]
    ).casefold()
    return all(word in haystack for word in text.split())
