"""Consent emails: the reminder before a stay-in-touch consent ends, with one-click renewal."""

from __future__ import annotations

from ..accounts.models import Organization, User
from ..connections.events import ConsentReminderDue
from ..connections.links import renew_url, withdraw_url
from ..connections.models import Connection
from ..core.events import subscribe
from ..core.time import isoformat
from ..extensions import db
from .operations import queue_email
from .templates import base_url, render_email


@subscribe(ConsentReminderDue)
def email_consent_reminder(due: ConsentReminderDue) -> None:
    """Sent whatever the email settings: it is about the candidate's consent, not a notification.

    Written in the transaction that claimed the reminder; one per consent period (the key)."""
    connection = db.session.get(Connection, due.connection_id)
    if connection is None or connection.expires_at is None:
        return
    candidate = db.session.get(User, connection.candidate_user_id)
    organization = db.session.get(Organization, connection.organization_id)
    if candidate is None or organization is None:
        return
    text, html = render_email(
        "consent_reminder",
        person=candidate.name,
        organization=organization.name,
        expires_at=connection.expires_at,
        months=organization.connection_months,
        renew_url=renew_url(connection),
        withdraw_url=withdraw_url(connection),
        connections_url=f"{base_url()}/connections",
    )
    queue_email(
        f"consent-reminder:{connection.id}:{isoformat(connection.expires_at)}",
        candidate.email,
        f"Your stay-in-touch consent with {organization.name} ends soon",
        text,
        organization.id,
        body_html=html,
    )
