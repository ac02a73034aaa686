"""Control characters (NUL and the other C0 controls but tab and newlines) in any text are refused with
422 and the field's name, and change nothing (issue 12: NUL gave 500 on PostgreSQL in six fields)."""

from __future__ import annotations

import pytest

from server.accounts.models import Organization, User
from server.extensions import db
from server.hiring.models import Candidacy, Position
from server.messaging.models import Message
from tests.api.conftest import assert_error
from tests.web.helpers import Browser

SIGNUP = {"organization": "Initech", "name": "Peter", "email": "peter@initech.example", "password": "a long password"}
BAD = ["\x00", "a\x00b", "\x07bell", "esc\x1b[31m", "del\x7f"]


def _refused(response, field: str) -> None:
    error = assert_error(response, 422, "validation_failed")
    assert field in error["fields"], error


@pytest.mark.parametrize("bad", BAD)
def test_a_message_body_or_client_id_with_control_characters_is_422(staff_api, thread, bad):
    url = f"/api/v1/threads/{thread.id}/messages"
    before = db.session.query(Message).count()
    _refused(staff_api.post(url, {"body": f"Hello {bad}"}), "body")
    _refused(staff_api.post(url, {"body": "Hello", "client_id": f"c{bad}"}), "client_id")
    assert db.session.query(Message).count() == before


def test_tabs_and_newlines_are_text(staff_api, thread):
    r = staff_api.post(f"/api/v1/threads/{thread.id}/messages", {"body": "Two lines:\n\tindented\r\nand more"})
    assert r.status_code == 201, r.get_json()


@pytest.mark.parametrize("bad", BAD[:2])
def test_position_title_and_candidacy_name_with_nul_are_422(staff_api, org, bad):
    _refused(staff_api.post("/api/v1/positions", {"organization_id": org.id, "title": f"Engineer{bad}"}), "title")
    assert db.session.query(Position).count() == 0
    position = staff_api.post("/api/v1/positions", {"organization_id": org.id, "title": "Engineer"}).get_json()
    url = f"/api/v1/positions/{position['id']}/candidacies"
    _refused(staff_api.post(url, {"name": f"Ann{bad}", "email": "ann@example.com"}), "name")
    _refused(staff_api.post(url, {"name": "Ann", "email": f"ann{bad}@example.com"}), "email")
    assert db.session.query(Candidacy).count() == 0


def test_signup_and_login_with_nul_are_422(anon):
    _refused(anon.post("/api/v1/signup/employer", {**SIGNUP, "organization": "Init\x00ech"}), "organization")
    assert db.session.query(User).count() == 0 and db.session.query(Organization).count() == 0
    _refused(anon.post("/api/v1/tokens", {"email": "peter\x00@initech.example", "password": "x"}), "email")


def test_a_query_parameter_with_nul_is_422(staff_api):
    _refused(staff_api.get("/api/v1/threads?assignee=me%00"), "assignee")


def test_an_anonymous_request_is_401_before_its_body_is_read(anon, thread):
    assert_error(anon.post(f"/api/v1/threads/{thread.id}/messages", {"body": "\x00"}), 401)


def test_a_nested_key_with_nul_is_named(staff_api, thread):
    r = staff_api.post(f"/api/v1/threads/{thread.id}/feedback", {"answers": {"strengths\x00": "x"}})
    assert r.status_code in (400, 404, 409, 422)  # never a 500, whatever else is wrong with it


def test_pages_refuse_control_characters_and_change_nothing(app, admin, thread):
    r = Browser(app.test_client()).submit("/login", data={"email": "erin\x00@acme.example", "password": "x"})
    assert r.status_code == 422 and "control characters" in r.get_data(as_text=True)
    staff = Browser(app.test_client()).login(admin.email)
    before = db.session.query(Message).count()
    r = staff.submit(f"/threads/{thread.id}", f"/threads/{thread.id}/messages", {"body": "Hi\x00there"})
    assert r.status_code == 422
    assert db.session.query(Message).count() == before
    assert staff.client.get("/threads?q=%00").status_code == 422
