"""API tokens expire after 90 idle days (sliding), and users list and revoke their own (issue 12)."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

from server.accounts.models import ApiToken
from server.accounts.operations import issue_token
from server.core.time import utcnow
from server.extensions import db
from tests import factories
from tests.api.conftest import Api, assert_error


def _row(token: str) -> ApiToken:
    return next(r for r in db.session.query(ApiToken) if r.token_hash == hashlib.sha256(token.encode()).hexdigest())


def _at(value: str) -> datetime:
    return datetime.fromisoformat(value.removesuffix("Z"))


def test_a_user_lists_their_working_tokens_without_the_secrets(client, admin):
    first, second = issue_token(admin), issue_token(admin)
    listed = Api(client, second).get("/api/v1/me/tokens")
    assert listed.status_code == 200
    body = listed.get_json()
    assert [item["current"] for item in body["items"]] == [True, False] and body["next_cursor"] is None
    assert first not in listed.get_data(as_text=True) and second not in listed.get_data(as_text=True)
    # Sliding: the token in use was just used, so its 90 days run from that use, not from its creation
    # (the two can fall in different seconds).
    used, unused = body["items"]
    assert used["last_used_at"] is not None and unused["last_used_at"] is None
    assert _at(used["expires_at"]) - _at(used["last_used_at"]) == timedelta(days=90)
    assert _at(unused["expires_at"]) - _at(unused["created_at"]) == timedelta(days=90)


def test_revoking_one_token_ends_it_and_only_it(client, admin):
    keep, drop = issue_token(admin), issue_token(admin)
    api = Api(client, keep)
    drop_id = next(i["id"] for i in api.get("/api/v1/me/tokens").get_json()["items"] if not i["current"])
    assert api.delete(f"/api/v1/me/tokens/{drop_id}").status_code == 204
    assert_error(Api(client, drop).get("/api/v1/me"), 401, "invalid_token")
    assert drop_id not in [i["id"] for i in api.get("/api/v1/me/tokens").get_json()["items"]]
    assert api.get("/api/v1/me").status_code == 200
    assert_error(api.delete(f"/api/v1/me/tokens/{drop_id}"), 404, "not_found")  # already revoked


def test_another_users_token_is_not_found_and_keeps_working(client, admin, candidate):
    theirs = issue_token(candidate)
    their_id = Api(client, theirs).get("/api/v1/me/tokens").get_json()["items"][0]["id"]
    mine = Api(client, issue_token(admin))
    assert_error(mine.delete(f"/api/v1/me/tokens/{their_id}"), 404, "not_found")
    assert_error(mine.delete("/api/v1/me/tokens/999999"), 404, "not_found")
    assert Api(client, theirs).get("/api/v1/me").status_code == 200


def test_a_token_idle_for_90_days_stops_working_and_use_slides_the_end(client, admin):
    idle, used = issue_token(admin), issue_token(admin)
    db.session.query(ApiToken).update({ApiToken.created_at: utcnow() - timedelta(days=200)})
    db.session.query(ApiToken).update({ApiToken.last_used_at: utcnow() - timedelta(days=91)})
    db.session.commit()
    assert_error(Api(client, idle).get("/api/v1/me"), 401, "invalid_token")
    row = _row(used)
    row.last_used_at = utcnow() - timedelta(days=89)
    db.session.commit()
    api = Api(client, used)
    assert api.get("/api/v1/me").status_code == 200
    listed = api.get("/api/v1/me/tokens").get_json()["items"]
    assert len(listed) == 1 and _at(listed[0]["expires_at"]) > utcnow() + timedelta(days=89)


def test_the_idle_limit_is_a_setting(make_app):
    app = make_app(CANDOR_TOKEN_IDLE_DAYS=1)
    with app.app_context():
        admin, _ = factories.employer("Acme", name="Erin", email="erin@acme.example")
        token = issue_token(admin)
        _row(token).created_at = utcnow() - timedelta(days=2)
        db.session.commit()
        assert_error(Api(app.test_client(), token).get("/api/v1/me"), 401, "invalid_token")


def test_listing_and_revoking_need_a_token_or_session(anon):
    assert_error(anon.get("/api/v1/me/tokens"), 401)
    assert_error(anon.delete("/api/v1/me/tokens/1"), 401)
    assert_error(
        Api(anon.client, issue_token(factories.employer("X", name="X Y", email="x@x.example")[0])).get(
            "/api/v1/me/tokens?cursor=nope"
        ),
        400,
        "invalid_cursor",
    )
