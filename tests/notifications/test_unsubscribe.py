"""One-click unsubscribe: a signed link per kind, no login; GET asks, POST applies (RFC 8058)."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from server.feedback import operations as feedback
from server.messaging import operations as messaging
from server.notifications.settings import email_settings
from server.notifications.unsubscribe import make_token
from tests import factories
from tests.notifications.conftest import DELAY, after, deliver, html_part, text_part

ANSWERS = {"strengths": "Clear, tested code.", "gaps": "We needed production PostgreSQL experience."}


def _joined(mailbox):
    admin, org = factories.employer("Acme Robotics", name="Erin Admin", email="erin@acme.example")
    candidate, thread = factories.joined_thread(admin, org, email="casey@example.com")
    deliver(after(0))
    mailbox.clear()
    return admin, candidate, thread


def _header_link(message) -> str:
    match = re.fullmatch(r"<(http://candor\.test/unsubscribe/[^>]+)>", str(message["List-Unsubscribe"]))
    assert match, message["List-Unsubscribe"]
    return match.group(1)


def test_one_click_stops_that_kind_and_others_still_arrive(mail_app, mailbox):
    admin, candidate, thread = _joined(mailbox)
    messaging.post_message(admin, thread.id, "Are you still looking?")
    deliver(after(DELAY + 1))
    [message] = mailbox.to("casey@example.com")
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    link = _header_link(message)
    assert f"Stop emails about new messages: {link}" in text_part(message)
    assert f'href="{link}"' in html_part(message)

    anonymous = mail_app.test_client()  # no login, no session, no CSRF token
    page = anonymous.get(urlsplit(link).path)
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert "Stop emails about <strong>new messages</strong> to casey@example.com?" in html
    assert email_settings(candidate.id)["messages"] is True  # a GET changes nothing

    # What a mail program sends for its own unsubscribe button.
    done = anonymous.post(urlsplit(link).path, data={"List-Unsubscribe": "One-Click"})
    assert done.status_code == 200 and "no longer gets emails about" in done.get_data(as_text=True)
    assert email_settings(candidate.id) == {
        "messages": False,
        "feedback": True,
        "announcements": True,
        "reminders": True,
    }
    assert "You are unsubscribed" in anonymous.get(urlsplit(link).path).get_data(as_text=True)
    assert anonymous.post(urlsplit(link).path).status_code == 200  # again: still fine

    mailbox.clear()
    feedback.request_feedback(candidate, thread.id, ["skills"], "Could you tell me more?")
    messaging.post_message(admin, thread.id, "Thanks, we will answer this week.")
    feedback.give_feedback(admin, thread.id, ANSWERS)
    deliver(after(DELAY + 1))
    [message] = mailbox.to("casey@example.com")
    assert message["Subject"] == "Acme Robotics sent you feedback"
    assert "we will answer this week" not in text_part(message)
    assert "/unsubscribe/" in message["List-Unsubscribe"] and _header_link(message) != link


def test_the_unsubscribe_page_form_works_without_a_session(mail_app, mailbox):
    admin, candidate, _thread = _joined(mailbox)
    path = f"/unsubscribe/{make_token(candidate.id, 'feedback')}"
    client = mail_app.test_client()
    html = client.get(path).get_data(as_text=True)
    assert f'<form method="post" action="{path}">' in html
    assert client.post(path).status_code == 200
    assert email_settings(candidate.id)["feedback"] is False
    assert email_settings(admin.id)["feedback"] is True


def test_forged_or_broken_links_are_not_found(mail_app, mailbox):
    _admin, candidate, _thread = _joined(mailbox)
    client = mail_app.test_client()
    token = make_token(candidate.id, "messages")
    payload, signature = token.split(".")
    forged = make_token(candidate.id, "feedback").split(".")[0] + "." + signature
    for path in (f"/unsubscribe/{forged}", "/unsubscribe/garbage", f"/unsubscribe/{payload}"):
        assert client.get(path).status_code == 404
        assert client.post(path).status_code == 404
    assert client.get(f"/unsubscribe/{make_token(candidate.id, 'everything')}").status_code == 404
    assert client.get(f"/unsubscribe/{make_token(999_999, 'messages')}").status_code == 404
    assert email_settings(candidate.id)["messages"] is True
