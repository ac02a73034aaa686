"""The whole loop for two people who never keep Candor open: every step starts from a link in an email
that a real SMTP server received, in a fresh browser that has to log in first."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from tests.notifications.conftest import DELAY, after, deliver, text_part
from tests.web.helpers import Browser, text

STAFF = "erin@acme.example"
CANDIDATE = "casey@example.com"
PASSWORD = "correct horse battery"


def _links(message) -> list[str]:
    return re.findall(r"https?://\S+", text_part(message))


def _path(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _open_from_email(app, url: str, email: str) -> tuple[Browser, str]:
    """A fresh browser opens a link from an email; a page behind the login asks to log in first."""
    browser = Browser(app.test_client())
    path = _path(url)
    response = browser.get(path)
    if response.status_code == 302 and "/login" in response.headers["Location"]:
        login = _path(response.headers["Location"])
        response = browser.submit(login, data={"email": email, "password": PASSWORD})
        assert response.status_code == 302 and _path(response.headers["Location"]) == path
        response = browser.get(path)
    assert response.status_code == 200, response.status_code
    return browser, text(response)


def _thread_link(message, thread_id: int) -> str:
    found = [url for url in _links(message) if _path(url).rstrip(".,)") == f"/threads/{thread_id}"]
    assert found, _links(message)
    return found[0].rstrip(".,)")


def test_employer_and_candidate_finish_the_loop_from_email_links_alone(mail_app, mailbox):
    # The employer signs up, adds a candidate and rejects them with a note; then closes the tab.
    staff = Browser(mail_app.test_client())
    r = staff.submit(
        "/signup", data={"organization": "Acme Robotics", "name": "Erin", "email": STAFF, "password": PASSWORD}
    )
    assert r.status_code == 302
    # Its address is confirmed from the email (until then the invitation emails would wait).
    deliver(after(1))
    [confirmation] = mailbox.to(STAFF)
    link = next(url for url in _links(confirmation) if "/confirm-email/" in url)
    assert staff.submit(_path(link)).status_code == 302
    mailbox.clear()
    r = staff.submit(
        "/positions",
        data={
            "organization_id": re.search(
                r'name="organization_id"[^>]*value="(\d+)"', staff.get("/positions").get_data(as_text=True)
            ).group(1),
            "title": "Backend Engineer",
            "description": "APIs",
        },
    )
    position = re.search(r"/positions/(\d+)$", r.headers["Location"]).group(1)
    staff.submit(
        f"/positions/{position}", f"/positions/{position}/candidacies", {"name": "Casey Candidate", "email": CANDIDATE}
    )
    candidacy = re.search(r"/candidacies/(\d+)/reject", staff.get(f"/positions/{position}").get_data(as_text=True))
    r = staff.submit(
        f"/candidacies/{candidacy.group(1)}/reject",
        data={"reason": "skills", "message": "Thank you for the time you gave us."},
    )
    thread_id = int(re.search(r"/threads/(\d+)$", r.headers["Location"]).group(1))

    # 1. The candidate's only way in: the invitation email.
    deliver(after(1))
    [invitation] = [m for m in mailbox.to(CANDIDATE) if "Acme Robotics" in str(m["Subject"])]
    link = next(url for url in _links(invitation) if "/invitations/" in url)
    casey = Browser(mail_app.test_client())
    r = casey.submit(_path(link), data={"name": "Casey Candidate", "password": PASSWORD})
    assert r.headers["Location"].endswith(f"/threads/{thread_id}")
    ask = f"/threads/{thread_id}/feedback-request"
    draft = re.search(
        r'<textarea[^>]*name="message"[^>]*>(.*?)</textarea>',
        text(casey.submit(ask, data={"topics": ["skills"], "build": "Build my draft"})),
        re.S,
    )
    assert (
        casey.submit(ask, data={"topics": ["skills"], "send": "Send", "message": draft.group(1).strip()}).status_code
        == 302
    )
    mailbox.clear()

    # 2. Staff hear of the request by email, with its reply target, and answer from the link.
    deliver(after(DELAY + 1))
    [request_email] = mailbox.to(STAFF)
    assert "Casey Candidate" in text_part(request_email) and "reply" in text_part(request_email).lower()
    staff, page = _open_from_email(mail_app, _thread_link(request_email, thread_id), STAFF)
    assert "Feedback requested" in page
    r = staff.submit(
        f"/threads/{thread_id}/feedback",
        data={
            "answer_strengths": "Your API design in the take-home was clean and well tested.",
            "answer_gaps": "The role needs hands-on Kubernetes; the system design round showed it was new to you.",
            "send": "Send feedback",
        },
    )
    assert r.status_code == 302
    mailbox.clear()

    # 3. The candidate hears of the feedback by email and reads it from the link.
    deliver(after(2 * DELAY + 2))
    [feedback_email] = mailbox.to(CANDIDATE)
    casey, page = _open_from_email(mail_app, _thread_link(feedback_email, thread_id), CANDIDATE)
    assert "hands-on Kubernetes" in page and "Feedback given" in page
    # Replying and opting in to stay in touch, then gone again.
    casey.submit(f"/threads/{thread_id}", f"/threads/{thread_id}/connection", {"opt_in": "yes", "interests": "backend"})
    client_id = re.search(
        r'name="client_id"[^>]*value="([^"]+)"', casey.get(f"/threads/{thread_id}").get_data(as_text=True)
    ).group(1)
    casey.submit(
        f"/threads/{thread_id}",
        f"/threads/{thread_id}/messages",
        {"body": "Thank you, this is really useful. I'd be glad to stay in touch.", "client_id": client_id},
    )
    mailbox.clear()

    # 4. Staff hear of the reply by email and opt in too, from the link: they are connected.
    deliver(after(3 * DELAY + 3))
    [reply_email] = mailbox.to(STAFF)
    assert "really useful" in text_part(reply_email)
    staff, page = _open_from_email(mail_app, _thread_link(reply_email, thread_id), STAFF)
    staff.submit(f"/threads/{thread_id}", f"/threads/{thread_id}/connection", {"opt_in": "yes"})
    assert "You are now connected" in text(staff.get(f"/threads/{thread_id}"))
