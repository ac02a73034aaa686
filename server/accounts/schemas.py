from __future__ import annotations

from typing import Literal

from pydantic import Field

from ..api.schemas import OrganizationRef, Out, Request, UserOut


class SignupEmployerIn(Request):
    organization: str
    name: str
    email: str
    password: str


class TokenIn(Request):
    email: str
    password: str


class SignupOut(Out):
    token: str
    user: UserOut
    organization: OrganizationRef


class TokenOut(Out):
    token: str
    user: UserOut


class MembershipOut(Out):
    id: int
    name: str
    role: Literal["admin", "recruiter", "hiring_manager"]


class MeOut(Out):
    user: UserOut
    organizations: list[MembershipOut]


def user_out(user) -> dict:
    return {"id": user.id, "name": user.name, "email": user.email, "kind": user.kind}


def org_ref(org) -> dict:
    return {"id": org.id, "name": org.name}


class PasswordResetIn(Request):
    email: str


class NewPasswordIn(Request):
    password: str


class NameIn(Request):
    name: str


class EmailChangeIn(Request):
    email: str
    password: str


class AcceptedOut(Out):
    message: str


RoleName = Literal["admin", "recruiter", "hiring_manager"]


class MemberOut(Out):
    user: UserOut
    role: RoleName


class MemberListOut(Out):
    items: list[MemberOut]
    next_cursor: str | None


class MemberInvitationIn(Request):
    email: str
    role: str  # checked by the service: 422 with the choices


class MemberInvitationOut(Out):
    email: str
    role: RoleName
    expires_at: str


class MemberAcceptIn(Request):
    """A new account: both fields. With a staff Bearer token of the invited address: an empty body."""

    name: str | None = None
    password: str | None = None


class MemberAcceptOut(Out):
    token: str | None
    user: UserOut
    organization: OrganizationRef


class RoleIn(Request):
    role: str


def member_out(membership) -> dict:
    return {"user": user_out(membership.user), "role": membership.role}


class TokenInfoOut(Out):
    id: int
    created_at: str
    last_used_at: str | None
    expires_at: str
    current: bool = Field(description="The token this request was made with.")


class TokenListOut(Out):
    items: list[TokenInfoOut]
    next_cursor: str | None
