"""Page plumbing a person (or an attacker) notices: headers, error pages, sizes."""

from __future__ import annotations

import re

from server.extensions import db
from server.messaging.models import Message
from tests.web.helpers import csrf_token, visible


def test_security_headers_on_pages(browser, staff, thread):
    for who, url in ((browser, "/"), (browser, "/login"), (staff, f"/threads/{thread.id}"), (browser, "/nope")):
        r = who.get(url)
        csp = r.headers["Content-Security-Policy"]
        assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp and "script-src 'self'" in csp
        assert "unsafe-inline" not in csp
        assert r.headers["X-Content-Type-Options"] == "nosniff"
        assert r.headers["Referrer-Policy"] == "same-origin"
        assert r.headers["Cache-Control"] == "no-store"


def test_pages_have_no_inline_script_or_style(staff, casey, thread):
    pages = [
        staff.get(u) for u in ("/", "/positions", "/outbox", f"/threads/{thread.id}", f"/threads/{thread.id}/feedback")
    ]
    pages += [casey.get(u) for u in ("/", f"/threads/{thread.id}", f"/threads/{thread.id}/feedback-request")]
    for r in pages:
        html = r.get_data(as_text=True)
        assert r.status_code == 200
        # The Outbox's sandboxed frames carry the emails' own inline styles (allowed there by hash).
        page = re.sub(r'<iframe class="email-frame" sandbox srcdoc="[^"]*"', "<iframe", html)
        assert " style=" not in page and "<style" not in page
        # Scripts only from files of this site (the CSP allows nothing else), never inline.
        for attributes, body in re.findall(r"<script\b([^>]*)>(.*?)</script>", html, flags=re.S):
            assert re.search(r'\ssrc="/[^/"]', attributes) and not body.strip(), attributes
        assert html.count("<script") == len(re.findall(r"<script\b[^>]*>.*?</script>", html, flags=re.S))
        assert re.search(r"<a [^>]*skip-link", html) and '<main id="main"' in html


def test_unknown_page_is_a_friendly_404_and_the_api_keeps_json(browser):
    r = browser.get("/no/such/page")
    assert r.status_code == 404 and r.mimetype == "text/html"
    assert "We could not find that page" in visible(r)
    r = browser.get("/api/v1/no-such-endpoint")
    assert r.status_code == 404 and r.is_json and r.get_json()["error"]["code"] == "not_found"


def test_api_errors_stay_json_for_session_users(staff):
    r = staff.client.post("/api/v1/threads/999999/close")  # a session write without CSRF
    assert r.status_code == 400 and r.is_json and "error" in r.get_json()
    r = staff.get("/api/v1/threads/999999")
    assert r.status_code == 404 and r.is_json


def test_a_request_over_the_size_limit_gets_a_413_page_and_writes_nothing(casey, thread):
    token = csrf_token(casey.get(f"/threads/{thread.id}").get_data(as_text=True))
    before = db.session.query(Message).count()
    r = casey.client.post(f"/threads/{thread.id}/messages", data={"csrf_token": token, "body": "x" * (300 * 1024)})
    assert r.status_code == 413 and "That was too large" in visible(r)
    assert db.session.query(Message).count() == before


def test_wrong_method_is_a_405_page(browser):
    r = browser.get("/account/sign-out-everywhere")
    assert r.status_code == 405 and "Allow" in r.headers and r.mimetype == "text/html"
