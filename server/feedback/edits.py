"""After sending: the author edits or withdraws feedback for a short while, and previews before sending.

Rules (the services decide; pages and the API only call them):

- Only the feedback's author, within ``EDIT_WINDOW`` of sending (counted from the first send, not
  from the last edit), in a thread that is not closed. Other staff get 403 ``not_author``, the
  candidate 403 ``staff_only`` (the pages answer 404: the staff pages do not exist for candidates).
  After the window: 409 ``edit_window_closed``; a withdrawn feedback: 409 ``feedback_withdrawn``.
- Every change keeps the version it replaces in ``MessageRevision`` (body, html, meta with the
  answers, who replaced it and when) and stamps ``messages.edited_at`` or ``withdrawn_at``.
- An edit passes the same wording gate as sending (subject ``feedback_edit``); the ``Feedback``
  row's answers and findings follow it.
- Withdrawing replaces the shown text with "Feedback withdrawn by <name>." (the message keeps its
  kind and place; the answers stay on the server only, in the revision). The ``Feedback`` row is
  kept but emptied (no answers or findings, detached from its request) so nothing downstream
  (exports, emails, ratings) shows the withdrawn words. If it answered a feedback request, that
  request is open again (``answered_at`` cleared) unless the candidate has since opened a newer
  one, and the thread goes back to ``feedback_requested`` with the request's due date; otherwise
  the thread is ``feedback_given`` if other feedback still stands, else ``open``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import select

from ..accounts.models import User
from ..core.errors import Conflict, Forbidden, NotFound
from ..core.markdown import render
from ..core.time import utcnow
from ..core.transaction import operation, record
from ..extensions import db
from ..messaging import wording
from ..messaging.access import get_visible_thread
from ..messaging.models import Message, MessageKind, MessageRevision, Side, Thread, ThreadStatus
from ..messaging.operations import require_open, set_status
from .events import FeedbackRevised
from .models import Feedback, FeedbackRequest
from .operations import clean_answers, compose_feedback, open_request
from .prompts import active_prompts, serialize_prompt

EDIT_WINDOW = timedelta(minutes=10)


def now() -> datetime:
    """The edit window's clock (tests move it by replacing this module's ``utcnow``)."""
    return utcnow()


def change_deadline(message: Message) -> datetime:
    return message.created_at + EDIT_WINDOW


def feedback_of(thread: Thread, message_id: int) -> tuple[Message, Feedback]:
    """The feedback message ``message_id`` of this (visible) thread, or 404."""
    message = db.session.get(Message, message_id) if isinstance(message_id, int) else None
    feedback = None
    if message is not None and message.thread_id == thread.id and message.kind == MessageKind.feedback:
        feedback = db.session.scalar(select(Feedback).where(Feedback.message_id == message.id))
    if message is None or feedback is None:
        raise NotFound("Feedback not found.")
    return message, feedback


def may_change(user: User, thread: Thread, message: Message, feedback: Feedback, at: datetime | None = None) -> bool:
    """Whether ``user`` may edit or withdraw it now (what the pages show the buttons for)."""
    try:
        require_changeable(user, thread, message, feedback, at)
    except (Forbidden, Conflict):
        return False
    return True


def require_changeable(
    user: User, thread: Thread, message: Message, feedback: Feedback, at: datetime | None = None
) -> None:
    at = at or now()
    if not user.is_staff:
        raise Forbidden("Only the employer can change feedback.", code="staff_only")
    if feedback.author_id != user.id:
        raise Forbidden("Only the author of this feedback can edit or withdraw it.", code="not_author")
    require_open(thread)
    if message.withdrawn_at is not None:
        raise Conflict("This feedback was withdrawn, so it can no longer be changed.", code="feedback_withdrawn")
    if at >= change_deadline(message):
        raise Conflict(
            f"Feedback can be edited or withdrawn for {int(EDIT_WINDOW.total_seconds() // 60)} minutes "
            "after sending; that time has passed.",
            code="edit_window_closed",
        )


def _keep_revision(message: Message, user: User, at: datetime) -> None:
    db.session.add(
        MessageRevision(
            message_id=message.id,
            body=message.body,
            html=message.html,
            meta=dict(message.meta) if message.meta else None,
            replaced_by_id=user.id,
            replaced_at=at,
        )
    )


@operation
def edit_feedback(
    user: User, thread_id: int, message_id: int, answers: dict[str, str], acknowledge_risks: bool = False
) -> tuple[Message, list[dict]]:
    """Returns (the message as it now reads, all findings of the new answers)."""
    thread = get_visible_thread(user, thread_id, for_update=True)
    message, feedback = feedback_of(thread, message_id)
    at = now()
    require_changeable(user, thread, message, feedback, at)
    # The prompts as they were when the feedback was written: the answers keep their questions.
    prompts = list(feedback.prompts or [])
    cleaned = clean_answers(prompts, answers)
    findings = wording.require_acceptable(cleaned, acknowledge_risks)
    if cleaned == dict(feedback.answers or {}):
        return message, findings  # nothing changed: no revision, no "edited"
    _keep_revision(message, user, at)
    message.body = compose_feedback(prompts, cleaned)
    message.html = render(message.body)
    message.meta = {"answers": cleaned, "prompts": [p for p in prompts if p["key"] in cleaned]}
    message.edited_at = at
    feedback.answers = cleaned
    feedback.findings = findings
    if wording.risky(findings):
        feedback.risks_acknowledged_at = at
        feedback.risks_acknowledged_by_id = user.id
    wording.record_acknowledgement(
        user, thread.organization_id, "feedback_edit", findings, thread_id=thread.id, message_id=message.id
    )
    record(FeedbackRevised(thread.id, message.id))
    return message, findings


def withdrawn_text(user: User) -> str:
    return f"Feedback withdrawn by {user.name}."


@operation
def withdraw_feedback(user: User, thread_id: int, message_id: int) -> Message:
    thread = get_visible_thread(user, thread_id, for_update=True)
    message, feedback = feedback_of(thread, message_id)
    at = now()
    require_changeable(user, thread, message, feedback, at)
    _keep_revision(message, user, at)
    message.body = withdrawn_text(user)
    message.html = render(message.body)
    message.meta = None
    message.withdrawn_at = at
    answered = db.session.get(FeedbackRequest, feedback.request_id) if feedback.request_id else None
    feedback.answers = {}
    feedback.findings = []
    feedback.request_id = None
    feedback.response_seconds = None
    db.session.flush()
    if answered is not None and open_request(thread) is None:
        answered.answered_at = None
    _settle_status(thread)
    record(FeedbackRevised(thread.id, message.id))
    return message


def _settle_status(thread: Thread) -> None:
    pending = open_request(thread)
    if pending is not None:
        set_status(thread, ThreadStatus.feedback_requested, pending.due_at)
        return
    standing = db.session.scalar(
        select(Feedback.id)
        .join(Message, Message.id == Feedback.message_id)
        .where(Feedback.thread_id == thread.id, Message.withdrawn_at.is_(None))
        .limit(1)
    )
    target = ThreadStatus.feedback_given if standing is not None else ThreadStatus.open
    if thread.status != target:
        set_status(thread, target, None)


# -- preview -------------------------------------------------------------------------


@dataclass
class Preview:
    """A message as the candidate would get it, not stored: what threads/_message.html renders."""

    author: User
    body: str
    html: str
    meta: dict
    created_at: datetime = field(default_factory=utcnow)
    id: int = 0
    author_id: int | None = None  # never "You": the candidate sees the author's name
    side: str = Side.employer.value
    kind: str = MessageKind.feedback.value
    edited_at: datetime | None = None
    withdrawn_at: datetime | None = None


def preview_feedback(
    user: User, thread_id: int, answers: dict[str, str], prompts: list[dict] | None = None
) -> tuple[Preview, list[dict]]:
    """The feedback message these answers would make, through the same composing and markdown
    sanitizing as sending, and the wording findings. Checks the answers like sending (422)."""
    thread = get_visible_thread(user, thread_id)
    if not user.is_staff:
        raise Forbidden("Only the employer can give feedback.", code="staff_only")
    if prompts is None:
        prompts = [serialize_prompt(p) for p in active_prompts(thread.organization_id)]
    cleaned = clean_answers(prompts, answers)
    body = compose_feedback(prompts, cleaned)
    meta = {"answers": cleaned, "prompts": [p for p in prompts if p["key"] in cleaned]}
    return Preview(author=user, body=body, html=render(body), meta=meta), wording.check_texts(cleaned)
