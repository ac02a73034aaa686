"""A known history for the dashboard: built through the services, then moved back in time.

The services stamp everything with the real clock; the figures depend on when things happened, so
after each step the rows' times are set to a chosen moment relative to ``NOW`` (the clock of the
request that reads the figures is the real one, a few seconds later: no figure is that close to an
edge). The period asked for is the 21 days up to today.

Position "Backend Engineer" (A) and "Product Designer" (B); organization target 5 days = 120 h:

    who  position  rejected           asked            answered after   rating  connected
    A1   A         15 days ago        14 days ago      10 h             5
    A2   A         15 days ago        14 days ago      30 h             4
    A3   A         15 days ago        14 days ago      150 h (late)     2
    A4   A         7 days ago         6 days ago       no: overdue now
    B1   B         15 days ago        14 days ago      50 h                     5 days ago, still
    B2   B         from-day 00:00     no (never joined)
    C1   A         40 days ago        39 days ago      20 h             1       40 days ago, still
    C2   B         from-day 00:00 - 1 s (just before the period)
    D1   A         not rejected
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from server.connections.models import Connection
from server.connections.operations import set_connection
from server.core.time import utcnow
from server.extensions import db
from server.feedback import operations as feedback
from server.feedback.models import FeedbackRequest
from server.feedback.ratings import rate_feedback
from server.hiring import operations as hiring
from server.hiring.models import Candidacy
from server.messaging.models import Thread
from tests import factories

ANSWERS = {"strengths": "Clean, well-tested take-home.", "gaps": "The role needs more depth on databases."}
PERIOD_DAYS = 21


@dataclass
class History:
    admin: object
    org: object
    backend: object
    design: object
    start: date
    end: date


def _reject(admin, position, name):
    cand = factories.candidacy(admin, position, name=name)
    cand, thread, _ = hiring.reject_candidacy(admin, cand.id, message="Thank you for your time.")
    return cand, thread


def _join(admin, position, name):
    cand, _thread = _reject(admin, position, name)
    candidate, thread = hiring.accept_invitation(
        factories.invitation_token(cand.email), name=name, password=factories.PASSWORD
    )
    return candidate, thread


def _set_rejected(thread_id: int, when: datetime) -> None:
    thread = db.session.get(Thread, thread_id)
    db.session.get(Candidacy, thread.candidacy_id).rejected_at = when
    db.session.commit()


def _ask(candidate, thread, asked: datetime, target_days: int = 5) -> None:
    feedback.request_feedback(candidate, thread.id, ["skills"], "Could you tell me what I missed?")
    request = db.session.scalar(select(FeedbackRequest).where(FeedbackRequest.thread_id == thread.id))
    request.created_at = asked
    request.due_at = asked + timedelta(days=target_days)
    db.session.get(Thread, thread.id).feedback_due_at = request.due_at
    db.session.commit()


def _answer(admin, thread, hours: float) -> None:
    feedback.give_feedback(admin, thread.id, ANSWERS)
    request = db.session.scalar(select(FeedbackRequest).where(FeedbackRequest.thread_id == thread.id))
    request.answered_at = request.created_at + timedelta(hours=hours)
    db.session.commit()


def _connect(admin, candidate, thread, since: datetime) -> None:
    set_connection(candidate, thread.id, True, ["backend"])
    set_connection(admin, thread.id, True)
    connection = db.session.scalar(select(Connection).where(Connection.candidate_user_id == candidate.id))
    connection.connected_since = since
    db.session.commit()


def build() -> History:
    now = utcnow()
    today = now.date()
    start = today - timedelta(days=PERIOD_DAYS - 1)
    admin, org = factories.employer("Northwind Labs", name="Erin Admin", email="erin@northwind.example")
    assert org.reply_target_days == 5
    backend = factories.position(admin, org, "Backend Engineer")
    design = factories.position(admin, org, "Product Designer")

    for name, hours, score in (("A1", 10, 5), ("A2", 30, 4), ("A3", 150, 2)):
        candidate, thread = _join(admin, backend, name)
        _set_rejected(thread.id, now - timedelta(days=15))
        _ask(candidate, thread, now - timedelta(days=14))
        _answer(admin, thread, hours)
        rate_feedback(candidate, thread.id, score)

    candidate, thread = _join(admin, backend, "A4")
    _set_rejected(thread.id, now - timedelta(days=7))
    _ask(candidate, thread, now - timedelta(days=6))  # due a day ago: overdue now

    candidate, thread = _join(admin, design, "B1")
    _set_rejected(thread.id, now - timedelta(days=15))
    _ask(candidate, thread, now - timedelta(days=14))
    _answer(admin, thread, 50)
    _connect(admin, candidate, thread, now - timedelta(days=5))

    _cand, thread = _reject(admin, design, "B2")
    _set_rejected(thread.id, datetime.combine(start, time()))  # the first moment of the period

    candidate, thread = _join(admin, backend, "C1")
    _set_rejected(thread.id, now - timedelta(days=40))
    _ask(candidate, thread, now - timedelta(days=39))
    _answer(admin, thread, 20)
    rate_feedback(candidate, thread.id, 1)
    _connect(admin, candidate, thread, now - timedelta(days=40))

    _cand, thread = _reject(admin, design, "C2")
    _set_rejected(thread.id, datetime.combine(start, time()) - timedelta(seconds=1))

    factories.candidacy(admin, backend, name="D1")  # still in the running
    return History(admin, org, backend, design, start, today)
