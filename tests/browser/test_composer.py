"""The guided feedback pages with JavaScript on: live wording check, the legal-risk gate, keyboard
sending, the candidate's gentle hint and the live draft, and the prompt library."""

from __future__ import annotations

import os
import re
import tempfile

import pytest
from playwright.sync_api import expect

from tests.live import HttpApi, LiveServer, emailed_invitation_token, employer_and_candidate

pytestmark = pytest.mark.browser

SHOTS = "/tmp/candor-shots"
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
PASSWORD = "a long password"  # what tests.live.employer_and_candidate signs people up with

STRENGTHS = "Your take-home API was clean, well tested and clearly documented."
GAPS = "The role needs hands-on PostgreSQL replication; in the design round it was new to you."


@pytest.fixture(scope="module")
def server():
    # Its own server: these tests log in often, more than the default login rate limit allows.
    folder = tempfile.mkdtemp(prefix="candor-composer-")
    live = LiveServer(
        f"sqlite:///{folder}/candor.sqlite3",
        CANDOR_ENV="development",
        CANDOR_INSTANCE_PATH=folder,
        CANDOR_AUTH_RATE_LIMIT="1000 per minute",
    )
    live.migrate()
    live.start()
    yield live
    live.stop()


@pytest.fixture(scope="module")
def employer(server):
    """One organization for the module; each test gets its own candidate and thread in it."""
    found = employer_and_candidate(server.url)
    organization_id = found["staff"].get("/api/v1/me", expect=200)["organizations"][0]["id"]
    position = found["staff"].post(
        "/api/v1/positions", {"organization_id": organization_id, "title": "Backend Engineer"}, expect=201
    )
    return {**found, "position_id": position["id"]}


_seq = iter(range(1, 10_000))


@pytest.fixture
def people(server, employer):
    """A candidate of the module's employer whose thread has an open feedback request."""
    n = next(_seq)
    staff, anon = employer["staff"], HttpApi(server.url)
    email = f"casey{n}-{os.getpid()}@candidates.example"
    cand = staff.post(
        f"/api/v1/positions/{employer['position_id']}/candidacies", {"name": "Casey", "email": email}, expect=201
    )
    staff.post(f"/api/v1/candidacies/{cand['id']}/reject", {"message": "Thank you"}, expect=201)
    token = emailed_invitation_token(server.url, email)
    accepted = anon.post(f"/api/v1/invitations/{token}/accept", {"name": "Casey", "password": PASSWORD}, expect=200)
    candidate = HttpApi(server.url, accepted["token"])
    thread_id = accepted["thread"]["id"]
    candidate.post(
        f"/api/v1/threads/{thread_id}/feedback-request",
        {"topics": ["skills"], "message": "Which skill should I work on first?"},
        expect=201,
    )
    return {"staff_user": employer["staff_user"], "candidate_user": accepted["user"], "thread_id": thread_id}


@pytest.fixture(scope="module")
def staff_context(server, chromium, employer):
    """The employer's browser, logged in once for the module."""
    ctx = chromium.new_context(viewport=DESKTOP)
    ctx.set_default_timeout(5_000)
    _login(ctx, server.url, employer["staff_user"]["email"]).close()
    yield ctx
    ctx.close()


@pytest.fixture
def staff_page(staff_context):
    page = staff_context.new_page()
    yield page
    page.close()


@pytest.fixture
def context(chromium):
    ctx = chromium.new_context(viewport=DESKTOP)
    ctx.set_default_timeout(5_000)
    yield ctx
    ctx.close()


def _login(context, base: str, email: str):
    page = context.new_page()
    page.goto(base + "/login")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="Inbox")).to_be_visible()
    return page


def _shoot(page, name: str) -> None:
    os.makedirs(SHOTS, exist_ok=True)
    page.screenshot(path=f"{SHOTS}/{name}.png", full_page=True)


def _open_composer(server, page, people):
    """From the thread page to the composer: one click, and the first answer has the focus."""
    page.goto(f"{server.url}/threads/{people['thread_id']}")
    page.get_by_role("link", name="Write feedback").click()
    expect(page.get_by_label("What stood out in a good way")).to_be_focused()
    return page


def _sent(page):
    expect(page.get_by_text("Your feedback is sent to Casey.")).to_be_visible()


def test_risky_wording_is_highlighted_and_holds_send_until_acknowledged(server, staff_page, people):
    page = _open_composer(server, staff_page, people)
    send = page.get_by_role("button", name="Send feedback")
    page.keyboard.type(STRENGTHS)
    page.keyboard.press("Tab")
    gaps = page.get_by_label("What would have made the difference")
    expect(gaps).to_be_focused()
    page.keyboard.type("We wanted a younger team for this role.")

    # The phrase is marked in place, explained under the answer, and Send waits.
    mark = page.locator(".hl-backdrop mark.finding-legal_risk")
    expect(mark).to_have_text("younger team")
    finding = page.locator("#answer_gaps-findings .finding-legal_risk")
    expect(finding).to_contain_text("Legal risk")
    expect(finding).to_contain_text("“younger team”")
    expect(finding).to_contain_text("Try instead:")
    expect(send).to_be_disabled()
    status = page.locator("#composer-status")
    expect(status).to_contain_text("Send is paused")
    expect(status).to_contain_text("What would have made the difference")
    assert "answer_gaps-findings" in gaps.get_attribute("aria-describedby")
    _shoot(page, "composer-legal-risk")
    page.set_viewport_size(PHONE)
    _shoot(page, "composer-legal-risk-phone")
    page.set_viewport_size(DESKTOP)

    # Ctrl+Enter does not get around it.
    gaps.press("Control+Enter")
    expect(status).to_contain_text("Not sent yet")
    expect(page).to_have_url(re.compile(r"/feedback$"))

    # Changing the wording lifts the hold; bringing it back holds again.
    gaps.fill(GAPS)
    expect(send).to_be_enabled()
    expect(mark).to_have_count(0)
    gaps.fill("We wanted a younger team for this role.")
    expect(send).to_be_disabled()

    # Or the author confirms it, and the confirmation goes with the send.
    page.get_by_label("I have reviewed this wording and want to send it anyway").check()
    expect(send).to_be_enabled()
    send.click()
    _sent(page)


def test_a_vague_phrase_warns_but_does_not_hold_send(server, staff_page, people):
    page = _open_composer(server, staff_page, people)
    page.keyboard.type(STRENGTHS)
    page.keyboard.press("Tab")
    page.keyboard.type("Honestly you were not the right fit.")
    expect(page.locator(".hl-backdrop mark.finding-platitude")).to_have_text("not the right fit")
    expect(page.locator("#answer_gaps-findings .finding-platitude")).to_contain_text("Vague")
    send = page.get_by_role("button", name="Send feedback")
    expect(send).to_be_enabled()
    expect(page.locator("#composer-status")).to_contain_text("you can still send")
    expect(page.get_by_label("I have reviewed this wording and want to send it anyway")).to_be_hidden()

    # "Check my wording" checks in place: no round trip, nothing typed is lost.
    page.evaluate("window.stillHere = true")
    page.get_by_role("button", name="Check my wording").click()
    expect(page.locator("#composer-status")).to_be_focused()
    assert page.evaluate("window.stillHere === true")

    page.get_by_label("What would have made the difference").press("Meta+Enter")  # Cmd+Enter on a Mac
    _sent(page)


def test_ctrl_enter_sends_a_typical_answer_in_five_steps(server, staff_page, people):
    # 1 click "Write feedback" (focus lands in the first answer), 2 type, 3 Tab, 4 type, 5 Ctrl+Enter.
    page = _open_composer(server, staff_page, people)
    page.keyboard.type(STRENGTHS)
    page.keyboard.press("Tab")
    page.keyboard.type(GAPS)
    page.keyboard.press("Control+Enter")
    _sent(page)
    expect(page.get_by_text("in the design round it was new to you")).to_be_visible()


def test_without_javascript_the_server_still_blocks_and_takes_the_acknowledgement(server, chromium, people):
    ctx = chromium.new_context(viewport=DESKTOP, java_script_enabled=False)
    try:
        page = _open_composer(server, _login(ctx, server.url, people["staff_user"]["email"]), people)
        page.get_by_label("What stood out in a good way").fill(STRENGTHS)
        page.get_by_label("What would have made the difference").fill("We wanted a younger team for this role.")
        page.get_by_role("button", name="Send feedback").click()
        expect(page.get_by_text("Not sent yet")).to_be_visible()
        expect(page.locator(".findings mark.finding-legal_risk")).to_have_text("younger team")
        page.get_by_label("I have reviewed this wording and want to send it anyway").check()
        page.get_by_role("button", name="Send feedback").click()
        _sent(page)
    finally:
        ctx.close()


def test_a_candidate_gets_a_gentle_hint_that_never_blocks(server, context):
    fresh = employer_and_candidate(server.url)  # no request yet, so the ask form is open
    page = _login(context, server.url, fresh["candidate_user"]["email"])
    page.goto(f"{server.url}/threads/{fresh['thread_id']}/feedback-request")
    page.get_by_label("Skills").check()
    message = page.get_by_label("Your message")
    message.fill("Your interviewers were incompetent and this whole process was pathetic.")
    hint = page.locator(".gentle-hint")
    expect(hint).to_be_visible()
    expect(hint).to_contain_text("This may read as sharper than you mean")
    os.makedirs(SHOTS, exist_ok=True)
    page.locator("form[data-ask]").screenshot(path=f"{SHOTS}/candidate-gentle-hint.png")

    # Dismissed, it stays away through small edits, and comes back for a new sharp phrase.
    page.get_by_role("button", name="Dismiss this hint").click()
    expect(hint).to_have_count(0)
    expect(message).to_be_focused()
    message.press("End")
    message.type(" Really.")
    page.wait_for_timeout(1000)  # longer than the hint's debounce: it must not come back
    expect(hint).to_have_count(0)
    message.fill("Your interviewers were incompetent and lazy, and this whole process was pathetic.")
    expect(hint).to_be_visible()

    # It never stops the message.
    page.get_by_role("button", name="Send my request").click()
    expect(page.get_by_text("Your request is sent.")).to_be_visible()


def test_a_candidates_reply_on_the_thread_page_gets_the_hint_and_still_sends(server, context, people):
    page = _login(context, server.url, people["candidate_user"]["email"])
    page.goto(f"{server.url}/threads/{people['thread_id']}")
    reply = page.locator("#reply textarea")
    assert reply.get_attribute("data-hostility-hint") is not None
    reply.fill("Honestly that interview was pathetic.")
    expect(page.locator("#reply .gentle-hint")).to_contain_text("sharper than you mean")
    page.get_by_role("button", name="Send message").click()
    expect(page.locator(".messages").get_by_text("Honestly that interview was pathetic.")).to_be_visible()


def test_the_ask_draft_follows_the_topics_until_the_candidate_edits_it(server, context):
    fresh = employer_and_candidate(server.url)
    page = _login(context, server.url, fresh["candidate_user"]["email"])
    page.goto(f"{server.url}/threads/{fresh['thread_id']}/feedback-request")
    expect(page.get_by_text("aims to reply within 5 days")).to_be_visible()
    message = page.get_by_label("Your message")
    page.get_by_label("Skills").check()
    expect(message).to_have_value(re.compile(r"your honest view on my skills\."))
    page.get_by_label("Interview").check()
    expect(message).to_have_value(re.compile(r"my skills and the interviews"))
    expect(page.locator("#draft-status")).to_contain_text("covers the topics you chose")

    # The candidate's own words are kept when a topic changes; the button replaces them on purpose.
    message.fill(message.input_value() + "\nThe system design round is where I felt least sure.")
    page.get_by_label("Experience").check()
    expect(page.locator("#draft-status")).to_contain_text("stays as you wrote it")
    expect(message).to_have_value(re.compile(r"felt least sure"))
    page.get_by_role("button", name="Build my draft").click()
    expect(message).to_have_value(re.compile(r"my experience, my skills and the interviews"))
    expect(page).to_have_url(re.compile(r"/feedback-request$"))


def test_admins_edit_reorder_and_retire_prompts(server, context):
    own = employer_and_candidate(server.url)  # its own organization: the others keep the default prompts
    page = _login(context, server.url, own["staff_user"]["email"])
    page.get_by_role("link", name="Prompts").click()
    expect(page.get_by_role("heading", name="Feedback prompts")).to_be_visible()
    labels = page.locator(".prompt-list .prompt-label")
    expect(labels).to_have_text(
        [
            "What stood out in a good way",
            "What would have made the difference",
            "How they came across",
            "One thing to try next time",
        ]
    )

    page.get_by_role("button", name="Move “One thing to try next time” up").click()
    expect(labels.nth(2)).to_have_text("One thing to try next time")
    page.get_by_role("button", name="Retire “How they came across”").click()
    expect(page.get_by_text("Retired “How they came across”")).to_be_visible()
    page.get_by_label("Question").fill("Which part of the take-home was strongest?")
    page.get_by_label("Help for the person answering").fill("Name the file, the test or the decision.")
    page.get_by_role("button", name="Add prompt").click()
    expect(labels.first).to_have_text("What stood out in a good way")
    page.get_by_role("link", name="Edit “What stood out in a good way”").click()
    expect(page.get_by_label("Question")).to_be_focused()
    page.get_by_label("Question").fill("What went well")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text("Saved “What went well”")).to_be_visible()
    page.goto(page.url.split("#")[0])
    _shoot(page, "prompt-library")
    page.set_viewport_size(PHONE)
    _shoot(page, "prompt-library-phone")
