"""Positions, candidacies, rejection and invitations over JSON."""

from __future__ import annotations

from spectree import Response

from ..accounts.access import require_membership
from ..accounts.api_auth import current_user_or_none, require_user
from ..accounts.schemas import user_out
from ..api.blueprint import bp, spec
from ..api.pagination import decode_cursor, page
from ..api.schemas import PageQuery, errors
from ..api.validation import validated
from ..messaging.summaries import summarize_one
from ..web.rate_limits import invitation_lookup_limit
from . import operations
from .schemas import (
    AcceptIn,
    AcceptOut,
    AssigneeIn,
    CandidacyIn,
    CandidacyList,
    CandidacyOut,
    InvitationOut,
    IssuedInvitationOut,
    PositionIn,
    PositionList,
    PositionListQuery,
    PositionOut,
    ReasonList,
    RejectIn,
    RejectOut,
    candidacy_out,
    invitation_out,
    issued_invitation_out,
    position_out,
)

SECURED: dict[str, list[str]] = {"bearer": []}


@bp.post("/positions")
@spec.validate(
    json=PositionIn,
    resp=Response(HTTP_201=PositionOut, **errors(400, 401, 403, 404, 422)),
    security=SECURED,
    tags=["hiring"],
)
def create_position():
    """Create a position in one of the caller's organizations (admin or recruiter)."""
    user = require_user()
    body: PositionIn = validated().json
    position = operations.create_position(user, body.organization_id, body.title, body.description)
    return position_out(position), 201


@bp.get("/positions")
@spec.validate(
    query=PositionListQuery,
    resp=Response(HTTP_200=PositionList, **errors(400, 401, 404, 422)),
    security=SECURED,
    tags=["hiring"],
)
def list_positions():
    """Positions of an organization the caller belongs to, newest first."""
    user = require_user()
    query: PositionListQuery = validated().query
    rows, next_id = operations.list_positions(
        user, query.organization_id, query.limit, decode_cursor(query.cursor, "id")
    )
    return page([position_out(p) for p in rows], next_id, "id")


@bp.get("/positions/<int:position_id>")
@spec.validate(resp=Response(HTTP_200=PositionOut, **errors(401, 404)), security=SECURED, tags=["hiring"])
def get_position(position_id: int):
    """One position of the caller's organization."""
    return position_out(operations.get_position(require_user(), position_id))


@bp.post("/positions/<int:position_id>/close")
@spec.validate(resp=Response(HTTP_200=PositionOut, **errors(401, 403, 404, 409)), security=SECURED, tags=["hiring"])
def close_position(position_id: int):
    """Close a position (admin or recruiter): it takes no new candidacies; rejections still work."""
    return position_out(operations.close_position(require_user(), position_id))


@bp.post("/positions/<int:position_id>/reopen")
@spec.validate(resp=Response(HTTP_200=PositionOut, **errors(401, 403, 404, 409)), security=SECURED, tags=["hiring"])
def reopen_position(position_id: int):
    """Reopen a closed position (admin or recruiter)."""
    return position_out(operations.reopen_position(require_user(), position_id))


@bp.put("/positions/<int:position_id>/assignee")
@spec.validate(
    json=AssigneeIn,
    resp=Response(HTTP_200=PositionOut, **errors(400, 401, 403, 404, 422)),
    security=SECURED,
    tags=["hiring"],
)
def assign_position(position_id: int):
    """Give the position, and so its conversations, to a member of the organization, or to nobody
    with null (admins and recruiters). A hiring manager sees the positions assigned to them."""
    body: AssigneeIn = validated().json
    return position_out(operations.assign_position(require_user(), position_id, body.user_id))


@bp.post("/positions/<int:position_id>/candidacies")
@spec.validate(
    json=CandidacyIn,
    resp=Response(HTTP_201=CandidacyOut, **errors(400, 401, 403, 404, 409, 422)),
    security=SECURED,
    tags=["hiring"],
)
def add_candidacy(position_id: int):
    """Add a person (name and email) as a candidate for the position."""
    user = require_user()
    body: CandidacyIn = validated().json
    return candidacy_out(operations.add_candidacy(user, position_id, body.name, body.email)), 201


@bp.get("/positions/<int:position_id>/candidacies")
@spec.validate(
    query=PageQuery,
    resp=Response(HTTP_200=CandidacyList, **errors(400, 401, 404, 422)),
    security=SECURED,
    tags=["hiring"],
)
def list_candidacies(position_id: int):
    """Candidacies for the position, newest first."""
    query: PageQuery = validated().query
    rows, next_id = operations.list_candidacies(
        require_user(), position_id, query.limit, decode_cursor(query.cursor, "id")
    )
    return page([candidacy_out(c) for c in rows], next_id, "id")


@bp.get("/candidacies/<int:candidacy_id>")
@spec.validate(resp=Response(HTTP_200=CandidacyOut, **errors(401, 404)), security=SECURED, tags=["hiring"])
def get_candidacy(candidacy_id: int):
    """One candidacy of the caller's organization."""
    return candidacy_out(operations.get_candidacy(require_user(), candidacy_id))


@bp.post("/candidacies/<int:candidacy_id>/reject")
@spec.validate(
    json=RejectIn,
    resp=Response(HTTP_201=RejectOut, **errors(400, 401, 403, 404, 409, 413, 422)),
    security=SECURED,
    tags=["hiring"],
)
def reject_candidacy(candidacy_id: int):
    """Reject: opens the private thread and emails the candidate an invitation.

    The invitation link goes to the candidate's email only: the response carries its status, never the link.
    """
    user = require_user()
    body: RejectIn = validated().json or RejectIn()
    candidacy, thread, invitation = operations.reject_candidacy(
        user, candidacy_id, body.reason, body.message, body.acknowledge_risks
    )
    return {
        "candidacy": candidacy_out(candidacy),
        "thread": summarize_one(user, thread),
        "invitation": issued_invitation_out(invitation),
    }, 201


@bp.post("/candidacies/<int:candidacy_id>/invitation/resend")
@spec.validate(
    resp=Response(HTTP_200=IssuedInvitationOut, **errors(401, 403, 404, 409)),
    security=SECURED,
    tags=["hiring"],
)
def resend_invitation(candidacy_id: int):
    """Email the rejected candidate a new invitation link; the previous link stops working."""
    return issued_invitation_out(operations.resend_invitation(require_user(), candidacy_id))


@bp.get("/organizations/<int:organization_id>/rejection-reasons")
@spec.validate(resp=Response(HTTP_200=ReasonList, **errors(401, 404)), security=SECURED, tags=["hiring"])
def list_rejection_reasons(organization_id: int):
    """The organization's rejection reasons (internal to the employer)."""
    require_membership(require_user(), organization_id)
    return {
        "items": [
            {"code": r.code, "label": r.label, "hints": r.hints} for r in operations.rejection_reasons(organization_id)
        ]
    }


@bp.get("/invitations/<token>")
@invitation_lookup_limit
@spec.validate(resp=Response(HTTP_200=InvitationOut, **errors(404, 409)), tags=["invitations"])
def get_invitation(token: str):
    """What an invitation is for; no login needed (the token is the secret)."""
    return invitation_out(operations.get_invitation(token))


@bp.post("/invitations/<token>/accept")
@invitation_lookup_limit
@spec.validate(
    json=AcceptIn, resp=Response(HTTP_200=AcceptOut, **errors(400, 401, 403, 404, 409, 422)), tags=["invitations"]
)
def accept_invitation(token: str):
    """Create a candidate account for the invited email, or attach the thread to the caller's."""
    caller = current_user_or_none()
    body: AcceptIn = validated().json or AcceptIn()
    if caller is not None:
        user, thread = operations.accept_invitation(token, user=caller)
        new_token = None
    else:
        user, thread, new_token = operations.accept_invitation_with_token(token, body.name, body.password)
    return {"token": new_token, "user": user_out(user), "thread": summarize_one(user, thread)}
