"""Jinja filters for dates and plain text. Times are shown in UTC.

Filters for a feature's own vocabulary (status_label, topic_label) are registered by its blueprint.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from flask import Flask
from markupsafe import Markup, escape

from ..core.time import utcnow

_URL = re.compile(r"https?://[^\s<>\"']+")


def as_datetime(value: datetime | str | None) -> datetime | None:
    """Naive UTC from a model value or an API-style ISO string ("...Z")."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value


def format_datetime(value) -> str:
    value = as_datetime(value)
    return f"{value.day} {value:%b %Y, %H:%M} UTC" if value else ""


def format_date(value) -> str:
    value = as_datetime(value)
    return f"{value:%a} {value.day} {value:%b %Y}" if value else ""


def machine_datetime(value) -> str:
    value = as_datetime(value)
    return value.isoformat(timespec="seconds") + "Z" if value else ""


def relative(value) -> str:
    """'in 4 days', 'yesterday', '3 hours ago': coarse on purpose."""
    value = as_datetime(value)
    if value is None:
        return ""
    seconds = (value - utcnow()).total_seconds()
    future, seconds = seconds > 0, abs(seconds)
    for size, unit in ((86400, "day"), (3600, "hour"), (60, "minute")):
        if seconds >= size:
            count = int(seconds // size)
            text = f"{count} {unit}{'' if count == 1 else 's'}"
            return f"in {text}" if future else f"{text} ago"
    return "in a moment" if future else "just now"


def is_past(value) -> bool:
    value = as_datetime(value)
    return value is not None and value <= utcnow()


def linkify(text: str) -> Markup:
    """Escapes plain text and turns http(s) URLs into links (for email bodies)."""
    parts, last = [], 0
    for match in _URL.finditer(text or ""):
        url = match.group(0)
        parts += [escape(text[last : match.start()]), Markup('<a href="{0}">{0}</a>').format(url)]
        last = match.end()
    parts.append(escape((text or "")[last:]))
    return Markup("").join(parts)


def highlight(text: str, findings: list[dict]) -> Markup:
    """The text, escaped, with each finding's span wrapped in <mark>."""
    text = text or ""
    parts, last = [], 0
    for finding in sorted(findings, key=lambda f: (f["start"], f["end"])):
        start, end = max(finding["start"], last), min(finding["end"], len(text))
        if start >= end:
            continue  # overlaps a span already marked
        parts += [
            escape(text[last:start]),
            Markup('<mark class="finding-{0}">{1}</mark>').format(finding["category"], text[start:end]),
        ]
        last = end
    parts.append(escape(text[last:]))
    return Markup("").join(parts)


def register(app: Flask) -> None:
    app.jinja_env.filters.update(
        datetime=format_datetime,
        date=format_date,
        machine=machine_datetime,
        relative=relative,
        linkify=linkify,
        highlight=highlight,
    )
    app.jinja_env.tests["past"] = is_past
