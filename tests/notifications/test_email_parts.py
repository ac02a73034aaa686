"""Every notification email has a plain-text and an escaped HTML part, and nothing remote."""

from __future__ import annotations

import re
from datetime import timedelta

from server.feedback import operations as feedback
from server.messaging import operations as messaging
from tests import factories
from tests.notifications.conftest import DELAY, after, deliver, html_part, text_part

HOSTILE = '<script>alert("x")</script> & <img src="http://evil.example/t.png"> **bold**'


def test_html_is_escaped_and_self_contained(mail_app, mailbox):
    admin, org = factories.employer("Acme <Robotics> & Co", name="Erin <b>Admin</b>", email="erin@acme.example")
    candidate, thread = factories.joined_thread(admin, org, email="casey@example.com", name="Casey <i>Candidate</i>")
    deliver(after(0))
    mailbox.clear()
    messaging.post_message(candidate, thread.id, HOSTILE)
    feedback.request_feedback(candidate, thread.id, ["skills"], HOSTILE)
    deliver(after(DELAY + 1))  # to the staff
    messaging.post_message(admin, thread.id, HOSTILE)
    deliver(after(DELAY + 1))  # to the candidate
    request_due = thread.feedback_due_at
    deliver(request_due - timedelta(hours=1))  # the reminder
    deliver(request_due + timedelta(hours=1))  # the overdue notice

    messages = mailbox.to("casey@example.com") + mailbox.to("erin@acme.example")
    assert len(messages) == 4
    for message in messages:
        assert message.get_content_type() == "multipart/alternative"
        assert [part.get_content_type() for part in message.iter_parts()] == ["text/plain", "text/html"]
        text, html = text_part(message), html_part(message)
        # Text is text: the body arrives as written.
        assert HOSTILE in text
        # HTML: every piece of user text is escaped, so it shows as text.
        assert "<script" not in html and "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html
        assert "<img" not in html and "<b>" not in html and "<i>" not in html
        assert "&lt;Robotics&gt; &amp; Co" in html or "Casey &lt;i&gt;Candidate&lt;/i&gt;" in html
        # Nothing remote: no images, scripts, stylesheets or fonts; only links.
        assert not re.search(r"<(img|script|link|iframe|object)\b", html)
        assert not re.search(r"<[^>]*\b(src|background)=|url\(|@import", html)
        assert (
            f"http://candor.test/threads/{thread.id}" in text
            and f'href="http://candor.test/threads/{thread.id}"' in html
        )
