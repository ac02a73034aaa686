"""One-click unsubscribe from an email link, without logging in.

GET shows what the link will switch off and a button (link scanners and previews
follow GETs, so a GET changes nothing); POST applies it. Mail programs POST to the
same address on their own unsubscribe button (RFC 8058), so the POST needs no CSRF
token: the signed link is the authority.
"""

from __future__ import annotations

from flask import Blueprint, abort, render_template

from ..accounts.models import User
from ..extensions import csrf, db
from . import settings
from .unsubscribe import read_token

bp = Blueprint("unsubscribe", __name__)


def _target(token: str) -> tuple[User, str]:
    found = read_token(token)
    user = db.session.get(User, found[0]) if found else None
    if found is None or user is None:
        abort(404)
    return user, found[1]


@bp.get("/unsubscribe/<token>")
def confirm(token: str):
    user, kind = _target(token)
    on = settings.email_settings(user.id)[kind]
    return render_template(
        "notifications/unsubscribe.html", user=user, kind=kind, noun=settings.NOUNS[kind], done=not on, token=token
    )


@bp.post("/unsubscribe/<token>")
@csrf.exempt
def apply(token: str):
    user, kind = _target(token)
    settings.unsubscribe(user.id, kind)
    return render_template(
        "notifications/unsubscribe.html", user=user, kind=kind, noun=settings.NOUNS[kind], done=True, token=token
    )
