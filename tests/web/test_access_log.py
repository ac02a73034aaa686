"""Logs never carry a token: Candor's access log names the route, and the server's raw request lines are off.

Issue 8: an invitation's token is in its path (``/invitations/<token>``) and in the login
page's ``?next=``; whoever reads the logs must not be able to accept in the candidate's place.
"""

from __future__ import annotations

import logging
import time

import pytest
import requests

from server.hiring import operations as hiring_operations
from tests import factories
from tests.live import HttpApi, LiveServer, emailed_invitation_token, fresh_database
from tests.web.helpers import Browser

ACCESS = "candor.access"


def _access_lines(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == ACCESS]


def test_a_whole_invitation_cycle_logs_routes_not_tokens(caplog, new_browser, staff, admin, org):
    caplog.set_level(logging.DEBUG)
    pos = factories.position(admin, org)
    cand = factories.candidacy(admin, pos, name="Robin Reyes", email="robin@example.com")
    staff.submit(f"/candidacies/{cand.id}/reject", data={"message": "Thank you, Robin."})
    old = factories.invitation_token("robin@example.com")
    staff.submit(f"/positions/{pos.id}", f"/candidacies/{cand.id}/invitation/resend")
    token = factories.invitation_token("robin@example.com")

    candidate = new_browser()
    assert candidate.get(f"/invitations/{old}").status_code == 404
    assert candidate.get(f"/login?next=/invitations/{token}").status_code == 200
    assert candidate.get(f"/no/such/page/{token}").status_code == 404
    assert candidate.client.get(f"/api/v1/invitations/{token}").status_code == 200
    r = candidate.submit(f"/invitations/{token}", data={"name": "Robin Reyes", "password": "long enough pw"})
    assert r.status_code == 302
    candidate.get(r.headers["Location"])

    assert old not in caplog.text and token not in caplog.text
    lines = _access_lines(caplog)
    for expected in (
        "POST /candidacies/<int:candidacy_id>/invitation/resend 302 ",
        "GET /invitations/<token> 404 ",
        "GET /login 200 ",
        "GET (no route) 404 ",
        "GET /api/v1/invitations/<token> 200 ",
        "GET /invitations/<token> 200 ",
        "POST /invitations/<token> 302 ",
        "GET /threads/<int:thread_id> 200 ",
    ):
        assert any(line.startswith(expected) and line.endswith("ms") for line in lines), (expected, lines)


def test_a_server_error_on_an_invitation_link_logs_the_route(caplog, make_app, admin, org, monkeypatch):
    """Flask logs "Exception on <path>" for an unhandled error; Candor's app names the route instead."""
    _c, _t, token = factories.rejected_thread(admin, org, email="pat@example.com")

    def broken(_token):
        raise RuntimeError("the database went away")

    monkeypatch.setattr(hiring_operations, "get_invitation", broken)
    app = make_app(PROPAGATE_EXCEPTIONS=False)
    caplog.set_level(logging.DEBUG)
    assert Browser(app.test_client()).get(f"/invitations/{token}").status_code == 500
    assert token not in caplog.text
    assert "Exception on /invitations/<token> [GET]" in caplog.text
    assert "server error on /invitations/<token>" in caplog.text
    assert any(line.startswith("GET /invitations/<token> 500 ") for line in _access_lines(caplog))


@pytest.fixture(scope="module")
def development_server():
    """`candor serve` as a developer runs it: the environment in which the server logged every request line."""
    server = LiveServer(fresh_database(f"access_log_{time.monotonic_ns()}"), CANDOR_ENV="development")
    server.migrate()
    server.start()
    yield server
    server.stop()


def test_candor_serve_prints_no_token(development_server):
    base = development_server.url
    anon = HttpApi(base)
    signup = anon.post(
        "/api/v1/signup/employer",
        {"organization": "Acme", "name": "Erin", "email": "erin@acme.example", "password": "a long password"},
        expect=201,
    )
    staff = HttpApi(base, signup["token"])
    pos = staff.post("/api/v1/positions", {"organization_id": signup["organization"]["id"], "title": "X"}, expect=201)
    cand = staff.post(f"/api/v1/positions/{pos['id']}/candidacies", {"name": "Jo", "email": "jo@c.example"}, expect=201)
    staff.post(f"/api/v1/candidacies/{cand['id']}/reject", {}, expect=201)
    old = emailed_invitation_token(base, "jo@c.example")
    staff.post(f"/api/v1/candidacies/{cand['id']}/invitation/resend", expect=200)
    token = emailed_invitation_token(base, "jo@c.example")

    assert requests.get(f"{base}/invitations/{old}", timeout=10).status_code == 404
    assert requests.get(f"{base}/invitations/{token}", timeout=10).status_code == 200
    assert requests.get(f"{base}/login?next=/invitations/{token}", timeout=10).status_code == 200
    anon.post(f"/api/v1/invitations/{token}/accept", {"name": "Jo", "password": "a long password"}, expect=200)
    time.sleep(0.3)  # the server writes its log lines after each response

    output = development_server.output()
    assert "GET /invitations/<token> 200 " in output and "POST /api/v1/invitations/<token>/accept 200 " in output
    assert old not in output and token not in output
    assert "/invitations/" + token[:8] not in output
