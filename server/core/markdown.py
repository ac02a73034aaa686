"""Markdown source in, sanitized HTML out."""

from __future__ import annotations

import nh3
from markdown_it import MarkdownIt

# Raw HTML in messages is shown as text, never interpreted.
_md = MarkdownIt("commonmark", {"html": False, "linkify": False, "breaks": True})

_TAGS = {
    "p",
    "br",
    "strong",
    "em",
    "code",
    "pre",
    "blockquote",
    "ul",
    "ol",
    "li",
    "a",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
}


def render(source: str) -> str:
    html = _md.render(source)
    # Headings in a message must not compete with the page's own outline.
    for level in ("1", "2"):
        html = html.replace(f"<h{level}>", "<h4>").replace(f"</h{level}>", "</h4>")
    return nh3.clean(
        html,
        tags=_TAGS,
        attributes={"a": {"href", "title"}},
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow ugc",
    ).strip()
