"""The JSON shape of a message (API and live events)."""

from __future__ import annotations

from ..core.time import isoformat
from .models import Message, Side


def serialize_author(message: Message) -> dict:
    if message.author is None:
        return {"id": None, "name": "Candor", "side": Side.system.value}
    return {"id": message.author.id, "name": message.author.name, "side": message.side}


def serialize_message(message: Message) -> dict:
    data = {
        "id": message.id,
        "thread_id": message.thread_id,
        "author": serialize_author(message),
        "kind": message.kind,
        "body": message.body,
        "html": message.html,
        "client_id": message.client_id,
        "created_at": isoformat(message.created_at),
    }
    if message.meta:
        data["meta"] = message.meta
    return data
