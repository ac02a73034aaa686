"""Scrolling back through a thread: GET /api/v1/threads/{id}/messages?before=<message id> gives the
newest `limit` messages before it, oldest first, and a next_cursor that goes on further back."""

from __future__ import annotations

import base64
import json

import pytest

from server.core.ids import MAX_ID
from server.extensions import db
from server.messaging import operations as messaging
from server.messaging.models import Message
from tests.api.conftest import Api, assert_error


def _ids(thread) -> list[int]:
    return list(db.session.scalars(db.select(Message.id).where(Message.thread_id == thread.id).order_by(Message.id)))


@pytest.fixture
def long_thread(thread, admin, candidate):
    for n in range(120):
        messaging.post_message(candidate if n % 2 else admin, thread.id, f"Message number {n}")
    return thread


def _cursor(value) -> str:
    return base64.urlsafe_b64encode(json.dumps(value).encode()).decode().rstrip("=")


def test_before_pages_back_to_the_first_message_in_order(candidate_api, long_thread):
    ids = _ids(long_thread)
    url = f"/api/v1/threads/{long_thread.id}/messages"
    page = candidate_api.get(f"{url}?before={ids[-50]}&limit=50").get_json()
    assert [m["id"] for m in page["items"]] == ids[-100:-50]
    assert page["items"][-1]["body"] == "Message number 69" and page["next_cursor"]
    seen = page["items"]
    while page["next_cursor"]:
        page = candidate_api.get(f"{url}?cursor={page['next_cursor']}&limit=50").get_json()
        seen = page["items"] + seen
    assert [m["id"] for m in seen] == ids[:-50]  # every older message once, oldest first
    assert len(page["items"]) == len(ids) - 100


def test_before_with_the_defaults_and_at_the_edges(staff_api, long_thread):
    ids = _ids(long_thread)
    url = f"/api/v1/threads/{long_thread.id}/messages"
    newest = staff_api.get(f"{url}?before={ids[-1] + 1000}").get_json()
    assert [m["id"] for m in newest["items"]] == ids[-50:] and newest["next_cursor"]
    assert staff_api.get(f"{url}?before={ids[0]}").get_json() == {"items": [], "next_cursor": None}
    assert staff_api.get(f"{url}?before=0").get_json() == {"items": [], "next_cursor": None}
    first_two = staff_api.get(f"{url}?before={ids[2]}&limit=2").get_json()
    assert [m["id"] for m in first_two["items"]] == ids[:2] and first_two["next_cursor"] is None
    # Forwards is as it was: after (or its cursor) continues from an id.
    forwards = staff_api.get(f"{url}?after={ids[-3]}").get_json()
    assert [m["id"] for m in forwards["items"]] == ids[-2:] and forwards["next_cursor"] is None


@pytest.mark.parametrize(
    "query",
    [
        "before=abc",
        "before=1.5",
        "before=-1",
        "before=99999999999999999999999",
        f"before={MAX_ID + 1}",
        f"before={2**63}",
        "after=-5",
        "after=99999999999999999999999",
        f"after={MAX_ID + 1}",
        "before=5&after=2",
        "cursor=garbage!",
        f"cursor={_cursor({'before': -1})}",
        f"cursor={_cursor({'before': 2**70})}",
        f"cursor={_cursor({'before': MAX_ID + 1})}",
        f"cursor={_cursor({'before': 'x'})}",
        f"cursor={_cursor({'before': True})}",
        f"cursor={_cursor({'after': 3})}",
        f"cursor={_cursor(-3)}",
        f"cursor={_cursor(2**64)}",
        f"cursor={_cursor(2)}&before={2**70}",  # a cursor decides the direction, but the ranges still hold
        f"cursor={_cursor(2)}&after=-1",
    ],
)
def test_a_bad_position_is_400_never_a_server_error(candidate_api, thread, query):
    error = assert_error(candidate_api.get(f"/api/v1/threads/{thread.id}/messages?{query}"), 400)
    assert error["code"] in ("invalid_cursor", "wrong_type", "bad_request")


def test_big_positions_in_range_are_answered(candidate_api, thread):
    ids = _ids(thread)
    for big in (MAX_ID - 1, MAX_ID):
        page = candidate_api.get(f"/api/v1/threads/{thread.id}/messages?before={big}").get_json()
        assert [m["id"] for m in page["items"]] == ids
        assert candidate_api.get(f"/api/v1/threads/{thread.id}/messages?after={big}").get_json()["items"] == []


def test_scrolling_back_is_for_participants_only(client, long_thread, stranger_org):
    ids = _ids(long_thread)
    for user in (stranger_org["admin"], stranger_org["candidate"]):
        api = Api(client).as_user(user)
        assert_error(api.get(f"/api/v1/threads/{long_thread.id}/messages?before={ids[-1]}"), 404)
        assert_error(api.get(f"/api/v1/threads/{long_thread.id}/messages?cursor={_cursor({'before': ids[-1]})}"), 404)
    assert_error(Api(client).get(f"/api/v1/threads/{long_thread.id}/messages?before={ids[-1]}"), 401)


def test_the_openapi_document_describes_before(anon):
    parameters = anon.get("/api/v1/openapi.json").get_json()["paths"]["/api/v1/threads/{thread_id}/messages"]["get"]
    names = {p["name"] for p in parameters["parameters"]}
    assert {"after", "before", "limit", "cursor"} <= names
