"""The Outbox shows each email's HTML part as the recipient sees it (issue 13): sanitized, in a frame
that runs nothing, its inline styles allowed by hash only; personal links stay hidden outside
development, and the plain-text part is one click away."""

from __future__ import annotations

import base64
import hashlib
import re
from html import unescape

from server.accounts import operations as accounts
from tests.web.helpers import visible


def frames(html: str) -> list[str]:
    return [unescape(doc) for doc in re.findall(r'<iframe class="email-frame" sandbox srcdoc="([^"]*)"', html)]


def invite(admin, org) -> None:
    """A colleague's invitation: an email with an HTML part and a personal link."""
    accounts.invite_member(admin, org.id, "nia@acme.example", "recruiter")


def test_the_outbox_shows_the_html_email_in_a_sandboxed_frame(staff, admin, org, thread):
    invite(admin, org)
    r = staff.get("/outbox")
    html = r.get_data(as_text=True)
    docs = frames(html)
    assert len(docs) == 2  # the colleague's invitation and the candidate's
    doc = next(d for d in docs if "Accept the invitation" in d)
    assert doc.strip().startswith("<div style=")  # the body's style on a wrapper, nothing of <head> before it
    assert "<table" in doc and 'style="' in doc and "<script" not in doc
    assert "Plain-text version" in visible(r)
    # Every inline style of the email is allowed by its hash, and nothing else is loosened.
    policy = r.headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    for style in {style for d in docs for style in re.findall(r'style="([^"]*)"', d)}:
        digest = base64.b64encode(hashlib.sha256(unescape(style).encode()).digest()).decode()
        assert f"'sha256-{digest}'" in policy


def test_personal_links_stay_hidden_in_the_html_too(staff, admin, org, thread):
    invite(admin, org)
    html = staff.get("/outbox").get_data(as_text=True)
    doc = "".join(frames(html))
    assert not re.search(r"/member-invitations/[A-Za-z0-9_-]{16,}", html + doc)
    assert not re.search(r'href="[^"]*/member-invitations/', doc)
    assert "Accept the invitation" in doc  # the button's words stay, without the link
    # The candidate's invitation: its button and the address to copy, neither with the link.
    assert not re.search(r"/invitations/[A-Za-z0-9_-]{16,}", html + doc)
    assert not re.search(r'href="[^"]*/invitations/', doc)
    assert "Open your conversation" in doc and "invitations/[link sent to the candidate]" in doc


def test_other_pages_keep_the_strict_policy(staff, thread):
    assert "unsafe-hashes" not in staff.get(f"/threads/{thread.id}").headers["Content-Security-Policy"]
