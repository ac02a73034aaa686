"""Nobody reaches what is not theirs: strangers get 404, anonymous users the login page."""

from __future__ import annotations

import pytest

from server.connections.models import ConsentEvent
from server.extensions import db
from server.feedback.models import Feedback
from server.hiring.models import Candidacy, Position
from server.messaging.models import Message, Thread
from tests import factories
from tests.web.helpers import Browser, csrf_token


@pytest.fixture
def acme(admin, org, thread):
    """Ids of Acme's things: a position, an active candidacy, a thread."""
    pos = factories.position(admin, org)
    cand = factories.candidacy(admin, pos)
    return {"position": pos.id, "candidacy": cand.id, "thread": thread.id}


def _gets(ids):
    t, p, c = ids["thread"], ids["position"], ids["candidacy"]
    return [
        f"/threads/{t}",
        f"/threads/{t}/feedback",
        f"/threads/{t}/feedback-request",
        f"/positions/{p}",
        f"/candidacies/{c}/reject",
    ]


def _posts(ids):
    t, p, c = ids["thread"], ids["position"], ids["candidacy"]
    return [
        (f"/threads/{t}/messages", {"body": "hello", "client_id": "x1"}),
        (f"/threads/{t}/close", {}),
        (f"/threads/{t}/reopen", {}),
        (f"/threads/{t}/connection", {"opt_in": "yes"}),
        (f"/threads/{t}/feedback", {"answer_strengths": "a", "answer_gaps": "b", "send": "Send"}),
        (f"/threads/{t}/feedback-request", {"topics": ["skills"], "message": "hi", "send": "Send"}),
        (f"/positions/{p}/candidacies", {"name": "Eve", "email": "eve@example.com"}),
        (f"/candidacies/{c}/reject", {"reason": "skills"}),
    ]


def _footprint():
    return (
        db.session.query(Message).count(),
        db.session.query(Feedback).count(),
        db.session.query(ConsentEvent).count(),
        db.session.query(Candidacy).count(),
        db.session.query(Position).count(),
        [(t.status, t.closed_at) for t in db.session.query(Thread).order_by(Thread.id)],
    )


@pytest.mark.parametrize("who", ["staff", "candidate"])
def test_strangers_get_404_on_every_route_and_change_nothing(new_browser, acme, stranger_org, who):
    browser = new_browser().login(stranger_org["admin" if who == "staff" else "candidate"].email)
    before = _footprint()
    for url in _gets(acme):
        assert browser.get(url).status_code == 404, url
    for url, data in _posts(acme):
        assert browser.submit("/", url, data).status_code == 404, url
    db.session.expire_all()
    assert _footprint() == before


def test_anonymous_visitors_are_sent_to_log_in(client, acme):
    browser = Browser(client)
    for url in [*_gets(acme), "/positions", "/outbox", "/account"]:
        r = browser.get(url)
        assert r.status_code == 302 and r.headers["Location"].startswith("/login?next="), url
    before = _footprint()
    for url, data in _posts(acme):
        r = browser.submit("/login", url, data)  # a valid CSRF token, but no account
        assert r.status_code == 302 and r.headers["Location"].startswith("/login"), url
    assert _footprint() == before


def test_candidates_cannot_reach_staff_pages(casey, acme, org):
    for url in [
        "/positions",
        f"/positions?org={org.id}",
        "/outbox",
        f"/positions/{acme['position']}",
        f"/candidacies/{acme['candidacy']}/reject",
        f"/threads/{acme['thread']}/feedback",
    ]:
        assert casey.get(url).status_code == 404, url
    before = _footprint()
    token = csrf_token(casey.get("/").get_data(as_text=True))
    r = casey.client.post("/positions", data={"csrf_token": token, "organization_id": str(org.id), "title": "X"})
    assert r.status_code == 404
    assert casey.submit("/", f"/threads/{acme['thread']}/reopen").status_code == 403
    assert _footprint() == before


def test_staff_do_not_get_the_candidate_pages(staff, acme):
    assert staff.get(f"/threads/{acme['thread']}/feedback-request").status_code == 404
    r = staff.submit(
        "/", f"/threads/{acme['thread']}/feedback-request", {"topics": ["skills"], "message": "hi", "send": "Send"}
    )
    assert r.status_code == 404
