"""Counting the SQL statements a request runs, to show that a page costs the same queries for 3
threads as for 30, or 5 messages as 120 (no query per row). Statements are counted on the engine,
so lazy loads in templates count too. Also builders of varied data to count them on."""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import event

from server.connections import operations as connections
from server.extensions import db
from server.feedback import operations as feedback
from server.feedback import ratings
from server.hiring import operations as hiring
from server.messaging import operations as messaging
from tests import factories

_n = itertools.count(1)


@contextmanager
def recorded_statements() -> Iterator[list[str]]:
    """The SQL statements run inside the block, in order."""
    statements: list[str] = []

    def record(_conn, _cursor, statement, _parameters, _context, _executemany) -> None:
        statements.append(statement)

    engine = db.engine
    event.listen(engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", record)


def statements_of(call: Callable[[], object]) -> list[str]:
    """Runs ``call`` (a test-client request, which must answer 200) and returns its statements."""
    with recorded_statements() as statements:
        response = call()
    status = getattr(response, "status_code", None)
    assert status == 200, f"{status}: {response.get_data(as_text=True)[:500]}"  # type: ignore[attr-defined]
    return statements


def assert_same_count(small: list[str], large: list[str], what: str) -> None:
    """Equal counts; the message gives both numbers and the statements the larger run added."""
    added = Counter(large) - Counter(small)
    detail = "\n".join(f"{times}x {sql[:300]}" for sql, times in added.items())
    assert len(small) == len(large), (
        f"{what}: {len(small)} SQL statements for the small data, {len(large)} for the large\n{detail}"
    )
    print(f"{what}: {len(large)} SQL statements")


# -- data ----------------------------------------------------------------------------------------


def varied_threads(admin, org, count: int, *, assignee=None, candidate=None) -> list:
    """``count`` threads of the organization, of every kind an inbox row shows, in turn: joined and
    open, not joined yet, feedback requested (with a due date), connected and assigned.
    With ``candidate``: all of them the candidate's (they accept each invitation)."""
    made = []
    for i in range(count):
        n = next(_n)
        kind = i % 4
        email = candidate.email if candidate is not None else f"varied{n}@example.com"
        if kind == 1 and candidate is None:
            made.append(factories.rejected_thread(admin, org, email=email, name=f"Pending {n}")[1])
            continue
        _cand, thread, token = factories.rejected_thread(admin, org, email=email, name=f"Person {n}")
        if candidate is not None:
            person, thread = hiring.accept_invitation(token, user=candidate)
        else:
            person, thread = hiring.accept_invitation(token, name=f"Person {n}", password=factories.PASSWORD)
        if kind == 2:
            feedback.request_feedback(person, thread.id, ["skills"], "Could you tell me more?")
        if kind == 3:
            connections.set_connection(person, thread.id, True, ["backend"])
            connections.set_connection(admin, thread.id, True)
            if assignee is not None:
                messaging.assign_thread(admin, thread.id, assignee.id)
        made.append(thread)
    db.session.commit()
    return made


def add_messages(thread, staff, candidate, count: int) -> None:
    """``count`` turns of messages in the thread (a turn may add two), of every kind the page renders
    differently, in turn: a feedback request, feedback (rated by the candidate), system notes (closed,
    reopened), then text from both sides."""
    for i in range(count):
        kind = i % 10
        if kind == 0:
            feedback.request_feedback(candidate, thread.id, ["skills", "interview"], "Could you tell me more?")
        elif kind == 1:
            message, _thread, _findings = feedback.give_feedback(
                staff, thread.id, {"strengths": "Clear, tested code.", "gaps": "More depth on databases."}
            )
            ratings.rate_feedback(candidate, thread.id, 4, "Useful, thank you.", message_id=message.id)
        elif kind == 2:
            messaging.close_thread(candidate, thread.id)
            messaging.reopen_thread(staff, thread.id)
        else:
            author = candidate if i % 2 else staff
            messaging.post_message(author, thread.id, f"Message {i}: thanks for the **update**.")
    db.session.commit()
