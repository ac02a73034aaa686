"""The Team page (admins): members with roles, invite by email, change a role, remove; CSRF on every
form; outsiders 404, other members 403. And the emailed member invitation link."""

from __future__ import annotations

import re

from sqlalchemy import select

from server.accounts.models import MemberInvitation, Membership
from server.extensions import db
from server.notifications.models import OutboxEmail
from tests import factories
from tests.web.helpers import visible

_MEMBER_LINK = re.compile(r"https?://\S+(/member-invitations/[A-Za-z0-9_-]+)")


def _team(org) -> str:
    return f"/organizations/{org.id}/team"


def _emailed_path(email: str) -> str:
    row = db.session.scalar(select(OutboxEmail).where(OutboxEmail.to_email == email).order_by(OutboxEmail.id.desc()))
    assert row is not None
    match = _MEMBER_LINK.search(row.body_text)
    assert match
    return match.group(1)


def test_admin_sees_members_and_the_nav_link(staff, admin, org):
    recruiter = factories.member(admin, org, "recruiter", name="Rita Recruiter")
    r = staff.get(_team(org))
    assert r.status_code == 200
    page = visible(r)
    assert "Rita Recruiter" in page and recruiter.email in page and admin.email in page
    assert f'href="{_team(org)}"' in staff.get("/positions").get_data(as_text=True)


def test_outsiders_404_members_403_anonymous_to_login(new_browser, admin, org):
    recruiter = factories.member(admin, org, "recruiter")
    outsider, _ = factories.employer()
    assert new_browser().login(outsider.email).get(_team(org)).status_code == 404
    as_recruiter = new_browser().login(recruiter.email)
    assert as_recruiter.get(_team(org)).status_code == 403
    assert f'href="{_team(org)}"' not in as_recruiter.get("/positions").get_data(as_text=True)
    r = new_browser().get(_team(org))
    assert r.status_code == 302 and "/login" in r.headers["Location"]
    # A non-admin's forged form changes nothing.
    page = as_recruiter.get("/positions").get_data(as_text=True)
    token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page).group(1)
    r = as_recruiter.client.post(
        f"{_team(org)}/invitations", data={"email": "x@example.com", "role": "admin", "csrf_token": token}
    )
    assert r.status_code == 403
    r = as_recruiter.client.post(f"{_team(org)}/{admin.id}/remove", data={"csrf_token": token})
    assert r.status_code == 403
    assert db.session.scalar(select(MemberInvitation)) is None
    assert admin.role_in(org.id) == "admin"


def test_forms_need_csrf(staff, admin, org):
    recruiter = factories.member(admin, org, "recruiter")
    assert (
        staff.client.post(f"{_team(org)}/invitations", data={"email": "x@example.com", "role": "admin"}).status_code
        == 400
    )
    staff.client.post(f"{_team(org)}/{recruiter.id}/role", data={f"m{recruiter.id}-role": "admin"})
    staff.client.post(f"{_team(org)}/{recruiter.id}/remove", data={})
    db.session.expire_all()
    assert db.session.scalar(select(MemberInvitation)) is None
    assert db.session.scalar(select(Membership.role).where(Membership.user_id == recruiter.id)) == "recruiter"


def test_invite_join_change_role_remove(staff, new_browser, admin, org):
    r = staff.submit(_team(org), f"{_team(org)}/invitations", {"email": "nia@example.com", "role": "hiring_manager"})
    assert r.status_code == 302, r.get_data(as_text=True)
    path = _emailed_path("nia@example.com")
    nia_browser = new_browser()
    assert "hiring manager" in visible(nia_browser.get(path))
    r = nia_browser.submit(path, data={"name": "Nia New", "password": factories.PASSWORD})
    assert r.status_code == 302, r.get_data(as_text=True)
    nia_id = db.session.scalar(select(Membership.user_id).where(Membership.role == "hiring_manager"))
    assert nia_id is not None
    # The link is spent.
    assert nia_browser.get(path).status_code == 409

    r = staff.submit(_team(org), f"{_team(org)}/{nia_id}/role", {f"m{nia_id}-role": "recruiter"})
    assert r.status_code == 302
    db.session.expire_all()
    assert db.session.scalar(select(Membership.role).where(Membership.user_id == nia_id)) == "recruiter"

    # The last admin cannot step down or leave: the page says so.
    r = staff.submit(_team(org), f"{_team(org)}/{admin.id}/role", {f"m{admin.id}-role": "recruiter"}, follow=True)
    assert "needs an admin" in visible(r)
    r = staff.submit(_team(org), f"{_team(org)}/{admin.id}/remove", follow=True)
    assert "needs an admin" in visible(r)

    r = staff.submit(_team(org), f"{_team(org)}/{nia_id}/remove")
    assert r.status_code == 302
    assert db.session.scalar(select(Membership).where(Membership.user_id == nia_id)) is None
    assert nia_browser.get(_team(org)).status_code == 404


def test_invite_bad_email_shows_the_form_again(staff, org):
    r = staff.submit(_team(org), f"{_team(org)}/invitations", {"email": "not an email", "role": "recruiter"})
    assert r.status_code == 422
    assert "We could not send the invitation" in visible(r)
