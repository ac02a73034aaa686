"""A thread's messages a page at a time, from the newest back.

The thread page shows the newest page and loads older ones as the reader scrolls back (or follows
"Older messages" without JavaScript), so a thread with thousands of messages is one page of them,
not all of them. Each page is one query on the (thread_id, id) index.
"""

from __future__ import annotations

from sqlalchemy import column, select, table
from sqlalchemy.orm import raiseload

from ..accounts.models import User
from ..core.errors import BadRequest
from ..core.ids import MAX_ID
from ..extensions import db
from .access import get_visible_thread
from .models import Message, Thread

PAGE = 50
# feedback sits above messaging: its table is named here, not imported (as access.py does for hiring).
_feedback = table("feedback", column("message_id"), column("thread_id"))


def check_position(value: object, field: str) -> int | None:
    """A message id that a list continues from (``before`` / ``after``): 0 up to the largest id the
    database holds; anything else is 400 (past the range the query itself would fail: a 500)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_ID:
        raise BadRequest(
            "That is not a position in this conversation; start again from the latest messages.",
            code="invalid_cursor",
            fields={field: f"A message id from 0 to {MAX_ID}."},
        )
    return value


def messages_before(thread: Thread, before: int | None = None, limit: int = PAGE) -> tuple[list[Message], bool]:
    """The ``limit`` newest messages of the thread with ids below ``before`` (all: None), oldest
    first, and whether older ones remain."""
    query = select(Message).where(Message.thread_id == thread.id)
    if before is not None:
        query = query.where(Message.id < before)
    rows = list(db.session.scalars(query.order_by(Message.id.desc()).limit(limit + 1)))
    return rows[:limit][::-1], len(rows) > limit


def list_messages_before(
    user: User, thread_id: int, before: int | None, limit: int = PAGE
) -> tuple[list[Message], int | None]:
    """For the API: a page going back in time; returns (messages oldest first, the id to continue
    before, or None at the thread's first message). A thread the user does not see is 404 first."""
    thread = get_visible_thread(user, thread_id)
    messages, more = messages_before(thread, check_position(before, "before"), limit)
    return messages, (messages[0].id if more and messages else None)


def feedback_before(thread: Thread, before: int) -> list[Message]:
    """The thread's feedback messages older than a page (one query, through the feedback table's
    thread index: a few rows, however long the thread): the page carries what goes under each
    (rating, its form, edit links) for when the reader scrolls back to it. Their authors are not
    loaded (nor, with them, the authors' memberships): the page does not show them there."""
    return list(
        db.session.scalars(
            select(Message)
            .join(_feedback, _feedback.c.message_id == Message.id)
            .options(raiseload(Message.author))
            .where(_feedback.c.thread_id == thread.id, Message.id < before)
            .order_by(Message.id)
        )
    )
