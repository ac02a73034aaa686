"""The feedback form's "Good feedback is" guide sits at the top, where writing starts (issue 13):
beside the first answer on a desktop, above it on a phone."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import DESKTOP, PHONE, shoot, sign_in, start_live_server
from tests.live import employer_and_candidate

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def server():
    live = start_live_server(CANDOR_AUTH_RATE_LIMIT="1000 per minute")
    yield live
    live.stop()


def boxes(page) -> tuple[dict, dict]:
    guide = page.get_by_role("complementary").filter(has_text="Good feedback is").bounding_box()
    first = page.get_by_label("What stood out in a good way").bounding_box()
    return guide, first


def test_the_guide_is_beside_the_first_answer_on_desktop_and_above_it_on_a_phone(server, new_context):
    pair = employer_and_candidate(server.url)
    tid = pair["thread_id"]
    pair["candidate"].post(
        f"/api/v1/threads/{tid}/feedback-request",
        {"topics": ["skills", "interview"], "message": "Could you tell me where my skills fell short?"},
        expect=201,
    )
    page = new_context().new_page()
    sign_in(page, server.url, pair["staff_user"]["email"])
    page.goto(f"{server.url}/threads/{tid}/feedback")
    expect(page.get_by_label("What stood out in a good way")).to_be_focused()

    page.set_viewport_size(DESKTOP)
    guide, first = boxes(page)
    assert guide["x"] >= first["x"] + first["width"], "the guide is beside the answers"
    # Level with the start of the form: its top is above the first answer's box and not far from it.
    assert guide["y"] <= first["y"] and first["y"] - guide["y"] < 200, (guide, first)

    page.set_viewport_size(PHONE)
    guide, first = boxes(page)
    assert guide["y"] + guide["height"] <= first["y"], "above the first answer"
    assert guide["height"] < PHONE["height"] / 2, guide
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    shoot(page, "feedback-guide")
