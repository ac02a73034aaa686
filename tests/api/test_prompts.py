"""The prompt library: admins add, edit, reorder, require and retire prompts."""

from __future__ import annotations

import pytest

from server.extensions import db
from server.feedback.models import Feedback, Prompt
from tests import factories
from tests.api.conftest import Api, assert_error

ANSWERS = {"strengths": "Clear, tested code.", "gaps": "The role needs production PostgreSQL tuning."}


def _keys(api, org, **query):
    qs = "?include_retired=true" if query.get("retired") else ""
    return [p["key"] for p in api.get(f"/api/v1/organizations/{org.id}/prompts{qs}").get_json()["items"]]


def test_add_edit_reorder_retire_restore(staff_api, org):
    base = f"/api/v1/organizations/{org.id}/prompts"
    r = staff_api.post(
        base, {"label": "What would you tell a friend applying next?", "help": "One sentence.", "required": True}
    )
    assert r.status_code == 201
    created = r.get_json()
    assert created["key"] == "what_would_you_tell_a_friend" and created["required"] is True
    assert _keys(staff_api, org)[-1] == created["key"]

    r = staff_api.client.patch(
        f"{base}/{created['key']}",
        json={"label": "Advice for next time", "required": False},
        headers={"Authorization": f"Bearer {staff_api.token}"},
    )
    assert r.status_code == 200 and r.get_json()["label"] == "Advice for next time"

    order = ["gaps", "strengths", created["key"], "advice", "communication"]
    r = staff_api.put(f"{base}/order", {"keys": order})
    assert r.status_code == 200 and [p["key"] for p in r.get_json()["items"]] == order
    assert _keys(staff_api, org) == order

    assert staff_api.delete(f"{base}/communication").status_code == 204
    assert "communication" not in _keys(staff_api, org)
    assert _keys(staff_api, org, retired=True)[-1] == "communication"
    assert_error(staff_api.delete(f"{base}/communication"), 409)
    r = staff_api.post(f"{base}/communication/restore")
    assert r.status_code == 200 and _keys(staff_api, org)[-1] == "communication"


@pytest.mark.parametrize(
    "body, status",
    [
        ({"label": ""}, 422),
        ({"label": "x" * 201}, 422),
        ({"label": 5}, 400),
        ({"label": "Fine", "required": "yes"}, 400),
        ({}, 422),
    ],
)
def test_bad_prompts(staff_api, org, body, status):
    assert_error(staff_api.post(f"/api/v1/organizations/{org.id}/prompts", body), status)
    assert db.session.query(Prompt).filter_by(organization_id=org.id).count() == 4


def test_bad_orders(staff_api, org):
    url = f"/api/v1/organizations/{org.id}/prompts/order"
    for keys in (["gaps"], ["gaps", "gaps", "strengths", "advice"], ["nope", "gaps", "strengths", "advice"]):
        assert_error(staff_api.put(url, {"keys": keys}), 422)
    assert _keys(staff_api, org) == ["strengths", "gaps", "communication", "advice"]


def test_only_admins_edit_and_strangers_see_nothing(client, admin, org, stranger_org):
    recruiter = Api(client).as_user(factories.member(admin, org, role="recruiter"))
    base = f"/api/v1/organizations/{org.id}/prompts"
    assert recruiter.get(base).status_code == 200
    assert_error(recruiter.post(base, {"label": "New"}), 403)
    assert_error(recruiter.delete(f"{base}/advice"), 403)
    outsider = Api(client).as_user(stranger_org["admin"])
    assert_error(outsider.post(base, {"label": "New"}), 404)
    assert_error(outsider.delete(f"{base}/advice"), 404)
    assert_error(Api(client).as_user(admin).delete(f"{base}/nope"), 404)


def test_cannot_retire_the_last_prompt(staff_api, org):
    base = f"/api/v1/organizations/{org.id}/prompts"
    for key in ("strengths", "gaps", "communication"):
        assert staff_api.delete(f"{base}/{key}").status_code == 204
    assert_error(staff_api.delete(f"{base}/advice"), 409, "last_prompt")


def test_required_and_retired_prompts_change_the_composer(staff_api, org, thread):
    base = f"/api/v1/organizations/{org.id}/prompts"
    staff_api.client.patch(
        f"{base}/gaps", json={"required": False}, headers={"Authorization": f"Bearer {staff_api.token}"}
    )
    staff_api.delete(f"{base}/communication")
    form = staff_api.get(f"/api/v1/threads/{thread.id}/feedback-form").get_json()
    assert [p["key"] for p in form["prompts"]] == ["strengths", "gaps", "advice"]
    assert_error(
        staff_api.post(f"/api/v1/threads/{thread.id}/feedback", {"answers": {**ANSWERS, "communication": "x"}}), 422
    )
    r = staff_api.post(f"/api/v1/threads/{thread.id}/feedback", {"answers": {"strengths": "Clear, tested code."}})
    assert r.status_code == 201


def test_past_feedback_keeps_its_prompts(staff_api, org, thread):
    staff_api.post(f"/api/v1/threads/{thread.id}/feedback", {"answers": ANSWERS})
    staff_api.client.patch(
        f"/api/v1/organizations/{org.id}/prompts/strengths",
        json={"label": "Renamed"},
        headers={"Authorization": f"Bearer {staff_api.token}"},
    )
    feedback = db.session.query(Feedback).one()
    assert feedback.prompts[0]["label"] == "What stood out in a good way"
    message = staff_api.get(f"/api/v1/threads/{thread.id}/messages?limit=100").get_json()["items"][-1]
    assert "What stood out in a good way" in message["body"]


def test_feedback_form_hints_from_the_rejection_reason(client, admin, org, candidate_api):
    candidate, thread = factories.joined_thread(admin, org, reason="skills", email="skills@example.com")
    staff = Api(client).as_user(admin)
    form = staff.get(f"/api/v1/threads/{thread.id}/feedback-form").get_json()
    hints = {p["key"]: p["hint"] for p in form["prompts"]}
    assert "Which skill" in hints["gaps"] and hints["communication"] is None
    assert form["request"] is None
    mine = Api(client).as_user(candidate)
    mine.post(f"/api/v1/threads/{thread.id}/feedback-request", {"topics": ["skills"], "message": "Please?"})
    form = staff.get(f"/api/v1/threads/{thread.id}/feedback-form").get_json()
    assert form["request"]["topics"] == ["skills"]
    # the rejection reason is internal: candidates cannot read the form
    assert_error(mine.get(f"/api/v1/threads/{thread.id}/feedback-form"), 403)


def test_a_key_no_prompt_can_have_is_not_found(staff_api, org):
    """A NUL in the key reached the query: PostgreSQL refused it (a 500)."""
    base = f"/api/v1/organizations/{org.id}/prompts"
    for key in ("a%00b", "Strengths", "x" * 41):
        assert_error(
            staff_api.client.patch(f"{base}/{key}", json={"required": True}, headers=staff_api._headers()), 404
        )
        assert_error(staff_api.delete(f"{base}/{key}"), 404)
        assert_error(staff_api.post(f"{base}/{key}/restore"), 404)
