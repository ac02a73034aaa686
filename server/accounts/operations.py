"""Accounts: employer signup, login, API tokens, sessions, members."""

from __future__ import annotations

import hashlib
import secrets

from email_validator import EmailNotValidError, validate_email
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from ..core.errors import Conflict, Invalid, Unauthorized
from ..core.time import utcnow
from ..core.transaction import operation, record, savepoint
from ..extensions import db
from .access import ADMIN, require_membership
from .events import OrganizationCreated
from .models import ApiToken, Membership, Organization, Role, User, UserKind, new_nonce
from .passwords import MIN_LENGTH, burn_time, hash_password, verify_password

TOKEN_PREFIX = "cnd_"


def normalize_email(email: str, field: str = "email") -> str:
    """Checks the syntax (no network look-up) and returns the address lower-cased."""
    email = (email or "").strip()
    if not email:
        raise Invalid("Email is required.", fields={field: "Required."})
    try:
        email = validate_email(email, check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise Invalid(f"That email address does not look right: {exc}", fields={field: str(exc)}) from exc
    return email.lower()


def _check_password(password: str) -> None:
    if len(password) < MIN_LENGTH:
        raise Invalid(
            f"Choose a password of at least {MIN_LENGTH} characters.",
            fields={"password": f"At least {MIN_LENGTH} characters."},
        )


def _clean_name(value: str, field: str, label: str, limit: int = 120) -> str:
    value = " ".join(value.split())
    if not value:
        raise Invalid(f"{label} is required.", fields={field: "Required."})
    if len(value) > limit:
        raise Invalid(f"{label} is too long.", fields={field: f"At most {limit} characters."})
    return value


def find_user_by_email(email: str) -> User | None:
    return db.session.scalar(select(User).where(User.email == (email or "").strip().lower()))


def _new_user(kind: UserKind, name: str, email: str, password: str) -> User:
    _check_password(password)
    email = normalize_email(email)
    if find_user_by_email(email) is not None:
        raise Conflict("An account with this email already exists. Log in instead.", code="email_taken")
    user = User(
        kind=kind.value, name=_clean_name(name, "name", "Name"), email=email, password_hash=hash_password(password)
    )
    try:
        with savepoint():  # a concurrent signup with the same email fails here, and only here
            db.session.add(user)
            db.session.flush()
    except IntegrityError as exc:
        raise Conflict("An account with this email already exists. Log in instead.", code="email_taken") from exc
    return user


@operation
def signup_employer(organization: str, name: str, email: str, password: str) -> tuple[User, Organization]:
    org = Organization(name=_clean_name(organization, "organization", "Organization name"))
    db.session.add(org)
    user = _new_user(UserKind.staff, name, email, password)
    db.session.flush()
    db.session.add(Membership(user_id=user.id, organization_id=org.id, role=Role.admin.value))
    record(OrganizationCreated(org.id))  # hiring and feedback seed their defaults
    db.session.flush()
    db.session.refresh(user)
    return user, org


def create_candidate_account(name: str, email: str, password: str) -> User:
    """Used inside accept_invitation: candidates sign up only through an invitation."""
    return _new_user(UserKind.candidate, name, email, password)


@operation
def add_staff_member(admin: User, organization_id: int, name: str, email: str, password: str, role: str) -> User:
    require_membership(admin, organization_id, ADMIN)
    if role not in set(Role):
        raise Invalid("Unknown role.", fields={"role": "One of admin, recruiter, hiring_manager."})
    existing = find_user_by_email(email)
    if existing is not None:
        if not existing.is_staff:
            raise Conflict("That email belongs to a candidate account.", code="email_taken")
        if existing.role_in(organization_id):
            raise Conflict("That person is already a member.")
        user = existing
    else:
        user = _new_user(UserKind.staff, name, email, password)
    db.session.add(Membership(user_id=user.id, organization_id=organization_id, role=role))
    db.session.flush()
    db.session.refresh(user)
    return user


def authenticate(email: str, password: str) -> User:
    user = find_user_by_email(email)
    if user is None:
        burn_time(password)
        raise Unauthorized("That email and password do not match an account.", code="invalid_credentials")
    if not verify_password(user.password_hash, password):
        raise Unauthorized("That email and password do not match an account.", code="invalid_credentials")
    return user


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@operation
def issue_token(user: User) -> str:
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    db.session.add(ApiToken(user_id=user.id, token_hash=_digest(token)))
    return token


@operation
def login_for_token(email: str, password: str) -> tuple[str, User]:
    user = authenticate(email, password)
    return issue_token(user), user


def user_for_token(token: str) -> tuple[User, ApiToken] | None:
    row = db.session.scalar(select(ApiToken).where(ApiToken.token_hash == _digest(token)))
    if row is None or row.revoked_at is not None:
        return None
    return row.user, row


@operation
def revoke_token(row: ApiToken) -> None:
    row.revoked_at = utcnow()


TOKEN_USE_RESOLUTION = 300  # seconds: last use is tracked coarsely, without a write per request


def note_token_use(row: ApiToken) -> None:
    """Records that a token was used; most requests change nothing and commit nothing."""
    if row.last_used_at is None or (utcnow() - row.last_used_at).total_seconds() > TOKEN_USE_RESOLUTION:
        _touch_token(row)


@operation
def _touch_token(row: ApiToken) -> None:
    row.last_used_at = utcnow()


def user_for_session(session_id: str) -> User | None:
    user_id, _, nonce = session_id.partition(":")
    if not user_id.isdigit() or not nonce:
        return None
    user = db.session.get(User, int(user_id))
    if user is None or not secrets.compare_digest(user.session_nonce, nonce):
        return None
    return user


@operation
def sign_out_everywhere(user: User) -> None:
    """Ends every browser session and revokes every API token of the user."""
    user.session_nonce = new_nonce()
    now = utcnow()
    for row in db.session.scalars(select(ApiToken).where(ApiToken.user_id == user.id, ApiToken.revoked_at.is_(None))):
        row.revoked_at = now


@operation
def signup_employer_with_token(
    organization: str, name: str, email: str, password: str
) -> tuple[User, Organization, str]:
    user, org = signup_employer(organization, name, email, password)
    return user, org, issue_token(user)
