"""Organization settings (admins): GET/PATCH /api/v1/organizations/{id}/settings and the Settings page.
Other members 403, outsiders and candidates 404; bad values 422 with the field, and nothing changes."""

from __future__ import annotations

import pytest

from server.accounts.models import Organization
from server.accounts.operations import issue_token
from server.connections.operations import add_months, set_connection
from server.extensions import db
from tests import factories
from tests.api.conftest import Api, assert_error
from tests.web.helpers import csrf_token, visible

DEFAULTS = {"reply_target_days": 5, "retention_months": 24, "connection_months": 12, "announcement_interval_days": 30}


def _url(org) -> str:
    return f"/api/v1/organizations/{org.id}/settings"


def _patch(api: Api, url: str, body):
    return api.client.patch(url, json=body, headers=api._headers())


def _stored(org) -> dict:
    db.session.expire_all()
    row = db.session.get(Organization, org.id)
    return {name: getattr(row, name) for name in DEFAULTS}


def test_admin_reads_and_changes_some_settings(staff_api, org):
    assert staff_api.get(_url(org)).get_json() == DEFAULTS
    r = _patch(staff_api, _url(org), {"connection_months": 6, "announcement_interval_days": 60})
    assert r.status_code == 200
    assert r.get_json() == {**DEFAULTS, "connection_months": 6, "announcement_interval_days": 60}
    assert _stored(org) == r.get_json()
    r = _patch(staff_api, _url(org), {"reply_target_days": 30, "retention_months": 120})
    assert r.get_json() == {
        "reply_target_days": 30,
        "retention_months": 120,
        "connection_months": 6,
        "announcement_interval_days": 60,
    }
    assert _patch(staff_api, _url(org), {}).get_json() == _stored(org)  # nothing to change is no error


def test_a_new_consent_lasts_the_organization_setting(staff_api, admin, org, candidate, thread):
    _patch(staff_api, _url(org), {"connection_months": 6})
    set_connection(candidate, thread.id, True)
    connection = set_connection(admin, thread.id, True)
    assert connection.expires_at == add_months(connection.connected_since, 6)


@pytest.mark.parametrize(
    "body, field",
    [
        ({"connection_months": 25}, "connection_months"),
        ({"connection_months": 0}, "connection_months"),
        ({"reply_target_days": 31}, "reply_target_days"),
        ({"reply_target_days": -1}, "reply_target_days"),
        ({"retention_months": 0}, "retention_months"),
        ({"retention_months": 121}, "retention_months"),
        ({"announcement_interval_days": 366}, "announcement_interval_days"),
        ({"announcement_interval_days": 0}, "announcement_interval_days"),
        ({"connection_months": None}, "connection_months"),
        ({"colour": "blue"}, "colour"),
    ],
)
def test_bad_values_are_422_with_the_field_and_change_nothing(staff_api, org, body, field):
    error = assert_error(_patch(staff_api, _url(org), {"reply_target_days": 7, **body}), 422)
    assert field in error["fields"]
    assert _stored(org) == DEFAULTS  # the good value in the same body was not saved either


@pytest.mark.parametrize(
    "body", [{"connection_months": "12"}, {"connection_months": 12.5}, {"connection_months": True}]
)
def test_wrong_types_are_400(staff_api, org, body):
    error = assert_error(_patch(staff_api, _url(org), body), 400, "wrong_type")
    assert "connection_months" in error["fields"]
    assert _stored(org) == DEFAULTS


def test_not_an_object_and_huge_bodies(staff_api, org):
    assert _patch(staff_api, _url(org), [1, 2]).status_code in (400, 422)
    r = staff_api.client.patch(
        _url(org), data="x" * (300 * 1024), headers={**staff_api._headers(), "Content-Type": "application/json"}
    )
    assert r.status_code == 413
    assert _stored(org) == DEFAULTS


def test_who_may_see_and_change_them(client, anon, admin, org, candidate, stranger_org):
    recruiter = factories.member(admin, org, "recruiter")
    manager = factories.member(admin, org, "hiring_manager")
    for user, status in (
        (recruiter, 403),
        (manager, 403),
        (stranger_org["admin"], 404),
        (candidate, 404),
    ):
        api = Api(client, issue_token(user))
        assert_error(api.get(_url(org)), status)
        assert_error(_patch(api, _url(org), {"connection_months": 3}), status)
    assert_error(anon.get(_url(org)), 401)
    assert_error(_patch(anon, _url(org), {"connection_months": 3}), 401)
    assert_error(Api(client, issue_token(admin)).get("/api/v1/organizations/999999/settings"), 404)
    assert _stored(org) == DEFAULTS


# --- the page ---------------------------------------------------------------------------------------


def _page(org) -> str:
    return f"/organizations/{org.id}/settings"


def test_admin_changes_settings_on_the_page(staff, org):
    page = staff.get(_page(org))
    assert page.status_code == 200
    assert "Stay-in-touch consent lasts (months)" in visible(page)
    assert 'value="12"' in page.get_data(as_text=True)
    r = staff.submit(
        _page(org),
        data={
            "reply_target_days": "7",
            "retention_months": "36",
            "connection_months": "18",
            "announcement_interval_days": "14",
        },
        follow=True,
    )
    assert r.status_code == 200 and "Settings saved." in visible(r)
    assert _stored(org) == {
        "reply_target_days": 7,
        "retention_months": 36,
        "connection_months": 18,
        "announcement_interval_days": 14,
    }
    # The admin's navigation links the page and the talent pool.
    html = staff.get("/positions").get_data(as_text=True)
    assert f'href="{_page(org)}"' in html and f'href="/organizations/{org.id}/talent-pool"' in html


@pytest.mark.parametrize(
    "field, value, message",
    [
        ("connection_months", "25", "From 1 to 24 months."),
        ("connection_months", "twelve", "A whole number of months, from 1 to 24."),
        ("reply_target_days", "", "A whole number of days, from 1 to 30."),
        ("announcement_interval_days", "9999999999999", "A whole number of days, from 1 to 365."),
    ],
)
def test_bad_values_on_the_page_are_shown_and_change_nothing(staff, org, field, value, message):
    data = {**{k: str(v) for k, v in DEFAULTS.items()}, "reply_target_days": "9", field: value}
    r = staff.submit(_page(org), data=data)
    assert r.status_code == 422
    text = visible(r)
    assert "The settings were not saved" in text and message in text
    assert _stored(org) == DEFAULTS


def test_other_members_403_outsiders_404_on_the_page(new_browser, admin, org, candidate):
    recruiter = factories.member(admin, org, "recruiter", email="rita@acme.example")
    manager = factories.member(admin, org, "hiring_manager", email="hal@acme.example")
    outsider, _ = factories.employer()
    as_recruiter = new_browser().login(recruiter.email)
    assert as_recruiter.get(_page(org)).status_code == 403
    token = csrf_token(as_recruiter.get("/positions").get_data(as_text=True))
    forged = {**{k: "3" for k in DEFAULTS}, "csrf_token": token}
    assert as_recruiter.client.post(_page(org), data=forged).status_code == 403
    html = as_recruiter.get("/positions").get_data(as_text=True)
    # A recruiter has the talent pool but not the settings in the navigation; a hiring manager neither.
    assert f'href="{_page(org)}"' not in html and f'href="/organizations/{org.id}/talent-pool"' in html
    as_manager = new_browser().login(manager.email)
    assert as_manager.get(_page(org)).status_code == 403
    assert "talent-pool" not in as_manager.get("/positions").get_data(as_text=True)
    assert new_browser().login(outsider.email).get(_page(org)).status_code == 404
    as_candidate = new_browser().login(candidate.email)
    assert as_candidate.get(_page(org)).status_code == 404
    assert "talent-pool" not in as_candidate.get("/connections").get_data(as_text=True)
    r = new_browser().get(_page(org))
    assert r.status_code == 302 and "/login" in r.headers["Location"]
    assert _stored(org) == DEFAULTS
