"""Usefulness ratings on the thread page: the candidate rates each received feedback once; its
author and the organization's admins see the rating; other staff do not."""

from __future__ import annotations

import pytest

from server.extensions import db
from server.feedback import operations as feedback_ops
from server.feedback.models import FeedbackRating
from server.messaging.models import Message
from tests import factories
from tests.web.helpers import csrf_token, visible

ANSWERS = {
    "strengths": "Your take-home was clean and well tested.",
    "gaps": "The role needs production Kubernetes; the design round showed it was new to you.",
}
ASK = "How useful was this? 1–5"


def give(user, thread, answers=ANSWERS) -> Message:
    message, _thread, _findings = feedback_ops.give_feedback(user, thread.id, answers)
    return message


def rate(casey, thread, data):
    return casey.submit(f"/threads/{thread.id}", f"/threads/{thread.id}/rating", data=data)


def test_the_candidate_rates_received_feedback_once(casey, admin, thread):
    assert ASK not in visible(casey.get(f"/threads/{thread.id}"))  # nothing to rate yet
    message = give(admin, thread)
    page = visible(casey.get(f"/threads/{thread.id}"))
    assert f"{ASK} 1 not useful 2 3 4 5 very useful" in page and "A comment for Acme Robotics Optional" in page

    r = rate(casey, thread, {"message_id": str(message.id), "score": "4", "comment": "The Kubernetes point helps."})
    assert r.status_code == 302 and r.headers["Location"].endswith(f"#message-{message.id}")
    page = visible(casey.get(f"/threads/{thread.id}"))
    assert "Thank you: your rating is sent." in page
    assert "You rated this 4 of 5 for usefulness. “The Kubernetes point helps.”" in page and ASK not in page

    again = rate(casey, thread, {"message_id": str(message.id), "score": "5"})
    assert again.status_code == 409 and "You already rated this feedback." in visible(again)
    assert [(r.score, r.comment) for r in db.session.query(FeedbackRating)] == [(4, "The Kubernetes point helps.")]


def test_a_rating_without_a_comment(casey, admin, thread):
    give(admin, thread)
    assert rate(casey, thread, {"score": "1", "comment": "   "}).status_code == 302
    assert db.session.query(FeedbackRating).one().comment is None
    assert "You rated this 1 of 5 for usefulness." in visible(casey.get(f"/threads/{thread.id}"))


@pytest.mark.parametrize(
    "data, expected",
    [
        ({}, "Choose a score from 1 to 5."),
        ({"score": "0"}, "Choose a score from 1 to 5."),
        ({"score": "6"}, "Choose a score from 1 to 5."),
        ({"score": "5.5"}, "Choose a score from 1 to 5."),
        ({"score": "five"}, "Choose a score from 1 to 5."),
        ({"score": "99999999999999999999"}, "Choose a score from 1 to 5."),
        ({"score": "3", "comment": "x" * 1_001}, "at most 1,000 characters"),
    ],
)
def test_bad_ratings_say_why_and_change_nothing(casey, admin, thread, data, expected):
    message = give(admin, thread)
    r = rate(casey, thread, {"message_id": str(message.id), **data})
    assert r.status_code == 422 and expected in visible(r)
    assert ASK in visible(r)  # the form again, to fix it
    assert db.session.query(FeedbackRating).count() == 0


def test_wrong_states_and_strangers(casey, staff, admin, thread, new_browser, stranger_org):
    r = rate(casey, thread, {"score": "4"})
    assert r.status_code == 409 and "There is no feedback to rate yet." in visible(r)
    message = give(admin, thread)
    assert rate(staff, thread, {"score": "4"}).status_code == 403
    dana = new_browser().login(stranger_org["candidate"].email)
    page = dana.get(f"/threads/{stranger_org['thread'].id}").get_data(as_text=True)
    r = dana.client.post(f"/threads/{thread.id}/rating", data={"score": "4", "csrf_token": csrf_token(page)})
    assert r.status_code == 404
    assert rate(casey, thread, {"score": "4", "message_id": "999999"}).status_code == 404
    # no CSRF token
    assert casey.client.post(f"/threads/{thread.id}/rating", data={"score": "4"}).status_code == 400
    assert db.session.query(FeedbackRating).count() == 0
    # a closed thread is read-only
    assert casey.submit(f"/threads/{thread.id}", f"/threads/{thread.id}/close").status_code == 302
    assert ASK not in visible(casey.get(f"/threads/{thread.id}"))
    r = rate(casey, thread, {"score": "4", "message_id": str(message.id)})
    assert r.status_code == 409
    assert db.session.query(FeedbackRating).count() == 0


def test_the_author_and_admins_see_the_rating_other_staff_do_not(new_browser, admin, org, thread, casey):
    recruiter = factories.member(admin, org, role="recruiter")
    other = factories.member(admin, org, role="recruiter", name="Otto Other")
    manager = factories.member(admin, org, role="hiring_manager", name="Hana Manager")
    message = give(recruiter, thread)
    assert rate(casey, thread, {"message_id": str(message.id), "score": "5", "comment": "Concrete"}).status_code == 302
    seen = "Casey Candidate rated this 5 of 5 for usefulness. “Concrete”"
    for user, sees in ((recruiter, True), (admin, True), (other, False)):
        page = visible(new_browser().login(user.email).get(f"/threads/{thread.id}"))
        assert (seen in page) is sees, user.name
        assert "rated this" not in page or sees
    # a hiring manager who does not see the thread at all
    assert new_browser().login(manager.email).get(f"/threads/{thread.id}").status_code == 404
