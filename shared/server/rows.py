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
