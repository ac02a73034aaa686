"""GET /api/v1/me/connections: the candidate's own connections across organizations."""

from __future__ import annotations

from server.connections.operations import set_connection
from server.core.time import isoformat
from server.extensions import db
from server.hiring import operations as hiring
from server.hiring.models import Candidacy
from tests import factories
from tests.api.conftest import Api, assert_error


def _second_thread_for(candidate, staff, org):
    """The same candidate, rejected by another organization, accepts with their account."""
    _cand, _thread, token = factories.rejected_thread(staff, org, email=candidate.email)
    _user, thread = hiring.accept_invitation(token, user=candidate)
    return thread


def test_anonymous_is_401(anon):
    assert_error(anon.get("/api/v1/me/connections"), 401)


def test_staff_get_403(staff_api):
    assert_error(staff_api.get("/api/v1/me/connections"), 403, "not_a_candidate")


def test_bad_input(candidate_api):
    assert_error(candidate_api.get("/api/v1/me/connections?limit=0"), 422)
    assert_error(candidate_api.get("/api/v1/me/connections?limit=101"), 422)
    assert_error(candidate_api.get("/api/v1/me/connections?cursor=nonsense!"), 400, "invalid_cursor")


def test_empty_until_a_side_chooses(candidate_api):
    assert candidate_api.get("/api/v1/me/connections").get_json() == {"items": [], "next_cursor": None}


def test_the_candidate_sees_their_own_connections_across_organizations(
    client, candidate_api, candidate, thread, admin, stranger_org
):
    other_thread = _second_thread_for(candidate, stranger_org["admin"], stranger_org["org"])
    set_connection(candidate, thread.id, True, ["backend", "data"])
    connection = set_connection(admin, thread.id, True)
    set_connection(candidate, other_thread.id, True)
    # Someone else's connection with the same organization stays theirs.
    set_connection(stranger_org["candidate"], stranger_org["thread"].id, True, ["secret interest"])

    body = candidate_api.get("/api/v1/me/connections").get_json()
    assert body["next_cursor"] is None
    by_org = {item["organization"]["id"]: item for item in body["items"]}
    assert set(by_org) == {thread.organization_id, other_thread.organization_id}
    assert by_org[thread.organization_id] == {
        "organization": {"id": thread.organization_id, "name": thread.organization.name},
        "connected": True,
        "candidate_opt_in": True,
        "employer_opt_in": True,
        "expires_at": isoformat(connection.expires_at),
        "connected_since": isoformat(connection.connected_since),
        "interests": ["backend", "data"],
        "thread_id": thread.id,
    }
    assert by_org[other_thread.organization_id]["connected"] is False
    assert by_org[other_thread.organization_id]["thread_id"] == other_thread.id
    assert "secret interest" not in candidate_api.get("/api/v1/me/connections").get_data(as_text=True)

    other = Api(client).as_user(stranger_org["candidate"]).get("/api/v1/me/connections").get_json()
    assert [item["organization"]["id"] for item in other["items"]] == [stranger_org["org"].id]

    # Pages: one at a time, newest first, nothing twice.
    first = candidate_api.get("/api/v1/me/connections?limit=1").get_json()
    second = candidate_api.get(f"/api/v1/me/connections?limit=1&cursor={first['next_cursor']}").get_json()
    assert second["next_cursor"] is None
    assert {first["items"][0]["organization"]["id"], second["items"][0]["organization"]["id"]} == set(by_org)


def test_renewal_through_the_thread_and_withdrawal(candidate_api, candidate, thread, admin):
    set_connection(admin, thread.id, True)
    r = candidate_api.put(f"/api/v1/threads/{thread.id}/connection", {"opt_in": True})
    assert r.status_code == 200 and r.get_json()["connected"] is True
    (item,) = candidate_api.get("/api/v1/me/connections").get_json()["items"]
    assert item["connected"] is True and item["expires_at"] is not None

    candidate_api.put(f"/api/v1/threads/{item['thread_id']}/connection", {"opt_in": False})
    (item,) = candidate_api.get("/api/v1/me/connections").get_json()["items"]
    assert item["connected"] is False and item["candidate_opt_in"] is False and item["expires_at"] is None
    assert db.session.query(Candidacy).count() == 1
