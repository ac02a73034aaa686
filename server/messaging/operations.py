"""Threads, messages and read state: every entry point (page, API, socket, CLI) calls these.

The services record domain events (messaging.events); they never emit anything
themselves. Feedback, connections and hiring build on the functions here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Table, bindparam, func, insert, select, text, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.sql.expression import Executable

from ..accounts.access import ASSIGN, require_assignable
from ..accounts.events import MemberRemoved
from ..accounts.models import User
from ..core import statements
from ..core.errors import Conflict, Forbidden, Invalid, NotFound, RateLimited, ServiceError, TooLarge
from ..core.events import subscribe
from ..core.markdown import render
from ..core.time import utcnow
from ..core.transaction import hold, keep, operation, record
from ..extensions import db
from . import rate_limit, wording
from .access import get_visible_thread, get_visible_thread_facts, side_of
from .events import MessagePosted, ThreadAssigned, ThreadChanged, ThreadRead
from .facts import PostedMessage, Ref, ThreadFacts, ThreadLike
from .models import Message, MessageKind, ReadState, Side, Thread, ThreadStatus

if TYPE_CHECKING:
    from datetime import datetime

    from ..hiring.models import Candidacy

MAX_BODY = 20_000
CLIENT_ID_LIMIT = 64


def check_body(body: str, field: str = "body", limit: int = MAX_BODY) -> str:
    if not isinstance(body, str) or not body.strip():
        raise Invalid("Write a message before sending.", fields={field: "Required."})
    if len(body) > limit:
        raise TooLarge(
            f"That message is too long: at most {limit:,} characters.",
            code="body_too_large",
            fields={field: f"At most {limit:,} characters."},
        )
    return body.strip()


def add_message(
    thread: Thread,
    author: User | None,
    kind: MessageKind,
    body: str,
    client_id: str | None = None,
    meta: dict | None = None,
) -> Message:
    """Adds a message inside the caller's operation; posting marks the thread read for its author."""
    db.session.flush()  # the thread's row exists (a thread opened in this operation) before it is counted
    now = utcnow()
    seq = _count_in(db.session.connection(), thread.id, now)
    # What the statement wrote, as loaded: the unit of work does not write it again.
    set_committed_value(thread, "message_count", seq)
    set_committed_value(thread, "last_message_at", now)
    message = Message(
        thread_id=thread.id,
        author=author,
        side=side_of(author) if author else Side.system.value,
        kind=kind.value,
        body=body,
        html=render(body),
        client_id=client_id,
        meta=meta,
        seq=seq,
        created_at=now,
    )
    db.session.add(message)
    db.session.flush()
    if author is not None:
        _read_up_to(author.id, thread.id, message.id, seq)
    keep(thread, message)  # for the subscribers of MessagePosted
    record(MessagePosted(thread.id, message.id))
    return message


def system_message(thread: Thread, body: str, event: str | None = None) -> Message:
    """A line from Candor. ``body`` is said once for everyone (the API, exports); with an ``event``
    the thread page gives each side its own sentence for it (threads/_message.html: system_text)."""
    return add_message(thread, None, MessageKind.system, body, meta={"event": event} if event else None)


def set_status(thread: Thread, status: ThreadStatus, feedback_due_at: datetime | None = None) -> None:
    thread.status = status.value
    thread.feedback_due_at = feedback_due_at
    record(ThreadChanged(thread.id))


def thread_changed(thread: Thread) -> None:
    """Something shown in the thread's summary changed (its connection, its candidate)."""
    record(ThreadChanged(thread.id))


# -- opening and joining (called by hiring) --------------------------------------------


def open_thread(candidacy: Candidacy, staff: User, first_message: str | None) -> Thread:
    org = candidacy.position.organization
    thread = Thread(
        organization_id=org.id,
        candidacy_id=candidacy.id,
        position_id=candidacy.position_id,
        status=ThreadStatus.open.value,
        last_message_at=utcnow(),
    )
    db.session.add(thread)
    db.session.flush()
    system_message(
        thread,
        f"This is a private conversation between {candidacy.name} and {org.name} about the "
        f"{candidacy.position.title} role: {candidacy.name} can ask for feedback and reply, and "
        f"both sides choose whether to stay in touch.",
        event="opened",
    )
    if first_message:
        add_message(thread, staff, MessageKind.text, check_body(first_message, "message"))
    thread_changed(thread)
    return thread


def candidate_joined(candidacy: Candidacy, user: User) -> Thread:
    thread = db.session.scalar(select(Thread).where(Thread.candidacy_id == candidacy.id))
    if thread is None:
        raise NotFound("Conversation not found.")
    thread.candidate_user_id = user.id
    system_message(thread, f"{user.name} joined the conversation.", event="joined")
    thread_changed(thread)
    return thread


# -- reading ------------------------------------------------------------------------


def get_thread(user: User, thread_id: int) -> Thread:
    return get_visible_thread(user, thread_id)


ASSIGNEE_FILTER_HELP = "me, none, or a user id."


# A user id in the assignee filter: ASCII digits only (str.isdigit() takes "²", which int() refuses).
ASSIGNEE_ID = r"[0-9]{1,11}"
ASSIGNEE_PATTERN = rf"^(|me|none|{ASSIGNEE_ID})$"


def assignee_filter(user: User, value: str | int | None) -> int | bool | None:
    """The ``assignee`` filter of a thread list: ``me``, ``none`` or a user id (as text or a number).
    Returns the user id, None for "nobody", or False for no filter."""
    if value is None or value == "":
        return False
    if value == "me":
        return user.id
    if value == "none":
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and re.fullmatch(ASSIGNEE_ID, value):
        return int(value)
    raise Invalid("Unknown assignee filter.", fields={"assignee": ASSIGNEE_FILTER_HELP})


# Unread counts: a thread's messages less the reader's place in it (both kept by the writes), so a count
# costs the same whatever the thread's length or the backlog. An author's own messages are never after
# their read position (posting moves it), so nothing needs leaving out.
_MESSAGES = cast(Table, Message.__table__)
_THREADS = cast(Table, Thread.__table__)
_READ_STATES = cast(Table, ReadState.__table__)
_READ_SEQ = (
    select(_READ_STATES.c.last_read_seq)
    .where(_READ_STATES.c.user_id == bindparam("user_id"), _READ_STATES.c.thread_id == _THREADS.c.id)
    .scalar_subquery()
)
# Built once: building cost more than running it.
_UNREAD = select(_THREADS.c.id, _THREADS.c.message_count - func.coalesce(_READ_SEQ, 0)).where(
    statements.AnyOf(_THREADS.c.id, "thread_ids")
)


def unread_counts(user: User, thread_ids: list[int]) -> dict[int, int]:
    """Messages by others after the user's last read one, for many threads in one query."""
    if not thread_ids:
        return {}
    rows = statements.execute(_UNREAD, {"user_id": user.id, "thread_ids": thread_ids}).all()
    counts = dict.fromkeys(thread_ids, 0)
    counts.update({thread_id: max(0, count) for thread_id, count in rows})
    return counts


# Live events count unread messages for every participant of a thread at each message: one statement.
_UNREAD_OF_USERS = text(
    "SELECT threads.message_count, read_states.user_id, read_states.last_read_seq FROM threads "
    "LEFT JOIN read_states ON read_states.thread_id = threads.id AND read_states.user_id IN :user_ids "
    "WHERE threads.id = :thread_id"
).bindparams(bindparam("user_ids", expanding=True))


def unread_counts_of_users(thread_id: int, user_ids: list[int]) -> dict[int, int]:
    """One thread's unread count for each of several users (for live events), in one statement."""
    if not user_ids:
        return {}
    rows = statements.execute(_UNREAD_OF_USERS, {"thread_id": thread_id, "user_ids": user_ids}).all()
    total = rows[0][0] if rows else 0
    read = {user_id: position for _total, user_id, position in rows if user_id is not None}
    return {user_id: max(0, total - read.get(user_id, 0)) for user_id in user_ids}


def list_messages(
    user: User, thread_id: int, after: int | None = None, limit: int = 50
) -> tuple[list[Message], int | None]:
    """Oldest first after ``after``; returns (messages, id to continue after, or None)."""
    thread = get_visible_thread(user, thread_id)
    query = select(Message).where(Message.thread_id == thread.id)
    if after is not None:
        query = query.where(Message.id > after)
    rows = list(db.session.scalars(query.order_by(Message.id).limit(limit + 1)))
    more = len(rows) > limit
    rows = rows[:limit]
    return rows, (rows[-1].id if more and rows else None)


def read_receipts(thread: Thread) -> dict[int, int]:
    """user id -> last message id they have read, for everyone who read the thread."""
    return dict(
        db.session.execute(
            select(ReadState.user_id, ReadState.last_read_message_id).where(ReadState.thread_id == thread.id)
        ).all()
    )


def threads_by_candidacy(candidacy_ids: list[int]) -> dict[int, Thread]:
    """candidacy id -> its thread, in one query (for candidacies the caller may already see)."""
    if not candidacy_ids:
        return {}
    rows = db.session.scalars(select(Thread).where(Thread.candidacy_id.in_(candidacy_ids)))
    return {thread.candidacy_id: thread for thread in rows}


# -- writing ------------------------------------------------------------------------


def require_open(thread: ThreadLike) -> None:
    if thread.status == ThreadStatus.closed:
        raise Conflict("This conversation is closed, so no new messages can be added.", code="thread_closed")


def _check_client_id(client_id: str | None) -> str | None:
    if client_id is None:
        return None
    if not isinstance(client_id, str) or not client_id.strip() or len(client_id) > CLIENT_ID_LIMIT:
        raise Invalid(
            "client_id must be a non-empty string of at most 64 characters.",
            fields={"client_id": "At most 64 characters."},
        )
    return client_id.strip()


def find_by_client_id(thread_id: int, author_id: int, client_id: str) -> Message | None:
    return db.session.scalar(
        select(Message).where(
            Message.thread_id == thread_id, Message.author_id == author_id, Message.client_id == client_id
        )
    )


_INSERT_MESSAGE = insert(_MESSAGES)
# A message's place in its thread is taken first, by the statement that also moves the thread's activity:
# on PostgreSQL it holds the thread's row lock until the commit, so two messages of one thread never share a
# place and places follow ids (the insert comes after the lock).
_COUNT_IN = (
    update(_THREADS)
    .where(_THREADS.c.id == bindparam("thread_id"))
    .values(message_count=_THREADS.c.message_count + 1, last_message_at=bindparam("at"))
    .returning(_THREADS.c.message_count)
)
# A retried client_id inserted nothing: the place is given back and the activity is the newest message's.
_UNCOUNT = (
    update(_THREADS)
    .where(_THREADS.c.id == bindparam("thread_id"))
    .values(
        message_count=_THREADS.c.message_count - 1,
        last_message_at=select(func.max(_MESSAGES.c.created_at))
        .where(_MESSAGES.c.thread_id == bindparam("thread_id"))
        .scalar_subquery(),
    )
)


def _count_in(connection: Any, thread_id: int, at: Any) -> int:
    """Takes the next place in the thread (its row locked until the commit) and moves its activity to ``at``."""
    return connection.execute(_COUNT_IN, {"thread_id": thread_id, "at": at}).scalar_one()


def _insert_unless_sent(insert: Callable[..., Any]) -> Executable:
    statement = insert(_MESSAGES)
    return statement.on_conflict_do_nothing(
        index_elements=[_MESSAGES.c.thread_id, _MESSAGES.c.author_id, _MESSAGES.c.client_id]
    ).returning(_MESSAGES.c.id)


# A message with a client_id is inserted unless the author already sent one with it (a retry): the
# unique constraint answers, with no query before and no savepoint around the insert.
_INSERTS_UNLESS_SENT = {
    "sqlite": _insert_unless_sent(sqlite_insert),
    "postgresql": _insert_unless_sent(postgresql_insert),
}


def _write_text_message(thread: ThreadFacts, author: User, body: str, client_id: str | None) -> PostedMessage | None:
    """``add_message`` for the live path: the same rows (the message, the thread's activity, the
    author's read position, MessagePosted), written with Core statements instead of the unit of work.
    The values are held for the subscribers of MessagePosted (``facts.event_message``). None, and
    nothing written, when the author already sent a message with this ``client_id``."""
    session = db.session()
    connection = session.connection()
    now = utcnow()
    side = side_of(author)
    html = render(body)
    seq = _count_in(connection, thread.id, now)
    values = {
        "thread_id": thread.id,
        "author_id": author.id,
        "side": side,
        "kind": MessageKind.text.value,
        "body": body,
        "html": html,
        "client_id": client_id,
        "seq": seq,
        "created_at": now,
    }
    if client_id is not None:
        found = connection.execute(_INSERTS_UNLESS_SENT[connection.dialect.name], values).scalar()
        if found is None:
            connection.execute(_UNCOUNT, {"thread_id": thread.id})
            return None
        message_id: int = found
    else:
        key = connection.execute(_INSERT_MESSAGE, values).inserted_primary_key
        assert key is not None  # an insert of one row
        message_id = key[0]
    loaded = session.identity_map.get(session.identity_key(Thread, thread.id))
    if loaded is not None:  # a Thread this session already holds is read again when next used
        session.expire(loaded, ["last_message_at", "message_count"])
    thread.last_message_at = now
    _read_up_to(author.id, thread.id, message_id, seq)
    message = PostedMessage(
        id=message_id,
        thread_id=thread.id,
        author=Ref(author.id, author.name),
        author_id=author.id,
        side=side,
        kind=MessageKind.text.value,
        body=body,
        html=html,
        client_id=client_id,
        created_at=now,
    )
    hold(("thread", thread.id), thread)
    hold(("message", message_id), message)
    record(MessagePosted(thread.id, message_id))
    return message


@operation
def post_message(
    user: User, thread_id: int, body: str, client_id: str | None = None, acknowledge_risks: bool = False
) -> tuple[Message | PostedMessage, bool]:
    """Returns (message, created). A repeated client_id returns the first message (even when the
    retry's wording would now be held, the thread closed or the author over the rate limit: it was
    accepted once).

    Staff messages go through the wording gate (``wording.require_acceptable``): a legal-risk
    finding is 422 ``legal_risk`` unless ``acknowledge_risks``, and an acknowledged send is recorded.
    Candidates' messages are never held. Each author may post ``CANDOR_MESSAGE_RATE_LIMIT`` messages
    per thread (429 ``rate_limited``)."""
    # Counted first, before this operation reads anything: a shared limit storage (Redis) waits on
    # the network, and under gevent a wait inside an SQLite transaction lets another commit in first.
    try:
        rate_limit.count_message(user.id, thread_id)
    except RateLimited as exc:
        over_limit: RateLimited | None = exc
    else:
        over_limit = None
    thread = get_visible_thread_facts(user, thread_id)
    client_id = _check_client_id(client_id)
    try:
        require_open(thread)
        body = check_body(body)
        findings = wording.require_acceptable({"body": body}, acknowledge_risks) if user.is_staff else []
        if over_limit is not None:
            raise over_limit
    except ServiceError:
        # A retry of a message that went through gets that message, whatever would refuse it now.
        existing = find_by_client_id(thread.id, user.id, client_id) if client_id else None
        if existing is None:
            raise
        return existing, False
    # A retry is rare: the insert finds it by the unique (thread, author, client_id) constraint.
    message = _write_text_message(thread, user, body, client_id)
    if message is None:
        existing = find_by_client_id(thread.id, user.id, client_id) if client_id else None
        if existing is None:  # the message it met was removed meanwhile: the client may send again
            raise Conflict("That message could not be stored just now. Send it again.")
        return existing, False
    wording.record_acknowledgement(
        user, thread.organization_id, "message", findings, thread_id=thread.id, message_id=message.id
    )
    return message, True


def _read_up_to(user_id: int, thread_id: int, message_id: int, seq: int) -> None:
    """The author has read their thread up to their own message: one upsert instead of a load and
    an update (never moves backwards). So an author's own messages are never after their read position,
    which is why unread counts need not leave them out."""
    session = db.session()
    upsert = _UPSERTS.get(session.get_bind().dialect.name)
    if upsert is None:
        _advance_read_state(user_id, thread_id, message_id, seq)
        return
    loaded = session.identity_map.get(session.identity_key(ReadState, (user_id, thread_id)))
    if loaded is not None:
        session.expire(loaded)
    session.connection().execute(
        upsert,
        {
            "user_id": user_id,
            "thread_id": thread_id,
            "last_read_message_id": message_id,
            "last_read_seq": seq,
            "updated_at": utcnow(),
        },
    )


def _upsert_read_state(insert: Callable[..., Any]) -> Executable:
    statement = insert(_READ_STATES)
    return statement.on_conflict_do_update(
        index_elements=[_READ_STATES.c.user_id, _READ_STATES.c.thread_id],
        set_={
            "last_read_message_id": statement.excluded.last_read_message_id,
            "last_read_seq": statement.excluded.last_read_seq,
            "updated_at": statement.excluded.updated_at,
        },
        where=_READ_STATES.c.last_read_message_id < statement.excluded.last_read_message_id,
    )


_UPSERTS = {"sqlite": _upsert_read_state(sqlite_insert), "postgresql": _upsert_read_state(postgresql_insert)}


def _advance_read_state(user_id: int, thread_id: int, message_id: int, seq: int) -> bool:
    state = db.session.get(ReadState, (user_id, thread_id))
    if state is None:
        db.session.add(
            ReadState(user_id=user_id, thread_id=thread_id, last_read_message_id=message_id, last_read_seq=seq)
        )
        return True
    if message_id > state.last_read_message_id:  # never moves backwards
        state.last_read_message_id = message_id
        state.last_read_seq = seq
        return True
    return False


@operation
def mark_read(user: User, thread_id: int, message_id: int) -> None:
    thread = get_visible_thread(user, thread_id)
    message = db.session.get(Message, message_id)
    if message is None or message.thread_id != thread.id:
        raise Invalid(
            "That message is not part of this conversation.", fields={"message_id": "Not a message of this thread."}
        )
    if _advance_read_state(user.id, thread.id, message.id, message.seq):
        record(ThreadRead(thread.id, user.id, message.id))
        # The reader's other tabs learn that their unread count went down.
        record(ThreadChanged(thread.id, only_user_id=user.id))


def _status_after_reopen(thread: Thread) -> ThreadStatus:
    """What the thread was before it closed: the latest of a feedback request and its answer decides."""
    latest = db.session.scalar(
        select(Message.kind)
        .where(
            Message.thread_id == thread.id,
            Message.kind.in_([MessageKind.feedback_request, MessageKind.feedback]),
            Message.withdrawn_at.is_(None),  # withdrawn feedback answers nothing
        )
        .order_by(Message.id.desc())
        .limit(1)
    )
    if latest == MessageKind.feedback_request:
        return ThreadStatus.feedback_requested
    if latest == MessageKind.feedback:
        return ThreadStatus.feedback_given
    return ThreadStatus.open


@operation
def close_thread(user: User, thread_id: int) -> Thread:
    thread = get_visible_thread(user, thread_id, for_update=True)
    if thread.status == ThreadStatus.closed:
        raise Conflict("This conversation is already closed.", code="thread_closed")
    set_status(thread, ThreadStatus.closed, thread.feedback_due_at)
    thread.closed_at = utcnow()
    # Staff read the name; a candidate who closed it reads "You" (their side's sentence).
    system_message(
        thread, f"{user.name} closed the conversation.", event="candidate_closed" if user.is_candidate else None
    )
    return thread


@operation
def reopen_thread(user: User, thread_id: int) -> Thread:
    thread = get_visible_thread(user, thread_id, for_update=True)
    if not user.is_staff:
        raise Forbidden("Only the employer can reopen a conversation.", code="staff_only")
    if thread.status != ThreadStatus.closed:
        raise Conflict("This conversation is not closed.", code="thread_not_closed")
    set_status(thread, _status_after_reopen(thread), thread.feedback_due_at)
    thread.closed_at = None
    system_message(thread, f"{user.name} reopened the conversation.")
    return thread


# -- assignment -------------------------------------------------------------------


@operation
def assign_thread(user: User, thread_id: int, assignee_id: int | None) -> Thread:
    """Admins and recruiters give the thread to a member of the organization (None: to nobody).
    A hiring manager who sees the thread gets 403; anyone who does not see it 404."""
    thread = get_visible_thread(user, thread_id, for_update=True)
    if user.role_in(thread.organization_id) not in ASSIGN:
        raise Forbidden("Only admins and recruiters assign conversations.", code="forbidden")
    assignee = require_assignable(thread.organization_id, assignee_id)
    previous = thread.assignee_id
    new = assignee.id if assignee is not None else None
    if new != previous:
        thread.assignee_id = new
        db.session.flush()
        db.session.expire(thread, ["assignee"])
        record(ThreadAssigned(thread.id, new, previous))
    return thread


@subscribe(MemberRemoved)
def unassign_removed_member(removed: MemberRemoved) -> None:
    """A member who leaves the organization no longer handles its threads."""
    threads = list(
        db.session.scalars(
            select(Thread).where(
                Thread.organization_id == removed.organization_id, Thread.assignee_id == removed.user_id
            )
        )
    )
    for thread in threads:
        thread.assignee_id = None
        db.session.expire(thread, ["assignee"])
        record(ThreadAssigned(thread.id, None, removed.user_id))
