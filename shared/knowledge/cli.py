"""``cc-server kb …``: import, export, search and re-index the knowledge base.

    cc-server kb import PATH [--author NAME]      folder of .md files, a .md or a .csv
    cc-server kb export PATH                      folder (one .md each) or PATH.csv
    cc-server kb search "QUERY" [--audience internal|public] [--language xx] [--limit N]
                                [--department D] [--tag T] [--topic T]
    cc-server kb reindex                          rebuild the search indexes

Every command takes ``--data-dir`` / ``--config`` like the other admin commands. Imports
write the database through the Store's writer, like ``user add``: run them while the
server is stopped (the writer lock refuses a second writer anyway).
"""

from __future__ import annotations

import argparse
import getpass
import sys
import time
from collections.abc import Callable
from datetime import date
from typing import Any

from shared.knowledge import articles, io, search


def add_parsers(
    sub: argparse._SubParsersAction, common: Callable[[argparse.ArgumentParser], None]
) -> None:
    """Register ``kb import|export|search|reindex`` on the admin parser's subparsers."""
    kb = sub.add_parser("kb", help="knowledge base").add_subparsers(dest="action", required=True)
    imp = kb.add_parser("import", help="import articles (folder of .md, .md or .csv)")
    imp.add_argument("path")
    imp.add_argument("--author", default="", help="recorded in the revisions (your login)")
    common(imp)
    exp = kb.add_parser("export", help="export every article (folder of .md, or a .csv)")
    exp.add_argument("path")
    common(exp)
    find = kb.add_parser("search", help="search as an agent (or a citizen) would")
    find.add_argument("query")
    find.add_argument("--audience", choices=["internal", "public"], default="internal")
    find.add_argument("--language", default="")
    find.add_argument("--department", default="")
    find.add_argument("--tag", default="")
    find.add_argument("--topic", default="")
    find.add_argument("--limit", type=int, default=10)
    common(find)
    rei = kb.add_parser("reindex", help="rebuild the search indexes from the articles")
    common(rei)


def _author(given: str) -> str:
    if given:
        return given
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name (containers): a neutral author
        return "import"


def _snippet(parts: list[str]) -> str:
    return "".join(f"[{p}]" if i % 2 else p for i, p in enumerate(parts))


async def run(args: argparse.Namespace, store: Any) -> int:
    """Run one ``kb`` command against an open ``shared.server.store.Store``."""
    if args.action == "import":
        try:
            records = io.load_path(args.path)
            created, updated = await store.write(
                io.import_articles,
                records=records,
                author=_author(args.author),
                now=time.time(),
            )
        except ValueError as exc:
            print(f"import failed, nothing changed: {exc}", file=sys.stderr)
            return 1
        if created + updated >= 100:
            await store.write(articles.optimize_index)
        from shared.server.sql import audit

        await store.write(
            audit.audit,
            f"cli:{_author(args.author)}",
            "kb_import",
            str(args.path),
            {"articles": len(records), "new": created, "changed": updated},
            time.time(),
        )
        unchanged = len(records) - created - updated
        print(
            f"imported {len(records)} articles: {created} new, {updated} changed, {unchanged} unchanged"
        )
        drafts = sum(1 for record in records if record.status == "draft")
        if drafts:
            print(
                f"{drafts} of them are drafts and not searchable until published"
                " ('status: published' in the front matter or the CSV, or Publish in the"
                " supervisor app)"
            )
    elif args.action == "export":
        count = await store.read(io.export_path, path=args.path)
        print(f"exported {count} articles to {args.path}")
    elif args.action == "search":
        hits, suggestion = await store.read(
            search.search,
            query=args.query,
            audience=args.audience,
            department=args.department,
            tag=args.tag,
            language=args.language,
            topic=args.topic,
            limit=args.limit,
            today=date.today(),
        )
        if suggestion:
            print(f"did you mean: {suggestion}")
        if not hits:
            print("no articles found")
            counts = await store.read(articles.status_counts)
            if not counts.get("published") and counts.get("draft"):
                print(
                    f"every article is a draft ({counts['draft']}): only published ones are"
                    " searchable; publish them in the supervisor app, or import them with"
                    " 'status: published'"
                )
        for rank, hit in enumerate(hits, start=1):
            print(f"{rank:>2}. {hit.score:6.3f}  {hit.title}  [{hit.id}]")
            print(f"            {_snippet(hit.snippet)}")
    elif args.action == "reindex":
        count = await store.write(articles.reindex)
        print(f"re-indexed {count} articles")
    return 0
