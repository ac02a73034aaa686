"""The JSON shape of a message (API and live events)."""

from __future__ import annotations

from ..core.time import isoformat
from .facts import PostedMessage
from .models import Message, Side

# Whose account is gone (erased, or anonymised by retention): the message keeps its side.
FORMER = {Side.candidate.value: "Former candidate", Side.employer.value: "Former colleague"}


def serialize_author(message: Message | PostedMessage) -> dict:
    if message.author is None:
        if message.side in FORMER:
            return {"id": None, "name": FORMER[message.side], "side": message.side}
        return {"id": None, "name": "Candor", "side": Side.system.value}
    return {"id": message.author.id, "name": message.author.name, "side": message.side}


def serialize_message(message: Message | PostedMessage) -> dict:
    data = {
        "id": message.id,
        "thread_id": message.thread_id,
        "author": serialize_author(message),
        "kind": message.kind,
        "body": message.body,
        "html": message.html,
        "client_id": message.client_id,
        "created_at": isoformat(message.created_at),
        # Feedback its author edited or withdrew within minutes of sending (earlier versions stay
        # on the server, in message_revisions); null otherwise.
        "edited_at": isoformat(message.edited_at),
        "withdrawn_at": isoformat(message.withdrawn_at),
    }
    if message.meta:
        data["meta"] = message.meta
    return data
