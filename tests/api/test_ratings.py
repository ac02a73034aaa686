"""Usefulness ratings over the API: the candidate rates each feedback 1 to 5 once; the author and
the organization's admins see the ratings, other staff do not."""

from __future__ import annotations

import pytest

from server.accounts.operations import issue_token
from server.extensions import db
from server.feedback.models import FeedbackRating
from tests import factories
from tests.api.conftest import Api, assert_error

ANSWERS = {
    "strengths": "Your API design exercise was clear and well tested.",
    "gaps": "The role needs production PostgreSQL tuning; the indexing question showed less depth.",
}
OTHER = {
    "strengths": "The pairing session showed careful, readable refactoring.",
    "gaps": "We needed someone who has run Kafka in production; your answers on partitions were general.",
}


def give(api: Api, thread, answers=ANSWERS) -> dict:
    r = api.post(f"/api/v1/threads/{thread.id}/feedback", {"answers": answers})
    assert r.status_code == 201, r.get_data(as_text=True)
    return r.get_json()["message"]


def rate(api: Api, thread, body):
    return api.post(f"/api/v1/threads/{thread.id}/rating", body)


def ratings_seen(api: Api, thread) -> list[dict]:
    r = api.get(f"/api/v1/threads/{thread.id}/ratings")
    assert r.status_code == 200, r.get_data(as_text=True)
    return r.get_json()["items"]


def test_no_rating_before_feedback(candidate_api, thread):
    error = assert_error(rate(candidate_api, thread, {"score": 4}), 409, "no_feedback")
    assert "no feedback" in error["message"].lower()
    assert db.session.query(FeedbackRating).count() == 0


def test_the_candidate_rates_feedback_once(staff_api, candidate_api, thread, candidate):
    sent = give(staff_api, thread)
    r = rate(candidate_api, thread, {"score": 4, "comment": "  The PostgreSQL point was concrete.  "})
    assert r.status_code == 201, r.get_data(as_text=True)
    body = r.get_json()
    assert body["score"] == 4 and body["comment"] == "The PostgreSQL point was concrete."
    assert body["message_id"] == sent["id"] and body["thread_id"] == thread.id and body["created_at"].endswith("Z")
    rating = db.session.query(FeedbackRating).one()
    assert rating.rater_id == candidate.id and rating.score == 4
    assert_error(rate(candidate_api, thread, {"score": 5}), 409, "already_rated")
    assert_error(rate(candidate_api, thread, {"score": 5, "message_id": sent["id"]}), 409, "already_rated")
    assert db.session.query(FeedbackRating).one().score == 4
    assert ratings_seen(candidate_api, thread) == [body]


def test_each_feedback_is_rated_newest_first(staff_api, candidate_api, thread):
    first = give(staff_api, thread)
    second = give(staff_api, thread, OTHER)
    assert rate(candidate_api, thread, {"score": 2}).get_json()["message_id"] == second["id"]
    r = rate(candidate_api, thread, {"score": 5, "comment": None})
    assert r.status_code == 201 and r.get_json()["message_id"] == first["id"] and r.get_json()["comment"] is None
    assert_error(rate(candidate_api, thread, {"score": 3}), 409, "already_rated")
    assert [(i["message_id"], i["score"]) for i in ratings_seen(candidate_api, thread)] == [
        (first["id"], 5),
        (second["id"], 2),
    ]


def test_a_chosen_feedback_message(staff_api, candidate_api, thread):
    first = give(staff_api, thread)
    give(staff_api, thread, OTHER)
    r = rate(candidate_api, thread, {"score": 3, "message_id": first["id"]})
    assert r.status_code == 201 and r.get_json()["message_id"] == first["id"]


def test_withdrawn_feedback_is_not_rated(staff_api, candidate_api, thread):
    sent = give(staff_api, thread)
    assert staff_api.delete(f"/api/v1/threads/{thread.id}/feedback/{sent['id']}").status_code == 204
    assert_error(rate(candidate_api, thread, {"score": 4}), 409, "no_feedback")
    assert_error(rate(candidate_api, thread, {"score": 4, "message_id": sent["id"]}), 409, "feedback_withdrawn")
    assert db.session.query(FeedbackRating).count() == 0


def test_messages_that_are_not_feedback_of_this_thread(staff_api, candidate_api, thread, stranger_org):
    give(staff_api, thread)
    gus = Api(staff_api.client, issue_token(stranger_org["admin"]))
    theirs = give(gus, stranger_org["thread"])
    first_message = candidate_api.get(f"/api/v1/threads/{thread.id}/messages").get_json()["items"][0]
    for message_id in (theirs["id"], first_message["id"], 999_999):
        assert_error(rate(candidate_api, thread, {"score": 4, "message_id": message_id}), 404)
    assert db.session.query(FeedbackRating).count() == 0


@pytest.mark.parametrize(
    "body, status",
    [
        ({}, 422),
        ({"comment": "Useful"}, 422),
        ({"score": 0}, 422),
        ({"score": 6}, 422),
        ({"score": -1}, 422),
        ({"score": "5"}, 400),
        ({"score": 5.5}, 400),
        ({"score": True}, 400),
        ({"score": None}, 400),
        ({"score": [5]}, 400),
        ({"score": 5, "comment": 7}, 400),
        ({"score": 5, "comment": "x" * 1_001}, 422),
        ({"score": 5, "comment": "x" * 300_000}, 413),
        ({"score": 5, "message_id": "12"}, 400),
        ({"score": 5, "stars": 5}, 422),
    ],
)
def test_bad_ratings_change_nothing(staff_api, candidate_api, thread, body, status):
    give(staff_api, thread)
    assert_error(rate(candidate_api, thread, body), status)
    assert db.session.query(FeedbackRating).count() == 0


def test_a_thousand_characters_is_enough(staff_api, candidate_api, thread):
    give(staff_api, thread)
    r = rate(candidate_api, thread, {"score": 1, "comment": "y" * 1_000})
    assert r.status_code == 201 and len(r.get_json()["comment"]) == 1_000


def test_only_the_threads_candidate_rates(client, staff_api, candidate_api, thread, stranger_org):
    give(staff_api, thread)
    assert_error(rate(staff_api, thread, {"score": 5}), 403, "candidate_only")
    dana = Api(client, issue_token(stranger_org["candidate"]))
    missing = assert_error(rate(dana, thread, {"score": 5}), 404)
    nowhere = assert_error(dana.post("/api/v1/threads/999999/rating", {"score": 5}), 404)
    assert nowhere["message"] == missing["message"]
    assert_error(rate(Api(client), thread, {"score": 5}), 401)
    assert_error(dana.get(f"/api/v1/threads/{thread.id}/ratings"), 404)
    assert db.session.query(FeedbackRating).count() == 0


def test_no_rating_in_a_closed_thread(staff_api, candidate_api, thread):
    give(staff_api, thread)
    assert candidate_api.post(f"/api/v1/threads/{thread.id}/close").status_code == 200
    assert_error(rate(candidate_api, thread, {"score": 5}), 409, "thread_closed")
    assert db.session.query(FeedbackRating).count() == 0


def test_the_author_and_the_admins_see_ratings(client, staff_api, candidate_api, thread, admin, org):
    recruiter = factories.member(admin, org, role="recruiter")
    other_recruiter = factories.member(admin, org, role="recruiter", name="Otto Other")
    second_admin = factories.member(admin, org, role="admin", name="Ada Admin")
    rita = Api(client, issue_token(recruiter))
    by_admin = give(staff_api, thread)
    by_rita = give(rita, thread, OTHER)
    r = rate(candidate_api, thread, {"score": 5, "comment": "Concrete, thank you", "message_id": by_rita["id"]})
    assert r.status_code == 201
    assert rate(candidate_api, thread, {"score": 2, "message_id": by_admin["id"]}).status_code == 201

    def seen(user) -> list[tuple[int, int]]:
        return [(i["message_id"], i["score"]) for i in ratings_seen(Api(client, issue_token(user)), thread)]

    everything = [(by_admin["id"], 2), (by_rita["id"], 5)]
    assert seen(admin) == everything and seen(second_admin) == everything
    assert seen(recruiter) == [(by_rita["id"], 5)]  # the author of that feedback
    assert seen(other_recruiter) == []  # staff who wrote none of it
    assert ratings_seen(rita, thread)[0]["comment"] == "Concrete, thank you"


def test_the_candidates_export_holds_their_ratings(staff_api, candidate_api, thread):
    sent = give(staff_api, thread)
    assert rate(candidate_api, thread, {"score": 4, "comment": "Helpful"}).status_code == 201
    export = candidate_api.get("/api/v1/me/export").get_json()
    received = [fb for t in export["threads"] for fb in t["feedback_received"]]
    assert [(fb["message_id"], fb["rating"]["score"], fb["rating"]["comment"]) for fb in received] == [
        (sent["id"], 4, "Helpful")
    ]


def test_erasure_keeps_the_score_for_the_employer_but_not_the_candidates_words(staff_api, candidate_api, thread):
    give(staff_api, thread)
    assert rate(candidate_api, thread, {"score": 2, "comment": "casey-private-words"}).status_code == 201
    erased = candidate_api.client.delete(
        "/api/v1/me", json={"password": factories.PASSWORD}, headers=candidate_api._headers()
    )
    assert erased.status_code == 204, erased.get_data(as_text=True)
    db.session.expire_all()
    rating = db.session.query(FeedbackRating).one()
    assert (rating.score, rating.comment, rating.rater_id) == (2, None, None)
    [seen] = ratings_seen(staff_api, thread)
    assert seen["score"] == 2 and seen["comment"] is None
