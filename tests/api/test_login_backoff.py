"""Wrong passwords are counted per account, on the web and the API together, with a backoff in steps
(issue 12); a right password clears the count; another account is not affected."""

from __future__ import annotations

import os
import uuid

from tests import factories
from tests.api.conftest import Api, assert_error
from tests.web.helpers import Browser

LIMITS = {
    "RATELIMIT_ENABLED": True,
    "CANDOR_AUTH_RATE_LIMIT": "1000 per minute",  # the per-address limit is not what is tested here
    "CANDOR_LOGIN_FAILURE_LIMIT": "3 per 5 minutes;5 per hour",
}


def _login(api: Api, email: str, password: str):
    return api.post("/api/v1/tokens", {"email": email, "password": password})


def _web_login(app, email: str, password: str):
    return Browser(app.test_client()).submit("/login", data={"email": email, "password": password})


def test_wrong_passwords_on_the_web_and_the_api_lock_the_account_for_a_while(make_app):
    app = make_app(**LIMITS)
    with app.app_context():
        factories.employer("Acme", name="Erin", email="erin@acme.example")
        factories.employer("Globex", name="Gus", email="gus@globex.example")
        api = Api(app.test_client())
        assert _login(api, "erin@acme.example", "wrong password 1").status_code == 401
        assert _web_login(app, "Erin@Acme.example", "wrong password 2").status_code == 401
        assert _login(api, "erin@acme.example ", "wrong password 3").status_code == 401
        # Locked: even the right password waits, on both, with the time to wait.
        r = _login(api, "erin@acme.example", factories.PASSWORD)
        error = assert_error(r, 429, "rate_limited")
        assert 0 < int(r.headers["Retry-After"]) <= 300 and "reset your password" in error["message"]
        page = _web_login(app, "erin@acme.example", factories.PASSWORD)
        assert page.status_code == 429 and int(page.headers["Retry-After"]) > 0
        assert "Too many wrong passwords" in page.get_data(as_text=True)
        # Another account is not affected.
        assert _login(api, "gus@globex.example", factories.PASSWORD).status_code == 201


def test_an_unknown_address_is_counted_the_same(make_app):
    app = make_app(**LIMITS)
    with app.app_context():
        api = Api(app.test_client())
        answers = [_login(api, "nobody@nowhere.example", "wrong password").status_code for _ in range(4)]
        assert answers == [401, 401, 401, 429]


def test_a_right_password_clears_the_count(make_app):
    app = make_app(**LIMITS)
    with app.app_context():
        factories.employer("Acme", name="Erin", email="erin@acme.example")
        api = Api(app.test_client())
        for _ in range(2):
            assert _login(api, "erin@acme.example", "wrong password").status_code == 401
        assert _login(api, "erin@acme.example", factories.PASSWORD).status_code == 201
        for _ in range(2):
            assert _login(api, "erin@acme.example", "wrong password").status_code == 401
        assert _login(api, "erin@acme.example", factories.PASSWORD).status_code == 201


def test_processes_sharing_a_redis_storage_share_the_count(make_app):
    """Two apps (as two server processes) on one Redis: failures on one lock the account on the other."""
    redis_url = os.environ.get("CANDOR_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
    first = make_app(**LIMITS, RATELIMIT_STORAGE_URI=redis_url)
    second = make_app(**LIMITS, RATELIMIT_STORAGE_URI=redis_url)
    email = f"erin{uuid.uuid4().hex[:12]}@acme.example"  # Redis outlives the test: a fresh account key
    with first.app_context():
        factories.employer("Acme", name="Erin", email=email)
        api = Api(first.test_client())
        assert [_login(api, email, "wrong password").status_code for _ in range(3)] == [401, 401, 401]
    with second.app_context():
        assert_error(_login(Api(second.test_client()), email, factories.PASSWORD), 429, "rate_limited")
