"""Who a page is for: the signed-in user, and which of a staff user's organizations
the page is about (?org= switches, the session remembers)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from flask import abort, request, session
from flask_login import current_user

if TYPE_CHECKING:  # web plumbing sits below the feature packages
    from ..accounts.models import Membership

SESSION_KEY = "org_id"


def signed_in_user():
    """The User row behind current_user (services take the model, not the proxy)."""
    return current_user._get_current_object()


def memberships() -> list[Membership]:
    if not current_user.is_authenticated or not current_user.is_staff:
        return []
    return sorted(current_user.memberships, key=lambda m: m.organization_id)


def current_membership() -> Membership | None:
    mine = memberships()
    remembered = session.get(SESSION_KEY)
    return next((m for m in mine if m.organization_id == remembered), mine[0] if mine else None)


def select_organization() -> Membership:
    """The organization for this page; 404 for candidates and for someone else's ?org=."""
    requested = request.args.get("org")
    if requested is not None:
        match = next((m for m in memberships() if str(m.organization_id) == requested), None)
        if match is None:
            abort(404)
        session[SESSION_KEY] = match.organization_id
        return match
    membership = current_membership()
    if membership is None:
        abort(404)
    return membership


def template_context() -> dict:
    return {"my_memberships": memberships(), "current_membership": current_membership()}
