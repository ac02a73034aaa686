"""Ids beyond the database's integer range (issue 12): every route with an id in its path answers 404,
as for an id that does not exist, on SQLite (which cannot bind past 2^63) and on PostgreSQL (whose id
columns end at 2^31 - 1); a cursor carrying such an id is 400. Generated from the route list, so a new
route is covered without being named here."""

from __future__ import annotations

import pytest
from werkzeug.routing import IntegerConverter

from server.api.pagination import encode_cursor
from server.core.ids import MAX_ID
from tests.api.conftest import assert_error
from tests.web.helpers import Browser

OUT_OF_RANGE = (MAX_ID + 1, 2**63, 2**64 + 7)


def _id_routes(app) -> list[tuple[str, str, list[str]]]:
    routes = []
    for rule in app.url_map.iter_rules():
        ids = [name for name, converter in rule._converters.items() if isinstance(converter, IntegerConverter)]
        if ids:
            for method in sorted((rule.methods or set()) - {"HEAD", "OPTIONS"}):
                routes.append((rule.rule, method, ids))
    return routes


def _url(rule: str, ids: list[str], value: int) -> str:
    for name in ids:
        rule = rule.replace(f"<int:{name}>", str(value))
    return rule


def test_the_route_list_has_id_routes_on_the_web_and_the_api(app):
    rules = [rule for rule, _, _ in _id_routes(app)]
    assert any(r.startswith("/api/v1/") for r in rules) and any(not r.startswith("/api/") for r in rules)


def _answer(app, admin, staff_api, rule: str, method: str, ids: list[str], value: int):
    url = _url(rule, ids, value)
    if url.startswith("/api/"):
        return staff_api.client.open(url, method=method, json={}, headers=staff_api._headers())
    return Browser(app.test_client()).login(admin.email).client.open(url, method=method, data={})


@pytest.mark.parametrize("value", OUT_OF_RANGE)
def test_every_id_route_answers_as_for_an_id_that_does_not_exist(app, admin, staff_api, thread, value):
    """As the organization's admin (logged in on the web, a token on the API): the same status as for
    the largest id in range, which does not exist either, and never a server error."""
    wrong = []
    for rule, method, ids in _id_routes(app):
        out_of_range = _answer(app, admin, staff_api, rule, method, ids, value)
        missing = _answer(app, admin, staff_api, rule, method, ids, MAX_ID)
        if out_of_range.status_code != missing.status_code or out_of_range.status_code >= 500:
            wrong.append(f"{method} {rule}: {out_of_range.status_code}, not {missing.status_code}")
    assert wrong == []
    for url in (f"/api/v1/threads/{value}", f"/api/v1/positions/{value}/candidacies", f"/threads/{value}"):
        rule = url.replace(str(value), "<int:x>")
        assert _answer(app, admin, staff_api, rule, "GET", ["x"], value).status_code == 404, url


def test_the_largest_id_in_range_is_an_ordinary_not_found(staff_api, thread):
    assert_error(staff_api.get(f"/api/v1/threads/{MAX_ID}"), 404, "not_found")


@pytest.mark.parametrize("value", OUT_OF_RANGE)
def test_a_cursor_beyond_the_database_is_400(staff_api, org, thread, value):
    cursors = {
        "/api/v1/threads": encode_cursor(["2026-01-01T00:00:00", value]),
        f"/api/v1/positions?organization_id={org.id}": encode_cursor(value),
        f"/api/v1/organizations/{org.id}/members": encode_cursor(["Erin Admin", value]),
        f"/api/v1/threads/{thread.id}/messages": encode_cursor(value),
    }
    for url, cursor in cursors.items():
        joiner = "&" if "?" in url else "?"
        assert_error(staff_api.get(f"{url}{joiner}cursor={cursor}"), 400, "invalid_cursor")


def test_a_cursor_at_the_edge_of_the_range_still_works(staff_api, org, thread):
    page = staff_api.get(f"/api/v1/threads/{thread.id}/messages?cursor={encode_cursor(MAX_ID)}")
    assert page.status_code == 200 and page.get_json()["items"] == []


@pytest.mark.parametrize("value", OUT_OF_RANGE)
def test_an_id_beyond_the_database_in_a_body_is_one_that_names_nothing(staff_api, candidate_api, thread, value):
    """As in a path: the same answer as for the largest id in range (which names nothing either), never
    a server error (PostgreSQL refused the query past 2^31 - 1, SQLite past 2^63)."""
    position_id = thread.candidacy.position_id
    requests = [
        (staff_api.post, f"/api/v1/threads/{thread.id}/read", "message_id", {}),
        (staff_api.put, f"/api/v1/threads/{thread.id}/assignee", "user_id", {}),
        (staff_api.put, f"/api/v1/positions/{position_id}/assignee", "user_id", {}),
        (staff_api.post, "/api/v1/positions", "organization_id", {"title": "Designer"}),
        (candidate_api.post, f"/api/v1/threads/{thread.id}/rating", "message_id", {"score": 4}),
    ]
    for send, url, field, body in requests:
        out_of_range, missing = send(url, {**body, field: value}), send(url, {**body, field: MAX_ID})
        assert out_of_range.status_code == missing.status_code < 500, (url, out_of_range.get_data(as_text=True))
