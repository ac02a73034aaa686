"""Thread summaries as each user sees them (inbox, API, live events), without a query per thread.

Packages above messaging add their own part of the summary (connections adds
``connection``) through ``summary_part``, so messaging never imports them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..accounts.models import User
from ..core.time import isoformat
from .facts import ThreadLike
from .operations import unread_counts, unread_counts_of_users

# name -> loader(threads) -> {thread id: JSON value}; one query per part for a whole page.
PartLoader = Callable[[Sequence[ThreadLike]], dict[int, object]]
_parts: dict[str, PartLoader] = {}


def summary_part(name: str) -> Callable[[PartLoader], PartLoader]:
    def register(loader: PartLoader) -> PartLoader:
        _parts[name] = loader
        return loader

    return register


def _shared(thread: ThreadLike, parts: dict[str, dict[int, object]]) -> dict:
    """Everything in a summary but the viewer's own unread count."""
    candidacy = thread.candidacy
    data = {
        "id": thread.id,
        "organization": {"id": thread.organization.id, "name": thread.organization.name},
        "position": {"id": candidacy.position.id, "title": candidacy.position.title},
        "candidate": {"id": thread.candidate_user_id, "name": candidacy.name},
        "status": thread.status,
        "unread_count": 0,
        "last_message_at": isoformat(thread.last_message_at),
        "feedback_due_at": isoformat(thread.feedback_due_at),
        # Who handles the thread on the employer's side (not the position's assignee): {id, name} or null.
        "assignee": {"id": thread.assignee.id, "name": thread.assignee.name} if thread.assignee else None,
    }
    for name, values in parts.items():
        data[name] = values.get(thread.id)
    return data


def _load_parts(threads: Sequence[ThreadLike]) -> dict[str, dict[int, object]]:
    return {name: loader(threads) for name, loader in _parts.items()}


def summarize(user: User, threads: Sequence[ThreadLike]) -> list[dict]:
    counts = unread_counts(user, [t.id for t in threads])
    parts = _load_parts(threads)
    return [{**_shared(t, parts), "unread_count": counts[t.id]} for t in threads]


def summarize_one(user: User, thread: ThreadLike) -> dict:
    return summarize(user, [thread])[0]


def summaries_for_users(thread: ThreadLike, user_ids: list[int]) -> dict[int, dict]:
    """The same thread as each of several users sees it (their unread counts in a few queries)."""
    shared = _shared(thread, _load_parts([thread]))
    counts = unread_counts_of_users(thread.id, user_ids)
    return {user_id: {**shared, "unread_count": counts[user_id]} for user_id in user_ids}
