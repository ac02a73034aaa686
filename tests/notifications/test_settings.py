"""Email settings: the API (strict validation) and the Settings page (login, CSRF)."""

from __future__ import annotations

import pytest

from server.notifications.settings import email_settings
from tests import factories
from tests.api.conftest import Api, assert_error
from tests.web.helpers import Browser, visible

URL = "/api/v1/me/notification-settings"
ALL_ON = {"messages": True, "feedback": True, "announcements": True, "reminders": True}


@pytest.fixture
def people(app):
    admin, org = factories.employer("Acme Robotics", name="Erin Admin", email="erin@acme.example")
    candidate, _thread = factories.joined_thread(admin, org, email="casey@example.com")
    return admin, candidate


def test_api_round_trip(client, people):
    admin, candidate = people
    api = Api(client).as_user(candidate)
    assert api.get(URL).get_json() == {"email": ALL_ON}
    r = api.put(URL, {"email": {"messages": False, "feedback": True, "announcements": False, "reminders": True}})
    assert r.status_code == 200
    expected = {"messages": False, "feedback": True, "announcements": False, "reminders": True}
    assert r.get_json() == {"email": expected}
    assert api.get(URL).get_json() == {"email": expected}
    # A kind left out keeps its value (a later kind will not break today's clients).
    assert api.put(URL, {"email": {"messages": True}}).get_json() == {"email": {**expected, "messages": True}}
    # Only the caller's own settings changed.
    assert Api(client).as_user(admin).get(URL).get_json() == {"email": ALL_ON}


@pytest.mark.parametrize(
    "body",
    [
        {"email": {"messages": "false"}},
        {"email": {"messages": 0}},
        {"email": {"messages": None}},
        {"email": ["messages"]},
        {"email": True},
    ],
)
def test_api_rejects_wrong_types(client, people, body):
    _admin, candidate = people
    api = Api(client).as_user(candidate)
    error = assert_error(api.put(URL, body), 400, "wrong_type")
    assert error["fields"]
    assert email_settings(candidate.id) == ALL_ON


@pytest.mark.parametrize(
    "body, field",
    [
        ({"email": {"messages": False, "sms": False}}, "email.sms"),
        ({"email": {"messages": False}, "push": {}}, "push"),
        ({}, "email"),
    ],
)
def test_api_rejects_unknown_and_missing_keys(client, people, body, field):
    _admin, candidate = people
    api = Api(client).as_user(candidate)
    error = assert_error(api.put(URL, body), 422, "validation_failed")
    assert field in error["fields"]
    assert email_settings(candidate.id) == ALL_ON


def test_api_needs_a_caller_and_json(client, people):
    anonymous = Api(client)
    assert_error(anonymous.get(URL), 401)
    assert_error(anonymous.put(URL, {"email": {"messages": False}}), 401)
    api = Api(client).as_user(people[1])
    assert_error(api.put(URL, data="{not json", headers={"Content-Type": "application/json"}), 400)


def test_the_session_cookie_needs_a_csrf_token_to_write(client, people):
    _admin, candidate = people
    browser = Browser(client).login(candidate.email)
    assert browser.get(URL).get_json() == {"email": ALL_ON}
    assert client.put(URL, json={"email": {"messages": False}}).status_code == 400  # no CSRF token
    assert email_settings(candidate.id) == ALL_ON


def test_settings_page(client, people):
    admin, candidate = people
    assert client.get("/settings").status_code == 302  # login first
    browser = Browser(client).login(candidate.email)
    page = browser.get("/settings")
    assert page.status_code == 200
    text = visible(page)
    assert "New messages" in text and "Announcements" in text and "Feedback reminders" not in text  # staff only
    html = page.get_data(as_text=True)
    assert 'href="/settings" aria-current="page">Settings</a>' in html  # in the user nav
    # Unchecked boxes are not sent: everything shown but feedback goes off.
    r = browser.submit("/settings", data={"feedback": "y"}, follow=True)
    assert r.status_code == 200 and "Your email settings are saved." in visible(r)
    assert email_settings(candidate.id) == {
        "messages": False,
        "feedback": True,
        "announcements": False,
        "reminders": True,
    }

    # A post without the CSRF token changes nothing.
    assert client.post("/settings", data={"messages": "y", "feedback": "y"}).status_code == 400
    assert email_settings(candidate.id)["messages"] is False

    staff = Browser(client.application.test_client()).login(admin.email)
    assert "Feedback reminders" in visible(staff.get("/settings"))
    staff.submit("/settings", data={"messages": "y", "feedback": "y"})
    assert email_settings(admin.id) == {**ALL_ON, "reminders": False}
