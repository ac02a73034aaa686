"""Guided feedback pages: the candidate's request and the staff composer (no JavaScript needed)."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, url_for
from flask_login import login_required

from ..core.errors import Invalid, ServiceError
from ..hiring.operations import rejection_reason_of
from ..messaging.operations import get_thread, list_messages
from ..web.context import signed_in_user
from ..web.filters import format_date
from ..web.forms import show_error
from . import operations, topics
from .forms import ANSWER_PREFIX, FeedbackRequestForm, answers_from, feedback_form_for
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


@bp.route("/threads/<int:thread_id>/feedback", methods=["GET", "POST"])
@login_required
def give_feedback(thread_id: int):
    thread = _thread_for(thread_id, candidate=False)
    prompts = prompts_for_thread(signed_in_user(), thread)  # with the hints the rejection reason suggests
    form = feedback_form_for(prompts)
    findings: list[dict] = []
    blocked = False
    status = 200
    if form.is_submitted():
        answers = answers_from(form, prompts)
        if form.check.data:
            findings = operations.check_answers(answers)
        else:
            try:
                message, _thread, _findings = operations.give_feedback(
                    signed_in_user(), thread_id, answers, acknowledge_risks=bool(form.acknowledge.data)
                )
            except Invalid as exc:
                if exc.code == "legal_risk":
                    # Show every finding, not only the blocking ones: one round of edits.
                    findings, blocked = operations.check_answers(answers), True
                status = show_error(form, exc, prefix=ANSWER_PREFIX)
            except ServiceError as exc:
                status = show_error(form, exc, prefix=ANSWER_PREFIX)
            else:
                flash(f"Your feedback is sent to {thread.candidacy.name}.", "success")
                return redirect(url_for("inbox.thread", thread_id=thread_id, _anchor=f"message-{message.id}"))
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
        request_message=_request_message(signed_in_user(), thread),
    ), status
