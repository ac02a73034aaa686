"""The inbox and the thread page, which put every feature of a thread together.

The page's actions (reply, close, reopen, stay in touch) re-render the page with
the service's reason when they are refused, so they live here too.
"""

from __future__ import annotations

from datetime import datetime
from urllib.parse import urlencode

from flask import Blueprint, abort, flash, make_response, redirect, render_template, request, url_for
from flask_login import current_user, login_required

from ..accounts.access import ASSIGN
from ..accounts.operations import list_members
from ..connections import operations as connections
from ..core.errors import BadRequest, RateLimited, ServiceError
from ..feedback import topics
from ..hiring.operations import can_see_position, rejection_reason_of
from ..messaging import history, operations, wording
from ..messaging.models import STATUS_LABELS, ThreadStatus
from ..messaging.search import QUERY_LIMIT, search_threads
from ..messaging.summaries import summarize, summarize_one
from ..web.context import signed_in_user
from ..web.forms import new_client_id, show_error
from . import filters as inbox_filters
from .forms import ConnectionForm, ReplyForm

bp = Blueprint("inbox", __name__)

INBOX_PAGE = 30
STATUS_FILTERS = list(ThreadStatus)
# The words the page scripts (static/js) need to render live updates as the server would.
LIVE_LABELS = {"status": STATUS_LABELS, "topics": topics.LABELS}


@bp.app_template_filter("status_label")
def status_label(status: str) -> str:
    return STATUS_LABELS.get(status, status)  # type: ignore[call-overload]


# -- inbox -------------------------------------------------------------------------


def _cursor(value: str | None):
    """'<iso time>_<id>' of the last thread on the previous page."""
    if not value:
        return None
    at, _, last_id = value.rpartition("_")
    try:
        return datetime.fromisoformat(at), int(last_id)
    except ValueError:
        abort(400)


@bp.get("/")
def inbox():
    if not current_user.is_authenticated:
        return render_template("threads/welcome.html")
    user = signed_in_user()
    found = inbox_filters.from_request(request, user)
    threads, next_cursor = search_threads(user, found, INBOX_PAGE, _cursor(request.args.get("after")))
    after = f"{next_cursor[0].isoformat()}_{next_cursor[1]}" if next_cursor else None
    return render_template(
        "threads/inbox.html",
        summaries=summarize(user, threads),
        found=found,
        args=inbox_filters.url_args,
        status=found.status,
        assigned="me" if found.assignee == "me" else None,
        # Beyond the status and "assigned to me", the live inbox cannot tell whether a thread it has
        # not listed belongs here: it adds only what the server lists.
        narrowed=bool(found.q or found.position_id or found.overdue or found.assignee not in (None, "me")),
        # The same filters for the API, which the live inbox asks again after a reconnection.
        api_query=urlencode(inbox_filters.api_args(found)),
        statuses=STATUS_FILTERS,
        positions=inbox_filters.position_choices(user) if user.is_staff else [],
        people=inbox_filters.people_choices(user) if user.is_staff else [],
        filter_options=inbox_filters.options,
        query_limit=QUERY_LIMIT,
        after=after,
        live_labels=LIVE_LABELS,
    )


# -- the thread page -------------------------------------------------------------------


def before_param(value: str | None) -> int | None:
    """``?before=<message id>`` (the "Older messages" link): a page of what came before it."""
    if not value:
        return None
    if not (value.isdigit() and len(value) < 20):
        raise BadRequest("That link to older messages is not valid. Open the conversation again from your inbox.")
    return history.check_position(int(value), "before")


def thread_page(
    thread,
    *,
    reply_form: ReplyForm | None = None,
    connection_form: ConnectionForm | None = None,
    error: str | None = None,
    findings: list[dict] | None = None,
    status: int = 200,
    before: int | None = None,
):
    """``findings``: the wording findings of a held staff reply, shown under the box.

    The newest page of messages, or with ``before`` the page before that message id (no JavaScript:
    the "Older messages" link); static/js/thread.js loads older pages from the API as the reader
    scrolls back."""
    user = signed_in_user()
    messages, more = history.messages_before(thread, before)
    older_than = messages[0].id if more and messages else None
    receipts = operations.read_receipts(thread)
    last_read = receipts.get(user.id, 0)
    if messages and messages[-1].id > last_read:
        operations.mark_read(user, thread.id, messages[-1].id)
    # How far the other side has read: any of the staff for the candidate, the candidate for staff.
    other_side = (
        [reader for reader in receipts if reader != user.id] if user.is_candidate else [thread.candidate_user_id]
    )
    seen_upto = max((receipts.get(reader, 0) for reader in other_side), default=0)
    # "Seen" goes under my newest message: on the newest page, my newest there is my newest at all.
    last_own_id = max((m.id for m in messages if m.author_id == user.id), default=0) if before is None else 0
    summary = summarize_one(user, thread)
    if reply_form is None:
        reply_form = ReplyForm(formdata=None, client_id=new_client_id())
    if connection_form is None:
        interests = summary["connection"].get("interests", [])
        connection_form = ConnectionForm(formdata=None, interests=", ".join(interests))
    # Admins and recruiters assign the thread to a member of the organization's team.
    can_assign = user.is_staff and user.role_in(thread.organization_id) in ASSIGN
    team = [m.user for m in list_members(user, thread.organization_id)] if can_assign else []
    return render_template(
        "threads/thread.html",
        thread=thread,
        can_assign=can_assign,
        team=team,
        summary=summary,
        messages=messages,
        older_than=older_than,
        history=before is not None,
        # What goes under older feedback (its rating, its form) for when the script shows it; asked
        # even on a thread's only page, so that every page costs the same queries.
        older_feedback=history.feedback_before(thread, messages[0].id) if messages else [],
        last_read=last_read,
        seen_upto=seen_upto,
        last_own_id=last_own_id,
        reply_form=reply_form,
        connection_form=connection_form,
        reason=rejection_reason_of(thread.candidacy) if user.is_staff else None,
        # A hiring manager given this thread alone may not see its position's page.
        position_link=user.is_staff and can_see_position(user, thread.candidacy.position),
        error=error,
        findings=findings or [],
        risky=bool(wording.risky(findings or [])),
        live_labels=LIVE_LABELS,
    ), status


@bp.get("/threads/<int:thread_id>")
@login_required
def thread(thread_id: int):
    thread = operations.get_thread(signed_in_user(), thread_id)
    return thread_page(thread, before=before_param(request.args.get("before")))


def _action_failed(thread_id: int, exc: ServiceError, **forms):
    """A refused action re-renders the thread with the reason and the service's status."""
    if exc.status == 404:
        raise exc
    thread = operations.get_thread(signed_in_user(), thread_id)
    page = thread_page(thread, error=exc.message, status=exc.status, **forms)
    if isinstance(exc, RateLimited):  # 429 says when to try again, on pages as on the API
        response = make_response(page)
        response.headers["Retry-After"] = str(exc.retry_after)
        return response
    return page


@bp.post("/threads/<int:thread_id>/messages")
@login_required
def post_message(thread_id: int):
    form = ReplyForm()
    body = form.body.data or ""
    try:
        message, _created = operations.post_message(
            signed_in_user(), thread_id, body, form.client_id.data or None, bool(form.acknowledge.data)
        )
    except ServiceError as exc:
        findings = []
        if exc.code == wording.LEGAL_RISK:
            # Held: every finding goes under the box with the checkbox; the same client id is kept,
            # so sending again after ticking it cannot post twice.
            findings = wording.check_texts({"body": body.strip()})
            exc.fields = None
        show_error(form, exc, summary=False)  # the sentence shows once, at the top of the page
        return _action_failed(thread_id, exc, reply_form=form, findings=findings)
    return redirect(url_for(".thread", thread_id=thread_id, _anchor=f"message-{message.id}"))


@bp.post("/threads/<int:thread_id>/close")
@login_required
def close(thread_id: int):
    try:
        operations.close_thread(signed_in_user(), thread_id)
    except ServiceError as exc:
        return _action_failed(thread_id, exc)
    flash("The conversation is closed. It stays readable here.", "success")
    return redirect(url_for(".thread", thread_id=thread_id))


@bp.post("/threads/<int:thread_id>/reopen")
@login_required
def reopen(thread_id: int):
    try:
        operations.reopen_thread(signed_in_user(), thread_id)
    except ServiceError as exc:
        return _action_failed(thread_id, exc)
    flash("The conversation is open again.", "success")
    return redirect(url_for(".thread", thread_id=thread_id))


def form_user_id(value: str | None) -> int | str | None:
    """A select's user id: "" is nobody; anything not a number goes to the service as it is (422)."""
    value = (value or "").strip()
    if not value:
        return None
    return int(value) if value.isdigit() and len(value) < 12 else value


@bp.post("/threads/<int:thread_id>/assignee")
@login_required
def assign(thread_id: int):
    try:
        thread = operations.assign_thread(signed_in_user(), thread_id, form_user_id(request.form.get("user_id")))  # type: ignore[arg-type]
    except ServiceError as exc:
        return _action_failed(thread_id, exc)
    if thread.assignee is not None:
        flash(f"Assigned to {thread.assignee.name}.", "success")
    else:
        flash("Nobody is assigned to this conversation now.", "success")
    return redirect(url_for(".thread", thread_id=thread_id))


@bp.post("/threads/<int:thread_id>/connection")
@login_required
def connection(thread_id: int):
    form = ConnectionForm()
    opt_in = request.form.get("opt_in") == "yes"
    user = signed_in_user()
    interests = form.interest_list() if opt_in and user.is_candidate else None
    try:
        result = connections.set_connection(user, thread_id, opt_in, interests)
    except ServiceError as exc:
        show_error(form, exc, summary=False)
        return _action_failed(thread_id, exc, connection_form=form)
    if not opt_in:
        flash("You chose not to stay in touch. You can change this at any time.", "success")
    elif connections.serialize_connection(result)["connected"]:
        flash("You are connected: you will stay in touch about future roles.", "success")
    else:
        flash("Your choice is saved. You will be connected if the other side opts in too.", "success")
    return redirect(url_for(".thread", thread_id=thread_id, _anchor="stay-in-touch"))
