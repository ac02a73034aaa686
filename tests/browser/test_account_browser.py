"""Forgot password, in a real browser: the link on the login page, the "check your email" page, the
link from the email (read from the live server's outbox), a new password, and the other browser logged out."""

from __future__ import annotations

import os
import re
import time

import pytest
import sqlalchemy as sa
from playwright.sync_api import expect
from sqlalchemy.pool import NullPool

from tests.browser.helpers import PASSWORD, shoot, sign_in
from tests.live import _DATABASES, HttpApi

pytestmark = pytest.mark.browser

_RESET_LINK = re.compile(r"https?://\S+/password-reset/[A-Za-z0-9_-]+")


def _emailed_reset_link(base: str, email: str) -> str:
    engine = sa.create_engine(_DATABASES[base], poolclass=NullPool)
    try:
        with engine.connect() as conn:
            bodies = conn.execute(
                sa.text("SELECT body_text FROM outbox_emails WHERE to_email = :email ORDER BY id DESC"),
                {"email": email},
            ).scalars()
            for body in bodies:
                match = _RESET_LINK.search(body)
                if match:
                    return match.group(0)
    finally:
        engine.dispose()
    raise AssertionError(f"no password reset email to {email}")


def test_reset_a_forgotten_password_through_the_web_pages(live_server, new_context):
    base = live_server.url
    n = f"{os.getpid()}-{time.monotonic_ns()}"
    email = f"bill{n}@initech.example"
    HttpApi(base).post(
        "/api/v1/signup/employer",
        {"organization": f"Initech {n}", "name": "Bill", "email": email, "password": PASSWORD},
        expect=201,
    )
    # Bill is logged in on another computer.
    elsewhere = new_context().new_page()
    sign_in(elsewhere, base, email)

    page = new_context().new_page()
    page.goto(base + "/login")
    page.get_by_role("link", name="Forgot your password?").click()
    expect(page.get_by_role("heading", name="Reset your password")).to_be_visible()
    page.get_by_label("Email").fill(email)
    page.get_by_role("button", name="Email me a link").click()
    expect(page.get_by_role("heading", name="Check your email")).to_be_visible()
    shoot(page, "password-reset-sent")

    link = _emailed_reset_link(base, email)
    assert link.startswith(f"{base}/password-reset/")
    page.goto(link)
    expect(page.get_by_role("heading", name="Choose a new password")).to_be_visible()
    page.get_by_label("New password").fill("a fresh long password")
    page.get_by_role("button", name="Set my new password").click()
    expect(page.get_by_text("Your password is changed", exact=False)).to_be_visible()
    expect(page.get_by_role("heading", name="Log in")).to_be_visible()

    # The old password is refused, the new one works.
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_text("That email and password do not match an account.").first).to_be_visible()
    sign_in(page, base, email, "a fresh long password")

    # The other computer is logged out.
    elsewhere.goto(base + "/account")
    expect(elsewhere.get_by_role("heading", name="Log in")).to_be_visible()
    # The link is spent.
    page.goto(link)
    expect(page.get_by_text("already been used", exact=False)).to_be_visible()
