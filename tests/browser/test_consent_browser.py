"""Renewing a stay-in-touch consent from the reminder email, in a real browser: the live server's own
worker writes the reminder once the consent ends within 30 days; the candidate opens the emailed link
(no login), clicks Renew, sees the new expiry; My connections shows the renewal in the history."""

from __future__ import annotations

import re
import time
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa
from playwright.sync_api import expect
from sqlalchemy.pool import NullPool

from tests.browser.helpers import PASSWORD, shoot
from tests.live import _DATABASES, employer_and_candidate

pytestmark = pytest.mark.browser

_RENEW_LINK = re.compile(r"https?://\S+/connections/renew/[A-Za-z0-9_.\-]+")


def _sql(base: str, statement: str, **params):
    engine = sa.create_engine(_DATABASES[base], poolclass=NullPool)
    try:
        with engine.begin() as conn:
            result = conn.execute(sa.text(statement), params)
            return result.all() if result.returns_rows else None
    finally:
        engine.dispose()


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")  # how SQLAlchemy stores a DateTime in SQLite


def _wait_for_reminder(base: str, email: str, timeout: float = 30) -> tuple[str, str]:
    """(subject, renewal link) of the reminder the server's worker loop (every 5 s) writes."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for subject, body in _sql(
            base, "SELECT subject, body_text FROM outbox_emails WHERE to_email = :email ORDER BY id DESC", email=email
        ):
            match = _RENEW_LINK.search(body)
            if match:
                return subject, match.group(0)
        time.sleep(0.5)
    raise AssertionError(f"no consent reminder emailed to {email}")


def test_a_candidate_renews_from_the_emailed_link(live_server, new_context):
    base = live_server.url
    people = employer_and_candidate(base, org="Acme")
    thread_id = people["thread_id"]
    people["candidate"].call("PUT", f"/api/v1/threads/{thread_id}/connection", {"opt_in": True, "interests": ["data"]})
    connected = people["staff"].call("PUT", f"/api/v1/threads/{thread_id}/connection", {"opt_in": True})
    assert connected["connected"] is True
    email = people["candidate_user"]["email"]

    # Eleven months on (the data moves, not the server's clock): the consent ends in 20 days.
    now = datetime.now(UTC).replace(tzinfo=None)
    old_expiry = now + timedelta(days=20)
    _sql(
        base,
        "UPDATE connections SET expires_at = :expires, connected_since = :since WHERE candidate_user_id = :user",
        expires=_stamp(old_expiry),
        since=_stamp(old_expiry - timedelta(days=365)),
        user=people["candidate_user"]["id"],
    )
    subject, link = _wait_for_reminder(base, email)
    assert subject.startswith("Your stay-in-touch consent with Acme") and subject.endswith("ends soon")
    time.sleep(6)  # another round of the worker loop: still one reminder
    reminders = _sql(
        base, "SELECT count(*) FROM outbox_emails WHERE to_email = :e AND subject = :s", e=email, s=subject
    )
    assert reminders[0][0] == 1

    page = new_context().new_page()  # the email program's browser: not logged in
    page.goto(link)
    expect(page.get_by_role("heading", name=re.compile(r"Renew staying in touch with Acme"))).to_be_visible()
    expect(page.get_by_text(f"{old_expiry:%a} {old_expiry.day} {old_expiry:%b %Y}").first).to_be_visible()
    shoot(page, "consent-renew-link")
    new_expiry = now + timedelta(days=365)
    page.get_by_role("button", name=re.compile(r"^Renew until")).click()
    expect(page.get_by_role("heading", name="Renewed")).to_be_visible()
    expect(page.get_by_role("status")).to_contain_text("You stay in touch with Acme")
    # A year from today (the organization's 12 months), give or take the date line.
    shown = page.get_by_role("status").inner_text()
    assert any(
        f"{d:%a} {d.day} {d:%b %Y}" in shown
        for d in (new_expiry - timedelta(days=1), new_expiry, new_expiry + timedelta(days=1))
    ), shown

    # The link is spent.
    page.goto(link)
    expect(page.get_by_role("heading", name="This link cannot be used")).to_be_visible()

    # My connections: connected until the new date, and the renewal in the history.
    page.get_by_role("link", name="Go to My connections").click()
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="My connections")).to_be_visible()
    card = page.locator("li.list-card").first
    expect(card).to_contain_text("Connected until")
    card.get_by_text(re.compile(r"^History")).click()
    history = card.locator("[data-consent-history] li")
    expect(history).to_have_count(3)
    expect(history.nth(0)).to_contain_text("Opted in by you")
    expect(history.nth(1)).to_contain_text("Opted in by Acme")
    expect(history.nth(2)).to_contain_text("Renewed by you")
    shoot(page, "consent-history")
