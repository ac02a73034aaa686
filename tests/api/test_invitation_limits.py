"""An organization's team invitations are limited per hour (issue 12): each is an email Candor sends, so
a flood gets 429 with Retry-After and sends nothing more; another organization is not affected."""

from __future__ import annotations

from server.accounts.models import MemberInvitation
from server.accounts.operations import issue_token
from server.extensions import db
from server.notifications.models import OutboxEmail
from tests import factories
from tests.api.conftest import Api, assert_error


def test_a_flood_of_team_invitations_is_429_and_sends_nothing_more(make_app):
    app = make_app(RATELIMIT_ENABLED=True, CANDOR_MEMBER_INVITATION_LIMIT="3 per hour")
    with app.app_context():
        admin, org = factories.employer("Acme", name="Erin", email="erin@acme.example")
        other_admin, other_org = factories.employer("Globex", name="Gus", email="gus@globex.example")
        api = Api(app.test_client(), issue_token(admin))
        url = f"/api/v1/organizations/{org.id}/members/invitations"
        for n in range(3):
            assert api.post(url, {"email": f"p{n}@acme.example", "role": "recruiter"}).status_code == 201
        emails = db.session.query(OutboxEmail).count()
        r = api.post(url, {"email": "p9@acme.example", "role": "recruiter"})
        error = assert_error(r, 429, "rate_limited")
        assert 0 < int(r.headers["Retry-After"]) <= 3600 and "minutes" in error["message"]
        assert db.session.query(MemberInvitation).filter_by(organization_id=org.id).count() == 3
        assert db.session.query(OutboxEmail).count() == emails
        other = Api(app.test_client(), issue_token(other_admin))
        r = other.post(
            f"/api/v1/organizations/{other_org.id}/members/invitations", {"email": "q@globex.example", "role": "admin"}
        )
        assert r.status_code == 201


def _candidacies(api: Api, org_id: int, n: int) -> list[int]:
    position = api.post("/api/v1/positions", {"organization_id": org_id, "title": "Engineer"}).get_json()
    url = f"/api/v1/positions/{position['id']}/candidacies"
    return [api.post(url, {"name": f"C {i}", "email": f"c{i}@example.com"}).get_json()["id"] for i in range(n)]


def test_rejections_and_resends_share_a_limit_per_organization(make_app):
    app = make_app(RATELIMIT_ENABLED=True, CANDOR_REJECTION_LIMIT="3 per hour")
    with app.app_context():
        admin, org = factories.employer("Acme", name="Erin", email="erin@acme.example")
        other_admin, other_org = factories.employer("Globex", name="Gus", email="gus@globex.example")
        api = Api(app.test_client(), issue_token(admin))
        first, second, third = _candidacies(api, org.id, 3)
        assert api.post(f"/api/v1/candidacies/{first}/reject", {"message": "Thanks for your time."}).status_code == 201
        assert api.post(f"/api/v1/candidacies/{second}/reject", {}).status_code == 201
        assert api.post(f"/api/v1/candidacies/{first}/invitation/resend").status_code == 200
        emails = db.session.query(OutboxEmail).count()
        r = api.post(f"/api/v1/candidacies/{third}/reject", {"message": "Visit http://phish.example"})
        assert_error(r, 429, "rate_limited")
        assert int(r.headers["Retry-After"]) > 0
        assert_error(api.post(f"/api/v1/candidacies/{second}/invitation/resend"), 429, "rate_limited")
        assert api.get(f"/api/v1/candidacies/{third}").get_json()["status"] == "active"
        assert db.session.query(OutboxEmail).count() == emails
        other = Api(app.test_client(), issue_token(other_admin))
        (theirs,) = _candidacies(other, other_org.id, 1)
        assert other.post(f"/api/v1/candidacies/{theirs}/reject", {}).status_code == 201


def test_invitation_lookups_are_limited_per_address_across_pages_and_api(make_app):
    app = make_app(RATELIMIT_ENABLED=True, CANDOR_INVITATION_LOOKUP_LIMIT="4 per minute")
    with app.app_context():
        client = app.test_client()
        answers = [client.get(f"/api/v1/invitations/guess{i}").status_code for i in range(2)]
        answers += [client.get(f"/invitations/guess{i}").status_code for i in range(2)]
        assert answers == [404, 404, 404, 404]
        r = client.get("/api/v1/invitations/guess9")
        assert_error(r, 429, "rate_limited")
        assert int(r.headers["Retry-After"]) > 0
        assert client.get("/invitations/guess9").status_code == 429
        assert client.get("/member-invitations/guess9").status_code == 429
