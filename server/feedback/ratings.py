"""How useful the candidate found the feedback: a score from 1 to 5 and an optional comment, once
per feedback message.

- Only the thread's candidate rates (staff: 403 ``candidate_only``), in a thread that is not closed
  (409 ``thread_closed``), once feedback has arrived (409 ``no_feedback``).
- Without ``message_id`` the newest feedback that still stands (not withdrawn) and has no rating
  is rated; when every one is rated, 409 ``already_rated``. With ``message_id`` that feedback is
  rated (404 if it is not a feedback message of the thread, 409 ``feedback_withdrawn`` or
  ``already_rated``).
- Who sees a rating: the candidate who gave it, the feedback's author, and the organization's
  admins. Other staff (recruiters, hiring managers who did not write it) do not.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from ..accounts.models import Role, User
from ..core.errors import Conflict, Forbidden, Invalid, NotFound
from ..core.time import isoformat
from ..core.transaction import operation, record, savepoint
from ..extensions import db
from ..messaging.access import get_visible_thread
from ..messaging.models import Message, Thread
from ..messaging.operations import require_open
from .events import FeedbackRated
from .models import Feedback, FeedbackRating

MAX_COMMENT = 1_000
SCORES = range(1, 6)


def _check_score(score: object) -> int:
    if not isinstance(score, int) or isinstance(score, bool) or score not in SCORES:
        raise Invalid("Choose a score from 1 to 5.", fields={"score": "A whole number from 1 to 5."})
    return score


def _check_comment(comment: object) -> str | None:
    if comment is None:
        return None
    if not isinstance(comment, str):
        raise Invalid("The comment must be text.", fields={"comment": "Text, at most 1,000 characters."})
    if len(comment) > MAX_COMMENT:  # as sent, as the API's document says
        raise Invalid(
            f"The comment is too long: at most {MAX_COMMENT:,} characters.",
            code="comment_too_long",
            fields={"comment": f"At most {MAX_COMMENT:,} characters."},
        )
    return comment.strip() or None


def _standing_feedback(thread: Thread) -> list[tuple[Feedback, Message]]:
    """The thread's feedback that was not withdrawn, newest first."""
    return list(
        db.session.execute(
            select(Feedback, Message)
            .join(Message, Message.id == Feedback.message_id)
            .where(Feedback.thread_id == thread.id, Message.withdrawn_at.is_(None))
            .order_by(Feedback.id.desc())
        ).all()
    )


def _rated_ids(thread_id: int) -> set[int]:
    return set(db.session.scalars(select(FeedbackRating.feedback_id).where(FeedbackRating.thread_id == thread_id)))


ALREADY = "You already rated this feedback. Thank you!"


@operation
def rate_feedback(
    user: User, thread_id: int, score: object, comment: object = None, message_id: int | None = None
) -> tuple[FeedbackRating, Message]:
    """Returns (the rating, the feedback message it rates)."""
    thread = get_visible_thread(user, thread_id, for_update=True)
    if not user.is_candidate or thread.candidate_user_id != user.id:
        raise Forbidden("Only the candidate can rate the feedback they received.", code="candidate_only")
    require_open(thread)
    score = _check_score(score)
    comment = _check_comment(comment)
    rated = _rated_ids(thread.id)
    if message_id is not None:
        feedback = db.session.scalar(
            select(Feedback).where(Feedback.thread_id == thread.id, Feedback.message_id == message_id)
        )
        message = db.session.get(Message, message_id) if feedback is not None else None
        if feedback is None or message is None:
            raise NotFound("Feedback not found.")
        if message.withdrawn_at is not None:
            raise Conflict("This feedback was withdrawn, so there is nothing to rate.", code="feedback_withdrawn")
        if feedback.id in rated:
            raise Conflict(ALREADY, code="already_rated")
    else:
        standing = _standing_feedback(thread)
        if not standing:
            raise Conflict("There is no feedback to rate yet.", code="no_feedback")
        unrated = [(f, m) for f, m in standing if f.id not in rated]
        if not unrated:
            raise Conflict(ALREADY, code="already_rated")
        feedback, message = unrated[0]
    rating = FeedbackRating(
        feedback_id=feedback.id, thread_id=thread.id, rater_id=user.id, score=score, comment=comment
    )
    try:
        with savepoint():
            db.session.add(rating)
            db.session.flush()
    except IntegrityError:  # the same feedback rated at the same moment from another tab
        raise Conflict(ALREADY, code="already_rated") from None
    record(FeedbackRated(thread.id, feedback.id, rating.id))
    return rating, message


def may_see_all(user: User, thread: Thread) -> bool:
    return user.is_staff and user.role_in(thread.organization_id) == Role.admin


def visible_ratings(user: User, thread: Thread) -> dict[int, FeedbackRating]:
    """feedback message id -> its rating, for the ratings ``user`` may see in this (visible) thread."""
    query = (
        select(Feedback.message_id, FeedbackRating)
        .join(FeedbackRating, FeedbackRating.feedback_id == Feedback.id)
        .where(Feedback.thread_id == thread.id)
    )
    if user.is_candidate:
        if thread.candidate_user_id != user.id:
            return {}
    elif not may_see_all(user, thread):
        query = query.where(Feedback.author_id == user.id)
    return {message_id: rating for message_id, rating in db.session.execute(query.order_by(Feedback.id)).all()}


def list_ratings(user: User, thread_id: int) -> list[tuple[int, FeedbackRating]]:
    thread = get_visible_thread(user, thread_id)
    return list(visible_ratings(user, thread).items())


def serialize_rating(rating: FeedbackRating, message_id: int) -> dict:
    return {
        "id": rating.id,
        "thread_id": rating.thread_id,
        "message_id": message_id,
        "score": rating.score,
        "comment": rating.comment,
        "created_at": isoformat(rating.created_at),
    }
