"""Signup, login, logout, signing out everywhere, rate limits and CSRF, as a person meets them."""

from __future__ import annotations

import hashlib

from server.accounts.models import ApiToken, Membership, Organization, User, UserSession
from server.accounts.operations import issue_token
from server.accounts.session import SESSION_KEY
from server.extensions import db
from tests import factories
from tests.factories import PASSWORD
from tests.web.helpers import Browser, csrf_token, visible

SIGNUP = {
    "organization": "Initech",
    "name": "Ida Admin",
    "email": "ida@initech.example",
    "password": "a long enough password",
}


def test_signup_creates_the_organization_with_me_as_admin(browser):
    r = browser.submit("/signup", data=SIGNUP, follow=True)
    assert r.status_code == 200 and "Welcome to Candor. Initech is set up" in visible(r)
    user = db.session.query(User).filter_by(email="ida@initech.example").one()
    membership = db.session.query(Membership).filter_by(user_id=user.id).one()
    assert membership.role == "admin" and membership.organization.name == "Initech"
    assert user.password_hash.startswith("$argon2id$")
    # Logged in: the nav offers the employer's pages.
    page = visible(browser.get("/"))
    assert "Positions" in page and "Outbox" in page and "Log out" in page


def test_signup_errors_are_shown_on_the_form_and_nothing_is_created(browser, admin):
    r = browser.submit("/signup", data={**SIGNUP, "password": "short"})
    assert r.status_code == 422
    page = visible(r)
    assert "Choose a password of at least 10 characters." in page and 'value="Initech"' in r.get_data(as_text=True)
    assert 'aria-invalid="true"' in r.get_data(as_text=True)

    r = browser.submit("/signup", data={**SIGNUP, "email": admin.email})
    assert r.status_code == 409 and "already exists" in visible(r)
    assert db.session.query(Organization).filter_by(name="Initech").count() == 0


def test_login_failure_says_so_without_logging_in(browser, admin):
    r = browser.submit("/login", data={"email": admin.email, "password": "wrong password!"})
    assert r.status_code == 401
    assert "That email and password do not match an account." in visible(r)
    assert "Log in" in visible(browser.get("/")) and "Inbox" not in visible(browser.get("/"))


def test_login_returns_only_to_a_path_on_this_site(new_browser, admin):
    browser = new_browser()
    r = browser.submit("/login?next=/positions", data={"email": admin.email, "password": PASSWORD})
    assert r.headers["Location"] == "/positions"
    for evil in ("https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)"):
        browser = new_browser()
        r = browser.submit("/login", data={"email": admin.email, "password": PASSWORD, "next": evil})
        assert r.status_code == 302 and r.headers["Location"] == "/", evil


def test_pages_that_need_a_login_send_people_there_and_back(browser, thread):
    r = browser.get(f"/threads/{thread.id}")
    assert r.status_code == 302 and r.headers["Location"] == f"/login?next=%2Fthreads%2F{thread.id}"


def test_logout_is_a_post(staff):
    assert staff.get("/logout").status_code == 405
    r = staff.submit("/", "/logout")
    assert r.status_code == 302 and r.headers["Location"] == "/login"
    assert staff.get("/positions").status_code == 302


def test_sign_out_everywhere_ends_my_other_sessions(new_browser, admin):
    laptop, phone = new_browser().login(admin.email), new_browser().login(admin.email)
    token = issue_token(admin)
    saved = phone.client.get_cookie("session").value
    assert phone.get("/positions").status_code == 200
    r = laptop.submit("/account", "/account/sign-out-everywhere", follow=True)
    assert "You are signed out on every browser and device" in visible(r)
    assert phone.get("/positions").status_code == 302
    assert laptop.get("/positions").status_code == 302
    assert _with_cookie(new_browser(), saved).get("/positions").status_code == 302
    assert new_browser().client.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"}).status_code == 401
    db.session.expire_all()
    assert {s.revoked_at is not None for s in db.session.query(UserSession).filter_by(user_id=admin.id)} == {True}
    assert {t.revoked_at is not None for t in db.session.query(ApiToken).filter_by(user_id=admin.id)} == {True}
    new_browser().login(admin.email)  # the password still works


def _with_cookie(browser: Browser, value: str) -> Browser:
    browser.client.set_cookie("session", value)
    return browser


def test_a_saved_copy_of_the_session_cookie_is_refused_after_logout(new_browser, admin):
    """Logging out ends the session on the server: replaying the cookie gets nowhere."""
    laptop, phone = new_browser().login(admin.email), new_browser().login(admin.email)
    saved = laptop.client.get_cookie("session").value
    assert _with_cookie(new_browser(), saved).get("/positions").status_code == 200  # a copy works while logged in
    assert _with_cookie(new_browser(), saved).get("/api/v1/me").status_code == 200

    assert laptop.submit("/", "/logout").status_code == 302
    thief = _with_cookie(new_browser(), saved)
    r = thief.get("/positions")
    assert r.status_code == 302 and r.headers["Location"] == "/login?next=%2Fpositions"
    r = thief.get("/api/v1/me")
    assert r.status_code == 401 and r.get_json()["error"]["code"] == "unauthorized"
    assert phone.get("/positions").status_code == 200  # my other browser stays logged in


def test_sessions_are_stored_server_side_with_only_a_hash_of_their_key(new_browser, admin):
    browser = new_browser()
    browser.client.get("/login")
    browser.client.environ_base["HTTP_USER_AGENT"] = "Mozilla/5.0 (Test)"
    browser.login(admin.email)
    with browser.client.session_transaction() as session:
        key = session[SESSION_KEY]
    row = db.session.query(UserSession).filter_by(user_id=admin.id).one()
    assert row.key_hash == hashlib.sha256(key.encode()).hexdigest() and key not in row.key_hash
    assert row.user_agent == "Mozilla/5.0 (Test)" and row.revoked_at is None
    assert row.created_at is not None and row.last_seen_at is not None
    browser.submit("/", "/logout")
    db.session.expire_all()
    assert row.revoked_at is not None


def test_a_cookie_from_before_server_side_sessions_needs_a_new_login(app, admin):
    """Cookies made before the deploy carry no session key: they are refused, a new login works."""
    client = app.test_client()
    with client.session_transaction() as session:
        session["_user_id"] = admin.get_id()
        session["_fresh"] = True
    assert client.get("/positions").status_code == 302


def test_login_and_signup_are_rate_limited(make_app):
    app = make_app(RATELIMIT_ENABLED=True, CANDOR_AUTH_RATE_LIMIT="3 per minute")
    with app.app_context():
        browser = Browser(app.test_client())
        assert browser.get("/login").status_code == 200  # looking at the form is free
        for _ in range(3):
            assert browser.submit("/login", data={"email": "x@y.example", "password": "whatever123"}).status_code == 401
        r = browser.submit("/login", data={"email": "x@y.example", "password": "whatever123"})
        assert r.status_code == 429 and "Too many attempts" in visible(r)
        assert int(r.headers["Retry-After"]) > 0
        for _ in range(3):
            browser.submit("/signup", data={**SIGNUP, "password": "short"})
        assert browser.submit("/signup", data=SIGNUP).status_code == 429
        assert db.session.query(User).count() == 0


def test_a_form_posted_without_its_csrf_token_is_refused_and_changes_nothing(client, browser):
    r = client.post("/signup", data=SIGNUP)
    assert r.status_code == 400
    assert "This form was open for too long or came from somewhere else" in visible(r)
    r = client.post("/signup", data={**SIGNUP, "csrf_token": "forged"})
    assert r.status_code == 400
    assert db.session.query(User).count() == 0
    # The same form with the page's token goes through.
    page = browser.get("/signup").get_data(as_text=True)
    assert client.post("/signup", data={**SIGNUP, "csrf_token": csrf_token(page)}).status_code == 302


# -- password reset, the Account page, email confirmation ------------------------------------------


def _path(url: str) -> str:
    return url.split("candor.test", 1)[1]


def test_forgot_password_from_the_login_page_to_a_new_password(new_browser, admin):
    other = new_browser().login(admin.email)
    browser = new_browser()
    login = browser.get("/login")
    assert 'href="/password-reset"' in login.get_data(as_text=True) and "Forgot your password?" in visible(login)
    r = browser.submit("/password-reset", data={"email": admin.email}, follow=True)
    assert "Check your email" in visible(r)
    # An unknown address sees exactly the same page.
    r2 = new_browser().submit("/password-reset", data={"email": "ghost@acme.example"}, follow=True)
    assert visible(r2) == visible(r)

    link = _path(factories.reset_link(admin.email))
    page = browser.get(link)
    assert page.status_code == 200 and "Choose a new password" in visible(page)
    r = browser.submit(link, data={"password": "short"})
    assert r.status_code == 422 and "This one has 5; add 5 more." in visible(r), visible(r)
    r = browser.submit(link, data={"password": "password12"})
    assert r.status_code == 422 and "harder to guess" in visible(r) and "common password" in visible(r)
    r = browser.submit(link, data={"password": "my new long password"}, follow=True)
    assert "Your password is changed" in visible(r)
    # The other browser is logged out; the new password logs in; the link is spent.
    assert other.get("/account").status_code == 302
    new_browser().login(admin.email, "my new long password")
    r = browser.get(link)
    assert r.status_code == 409 and "already been used" in visible(r) and "Ask for a new link" in visible(r)
    assert browser.get("/password-reset/not-a-token").status_code == 404


def test_reset_form_needs_its_csrf_token(client, browser, admin):
    browser.submit("/password-reset", data={"email": admin.email})
    link = _path(factories.reset_link(admin.email))
    assert client.post(link, data={"password": "my new long password"}).status_code == 400
    Browser(client.application.test_client()).login(admin.email)  # the old password still works


def test_reset_requests_are_rate_limited(make_app):
    app = make_app(RATELIMIT_ENABLED=True, CANDOR_AUTH_RATE_LIMIT="2 per minute")
    with app.app_context():
        browser = Browser(app.test_client())
        for _ in range(2):
            assert browser.submit("/password-reset", data={"email": "x@y.example"}).status_code == 302
        assert browser.submit("/password-reset", data={"email": "x@y.example"}).status_code == 429
        api = app.test_client()
        for _ in range(2):
            assert api.post("/api/v1/password-reset", json={"email": "x@y.example"}).status_code == 202
        r = api.post("/api/v1/password-reset", json={"email": "x@y.example"})
        assert r.status_code == 429 and int(r.headers["Retry-After"]) > 0


def test_change_name_and_password_on_the_account_page(new_browser, admin):
    other = new_browser().login(admin.email)
    token = issue_token(admin)
    me = new_browser().login(admin.email)
    r = me.submit("/account", "/account/name", {"name": "  Erin   Q. Admin "}, follow=True)
    assert "Your name is changed" in visible(r) and "Erin Q. Admin" in visible(r)

    r = me.submit(
        "/account", "/account/password", {"current_password": "wrong one!", "password": "a new long password"}
    )
    assert r.status_code == 422 and "Your current password is not right" in visible(r)
    assert other.get("/account").status_code == 200
    r = me.submit(
        "/account", "/account/password", {"current_password": PASSWORD, "password": "a new long password"}, follow=True
    )
    assert "Your password is changed" in visible(r)
    # This browser stays in; the other one and the API token are out.
    assert me.get("/account").status_code == 200
    assert other.get("/account").status_code == 302
    assert db.session.query(ApiToken).filter_by(token_hash=hashlib.sha256(token.encode()).hexdigest()).one().revoked_at
    new_browser().login(admin.email, "a new long password")


def test_change_email_on_the_account_page_needs_the_link(new_browser, admin, stranger_org):
    me = new_browser().login(admin.email)
    r = me.submit("/account", "/account/email", {"email": stranger_org["admin"].email, "password": PASSWORD})
    assert r.status_code == 409 and "Another account uses that email address" in visible(r)
    r = me.submit("/account", "/account/email", {"email": "erin@new.example", "password": PASSWORD}, follow=True)
    assert "Open the link we sent to erin@new.example" in visible(r)
    assert "Waiting for confirmation: erin@new.example" in visible(r)
    assert db.session.get(User, admin.id).email == "erin@acme.example"
    link = _path(factories.confirmation_link("erin@new.example"))
    # Opening the link changes nothing; the button does.
    page = me.get(link)
    assert page.status_code == 200 and "Confirm my email address" in visible(page)
    db.session.expire_all()
    assert db.session.get(User, admin.id).email == "erin@acme.example"
    r = me.submit(link, follow=True)
    assert "erin@new.example is confirmed" in visible(r)
    db.session.expire_all()
    assert db.session.get(User, admin.id).email == "erin@new.example"


def test_unconfirmed_founder_sees_the_banner_and_can_send_the_link_again(browser):
    r = browser.submit("/signup", data=SIGNUP, follow=True)
    assert "Confirm your email: invitations wait until you do." in visible(r)
    first = factories.confirmation_link(SIGNUP["email"])
    r = browser.submit("/positions", "/account/confirmation", {"next": "/positions"})
    assert r.status_code == 302 and r.headers["Location"].endswith("/positions")
    second = factories.confirmation_link(SIGNUP["email"])
    assert first != second
    assert browser.get(_path(first)).status_code == 404  # replaced
    r = browser.submit(_path(second), follow=True)
    assert "is confirmed" in visible(r)
    assert "Confirm your email" not in visible(browser.get("/positions"))
    r = browser.submit("/account", "/account/confirmation", follow=True)
    assert "already confirmed" in visible(r)


def test_confirmation_page_refuses_a_post_without_csrf(client, browser):
    browser.submit("/signup", data=SIGNUP)
    link = _path(factories.confirmation_link(SIGNUP["email"]))
    assert client.post(link).status_code == 400
    assert db.session.query(Organization).one().confirmed_at is None
