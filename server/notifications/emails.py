"""The texts of Candor's emails."""

from __future__ import annotations

from ..hiring.models import Candidacy, Invitation
from .operations import queue_email


def queue_invitation_email(invitation: Invitation, candidacy: Candidacy, url: str, first_message: str) -> None:
    org = candidacy.position.organization
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
    queue_email(
        dedupe_key=f"invitation:{invitation.id}",
        to_email=invitation.email,
        subject=f"Your application to {org.name}: a private conversation",
        body_text="\n".join(lines),
        organization_id=org.id,
    )
