"""Account emails: password reset links, email confirmation links and the notice of an email change,
and releasing an organization's held emails once its founder confirmed their address.

Each link's token travels in the event alone and is written only into the email to the account's own
address. These emails belong to no organization (``organization_id`` None), so no Outbox page lists
them; except the founder's signup confirmation, which their organization's Outbox page shows (only its
admins see the page, and outside development the link there is redacted), so a development setup
without a mail server can be confirmed from it.
"""

from __future__ import annotations

import hashlib
from datetime import timedelta

from flask import current_app

from ..accounts.events import (
    EmailConfirmationRequested,
    MemberInvited,
    OrganizationConfirmed,
    PasswordResetRequested,
)
from ..accounts.models import MemberInvitation, User
from ..accounts.operations import unconfirmed_organizations
from ..core.events import subscribe
from ..extensions import db
from .operations import queue_email, release_held_emails
from .templates import base_url, render_email


def _duration(delta: timedelta) -> str:
    minutes = round(delta.total_seconds() / 60)
    if minutes >= 60 * 24 and minutes % (60 * 24) == 0:
        days = minutes // (60 * 24)
        return f"{days} day{'' if days == 1 else 's'}"
    if minutes >= 60 and minutes % 60 == 0:
        hours = minutes // 60
        return f"{hours} hour{'' if hours == 1 else 's'}"
    return f"{minutes} minutes"


def _link_key(url: str) -> str:
    """Names the link in a dedupe key without carrying its token: a prefix of a digest of it."""
    return hashlib.sha256(url.encode()).hexdigest()[:24]


def _masked(address: str) -> str:
    """jane.doe@example.com -> ja…@example.com: enough to recognise, not to harvest."""
    local, _, domain = address.partition("@")
    return f"{local[:2]}…@{domain}"


@subscribe(PasswordResetRequested)
def email_password_reset(requested: PasswordResetRequested) -> None:
    user = db.session.get(User, requested.user_id)
    if user is None:
        return
    ttl = timedelta(minutes=float(current_app.config.get("CANDOR_PASSWORD_RESET_TTL_MINUTES", 60)))
    text, html = render_email("password_reset", user=user, url=requested.url, valid_for=_duration(ttl))
    queue_email(
        dedupe_key=f"password_reset:{user.id}:{_link_key(requested.url)}",
        to_email=user.email,
        subject="Reset your Candor password",
        body_text=text,
        body_html=html,
    )


@subscribe(EmailConfirmationRequested)
def email_confirmation(requested: EmailConfirmationRequested) -> None:
    user = db.session.get(User, requested.user_id)
    if user is None:
        return
    ttl = timedelta(hours=float(current_app.config.get("CANDOR_EMAIL_CONFIRMATION_TTL_HOURS", 72)))
    change = bool(requested.old_email)
    text, html = render_email(
        "confirm_email", user=user, url=requested.url, email=requested.email, change=change, valid_for=_duration(ttl)
    )
    key = _link_key(requested.url)
    founded = [] if change else unconfirmed_organizations(user)
    queue_email(
        dedupe_key=f"email_confirmation:{user.id}:{key}",
        to_email=requested.email,
        subject="Confirm your new email address for Candor" if change else "Confirm your email address for Candor",
        body_text=text,
        body_html=html,
        organization_id=founded[0].id if founded else None,
    )
    if change:
        text, html = render_email(
            "email_change_notice",
            user=user,
            new_email=_masked(requested.email),
            reset_url=f"{base_url()}/password-reset",
        )
        queue_email(
            dedupe_key=f"email_change_notice:{user.id}:{key}",
            to_email=requested.old_email,
            subject="Your Candor email address is being changed",
            body_text=text,
            body_html=html,
        )


@subscribe(OrganizationConfirmed)
def release_organization_emails(confirmed: OrganizationConfirmed) -> None:
    release_held_emails(confirmed.organization_id)


ROLE_LABELS = {"admin": "an admin", "recruiter": "a recruiter", "hiring_manager": "a hiring manager"}


@subscribe(MemberInvited)
def email_member_invitation(invited: MemberInvited) -> None:
    """The link to join the organization, to the invited address only. Like a candidate's invitation,
    it waits in the outbox (held) until the organization's founder confirmed their address."""
    invitation = db.session.get(MemberInvitation, invited.invitation_id)
    if invitation is None:
        return
    org = invitation.organization
    inviter = db.session.get(User, invitation.invited_by_id) if invitation.invited_by_id else None
    ttl = timedelta(days=current_app.config["INVITATION_TTL_DAYS"])
    text, html = render_email(
        "member_invitation",
        organization=org,
        inviter=inviter,
        role=ROLE_LABELS.get(invitation.role, invitation.role),
        url=invited.url,
        valid_for=_duration(ttl),
    )
    queue_email(
        dedupe_key=f"member_invitation:{invitation.id}",
        to_email=invitation.email,
        subject=f"Join {org.name} on Candor",
        body_text=text,
        body_html=html,
        organization_id=org.id,
        held=org.confirmed_at is None,
    )
