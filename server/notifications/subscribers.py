"""Domain events that become emails. Each email is an outbox row written in the event's own transaction."""

from __future__ import annotations

from ..core.events import subscribe
from ..extensions import db
from ..hiring.events import InvitationIssued
from ..hiring.models import Invitation
from . import account_emails  # noqa: F401  (its subscribers: password reset, email confirmation, held emails)
from .emails import queue_invitation_email


@subscribe(InvitationIssued)
def email_invitation(issued: InvitationIssued) -> None:
    invitation = db.session.get(Invitation, issued.invitation_id)
    if invitation is None:  # gone within the same transaction: nothing to send
        return
    queue_invitation_email(invitation, invitation.candidacy, issued.url, issued.first_message, issued.resent)
