"""Accounts over JSON: employer signup, tokens, me."""

from __future__ import annotations

from flask import current_app
from spectree import Response

from ..api.blueprint import bp, spec
from ..api.schemas import errors
from ..api.validation import validated
from ..core.errors import Unauthorized
from ..extensions import limiter
from . import operations
from .api_auth import authenticated, current_token, require_user
from .schemas import MeOut, SignupEmployerIn, SignupOut, TokenIn, TokenOut, org_ref, user_out

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
    user = require_user()
    return {
        "user": user_out(user),
        "organizations": [
            {"id": m.organization.id, "name": m.organization.name, "role": m.role} for m in user.memberships
        ],
    }
