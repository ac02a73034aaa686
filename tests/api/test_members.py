"""Teams over JSON: members, invitations by email, roles; admins only, and never without an admin."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from sqlalchemy import select, update

from server.accounts.models import MemberInvitation, Membership
from server.core.time import utcnow
from server.extensions import db
from server.notifications.models import OutboxEmail
from tests import factories
from tests.api.conftest import Api, assert_error

_MEMBER_LINK = re.compile(r"https?://\S+/member-invitations/([A-Za-z0-9_-]+)")


def _members_url(org) -> str:
    return f"/api/v1/organizations/{org.id}/members"


def _invite(api, org, email="newbie@example.com", role="recruiter"):
    r = api.post(f"{_members_url(org)}/invitations", {"email": email, "role": role})
    assert r.status_code == 201, r.get_data(as_text=True)
    return r


def _link(email: str) -> str:
    rows = db.session.scalars(select(OutboxEmail).where(OutboxEmail.to_email == email).order_by(OutboxEmail.id.desc()))
    for row in rows:
        match = _MEMBER_LINK.search(row.body_text)
        if match:
            assert row.body_html and match.group(0) in row.body_html
            return match.group(0)
    raise AssertionError(f"no member invitation to {email}")


def _token(email: str) -> str:
    return _link(email).rsplit("/", 1)[1]


def test_members_list_for_members_only(anon, staff_api, admin, org, candidate_api):
    recruiter = factories.member(admin, org, "recruiter")
    r = staff_api.get(_members_url(org))
    assert r.status_code == 200
    body = r.get_json()
    assert body["next_cursor"] is None
    assert {(m["user"]["id"], m["role"]) for m in body["items"]} == {(admin.id, "admin"), (recruiter.id, "recruiter")}
    # Any member may read it.
    assert staff_api.as_user(recruiter).get(_members_url(org)).status_code == 200
    assert_error(anon.get(_members_url(org)), 401)
    outsider, _other = factories.employer()
    assert_error(staff_api.as_user(outsider).get(_members_url(org)), 404)
    assert_error(candidate_api.get(_members_url(org)), 404)


def test_invitation_email_carries_the_link_and_a_new_account_accepts(anon, staff_api, org):
    r = _invite(staff_api, org, "New.Person@Example.com", "hiring_manager")
    link = _link("new.person@example.com")
    token = link.rsplit("/", 1)[1]
    assert link.startswith("http://candor.test/member-invitations/")
    # The token is in the email only: not in the response, and stored as its digest.
    assert token not in r.get_data(as_text=True)
    stored = db.session.scalar(select(MemberInvitation)).token_hash
    assert token not in stored and len(stored) == 64
    email = db.session.scalar(select(OutboxEmail).where(OutboxEmail.to_email == "new.person@example.com"))
    assert org.name in email.subject

    r = anon.post(f"/api/v1/member-invitations/{token}/accept", {"name": "Nia New", "password": factories.PASSWORD})
    assert r.status_code == 200, r.get_data(as_text=True)
    body = r.get_json()
    assert body["user"]["email"] == "new.person@example.com" and body["user"]["kind"] == "staff"
    assert body["organization"]["id"] == org.id
    me = Api(anon.client, body["token"]).get("/api/v1/me").get_json()
    assert me["organizations"] == [{"id": org.id, "name": org.name, "role": "hiring_manager"}]
    # Single use.
    assert_error(
        anon.post(f"/api/v1/member-invitations/{token}/accept", {"name": "Again", "password": factories.PASSWORD}),
        409,
        "link_used",
    )


def test_existing_staff_account_joins_with_its_bearer_token(anon, staff_api, org):
    other_admin, other_org = factories.employer(email="pat@example.com")
    _invite(staff_api, org, "pat@example.com", "recruiter")
    token = _token("pat@example.com")
    pat = staff_api.as_user(other_admin)
    # A different staff address is refused.
    stranger, _ = factories.employer(email="stranger@example.com")
    assert_error(staff_api.as_user(stranger).post(f"/api/v1/member-invitations/{token}/accept"), 403)
    r = pat.post(f"/api/v1/member-invitations/{token}/accept")
    assert r.status_code == 200, r.get_data(as_text=True)
    assert r.get_json()["token"] is None
    roles = {o["id"]: o["role"] for o in pat.get("/api/v1/me").get_json()["organizations"]}
    assert roles == {other_org.id: "admin", org.id: "recruiter"}
    # Used now; and a second invitation of a member is refused.
    assert_error(pat.post(f"/api/v1/member-invitations/{token}/accept"), 409, "link_used")
    assert_error(
        staff_api.post(f"{_members_url(org)}/invitations", {"email": "pat@example.com", "role": "admin"}),
        409,
        "already_member",
    )


def test_already_member_is_409(staff_api, admin, org):
    _invite(staff_api, org, "rita@example.com")
    token = _token("rita@example.com")
    # Meanwhile added another way: the invitation cannot add them twice.
    rita = factories.member(admin, org, "recruiter", email="rita@example.com")
    assert_error(staff_api.as_user(rita).post(f"/api/v1/member-invitations/{token}/accept"), 409, "already_member")
    assert rita.role_in(org.id) == "recruiter"


def test_expired_and_unknown_invitations(anon, staff_api, org):
    _invite(staff_api, org, "late@example.com")
    token = _token("late@example.com")
    db.session.execute(update(MemberInvitation).values(expires_at=utcnow() - timedelta(minutes=1)))
    db.session.commit()
    body = {"name": "Late", "password": factories.PASSWORD}
    assert_error(anon.post(f"/api/v1/member-invitations/{token}/accept", body), 409, "link_expired")
    assert_error(anon.post("/api/v1/member-invitations/not-a-token/accept", body), 404)
    assert db.session.scalar(select(Membership).join(Membership.user).where(Membership.organization_id == 0)) is None


def test_accept_bad_input(anon, staff_api, org, candidate_api):
    _invite(staff_api, org, "fresh@example.com")
    token = _token("fresh@example.com")
    url = f"/api/v1/member-invitations/{token}/accept"
    assert_error(anon.post(url, {}), 422)
    assert_error(anon.post(url, {"name": "Fresh"}), 422)
    assert_error(anon.post(url, {"name": "Fresh", "password": "short"}), 422)
    assert_error(anon.post(url, {"name": 5, "password": factories.PASSWORD}), 400, "wrong_type")
    # A candidate's token is not the invited staff account.
    assert_error(candidate_api.post(url), 403)
    # Nothing was used up.
    assert anon.post(url, {"name": "Fresh", "password": factories.PASSWORD}).status_code == 200


@pytest.mark.parametrize(
    "body",
    [
        {"email": "x@example.com", "role": "owner"},
        {"email": "not an email", "role": "recruiter"},
        {"email": "x@example.com"},
    ],
)
def test_invite_bad_input(staff_api, org, body):
    assert_error(staff_api.post(f"{_members_url(org)}/invitations", body), 422)
    assert db.session.scalar(select(MemberInvitation)) is None


def test_invite_patch_delete_are_for_admins(anon, staff_api, admin, org):
    recruiter = factories.member(admin, org, "recruiter")
    manager = factories.member(admin, org, "hiring_manager")
    outsider, _ = factories.employer()
    as_recruiter, as_outsider = staff_api.as_user(recruiter), staff_api.as_user(outsider)
    invite = {"email": "x@example.com", "role": "recruiter"}
    member_url = f"{_members_url(org)}/{manager.id}"

    assert_error(anon.post(f"{_members_url(org)}/invitations", invite), 401)
    assert_error(as_recruiter.post(f"{_members_url(org)}/invitations", invite), 403)
    assert_error(as_outsider.post(f"{_members_url(org)}/invitations", invite), 404)
    assert_error(anon.client.patch(member_url, json={"role": "admin"}), 401)
    assert_error(as_recruiter.client.patch(member_url, json={"role": "admin"}, headers=as_recruiter._headers()), 403)
    assert_error(as_outsider.client.patch(member_url, json={"role": "admin"}, headers=as_outsider._headers()), 404)
    assert_error(anon.delete(member_url), 401)
    assert_error(as_recruiter.delete(member_url), 403)
    assert_error(as_outsider.delete(member_url), 404)
    assert db.session.scalar(select(MemberInvitation)) is None
    assert manager.role_in(org.id) == "hiring_manager"


def test_change_role_and_remove(staff_api, admin, org):
    recruiter = factories.member(admin, org, "recruiter")
    url = f"{_members_url(org)}/{recruiter.id}"
    r = staff_api.client.patch(url, json={"role": "admin"}, headers=staff_api._headers())
    assert r.status_code == 200, r.get_data(as_text=True)
    assert r.get_json() == {
        "user": {"id": recruiter.id, "name": recruiter.name, "email": recruiter.email, "kind": "staff"},
        "role": "admin",
    }
    assert_error(staff_api.client.patch(url, json={"role": "owner"}, headers=staff_api._headers()), 422)
    assert_error(staff_api.client.patch(url, json={}, headers=staff_api._headers()), 422)
    # Now two admins: the founder may step down, then the other is the last one.
    founder_url = f"{_members_url(org)}/{admin.id}"
    r = staff_api.as_user(recruiter).client.patch(
        founder_url, json={"role": "recruiter"}, headers=staff_api.as_user(recruiter)._headers()
    )
    assert r.status_code == 200
    as_new_admin = staff_api.as_user(recruiter)
    assert_error(
        as_new_admin.client.patch(url, json={"role": "recruiter"}, headers=as_new_admin._headers()), 409, "last_admin"
    )
    assert_error(as_new_admin.delete(url), 409, "last_admin")
    # Removing someone else: 204, then they are an outsider (404) and listed no more.
    assert as_new_admin.delete(founder_url).status_code == 204
    assert_error(staff_api.get(_members_url(org)), 404)
    assert [m["user"]["id"] for m in as_new_admin.get(_members_url(org)).get_json()["items"]] == [recruiter.id]
    # Unknown member: 404.
    assert_error(as_new_admin.delete(f"{_members_url(org)}/999999"), 404)


def test_last_admin_cannot_leave(staff_api, admin, org):
    assert_error(staff_api.delete(f"{_members_url(org)}/{admin.id}"), 409, "last_admin")
    assert_error(
        staff_api.client.patch(
            f"{_members_url(org)}/{admin.id}", json={"role": "recruiter"}, headers=staff_api._headers()
        ),
        409,
        "last_admin",
    )
    assert admin.role_in(org.id) == "admin"
