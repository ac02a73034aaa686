"""Feedback after sending, on the pages: preview before sending, then the author's Edit and
Withdraw for 10 minutes (a controlled clock), and what the candidate sees."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from server.core import time as core_time
from server.extensions import db
from server.feedback import edits
from server.feedback import operations as feedback_ops
from server.feedback.models import Feedback, FeedbackRequest
from server.messaging.models import Message, MessageRevision, RiskAcknowledgement
from tests import factories
from tests.web.helpers import csrf_token, text, visible

STRENGTHS = "Your take-home was clean and well tested."
GAPS = "The role needs production Kubernetes; the design round showed it was new to you."
ADVICE = "Run a small service on **k3s** for a month and write up what broke."
BETTER_GAPS = "The role needs production Kubernetes; the design round showed you had not run a cluster yet."


class Clock:
    def __init__(self):
        self.offset = timedelta(0)

    def advance(self, **kwargs) -> None:
        self.offset += timedelta(**kwargs)


@pytest.fixture
def clock(monkeypatch):
    c = Clock()
    real = core_time.utcnow
    monkeypatch.setattr(edits, "utcnow", lambda: real() + c.offset)
    return c


def send(staff, thread, **answers) -> Message:
    data = {"answer_strengths": STRENGTHS, "answer_gaps": GAPS, **answers, "send": "Send feedback"}
    r = staff.submit(f"/threads/{thread.id}/feedback", data=data)
    assert r.status_code == 302, visible(r)
    return db.session.query(Message).filter_by(kind="feedback").order_by(Message.id.desc()).first()


def edit_url(thread, message) -> str:
    return f"/threads/{thread.id}/feedback/{message.id}/edit"


def withdraw_url(thread, message) -> str:
    return f"/threads/{thread.id}/feedback/{message.id}/withdraw"


# -- preview -------------------------------------------------------------------------


def test_preview_shows_the_message_as_the_candidate_gets_it_and_sends_nothing(staff, thread):
    r = staff.submit(
        f"/threads/{thread.id}/feedback",
        data={
            "answer_strengths": STRENGTHS,
            "answer_gaps": GAPS + " <script>alert(1)</script>",
            "answer_advice": ADVICE,
            "preview": "Preview",
        },
    )
    assert r.status_code == 200
    page, html = visible(r), r.get_data(as_text=True)
    assert "Preview: what Casey Candidate will see" in page and "Not sent yet." in page
    preview = html[html.index("data-preview") : html.index("</section>", html.index("data-preview"))]
    # the same template as the thread: the author's name (not "You"), the organization, the kind label
    assert "Erin Admin" in preview and "Acme Robotics" in preview and ">Feedback<" in preview
    assert "<strong>What stood out in a good way</strong>" in preview and "<strong>k3s</strong>" in preview
    assert "<script>" not in preview and "alert(1)" not in preview.replace("&lt;script&gt;alert(1)", "")
    assert ">You<" not in preview
    # the answers stay in the form, and nothing was sent
    assert ADVICE in text(r)
    assert db.session.query(Feedback).count() == 0 and db.session.query(Message).filter_by(kind="feedback").count() == 0


def test_preview_checks_the_answers_like_sending(staff, thread):
    r = staff.submit(f"/threads/{thread.id}/feedback", data={"answer_strengths": STRENGTHS, "preview": "Preview"})
    assert r.status_code == 422 and "This prompt needs an answer." in visible(r)
    assert "Preview: what" not in visible(r)


def test_preview_shows_the_wording_findings(staff, thread):
    r = staff.submit(
        f"/threads/{thread.id}/feedback",
        data={"answer_strengths": STRENGTHS, "answer_gaps": "We wanted a younger team.", "preview": "Preview"},
    )
    assert r.status_code == 200
    assert "Preview: what Casey Candidate will see" in visible(r)
    assert '<mark class="finding-legal_risk">younger team</mark>' in text(r)
    assert "I have reviewed this wording and want to send it anyway" in visible(r)


# -- edit and withdraw ----------------------------------------------------------------


def test_the_author_sees_edit_and_withdraw_with_the_time_left(staff, casey, new_browser, admin, org, thread):
    message = send(staff, thread)
    page = visible(staff.get(f"/threads/{thread.id}"))
    until = message.created_at + timedelta(minutes=10)
    assert f"Edit Withdraw until {until:%H:%M} UTC" in page
    assert "Edit Withdraw" not in visible(casey.get(f"/threads/{thread.id}"))
    recruiter = factories.member(admin, org, role="recruiter")
    assert "Edit Withdraw" not in visible(new_browser().login(recruiter.email).get(f"/threads/{thread.id}"))


def test_editing_reuses_the_form_prefilled_and_the_candidate_sees_edited(staff, casey, thread, clock):
    message = send(staff, thread, answer_advice=ADVICE)
    r = staff.get(edit_url(thread, message))
    assert r.status_code == 200
    page, html = visible(r), text(r)
    assert "Edit your feedback for Casey Candidate" in page and "You can edit or withdraw it until" in page
    assert STRENGTHS in html and GAPS in html and ADVICE in html and 'value="Save changes"' in html

    clock.advance(minutes=9)
    r = staff.submit(
        edit_url(thread, message),
        data={"answer_strengths": STRENGTHS, "answer_gaps": BETTER_GAPS, "answer_advice": ADVICE, "send": "Save"},
    )
    assert r.status_code == 302 and r.headers["Location"].endswith(f"#message-{message.id}")
    db.session.expire_all()
    edited = db.session.get(Message, message.id)
    assert edited.edited_at is not None and BETTER_GAPS in edited.body
    assert db.session.query(MessageRevision).one().meta["answers"]["gaps"] == GAPS

    page = visible(casey.get(f"/threads/{thread.id}"))
    assert BETTER_GAPS in page and GAPS not in page
    assert f"Edited {edited.edited_at.day} {edited.edited_at:%b %Y, %H:%M} UTC" in page
    assert "Your feedback is updated." in visible(staff.get(f"/threads/{thread.id}"))


def test_previewing_an_edit_changes_nothing(staff, thread):
    message = send(staff, thread)
    r = staff.submit(
        edit_url(thread, message), data={"answer_strengths": STRENGTHS, "answer_gaps": BETTER_GAPS, "preview": "P"}
    )
    assert r.status_code == 200 and "Preview: what Casey Candidate will see" in visible(r)
    assert BETTER_GAPS in visible(r)
    db.session.expire_all()
    assert db.session.get(Message, message.id).edited_at is None and db.session.query(MessageRevision).count() == 0


def test_an_edit_with_risky_wording_is_held_until_acknowledged(staff, thread, admin):
    message = send(staff, thread)
    data = {"answer_strengths": STRENGTHS, "answer_gaps": "We wanted a younger team for this role.", "send": "Save"}
    r = staff.submit(edit_url(thread, message), data=data)
    assert r.status_code == 422 and "Not sent yet" in visible(r) and "younger team" in visible(r)
    assert db.session.query(MessageRevision).count() == 0
    r = staff.submit(edit_url(thread, message), data={**data, "acknowledge": "y"})
    assert r.status_code == 302
    ack = db.session.query(RiskAcknowledgement).one()
    assert ack.subject == "feedback_edit" and ack.user_id == admin.id


def test_withdrawing_asks_first_then_the_candidate_sees_who_withdrew_it(staff, casey, candidate, thread):
    feedback_ops.request_feedback(candidate, thread.id, ["skills"], "Which skill was missing?")
    message = send(staff, thread)
    r = staff.get(withdraw_url(thread, message))
    assert r.status_code == 200
    page = visible(r)
    assert "Withdraw your feedback?" in page and "Casey Candidate will see “Feedback withdrawn by Erin Admin”" in page
    assert GAPS in page and "the request is open again" in page
    r = staff.submit(withdraw_url(thread, message))
    assert r.status_code == 302
    page = visible(casey.get(f"/threads/{thread.id}"))
    assert "Feedback withdrawn by Erin Admin." in page and GAPS not in page and STRENGTHS not in page
    assert "Feedback requested" in page and "How useful was this?" not in page
    assert db.session.query(FeedbackRequest).one().answered_at is None
    staff_page = visible(staff.get(f"/threads/{thread.id}"))
    assert "Your feedback is withdrawn." in staff_page and "Edit Withdraw" not in staff_page
    # withdrawn: neither page opens again
    assert staff.get(edit_url(thread, message)).status_code == 409
    assert staff.get(withdraw_url(thread, message)).status_code == 409


def test_after_ten_minutes_the_buttons_are_gone_and_the_pages_refuse(staff, casey, thread, clock):
    message = send(staff, thread)
    form_page = staff.get(edit_url(thread, message)).get_data(as_text=True)
    clock.advance(minutes=10, seconds=1)
    assert "Edit Withdraw" not in visible(staff.get(f"/threads/{thread.id}"))
    r = staff.get(edit_url(thread, message))
    assert r.status_code == 409 and "10 minutes after sending" in visible(r)
    # a form opened in time and submitted late
    r = staff.client.post(
        edit_url(thread, message),
        data={
            "answer_strengths": STRENGTHS,
            "answer_gaps": BETTER_GAPS,
            "send": "Save",
            "csrf_token": csrf_token(form_page),
        },
    )
    assert r.status_code == 409 and "that time has passed" in visible(r)
    r = staff.client.post(withdraw_url(thread, message), data={"csrf_token": csrf_token(form_page)})
    assert r.status_code == 409
    db.session.expire_all()
    changed = db.session.get(Message, message.id)
    assert changed.edited_at is None and changed.withdrawn_at is None and GAPS in changed.body


def test_who_may_open_the_edit_pages(staff, casey, new_browser, admin, org, thread, stranger_org):
    message = send(staff, thread)
    for url in (edit_url(thread, message), withdraw_url(thread, message)):
        assert casey.get(url).status_code == 404
        recruiter = factories.member(admin, org, role="recruiter")
        r = new_browser().login(recruiter.email).get(url)
        assert r.status_code == 403 and "Only the author of this feedback" in visible(r)
        gus = new_browser().login(stranger_org["admin"].email)
        assert gus.get(url).status_code == 404
        assert gus.get(url.replace(f"/{message.id}/", "/999999/")).status_code == 404
    # a message that is not feedback
    system = db.session.query(Message).filter_by(thread_id=thread.id, kind="system").first()
    assert staff.get(f"/threads/{thread.id}/feedback/{system.id}/edit").status_code == 404
    assert db.session.query(MessageRevision).count() == 0


def test_withdrawing_needs_the_csrf_token(staff, thread):
    message = send(staff, thread)
    assert staff.client.post(withdraw_url(thread, message)).status_code == 400
    db.session.expire_all()
    assert db.session.get(Message, message.id).withdrawn_at is None


def test_a_closed_thread_cannot_be_edited(staff, thread):
    message = send(staff, thread)
    assert staff.submit(f"/threads/{thread.id}", f"/threads/{thread.id}/close").status_code == 302
    r = staff.get(edit_url(thread, message))
    assert r.status_code == 409 and "closed" in visible(r)
    assert "Edit Withdraw" not in visible(staff.get(f"/threads/{thread.id}"))


def test_bad_edits_keep_the_form_and_change_nothing(staff, thread):
    message = send(staff, thread)
    for data, expected in (
        ({"answer_strengths": STRENGTHS, "answer_gaps": "  "}, "This prompt needs an answer."),
        ({"answer_strengths": STRENGTHS, "answer_gaps": "x" * 5_001}, "At most 5,000 characters."),
    ):
        r = staff.submit(edit_url(thread, message), data={**data, "send": "Save"})
        assert r.status_code == 422 and expected in visible(r)
        assert re.search(r'id="answer_gaps-error"', text(r))
    db.session.expire_all()
    assert db.session.get(Message, message.id).edited_at is None
