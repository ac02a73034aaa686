from __future__ import annotations

import pytest

from server.extensions import db
from server.feedback.models import Feedback, FeedbackRequest
from server.messaging.models import Message
from tests import factories
from tests.api.conftest import Api, assert_error

ANSWERS = {
    "strengths": "Your API design exercise was clear and well tested.",
    "gaps": "The role needs production PostgreSQL tuning; the indexing question showed less depth.",
}


def test_prompts(staff_api, org):
    items = staff_api.get(f"/api/v1/organizations/{org.id}/prompts").get_json()["items"]
    assert [p["key"] for p in items] == ["strengths", "gaps", "communication", "advice"]
    assert all(p["label"] and p["help"] for p in items)
    assert [p["required"] for p in items] == [True, True, False, False]


def test_request_then_feedback(staff_api, candidate_api, thread):
    draft = candidate_api.get(f"/api/v1/threads/{thread.id}/feedback-request/draft?topics=skills,interview")
    assert draft.status_code == 200 and "Backend Engineer" in draft.get_json()["draft"]
    r = candidate_api.post(
        f"/api/v1/threads/{thread.id}/feedback-request",
        {"topics": ["skills", "interview"], "message": draft.get_json()["draft"]},
    )
    assert r.status_code == 201
    body = r.get_json()
    assert body["message"]["kind"] == "feedback_request"
    assert body["thread"]["status"] == "feedback_requested" and body["thread"]["feedback_due_at"].endswith("Z")
    assert_error(
        candidate_api.post(f"/api/v1/threads/{thread.id}/feedback-request", {"topics": ["skills"], "message": "again"}),
        409,
        "feedback_already_requested",
    )

    r = staff_api.post(f"/api/v1/threads/{thread.id}/feedback", {"answers": ANSWERS})
    assert r.status_code == 201
    body = r.get_json()
    assert body["message"]["kind"] == "feedback" and body["thread"]["status"] == "feedback_given"
    assert "What stood out in a good way" in body["message"]["body"]
    assert body["findings"] == []
    fb = db.session.query(Feedback).one()
    assert fb.answers == ANSWERS and fb.request_id == db.session.query(FeedbackRequest.id).scalar()
    # a follow-up request is allowed once the first was answered
    assert (
        candidate_api.post(
            f"/api/v1/threads/{thread.id}/feedback-request", {"topics": ["other"], "message": "One more question"}
        ).status_code
        == 201
    )


@pytest.mark.parametrize(
    "body, status",
    [
        ({"topics": [], "message": "x"}, 422),
        ({"topics": ["salary"], "message": "x"}, 422),
        ({"topics": "skills", "message": "x"}, 400),
        ({"topics": ["skills"], "message": ""}, 422),
        ({"topics": ["skills"]}, 422),
        ({"topics": ["skills"], "message": "x" * 20_001}, 413),
    ],
)
def test_bad_feedback_requests(candidate_api, thread, body, status):
    assert_error(candidate_api.post(f"/api/v1/threads/{thread.id}/feedback-request", body), status)
    assert db.session.query(FeedbackRequest).count() == 0


def test_roles_for_feedback(staff_api, candidate_api, thread):
    assert_error(
        staff_api.post(f"/api/v1/threads/{thread.id}/feedback-request", {"topics": ["skills"], "message": "x"}), 403
    )
    assert_error(candidate_api.post(f"/api/v1/threads/{thread.id}/feedback", {"answers": ANSWERS}), 403)


@pytest.mark.parametrize(
    "answers, field",
    [
        ({"strengths": "Good."}, "gaps"),
        ({**ANSWERS, "salary": "no"}, "salary"),
        ({"strengths": "", "gaps": ""}, "strengths"),
        ({**ANSWERS, "advice": "x" * 5001}, "advice"),
    ],
)
def test_bad_feedback_answers(staff_api, thread, answers, field):
    error = assert_error(staff_api.post(f"/api/v1/threads/{thread.id}/feedback", {"answers": answers}), 422)
    assert field in error["fields"]
    assert db.session.query(Feedback).count() == 0


def test_wrong_types_in_feedback(staff_api, thread):
    assert_error(staff_api.post(f"/api/v1/threads/{thread.id}/feedback", {"answers": {"gaps": 3}}), 400)
    assert_error(
        staff_api.post(f"/api/v1/threads/{thread.id}/feedback", {"answers": ANSWERS, "acknowledge_risks": "yes"}), 400
    )


def test_legal_risk_blocks_until_acknowledged(staff_api, thread):
    risky = {**ANSWERS, "communication": "Your accent made some answers hard to follow."}
    before = db.session.query(Message).count()
    error = assert_error(staff_api.post(f"/api/v1/threads/{thread.id}/feedback", {"answers": risky}), 422, "legal_risk")
    finding = error["fields"]["findings"][0]
    assert finding["category"] == "legal_risk" and finding["key"] == "communication"
    assert risky["communication"][finding["start"] : finding["end"]] == finding["phrase"]
    assert db.session.query(Message).count() == before and db.session.query(Feedback).count() == 0
    r = staff_api.post(f"/api/v1/threads/{thread.id}/feedback", {"answers": risky, "acknowledge_risks": True})
    assert r.status_code == 201
    assert any(f["category"] == "legal_risk" for f in r.get_json()["findings"])
    assert db.session.query(Feedback).one().risks_acknowledged_at is not None


def test_feedback_on_closed_thread(staff_api, thread):
    staff_api.post(f"/api/v1/threads/{thread.id}/close")
    assert_error(staff_api.post(f"/api/v1/threads/{thread.id}/feedback", {"answers": ANSWERS}), 409)


def test_check_endpoint(staff_api, anon):
    text = "We decided to go in a different direction. Also, you seemed too old for the team."
    findings = staff_api.post("/api/v1/feedback/check", {"text": text}).get_json()["findings"]
    categories = {f["category"] for f in findings}
    assert {"platitude", "legal_risk"} <= categories
    for f in findings:
        assert text[f["start"] : f["end"]] == f["phrase"] and f["message"] and f["suggestion"]
    assert staff_api.post("/api/v1/feedback/check", {"text": "Clear, well-tested code."}).get_json() == {"findings": []}
    assert_error(staff_api.post("/api/v1/feedback/check", {"text": "x" * 20_001}), 413)
    assert_error(staff_api.post("/api/v1/feedback/check", {"text": 1}), 400)
    assert_error(staff_api.post("/api/v1/feedback/check", {}), 422)
    assert_error(anon.post("/api/v1/feedback/check", {"text": "hi"}), 401)


def test_connection(staff_api, candidate_api, thread):
    url = f"/api/v1/threads/{thread.id}/connection"
    r = candidate_api.put(url, {"opt_in": True, "interests": ["backend", "data"]})
    assert r.status_code == 200
    assert r.get_json() | {} == {**r.get_json(), "candidate_opt_in": True, "employer_opt_in": False, "connected": False}
    r = staff_api.put(url, {"opt_in": True})
    body = r.get_json()
    assert body["connected"] is True and body["expires_at"].endswith("Z")
    assert staff_api.get(f"/api/v1/threads/{thread.id}").get_json()["connection"]["connected"] is True
    r = candidate_api.put(url, {"opt_in": False})
    assert r.get_json()["connected"] is False and r.get_json()["employer_opt_in"] is True
    assert_error(candidate_api.put(url, {"opt_in": "yes"}), 400)
    assert_error(candidate_api.put(url, {}), 422)
    assert_error(candidate_api.put(url, {"opt_in": True, "interests": ["x" * 81]}), 422)


def test_connection_before_candidate_joins(client, admin, org):
    _c, pending, _token = factories.rejected_thread(admin, org)
    api = Api(client).as_user(admin)
    assert_error(api.put(f"/api/v1/threads/{pending.id}/connection", {"opt_in": True}), 409, "candidate_not_joined")
