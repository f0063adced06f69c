"""Render the message reference of docs/protocol.md from the structs in shared.protocol.

``python -m shared.protocol_docs --write`` rewrites the generated part of the doc;
tests/unit/test_protocol_docs.py fails when the doc and the structs disagree.
"""

from __future__ import annotations

import sys
from pathlib import Path

import msgspec

from shared import protocol as p

DOC = Path(__file__).resolve().parents[1] / "docs" / "protocol.md"
BEGIN = "<!-- BEGIN GENERATED: python -m shared.protocol_docs --write -->"
END = "<!-- END GENERATED -->"


def _type_name(t) -> str:
    if isinstance(t, str):  # postponed annotations are strings already
        return t
    text = repr(t).replace("typing.", "").replace("shared.protocol.", "")
    return text.replace("<class '", "").replace("'>", "")


def _struct_table(cls) -> list[str]:
    info = msgspec.inspect.type_info(cls)
    lines = ["| field | type | default |", "| --- | --- | --- |"]
    for f in info.fields:
        default = (
            ""
            if f.required
            else f"`{f.default!r}`"
            if f.default is not msgspec.NODEFAULT
            else "`[]`/`{}`"
        )
        hint = cls.__annotations__.get(f.name) or next(
            (
                base.__annotations__.get(f.name)
                for base in cls.__mro__
                if f.name in getattr(base, "__annotations__", {})
            ),
            "",
        )
        lines.append(f"| `{f.name}` | `{_type_name(hint)}` | {default} |")
    return lines


def _section(title: str, union, exclude: set[str] = frozenset()) -> list[str]:
    out = [f"### {title}", ""]
    for tag, cls in p.message_types(union).items():
        if tag in exclude:
            continue
        doc = (cls.__doc__ or "").strip().splitlines()
        out += [f"#### `{tag}`", ""]
        if doc and not doc[0].startswith(cls.__name__ + "("):
            out += [" ".join(line.strip() for line in doc), ""]
        out += _struct_table(cls) + [""]
    return out


def render() -> str:
    out = [BEGIN, "", "## Message reference", ""]
    roles = {
        tag: sorted(p.ROLE_RULES.get(cls, {"(before login)"}))
        for tag, cls in p.message_types(p.ClientMessage).items()
    }
    out += ["### Who may send what", "", "| request | roles |", "| --- | --- |"]
    out += [f"| `{tag}` | {', '.join(r)} |" for tag, r in roles.items()] + [""]
    out += _section("Requests (client → server)", p.ClientMessage)
    out += _section(
        "Replies and events (server → client)", p.ServerMessage, exclude={"chat.typing"}
    )
    out += ["### Data types", ""]
    for cls in (
        p.Topic,
        p.UserInfo,
        p.ChatMessage,
        p.InteractionInfo,
        p.Participant,
        p.InternalMessage,
        p.PastInteraction,
        p.Department,
        p.DirectoryEntry,
        p.AgentStatus,
        p.QueueStatus,
        p.ArticleDraft,
        p.Article,
        p.ArticleHit,
        p.ArticleRevision,
    ):
        out += [f"#### {cls.__name__}", ""] + _struct_table(cls) + [""]
    out += ["### Error codes", "", ", ".join(f"`{c}`" for c in sorted(p.ERROR_CODES)), "", END]
    return "\n".join(out) + "\n"


def current() -> str:
    text = DOC.read_text()
    start, end = text.index(BEGIN), text.index(END) + len(END)
    return text[start:end] + "\n"


def write() -> None:
    text = DOC.read_text()
    start, end = text.index(BEGIN), text.index(END) + len(END)
    DOC.write_text(text[:start] + render().rstrip("\n") + text[end:])


if __name__ == "__main__":
    if "--write" in sys.argv:
        write()
    else:
        sys.stdout.write(render())
