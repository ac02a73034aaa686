"""Crossed identifiers: a route the caller may use, naming something that is not theirs in its body,
query or second path parameter. Each is refused as the matrix's cells are, and changes nothing."""

from __future__ import annotations

import pytest

from server.extensions import socketio
from tests.authz.world import ADMIN, FORMER_MEMBER, HM, RECRUITER, STRANGER, UMA, World


def _call(world: World, principal: str, method: str, url: str, body=None):
    client = world.app.test_client()
    headers = {"Authorization": f"Bearer {world.api_tokens[principal]}"}
    return client.open(url, method=method, json=body, headers=headers)


CROSSED = [
    # (who, method, url, body, status): what they name is someone else's
    (
        "assign a thread to another organization's admin",
        ADMIN,
        "PUT",
        "/api/v1/threads/{thread}/assignee",
        {"user_id": "{stranger}"},
        422,
    ),
    (
        "assign a thread to a candidate",
        RECRUITER,
        "PUT",
        "/api/v1/threads/{thread}/assignee",
        {"user_id": "{candidate}"},
        422,
    ),
    (
        "assign a position to a removed member",
        ADMIN,
        "PUT",
        "/api/v1/positions/{position}/assignee",
        {"user_id": "{former}"},
        422,
    ),
    (
        "change the role of another organization's admin through one's own",
        ADMIN,
        "PATCH",
        "/api/v1/organizations/{org}/members/{stranger}",
        {"role": "recruiter"},
        404,
    ),
    (
        "remove another organization's admin through one's own",
        ADMIN,
        "DELETE",
        "/api/v1/organizations/{org}/members/{stranger}",
        None,
        404,
    ),
    (
        "create a position in another organization",
        ADMIN,
        "POST",
        "/api/v1/positions",
        {"organization_id": "{other_org}", "title": "Spy"},
        404,
    ),
    ("list another organization's positions", ADMIN, "GET", "/api/v1/positions?organization_id={other_org}", None, 404),
    (
        "mark one's thread read up to a message of an unassigned thread",
        HM,
        "POST",
        "/api/v1/threads/{thread}/read",
        {"message_id": "{elsewhere_message}"},
        422,
    ),
    (
        "mark one's thread read up to a message of another organization",
        ADMIN,
        "POST",
        "/api/v1/threads/{thread}/read",
        {"message_id": "{their_message}"},
        422,
    ),
    (
        "reject, in bulk, candidates of another organization's position",
        ADMIN,
        "POST",
        "/api/v1/organizations/{org}/bulk-rejections",
        {"rows": [{"name": "Mo Mole", "email": "mo@example.com", "position_id": "{their_position}"}]},
        422,
    ),
    (
        "invite into another organization",
        ADMIN,
        "POST",
        "/api/v1/organizations/{other_org}/members/invitations",
        {"email": "mole@example.com", "role": "admin"},
        404,
    ),
]


def _fill(world: World, value):
    names = {
        "thread": world.mine.thread,
        "position": world.mine.position,
        "org": world.org,
        "other_org": world.other_org,
        "stranger": world.users[STRANGER],
        "candidate": world.users["candidate"],
        "former": world.users[FORMER_MEMBER],
        "elsewhere_message": world.elsewhere.message,
        "their_message": world.theirs.message,
        "their_position": world.theirs.position,
    }
    if isinstance(value, dict):
        return {k: _fill(world, v) for k, v in value.items()}
    if isinstance(value, list):
        return [_fill(world, v) for v in value]
    if isinstance(value, str) and value.startswith("{") and value.endswith("}") and value[1:-1] in names:
        return names[value[1:-1]]  # a whole placeholder is the id itself (an int in JSON)
    return value.format(**names) if isinstance(value, str) else value


@pytest.mark.parametrize(("what", "who", "method", "url", "body", "status"), CROSSED, ids=[c[0] for c in CROSSED])
def test_crossed_identifiers_are_refused_and_change_nothing(world, what, who, method, url, body, status):
    response = _call(world, who, method, _fill(world, url), _fill(world, body))
    changed = world.changes()
    if changed:
        world.restore()
    assert response.status_code == status, f"{what}: {response.status_code} {response.get_data(as_text=True)}"
    assert not changed, f"{what}: refused, yet it changed {changed}"


def test_a_hiring_manager_filtering_by_another_assignee_sees_only_their_threads(world):
    """?assignee= narrows what the caller sees; it never widens it."""
    for assignee in (str(world.users[ADMIN]), "none", str(world.users[HM])):
        response = _call(world, HM, "GET", f"/api/v1/threads?assignee={assignee}")
        assert response.status_code in (200, 422), response.get_data(as_text=True)
        if response.status_code == 200:
            assert UMA not in response.get_data(as_text=True), assignee


def test_a_socket_read_receipt_naming_another_threads_message_is_refused(world):
    client = socketio.test_client(world.app, auth={"token": world.api_tokens[HM]})
    try:
        payload = {"thread_id": world.mine.thread, "message_id": world.elsewhere.message}
        ack = client.emit("read", payload, callback=True)
        assert ack["ok"] is False and ack["error"]["code"] == "validation_failed", ack
        assert not world.changes()
    finally:
        client.disconnect()
