"""An API request is one unit of work whose answer is what it just committed."""

from __future__ import annotations

from flask import g

from ..extensions import db
from .blueprint import bp

_SAVED = "candor_expire_on_commit"


@bp.before_request
def keep_rows_after_commit() -> None:
    # Expiring every row on commit made each view reload what the operation had just written (a
    # rejection's answer: the candidacy, thread, user, memberships and invitation again, 6 statements).
    # The session ends with the request, so nothing stale outlives it.
    session = db.session()
    setattr(g, _SAVED, session.expire_on_commit)
    session.expire_on_commit = False


@bp.teardown_request
def restore_expire_on_commit(_exc: BaseException | None) -> None:
    # Restored: an in-process test client shares its app context's session with the test.
    saved = g.pop(_SAVED, None)
    if saved is not None:
        db.session().expire_on_commit = saved
