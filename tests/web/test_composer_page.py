"""What the composer and the ask page hand to their scripts, and what they show without them."""

from __future__ import annotations

import re

from server.feedback import operations as feedback
from tests.web.helpers import text, visible

STRENGTHS = "Your take-home was clean and well tested."


def _tag(html: str, name: str) -> str:
    match = re.search(rf'<textarea[^>]*name="{name}"[^>]*>', html)
    assert match, name
    return match.group(0)


def test_the_composer_opens_with_focus_in_the_first_answer_and_a_guide(staff, candidate, thread):
    feedback.request_feedback(candidate, thread.id, ["skills"], "Which skill?")
    html = text(staff.get(f"/threads/{thread.id}/feedback"))
    assert "autofocus" in _tag(html, "answer_strengths")
    assert html.count("autofocus") == 1
    page = visible(staff.get(f"/threads/{thread.id}/feedback"))
    for expected in (
        "Good feedback is",
        "Specific Point to a moment",
        "Job-related Only what the role needs",
        "Kind Describe the work, not the person",
        "Actionable End with one thing",
        "Ctrl + Enter sends",
    ):
        assert expected in page, expected


def test_the_composer_page_configures_its_script(staff, thread):
    html = text(staff.get(f"/threads/{thread.id}/feedback"))
    assert re.search(r'<form[^>]*data-composer[^>]*data-check-url="/api/v1/feedback/check"', html)
    assert 'data-acknowledge-label="I have reviewed this wording and want to send it anyway"' in html
    assert re.search(r'<script src="/static/js/composer\.js" defer></script>', html)
    assert 'href="/static/css/composer.css"' in html
    assert 'aria-keyshortcuts="Control+Enter Meta+Enter"' in html


def test_a_blocked_page_does_not_steal_focus_into_the_first_answer(staff, thread):
    r = staff.submit(
        f"/threads/{thread.id}/feedback",
        data={"answer_strengths": STRENGTHS, "answer_gaps": "We wanted a younger team.", "send": "Send"},
    )
    assert r.status_code == 422
    html = text(r)
    assert "autofocus" not in html and "Not sent yet" in html
    assert 'name="acknowledge"' in html  # the server's own acknowledgement, for pages without JavaScript


def test_the_ask_page_marks_its_draft_and_asks_for_the_hint(casey, thread):
    html = text(casey.get(f"/threads/{thread.id}/feedback-request"))
    tag = _tag(html, "message")
    assert "data-hostility-hint" in tag and "data-draft" in tag
    assert f'data-draft-url="/api/v1/threads/{thread.id}/feedback-request/draft"' in html
    assert '<script src="/static/js/ask.js" defer></script>' in html
    assert '<script src="/static/js/hint.js" defer></script>' in html

    r = casey.submit(f"/threads/{thread.id}/feedback-request", data={"topics": ["skills"], "build": "Build my draft"})
    assert "data-draft" in _tag(text(r), "message")
    # The candidate's own words (here sent back after an error) are not a draft to overwrite.
    r = casey.submit(f"/threads/{thread.id}/feedback-request", data={"message": "My own words", "send": "Send"})
    assert r.status_code == 422 and "data-draft" not in _tag(text(r), "message")
