"""Positions, candidacies and rejection pages for staff."""

from __future__ import annotations

import re

from server.extensions import db
from server.hiring.models import Candidacy, Position
from server.messaging.models import Thread
from server.notifications.models import OutboxEmail
from tests import factories
from tests.web.helpers import hidden_value, visible


def _create_position(browser, title="Site Reliability Engineer"):
    page = browser.get("/positions").get_data(as_text=True)
    return browser.submit(
        "/positions", data={"organization_id": hidden_value(page, "organization_id"), "title": title, "description": ""}
    )


def test_positions_of_my_organization_only(staff, org, stranger_org):
    factories.position(stranger_org["admin"], stranger_org["org"], title="Globex Secret Role")
    r = _create_position(staff)
    assert r.status_code == 302
    page = visible(staff.get("/positions"))
    assert "Site Reliability Engineer" in page and "Globex Secret Role" not in page and "Acme Robotics" in page


def test_position_form_errors(staff, org):
    r = _create_position(staff, title="   ")
    assert r.status_code == 422 and "Title is required." in visible(r)
    assert db.session.query(Position).filter_by(organization_id=org.id).count() == 0


def test_a_hiring_manager_cannot_create_positions(new_browser, admin, org):
    manager = factories.member(admin, org, role="hiring_manager", email="hm@acme.example")
    browser = new_browser().login(manager.email)
    page = browser.get("/positions")
    assert page.status_code == 200 and "New position" not in visible(page)
    r = browser.submit("/positions", data={"organization_id": str(org.id), "title": "Sneaky"})
    assert r.status_code == 403 and "does not allow that" in visible(r)
    assert db.session.query(Position).count() == 0


def test_switching_between_my_organizations(new_browser, admin, org, stranger_org):
    # Erin is also a recruiter at Globex.
    factories.member(stranger_org["admin"], stranger_org["org"], role="recruiter", email=admin.email)
    factories.position(stranger_org["admin"], stranger_org["org"], title="Globex Role")
    browser = new_browser().login(admin.email)
    assert "Globex Role" not in visible(browser.get("/positions"))
    page = visible(browser.get(f"/positions?org={stranger_org['org'].id}"))
    assert "Globex Role" in page and "Switch" in page
    assert "Globex Role" in visible(browser.get("/positions"))  # remembered
    assert browser.get("/positions?org=999999").status_code == 404


def test_add_candidacy_errors(staff, admin, org):
    pos = factories.position(admin, org)
    url = f"/positions/{pos.id}"
    r = staff.submit(url, f"{url}/candidacies", {"name": "Pat", "email": "not-an-email"})
    assert r.status_code == 422 and "That email address does not look right" in visible(r)
    assert staff.submit(url, f"{url}/candidacies", {"name": "Pat", "email": "pat@example.com"}).status_code == 302
    r = staff.submit(url, f"{url}/candidacies", {"name": "Pat again", "email": "PAT@example.com"})
    assert r.status_code == 409 and "already a candidate" in visible(r)
    assert db.session.query(Candidacy).filter_by(position_id=pos.id).count() == 1


def test_reject_opens_the_thread_and_emails_the_invitation(staff, admin, org):
    pos = factories.position(admin, org)
    cand = factories.candidacy(admin, pos, name="Robin Reyes", email="robin@example.com")
    page = visible(staff.get(f"/candidacies/{cand.id}/reject"))
    assert "Robin Reyes" in page and "A skill the role needs was missing" in page and "robin@example.com" in page

    r = staff.submit(f"/candidacies/{cand.id}/reject", data={"reason": "skills", "message": "Thank you, Robin."})
    thread = db.session.query(Thread).filter_by(candidacy_id=cand.id).one()
    assert r.headers["Location"] == f"/threads/{thread.id}"
    page = staff.get(f"/threads/{thread.id}")
    assert "Thank you, Robin." in visible(page) and "has not opened their invitation yet" in visible(page)
    assert "Internal reason: A skill the role needs was missing" in visible(page)
    assert "Candor emailed Robin Reyes an invitation to this private conversation at robin@example.com" in visible(page)
    email = db.session.query(OutboxEmail).one()
    token = factories.invitation_token("robin@example.com")
    assert email.to_email == "robin@example.com" and f"/invitations/{token}" in email.body_text
    assert token not in page.get_data(as_text=True) and 'class="invitation-link"' not in page.get_data(as_text=True)

    # The position page now links the conversation instead of offering to reject again.
    page = staff.get(f"/positions/{pos.id}").get_data(as_text=True)
    assert f"/threads/{thread.id}" in page and f"/candidacies/{cand.id}/reject" not in page

    r = staff.submit(f"/candidacies/{cand.id}/reject", data={"reason": "skills"})
    assert r.status_code == 409 and "already been rejected" in visible(r)
    assert db.session.query(OutboxEmail).count() == 1 and db.session.query(Thread).count() == 1


def test_reject_with_an_unknown_reason_changes_nothing(staff, admin, org):
    cand = factories.candidacy(admin, factories.position(admin, org))
    r = staff.submit(f"/candidacies/{cand.id}/reject", data={"reason": "culture_fit"})
    assert r.status_code == 422 and "Unknown rejection reason." in visible(r)
    db.session.refresh(cand)
    assert cand.status == "active" and db.session.query(Thread).count() == 0


def test_outbox_is_for_admins_of_the_organization(new_browser, staff, admin, org, thread, stranger_org):
    page = visible(staff.get("/outbox"))
    assert "Your application to Acme Robotics" in page and "casey@example.com" in page
    assert "dana@example.com" not in page  # Globex's invitation
    # Not development: the invitation link is the candidate's alone, so the page hides it.
    html = staff.get("/outbox").get_data(as_text=True)
    assert "http://candor.test/invitations/[link sent to the candidate]" in visible(staff.get("/outbox"))
    assert not re.search(r'href="[^"]*/invitations/', html)
    assert factories.invitation_token("casey@example.com") not in html
    recruiter = factories.member(admin, org, role="recruiter", email="rita@acme.example")
    r = new_browser().login(recruiter.email).get("/outbox")
    assert r.status_code == 403
    assert staff.get(f"/outbox?org={stranger_org['org'].id}").status_code == 404
