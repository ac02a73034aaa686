"""Use the test client the way a person uses the site: open a page, submit its form."""

from __future__ import annotations

import re
from html import unescape

from tests.factories import PASSWORD

_CSRF = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"')
_HIDDEN = re.compile(r'<input[^>]*name="{}"[^>]*type="hidden"[^>]*value="([^"]*)"')


def csrf_token(html: str) -> str:
    match = _CSRF.search(html)
    assert match, "the page has no form with a CSRF token"
    return match.group(1)


def hidden_value(html: str, name: str) -> str:
    match = re.search(_HIDDEN.pattern.format(re.escape(name)), html)
    assert match, f"no hidden field {name!r} on the page"
    return unescape(match.group(1))


def text(response) -> str:
    """The page's HTML with entities decoded."""
    return unescape(response.get_data(as_text=True))


_INLINE = re.compile(r"</?(?:a|strong|em|b|i|span|mark|time|code)\b[^>]*>")


def visible(response) -> str:
    """Roughly what a person reads: no tags, single spaces (inline tags join their text).

    <template> content is markup for page scripts, not shown until a script uses it."""
    html = re.sub(r"<(script|style|template)\b.*?</\1>", " ", response.get_data(as_text=True), flags=re.S)
    html = _INLINE.sub("", html)
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


class Browser:
    def __init__(self, client):
        self.client = client

    def get(self, url: str, **kwargs):
        return self.client.get(url, **kwargs)

    def submit(self, page: str, action: str | None = None, data: dict | None = None, *, follow: bool = False):
        """Opens ``page`` and posts ``data`` with its CSRF token to ``action`` (default: the page)."""
        html = self.client.get(page).get_data(as_text=True)
        return self.client.post(
            action or page, data={**(data or {}), "csrf_token": csrf_token(html)}, follow_redirects=follow
        )

    def login(self, email: str, password: str = PASSWORD) -> Browser:
        response = self.submit("/login", data={"email": email, "password": password})
        assert response.status_code == 302, response.get_data(as_text=True)
        return self
