"""Domain events -> Socket.IO events, each payload computed on the server for its recipient.

Payloads are built in the transaction (so they describe exactly what is being
committed) and emitted only after the commit, so a rolled-back change is never
announced. The browser applies them as they are: it re-derives nothing.
"""

from __future__ import annotations

from typing import Any

from ..accounts.events import MemberRemoved, MembershipChanged, SessionsEnded
from ..accounts.models import User
from ..core.events import Phase, subscribe
from ..core.transaction import after_commit, memo
from ..extensions import db, socketio
from ..feedback.events import FeedbackRevised
from ..hiring.events import PositionAssigned
from ..hiring.operations import positions_threads
from ..messaging.access import side_of, staff_viewers
from ..messaging.events import MessagePosted, ThreadAssigned, ThreadChanged, ThreadRead
from ..messaging.facts import ThreadLike, event_message, event_thread
from ..messaging.models import Message, Thread
from ..messaging.serializers import serialize_message
from ..messaging.summaries import summaries_for_users
from . import identity, session_end
from .rooms import thread_rooms, user_room

_POSTED = "candor_posted_json"  # session.info: message id -> its JSON, built once per transaction


def posted_payload(message_id: int) -> dict | None:
    """The JSON of a message posted in this session, as its live event carried it (or None)."""
    return db.session.info.get(_POSTED, {}).get(message_id)


def _emit_after_commit(event: str, payload: dict[str, Any], to: str | list[str]) -> None:
    after_commit(lambda: socketio.emit(event, payload, to=to))


def participants(thread: ThreadLike) -> list[int]:
    """Ids of everyone who sees the thread (one query): the organization's admins and recruiters, the
    hiring manager it or its position is assigned to, then the candidate."""
    staff = staff_viewers(thread)
    return staff + ([thread.candidate_user_id] if thread.candidate_user_id is not None else [])


def _summaries(thread: ThreadLike) -> dict[int, dict]:
    """Each participant's summary of the thread, once per round of subscribers (a rejection's two
    messages and its thread change are announced from one computation)."""
    return memo(("participant_summaries", thread.id), lambda: summaries_for_users(thread, participants(thread)))


def _by_view(summaries: dict[int, dict]) -> list[tuple[list[int], dict]]:
    """Participants who see the same summary (the same unread count) share one: a live event to them
    is built and encoded once."""
    groups: dict[int, tuple[list[int], dict]] = {}
    for user_id, summary in summaries.items():
        groups.setdefault(summary["unread_count"], ([], summary))[0].append(user_id)
    return list(groups.values())


@subscribe(MessagePosted)
def announce_message(posted: MessagePosted) -> None:
    """Each participant gets the message with the thread as they now see it (their unread count),
    one emit per distinct summary."""
    message = event_message(posted.message_id)
    thread = event_thread(posted.thread_id)
    if message is None or thread is None:
        return
    data = serialize_message(message)
    db.session.info.setdefault(_POSTED, {})[message.id] = data
    for user_ids, summary in _by_view(_summaries(thread)):
        _emit_after_commit("message", {"message": data, "thread": summary}, [user_room(u) for u in user_ids])


@subscribe(FeedbackRevised)
def announce_revision(revised: FeedbackRevised) -> None:
    """An edited or withdrawn feedback message, again, as ``message_changed`` (static/js/feedback_edits.js)."""
    message = db.session.get(Message, revised.message_id)
    thread = db.session.get(Thread, revised.thread_id)
    if message is not None and thread is not None:
        rooms = [user_room(user_id) for user_id in participants(thread)]
        _emit_after_commit("message_changed", {"message": serialize_message(message)}, rooms)


@subscribe(ThreadChanged)
def announce_thread(changed: ThreadChanged) -> None:
    thread = db.session.get(Thread, changed.thread_id)
    if thread is None:
        return
    if changed.only_user_id is not None:
        summaries = summaries_for_users(thread, [changed.only_user_id])
    else:
        summaries = _summaries(thread)
    for user_id, summary in summaries.items():
        _emit_after_commit("thread", {"thread": summary}, user_room(user_id))


def _announce_to_participants(thread: Thread) -> None:
    for user_id, summary in _summaries(thread).items():
        _emit_after_commit("thread", {"thread": summary}, user_room(user_id))


@subscribe(ThreadAssigned)
def announce_assignment(assigned: ThreadAssigned) -> None:
    """Everyone who sees the thread now (a hiring manager newly assigned included) gets it with its
    new ``assignee``."""
    thread = db.session.get(Thread, assigned.thread_id)
    if thread is not None:
        _announce_to_participants(thread)


@subscribe(PositionAssigned)
def announce_position_assignment(assigned: PositionAssigned) -> None:
    """The position's threads, to everyone who sees them now: a hiring manager newly assigned the
    position gains them in their inbox."""
    for thread in positions_threads(assigned.position_id):
        _announce_to_participants(thread)


@subscribe(ThreadRead)
def announce_read(read: ThreadRead) -> None:
    thread = db.session.get(Thread, read.thread_id)
    reader = db.session.get(User, read.user_id)
    if thread is None or reader is None:
        return
    # The reader's side lets each page tell "the other side has seen it" without knowing who is who.
    payload = {"thread_id": thread.id, "user_id": reader.id, "side": side_of(reader), "message_id": read.message_id}
    _emit_after_commit("read", payload, thread_rooms(thread))


@subscribe(SessionsEnded, phase=Phase.AFTER_COMMIT)
def end_live_sockets(ended: SessionsEnded) -> None:
    """Sockets on this process close at once; each other process's sweep closes its own (session_end.py)."""
    session_end.end(ended.session_ids, ended.token_ids)


@subscribe(MembershipChanged, phase=Phase.AFTER_COMMIT)
def follow_role(changed: MembershipChanged) -> None:
    """A new role shows at once on this process: a hiring manager's sockets leave the organization's
    room, a recruiter's or an admin's join it; each other process's sweep does the same for its own."""
    identity.stale(changed.user_id)
    session_end.sync_rooms(changed.user_id)


@subscribe(MemberRemoved, phase=Phase.AFTER_COMMIT)
def leave_organization_room(removed: MemberRemoved) -> None:
    """The removed member's sockets on this process leave the organization's room at once; each
    other process's sweep takes out its own (session_end.sync_rooms)."""
    identity.stale(removed.user_id)
    session_end.leave_organization(removed.user_id, removed.organization_id)
