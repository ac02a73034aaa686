"""An anonymous caller gets 401 from every API route that needs a token, whatever the body: malformed
JSON, wrong types or control characters are not read first (issue 12). Generated from the route list."""

from __future__ import annotations

from server.accounts.api_gate import declares_security
from tests.api.conftest import assert_error

BODIES = ["{nope", '{"body": 42, "title": []}', '{"body": "\\u0000"}', "[1, 2]"]


def _secured(app) -> list[tuple[str, str]]:
    routes = []
    for rule in app.url_map.iter_rules():
        if rule.endpoint.startswith("api.") and declares_security(app.view_functions[rule.endpoint]):
            url = rule.rule
            for name in rule.arguments:
                url = url.replace(f"<int:{name}>", "1").replace(f"<{name}>", "x")
            routes += [(method, url) for method in sorted((rule.methods or set()) - {"HEAD", "OPTIONS"})]
    return routes


def test_most_api_routes_need_a_token(app):
    assert len(_secured(app)) > 40


def test_every_secured_route_answers_an_anonymous_body_with_401(app, client, thread):
    wrong = []
    for method, url in _secured(app):
        for body in BODIES:
            response = client.open(url, method=method, data=body, content_type="application/json")
            if response.status_code != 401:
                wrong.append(f"{method} {url} {body!r}: {response.status_code}")
            else:
                assert_error(response, 401)
    assert wrong == []


def test_a_bad_token_is_401_before_the_body_too(client, thread):
    response = client.post(
        f"/api/v1/threads/{thread.id}/messages",
        data="{nope",
        content_type="application/json",
        headers={"Authorization": "Bearer not-a-token"},
    )
    assert_error(response, 401, "invalid_token")
