from __future__ import annotations

import enum
import secrets
from datetime import datetime

from flask_login import UserMixin
from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..core.time import utcnow
from ..extensions import Model


class UserKind(enum.StrEnum):
    candidate = "candidate"
    staff = "staff"


class Role(enum.StrEnum):
    admin = "admin"
    recruiter = "recruiter"
    hiring_manager = "hiring_manager"


def new_nonce() -> str:
    return secrets.token_hex(16)


class User(UserMixin, Model):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(120))
    # Stored lower-cased: one account per address whatever the spelling.
    email: Mapped[str] = mapped_column(String(254), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    # Part of the session identity, a second lock behind the user_sessions rows:
    # rotated when every session of the user ends (a login racing that still dies).
    session_nonce: Mapped[str] = mapped_column(String(32), default=new_nonce)
    # When the user last proved they read mail at ``email`` (a confirmation link); None: never.
    email_confirmed_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    memberships: Mapped[list[Membership]] = relationship(back_populates="user", lazy="selectin")

    def get_id(self) -> str:
        return f"{self.id}:{self.session_nonce}"

    @property
    def is_staff(self) -> bool:
        return self.kind == UserKind.staff.value

    @property
    def is_candidate(self) -> bool:
        return self.kind == UserKind.candidate.value

    def role_in(self, organization_id: int) -> str | None:
        for membership in self.memberships:
            if membership.organization_id == organization_id:
                return membership.role
        return None

    @property
    def organization_ids(self) -> list[int]:
        return [m.organization_id for m in self.memberships]


class Organization(Model):
    __tablename__ = "organizations"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    # How many days the organization promises to answer a feedback request in.
    reply_target_days: Mapped[int] = mapped_column(default=5)
    # How long a closed, idle thread keeps its candidate's side before it is anonymised (privacy).
    retention_months: Mapped[int] = mapped_column(default=24, server_default="24")
    # How long a stay-in-touch consent lasts before it must be renewed (at most 24 months).
    connection_months: Mapped[int] = mapped_column(default=12, server_default="12")
    # At most one announcement per candidate per this many days.
    announcement_interval_days: Mapped[int] = mapped_column(default=30, server_default="30")
    # The admin who signed the organization up. Until they confirm their email address
    # (``confirmed_at`` is set then), the organization's invitation emails wait in the outbox.
    founder_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), index=True)
    confirmed_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    memberships: Mapped[list[Membership]] = relationship(back_populates="organization")


class Membership(Model):
    __tablename__ = "memberships"
    __table_args__ = (UniqueConstraint("user_id", "organization_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    organization_id: Mapped[int] = mapped_column(ForeignKey("organizations.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    user: Mapped[User] = relationship(back_populates="memberships")
    organization: Mapped[Organization] = relationship(back_populates="memberships", lazy="joined")


class ApiToken(Model):
    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    # SHA-256 of the token; the token itself is shown once and never stored.
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_used_at: Mapped[datetime | None]
    revoked_at: Mapped[datetime | None]

    user: Mapped[User] = relationship()


class UserSession(Model):
    """A browser session. The signed cookie carries its key; the table only the key's SHA-256,
    so the session ends for real on logout: a saved copy of the cookie is refused."""

    __tablename__ = "user_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_agent: Mapped[str | None] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Coarse, like ApiToken.last_used_at: no write per request.
    last_seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    revoked_at: Mapped[datetime | None]

    user: Mapped[User] = relationship()


class TokenPurpose(enum.StrEnum):
    password_reset = "password_reset"
    email_confirmation = "email_confirmation"  # of the signup address, or of a new address


class AccountToken(Model):
    """A single-use emailed link: a password reset, or the confirmation of an email address.

    Only the SHA-256 of the token is stored; the token itself is in the email alone."""

    __tablename__ = "account_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    purpose: Mapped[str] = mapped_column(String(24))  # a TokenPurpose
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    # The address being confirmed (the signup address, or the new one of an email change).
    email: Mapped[str | None] = mapped_column(String(254))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]

    user: Mapped[User] = relationship()


class MemberInvitation(Model):
    """An emailed, single-use link that makes its address a member of the organization with ``role``.

    Only the SHA-256 of the token is stored; the token itself is in the email alone."""

    __tablename__ = "member_invitations"

    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int] = mapped_column(ForeignKey("organizations.id", ondelete="CASCADE"), index=True)
    email: Mapped[str] = mapped_column(String(254))  # lower-cased
    role: Mapped[str] = mapped_column(String(32))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    invited_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]

    organization: Mapped[Organization] = relationship(lazy="joined")
