from __future__ import annotations

from typing import Annotated, Literal, get_args

from pydantic import Field

from ..api.fields import current_password, email, new_password, text
from ..api.schemas import OrganizationRef, Out, Request, UserOut
from .models import Role
from .operations import MAX_PASSWORD_LENGTH, NAME_LIMIT
from .passwords import MIN_LENGTH

Name = Annotated[str, text(NAME_LIMIT, blank=False)]
Email = Annotated[str, email()]
NewPassword = Annotated[str, new_password(MIN_LENGTH, MAX_PASSWORD_LENGTH)]
RoleName = Literal["admin", "recruiter", "hiring_manager"]
assert set(get_args(RoleName)) == {role.value for role in Role}  # the document names exactly the model's roles


class SignupEmployerIn(Request):
    organization: Name
    name: Name
    email: Email
    password: NewPassword


class TokenIn(Request):
    email: Email
    password: Annotated[str, current_password()]


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
    role: RoleName


class MeOut(Out):
    user: UserOut
    organizations: list[MembershipOut]


def user_out(user) -> dict:
    return {"id": user.id, "name": user.name, "email": user.email, "kind": user.kind}


def org_ref(org) -> dict:
    return {"id": org.id, "name": org.name}


class PasswordResetIn(Request):
    email: Email


class NewPasswordIn(Request):
    password: NewPassword


class NameIn(Request):
    name: Name


class EmailChangeIn(Request):
    email: Email
    password: Annotated[str, current_password("Your current password (422 `wrong_password` if it is not).")]


class AcceptedOut(Out):
    message: str


class MemberOut(Out):
    user: UserOut
    role: RoleName


class MemberListOut(Out):
    items: list[MemberOut]
    next_cursor: str | None


class MemberInvitationIn(Request):
    email: Email
    role: RoleName


class MemberInvitationOut(Out):
    email: str
    role: RoleName
    expires_at: str


class MemberAcceptIn(Request):
    """A new account: both fields. With a staff Bearer token of the invited address: an empty body."""

    name: Name | None = None
    password: NewPassword | None = None


class MemberAcceptOut(Out):
    token: str | None
    user: UserOut
    organization: OrganizationRef


class RoleIn(Request):
    role: RoleName


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
