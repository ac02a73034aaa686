"""The texts of Candor's emails."""

from __future__ import annotations

from ..hiring.models import Candidacy, Invitation
from .operations import drop_held_emails, queue_email
from .templates import render_email


def queue_invitation_email(
    invitation: Invitation, candidacy: Candidacy, url: str, first_message: str, resent: bool = False
) -> None:
    """The candidate's invitation: the one place its link (with the secret token) is written down.

    A resend is a new email with the new link: its dedupe key names the new token's digest
    (never the token), so each resend is queued once and differs from the ones before.
    """
    org = candidacy.position.organization
    text, html = render_email(
        "invitation",
        person=candidacy.name,
        organization=org.name,
        position=candidacy.position.title,
        note=first_message,
        url=url,
        expires_at=invitation.expires_at,
        resent=resent,
        settings_url=None,  # no account yet, so no email settings to link to
    )
    # The first email keeps its old key; a resend's names the new token's digest, never the token.
    dedupe_key = f"invitation:{invitation.id}"
    # Until the organization's founder confirms their address, its invitations wait in the outbox.
    held = org.confirmed_at is None
    if resent:
        if held:  # the held emails with the older links would only reach the candidate dead
            drop_held_emails(dedupe_key)
        dedupe_key += f":{invitation.token_hash[:16]}"
    queue_email(
        dedupe_key=dedupe_key,
        to_email=invitation.email,
        subject=(
            f"A new link to your conversation with {org.name}"
            if resent
            else f"Your application to {org.name}: a private conversation"
        ),
        body_text=text,
        body_html=html,
        organization_id=org.id,
        held=held,
    )
