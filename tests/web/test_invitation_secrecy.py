"""Issue 8 on the pages: staff never see an invitation's link, and can email a new one.

The token always comes from the candidate's email (the outbox row), never from a page.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from server.core.time import utcnow
from server.extensions import db
from server.hiring import operations as hiring
from server.hiring.models import Invitation
from server.messaging.models import Thread
from server.notifications.models import OutboxEmail
from tests import factories
from tests.web.helpers import Browser, csrf_token, visible

PRODUCTION = {"CANDOR_ENV": "production", "SECRET_KEY": "test-secret-for-production-mode"}


@pytest.fixture(params=["admin", "recruiter"])
def employer_side(request, new_browser, admin, org):
    """(browser, user) for each role that may reject and resend."""
    if request.param == "admin":
        return new_browser().login(admin.email), admin
    recruiter = factories.member(admin, org, role="recruiter", email="rita@acme.example")
    return new_browser().login(recruiter.email), recruiter


def _reject_on_the_web(browser, admin, org, email="robin@example.com"):
    pos = factories.position(admin, org)
    cand = factories.candidacy(admin, pos, name="Robin Reyes", email=email)
    r = browser.submit(f"/candidacies/{cand.id}/reject", data={"reason": "skills", "message": "Thank you, Robin."})
    assert r.status_code == 302, r.get_data(as_text=True)
    return pos, cand, r


def _pages(browser, pos, thread) -> dict[str, str]:
    """Every page about this candidacy that staff can open, as HTML."""
    urls = [f"/threads/{thread.id}", f"/positions/{pos.id}", "/positions", "/", "/outbox"]
    return {url: browser.get(url).get_data(as_text=True) for url in urls}


def test_rejecting_says_the_invitation_was_emailed_and_shows_no_link(employer_side, admin, org):
    browser, _user = employer_side
    pos, cand, r = _reject_on_the_web(browser, admin, org)
    token = factories.invitation_token("robin@example.com")
    thread = db.session.query(Thread).filter_by(candidacy_id=cand.id).one()
    assert token not in r.get_data(as_text=True) and token not in r.headers["Location"]

    page = browser.get(r.headers["Location"])
    flash = "Candor emailed Robin Reyes an invitation to this private conversation at robin@example.com."
    assert flash in visible(page)
    for url, html in {r.headers["Location"]: page.get_data(as_text=True), **_pages(browser, pos, thread)}.items():
        assert token not in html, url
        assert 'class="invitation-link"' not in html, url


def test_staff_resend_from_the_position_page(employer_side, admin, org, new_browser):
    browser, _user = employer_side
    pos, cand, _r = _reject_on_the_web(browser, admin, org)
    old = factories.invitation_token("robin@example.com")
    page = browser.get(f"/positions/{pos.id}")
    assert "Invitation emailed, valid until" in visible(page) and "Resend invitation to Robin Reyes" in visible(page)

    r = browser.submit(f"/positions/{pos.id}", f"/candidacies/{cand.id}/invitation/resend")
    assert r.status_code == 302 and r.headers["Location"] == f"/positions/{pos.id}#candidacy-{cand.id}"
    page = browser.get(f"/positions/{pos.id}")
    assert (
        "A new invitation is on its way to Robin Reyes at robin@example.com. The previous link no longer works."
        in visible(page)
    )
    new = factories.invitation_token("robin@example.com")
    assert new != old
    assert db.session.query(OutboxEmail).filter_by(to_email="robin@example.com").count() == 2
    thread = db.session.query(Thread).filter_by(candidacy_id=cand.id).one()
    for url, html in {"resend": r.get_data(as_text=True), **_pages(browser, pos, thread)}.items():
        assert new not in html and old not in html, url

    # The candidate's old link is dead; the new one works.
    candidate = new_browser()
    dead = candidate.get(f"/invitations/{old}")
    assert dead.status_code == 404 and "This invitation link is not valid" in visible(dead)
    assert "Robin Reyes" not in visible(dead)
    assert candidate.get(f"/invitations/{new}").status_code == 200
    r = candidate.submit(f"/invitations/{new}", data={"name": "Robin Reyes", "password": "long enough pw"})
    assert r.status_code == 302 and r.headers["Location"] == f"/threads/{thread.id}"

    # Accepted: no button any more, and a stale form gets 409 without a new email.
    assert "Resend invitation" not in visible(browser.get(f"/positions/{pos.id}"))
    r = browser.client.post(
        f"/candidacies/{cand.id}/invitation/resend", data={"csrf_token": _csrf(browser, f"/positions/{pos.id}")}
    )
    assert r.status_code == 409 and "already accepted the invitation" in visible(r)
    assert db.session.query(OutboxEmail).filter_by(to_email="robin@example.com").count() == 2


def _csrf(browser, page: str) -> str:
    return csrf_token(browser.get(page).get_data(as_text=True))


def test_resend_is_refused_to_others_and_without_csrf(new_browser, staff, admin, org, candidate, stranger_org):
    pos, cand, _r = _reject_on_the_web(staff, admin, org)
    token = factories.invitation_token("robin@example.com")
    url = f"/candidacies/{cand.id}/invitation/resend"

    manager = factories.member(admin, org, role="hiring_manager", email="hm@acme.example")
    hm = new_browser().login(manager.email)
    assert hm.submit("/positions", url).status_code == 404  # not their position
    hiring.assign_position(admin, pos.id, manager.id)
    assert "Resend invitation" not in visible(hm.get(f"/positions/{pos.id}"))
    r = hm.submit(f"/positions/{pos.id}", url)
    assert r.status_code == 403

    stranger = new_browser().login(stranger_org["admin"].email)
    assert stranger.submit("/positions", url).status_code == 404
    casey = new_browser().login(candidate.email)
    assert casey.submit("/", url).status_code == 404

    assert staff.client.post(url, data={}).status_code == 400  # no CSRF token
    assert staff.submit(f"/positions/{pos.id}", "/candidacies/999999/invitation/resend").status_code == 404

    active = factories.candidacy(admin, pos, email="active@example.com")
    r = staff.submit(f"/positions/{pos.id}", f"/candidacies/{active.id}/invitation/resend")
    assert r.status_code == 409 and "Only a rejected candidate has an invitation" in visible(r)

    assert db.session.query(OutboxEmail).filter_by(to_email="robin@example.com").count() == 1
    assert db.session.query(Invitation).filter_by(email="robin@example.com").one().token_hash
    assert new_browser().get(f"/invitations/{token}").status_code == 200


def test_the_position_page_says_when_an_invitation_expired(staff, admin, org):
    pos, cand, _r = _reject_on_the_web(staff, admin, org)
    invitation = db.session.query(Invitation).one()
    invitation.expires_at = utcnow() - timedelta(days=1)
    db.session.commit()
    page = visible(staff.get(f"/positions/{pos.id}"))
    assert "Invitation expired" in page and "Resend invitation to Robin Reyes" in page
    r = staff.submit(f"/positions/{pos.id}", f"/candidacies/{cand.id}/invitation/resend")
    assert r.status_code == 302
    assert "Invitation emailed, valid until" in visible(staff.get(f"/positions/{pos.id}"))


def test_the_outbox_hides_invitation_links_outside_development(make_app, admin, org):
    _cand, _thread, token = factories.rejected_thread(admin, org, email="pat@example.com")
    production = make_app(**PRODUCTION)
    browser = Browser(production.test_client()).login(admin.email)
    r = browser.get("/outbox")
    html, page = r.get_data(as_text=True), visible(r)
    assert r.status_code == 200 and "pat@example.com" in page
    assert token not in html
    assert "http://candor.test/invitations/[link sent to the candidate]" in page
    assert "Personal links (such as a candidate's invitation) are hidden here" in page


def test_the_outbox_shows_links_in_development(make_app, admin, org):
    """Development has no mail server: the Outbox page is where a developer opens the link (README)."""
    _cand, _thread, token = factories.rejected_thread(admin, org, email="pat@example.com")
    development = make_app(CANDOR_ENV="development")
    html = Browser(development.test_client()).login(admin.email).get("/outbox").get_data(as_text=True)
    assert f'<a href="http://candor.test/invitations/{token}">' in html


def test_production_pages_show_no_token_after_a_web_reject_and_resend(make_app, admin, org):
    production = make_app(**PRODUCTION)
    browser = Browser(production.test_client()).login(admin.email)
    # That app's requests run in their own app context, with their own session: end this
    # test's transaction after they write, so it sees (and may write over) the newest state.
    db.session.commit()
    pos, cand, _r = _reject_on_the_web(browser, admin, org)
    db.session.commit()
    first = factories.invitation_token("robin@example.com")
    assert browser.submit(f"/positions/{pos.id}", f"/candidacies/{cand.id}/invitation/resend").status_code == 302
    db.session.commit()
    second = factories.invitation_token("robin@example.com")
    assert first != second
    thread = db.session.query(Thread).filter_by(candidacy_id=cand.id).one()
    for url, html in _pages(browser, pos, thread).items():
        assert first not in html and second not in html, url
