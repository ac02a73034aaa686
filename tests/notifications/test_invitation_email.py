"""The candidate's invitation arrives, over real SMTP, with a plain-text and an HTML part: the HTML
escapes what the employer wrote and carries the personal link, as the text does."""

from __future__ import annotations

import re

from server.hiring import operations as hiring
from tests import factories
from tests.notifications.conftest import after, deliver, html_part, text_part

NOTE = 'Thank you, Casey.\n<script>alert("x")</script> & <b>more</b>'


def test_the_invitation_has_a_text_and_an_escaped_html_part_with_the_link(mail_app, mailbox):
    admin, org = factories.employer("Acme <Robotics>", name="Erin Admin", email="erin@acme.example")
    _cand, _thread, token = factories.rejected_thread(admin, org, email="casey@example.com", message=NOTE)
    deliver(after(0))
    [message] = mailbox.to("casey@example.com")
    assert message.get_content_type() == "multipart/alternative"
    assert [part.get_content_type() for part in message.iter_parts()] == ["text/plain", "text/html"]
    text, html = text_part(message), html_part(message)
    link = f"http://candor.test/invitations/{token}"

    assert '> <script>alert("x")</script> & <b>more</b>' in text and f"Open your conversation: {link}" in text
    # The employer's note shows as the text they typed: escaped, nothing of it runs or renders.
    assert "<script" not in html and "<b>" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; &lt;b&gt;more&lt;/b&gt;" in html
    assert "Acme &lt;Robotics&gt;" in html and "Acme <Robotics>" not in html
    assert f'href="{link}"' in html and "Open your conversation" in html
    assert "Backend Engineer" in html and "Hello Casey Candidate," in html
    # Nothing remote, and no email settings for someone who has no account yet.
    assert not re.search(r"<(img|script|link|iframe|object)\b", html)
    assert "/settings" not in html


def test_a_resent_invitation_has_both_parts_with_the_new_link_only(mail_app, mailbox):
    admin, org = factories.employer("Acme Robotics", name="Erin Admin", email="erin@acme.example")
    cand, _thread, old = factories.rejected_thread(admin, org, email="casey@example.com", message=None)
    deliver(after(0))
    mailbox.clear()
    hiring.resend_invitation(admin, cand.id)
    new = factories.invitation_token("casey@example.com")
    deliver(after(0))
    [message] = mailbox.to("casey@example.com")
    text, html = text_part(message), html_part(message)
    assert "new link to your private conversation" in text and "new link to your private conversation" in html
    assert f'href="http://candor.test/invitations/{new}"' in html and new in text
    assert old not in html and old not in text
    assert "wrote:" not in html  # no note, no quote
