"""Threads, messages and read state over JSON."""

from __future__ import annotations

import base64
import binascii
import json

from spectree import Response

from ..accounts.api_auth import require_user
from ..api.blueprint import bp, spec
from ..api.exceptions import ApiError
from ..api.pagination import decode_cursor, encode_cursor, page
from ..api.schemas import errors
from ..api.validation import validated
from . import history, operations
from .access import get_visible_thread_facts
from .schemas import (
    AssigneeIn,
    MessageIn,
    MessageList,
    MessageListQuery,
    MessageOut,
    ReadIn,
    ThreadList,
    ThreadListQuery,
    ThreadOut,
)
from .search import ThreadFilters, search_thread_facts
from .serializers import serialize_message
from .summaries import summarize, summarize_one

SECURED: dict[str, list[str]] = {"bearer": []}


@bp.get("/threads")
@spec.validate(
    query=ThreadListQuery,
    resp=Response(HTTP_200=ThreadList, **errors(400, 401, 422)),
    security=SECURED,
    tags=["threads"],
)
def list_threads():
    """The caller's threads, most recent activity first; `q` searches, the other parameters filter
    (all of them together). Filters only narrow what the caller sees."""
    user = require_user()
    query: ThreadListQuery = validated().query
    filters = ThreadFilters(
        status=query.status,
        assignee=query.assignee,
        q=query.q,
        position_id=query.position_id,
        overdue=query.overdue,
    )
    threads, next_value = search_thread_facts(user, filters, query.limit, decode_cursor(query.cursor, "time_id"))
    return page(summarize(user, threads), next_value, "time_id")


@bp.get("/threads/<int:thread_id>")
@spec.validate(resp=Response(HTTP_200=ThreadOut, **errors(401, 404)), security=SECURED, tags=["threads"])
def get_thread(thread_id: int):
    """One thread the caller takes part in."""
    user = require_user()
    return summarize_one(user, get_visible_thread_facts(user, thread_id))


@bp.get("/threads/<int:thread_id>/messages")
@spec.validate(
    query=MessageListQuery,
    resp=Response(HTTP_200=MessageList, **errors(400, 401, 404, 422)),
    security=SECURED,
    tags=["threads"],
)
def list_messages(thread_id: int):
    """Messages oldest first; `after` (or `cursor`) continues from a message id, `before` goes back
    from one (the newest `limit` before it) and its `next_cursor` further back."""
    user = require_user()
    query: MessageListQuery = validated().query
    # Their ranges hold even where a cursor decides (the document says so).
    history.check_position(query.after, "after")
    history.check_position(query.before, "before")
    if query.cursor:
        direction, position = _message_cursor(query.cursor)
    elif query.before is not None:
        if query.after is not None:
            raise ApiError(400, "bad_request", "Use after or before, not both.", {"before": "Not with after."})
        direction, position = "before", query.before
    else:
        direction, position = "after", query.after
    checked = history.check_position(position, direction)
    if direction == "before":
        older, before = history.list_messages_before(user, thread_id, checked, query.limit)
        cursor = encode_cursor({"before": before}) if before is not None else None
        return {"items": [serialize_message(m) for m in older], "next_cursor": cursor}
    messages, next_value = operations.list_messages(user, thread_id, checked, query.limit)
    return page([serialize_message(m) for m in messages], next_value, "id")


def _message_cursor(cursor: str) -> tuple[str, object]:
    """A messages cursor: going forwards it holds the id to continue after (as it always has),
    going back ``{"before": id}``. Anything else is 400 invalid_cursor."""
    try:
        value = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (ValueError, binascii.Error):
        value = None
    if isinstance(value, dict) and list(value) == ["before"]:
        return "before", value["before"]
    return "after", decode_cursor(cursor, "id")


@bp.post("/threads/<int:thread_id>/messages")
@spec.validate(
    json=MessageIn,
    resp=Response(HTTP_200=MessageOut, HTTP_201=MessageOut, **errors(400, 401, 404, 409, 413, 422)),
    security=SECURED,
    tags=["threads"],
)
def post_message(thread_id: int):
    """Send a message. The same client_id again returns the first message with 200.

    Staff messages pass the wording gate: a legal_risk finding is 422 `legal_risk` (findings in
    `error.fields.findings`) unless `acknowledge_risks` is true; candidates' messages are never held."""
    user = require_user()
    body: MessageIn = validated().json
    message, created = operations.post_message(user, thread_id, body.body, body.client_id, body.acknowledge_risks)
    return serialize_message(message), 201 if created else 200


@bp.post("/threads/<int:thread_id>/read")
@spec.validate(json=ReadIn, resp=Response("HTTP_204", **errors(400, 401, 404, 422)), security=SECURED, tags=["threads"])
def mark_read(thread_id: int):
    """Everything up to this message has been read by the caller."""
    user = require_user()
    operations.mark_read(user, thread_id, validated().json.message_id)
    return "", 204


@bp.post("/threads/<int:thread_id>/close")
@spec.validate(resp=Response(HTTP_200=ThreadOut, **errors(401, 404, 409)), security=SECURED, tags=["threads"])
def close_thread(thread_id: int):
    """Close the thread (either side); it becomes read-only."""
    user = require_user()
    return summarize_one(user, operations.close_thread(user, thread_id))


@bp.post("/threads/<int:thread_id>/reopen")
@spec.validate(resp=Response(HTTP_200=ThreadOut, **errors(401, 403, 404, 409)), security=SECURED, tags=["threads"])
def reopen_thread(thread_id: int):
    """Reopen a closed thread (staff only)."""
    user = require_user()
    return summarize_one(user, operations.reopen_thread(user, thread_id))


@bp.put("/threads/<int:thread_id>/assignee")
@spec.validate(
    json=AssigneeIn,
    resp=Response(HTTP_200=ThreadOut, **errors(400, 401, 403, 404, 422)),
    security=SECURED,
    tags=["threads"],
)
def assign_thread(thread_id: int):
    """Give the thread to a member of its organization, or to nobody with null (admins and recruiters)."""
    user = require_user()
    body: AssigneeIn = validated().json
    return summarize_one(user, operations.assign_thread(user, thread_id, body.user_id))
