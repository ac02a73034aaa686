"""The candidate's My connections page: status, expiry and interests per organization; renew and withdraw."""

from __future__ import annotations

from server.connections.models import Connection
from server.connections.operations import set_connection
from server.extensions import db
from tests.web.helpers import visible


def _connection(candidate, org_id):
    db.session.expire_all()
    return db.session.query(Connection).filter_by(candidate_user_id=candidate.id, organization_id=org_id).one()


def test_login_required(browser):
    r = browser.get("/connections")
    assert r.status_code == 302 and "/login" in r.headers["Location"]


def test_staff_are_refused(staff):
    assert staff.get("/connections").status_code == 403


def test_the_nav_links_it_for_candidates_only(casey, staff):
    assert 'href="/connections"' in casey.get("/inbox").get_data(as_text=True)
    assert 'href="/connections"' not in staff.get("/inbox").get_data(as_text=True)


def test_empty(casey):
    page = casey.get("/connections")
    assert page.status_code == 200 and "No connections yet" in visible(page)


def test_shows_only_my_connections_with_status_expiry_and_interests(casey, candidate, thread, admin, stranger_org):
    set_connection(candidate, thread.id, True, ["backend", "data pipelines"])
    set_connection(admin, thread.id, True)
    set_connection(stranger_org["candidate"], stranger_org["thread"].id, True, ["secret interest"])
    connection = _connection(candidate, thread.organization_id)
    page = visible(casey.get("/connections"))
    assert "Acme Robotics" in page and "Connected until" in page and "backend, data pipelines" in page
    assert str(connection.expires_at.year) in page
    assert "Globex" not in page and "secret interest" not in page


def test_renew_and_withdraw_change_the_connection(casey, candidate, thread, admin):
    set_connection(candidate, thread.id, True, ["backend"])
    set_connection(admin, thread.id, True)
    first_expiry = _connection(candidate, thread.organization_id).expires_at

    r = casey.submit("/connections", f"/connections/threads/{thread.id}/withdraw")
    assert r.status_code == 302 and r.headers["Location"] == "/connections"
    connection = _connection(candidate, thread.organization_id)
    assert connection.candidate_opt_in is False and connection.expires_at is None
    assert "Not connected" in visible(casey.get("/connections"))

    r = casey.submit("/connections", f"/connections/threads/{thread.id}/renew")
    assert r.status_code == 302
    connection = _connection(candidate, thread.organization_id)
    assert connection.candidate_opt_in is True and connection.is_connected(connection.updated_at)
    assert connection.expires_at is not None and connection.expires_at >= first_expiry
    assert connection.interests == ["backend"]
    assert "Connected until" in visible(casey.get("/connections"))


def test_renew_and_withdraw_need_csrf_and_my_own_thread(casey, candidate, thread, stranger_org, staff):
    set_connection(candidate, thread.id, True)
    assert casey.client.post(f"/connections/threads/{thread.id}/withdraw").status_code == 400
    assert _connection(candidate, thread.organization_id).candidate_opt_in is True

    other = stranger_org["thread"].id
    assert casey.submit("/connections", f"/connections/threads/{other}/renew").status_code == 404
    assert db.session.query(Connection).filter_by(organization_id=stranger_org["org"].id).count() == 0
    # Staff use the thread page, not this one.
    assert staff.submit("/inbox", f"/connections/threads/{thread.id}/withdraw").status_code == 403
