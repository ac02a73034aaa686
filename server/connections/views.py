"""The candidate's My connections page: every organization they stay in touch with, renew or withdraw."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, url_for
from flask_login import login_required

from ..web.context import signed_in_user
from . import operations

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
    return render_template("connections/my_connections.html", items=items)


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
