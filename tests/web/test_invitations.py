"""The invitation landing page: new account, existing account, and every way a link can be wrong."""

from __future__ import annotations

from datetime import timedelta

from server.accounts.models import User
from server.core.time import utcnow
from server.extensions import db
from server.hiring.models import Invitation
from server.messaging.models import Thread
from tests import factories
from tests.web.helpers import visible


def test_the_page_says_who_invited_whom(browser, admin, org):
    _c, _t, token = factories.rejected_thread(admin, org, email="pat@example.com")
    page = visible(browser.get(f"/invitations/{token}"))
    for expected in ("Acme Robotics", "Backend Engineer", "pat@example.com", "Create your account"):
        assert expected in page


def test_unknown_used_and_expired_links(browser, new_browser, admin, org):
    r = browser.get("/invitations/not-a-real-token")
    assert r.status_code == 404 and "This invitation link is not valid" in visible(r)

    _c, _t, token = factories.rejected_thread(admin, org, email="pat@example.com")
    assert (
        browser.submit(f"/invitations/{token}", data={"name": "Pat", "password": "long enough pw"}).status_code == 302
    )
    r = new_browser().get(f"/invitations/{token}")
    assert r.status_code == 409 and "This invitation has already been used" in visible(r)

    _c, _t, token = factories.rejected_thread(admin, org, email="lee@example.com")
    invitation = db.session.query(Invitation).filter_by(email="lee@example.com").one()
    invitation.expires_at = utcnow() - timedelta(minutes=1)
    db.session.commit()
    r = new_browser().get(f"/invitations/{token}")
    assert r.status_code == 409 and "This invitation has expired" in visible(r)
    r = new_browser().submit("/login", f"/invitations/{token}", {"name": "Lee", "password": "long enough pw"})
    assert r.status_code == 409 and db.session.query(User).filter_by(email="lee@example.com").count() == 0


def test_account_form_errors_keep_the_invitation_unused(browser, admin, org):
    _c, thread, token = factories.rejected_thread(admin, org, email="pat@example.com")
    r = browser.submit(f"/invitations/{token}", data={"name": "Pat", "password": "short"})
    assert r.status_code == 422 and "at least 10 characters" in visible(r)
    assert db.session.query(Invitation).one().used_at is None
    assert db.session.get(Thread, thread.id).candidate_user_id is None


def test_an_existing_candidate_logs_in_and_accepts(new_browser, admin, org, candidate, stranger_org):
    # Casey already has an account (from Acme); Globex invites the same address.
    _c, globex_thread, token = factories.rejected_thread(
        stranger_org["admin"], stranger_org["org"], email=candidate.email
    )
    browser = new_browser()
    r = browser.submit(f"/invitations/{token}", data={"name": "Casey", "password": "long enough pw"})
    assert r.status_code == 409 and "Log in to accept" in visible(r)
    assert f"/login?next=/invitations/{token}" in r.get_data(as_text=True)

    r = browser.submit(
        f"/login?next=/invitations/{token}", data={"email": candidate.email, "password": factories.PASSWORD}
    )
    assert r.headers["Location"] == f"/invitations/{token}"
    r = browser.submit(f"/invitations/{token}", f"/invitations/{token}/accept")
    assert r.headers["Location"] == f"/threads/{globex_thread.id}"
    inbox = visible(browser.get("/"))
    assert "Acme Robotics" in inbox and "Globex" in inbox  # one account, two employers


def test_a_candidate_with_another_email_cannot_accept(casey, candidate, admin, org):
    _c, thread, token = factories.rejected_thread(admin, org, email="someone-else@example.com")
    page = visible(casey.get(f"/invitations/{token}"))
    assert "can only be accepted by that account" in page
    r = casey.submit(f"/invitations/{token}", f"/invitations/{token}/accept")
    assert r.status_code == 403 and "sent to a different email address" in visible(r)
    assert db.session.get(Thread, thread.id).candidate_user_id is None
    assert db.session.query(Invitation).filter_by(email="someone-else@example.com").one().used_at is None


def test_staff_cannot_accept_a_candidate_invitation(staff, admin, org):
    _c, thread, token = factories.rejected_thread(admin, org, email="pat@example.com")
    assert "This link is for the candidate" in visible(staff.get(f"/invitations/{token}"))
    r = staff.submit(f"/invitations/{token}", f"/invitations/{token}/accept")
    assert r.status_code == 403
    assert db.session.get(Thread, thread.id).candidate_user_id is None


def test_the_new_account_form_is_not_for_someone_already_logged_in(casey, admin, org):
    _c, _thread, token = factories.rejected_thread(admin, org, email="pat@example.com")
    r = casey.submit(f"/invitations/{token}", data={"name": "Pat", "password": "long enough pw"})
    assert r.status_code == 302 and r.headers["Location"] == f"/invitations/{token}"
    assert "You are already logged in" in visible(casey.get(r.headers["Location"]))
    assert db.session.query(User).filter_by(email="pat@example.com").count() == 0
