"""The Outbox page's redaction of secret links (outside development), as pure functions."""

from __future__ import annotations

import pytest

from server.notifications.views import email_body, redacted_url, secret_label

# Fixed (not generated) so that xdist workers collect the same test ids.
TOKEN = "q3Xv0b-Z9kLmT2_pWc8RnYs4HdJeUf7aGi1oKt5BwQE"  # the shape of secrets.token_urlsafe(32)
HEX = "54be8e285580aa64ec545f7c3f1840a1048bdfc5"  # secrets.token_hex(20)


@pytest.mark.parametrize(
    "url, shown",
    [
        (
            f"https://candor.example/invitations/{TOKEN}",
            "https://candor.example/invitations/[link sent to the candidate]",
        ),
        # Any invitation link, even one whose token looks like a word.
        ("https://candor.example/invitations/abc", "https://candor.example/invitations/[link sent to the candidate]"),
        (
            f"https://candor.example/password-reset/{TOKEN}",
            "https://candor.example/password-reset/[personal link sent to the recipient]",
        ),
        (
            "https://candor.example/unsubscribe/eyJ1IjoxLCJrIjoibWVzc2FnZXMifQ.Z3x9Qw.h0WzK2Jq7c1d-8s",
            "https://candor.example/unsubscribe/[personal link sent to the recipient]",
        ),
        (
            f"https://candor.example/confirm/{HEX}",
            "https://candor.example/confirm/[personal link sent to the recipient]",
        ),
        (
            f"https://candor.example/confirm?token={TOKEN}",
            "https://candor.example/confirm/[personal link sent to the recipient]",
        ),
    ],
)
def test_links_with_a_token_are_redacted(url, shown):
    assert secret_label(url) is not None
    assert redacted_url(url) == shown
    assert TOKEN not in shown


@pytest.mark.parametrize(
    "url",
    [
        "https://candor.example/",
        "https://candor.example/threads/12",
        "https://candor.example/settings/email",
        "https://example.com/blog/how-we-write-rejection-feedback",
    ],
)
def test_ordinary_links_stay(url):
    assert secret_label(url) is None and redacted_url(url) is None


def test_the_body_outside_development_keeps_the_text_and_other_links():
    body = (
        f"Hello <Jo>,\n\nOpen your conversation: https://candor.example/invitations/{TOKEN}\n"
        "Our site: https://candor.example/"
    )
    html = str(email_body(body, reveal_links=False))
    assert TOKEN not in html
    assert "Hello &lt;Jo&gt;," in html
    assert '<span class="redacted-link">https://candor.example/invitations/[link sent to the candidate]</span>' in html
    assert '<a href="https://candor.example/">https://candor.example/</a>' in html


def test_the_body_in_development_shows_every_link():
    body = f"Open your conversation: https://candor.example/invitations/{TOKEN}"
    html = str(email_body(body, reveal_links=True))
    assert f'<a href="https://candor.example/invitations/{TOKEN}">' in html
