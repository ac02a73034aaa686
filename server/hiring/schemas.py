"""Request and response schemas of positions, candidacies, rejection and invitations."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from ..accounts.schemas import Email, Name, NewPassword
from ..api.fields import Id, text
from ..api.schemas import OrganizationRef, Out, PageQuery, PersonRef, PositionRef, Request, UserOut
from ..core.time import isoformat
from ..messaging.operations import MAX_BODY
from ..messaging.schemas import ThreadOut
from .defaults import REJECTION_REASONS
from .models import InvitationStatus
from .operations import DESCRIPTION_LIMIT, TITLE_LIMIT


class PositionIn(Request):
    organization_id: Id
    title: Annotated[str, text(TITLE_LIMIT, blank=False)]
    description: Annotated[str, text(DESCRIPTION_LIMIT)] | None = None


class PositionListQuery(PageQuery):
    organization_id: int


class PositionOut(Out):
    id: int
    organization_id: int
    title: str
    description: str
    status: Literal["open", "closed"]
    assignee: PersonRef | None


class AssigneeIn(Request):
    user_id: Id | None = Field(description="A staff member of the position's organization, or null to unassign.")


class PositionList(Out):
    items: list[PositionOut]
    next_cursor: str | None


class CandidacyIn(Request):
    name: Name
    email: Email


class CandidacyOut(Out):
    id: int
    position_id: int
    name: str
    email: str
    status: Literal["active", "rejected"]


class CandidacyList(Out):
    items: list[CandidacyOut]
    next_cursor: str | None


class RejectIn(Request):
    # Every organization has the default reasons (seeded when it is made); the service checks the code.
    reason: Annotated[str, Field(json_schema_extra={"enum": [code for code, _, _ in REJECTION_REASONS]})] | None = (
        Field(None, description="The internal reason, one of the organization's (GET .../rejection-reasons).")
    )
    message: Annotated[str, text(MAX_BODY, enforced=False)] | None = Field(
        None,
        description="The employer's first message (the rejection note; longer than 20,000 characters is 413). It "
        "passes the wording gate: a legal_risk finding is 422 `legal_risk` with the findings in "
        "`error.fields.findings`, and nothing changes.",
    )
    acknowledge_risks: bool = Field(
        False, description="Send the note despite a legal_risk finding (recorded with your name and the time)."
    )


class IssuedInvitationOut(Out):
    """An invitation as its employer sees it: who it went to and where it stands, never its link."""

    id: int
    email: str
    status: InvitationStatus
    expires_at: str


class RejectOut(Out):
    candidacy: CandidacyOut
    thread: ThreadOut
    invitation: IssuedInvitationOut


class InvitationOut(Out):
    organization: OrganizationRef
    position: PositionRef
    email: str
    expires_at: str


class AcceptIn(Request):
    """A new account: both fields. With a candidate's Bearer token the thread joins that account, and the
    fields are not used."""

    name: Name | None = None
    password: NewPassword | None = None


class AcceptOut(Out):
    token: str | None
    user: UserOut
    thread: ThreadOut


class ReasonOut(Out):
    code: str
    label: str
    hints: dict[str, str]


class ReasonList(Out):
    items: list[ReasonOut]


def position_out(position) -> dict:
    return {
        "id": position.id,
        "organization_id": position.organization_id,
        "title": position.title,
        "description": position.description,
        "status": position.status,
        "assignee": {"id": position.assignee.id, "name": position.assignee.name} if position.assignee else None,
    }


def candidacy_out(candidacy) -> dict:
    return {
        "id": candidacy.id,
        "position_id": candidacy.position_id,
        "name": candidacy.name,
        "email": candidacy.email,
        "status": candidacy.status,
    }


def issued_invitation_out(invitation) -> dict:
    return {
        "id": invitation.id,
        "email": invitation.email,
        "status": invitation.status.value,
        "expires_at": isoformat(invitation.expires_at),
    }


def invitation_out(invitation) -> dict:
    position = invitation.candidacy.position
    return {
        "organization": {"id": position.organization.id, "name": position.organization.name},
        "position": {"id": position.id, "title": position.title},
        "email": invitation.email,
        "expires_at": isoformat(invitation.expires_at),
    }
