"""Who may act for an organization. Outsiders get 404, members without the role 403."""

from __future__ import annotations

from ..core.errors import Forbidden, NotFound
from ..extensions import db
from .models import Organization, Role, User

MANAGE_CANDIDATES = (Role.admin.value, Role.recruiter.value)
ADMIN = (Role.admin.value,)


def require_membership(user: User, organization_id: int, roles: tuple[str, ...] | None = None) -> Organization:
    role = user.role_in(organization_id) if user.is_staff else None
    if role is None:
        raise NotFound("Organization not found.")
    if roles is not None and role not in roles:
        raise Forbidden("Your role in this organization does not allow that.")
    org = db.session.get(Organization, organization_id)
    if org is None:
        raise NotFound("Organization not found.")
    return org
