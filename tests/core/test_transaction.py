"""The unit of work: one commit per use case, domain events around it, nothing left behind on failure.

Runs on SQLite and on PostgreSQL like the rest of the suite.
"""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from sqlalchemy import func, select

from server.core import events
from server.core.events import DomainEvent, Phase, event, subscribe
from server.core.transaction import after_commit, operation, record, savepoint
from server.extensions import db
from server.messaging import operations as messaging
from server.messaging.events import MessagePosted
from server.messaging.models import Message


class Boom(Exception):
    pass


@event
class Happened(DomainEvent):
    name: str


@pytest.fixture
def heard():
    """What the subscribers of Happened heard, in order: ('in', name) or ('after', name)."""
    log: list[tuple[str, str]] = []

    def in_transaction(e: Happened) -> None:
        log.append(("in", e.name))

    def after(e: Happened) -> None:
        log.append(("after", e.name))

    subscribe(Happened)(in_transaction)
    subscribe(Happened, phase=Phase.AFTER_COMMIT)(after)
    yield log
    events._subscribers[Phase.IN_TRANSACTION][Happened].remove(in_transaction)
    events._subscribers[Phase.AFTER_COMMIT][Happened].remove(after)


def _messages(thread_id: int) -> int:
    """Counted on a connection of its own: only what was committed."""
    with db.engine.connect() as conn:
        return conn.scalar(select(func.count(Message.id)).where(Message.thread_id == thread_id))


def test_events_are_dispatched_around_the_commit(app, heard):
    @operation
    def use_case():
        record(Happened("a"))
        record(Happened("b"))
        assert heard == []  # nobody hears anything before the use case is done

    use_case()
    assert heard == [("in", "a"), ("in", "b"), ("after", "a"), ("after", "b")]


def test_equal_events_are_dispatched_once_at_their_last_place(app, heard):
    @operation
    def use_case():
        record(Happened("status"))
        record(Happened("message"))
        record(Happened("status"))

    use_case()
    assert [name for phase, name in heard if phase == "in"] == ["message", "status"]


def test_events_and_callbacks_are_dropped_on_rollback(app, heard, thread, candidate):
    called = []

    @operation
    def use_case():
        messaging.post_message(candidate, thread.id, "This never happened.")
        record(Happened("x"))
        after_commit(lambda: called.append("callback"))
        raise Boom

    before = _messages(thread.id)
    with pytest.raises(Boom):
        use_case()
    assert heard == [] and called == []
    assert _messages(thread.id) == before
    # The session is usable afterwards and the next use case starts clean.
    messaging.post_message(candidate, thread.id, "This one did.")
    assert _messages(thread.id) == before + 1
    assert heard == []


def test_a_message_posted_in_a_failing_use_case_is_rolled_back(app, thread, candidate):
    """post_message opens a savepoint; on SQLite, pysqlite's RELEASE used to commit the whole transaction."""
    posted: list[MessagePosted] = []
    listener = subscribe(MessagePosted, phase=Phase.AFTER_COMMIT)(posted.append)

    @operation
    def reply_then_fail():
        _message, created = messaging.post_message(candidate, thread.id, "Kept by mistake?", client_id="c-1")
        assert created
        raise Boom

    before = _messages(thread.id)
    try:
        with pytest.raises(Boom):
            reply_then_fail()
    finally:
        events._subscribers[Phase.AFTER_COMMIT][MessagePosted].remove(listener)
    assert _messages(thread.id) == before
    assert posted == []
    # The client id is free again: a retry creates the message once.
    _message, created = messaging.post_message(candidate, thread.id, "Kept by mistake?", client_id="c-1")
    assert created and _messages(thread.id) == before + 1


def test_nested_operations_commit_once_with_the_outermost(app, heard, thread, candidate):
    commits = []

    def count(_connection) -> None:  # real COMMITs, not the RELEASE of a savepoint
        commits.append(1)

    sa.event.listen(db.engine, "commit", count)

    @operation
    def inner(body: str):
        messaging.post_message(candidate, thread.id, body)
        record(Happened(body))

    @operation
    def outer():
        inner("one")
        assert heard == [] and commits == []  # the inner operation neither commits nor dispatches
        inner("two")

    before = _messages(thread.id)
    try:
        outer()
    finally:
        sa.event.remove(db.engine, "commit", count)
    assert len(commits) == 1
    assert _messages(thread.id) == before + 2
    assert heard == [("in", "one"), ("in", "two"), ("after", "one"), ("after", "two")]


def test_a_failing_inner_operation_rolls_back_the_outer_one(app, heard, thread, candidate):
    @operation
    def inner():
        messaging.post_message(candidate, thread.id, "inner")
        record(Happened("inner"))
        raise Boom

    @operation
    def outer():
        messaging.post_message(candidate, thread.id, "outer")
        inner()

    before = _messages(thread.id)
    with pytest.raises(Boom):
        outer()
    assert _messages(thread.id) == before and heard == []


def test_a_savepoint_undoes_only_its_own_writes_and_events(app, heard, thread, candidate):
    @operation
    def use_case():
        messaging.post_message(candidate, thread.id, "kept")
        record(Happened("kept"))
        with pytest.raises(Boom), savepoint():
            messaging.post_message(candidate, thread.id, "undone")
            record(Happened("undone"))
            after_commit(lambda: heard.append(("callback", "undone")))
            raise Boom
        assert db.session.scalar(select(func.count(Message.id)).where(Message.body == "undone")) == 0

    before = _messages(thread.id)
    use_case()
    assert _messages(thread.id) == before + 1
    assert heard == [("in", "kept"), ("after", "kept")]


def test_a_failing_subscriber_rolls_the_use_case_back(app, thread, candidate):
    """In-transaction subscribers are part of the use case: if one fails, nothing is committed."""

    def broken(_event: MessagePosted) -> None:
        raise Boom

    subscribe(MessagePosted)(broken)
    before = _messages(thread.id)
    try:
        with pytest.raises(Boom):
            messaging.post_message(candidate, thread.id, "Nobody can be told about this.")
    finally:
        events._subscribers[Phase.IN_TRANSACTION][MessagePosted].remove(broken)
    assert _messages(thread.id) == before


def test_a_failing_after_commit_subscriber_does_not_undo_the_commit(app, thread, candidate, caplog):
    def broken(_event: MessagePosted) -> None:
        raise Boom

    subscribe(MessagePosted, phase=Phase.AFTER_COMMIT)(broken)
    before = _messages(thread.id)
    try:
        message, _created = messaging.post_message(candidate, thread.id, "Committed all the same.")
    finally:
        events._subscribers[Phase.AFTER_COMMIT][MessagePosted].remove(broken)
    assert _messages(thread.id) == before + 1 and message.id
    assert "after-commit subscriber failed" in caplog.text


def test_recording_outside_an_operation_is_a_programming_error(app):
    with pytest.raises(RuntimeError):
        record(Happened("nowhere"))
    with pytest.raises(RuntimeError):
        after_commit(lambda: None)
