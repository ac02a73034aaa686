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
from markupsafe import Markup, escape
from sqlalchemy import ColumnElement, Row, or_, select

from ..accounts.access import organizations_by_access
from ..accounts.models import Membership, Organization, User
from ..core.errors import BadRequest
from ..extensions import db
from ..hiring.models import Position, PositionStatus
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
        # The positions of the user's threads, from the (assignee_id, position_id) index alone.
        of_my_threads = select(Thread.position_id).where(Thread.assignee_id == user.id)
        conditions.append(
            Position.organization_id.in_(limited) & or_(Position.assignee_id == user.id, Position.id.in_(of_my_threads))
        )
    if not conditions:
        return []
    # Columns, not Position objects: a large organization has hundreds of positions, and loading each
    # with its organization cost more than the rest of the inbox page.
    rows = db.session.execute(
        select(Position.id, Position.title, Position.status, Position.organization_id, Organization.name)
        .join(Organization, Organization.id == Position.organization_id)
        .where(or_(*conditions))
        .order_by(Position.title, Position.id)
    ).all()
    several = len({row.organization_id for row in rows}) > 1

    def label(row: Row[int, str, str, int, str]) -> str:
        text = f"{row.title} · {row.name}" if several else row.title
        return text + (" (closed)" if row.status == PositionStatus.closed.value else "")

    labels = [label(row) for row in rows]
    counts = Counter(labels)
    return [
        Choice(str(row.id), text + (f" #{row.id}" if counts[text] > 1 else ""))
        for row, text in zip(rows, labels, strict=True)
    ]


def options(choices: list[Choice], selected: object) -> Markup:
    """The ``<option>`` elements of a filter, ``selected`` marked: built here in one pass, because a
    template loop over a large organization's hundreds of positions took longer than the rest of the
    inbox page."""
    chosen = "" if selected is None else str(selected)
    # escape() on each value (markupsafe's C helper); Markup.format's Formatter was slower still.
    return Markup(
        "".join(
            f'<option value="{escape(c.value)}"{" selected" if c.value == chosen else ""}>{escape(c.label)}</option>'
            for c in choices
        )
    )


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
