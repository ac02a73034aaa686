"""Guided feedback: the candidate's request with a built draft, the staff composer and its checks."""

from __future__ import annotations

import re

from server.extensions import db
from server.feedback import operations as feedback
from server.feedback.models import Feedback, FeedbackRequest
from server.messaging.models import Message
from tests import factories
from tests.web.helpers import text, visible

STRENGTHS = "Your take-home was clean and well tested."
GAPS = "The role needs production Kubernetes; the design round showed it was new to you."


def _ask(casey, thread, **data):
    return casey.submit(f"/threads/{thread.id}/feedback-request", data=data)


def test_the_draft_follows_the_chosen_topics(casey, thread):
    page = visible(casey.get(f"/threads/{thread.id}/feedback-request"))
    assert "Acme Robotics aims to reply within 5 days." in page and "A good ask names the areas" in page
    r = _ask(casey, thread, topics=["experience", "communication"], build="Build my draft")
    html = text(r)
    assert r.status_code == 200 and "your honest view on my experience and how I communicated" in html
    assert re.search(r'<input[^>]*checked[^>]*value="experience"', html)
    assert not re.search(r'<input[^>]*checked[^>]*value="skills"', html)
    assert db.session.query(FeedbackRequest).count() == 0


def test_asking_for_feedback_shows_the_due_date(casey, staff, thread):
    r = _ask(casey, thread, topics=["skills"], message="Which skill should I work on first?", send="Send")
    assert r.status_code == 302
    due = db.session.query(FeedbackRequest).one().due_at
    page = visible(casey.get(r.headers["Location"].split("#")[0]))
    assert f"Your request is sent. Acme Robotics aims to reply by {due:%a} {due.day} {due:%b %Y}" in page
    assert "Feedback requested" in page and f"Reply requested by {due:%a} {due.day} {due:%b %Y}" in page
    assert "Which skill should I work on first?" in page
    staff_page = visible(staff.get(f"/threads/{thread.id}"))
    assert "Casey Candidate asked for feedback" in staff_page and "Write feedback" in staff_page
    assert "Feedback requested" in visible(staff.get("/")) and "Reply due" in visible(staff.get("/"))


def test_a_request_needs_topics_and_a_message(casey, thread):
    r = _ask(casey, thread, message="Anything?", send="Send")
    assert r.status_code == 422 and "Choose at least one topic from the list." in visible(r)
    r = _ask(casey, thread, topics=["skills"], message="  ", send="Send")
    assert r.status_code == 422 and "Write a message before sending." in visible(r)
    assert db.session.query(FeedbackRequest).count() == 0


def test_a_second_open_request_is_refused(casey, thread):
    assert _ask(casey, thread, topics=["skills"], message="First", send="Send").status_code == 302
    assert "You already asked for feedback." in visible(casey.get(f"/threads/{thread.id}/feedback-request"))
    count = db.session.query(Message).count()
    r = _ask(casey, thread, topics=["skills"], message="Second", send="Send")
    assert r.status_code == 409 and "You already asked for feedback" in visible(r)
    assert db.session.query(Message).count() == count


def test_the_composer_shows_prompts_help_and_reason_hints(new_browser, admin, org):
    candidate, thread = factories.joined_thread(admin, org, email="sky@example.com", reason="skills")
    feedback.request_feedback(candidate, thread.id, ["skills", "interview"], "Which skill was missing?")
    page = visible(new_browser().login(admin.email).get(f"/threads/{thread.id}/feedback"))
    for expected in (
        "What stood out in a good way Required",
        "What would have made the difference Required",
        "How they came across Optional",
        "One thing to try next time Optional",
        "One or two concrete things they did well",  # help text
        "Hint for this rejection: Which skill, and how did it show in the process",
        "Your internal reason: A skill the role needs was missing",
        "Casey Candidate asked about Skills Interview",
        "Which skill was missing?",
    ):
        assert expected in page, expected


def test_missing_required_answers_are_marked_and_nothing_is_sent(staff, thread):
    r = staff.submit(f"/threads/{thread.id}/feedback", data={"answer_strengths": STRENGTHS, "send": "Send"})
    assert r.status_code == 422
    assert "Some answers need attention." in visible(r) and "This prompt needs an answer." in visible(r)
    assert re.search(r'id="answer_gaps-error"', text(r)) and STRENGTHS in text(r)
    assert db.session.query(Feedback).count() == 0


def test_risky_wording_blocks_sending_until_acknowledged(staff, casey, admin, thread):
    answers = {"answer_strengths": STRENGTHS, "answer_gaps": "We wanted a younger team for this role."}
    r = staff.submit(f"/threads/{thread.id}/feedback", data={**answers, "send": "Send"})
    assert r.status_code == 422
    page, html = visible(r), text(r)
    assert "Not sent yet" in page and "may refer to a protected characteristic" in page
    assert "Legal risk “younger team”: Refers to age, a protected characteristic." in page
    assert "Try instead: Describe the job-related skill or experience instead." in page
    assert '<mark class="finding-legal_risk">younger team</mark>' in html
    assert "I have reviewed this wording and want to send it anyway" in page
    assert db.session.query(Feedback).count() == 0

    r = staff.submit(f"/threads/{thread.id}/feedback", data={**answers, "acknowledge": "y", "send": "Send"})
    assert r.status_code == 302
    feedback = db.session.query(Feedback).one()
    assert feedback.risks_acknowledged_by_id == admin.id
    page = visible(casey.get(f"/threads/{thread.id}"))
    assert "Feedback given" in page and "What stood out in a good way" in page and STRENGTHS in page


def test_the_highlighted_preview_is_escaped(staff, thread):
    r = staff.submit(
        f"/threads/{thread.id}/feedback",
        data={"answer_strengths": STRENGTHS, "answer_gaps": "<b>Sadly</b> we wanted a younger team.", "check": "Check"},
    )
    html = r.get_data(as_text=True)
    assert '&lt;b&gt;Sadly&lt;/b&gt; we wanted a <mark class="finding-legal_risk">younger team</mark>.' in html


def test_checking_the_wording_sends_nothing(staff, thread):
    r = staff.submit(
        f"/threads/{thread.id}/feedback",
        data={"answer_strengths": STRENGTHS, "answer_gaps": "Honestly you were not the right fit.", "check": "Check"},
    )
    assert r.status_code == 200
    page = visible(r)
    assert "Some wording could be better" in page and "Vague “not the right fit”" in page
    assert "I have reviewed this wording" not in page  # nothing risky, nothing to acknowledge
    r = staff.submit(
        f"/threads/{thread.id}/feedback", data={"answer_strengths": STRENGTHS, "answer_gaps": GAPS, "check": "Check"}
    )
    assert "No wording issues found." in visible(r)
    assert db.session.query(Feedback).count() == 0


def test_no_feedback_on_a_closed_thread(staff, thread):
    staff.submit(f"/threads/{thread.id}", f"/threads/{thread.id}/close")
    assert "This conversation is closed. Reopen it to send feedback." in visible(
        staff.get(f"/threads/{thread.id}/feedback")
    )
    r = staff.submit(
        f"/threads/{thread.id}",
        f"/threads/{thread.id}/feedback",
        {"answer_strengths": STRENGTHS, "answer_gaps": GAPS, "send": "Send"},
    )
    assert r.status_code == 409 and "This conversation is closed" in visible(r)
    assert db.session.query(Feedback).count() == 0
