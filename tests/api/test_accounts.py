from __future__ import annotations

from datetime import timedelta

import pytest

from server.accounts import operations
from server.accounts.models import AccountToken, ApiToken, Organization, User
from server.accounts.session import SESSION_KEY
from server.core.time import utcnow
from server.extensions import db
from tests import factories
from tests.api.conftest import Api, assert_error

SIGNUP = {"organization": "Initech", "name": "Peter", "email": "peter@initech.example", "password": "a long password"}


def test_signup_login_me_logout(anon):
    r = anon.post("/api/v1/signup/employer", SIGNUP)
    assert r.status_code == 201
    body = r.get_json()
    assert body["user"] == {
        "id": body["user"]["id"],
        "name": "Peter",
        "email": "peter@initech.example",
        "kind": "staff",
    }
    assert body["organization"]["name"] == "Initech"
    me = Api(anon.client, body["token"]).get("/api/v1/me").get_json()
    assert me["organizations"] == [{"id": body["organization"]["id"], "name": "Initech", "role": "admin"}]

    r = anon.post("/api/v1/tokens", {"email": "PETER@initech.example", "password": "a long password"})
    assert r.status_code == 201
    token = r.get_json()["token"]
    api = Api(anon.client, token)
    assert api.delete("/api/v1/tokens/current").status_code == 204
    assert_error(api.get("/api/v1/me"), 401, "invalid_token")
    # the other token still works
    assert Api(anon.client, body["token"]).get("/api/v1/me").status_code == 200


def test_tokens_are_stored_hashed(anon):
    token = anon.post("/api/v1/signup/employer", SIGNUP).get_json()["token"]
    stored = db.session.query(ApiToken.token_hash).scalar()
    assert token not in stored and len(stored) == 64


def test_password_is_hashed_with_argon2(anon):
    anon.post("/api/v1/signup/employer", SIGNUP)
    assert db.session.query(User.password_hash).scalar().startswith("$argon2id$")


@pytest.mark.parametrize(
    "body, status, field",
    [
        ({**SIGNUP, "password": "short"}, 422, "password"),
        ({**SIGNUP, "email": "not-an-email"}, 422, "email"),
        ({**SIGNUP, "name": "   "}, 422, "name"),
        ({**SIGNUP, "organization": ""}, 422, "organization"),
        ({k: v for k, v in SIGNUP.items() if k != "email"}, 422, "email"),
        ({**SIGNUP, "email": 42}, 400, "email"),
        ({**SIGNUP, "password": ["x"]}, 400, "password"),
        ({**SIGNUP, "admin": True}, 422, "admin"),
    ],
)
def test_signup_bad_input_changes_nothing(anon, body, status, field):
    error = assert_error(anon.post("/api/v1/signup/employer", body), status)
    assert field in error["fields"]
    assert db.session.query(User).count() == 0 and db.session.query(Organization).count() == 0


def test_signup_duplicate_email(anon):
    anon.post("/api/v1/signup/employer", SIGNUP)
    assert_error(anon.post("/api/v1/signup/employer", {**SIGNUP, "email": "Peter@Initech.example"}), 409, "email_taken")
    assert db.session.query(Organization).count() == 1


def test_malformed_and_non_object_json(anon):
    r = anon.client.post("/api/v1/tokens", data="{nope", content_type="application/json")
    assert_error(r, 400, "malformed_json")
    assert_error(anon.post("/api/v1/tokens", [1, 2]), 400, "malformed_json")
    r = anon.client.post("/api/v1/tokens", data="email=x", content_type="application/x-www-form-urlencoded")
    assert_error(r, 415)


def test_huge_body_is_413(anon):
    r = anon.post("/api/v1/tokens", {"email": "a@b.example", "password": "x" * 400_000})
    assert_error(r, 413)


def test_wrong_password_and_unknown_email_look_the_same(anon):
    anon.post("/api/v1/signup/employer", SIGNUP)
    a = assert_error(anon.post("/api/v1/tokens", {"email": SIGNUP["email"], "password": "wrong password"}), 401)
    b = assert_error(anon.post("/api/v1/tokens", {"email": "nobody@x.example", "password": "wrong password"}), 401)
    assert a == b


@pytest.mark.parametrize("header", ["Bearer nope", "Basic abc", "Bearer", "cnd_token"])
def test_bad_authorization_headers(client, header):
    r = client.get("/api/v1/me", headers={"Authorization": header})
    assert_error(r, 401)


def test_missing_token(anon):
    assert_error(anon.get("/api/v1/me"), 401, "unauthorized")
    assert_error(anon.get("/api/v1/threads"), 401)


def test_login_is_rate_limited(make_app):
    app = make_app(RATELIMIT_ENABLED=True, CANDOR_AUTH_RATE_LIMIT="3 per minute")
    with app.app_context():
        api = Api(app.test_client())
        for _ in range(3):
            assert api.post("/api/v1/tokens", {"email": "x@y.example", "password": "whatever1234"}).status_code == 401
        r = api.post("/api/v1/tokens", {"email": "x@y.example", "password": "whatever1234"})
        assert_error(r, 429, "rate_limited")
        assert int(r.headers["Retry-After"]) > 0


def test_unknown_route_and_method_are_json(anon):
    assert_error(anon.get("/api/v1/does-not-exist"), 404, "not_found")
    assert_error(anon.client.put("/api/v1/me"), 405, "method_not_allowed")


def test_session_cookie_writes_need_csrf(app, admin, thread):
    """A browser session may call the API, but never write without the CSRF token."""
    client = app.test_client()
    key = operations.open_session(admin)
    with client.session_transaction() as session:
        session["_user_id"] = admin.get_id()
        session[SESSION_KEY] = key
        session["_fresh"] = True
    assert client.get("/api/v1/me").status_code == 200
    r = client.post(f"/api/v1/threads/{thread.id}/messages", json={"body": "hi"})
    assert_error(r, 400)


def test_a_session_cookie_stops_working_on_the_api_once_its_session_ends(app, admin):
    client = app.test_client()
    key = operations.open_session(admin)
    with client.session_transaction() as session:
        session["_user_id"] = admin.get_id()
        session[SESSION_KEY] = key
    assert client.get("/api/v1/me").status_code == 200
    operations.end_session(key)
    assert_error(client.get("/api/v1/me"), 401, "unauthorized")


def test_revoking_a_token_is_idempotent_and_sign_out_everywhere_revokes_every_token(anon, admin):
    first, second = Api(anon.client, operations.issue_token(admin)), Api(anon.client, operations.issue_token(admin))
    assert first.delete("/api/v1/tokens/current").status_code == 204
    assert_error(first.delete("/api/v1/tokens/current"), 401, "invalid_token")
    assert second.get("/api/v1/me").status_code == 200
    operations.sign_out_everywhere(admin)
    assert_error(second.get("/api/v1/me"), 401, "invalid_token")


def test_patch_me_changes_the_name_and_nothing_else(staff_api, admin):
    r = staff_api.client.patch(
        "/api/v1/me", json={"name": "  Erin  Q. Admin "}, headers={"Authorization": f"Bearer {staff_api.token}"}
    )
    assert r.status_code == 200 and r.get_json()["user"]["name"] == "Erin Q. Admin"
    for body, status in [
        ({"name": ""}, 422),
        ({"name": 5}, 400),
        ({"name": "x" * 121}, 422),
        ({"email": "a@b.c"}, 422),
    ]:
        r = staff_api.client.patch("/api/v1/me", json=body, headers={"Authorization": f"Bearer {staff_api.token}"})
        assert_error(r, status)
    assert_error(staff_api.client.patch("/api/v1/me", json={"name": "Eve"}), 401)
    db.session.expire_all()
    assert db.session.get(User, admin.id).name == "Erin Q. Admin"


def test_signup_emails_a_confirmation_and_the_link_can_be_sent_again(anon):
    body = anon.post("/api/v1/signup/employer", SIGNUP).get_json()
    api = Api(anon.client, body["token"])
    first = factories.confirmation_token(SIGNUP["email"])
    assert api.post("/api/v1/me/email-confirmation").status_code == 202
    second = factories.confirmation_token(SIGNUP["email"])
    assert first != second
    assert_error(anon.post(f"/api/v1/email-confirmations/{first}"), 404, "link_not_found")
    assert anon.post(f"/api/v1/email-confirmations/{second}").status_code == 204
    assert_error(api.post("/api/v1/me/email-confirmation"), 409, "already_confirmed")
    assert_error(anon.post("/api/v1/me/email-confirmation"), 401)
    assert db.session.get(Organization, body["organization"]["id"]).confirmed_at is not None


def test_an_expired_confirmation_link_is_refused(anon):
    body = anon.post("/api/v1/signup/employer", SIGNUP).get_json()
    token = factories.confirmation_token(SIGNUP["email"])
    row = db.session.query(AccountToken).one()
    assert timedelta(hours=71) < row.expires_at - row.created_at <= timedelta(hours=72)
    row.expires_at = utcnow() - timedelta(seconds=1)
    db.session.commit()
    error = assert_error(anon.post(f"/api/v1/email-confirmations/{token}"), 409, "link_expired")
    assert "expired" in error["message"]
    assert db.session.get(Organization, body["organization"]["id"]).confirmed_at is None
