"""Who may act for an organization. Outsiders get 404, members without the role 403.

Roles: an admin may do everything; a recruiter works with positions, candidacies, rejections and
every thread of the organization; a hiring manager only sees the threads (and positions) assigned to
them, read-only for positions. Thread and position visibility itself lives with those packages
(``messaging.access``, ``hiring.operations``), built on the role sets here.
"""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import bindparam, select

from ..core import statements
from ..core.errors import Forbidden, Invalid, NotFound
from ..core.transaction import memo
from ..extensions import db
from .models import Membership, Organization, Role, User, UserKind

MANAGE_CANDIDATES = (Role.admin.value, Role.recruiter.value)
ADMIN = (Role.admin.value,)
# Who sees every thread and position of the organization (and may assign them).
FULL_ACCESS = MANAGE_CANDIDATES
ASSIGN = MANAGE_CANDIDATES
HIRING_MANAGER = Role.hiring_manager.value


# Built once: building a statement cost more than running it (every live message asks this).
_STAFF_ROLES = (
    select(Membership.user_id, Membership.role)
    .where(Membership.organization_id == bindparam("organization_id"))
    .order_by(Membership.user_id)
)


def staff_roles(organization_id: int) -> list[tuple[int, str]]:
    """(user id, role) of each member, by user id: one query, shared by the subscribers of one event
    round (who sees a new message, and who is emailed about it)."""

    def load() -> list[tuple[int, str]]:
        rows = statements.execute(_STAFF_ROLES, {"organization_id": organization_id})
        return [(user_id, role) for user_id, role in rows]

    return memo(("staff_roles", organization_id), load)


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


def organizations_by_access(user: User) -> tuple[list[int], list[int]]:
    """(organizations where the user sees everything, organizations where they are a hiring manager)."""
    if not user.is_staff:
        return [], []
    full = [m.organization_id for m in user.memberships if m.role in FULL_ACCESS]
    limited = [m.organization_id for m in user.memberships if m.role == HIRING_MANAGER]
    return full, limited


def has_full_access(user: User, organization_id: int) -> bool:
    return user.is_staff and user.role_in(organization_id) in FULL_ACCESS


def full_access_organizations(user_ids: Collection[int]) -> dict[int, set[int]]:
    """user id -> the organizations where they are an admin or a recruiter now (one query): the
    organization rooms their live sockets belong in."""
    found: dict[int, set[int]] = {user_id: set() for user_id in user_ids}
    if found:
        rows = db.session.execute(
            select(Membership.user_id, Membership.organization_id).where(
                Membership.user_id.in_(list(found)), Membership.role.in_(FULL_ACCESS)
            )
        )
        for user_id, organization_id in rows:
            found[user_id].add(organization_id)
    return found


def standing(user_ids: Collection[int]) -> dict[int, tuple[str, frozenset[tuple[int, str]]]]:
    """user id -> their name and (organization, role) memberships now (one query): what a live socket's kept
    copy of its user must still match (realtime.identity)."""
    found: dict[int, tuple[str, set[tuple[int, str]]]] = {}
    if user_ids:
        rows = db.session.execute(
            select(User.id, User.name, Membership.organization_id, Membership.role)
            .outerjoin(Membership, Membership.user_id == User.id)
            .where(User.id.in_(list(user_ids)))
        )
        for user_id, name, organization_id, role in rows:
            entry = found.setdefault(user_id, (name, set()))
            if organization_id is not None:
                entry[1].add((organization_id, role))
    return {user_id: (name, frozenset(roles)) for user_id, (name, roles) in found.items()}


def require_assignable(organization_id: int, user_id: int | None, field: str = "user_id") -> User | None:
    """The staff member of the organization who may be assigned work, or None to unassign; anyone
    else (a stranger, a candidate, a member of another organization) is a 422 on ``field``."""
    if user_id is None:
        return None
    if isinstance(user_id, bool) or not isinstance(user_id, int):
        raise Invalid("Choose a member of this organization's team.", fields={field: "A user id or null."})
    user = db.session.scalar(
        select(User)
        .join(Membership, Membership.user_id == User.id)
        .where(User.id == user_id, User.kind == UserKind.staff.value, Membership.organization_id == organization_id)
    )
    if user is None:
        raise Invalid(
            "Only a member of this organization's team can be assigned.",
            fields={field: "Not a member of this organization."},
        )
    return user
