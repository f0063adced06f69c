"""Store rows turned into the protocol's structs (one place for each shape)."""

from __future__ import annotations

from typing import Any

from shared import protocol as p


def chat_message(row: dict[str, Any]) -> p.ChatMessage:
    return p.ChatMessage(
        seq=row["seq"],
        sender=row["sender"],
        sender_name=row["sender_name"],
        text=row["text"],
        ts=row["ts"],
    )


def internal_message(row: dict[str, Any]) -> p.InternalMessage:
    return p.InternalMessage(
        seq=row["seq"],
        sender=row["sender"],
        sender_name=row["sender_name"],
        text=row["text"],
        ts=row["ts"],
    )


def transcript_page(
    rows: list[dict[str, Any]], budget: int = p.TRANSCRIPT_PAGE_BYTES
) -> tuple[list[dict[str, Any]], int]:
    """The latest messages of a transcript that fit ``budget`` bytes (at least one) and
    how many come before them: what goes into one frame."""
    total, start = 0, len(rows)
    for i in range(len(rows) - 1, -1, -1):
        size = len(rows[i]["text"].encode()) + len(rows[i]["sender_name"].encode()) + 96
        if total + size > budget and start < len(rows):
            break
        total += size
        start = i
    return rows[start:], start
