"""Accounts: employer signup, login, API tokens, sessions, members."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Collection

from email_validator import EmailNotValidError, validate_email
from sqlalchemy import literal, select, union_all
from sqlalchemy.exc import IntegrityError

from ..core.errors import Conflict, Invalid, Unauthorized
from ..core.time import utcnow
from ..core.transaction import operation, record, savepoint
from ..extensions import db
from .access import ADMIN, require_membership
from .events import OrganizationCreated, SessionsEnded
from .models import ApiToken, Membership, Organization, Role, User, UserKind, UserSession, new_nonce
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
