"""The password policy (issue 12): common and leaked passwords, keyboard runs and the user's own name or
email are refused with 422 and the reason, on signup, reset and change; a sentence of one's own passes."""

from __future__ import annotations

import pytest

from server.accounts.models import User
from server.extensions import db
from tests import factories
from tests.api.conftest import assert_error
from tests.web.helpers import Browser

SIGNUP = {"organization": "Initech", "name": "Peter", "email": "peter@initech.example"}
WEAK = {
    "password12": "common",
    "1234567890": "common",
    "qwertyuiop": "common",
    "Password123!": "common",
    "abcdefghijk": "Sequences",
    "peterinitech": "",  # the user's own name and email domain
}


@pytest.mark.parametrize("password", list(WEAK))
def test_signup_refuses_a_guessable_password_and_says_why(anon, password):
    error = assert_error(anon.post("/api/v1/signup/employer", {**SIGNUP, "password": password}), 422, "weak_password")
    assert WEAK[password].lower() in error["fields"]["password"].lower()
    assert "harder to guess" in error["message"]
    assert db.session.query(User).count() == 0


@pytest.mark.parametrize("password", ["a long password", "my cat naps on the keyboard", "Tuesday-orbit-lantern"])
def test_signup_accepts_a_password_of_ones_own(anon, password):
    assert anon.post("/api/v1/signup/employer", {**SIGNUP, "password": password}).status_code == 201


def test_long_passwords_are_judged_not_a_server_error(anon):
    """zxcvbn refuses input past 72 characters (it was a 500): the first 72 decide."""
    weak = assert_error(anon.post("/api/v1/signup/employer", {**SIGNUP, "password": "0" * 1000}), 422, "weak_password")
    assert weak["fields"]["password"]
    strong = "Tuesday-orbit-lantern " * 45  # 990 characters
    assert anon.post("/api/v1/signup/employer", {**SIGNUP, "password": strong}).status_code == 201


def test_a_reset_to_a_common_password_is_refused_and_the_link_still_works(anon, admin):
    assert anon.post("/api/v1/password-reset", {"email": admin.email}).status_code == 202
    token = factories.reset_link(admin.email).rsplit("/", 1)[1]
    assert_error(anon.post(f"/api/v1/password-reset/{token}", {"password": "1234567890"}), 422, "weak_password")
    assert anon.post("/api/v1/tokens", {"email": admin.email, "password": factories.PASSWORD}).status_code == 201
    assert anon.post(f"/api/v1/password-reset/{token}", {"password": "a brand new passphrase"}).status_code == 204


def test_changing_to_a_common_password_on_the_account_page_shows_why(app, admin):
    page = Browser(app.test_client()).login(admin.email)
    r = page.submit("/account", "/account/password", {"current_password": factories.PASSWORD, "password": "password12"})
    assert r.status_code == 422 and "common password" in r.get_data(as_text=True)
    assert Browser(app.test_client()).login(admin.email)  # the old password still works
