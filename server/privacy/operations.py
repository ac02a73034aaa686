"""Personal data: a user's export, erasure of an account, and retention of closed threads.

Anonymising a thread removes the candidate's side and keeps the employer's: the candidacy's
name becomes "Former candidate" and its address goes, the candidate's messages keep their place
but not their words, the invitation, the read state, the consent with that candidate go; the
employer's messages, feedback and the thread itself stay. Erasure does that to every thread of a
candidate and then deletes the account; retention does it to threads closed and idle for longer
than the organization's retention period, after telling the candidate.
"""

from __future__ import annotations

import calendar
from datetime import datetime, timedelta
from typing import Any

from flask import current_app
from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError

from ..accounts.models import ApiToken, Membership, Organization, Role, User, UserSession
from ..accounts.operations import end_all_sessions
from ..accounts.passwords import burn_time, verify_password
from ..connections.models import Connection, ConsentEvent
from ..core.errors import Conflict, Invalid
from ..core.markdown import render
from ..core.time import isoformat, utcnow
from ..core.transaction import operation, record, savepoint
from ..extensions import db
from ..feedback.models import Feedback, FeedbackRating, FeedbackRequest
from ..hiring.models import Invitation
from ..messaging.events import ThreadChanged
from ..messaging.models import Message, MessageKind, ReadState, Side, Thread, ThreadStatus
from .events import AccountErased, RetentionNoticeDue, ThreadAnonymised
from .models import AnonymisedBecause, ThreadRetention, retention_months

FORMER_CANDIDATE = "Former candidate"
FORMER_COLLEAGUE = "Former colleague"
# The system lines that name a staff member (messaging and connections write them).
STAFF_LINES = (
    "{} closed the conversation.",
    "{} reopened the conversation.",
    "{} chose not to stay in touch. You are no longer connected.",
)
REMOVED_TEXT = {
    AnonymisedBecause.erasure: "[removed at the candidate's request]",
    AnonymisedBecause.retention: "[removed after the retention period]",
}
PASSWORD_LIMIT = 1024


# --- export -------------------------------------------------------------------------------------


def _person(message: Message) -> dict[str, Any]:
    """The author as the thread already shows them to its participants: a name and a side."""
    if message.author is not None:
        return {"id": message.author.id, "name": message.author.name, "side": message.side}
    if message.side == Side.candidate.value:
        return {"id": None, "name": FORMER_CANDIDATE, "side": message.side}
    if message.side == Side.employer.value:
        return {"id": None, "name": FORMER_COLLEAGUE, "side": message.side}
    return {"id": None, "name": "Candor", "side": Side.system.value}


def _message(message: Message) -> dict[str, Any]:
    return {
        "id": message.id,
        "author": _person(message),
        "kind": message.kind,
        "body": message.body,
        "created_at": isoformat(message.created_at),
    }


def _candidate_export(user: User) -> dict[str, Any]:
    threads = list(db.session.scalars(select(Thread).where(Thread.candidate_user_id == user.id).order_by(Thread.id)))
    ids = [t.id for t in threads]
    messages: dict[int, list[dict]] = {i: [] for i in ids}
    for message in db.session.scalars(select(Message).where(Message.thread_id.in_(ids)).order_by(Message.id)):
        messages[message.thread_id].append(_message(message))
    requests: dict[int, list[dict]] = {i: [] for i in ids}
    for req in db.session.scalars(
        select(FeedbackRequest).where(FeedbackRequest.thread_id.in_(ids)).order_by(FeedbackRequest.id)
    ):
        requests[req.thread_id].append(
            {
                "id": req.id,
                "message_id": req.message_id,
                "topics": list(req.topics or []),
                "due_at": isoformat(req.due_at),
                "answered_at": isoformat(req.answered_at),
                "created_at": isoformat(req.created_at),
            }
        )
    received: dict[int, list[dict]] = {i: [] for i in ids}
    # The candidate's own usefulness ratings, with the feedback they rate.
    rated = {
        r.feedback_id: r for r in db.session.scalars(select(FeedbackRating).where(FeedbackRating.thread_id.in_(ids)))
    }
    for fb in db.session.scalars(select(Feedback).where(Feedback.thread_id.in_(ids)).order_by(Feedback.id)):
        # What the candidate received: the questions and answers, not the employer's wording check.
        received[fb.thread_id].append(
            {
                "id": fb.id,
                "message_id": fb.message_id,
                "questions": [{"key": p.get("key"), "label": p.get("label")} for p in fb.prompts or []],
                "answers": dict(fb.answers or {}),
                "created_at": isoformat(fb.created_at),
                "rating": {"score": r.score, "comment": r.comment, "created_at": isoformat(r.created_at)}
                if (r := rated.get(fb.id))
                else None,
            }
        )
    connections = []
    for connection in db.session.scalars(
        select(Connection).where(Connection.candidate_user_id == user.id).order_by(Connection.id)
    ):
        history = db.session.scalars(
            select(ConsentEvent).where(ConsentEvent.connection_id == connection.id).order_by(ConsentEvent.id)
        )
        connections.append(
            {
                "organization": _organization(connection.organization_id),
                "candidate_opt_in": connection.candidate_opt_in,
                "employer_opt_in": connection.employer_opt_in,
                "connected": connection.is_connected(utcnow()),
                "interests": list(connection.interests or []),
                "expires_at": isoformat(connection.expires_at),
                "consent_history": [
                    {
                        "side": e.side,
                        "opt_in": e.opt_in,
                        "interests": list(e.interests or []),
                        "thread_id": e.thread_id,
                        "created_at": isoformat(e.created_at),
                    }
                    for e in history
                ],
            }
        )
    return {
        "threads": [
            {
                "id": t.id,
                "organization": {"id": t.organization.id, "name": t.organization.name},
                "position": {"id": t.candidacy.position.id, "title": t.candidacy.position.title},
                "name_in_thread": t.candidacy.name,
                "status": t.status,
                "created_at": isoformat(t.created_at),
                "closed_at": isoformat(t.closed_at),
                "messages": messages[t.id],
                "feedback_requests": requests[t.id],
                "feedback_received": received[t.id],
            }
            for t in threads
        ],
        "connections": connections,
        "ratings": [],  # Candor has no ratings yet; the key is here so the shape stays when it does
    }


def _organization(organization_id: int) -> dict[str, Any]:
    organization = db.session.get(Organization, organization_id)
    return {"id": organization_id, "name": organization.name if organization else None}


def _staff_export(user: User) -> dict[str, Any]:
    authored = db.session.execute(
        select(Message, Thread)
        .join(Thread, Thread.id == Message.thread_id)
        .where(Message.author_id == user.id)
        .order_by(Message.id)
    )
    messages = [{**_message(m), "thread_id": t.id, "organization_id": t.organization_id} for m, t in authored]
    feedback = [
        {
            "id": fb.id,
            "thread_id": fb.thread_id,
            "message_id": fb.message_id,
            "answers": dict(fb.answers or {}),
            "created_at": isoformat(fb.created_at),
        }
        for fb in db.session.scalars(select(Feedback).where(Feedback.author_id == user.id).order_by(Feedback.id))
    ]
    return {
        "memberships": [
            {
                "organization": {"id": m.organization.id, "name": m.organization.name},
                "role": m.role,
                "since": isoformat(m.created_at),
            }
            for m in sorted(user.memberships, key=lambda m: m.id)
        ],
        "messages": messages,
        "feedback": feedback,
    }


def export_data(user: User) -> dict[str, Any]:
    """Everything Candor holds about the caller, as they may see it: no secret (password hash,
    token or session digests) and nothing of another person beyond what their threads show."""
    data: dict[str, Any] = {
        "exported_at": isoformat(utcnow()),
        "user": {
            "id": user.id,
            "name": user.name,
            "email": user.email,
            "kind": user.kind,
            "created_at": isoformat(user.created_at),
        },
        "sessions": {
            "active_browser_sessions": db.session.scalar(
                select(func.count()).where(UserSession.user_id == user.id, UserSession.revoked_at.is_(None))
            ),
            "active_api_tokens": db.session.scalar(
                select(func.count()).where(ApiToken.user_id == user.id, ApiToken.revoked_at.is_(None))
            ),
        },
    }
    data.update(_staff_export(user) if user.is_staff else _candidate_export(user))
    return data


# --- anonymisation ------------------------------------------------------------------------------


def _retention_row(thread_id: int) -> ThreadRetention:
    row = db.session.get(ThreadRetention, thread_id)
    if row is None:
        row = ThreadRetention(thread_id=thread_id)
        db.session.add(row)
    return row


def anonymise_thread(thread: Thread, reason: AnonymisedBecause, now: datetime | None = None) -> None:
    """Removes the candidate side of ``thread`` inside the caller's operation (see the module)."""
    now = now or utcnow()
    candidacy = thread.candidacy
    names = {n for n in (candidacy.name, thread.candidate.name if thread.candidate else None) if n}
    candidate_id = thread.candidate_user_id

    removed = REMOVED_TEXT[reason]
    db.session.execute(
        update(Message)
        .where(Message.thread_id == thread.id, Message.side == Side.candidate.value)
        .values(body=removed, html=render(removed), author_id=None, client_id=None)
    )
    # System lines name the candidate ("Casey joined the conversation.").
    for message in db.session.scalars(
        select(Message).where(Message.thread_id == thread.id, Message.kind == MessageKind.system.value)
    ):
        body = message.body
        for name in sorted(names, key=len, reverse=True):
            body = body.replace(name, FORMER_CANDIDATE)
        if body != message.body:
            message.body, message.html = body, render(body)
    # A rating's score stays with the employer's numbers; its comment is the candidate's words.
    db.session.execute(
        update(FeedbackRating).where(FeedbackRating.thread_id == thread.id).values(comment=None, rater_id=None)
    )
    if candidate_id is not None:
        db.session.execute(delete(ReadState).where(ReadState.thread_id == thread.id, ReadState.user_id == candidate_id))
        _remove_consent(candidate_id, thread.organization_id, keep_live=reason == AnonymisedBecause.retention, now=now)
    db.session.execute(delete(Invitation).where(Invitation.candidacy_id == candidacy.id))
    candidacy.name = FORMER_CANDIDATE
    candidacy.email = ""
    candidacy.user_id = None
    thread.candidate_user_id = None
    row = _retention_row(thread.id)
    row.anonymised_at = now
    row.anonymised_because = reason.value
    db.session.flush()
    db.session.expire_all()  # bulk updates above: later reads see the rows as stored
    record(ThreadAnonymised(thread.id, thread.organization_id, reason.value))
    record(ThreadChanged(thread.id))  # open pages and inboxes get the anonymised summary


def _remove_consent(candidate_id: int, organization_id: int, *, keep_live: bool, now: datetime) -> None:
    connection = db.session.scalar(
        select(Connection).where(
            Connection.candidate_user_id == candidate_id, Connection.organization_id == organization_id
        )
    )
    if connection is None or (keep_live and connection.is_connected(now)):
        # Retention: a consent both sides hold now is a relationship of its own, not this thread's past.
        return
    db.session.execute(delete(ConsentEvent).where(ConsentEvent.connection_id == connection.id))
    db.session.delete(connection)


# --- erasure ------------------------------------------------------------------------------------


def _check_password(user: User, password: str) -> None:
    if not isinstance(password, str) or not password:
        raise Invalid("Enter your password to confirm.", fields={"password": "Required."})
    # 422, not 401: the caller is authenticated, and 401 would tell an API client its token is bad.
    if len(password) > PASSWORD_LIMIT:
        burn_time("x")
        raise Invalid("That password is not right.", code="wrong_password", fields={"password": "Not right."})
    if not verify_password(user.password_hash, password):
        raise Invalid("That password is not right.", code="wrong_password", fields={"password": "Not right."})


def _last_admin_of(user: User) -> list[str]:
    names = []
    for membership in user.memberships:
        if membership.role != Role.admin.value:
            continue
        admins = db.session.scalar(
            select(func.count()).where(
                Membership.organization_id == membership.organization_id, Membership.role == Role.admin.value
            )
        )
        if (admins or 0) <= 1:
            names.append(membership.organization.name)
    return names


@operation
def erase_account(user: User, password: str) -> None:
    """Deletes the caller's account after checking their password.

    A candidate's threads stay with their employers, anonymised; staff leave their organizations
    (not the last admin of one) and their messages stay, shown as by a former colleague."""
    _check_password(user, password)
    if user.is_staff:
        last = _last_admin_of(user)
        if last:
            raise Conflict(
                f"You are the last admin of {', '.join(sorted(last))}. Make another member an admin "
                "first, then delete your account.",
                code="last_admin",
            )
    end_all_sessions(user)  # sessions, tokens and live sockets end with the account
    if user.is_staff:
        _unname_staff(user)
    user_id, email = user.id, user.email
    now = utcnow()
    if user.is_candidate:
        for thread in list(db.session.scalars(select(Thread).where(Thread.candidate_user_id == user_id))):
            anonymise_thread(thread, AnonymisedBecause.erasure, now)
        for connection_id in list(
            db.session.scalars(select(Connection.id).where(Connection.candidate_user_id == user_id))
        ):
            db.session.execute(delete(ConsentEvent).where(ConsentEvent.connection_id == connection_id))
            db.session.execute(delete(Connection).where(Connection.id == connection_id))
    db.session.execute(delete(ReadState).where(ReadState.user_id == user_id))
    db.session.execute(delete(Membership).where(Membership.user_id == user_id))
    db.session.execute(delete(UserSession).where(UserSession.user_id == user_id))
    db.session.execute(delete(ApiToken).where(ApiToken.user_id == user_id))
    db.session.flush()
    db.session.expunge(user)
    # The database sets the references to the user to NULL (authors, actors, deciders) or deletes
    # what was only theirs (settings, pending notifications).
    db.session.execute(delete(User).where(User.id == user_id))
    db.session.expire_all()
    record(AccountErased(user_id, email))


def _unname_staff(user: User) -> None:
    """The system lines of their organizations' threads that name them name a former colleague."""
    lines = {line.format(user.name): line.format(FORMER_COLLEAGUE) for line in STAFF_LINES}
    organization_ids = [m.organization_id for m in user.memberships]
    for message in db.session.scalars(
        select(Message)
        .join(Thread, Thread.id == Message.thread_id)
        .where(
            Thread.organization_id.in_(organization_ids),
            Message.kind == MessageKind.system.value,
            Message.body.in_(list(lines)),
        )
    ):
        message.body = lines[message.body]
        message.html = render(message.body)


# --- retention ----------------------------------------------------------------------------------


def add_months(moment: datetime, months: int) -> datetime:
    month_index = moment.month - 1 + months
    year, month = moment.year + month_index // 12, month_index % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


def notice_period() -> timedelta:
    return timedelta(days=int(current_app.config["CANDOR_RETENTION_NOTICE_DAYS"]))


def last_activity(thread: Thread) -> datetime:
    return max(d for d in (thread.created_at, thread.last_message_at, thread.closed_at) if d is not None)


def _closed_unanonymised() -> list[int]:
    done = select(ThreadRetention.thread_id).where(ThreadRetention.anonymised_at.is_not(None))
    return list(
        db.session.scalars(
            select(Thread.id)
            .where(Thread.status == ThreadStatus.closed.value, Thread.id.not_in(done))
            .order_by(Thread.id)
        )
    )


@operation
def _retention_step(thread_id: int, now: datetime) -> str | None:
    """One thread at ``now``: 'notified', 'anonymised' or None (nothing due)."""
    thread = db.session.get(Thread, thread_id)
    if thread is None or thread.status != ThreadStatus.closed.value:
        return None
    idle_since = last_activity(thread)
    expires = add_months(idle_since, retention_months(thread.organization))
    row = db.session.get(ThreadRetention, thread_id)
    if row is not None and row.anonymised_at is not None:
        return None
    # A notice counts for the idle period it was sent in: activity after it (a reopening) voids it.
    noticed = row is not None and row.notice_sent_at is not None and row.notice_sent_at >= idle_since
    if noticed:
        assert row is not None and row.anonymise_after is not None
        if now >= max(expires, row.anonymise_after):
            anonymise_thread(thread, AnonymisedBecause.retention, now)
            return "anonymised"
        return None
    if now < expires - notice_period():
        return None
    anonymise_after = max(expires, now + notice_period())
    if row is None:
        try:
            with savepoint():  # two passes at once: one inserts, the other finds nothing to do
                db.session.add(
                    ThreadRetention(thread_id=thread_id, notice_sent_at=now, anonymise_after=anonymise_after)
                )
                db.session.flush()
        except IntegrityError:
            return None
    else:
        claimed = db.session.execute(
            update(ThreadRetention)
            .where(
                ThreadRetention.thread_id == thread_id,
                (ThreadRetention.notice_sent_at.is_(None)) | (ThreadRetention.notice_sent_at < idle_since),
            )
            .values(notice_sent_at=now, anonymise_after=anonymise_after)
        )
        if not claimed.rowcount:  # type: ignore[attr-defined]
            return None
    to_email = thread.candidate.email if thread.candidate is not None else thread.candidacy.email
    if to_email:
        record(RetentionNoticeDue(thread_id, to_email, anonymise_after))
    return "notified"


def retention_pass(now: datetime | None = None) -> dict[str, int]:
    """Tells candidates of threads about to pass their retention period, and anonymises the ones
    whose notice period is over. One transaction per thread; the worker loop or `candor retention`
    calls it."""
    now = now or utcnow()
    counts = {"notified": 0, "anonymised": 0}
    for thread_id in _closed_unanonymised():
        outcome = _retention_step(thread_id, now)
        if outcome:
            counts[outcome] += 1
    return counts
