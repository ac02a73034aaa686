"""The inbox's search and filters as the page's URL holds them (a GET form), and their choices.

The URL is the state: ``q``, ``status``, ``assignee`` (``me``, ``none`` or a user id), ``position_id``
and ``overdue=1``, the same names as ``GET /api/v1/threads``. ``assigned=me`` (the "Assigned to me"
link, older than the form) still means ``assignee=me``. Every link of the page (the pager, the
status links) carries the filters on.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from flask import Request
from sqlalchemy import ColumnElement, or_, select

from ..accounts.access import organizations_by_access
from ..accounts.models import Membership, User
from ..core.errors import BadRequest
from ..extensions import db
from ..hiring.models import Candidacy, Position, PositionStatus
from ..messaging.models import Thread
from ..messaging.search import ThreadFilters, clean_query

TRUE = {"1", "true", "on", "yes"}


def _position_id(value: str) -> int | None:
    value = value.strip()
    if not value:
        return None
    if value.isdigit() and len(value) < 11:
        return int(value)
    raise BadRequest("That position filter is not valid. Choose a position from the list.")


def from_request(request: Request, user: User) -> ThreadFilters:
    """The filters of the page's URL. Candidates filter by status only (the rest is about the
    employer's side)."""
    args = request.args
    status = args.get("status") or None
    if not user.is_staff:
        return ThreadFilters(status=status)
    assignee = (args.get("assignee") or "").strip() or ("me" if args.get("assigned") == "me" else None)
    return ThreadFilters(
        status=status,
        assignee=assignee,
        # Past QUERY_LIMIT characters: 422 with the reason (the search box has that maxlength).
        q=clean_query(args.get("q")),
        position_id=_position_id(args.get("position_id", "")),
        overdue=args.get("overdue", "").lower() in TRUE,
    )


def url_args(filters: ThreadFilters, **changes: object) -> dict[str, object]:
    """The filters as URL arguments (only those set), with ``changes`` applied (None drops one)."""
    args: dict[str, object] = {
        "q": filters.q,
        "status": filters.status,
        "assignee": filters.assignee,
        "position_id": filters.position_id,
        "overdue": 1 if filters.overdue else None,
    }
    args.update(changes)
    if args["assignee"] == "me":
        # As the "Assigned to me" link has always said it, so that its pages keep saying it.
        args["assignee"], args["assigned"] = None, "me"
    return {key: value for key, value in args.items() if value not in (None, "")}


def api_args(filters: ThreadFilters) -> dict[str, object]:
    """The filters as ``GET /api/v1/threads`` arguments."""
    args = {
        "q": filters.q,
        "status": filters.status,
        "assignee": filters.assignee,
        "position_id": filters.position_id,
        "overdue": "true" if filters.overdue else None,
    }
    return {key: value for key, value in args.items() if value not in (None, "")}


@dataclass(frozen=True)
class Choice:
    value: str
    label: str


def position_choices(user: User) -> list[Choice]:
    """The positions whose threads the user may see (one query): every position of the organizations
    where they see everything; where they are a hiring manager, the positions assigned to them and
    those of the threads assigned to them. The organization's name is added when there are several,
    and the id when two titles are the same."""
    full, limited = organizations_by_access(user)
    conditions: list[ColumnElement[bool]] = []
    if full:
        conditions.append(Position.organization_id.in_(full))
    if limited:
        of_my_threads = select(Candidacy.position_id).join(Thread, Thread.candidacy_id == Candidacy.id)
        conditions.append(
            Position.organization_id.in_(limited)
            & or_(
                Position.assignee_id == user.id,
                Position.id.in_(of_my_threads.where(Thread.assignee_id == user.id)),
            )
        )
    if not conditions:
        return []
    positions = list(db.session.scalars(select(Position).where(or_(*conditions)).order_by(Position.title, Position.id)))
    several = len({p.organization_id for p in positions}) > 1

    def label(p: Position) -> str:
        text = f"{p.title} · {p.organization.name}" if several else p.title
        return text + (" (closed)" if p.status == PositionStatus.closed.value else "")

    counts = Counter(label(p) for p in positions)
    return [Choice(str(p.id), label(p) + (f" #{p.id}" if counts[label(p)] > 1 else "")) for p in positions]


def people_choices(user: User) -> list[Choice]:
    """The members of the user's organizations, by name (one query), for "handled by"."""
    if not user.organization_ids:
        return []
    people = db.session.execute(
        select(User.id, User.name)
        .join(Membership, Membership.user_id == User.id)
        .where(Membership.organization_id.in_(user.organization_ids), User.id != user.id)
        .distinct()
        .order_by(User.name, User.id)
    )
    return [Choice(str(person_id), name) for person_id, name in people]
