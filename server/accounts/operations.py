"""Accounts: employer signup, login, API tokens, sessions, members."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Collection
from datetime import datetime, timedelta
from typing import Any, cast

from email_validator import EmailNotValidError, validate_email
from flask import current_app
from sqlalchemy import CursorResult, and_, delete, func, literal, or_, select, union_all, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import joinedload

from ..core import rate_limits
from ..core.errors import Conflict, Forbidden, Invalid, NotFound, RateLimited, Unauthorized
from ..core.time import utcnow
from ..core.transaction import operation, record, savepoint
from ..extensions import db
from .access import ADMIN, require_membership
from .events import (
    EmailConfirmationRequested,
    MemberInvited,
    MemberRemoved,
    MembershipChanged,
    OrganizationConfirmed,
    OrganizationCreated,
    PasswordResetRequested,
    SessionsEnded,
)
from .models import (
    AccountToken,
    ApiToken,
    MemberInvitation,
    Membership,
    Organization,
    Role,
    TokenPurpose,
    User,
    UserKind,
    UserSession,
    new_nonce,
)
from .passwords import MIN_LENGTH, burn_time, hash_password, verify_password, weakness

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


MAX_PASSWORD_LENGTH = 1000  # argon2 takes any length; this only bounds the work per request


def _check_password(password: str, field: str = "password", about_the_user: tuple[str, ...] = ()) -> None:
    if len(password) < MIN_LENGTH:
        raise Invalid(
            f"Choose a password of at least {MIN_LENGTH} characters.",
            # The field's help already says "at least 10": the error says how far this one is.
            fields={field: f"This one has {len(password)}; add {MIN_LENGTH - len(password)} more."},
        )
    if len(password) > MAX_PASSWORD_LENGTH:
        raise Invalid(
            f"Choose a password of at most {MAX_PASSWORD_LENGTH} characters.",
            fields={field: f"At most {MAX_PASSWORD_LENGTH} characters."},
        )
    why = weakness(password, about_the_user)
    if why:
        raise Invalid(
            f"Choose a password that is harder to guess. {why} A short sentence of your own works well.",
            code="weak_password",
            fields={field: why},
        )


NAME_LIMIT = 120


def _clean_name(value: str, field: str, label: str, limit: int = NAME_LIMIT) -> str:
    value = " ".join(value.split())
    if not value:
        raise Invalid(f"{label} is required.", fields={field: "Required."})
    if len(value) > limit:
        raise Invalid(f"{label} is too long.", fields={field: f"At most {limit} characters."})
    return value


def find_user_by_email(email: str) -> User | None:
    return db.session.scalar(select(User).where(User.email == (email or "").strip().lower()))


def _new_user(kind: UserKind, name: str, email: str, password: str) -> User:
    _check_password(password, about_the_user=(name, email))
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
    # Until the founder confirms their address, the organization's invitation emails wait.
    org.founder_id = user.id
    record(OrganizationCreated(org.id))  # hiring and feedback seed their defaults
    db.session.flush()
    db.session.refresh(user)
    _send_confirmation(user, user.email)
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


LOGIN_FAILURES = "CANDOR_LOGIN_FAILURE_LIMIT"
MEMBER_INVITATIONS = "CANDOR_MEMBER_INVITATION_LIMIT"  # per organization: each one is an email we send


def authenticate(email: str, password: str) -> User:
    """The account of that email and password. Wrong passwords are counted per address (known or not,
    the same), on the web and the API together; past CANDOR_LOGIN_FAILURE_LIMIT the address is refused,
    right password or not, for longer at each step: guessing from many addresses gains nothing."""
    address = (email or "").strip().lower()
    wait = rate_limits.blocked_for(LOGIN_FAILURES, "login", address)
    if wait is not None:
        raise RateLimited(
            f"Too many wrong passwords for this account. Wait {rate_limits.wait_in_words(wait)} and try again, "
            "or reset your password.",
            retry_after=wait,
        )
    user = find_user_by_email(address)
    if user is None:
        burn_time(password)
    if user is None or not verify_password(user.password_hash, password):
        rate_limits.hit(LOGIN_FAILURES, "login", address)
        raise Unauthorized("That email and password do not match an account.", code="invalid_credentials")
    rate_limits.clear(LOGIN_FAILURES, "login", address)
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


def token_expires_at(row: ApiToken) -> datetime:
    """Tokens expire after CANDOR_TOKEN_IDLE_DAYS without use (sliding: each use moves the end on; use
    is recorded every TOKEN_USE_RESOLUTION seconds at most)."""
    return (row.last_used_at or row.created_at) + timedelta(days=current_app.config["CANDOR_TOKEN_IDLE_DAYS"])


def _live_token(row: ApiToken | None) -> bool:
    return row is not None and row.revoked_at is None and token_expires_at(row) > utcnow()


def user_for_token(token: str) -> tuple[User, ApiToken] | None:
    # The user and their memberships in the same statement: every API request starts here, and every
    # rule asks the memberships (one round trip fewer than their own select).
    row = (
        db.session.scalars(
            select(ApiToken)
            .options(joinedload(ApiToken.user).joinedload(User.memberships))
            .where(ApiToken.token_hash == _digest(token))
        )
        .unique()
        .one_or_none()
    )
    if row is None or not _live_token(row):
        return None
    return row.user, row


def list_tokens(user: User, limit: int = 50, before_id: int | None = None) -> tuple[list[ApiToken], int | None]:
    """The user's tokens that still work, newest first: a page, and the id to continue before."""
    query = select(ApiToken).where(
        ApiToken.user_id == user.id,
        ApiToken.revoked_at.is_(None),
        func.coalesce(ApiToken.last_used_at, ApiToken.created_at)
        > utcnow() - timedelta(days=current_app.config["CANDOR_TOKEN_IDLE_DAYS"]),
    )
    if before_id is not None:
        query = query.where(ApiToken.id < before_id)
    rows = list(db.session.scalars(query.order_by(ApiToken.id.desc()).limit(limit + 1)))
    return rows[:limit], (rows[limit - 1].id if len(rows) > limit else None)


@operation
def revoke_own_token(user: User, token_id: int) -> None:
    """Revokes one of the user's tokens (404 for anyone else's, or one already revoked or expired)."""
    row = db.session.get(ApiToken, token_id)
    if row is None or row.user_id != user.id or not _live_token(row):
        raise NotFound("There is no such token.")
    revoke_token(row)


@operation
def revoke_token(row: ApiToken) -> None:
    """Logs an API client out; sockets opened with the token close too (SessionsEnded)."""
    if row.revoked_at is None:
        row.revoked_at = utcnow()
        record(SessionsEnded(row.user_id, token_ids=(row.id,)))


TOKEN_USE_RESOLUTION = 300  # seconds: last use is tracked coarsely, without a write per request


def note_token_use(row: ApiToken) -> None:
    """Records that a token was used; most requests change nothing and commit nothing."""
    if row.last_used_at is None or (utcnow() - row.last_used_at).total_seconds() > TOKEN_USE_RESOLUTION:
        _touch_token(row)


@operation
def _touch_token(row: ApiToken) -> None:
    row.last_used_at = utcnow()


# Browser sessions. The signed cookie holds Flask-Login's "<user id>:<session_nonce>" and the key of a
# user_sessions row; both must hold. The row is what logout revokes: a saved copy of the cookie dies.


@operation
def open_session(user: User, user_agent: str | None = None) -> str:
    """Logs a browser in: a new session row. Returns its key, for the cookie; only its hash is stored."""
    key = secrets.token_urlsafe(32)
    db.session.add(UserSession(user_id=user.id, key_hash=_digest(key), user_agent=(user_agent or "")[:255] or None))
    return key


def live_session(session_id: str, key: str | None) -> UserSession | None:
    """The session row a cookie rests on, if it is live and belongs to the cookie's user and nonce."""
    user_id, _, nonce = (session_id or "").partition(":")
    if not key or not user_id.isdigit() or not nonce:
        return None
    row = db.session.scalar(select(UserSession).where(UserSession.key_hash == _digest(key)))
    if row is None or row.revoked_at is not None or row.user_id != int(user_id):
        return None
    if not secrets.compare_digest(row.user.session_nonce, nonce):
        return None
    return row


def user_for_session(session_id: str, key: str | None) -> User | None:
    """The user loader's check: the user of a live session, else None."""
    row = live_session(session_id, key)
    if row is None:
        return None
    user = row.user
    note_session_use(row)
    return user


def note_session_use(row: UserSession) -> None:
    """Like note_token_use: last_seen_at moves at most every TOKEN_USE_RESOLUTION seconds."""
    if (utcnow() - row.last_seen_at).total_seconds() > TOKEN_USE_RESOLUTION:
        _touch_session(row)


@operation
def _touch_session(row: UserSession) -> None:
    row.last_seen_at = utcnow()


@operation
def end_session(key: str | None) -> None:
    """Logs a browser out: its session row is revoked, and sockets opened with it close."""
    if not key:
        return
    row = db.session.scalar(select(UserSession).where(UserSession.key_hash == _digest(key)))
    if row is not None and row.revoked_at is None:
        row.revoked_at = utcnow()
        record(SessionsEnded(row.user_id, session_ids=(row.id,)))


@operation
def end_all_sessions(user: User, *, keep_session_id: int | None = None) -> None:
    """Ends every browser session (but the one kept, if any) and revokes every API token of the user;
    their live sockets close (SessionsEnded).

    Sign out everywhere goes through here; so must a password change (keeping the session it is made
    in) or reset, and an erasure (before the rows go with the user)."""
    now = utcnow()
    sessions = list(
        db.session.scalars(
            select(UserSession).where(
                UserSession.user_id == user.id, UserSession.revoked_at.is_(None), UserSession.id != keep_session_id
            )
        )
    )
    tokens = list(
        db.session.scalars(select(ApiToken).where(ApiToken.user_id == user.id, ApiToken.revoked_at.is_(None)))
    )
    for session_row in sessions:
        session_row.revoked_at = now
    for token_row in tokens:
        token_row.revoked_at = now
    if keep_session_id is None:
        # A login racing this one is not in `sessions`; the new nonce still refuses its cookie.
        user.session_nonce = new_nonce()
    record(SessionsEnded(user.id, tuple(r.id for r in sessions), tuple(r.id for r in tokens)))


@operation
def sign_out_everywhere(user: User) -> None:
    """Ends every browser session and revokes every API token of the user."""
    end_all_sessions(user)


LIVE_CHECK_CHUNK = 1000  # ids per query, well under every backend's limit of bound parameters


def live_credentials(session_ids: Collection[int], token_ids: Collection[int]) -> tuple[set[int], set[int]]:
    """Which of these sessions and tokens are still live (not revoked, not deleted).

    One query for up to LIVE_CHECK_CHUNK ids of each kind: realtime re-checks its sockets with it."""
    sessions, tokens = sorted(set(session_ids)), sorted(set(token_ids))
    live: dict[str, set[int]] = {"s": set(), "t": set()}
    for start in range(0, max(len(sessions), len(tokens)), LIVE_CHECK_CHUNK):
        some_sessions = sessions[start : start + LIVE_CHECK_CHUNK]
        some_tokens = tokens[start : start + LIVE_CHECK_CHUNK]
        query = union_all(
            select(literal("s").label("kind"), UserSession.id).where(
                UserSession.id.in_(some_sessions), UserSession.revoked_at.is_(None)
            ),
            select(literal("t").label("kind"), ApiToken.id).where(
                ApiToken.id.in_(some_tokens), ApiToken.revoked_at.is_(None)
            ),
        )
        for kind, row_id in db.session.execute(query):
            live[kind].add(row_id)
    return live["s"], live["t"]


@operation
def signup_employer_with_token(
    organization: str, name: str, email: str, password: str
) -> tuple[User, Organization, str]:
    user, org = signup_employer(organization, name, email, password)
    return user, org, issue_token(user)


# Emailed single-use links: password reset and email confirmation. The token is random and goes only
# into the email (through an event whose repr leaves it out); the table holds its SHA-256.


def _reset_ttl() -> timedelta:
    return timedelta(minutes=float(current_app.config.get("CANDOR_PASSWORD_RESET_TTL_MINUTES", 60)))


def _confirmation_ttl() -> timedelta:
    return timedelta(hours=float(current_app.config.get("CANDOR_EMAIL_CONFIRMATION_TTL_HOURS", 72)))


def password_reset_url(token: str) -> str:
    return f"{current_app.config['CANDOR_BASE_URL']}/password-reset/{token}"


def email_confirmation_url(token: str) -> str:
    return f"{current_app.config['CANDOR_BASE_URL']}/confirm-email/{token}"


def _issue_link(user: User, purpose: TokenPurpose, ttl: timedelta, email: str | None = None) -> str:
    """A new link of this kind for the user; the older unused ones stop working (their rows go)."""
    db.session.execute(
        delete(AccountToken)
        .where(AccountToken.user_id == user.id, AccountToken.purpose == purpose.value, AccountToken.used_at.is_(None))
        .execution_options(synchronize_session=False)
    )
    token = secrets.token_urlsafe(32)
    db.session.add(
        AccountToken(
            user_id=user.id, purpose=purpose.value, token_hash=_digest(token), email=email, expires_at=utcnow() + ttl
        )
    )
    db.session.flush()
    return token


_LINK_TEXT = {
    TokenPurpose.password_reset: (
        "This password reset link is not valid: check that you copied the whole link, or use the newest one "
        "we sent (a new request replaces the older links).",
        "This password reset link has already been used. Ask for a new one if you need to reset again.",
        "This password reset link has expired. Ask for a new one.",
    ),
    TokenPurpose.email_confirmation: (
        "This confirmation link is not valid: check that you copied the whole link, or use the newest one "
        "we sent (a new link replaces the older ones).",
        "This confirmation link has already been used.",
        "This confirmation link has expired. Log in and ask for a new one on your Account page.",
    ),
}


def _usable_link(token: str, purpose: TokenPurpose) -> AccountToken:
    unknown, used, expired = _LINK_TEXT[purpose]
    row = db.session.scalar(
        select(AccountToken).where(
            AccountToken.token_hash == _digest(token or ""), AccountToken.purpose == purpose.value
        )
    )
    if row is None:
        raise NotFound(unknown, code="link_not_found")
    if row.used_at is not None:
        raise Conflict(used, code="link_used")
    if row.expires_at <= utcnow():
        raise Conflict(expired, code="link_expired")
    return row


def _use_link(row: AccountToken, purpose: TokenPurpose) -> None:
    """Marks the link used; of two requests racing with one link, only the first gets here."""
    result = cast(
        CursorResult[Any],
        db.session.execute(
            update(AccountToken)
            .where(AccountToken.id == row.id, AccountToken.used_at.is_(None))
            .values(used_at=utcnow())
            .execution_options(synchronize_session=False)
        ),
    )
    if result.rowcount != 1:
        raise Conflict(_LINK_TEXT[purpose][1], code="link_used")


def check_password_reset(token: str) -> None:
    """Raises NotFound or Conflict unless the reset link can be used (the page checks before its form)."""
    _usable_link(token, TokenPurpose.password_reset)


def check_email_confirmation(token: str) -> None:
    """Raises NotFound or Conflict unless the confirmation link can be used."""
    _usable_link(token, TokenPurpose.email_confirmation)


@operation
def request_password_reset(email: str) -> None:
    """Emails a reset link if the address has an account; the caller learns nothing either way."""
    address = normalize_email(email)
    user = find_user_by_email(address)
    if user is None:  # the entry points answer both cases alike, in the same time (timing.py)
        return
    token = _issue_link(user, TokenPurpose.password_reset, _reset_ttl())
    record(PasswordResetRequested(user.id, password_reset_url(token)))


@operation
def reset_password(token: str, password: str) -> User:
    """Sets a new password from an emailed link; every session, token and socket of the user ends."""
    row = _usable_link(token, TokenPurpose.password_reset)
    user = row.user
    _check_password(password, about_the_user=(user.name, user.email))
    _use_link(row, TokenPurpose.password_reset)
    user.password_hash = hash_password(password)
    end_all_sessions(user)
    return user


def _send_confirmation(user: User, email: str, old_email: str = "") -> None:
    token = _issue_link(user, TokenPurpose.email_confirmation, _confirmation_ttl(), email=email)
    record(EmailConfirmationRequested(user.id, email, email_confirmation_url(token), old_email))


def unconfirmed_organizations(user: User) -> list[Organization]:
    """The organizations this user founded whose emails wait for them to confirm their address."""
    return list(
        db.session.scalars(
            select(Organization)
            .where(Organization.founder_id == user.id, Organization.confirmed_at.is_(None))
            .order_by(Organization.id)
        )
    )


@operation
def resend_confirmation(user: User) -> None:
    """A new link confirming the user's current address (the older one stops working)."""
    if user.email_confirmed_at is not None and not unconfirmed_organizations(user):
        raise Conflict("Your email address is already confirmed.", code="already_confirmed")
    _send_confirmation(user, user.email)


@operation
def confirm_email(token: str) -> User:
    """Confirms the address a link was sent to: the signup address, or the new one of an email change
    (which becomes the account's email now, if no other account took it meanwhile). The organizations
    the user founded are confirmed with it, and their held emails go out."""
    row = _usable_link(token, TokenPurpose.email_confirmation)
    user = row.user
    address = row.email or user.email
    if address != user.email:
        if find_user_by_email(address) is not None:
            raise Conflict("Another account uses that email address now.", code="email_taken")
        try:
            with savepoint():
                user.email = address
                db.session.flush()
        except IntegrityError as exc:
            raise Conflict("Another account uses that email address now.", code="email_taken") from exc
    _use_link(row, TokenPurpose.email_confirmation)
    now = utcnow()
    user.email_confirmed_at = now
    for org in unconfirmed_organizations(user):
        org.confirmed_at = now
        record(OrganizationConfirmed(org.id))
    return user


@operation
def change_name(user: User, name: str) -> User:
    user.name = _clean_name(name, "name", "Name")
    return user


def _require_password(user: User, password: str, field: str) -> None:
    if not verify_password(user.password_hash, password or ""):
        raise Invalid("Your current password is not right.", code="wrong_password", fields={field: "Not right."})


@operation
def change_password(user: User, current_password: str, password: str, *, keep_session_id: int | None = None) -> None:
    """A new password, given the current one. Every other session and every API token of the user ends;
    the session it is made in (``keep_session_id``) stays."""
    _require_password(user, current_password, "current_password")
    _check_password(password, about_the_user=(user.name, user.email))
    user.password_hash = hash_password(password)
    end_all_sessions(user, keep_session_id=keep_session_id)


@operation
def request_email_change(user: User, email: str, password: str) -> str:
    """Sends a confirmation link to the new address (and a notice to the current one). The address
    changes only when the link is used. Returns the new address, normalized."""
    _require_password(user, password, "password")
    address = normalize_email(email)
    if address == user.email:
        raise Invalid("That is already your email address.", fields={"email": "Already yours."})
    if find_user_by_email(address) is not None:
        raise Conflict("Another account uses that email address.", code="email_taken")
    _send_confirmation(user, address, old_email=user.email)
    return address


def pending_email_change(user: User) -> str | None:
    """The new address waiting for confirmation, if any."""
    return db.session.scalar(
        select(AccountToken.email).where(
            AccountToken.user_id == user.id,
            AccountToken.purpose == TokenPurpose.email_confirmation.value,
            AccountToken.used_at.is_(None),
            AccountToken.expires_at > utcnow(),
            AccountToken.email != user.email,
        )
    )


# Teams: the members of an organization, invitations of new ones, roles. Admins manage; an
# organization always keeps at least one admin.

ROLE_CHOICES = "One of admin, recruiter, hiring_manager."


def _check_role(role: str) -> str:
    if role not in {r.value for r in Role}:
        raise Invalid("Unknown role.", fields={"role": ROLE_CHOICES})
    return role


def memberships_of(user_ids: Collection[int]) -> dict[int, set[int]]:
    """user id -> the ids of the organizations they are a member of now (one query; realtime's sweep)."""
    found: dict[int, set[int]] = {user_id: set() for user_id in user_ids}
    if found:
        rows = db.session.execute(
            select(Membership.user_id, Membership.organization_id).where(Membership.user_id.in_(list(found)))
        )
        for user_id, organization_id in rows:
            found[user_id].add(organization_id)
    return found


def list_members(user: User, organization_id: int) -> list[Membership]:
    """The organization's members (any member may see them), by name."""
    require_membership(user, organization_id)
    return list(
        db.session.scalars(
            select(Membership)
            .join(User, User.id == Membership.user_id)
            .where(Membership.organization_id == organization_id)
            .order_by(User.name, User.id)
        )
    )


def page_members(
    user: User, organization_id: int, limit: int = 50, after: tuple[str, int] | None = None
) -> tuple[list[Membership], tuple[str, int] | None]:
    """One page of the organization's members by name (any member may see them); the cursor is the
    (name, user id) of the last member of the previous page."""
    require_membership(user, organization_id)
    query = (
        select(Membership)
        .join(User, User.id == Membership.user_id)
        .where(Membership.organization_id == organization_id)
    )
    if after is not None:
        name, user_id = after
        query = query.where(or_(User.name > name, and_(User.name == name, User.id > user_id)))
    rows = list(db.session.scalars(query.order_by(User.name, User.id).limit(limit + 1)))
    if len(rows) <= limit:
        return rows, None
    rows = rows[:limit]
    return rows, (rows[-1].user.name, rows[-1].user_id)


def member_invitation_url(token: str) -> str:
    return f"{current_app.config['CANDOR_BASE_URL']}/member-invitations/{token}"


def _member_invitation_ttl() -> timedelta:
    return timedelta(days=current_app.config["INVITATION_TTL_DAYS"])  # like a candidate's invitation


@operation
def invite_member(admin: User, organization_id: int, email: str, role: str) -> MemberInvitation:
    """Emails the address a single-use link that makes it a member with ``role``.

    Whether the address has an account is not checked here (no account enumeration): the link
    creates one, or attaches the membership to the staff account of that address."""
    org = require_membership(admin, organization_id, ADMIN)
    _check_role(role)
    email = normalize_email(email)
    already = db.session.scalar(
        select(Membership.id)
        .join(User, User.id == Membership.user_id)
        .where(Membership.organization_id == org.id, User.email == email)
    )
    if already is not None:
        raise Conflict("That person is already a member.", code="already_member")
    rate_limits.count(
        MEMBER_INVITATIONS,
        "member_invitations",
        str(org.id),
        refusal="Your organization has sent many invitations in the last hour. Wait {wait} and try again.",
    )
    token = secrets.token_urlsafe(32)
    invitation = MemberInvitation(
        organization_id=org.id,
        email=email,
        role=role,
        token_hash=_digest(token),
        invited_by_id=admin.id,
        expires_at=utcnow() + _member_invitation_ttl(),
    )
    db.session.add(invitation)
    db.session.flush()
    record(MemberInvited(invitation.id, org.id, email, member_invitation_url(token)))
    return invitation


def _usable_member_invitation(token: str) -> MemberInvitation:
    row = db.session.scalar(select(MemberInvitation).where(MemberInvitation.token_hash == _digest(token or "")))
    if row is None:
        raise NotFound(
            "This invitation link is not valid: check that you copied the whole link.", code="link_not_found"
        )
    if row.used_at is not None:
        raise Conflict("This invitation has already been used.", code="link_used")
    if row.expires_at <= utcnow():
        raise Conflict(
            "This invitation has expired. Ask an admin of the organization for a new one.", code="link_expired"
        )
    return row


def check_member_invitation(token: str) -> MemberInvitation:
    """Raises NotFound or Conflict unless the invitation can be accepted (the page checks before its form)."""
    return _usable_member_invitation(token)


def _join(invitation: MemberInvitation, user: User) -> None:
    result = cast(
        CursorResult[Any],
        db.session.execute(
            update(MemberInvitation)
            .where(MemberInvitation.id == invitation.id, MemberInvitation.used_at.is_(None))
            .values(used_at=utcnow())
            .execution_options(synchronize_session=False)
        ),
    )
    if result.rowcount != 1:  # two requests racing with one link: only the first gets here
        raise Conflict("This invitation has already been used.", code="link_used")
    try:
        with savepoint():
            db.session.add(
                Membership(user_id=user.id, organization_id=invitation.organization_id, role=invitation.role)
            )
            db.session.flush()
    except IntegrityError as exc:
        raise Conflict("You are already a member of this organization.", code="already_member") from exc
    db.session.refresh(user)
    record(MembershipChanged(invitation.organization_id, user.id, invitation.role))


@operation
def accept_member_invitation(token: str, name: str, password: str) -> tuple[User, Organization, str]:
    """A new staff account for the invited address, a member with the invited role, and its API token."""
    invitation = _usable_member_invitation(token)
    user = _new_user(UserKind.staff, name, invitation.email, password)
    # The link went to this address: opening it proves the address.
    user.email_confirmed_at = utcnow()
    _join(invitation, user)
    return user, invitation.organization, issue_token(user)


@operation
def join_with_member_invitation(user: User, token: str) -> tuple[User, Organization]:
    """Attaches the membership to the caller's staff account, which must have the invited address."""
    invitation = _usable_member_invitation(token)
    if not user.is_staff or user.email != invitation.email:
        raise Forbidden("This invitation is for another email address.", code="email_mismatch")
    if user.role_in(invitation.organization_id) is not None:
        raise Conflict("You are already a member of this organization.", code="already_member")
    _join(invitation, user)
    return user, invitation.organization


def _locked_membership(organization_id: int, user_id: int) -> Membership:
    # One change of roles at a time per organization: two admins demoting each other both check
    # "another admin is left" and would both succeed without the lock.
    db.session.execute(select(Organization.id).where(Organization.id == organization_id).with_for_update())
    membership = db.session.scalar(
        select(Membership).where(Membership.organization_id == organization_id, Membership.user_id == user_id)
    )
    if membership is None:
        raise NotFound("That person is not a member of this organization.", code="not_found")
    return membership


def _require_another_admin(membership: Membership, message: str) -> None:
    if membership.role != Role.admin.value:
        return
    others = db.session.scalar(
        select(Membership.id)
        .where(
            Membership.organization_id == membership.organization_id,
            Membership.role == Role.admin.value,
            Membership.id != membership.id,
        )
        .limit(1)
    )
    if others is None:
        raise Conflict(message, code="last_admin")


@operation
def change_member_role(admin: User, organization_id: int, user_id: int, role: str) -> Membership:
    require_membership(admin, organization_id, ADMIN)
    _check_role(role)
    membership = _locked_membership(organization_id, user_id)
    if role != Role.admin.value:
        _require_another_admin(membership, "The organization needs an admin: make someone else admin first.")
    if membership.role != role:
        membership.role = role
        db.session.flush()
        record(MembershipChanged(organization_id, user_id, role))
    return membership


@operation
def remove_member(admin: User, organization_id: int, user_id: int) -> None:
    require_membership(admin, organization_id, ADMIN)
    membership = _locked_membership(organization_id, user_id)
    _require_another_admin(membership, "The organization needs an admin: make someone else admin first.")
    db.session.delete(membership)
    db.session.flush()
    record(MemberRemoved(organization_id, user_id))
