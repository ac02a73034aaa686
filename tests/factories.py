"""Test data built through the real services, so every row is one a user could make."""

from __future__ import annotations

import itertools
import re

from sqlalchemy import delete, select

from server.accounts import operations as accounts
from server.extensions import db
from server.hiring import operations as hiring
from server.notifications.models import OutboxEmail

PASSWORD = "correct horse battery"
_seq = itertools.count(1)
_INVITATION_LINK = re.compile(r"https?://\S+/invitations/([A-Za-z0-9_-]+)")
_CONFIRMATION_LINK = re.compile(r"https?://\S+/confirm-email/([A-Za-z0-9_-]+)")
_RESET_LINK = re.compile(r"https?://\S+/password-reset/([A-Za-z0-9_-]+)")


def employer(
    org_name: str | None = None, name: str = "Erin Employer", email: str | None = None, *, confirmed: bool = True
):
    """An organization and its founding admin. By default the admin confirms their address as a person
    would (the link from the confirmation email in the outbox); ``confirmed=False`` leaves it unconfirmed,
    so the organization's invitation emails are held."""
    n = next(_seq)
    user, org = accounts.signup_employer(org_name or f"Org {n}", name, email or f"staff{n}@example.com", PASSWORD)
    if confirmed:
        accounts.confirm_email(confirmation_token(user.email))
        # Read and used before the test begins: the test's outbox (and mail server) starts empty.
        db.session.execute(delete(OutboxEmail).where(OutboxEmail.to_email == user.email))
        db.session.commit()
        db.session.refresh(org)
    return user, org


def _newest_link(email: str, pattern: re.Pattern[str]) -> str:
    rows = db.session.scalars(select(OutboxEmail).where(OutboxEmail.to_email == email).order_by(OutboxEmail.id.desc()))
    for row in rows:
        match = pattern.search(row.body_text)
        if match:
            return match.group(0)
    raise AssertionError(f"no email to {email} with a link like {pattern.pattern} in the outbox")


def confirmation_link(email: str) -> str:
    """The link in the newest email confirmation sent to ``email``."""
    return _newest_link(email, _CONFIRMATION_LINK)


def confirmation_token(email: str) -> str:
    return confirmation_link(email).rsplit("/", 1)[1]


def reset_link(email: str) -> str:
    """The link in the newest password reset email sent to ``email``."""
    return _newest_link(email, _RESET_LINK)


def reset_token(email: str) -> str:
    return reset_link(email).rsplit("/", 1)[1]


def member(admin, org, role: str = "recruiter", name: str = "Rita Recruiter", email: str | None = None):
    n = next(_seq)
    return accounts.add_staff_member(admin, org.id, name, email or f"member{n}@example.com", PASSWORD, role)


def position(staff, org, title: str = "Backend Engineer"):
    return hiring.create_position(staff, org.id, title, "Build and run our APIs.")


def candidacy(staff, pos, name: str = "Casey Candidate", email: str | None = None):
    n = next(_seq)
    return hiring.add_candidacy(staff, pos.id, name, email or f"candidate{n}@example.com")


def rejected_thread(
    staff,
    org,
    *,
    message: str | None = "Thank you for your time.",
    reason: str | None = None,
    email: str | None = None,
    name: str = "Casey Candidate",
):
    """Returns (candidacy, thread, invitation token); the token comes from the email, as the candidate gets it."""
    pos = position(staff, org)
    cand = candidacy(staff, pos, name=name, email=email)
    cand, thread, _invitation = hiring.reject_candidacy(staff, cand.id, reason=reason, message=message)
    return cand, thread, invitation_token(cand.email)


def invitation_email(email: str) -> OutboxEmail:
    """The newest invitation email queued for ``email`` (the candidate's mailbox, as the outbox holds it)."""
    rows = db.session.scalars(select(OutboxEmail).where(OutboxEmail.to_email == email).order_by(OutboxEmail.id.desc()))
    found = next((row for row in rows if _INVITATION_LINK.search(row.body_text)), None)
    assert found is not None, f"no invitation email to {email} in the outbox"
    return found


def invitation_link(email: str) -> str:
    """The link in the newest invitation email to ``email``."""
    match = _INVITATION_LINK.search(invitation_email(email).body_text)
    assert match is not None
    return match.group(0)


def invitation_token(email: str) -> str:
    """The token at the end of the newest invitation link emailed to ``email``."""
    return invitation_link(email).rsplit("/", 1)[1]


def joined_thread(staff, org, **kwargs):
    """A rejected candidacy whose candidate accepted the invitation: (candidate, thread)."""
    _cand, thread, token = rejected_thread(staff, org, **kwargs)
    candidate, thread = hiring.accept_invitation(token, name=kwargs.get("name", "Casey Candidate"), password=PASSWORD)
    return candidate, thread
