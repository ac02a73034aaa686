"""Thread summaries for inboxes and the API, built without a query per thread."""
from __future__ import annotations

from ..accounts.models import User
from ..connections.operations import connections_for, serialize_connection
from .models import Thread
from .operations import unread_counts
from .serializers import serialize_thread


def summarize(user: User, threads: list[Thread]) -> list[dict]:
    ids = [t.id for t in threads]
    counts = unread_counts(user, ids)
    connections = connections_for(threads)
    return [serialize_thread(t, counts[t.id], serialize_connection(connections.get(t.id))) for t in threads]


def summarize_one(user: User, thread: Thread) -> dict:
    return summarize(user, [thread])[0]
