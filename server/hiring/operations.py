"""Positions, candidacies, rejection and invitations."""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta
from typing import Any, cast

from flask import current_app
from sqlalchemy import CursorResult, Select, Table, select
from sqlalchemy.orm import selectinload

from ..accounts.access import ASSIGN, HIRING_MANAGER, MANAGE_CANDIDATES, require_assignable, require_membership
from ..accounts.events import MemberRemoved, OrganizationCreated
from ..accounts.models import User
from ..accounts.operations import create_candidate_account, find_user_by_email, issue_token, normalize_email
from ..core import rate_limits
from ..core.errors import Conflict, Forbidden, Invalid, NotFound
from ..core.events import subscribe
from ..core.time import utcnow
from ..core.transaction import operation, record
from ..extensions import db
from ..messaging import wording
from ..messaging.models import Message, Thread
from ..messaging.operations import candidate_joined, check_body, open_thread
from .defaults import REJECTION_REASONS
from .events import InvitationIssued, PositionAssigned
from .models import Candidacy, CandidacyStatus, Invitation, Position, PositionStatus, RejectionReason

TITLE_LIMIT = 200
DESCRIPTION_LIMIT = 10_000


@subscribe(OrganizationCreated)
def seed_rejection_reasons(created: OrganizationCreated) -> None:
    for index, (code, label, hints) in enumerate(REJECTION_REASONS):
        db.session.add(
            RejectionReason(
                organization_id=created.organization_id, code=code, label=label, hints=hints, position=index
            )
        )


def rejection_reasons(organization_id: int) -> list[RejectionReason]:
    return list(
        db.session.scalars(
            select(RejectionReason)
            .where(RejectionReason.organization_id == organization_id)
            .order_by(RejectionReason.position)
        )
    )


def rejection_reason_of(candidacy: Candidacy) -> RejectionReason | None:
    """The employer's internal reason for a rejection (staff eyes only), or None."""
    if not candidacy.rejection_reason:
        return None
    return db.session.scalar(
        select(RejectionReason).where(
            RejectionReason.organization_id == candidacy.position.organization_id,
            RejectionReason.code == candidacy.rejection_reason,
        )
    )


def _text(value: str | None, field: str, label: str, limit: int, required: bool = True) -> str:
    value = (value or "").strip()
    if required and not value:
        raise Invalid(f"{label} is required.", fields={field: "Required."})
    if len(value) > limit:
        raise Invalid(
            f"{label} is too long (at most {limit:,} characters).", fields={field: f"At most {limit:,} characters."}
        )
    return value


# -- positions ---------------------------------------------------------------


@operation
def create_position(user: User, organization_id: int, title: str, description: str | None = None) -> Position:
    require_membership(user, organization_id, MANAGE_CANDIDATES)
    position = Position(
        organization_id=organization_id,
        title=" ".join(_text(title, "title", "Title", TITLE_LIMIT).split()),
        description=_text(description, "description", "Description", DESCRIPTION_LIMIT, required=False),
    )
    db.session.add(position)
    db.session.flush()
    return position


def _newest_first(query: Select, column: Any, limit: int, before_id: int | None) -> tuple[list, int | None]:
    """Newest first: (rows, id to continue before, or None)."""
    if before_id is not None:
        query = query.where(column < before_id)
    rows = list(db.session.scalars(query.order_by(column.desc()).limit(limit + 1)))
    more = len(rows) > limit
    rows = rows[:limit]
    return rows, (rows[-1].id if more else None)


def list_positions(
    user: User, organization_id: int, limit: int = 50, before_id: int | None = None
) -> tuple[list[Position], int | None]:
    """A hiring manager sees only the positions assigned to them."""
    require_membership(user, organization_id)
    # Each position's assignee (position_out) in one query for the page.
    query = select(Position).where(Position.organization_id == organization_id).options(selectinload(Position.assignee))
    if user.role_in(organization_id) == HIRING_MANAGER:
        query = query.where(Position.assignee_id == user.id)
    return _newest_first(query, Position.id, limit, before_id)


def can_see_position(user: User, position: Position) -> bool:
    role = user.role_in(position.organization_id) if user.is_staff else None
    if role is None:
        return False
    return role != HIRING_MANAGER or position.assignee_id == user.id


def get_position(user: User, position_id: int) -> Position:
    """Admins and recruiters see every position of their organizations, a hiring manager only the
    positions assigned to them; any other is 404."""
    position = db.session.get(Position, position_id)
    if position is None or not can_see_position(user, position):
        raise NotFound("Position not found.")
    return position


@operation
def assign_position(user: User, position_id: int, assignee_id: int | None) -> Position:
    """Admins and recruiters give the position (and so its threads) to a member, or to nobody."""
    position = get_position(user, position_id)
    require_membership(user, position.organization_id, ASSIGN)
    assignee = require_assignable(position.organization_id, assignee_id)
    previous = position.assignee_id
    new = assignee.id if assignee is not None else None
    if new != previous:
        position.assignee_id = new
        db.session.flush()
        db.session.expire(position, ["assignee"])
        record(PositionAssigned(position.id, new, previous))
    return position


@subscribe(MemberRemoved)
def unassign_removed_member(removed: MemberRemoved) -> None:
    """A member who leaves the organization no longer handles its positions."""
    positions = list(
        db.session.scalars(
            select(Position).where(
                Position.organization_id == removed.organization_id, Position.assignee_id == removed.user_id
            )
        )
    )
    for position in positions:
        position.assignee_id = None
        db.session.expire(position, ["assignee"])
        record(PositionAssigned(position.id, None, removed.user_id))


def positions_threads(position_id: int) -> list[Thread]:
    """The threads of the position's candidacies (one query; for announcing an assignment)."""
    return list(
        db.session.scalars(
            select(Thread)
            .join(Candidacy, Candidacy.id == Thread.candidacy_id)
            .where(Candidacy.position_id == position_id)
        )
    )


@operation
def close_position(user: User, position_id: int) -> Position:
    """Closes a position (admins and recruiters): it takes no new candidacies; rejections still work."""
    return _set_position_status(user, position_id, PositionStatus.closed)


@operation
def reopen_position(user: User, position_id: int) -> Position:
    """Reopens a closed position (admins and recruiters)."""
    return _set_position_status(user, position_id, PositionStatus.open)


def _set_position_status(user: User, position_id: int, status: PositionStatus) -> Position:
    position = get_position(user, position_id)
    require_membership(user, position.organization_id, MANAGE_CANDIDATES)
    if position.status == status:
        raise Conflict(f"This position is already {status.value}.", code=f"already_{status.value}")
    position.status = status.value
    db.session.flush()
    return position


# -- candidacies ---------------------------------------------------------------


@operation
def add_candidacy(user: User, position_id: int, name: str, email: str) -> Candidacy:
    position = get_position(user, position_id)
    require_membership(user, position.organization_id, MANAGE_CANDIDATES)
    if position.status == PositionStatus.closed:
        raise Conflict(
            "This position is closed and takes no new candidates. Reopen it to add someone.", code="position_closed"
        )
    email = normalize_email(_text(email, "email", "Email", 254))
    exists = db.session.scalar(
        select(Candidacy.id).where(Candidacy.position_id == position.id, Candidacy.email == email)
    )
    if exists:
        raise Conflict("This person is already a candidate for this position.", code="duplicate_candidacy")
    candidacy = Candidacy(position_id=position.id, name=" ".join(_text(name, "name", "Name", 120).split()), email=email)
    db.session.add(candidacy)
    db.session.flush()
    return candidacy


def list_candidacies(
    user: User, position_id: int, limit: int = 50, before_id: int | None = None
) -> tuple[list[Candidacy], int | None]:
    position = get_position(user, position_id)
    return _newest_first(select(Candidacy).where(Candidacy.position_id == position.id), Candidacy.id, limit, before_id)


def get_candidacy(user: User, candidacy_id: int) -> Candidacy:
    candidacy = db.session.get(Candidacy, candidacy_id)
    if candidacy is None or not can_see_position(user, candidacy.position):
        raise NotFound("Candidacy not found.")
    return candidacy


def candidacy_to_reject(user: User, candidacy_id: int) -> Candidacy:
    """A candidacy the user may reject (the rejection form): 404 if they do not see it, 403 if their
    role may not reject (a hiring manager)."""
    candidacy = get_candidacy(user, candidacy_id)
    require_membership(user, candidacy.position.organization_id, MANAGE_CANDIDATES)
    return candidacy


def _token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def invitation_url(token: str) -> str:
    return f"{current_app.config['CANDOR_BASE_URL']}/invitations/{token}"


def _new_token() -> tuple[str, str]:
    """A fresh random token and its digest: the digest is stored, the token only mailed."""
    token = secrets.token_urlsafe(32)
    return token, _token_digest(token)


def _invitation_expiry() -> datetime:
    return utcnow() + timedelta(days=current_app.config["INVITATION_TTL_DAYS"])


@operation
def reject_candidacy(
    user: User,
    candidacy_id: int,
    reason: str | None = None,
    message: str | None = None,
    acknowledge_risks: bool = False,
    *,
    email_counted: bool = False,
) -> tuple[Candidacy, Thread, Invitation]:
    """Rejects, opens the private thread, and invites the candidate (the email goes out with the commit).

    The note (``message``) passes the wording gate first: a legal-risk finding is 422 ``legal_risk``
    and nothing changes (no rejection, no thread, no email) unless ``acknowledge_risks``; an
    acknowledged note is recorded (subject ``rejection``, with the thread and the message).

    The invitation's link reaches only the candidate's email, through ``InvitationIssued``:
    the caller (staff) gets the invitation row, never its token.

    ``email_counted``: the invitation email was already counted against the organization's limit
    (a bulk rejection reserves its rows' share of ``CANDOR_REJECTION_LIMIT`` when it is uploaded).
    """
    candidacy = get_candidacy(user, candidacy_id)
    org_id = candidacy.position.organization_id
    require_membership(user, org_id, MANAGE_CANDIDATES)
    if candidacy.status == CandidacyStatus.rejected:
        raise Conflict("This candidacy has already been rejected.", code="already_rejected")
    if reason is not None:
        codes = {r.code for r in rejection_reasons(org_id)}
        if reason not in codes:
            raise Invalid("Unknown rejection reason.", fields={"reason": "One of: " + ", ".join(sorted(codes)) + "."})
    first_message = (message or "").strip()
    if first_message:
        check_body(first_message, "message")  # the length rule of every message, before the check
    findings = wording.require_acceptable({"message": first_message}, acknowledge_risks)
    if not email_counted:
        _count_invitation_email(org_id)

    now = utcnow()
    candidacy.status = CandidacyStatus.rejected.value
    candidacy.rejection_reason = reason
    candidacy.rejected_at = now
    candidacy.rejected_by_id = user.id
    thread = open_thread(candidacy, user, first_message or None)
    if wording.risky(findings):
        note_id = db.session.scalar(
            select(Message.id).where(Message.thread_id == thread.id, Message.author_id == user.id).limit(1)
        )
        wording.record_acknowledgement(user, org_id, "rejection", findings, thread_id=thread.id, message_id=note_id)

    token, digest = _new_token()
    invitation = Invitation(
        candidacy_id=candidacy.id, email=candidacy.email, token_hash=digest, expires_at=_invitation_expiry()
    )
    db.session.add(invitation)
    db.session.flush()
    record(InvitationIssued(invitation.id, invitation_url(token), first_message))
    return candidacy, thread, invitation


def invitation_of(candidacy: Candidacy) -> Invitation | None:
    """The invitation of a rejected candidacy (staff pages show its status), or None."""
    return invitations_by_candidacy([candidacy.id]).get(candidacy.id)


def invitations_by_candidacy(candidacy_ids: list[int]) -> dict[int, Invitation]:
    """Candidacy id -> its (newest) invitation, in one query."""
    if not candidacy_ids:
        return {}
    rows = db.session.scalars(
        select(Invitation).where(Invitation.candidacy_id.in_(candidacy_ids)).order_by(Invitation.id)
    )
    return {row.candidacy_id: row for row in rows}


INVITATION_EMAILS = "CANDOR_REJECTION_LIMIT"
INVITATION_EMAILS_SCOPE = "invitation_emails"  # counted per organization: (scope, organization id)


def _count_invitation_email(organization_id: int) -> None:
    """Each rejection and each resend emails the candidate a link (with the employer's note): limited per
    organization per hour, so a stolen employer account cannot turn Candor into a mailer."""
    rate_limits.count(
        INVITATION_EMAILS,
        INVITATION_EMAILS_SCOPE,
        str(organization_id),
        refusal="Your organization has sent many rejections and invitations in the last hour. "
        "Wait {wait} and try again.",
    )


@operation
def resend_invitation(user: User, candidacy_id: int) -> Invitation:
    """A new link for a rejected candidate who has not accepted yet; the old link stops working.

    The token and expiry of the same invitation are replaced (the old token's digest is
    gone, so its link is unknown: 404), and a new email is queued through ``InvitationIssued``.
    """
    candidacy = get_candidacy(user, candidacy_id)
    require_membership(user, candidacy.position.organization_id, MANAGE_CANDIDATES)
    if candidacy.status != CandidacyStatus.rejected:
        raise Conflict(
            "Only a rejected candidate has an invitation. Reject the candidacy to invite them.", code="not_rejected"
        )
    invitation = invitation_of(candidacy)
    if invitation is None:
        raise Conflict("This candidacy has no invitation to resend.", code="no_invitation")
    if invitation.used_at is not None:
        raise Conflict(
            f"{candidacy.name} already accepted the invitation: the conversation is open to them.",
            code="invitation_accepted",
        )
    _count_invitation_email(candidacy.position.organization_id)
    token, digest = _new_token()
    # Conditional, so a resend never revives an invitation accepted a moment ago.
    invitations = cast(Table, Invitation.__table__)
    result = cast(
        CursorResult[Any],
        db.session.execute(
            invitations.update()
            .where(Invitation.id == invitation.id, Invitation.used_at.is_(None))
            .values(token_hash=digest, expires_at=_invitation_expiry())
        ),
    )
    if result.rowcount != 1:
        raise Conflict(
            f"{candidacy.name} already accepted the invitation: the conversation is open to them.",
            code="invitation_accepted",
        )
    db.session.refresh(invitation)
    record(InvitationIssued(invitation.id, invitation_url(token), resent=True))
    return invitation


# -- invitations ---------------------------------------------------------------


def _usable_invitation(token: str) -> Invitation:
    invitation = db.session.scalar(select(Invitation).where(Invitation.token_hash == _token_digest(token)))
    if invitation is None:
        raise NotFound("This invitation link is not valid. Check that you copied the whole link.")
    if invitation.used_at is not None:
        raise Conflict(
            "This invitation has already been used. Log in to see your conversation.", code="invitation_used"
        )
    if invitation.expires_at <= utcnow():
        raise Conflict("This invitation has expired. Ask the employer to send a new one.", code="invitation_expired")
    return invitation


def get_invitation(token: str) -> Invitation:
    return _usable_invitation(token)


@operation
def accept_invitation(
    token: str, user: User | None = None, name: str | None = None, password: str | None = None
) -> tuple[User, Thread]:
    """Binds the candidacy and its thread to the candidate's account.

    With ``user`` (a signed-in candidate) the invited email must be theirs;
    without it a new candidate account is created for the invited email.
    """
    invitation = _usable_invitation(token)
    if user is not None:
        if not user.is_candidate:
            raise Forbidden(
                "Staff accounts cannot accept a candidate invitation. Log out and try again.", code="not_a_candidate"
            )
        if user.email != invitation.email:
            raise Forbidden(
                "This invitation was sent to a different email address than your account's.", code="email_mismatch"
            )
    else:
        if find_user_by_email(invitation.email) is not None:
            raise Conflict("You already have a Candor account with this email. Log in to accept.", code="email_taken")
        user = create_candidate_account(name or "", invitation.email, password or "")

    # Claim the invitation atomically: a concurrent accept sees zero rows and stops.
    now = utcnow()
    # Declarative types __table__ as any FromClause, and Session.execute() as the Result
    # base class; here they are a Table and, for an UPDATE, a CursorResult.
    invitations = cast(Table, Invitation.__table__)
    result = cast(
        CursorResult[Any],
        db.session.execute(
            invitations.update()
            # The token's digest too: a link replaced by a resend meanwhile claims nothing.
            .where(
                Invitation.id == invitation.id,
                Invitation.token_hash == _token_digest(token),
                Invitation.used_at.is_(None),
            )
            .values(used_at=now, used_by_id=user.id)
        ),
    )
    claimed = result.rowcount
    if claimed != 1:
        raise Conflict("This invitation has already been used.", code="invitation_used")
    candidacy = invitation.candidacy
    candidacy.user_id = user.id
    thread = candidate_joined(candidacy, user)
    return user, thread


@operation
def accept_invitation_with_token(token: str, name: str | None, password: str | None) -> tuple[User, Thread, str]:
    """A new candidate account from an invitation, with an API token, in one transaction."""
    user, thread = accept_invitation(token, name=name, password=password)
    return user, thread, issue_token(user)
