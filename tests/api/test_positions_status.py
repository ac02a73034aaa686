"""Closing and reopening positions: who may, what a closed position refuses, what still works."""

from __future__ import annotations

import pytest

from server.extensions import db
from server.hiring import operations as hiring
from server.hiring.models import Candidacy, Position
from tests import factories
from tests.api.conftest import Api, assert_error
from tests.web.helpers import Browser, visible


@pytest.fixture
def new_browser(app):
    return lambda: Browser(app.test_client())


@pytest.fixture
def staff(new_browser, admin):
    """The admin in a browser (the web form is part of this feature)."""
    return new_browser().login(admin.email)


@pytest.fixture
def pos(admin, org):
    return factories.position(admin, org)


def test_close_and_reopen(staff_api, pos):
    r = staff_api.post(f"/api/v1/positions/{pos.id}/close")
    assert r.status_code == 200 and r.get_json()["status"] == "closed" and r.get_json()["id"] == pos.id
    assert staff_api.get(f"/api/v1/positions/{pos.id}").get_json()["status"] == "closed"
    assert_error(staff_api.post(f"/api/v1/positions/{pos.id}/close"), 409, "already_closed")

    r = staff_api.post(f"/api/v1/positions/{pos.id}/reopen")
    assert r.status_code == 200 and r.get_json()["status"] == "open"
    assert_error(staff_api.post(f"/api/v1/positions/{pos.id}/reopen"), 409, "already_open")
    r = staff_api.post(f"/api/v1/positions/{pos.id}/candidacies", {"name": "Jo", "email": "jo@example.com"})
    assert r.status_code == 201


def test_a_recruiter_may_close(client, admin, org, pos):
    recruiter = factories.member(admin, org, role="recruiter")
    api = Api(client).as_user(recruiter)
    assert api.post(f"/api/v1/positions/{pos.id}/close").status_code == 200


@pytest.mark.parametrize("action", ["close", "reopen"])
def test_who_may_not(client, anon, admin, org, pos, candidate_api, stranger_org, action):
    if action == "reopen":
        Api(client).as_user(admin).post(f"/api/v1/positions/{pos.id}/close")
    before = db.session.get(Position, pos.id).status
    manager = factories.member(admin, org, role="hiring_manager")
    url = f"/api/v1/positions/{pos.id}/{action}"
    assert_error(anon.post(url), 401)
    # A hiring manager: 404 for a position not assigned to them, 403 for theirs (read-only).
    assert_error(Api(client).as_user(manager).post(url), 404)
    hiring.assign_position(admin, pos.id, manager.id)
    assert_error(Api(client).as_user(manager).post(url), 403)
    assert_error(Api(client).as_user(stranger_org["admin"]).post(url), 404)
    assert_error(candidate_api.post(url), 404)
    assert_error(Api(client).as_user(admin).post(f"/api/v1/positions/999999/{action}"), 404)
    db.session.expire_all()
    assert db.session.get(Position, pos.id).status == before


def test_a_closed_position_takes_no_candidacies_but_rejections_still_work(staff_api, admin, pos):
    cand = factories.candidacy(admin, pos, email="early@example.com")
    staff_api.post(f"/api/v1/positions/{pos.id}/close")
    r = staff_api.post(f"/api/v1/positions/{pos.id}/candidacies", {"name": "Late", "email": "late@example.com"})
    error = assert_error(r, 409, "position_closed")
    assert "closed" in error["message"]
    assert db.session.query(Candidacy).filter_by(position_id=pos.id).count() == 1

    r = staff_api.post(f"/api/v1/candidacies/{cand.id}/reject", {"message": "Thank you for applying."})
    assert r.status_code == 201 and r.get_json()["candidacy"]["status"] == "rejected"


def test_the_web_form_refuses_candidacies_for_a_closed_position(staff, admin, pos):
    url = f"/positions/{pos.id}"
    page = staff.get(url)
    assert "Close position" in visible(page)
    r = staff.submit(url, f"{url}/close")
    assert r.status_code == 302
    db.session.expire_all()
    assert db.session.get(Position, pos.id).status == "closed"
    page = visible(staff.get(url))
    assert "Reopen position" in page and "Closed" in page and "takes no new candidates" in page
    assert "Closed" in visible(staff.get("/positions"))

    r = staff.submit(url, f"{url}/candidacies", {"name": "Pat", "email": "pat@example.com"})
    assert r.status_code == 409 and "This position is closed" in visible(r)
    assert db.session.query(Candidacy).filter_by(position_id=pos.id).count() == 0

    assert staff.submit(url, f"{url}/reopen").status_code == 302
    assert staff.submit(url, f"{url}/candidacies", {"name": "Pat", "email": "pat@example.com"}).status_code == 302


def test_web_close_needs_csrf_and_the_role(staff, new_browser, admin, org, pos):
    assert staff.client.post(f"/positions/{pos.id}/close").status_code == 400
    manager = factories.member(admin, org, role="hiring_manager", email="hm@acme.example")
    hiring.assign_position(admin, pos.id, manager.id)  # theirs to see, not to close
    browser = new_browser().login(manager.email)
    url = f"/positions/{pos.id}"
    assert "Close position" not in visible(browser.get(url))
    assert browser.submit(url, f"{url}/close").status_code == 403
    db.session.expire_all()
    assert db.session.get(Position, pos.id).status == "open"
