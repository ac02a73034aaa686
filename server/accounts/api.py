"""Accounts over JSON: employer signup, tokens, me, password reset, email confirmation and change."""

from __future__ import annotations

from flask import current_app
from spectree import Response

from ..api.blueprint import bp, spec
from ..api.pagination import decode_cursor, encode_cursor
from ..api.schemas import NamePageQuery, errors
from ..api.validation import validated
from ..core.errors import Invalid, Unauthorized
from ..extensions import limiter
from ..web.rate_limits import invitation_lookup_limit
from . import operations
from .api_auth import authenticated, current_token, current_user_or_none, require_user
from .schemas import (
    AcceptedOut,
    EmailChangeIn,
    MemberAcceptIn,
    MemberAcceptOut,
    MemberInvitationIn,
    MemberInvitationOut,
    MemberListOut,
    MemberOut,
    MeOut,
    NameIn,
    NewPasswordIn,
    PasswordResetIn,
    RoleIn,
    SignupEmployerIn,
    SignupOut,
    TokenIn,
    TokenOut,
    member_out,
    org_ref,
    user_out,
)
from .timing import uniform_duration

auth_limit = limiter.limit(lambda: current_app.config["CANDOR_AUTH_RATE_LIMIT"])


@bp.post("/signup/employer")
@auth_limit
@spec.validate(
    json=SignupEmployerIn, resp=Response(HTTP_201=SignupOut, **errors(400, 409, 422, 429)), tags=["accounts"]
)
def signup_employer():
    """Create an organization with the caller as its admin."""
    body: SignupEmployerIn = validated().json
    user, org, token = operations.signup_employer_with_token(body.organization, body.name, body.email, body.password)
    return {"token": token, "user": user_out(user), "organization": org_ref(org)}, 201


@bp.post("/tokens")
@auth_limit
@spec.validate(json=TokenIn, resp=Response(HTTP_201=TokenOut, **errors(400, 401, 422, 429)), tags=["accounts"])
def create_token():
    """Log in: exchange email and password for a bearer token."""
    body: TokenIn = validated().json
    token, user = operations.login_for_token(body.email, body.password)
    return {"token": token, "user": user_out(user)}, 201


@bp.delete("/tokens/current")
@authenticated
@spec.validate(resp=Response("HTTP_204", **errors(401)), security={"bearer": []}, tags=["accounts"])
def revoke_current_token():
    """Log out: revoke the token used for this request."""
    row = current_token()
    if row is None:
        raise Unauthorized("Only a bearer token can be revoked this way.", code="unauthorized")
    operations.revoke_token(row)
    return "", 204


@bp.get("/me")
@authenticated
@spec.validate(resp=Response(HTTP_200=MeOut, **errors(401)), security={"bearer": []}, tags=["accounts"])
def me():
    """The caller and the organizations they belong to."""
    return _me_out(require_user())


def _me_out(user) -> dict:
    return {
        "user": user_out(user),
        "organizations": [
            {"id": m.organization.id, "name": m.organization.name, "role": m.role} for m in user.memberships
        ],
    }


RESET_ACCEPTED = "If an account uses that address, a link to reset its password is on its way there."


@bp.post("/password-reset")
@auth_limit
@uniform_duration
@spec.validate(json=PasswordResetIn, resp=Response(HTTP_202=AcceptedOut, **errors(400, 422, 429)), tags=["accounts"])
def request_password_reset():
    """Email a password reset link to the address, if an account uses it. 202 either way."""
    body: PasswordResetIn = validated().json
    operations.request_password_reset(body.email)
    return {"message": RESET_ACCEPTED}, 202


@bp.post("/password-reset/<token>")
@auth_limit
@spec.validate(json=NewPasswordIn, resp=Response("HTTP_204", **errors(400, 404, 409, 422, 429)), tags=["accounts"])
def reset_password(token: str):
    """Set a new password with the emailed link; every session and token of the account ends."""
    body: NewPasswordIn = validated().json
    operations.reset_password(token, body.password)
    return "", 204


@bp.post("/email-confirmations/<token>")
@auth_limit
@spec.validate(resp=Response("HTTP_204", **errors(404, 409, 429)), tags=["accounts"])
def confirm_email(token: str):
    """Confirm an email address with the emailed link (signup, or a change of address)."""
    operations.confirm_email(token)
    return "", 204


@bp.post("/me/email-confirmation")
@auth_limit
@authenticated
@spec.validate(resp=Response(HTTP_202=AcceptedOut, **errors(401, 409, 429)), security={"bearer": []}, tags=["accounts"])
def resend_email_confirmation():
    """Send the link confirming the caller's address again."""
    user = require_user()
    operations.resend_confirmation(user)
    return {"message": f"A new confirmation link is on its way to {user.email}."}, 202


@bp.patch("/me")
@authenticated
@spec.validate(
    json=NameIn, resp=Response(HTTP_200=MeOut, **errors(400, 401, 422)), security={"bearer": []}, tags=["accounts"]
)
def update_me():
    """Change the caller's name."""
    body: NameIn = validated().json
    return _me_out(operations.change_name(require_user(), body.name))


@bp.post("/me/email")
@auth_limit
@authenticated
@spec.validate(
    json=EmailChangeIn,
    resp=Response(HTTP_202=AcceptedOut, **errors(400, 401, 409, 422, 429)),
    security={"bearer": []},
    tags=["accounts"],
)
def change_email():
    """Ask to change the caller's address: a link goes to the new one, a notice to the current one;
    the address changes when the link is used."""
    body: EmailChangeIn = validated().json
    address = operations.request_email_change(require_user(), body.email, body.password)
    return {"message": f"Open the link we sent to {address} to confirm it."}, 202


# Teams (API.md "Teams"): members, invitations, roles. The services check who may do what.

SECURED: dict[str, list[str]] = {"bearer": []}


@bp.get("/organizations/<int:organization_id>/members")
@authenticated
@spec.validate(
    query=NamePageQuery,
    resp=Response(HTTP_200=MemberListOut, **errors(400, 401, 404, 422)),
    security=SECURED,
    tags=["teams"],
)
def list_members(organization_id: int):
    """The organization's members and their roles by name, ``limit`` at a time (members only; 404
    for anyone else)."""
    query: NamePageQuery = validated().query
    members, after = operations.page_members(
        require_user(), organization_id, query.limit, decode_cursor(query.cursor, "text_id")
    )
    return {
        "items": [member_out(m) for m in members],
        "next_cursor": encode_cursor(list(after)) if after is not None else None,
    }


@bp.post("/organizations/<int:organization_id>/members/invitations")
@authenticated
@spec.validate(
    json=MemberInvitationIn,
    resp=Response(HTTP_201=MemberInvitationOut, **errors(400, 401, 403, 404, 409, 422)),
    security=SECURED,
    tags=["teams"],
)
def invite_member(organization_id: int):
    """Email the address a single-use link to join the organization with the role (admins only).
    The link ends in its token; the token is in the email alone."""
    body: MemberInvitationIn = validated().json
    invitation = operations.invite_member(require_user(), organization_id, body.email, body.role)
    return {
        "email": invitation.email,
        "role": invitation.role,
        "expires_at": invitation.expires_at.isoformat() + "Z",
    }, 201


@bp.post("/member-invitations/<token>/accept")
@auth_limit
@invitation_lookup_limit
@spec.validate(
    json=MemberAcceptIn,
    resp=Response(HTTP_200=MemberAcceptOut, **errors(400, 401, 403, 404, 409, 422, 429)),
    tags=["teams"],
)
def accept_member_invitation(token: str):
    """Accept an invitation: ``{name, password}`` creates the staff account of the invited address
    (the response carries its token); with a staff Bearer token of that address and an empty body,
    the membership is added to that account (``token`` is null)."""
    body = validated().json
    user = current_user_or_none()
    if user is not None:
        if isinstance(body, MemberAcceptIn) and (body.name is not None or body.password is not None):
            raise Invalid(
                "You are logged in: send an empty body to join with this account.",
                fields={"body": "Must be empty when authenticated."},
            )
        user, org = operations.join_with_member_invitation(user, token)
        new_token = None
    else:
        if not isinstance(body, MemberAcceptIn) or body.name is None or body.password is None:
            missing = {
                f: "Required."
                for f in ("name", "password")
                if not isinstance(body, MemberAcceptIn) or getattr(body, f) is None
            }
            raise Invalid("Choose your name and a password, or log in first.", fields=missing)
        user, org, new_token = operations.accept_member_invitation(token, body.name, body.password)
    return {"token": new_token, "user": user_out(user), "organization": org_ref(org)}


@bp.patch("/organizations/<int:organization_id>/members/<int:user_id>")
@authenticated
@spec.validate(
    json=RoleIn,
    resp=Response(HTTP_200=MemberOut, **errors(400, 401, 403, 404, 409, 422)),
    security=SECURED,
    tags=["teams"],
)
def change_member_role(organization_id: int, user_id: int):
    """Change a member's role (admins only). The last admin cannot be demoted (409 last_admin)."""
    body: RoleIn = validated().json
    membership = operations.change_member_role(require_user(), organization_id, user_id, body.role)
    return member_out(membership)


@bp.delete("/organizations/<int:organization_id>/members/<int:user_id>")
@authenticated
@spec.validate(resp=Response("HTTP_204", **errors(401, 403, 404, 409)), security=SECURED, tags=["teams"])
def remove_member(organization_id: int, user_id: int):
    """Remove a member (admins only). Their live sockets leave the organization's room at once;
    the last admin cannot be removed (409 last_admin)."""
    operations.remove_member(require_user(), organization_id, user_id)
    return "", 204
