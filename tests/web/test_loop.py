"""The whole loop through the pages, as an employer and a candidate would walk it."""

from __future__ import annotations

import re

from server.extensions import db
from server.feedback.models import Feedback
from tests import factories
from tests.web.helpers import hidden_value, text, visible


def _location_id(response, pattern: str) -> int:
    match = re.search(pattern, response.headers["Location"])
    assert match, response.headers["Location"]
    return int(match.group(1))


def test_employer_and_candidate_walk_the_whole_loop(browser, new_browser):
    # 1. The employer signs up and lands on the positions page.
    r = browser.submit(
        "/signup",
        data={
            "organization": "Acme Robotics",
            "name": "Erin Admin",
            "email": "erin@acme.example",
            "password": "correct horse battery",
        },
    )
    assert r.status_code == 302 and r.headers["Location"].endswith("/positions")
    page = text(browser.get("/positions"))
    assert "Acme Robotics" in page and "No positions yet" in page

    # 2. A position, a candidacy, and the rejection with a personal first message.
    r = browser.submit(
        "/positions",
        data={
            "organization_id": hidden_value(page, "organization_id"),
            "title": "Backend Engineer",
            "description": "APIs",
        },
    )
    position_id = _location_id(r, r"/positions/(\d+)$")
    r = browser.submit(
        f"/positions/{position_id}",
        f"/positions/{position_id}/candidacies",
        {"name": "Casey Candidate", "email": "casey@example.com"},
    )
    assert r.status_code == 302
    page = text(browser.get(f"/positions/{position_id}"))
    candidacy_id = int(re.search(r"/candidacies/(\d+)/reject", page).group(1))
    r = browser.submit(
        f"/candidacies/{candidacy_id}/reject",
        data={"reason": "skills", "message": "Thank you for the time you gave us, Casey."},
    )
    thread_id = _location_id(r, r"/threads/(\d+)$")
    page = text(browser.get(f"/threads/{thread_id}"))
    assert "Thank you for the time you gave us" in page
    link = factories.invitation_link("casey@example.com")  # the candidate's email; no page shows it
    assert link.rsplit("/", 1)[1] not in page

    # The outbox lists the email for admins, with the personal link hidden (this is not development).
    outbox = text(browser.get("/outbox"))
    assert "casey@example.com" in outbox and link.rsplit("/", 1)[1] not in outbox

    # 3. The candidate opens the link in their own browser and creates an account.
    casey = new_browser()
    path = link.removeprefix("http://candor.test")
    page = text(casey.get(path))
    assert "Acme Robotics" in page and "Backend Engineer" in page and "casey@example.com" in page
    r = casey.submit(path, data={"name": "Casey Candidate", "password": "another long password"})
    assert _location_id(r, r"/threads/(\d+)$") == thread_id
    inbox = text(casey.get("/"))
    assert "Acme Robotics" in inbox and "Backend Engineer" in inbox

    # 4. The candidate asks for feedback with a draft built for the chosen topics.
    ask = f"/threads/{thread_id}/feedback-request"
    assert "aims to reply within 5 days" in visible(casey.get(ask))
    r = casey.submit(ask, data={"topics": ["skills", "interview"], "build": "Build my draft"})
    assert r.status_code == 200
    page = text(r)
    assert "your honest view on my skills and the interviews" in page
    draft = re.search(r'<textarea[^>]*name="message"[^>]*>(.*?)</textarea>', page, re.S).group(1).strip()
    r = casey.submit(
        ask,
        data={
            "topics": ["skills", "interview"],
            "send": "Send",
            "message": draft + "\n\nEspecially the system design round.",
        },
    )
    assert r.status_code == 302
    page = text(casey.get(f"/threads/{thread_id}"))
    assert "Feedback requested" in page and "Reply requested by" in page
    assert "Especially the system design round." in page

    # 5. Staff see the request and answer with the prompts.
    page = text(browser.get(f"/threads/{thread_id}"))
    assert "asked for feedback" in page and "Especially the system design round." in page
    compose = f"/threads/{thread_id}/feedback"
    page = text(browser.get(compose))
    assert "What stood out in a good way" in page and "Which skill, and how did it show" in page
    r = browser.submit(
        compose,
        data={
            "answer_strengths": "Your API design in the take-home was clean and well tested.",
            "answer_gaps": "The role needs hands-on Kubernetes; the system design round showed it was new to you.",
            "send": "Send feedback",
        },
    )
    assert r.status_code == 302
    assert db.session.query(Feedback).count() == 1

    # Both see it.
    for who in (browser, casey):
        page = text(who.get(f"/threads/{thread_id}"))
        assert "Feedback given" in page and "hands-on Kubernetes" in page and "What stood out in a good way" in page

    # 6. Stay in touch: connected once both opt in.
    r = casey.submit(
        f"/threads/{thread_id}", f"/threads/{thread_id}/connection", {"opt_in": "yes", "interests": "platform, backend"}
    )
    assert r.status_code == 302
    assert "Not connected." in text(casey.get(f"/threads/{thread_id}"))
    browser.submit(f"/threads/{thread_id}", f"/threads/{thread_id}/connection", {"opt_in": "yes"})
    page = text(casey.get(f"/threads/{thread_id}"))
    assert "You are now connected" in page and "Connected until" in page

    # Free messages, close (either side), reopen (staff).
    r = casey.submit(
        f"/threads/{thread_id}",
        f"/threads/{thread_id}/messages",
        {
            "body": "Thank you, this is **really** useful.",
            "client_id": hidden_value(text(casey.get(f"/threads/{thread_id}")), "client_id"),
        },
    )
    assert r.status_code == 302
    assert "<strong>really</strong>" in browser.get(f"/threads/{thread_id}").get_data(as_text=True)
    assert casey.submit(f"/threads/{thread_id}", f"/threads/{thread_id}/close").status_code == 302
    page = text(casey.get(f"/threads/{thread_id}"))
    assert "This conversation is closed" in page and 'name="body"' not in page
    assert browser.submit(f"/threads/{thread_id}", f"/threads/{thread_id}/reopen").status_code == 302
    page = text(casey.get(f"/threads/{thread_id}"))
    assert "Feedback given" in page and 'name="body"' in page
