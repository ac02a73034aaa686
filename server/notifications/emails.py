"""The texts of Candor's emails."""

from __future__ import annotations

from ..hiring.models import Candidacy, Invitation
from .operations import drop_held_emails, queue_email


def queue_invitation_email(
    invitation: Invitation, candidacy: Candidacy, url: str, first_message: str, resent: bool = False
) -> None:
    """The candidate's invitation: the one place its link (with the secret token) is written down.

    A resend is a new email with the new link: its dedupe key names the new token's digest
    (never the token), so each resend is queued once and differs from the ones before.
    """
    org = candidacy.position.organization
    if resent:
        lines = [
            f"Hello {candidacy.name},",
            "",
            f"{org.name} sent you a new link to your private conversation about the "
            f"{candidacy.position.title} role. Any earlier link no longer works.",
        ]
    else:
        lines = [
            f"Hello {candidacy.name},",
            "",
            f"Thank you for applying for the {candidacy.position.title} role at {org.name}. "
            "They have decided not to move forward with your application.",
            "",
            f"Rather than end things with a form letter, {org.name} uses Candor: a private conversation "
            "where you can ask for specific feedback, and both sides can choose to stay in touch.",
        ]
    if first_message:
        lines += ["", f"{org.name} wrote:", "", *("> " + line for line in first_message.splitlines())]
    lines += [
        "",
        f"Open your conversation: {url}",
        "",
        "The link is personal and works once. If you already have a Candor account with this "
        "email, log in when you open it.",
    ]
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
        body_text="\n".join(lines),
        organization_id=org.id,
        held=held,
    )
