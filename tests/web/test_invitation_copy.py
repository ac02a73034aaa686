"""The invitation as the candidate meets it (issue 13): the signup form starts with the name the employer
entered, and a link that no longer works says what happened and what to do, in sentences."""

from __future__ import annotations

import re
from datetime import timedelta

from server.core.time import utcnow
from server.extensions import db
from server.hiring.models import Invitation
from tests import factories
from tests.web.helpers import visible


def name_value(html: str) -> str:
    field = re.search(r'<input[^>]*name="name"[^>]*>', html)
    assert field, "no name field"
    value = re.search(r'value="([^"]*)"', field.group(0))
    return value.group(1) if value else ""


def test_the_signup_starts_with_the_name_the_employer_entered(browser, admin, org):
    _cand, _thread, token = factories.rejected_thread(admin, org, name="Casey Q. Candidate")
    r = browser.get(f"/invitations/{token}")
    assert r.status_code == 200
    assert name_value(r.get_data(as_text=True)) == "Casey Q. Candidate"
    assert "As Acme Robotics entered it. Change it if you go by another name." in visible(r)
    # A name the candidate typed (the form comes back with an error) stays theirs.
    r = browser.submit(f"/invitations/{token}", data={"name": "Casey Q.", "password": "short"})
    assert r.status_code == 422
    assert name_value(r.get_data(as_text=True)) == "Casey Q."


def test_a_used_invitation_says_so_and_how_to_get_in(browser, admin, org):
    _cand, _thread, token = factories.rejected_thread(admin, org)
    browser.submit(f"/invitations/{token}", data={"name": "Casey", "password": "a long enough password"})
    anonymous = browser.client.application.test_client()
    r = anonymous.get(f"/invitations/{token}")
    assert r.status_code == 409
    page = visible(r)
    assert "This invitation has already been used" in page
    assert "log in with the invited email address: the conversation is in your inbox" in page
    assert "cannot be done right now" not in page
    assert page.index("Error 409") > page.index("This invitation has already been used")  # the code comes last


def test_an_expired_invitation_says_to_ask_for_a_new_link(browser, admin, org):
    cand, _thread, token = factories.rejected_thread(admin, org)
    invitation = db.session.query(Invitation).filter_by(candidacy_id=cand.id).one()
    invitation.expires_at = utcnow() - timedelta(minutes=1)
    db.session.commit()
    r = browser.get(f"/invitations/{token}")
    assert r.status_code == 409
    page = visible(r)
    assert page.index("This invitation has expired") < page.index("ask the employer to send a new link")
    assert "cannot be done right now" not in page


def test_an_unknown_invitation_link_points_to_the_newest_email(browser):
    r = browser.get("/invitations/not-a-real-token")
    assert r.status_code == 404
    page = visible(r)
    assert "We could not find this invitation" in page
    assert "use the link in the newest email" in page
