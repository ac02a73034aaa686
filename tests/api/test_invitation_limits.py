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
