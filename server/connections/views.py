"""The candidate's My connections page: every organization they stay in touch with, renew or withdraw,
and each one's history; the one-click renew and withdraw pages of the emailed links (no login: the
token authenticates; a GET only shows the button, since mail scanners open links)."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, url_for
from flask_login import login_required

from ..core.errors import NotFound
from ..web.context import signed_in_user
from . import operations
from .links import LinkGone, load_renew_token, load_withdraw_token

bp = Blueprint("connections", __name__)


@bp.get("/connections")
@login_required
def my_connections():
    """Candidates only (staff: the 403 page). The whole list: a candidate has few organizations."""
    user = signed_in_user()
    rows, before = operations.list_my_connections(user, limit=100)
    while before is not None:
        more, before = operations.list_my_connections(user, limit=100, before_id=before)
        rows += more
    items = [operations.my_connection_out(connection, thread) for connection, thread in rows]
    found = operations.histories(user, [item["organization"]["id"] for item in items])
    history = {org_id: [operations.history_out(e) for e in events] for org_id, events in found.items()}
    return render_template("connections/my_connections.html", items=items, history=history)


@bp.post("/connections/threads/<int:thread_id>/renew")
@login_required
def renew(thread_id: int):
    """A button with only the CSRF token (checked for every POST); 404/403/409 land on the error page."""
    connection = operations.set_my_connection(signed_in_user(), thread_id, True)
    if connection.is_connected(connection.updated_at):
        flash("Renewed: you stay in touch with this organization.", "success")
    else:
        flash("You would like to stay in touch. You are connected once the employer agrees too.", "success")
    return redirect(url_for(".my_connections"))


@bp.post("/connections/threads/<int:thread_id>/withdraw")
@login_required
def withdraw(thread_id: int):
    operations.set_my_connection(signed_in_user(), thread_id, False)
    flash("Withdrawn: this organization may no longer contact you about future roles.", "success")
    return redirect(url_for(".my_connections"))


def _link_problem(exc: NotFound | LinkGone):
    gone = isinstance(exc, LinkGone)
    return render_template("connections/link_problem.html", message=exc.message, gone=gone), exc.status


def _link_page(kind: str, token: str):
    loader = load_renew_token if kind == "renew" else load_withdraw_token
    try:
        connection = loader(token)
    except (NotFound, LinkGone) as exc:
        return _link_problem(exc)
    return render_template(
        "connections/link_confirm.html", kind=kind, token=token, **operations.link_details(connection)
    )


def _link_done(kind: str, token: str):
    action = operations.renew_by_link if kind == "renew" else operations.withdraw_by_link
    try:
        connection = action(token)
    except (NotFound, LinkGone) as exc:
        return _link_problem(exc)
    return render_template("connections/link_done.html", kind=kind, **operations.link_details(connection))


@bp.get("/connections/renew/<token>")
def renew_link(token: str):
    """The reminder email's renewal link: the organization, the current expiry and one button."""
    return _link_page("renew", token)


@bp.post("/connections/renew/<token>")
def renew_link_confirm(token: str):
    """The button (CSRF checked for every POST): a full new consent period from now."""
    return _link_done("renew", token)


@bp.get("/connections/withdraw/<token>")
def withdraw_link(token: str):
    return _link_page("withdraw", token)


@bp.post("/connections/withdraw/<token>")
def withdraw_link_confirm(token: str):
    return _link_done("withdraw", token)
