"""Guided feedback pages: the candidate's request and the staff composer (no JavaScript needed)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import login_required
from sqlalchemy import select

from ..core.errors import Invalid, ServiceError
from ..extensions import db
from ..hiring.operations import rejection_reason_of
from ..messaging.models import Message, Thread, ThreadStatus
from ..messaging.operations import get_thread, list_messages
from ..web.context import signed_in_user
from ..web.filters import format_date, format_datetime
from ..web.forms import show_error
from . import edits, operations, ratings, topics
from .forms import ANSWER_PREFIX, FeedbackRequestForm, answers_from, feedback_form_for
from .models import Feedback, FeedbackRating
from .prompts import prompts_for_thread

bp = Blueprint("feedback", __name__)


@bp.app_template_filter("topic_label")
def topic_label(topic: str) -> str:
    return topics.label(topic)


def _thread_for(thread_id: int, candidate: bool):
    """The thread, if visible; 404 when the page is for the other side."""
    thread = get_thread(signed_in_user(), thread_id)
    if signed_in_user().is_candidate != candidate:
        abort(404)
    return thread


# -- the candidate asks ---------------------------------------------------------------


@bp.route("/threads/<int:thread_id>/feedback-request", methods=["GET", "POST"])
@login_required
def ask_for_feedback(thread_id: int):
    thread = _thread_for(thread_id, candidate=True)
    form = FeedbackRequestForm()
    status = 200
    if not form.is_submitted():
        form.message.data = operations.draft_for_thread(thread, [])
    elif form.build.data:
        # Without JavaScript the draft is rebuilt by a round trip.
        try:
            form.message.data = operations.draft_for_thread(thread, form.topics.data or [])
        except ServiceError as exc:
            status = show_error(form, exc)
    else:
        try:
            message, thread = operations.request_feedback(
                signed_in_user(), thread_id, form.topics.data or [], form.message.data or ""
            )
        except ServiceError as exc:
            status = show_error(form, exc)
        else:
            flash(
                f"Your request is sent. {thread.organization.name} aims to reply by "
                f"{format_date(thread.feedback_due_at)}.",
                "success",
            )
            return redirect(url_for("inbox.thread", thread_id=thread_id, _anchor=f"message-{message.id}"))
    return render_template(
        "threads/ask.html", thread=thread, form=form, open_request=operations.open_request(thread)
    ), status


# -- staff answer --------------------------------------------------------------------


def _request_message(user, thread):
    """The candidate's open request, to answer with it in view."""
    request = operations.open_request(thread)
    if request is None:
        return None
    # The first message from the request's own id on is the request.
    messages, _more = list_messages(user, thread.id, after=request.message_id - 1, limit=1)
    return messages[0] if messages else None


def _composer(
    thread: Thread,
    prompts: list[dict],
    *,
    editing=None,
    prefill: dict[str, str] | None = None,
):
    """The feedback form (new feedback, or ``editing`` a sent feedback message) and its three ways
    out: check the wording, preview as the candidate sees it, send. Returns a response."""
    user = signed_in_user()
    form = feedback_form_for(prompts)
    if prefill is not None and not form.is_submitted():
        for key, text in prefill.items():
            if ANSWER_PREFIX + key in form:
                form[ANSWER_PREFIX + key].data = text
    findings: list[dict] = []
    blocked = False
    preview = None
    status = 200
    if form.is_submitted():
        answers = answers_from(form, prompts)
        if form.check.data:
            findings = operations.check_answers(answers)
        elif form.preview.data:
            try:
                preview, findings = edits.preview_feedback(user, thread.id, answers, prompts if editing else None)
            except ServiceError as exc:
                status = show_error(form, exc, prefix=ANSWER_PREFIX)
        else:
            try:
                if editing is None:
                    message, _thread, _findings = operations.give_feedback(
                        user, thread.id, answers, acknowledge_risks=bool(form.acknowledge.data)
                    )
                else:
                    message, _findings = edits.edit_feedback(
                        user, thread.id, editing.id, answers, acknowledge_risks=bool(form.acknowledge.data)
                    )
            except Invalid as exc:
                if exc.code == "legal_risk":
                    # Show every finding, not only the blocking ones: one round of edits.
                    findings, blocked = operations.check_answers(answers), True
                status = show_error(form, exc, prefix=ANSWER_PREFIX)
            except ServiceError as exc:
                status = show_error(form, exc, prefix=ANSWER_PREFIX)
            else:
                if editing is None:
                    flash(f"Your feedback is sent to {thread.candidacy.name}.", "success")
                else:
                    flash(f"Your feedback is updated. {thread.candidacy.name} sees that it was edited.", "success")
                return redirect(url_for("inbox.thread", thread_id=thread.id, _anchor=f"message-{message.id}"))
    by_prompt = {p["key"]: [f for f in findings if f.get("key") == p["key"]] for p in prompts}
    return render_template(
        "threads/feedback.html",
        thread=thread,
        form=form,
        prompts=prompts,
        prefix=ANSWER_PREFIX,
        reason=rejection_reason_of(thread.candidacy),
        findings=by_prompt,
        blocked=blocked,
        risky=any(f["category"] == "legal_risk" for f in findings),
        checked=form.is_submitted() and bool(form.check.data),
        preview=preview,
        editing=editing,
        change_until=edits.change_deadline(editing) if editing is not None else None,
        request_message=None if editing is not None else _request_message(user, thread),
    ), status


@bp.route("/threads/<int:thread_id>/feedback", methods=["GET", "POST"])
@login_required
def give_feedback(thread_id: int):
    thread = _thread_for(thread_id, candidate=False)
    prompts = prompts_for_thread(signed_in_user(), thread)  # with the hints the rejection reason suggests
    return _composer(thread, prompts)


def _changeable(thread_id: int, message_id: int):
    """The author's own feedback message while it may still change; else the service's error
    (404 for the candidate: these pages are the employer's)."""
    thread = _thread_for(thread_id, candidate=False)
    message, feedback = edits.feedback_of(thread, message_id)
    edits.require_changeable(signed_in_user(), thread, message, feedback)
    return thread, message, feedback


@bp.route("/threads/<int:thread_id>/feedback/<int:message_id>/edit", methods=["GET", "POST"])
@login_required
def edit_feedback(thread_id: int, message_id: int):
    thread, message, feedback = _changeable(thread_id, message_id)
    # The questions as they were asked when the feedback was written.
    prompts = [{**p, "hint": None} for p in feedback.prompts or []]
    return _composer(thread, prompts, editing=message, prefill=dict(feedback.answers or {}))


@bp.route("/threads/<int:thread_id>/feedback/<int:message_id>/withdraw", methods=["GET", "POST"])
@login_required
def withdraw_feedback(thread_id: int, message_id: int):
    thread, message, _feedback = _changeable(thread_id, message_id)
    if request.method == "POST":
        edits.withdraw_feedback(signed_in_user(), thread_id, message_id)
        flash(f"Your feedback is withdrawn. {thread.candidacy.name} sees that you withdrew it.", "success")
        return redirect(url_for("inbox.thread", thread_id=thread_id, _anchor=f"message-{message_id}"))
    return render_template(
        "threads/withdraw.html", thread=thread, message=message, change_until=edits.change_deadline(message)
    )


# -- ratings --------------------------------------------------------------------------


def _form_int(value: str | None):
    """A posted number as int; anything else goes to the service as it is (422)."""
    value = (value or "").strip()
    return int(value) if value.isdigit() and len(value) < 12 else (value or None)


@bp.post("/threads/<int:thread_id>/rating")
@login_required
def rate_feedback(thread_id: int):
    user = signed_in_user()
    thread = get_thread(user, thread_id)
    message_id = _form_int(request.form.get("message_id"))
    comment = request.form.get("comment") or ""
    try:
        _rating, message = ratings.rate_feedback(
            user,
            thread_id,
            _form_int(request.form.get("score")),
            comment,
            message_id if isinstance(message_id, int) else None,
        )
    except ServiceError as exc:
        if exc.status in (403, 404):
            raise
        return render_template(
            "threads/rate.html",
            thread=thread,
            message_id=message_id if isinstance(message_id, int) else None,
            error=exc.message,
            field_errors=exc.fields or {},
            comment=comment,
        ), exc.status
    flash("Thank you: your rating is sent.", "success")
    return redirect(url_for("inbox.thread", thread_id=thread_id, _anchor=f"message-{message.id}"))


@dataclass
class FeedbackView:
    """What the thread page shows with one feedback message, for the signed-in user."""

    author_id: int | None
    can_change: bool
    change_until: datetime
    rating: FeedbackRating | None  # only when the user may see it
    can_rate: bool


@bp.app_template_global()
def feedback_views(thread: Thread) -> dict[int, FeedbackView]:
    """message id -> FeedbackView for the thread's feedback messages (computed once per request)."""
    # Per request (not on ``g``: an app context can outlive a request, e.g. in tests).
    cache = request.environ.setdefault("candor.feedback_views", {})
    if thread.id in cache:
        return cache[thread.id]
    user = signed_in_user()
    visible = ratings.visible_ratings(user, thread)
    rows = db.session.execute(
        select(Feedback, Message)
        .join(Message, Message.id == Feedback.message_id)
        .where(Feedback.thread_id == thread.id)
    ).all()
    at = edits.now()
    views = {}
    for feedback, message in rows:
        views[feedback.message_id] = FeedbackView(
            author_id=feedback.author_id,
            can_change=edits.may_change(user, thread, message, feedback, at),
            change_until=edits.change_deadline(message),
            rating=visible.get(feedback.message_id),
            can_rate=user.is_candidate
            and thread.candidate_user_id == user.id
            and thread.status != ThreadStatus.closed
            and message.withdrawn_at is None
            and feedback.message_id not in visible,
        )
    cache[thread.id] = views
    return views


@bp.app_template_filter("clock")
def clock(value) -> str:
    """'14:32 UTC' (the day is today's: the edit window is minutes long)."""
    return format_datetime(value).rsplit(", ", 1)[-1]
