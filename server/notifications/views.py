"""The outbox page: organization admins see the emails Candor queued (in development, the only inbox).

Outside development the bodies are shown with their secret links redacted: an invitation
link carries the candidate's token, and whoever holds it can take the candidate's place.
The real email still carries the link; only the page hides it.
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
from urllib.parse import urlsplit

import nh3
from flask import Blueprint, current_app, make_response, render_template
from flask_login import login_required
from markupsafe import Markup, escape

from ..web.context import select_organization, signed_in_user
from ..web.security import CONTENT_SECURITY_POLICY
from . import operations

bp = Blueprint("notifications", __name__)

_URL = re.compile(r"https?://[^\s<>\"']+")
# A path segment or query value that looks like a secret: long, from the URL-safe token
# alphabets (token_urlsafe, hex, itsdangerous's dotted form), and not a word-only slug.
_TOKEN_CHARS = re.compile(r"[A-Za-z0-9_.~-]{16,}")
_LINK_LABELS = {"invitations": "link sent to the candidate"}
_DEFAULT_LABEL = "personal link sent to the recipient"


def _looks_like_token(part: str) -> bool:
    if not _TOKEN_CHARS.fullmatch(part):
        return False
    has_digit = any(c.isdigit() for c in part)
    has_upper, has_lower = any(c.isupper() for c in part), any(c.islower() for c in part)
    return has_digit or (has_upper and has_lower)


def secret_label(url: str) -> str | None:
    """What to show instead of ``url`` when it carries a token, or None when it carries none."""
    parts = urlsplit(url)
    segments = [s for s in parts.path.split("/") if s]
    for index, segment in enumerate(segments):
        if index > 0 and segments[index - 1] in _LINK_LABELS:
            return _LINK_LABELS[segments[index - 1]]
        if _looks_like_token(segment):
            return _DEFAULT_LABEL
    values = [pair.partition("=")[2] for pair in parts.query.split("&")]
    if any(_looks_like_token(value) for value in values) or _looks_like_token(parts.fragment):
        return _DEFAULT_LABEL
    return None


def redacted_url(url: str) -> str | None:
    """``https://host/invitations/[link sent to the candidate]`` for a URL with a token, else None."""
    label = secret_label(url)
    if label is None:
        return None
    parts = urlsplit(url)
    segments = [s for s in parts.path.split("/") if s]
    kept: list[str] = []
    for index, segment in enumerate(segments):
        after_label = index > 0 and segments[index - 1] in _LINK_LABELS
        if after_label or _looks_like_token(segment):
            break
        kept.append(segment)
    return f"{parts.scheme}://{parts.netloc}/" + "".join(s + "/" for s in kept) + f"[{label}]"


def email_body(text: str, reveal_links: bool) -> Markup:
    """The body as HTML: escaped, URLs as links, and (unless ``reveal_links``) secret links as plain text."""
    out, last = [], 0
    for match in _URL.finditer(text or ""):
        url = match.group(0)
        out.append(escape(text[last : match.start()]))
        hidden = None if reveal_links else redacted_url(url)
        if hidden is None:
            out.append(Markup('<a href="{0}">{0}</a>').format(url))
        else:
            out.append(Markup('<span class="redacted-link">{0}</span>').format(hidden))
        last = match.end()
    out.append(escape((text or "")[last:]))
    return Markup("").join(out)


# What Candor's email templates use (client_templates/emails), and nothing else: the HTML part is
# shown as the recipient sees it, but still treated as untrusted (no script, no remote anything).
_EMAIL_TAGS = {"a", "blockquote", "br", "div", "em", "h1", "h2", "h3", "li", "ol", "p", "span", "strong"}
_EMAIL_TAGS |= {"table", "tbody", "td", "th", "thead", "tr", "ul"}
_EMAIL_ATTRIBUTES = {
    "*": {"style", "align", "width"},
    "a": {"href"},
    "table": {"role", "cellpadding", "cellspacing"},
}
_STYLE = re.compile(r'style="([^"]*)"')
_BODY = re.compile(r"<(/?)body(\s[^>]*)?>", re.IGNORECASE)


def email_html(body_html: str, reveal_links: bool) -> str:
    """The HTML part, sanitized (nh3), with secret links taken out unless ``reveal_links``."""

    def keep(tag: str, attribute: str, value: str) -> str | None:
        if tag == "a" and attribute == "href" and not reveal_links and secret_label(value):
            return None
        return value

    # The body's own style (font, colours) goes on a wrapper: a fragment has no <body>.
    body_html = _BODY.sub(lambda m: "</div>" if m.group(1) else "<div" + (m.group(2) or "") + ">", body_html)
    clean = nh3.clean(
        body_html,
        tags=_EMAIL_TAGS,
        attributes=_EMAIL_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        clean_content_tags={"head", "script", "style", "title"},
        attribute_filter=keep,
        link_rel="noopener noreferrer",
    )
    if reveal_links:
        return clean
    return _URL.sub(lambda m: html.escape(redacted_url(html.unescape(m.group(0))) or m.group(0)), clean)


def style_hashes(documents: list[str]) -> list[str]:
    """CSP sources for exactly the inline styles these documents carry ('unsafe-hashes'): the page's
    policy stays 'self' for everything else, and a srcdoc frame inherits it."""
    found = {html.unescape(value) for doc in documents for value in _STYLE.findall(doc)}
    return [
        "'sha256-" + base64.b64encode(hashlib.sha256(value.encode()).digest()).decode() + "'" for value in sorted(found)
    ]


@bp.get("/outbox")
@login_required
def outbox():
    membership = select_organization()
    emails = operations.pending_emails(signed_in_user(), membership.organization_id)
    # Development has no mail server: the outbox is how a developer opens the links (README).
    reveal = current_app.config["CANDOR_ENV"] == "development"
    bodies = {email.id: email_body(email.body_text, reveal) for email in emails}
    htmls = {email.id: email_html(email.body_html, reveal) for email in emails if email.body_html}
    response = make_response(
        render_template(
            "notifications/outbox.html",
            membership=membership,
            emails=emails,
            bodies=bodies,
            htmls=htmls,
            links_redacted=not reveal,
        )
    )
    hashes = style_hashes(list(htmls.values()))
    if hashes:
        response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY.replace(
            "style-src 'self'", "style-src 'self' 'unsafe-hashes' " + " ".join(hashes), 1
        )
    return response
