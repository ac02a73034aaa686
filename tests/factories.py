"""Test data built through the real services, so every row is one a user could make."""

from __future__ import annotations

import itertools

from server.accounts import operations as accounts
from server.hiring import operations as hiring

PASSWORD = "correct horse battery"
_seq = itertools.count(1)


def employer(org_name: str | None = None, name: str = "Erin Employer", email: str | None = None):
    n = next(_seq)
    user, org = accounts.signup_employer(org_name or f"Org {n}", name, email or f"staff{n}@example.com", PASSWORD)
    return user, org


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
    """Returns (candidacy, thread, invitation token)."""
    pos = position(staff, org)
    cand = candidacy(staff, pos, name=name, email=email)
    cand, thread, url = hiring.reject_candidacy(staff, cand.id, reason=reason, message=message)
    return cand, thread, url.rsplit("/", 1)[1]


def joined_thread(staff, org, **kwargs):
    """A rejected candidacy whose candidate accepted the invitation: (candidate, thread)."""
    _cand, thread, token = rejected_thread(staff, org, **kwargs)
    candidate, thread = hiring.accept_invitation(token, name=kwargs.get("name", "Casey Candidate"), password=PASSWORD)
    return candidate, thread
