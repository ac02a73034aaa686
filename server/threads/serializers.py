"""The JSON shapes of threads and messages (API, socket events)."""
from __future__ import annotations

from ..core.time import isoformat
from .models import Message, Thread


def serialize_author(message: Message) -> dict:
    if message.author is None:
        return {"id": None, "name": "Candor", "side": "system"}
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


def serialize_thread(thread: Thread, unread_count: int, connection: dict) -> dict:
    candidacy = thread.candidacy
    return {
        "id": thread.id,
        "organization": {"id": thread.organization.id, "name": thread.organization.name},
        "position": {"id": candidacy.position.id, "title": candidacy.position.title},
        "candidate": {"id": thread.candidate_user_id, "name": candidacy.name},
        "status": thread.status,
        "unread_count": unread_count,
        "last_message_at": isoformat(thread.last_message_at),
        "feedback_due_at": isoformat(thread.feedback_due_at),
        "connection": connection,
    }
