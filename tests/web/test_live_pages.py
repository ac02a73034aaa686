"""What the live pages give their scripts (static/js): configuration, templates, script files."""
from __future__ import annotations

import json
import re
from html import unescape

from tests.web.helpers import text


def _attribute(html: str, name: str) -> str:
    match = re.search(rf"{name}='([^']*)'", html)
    assert match, name
    return unescape(match.group(1))


def test_thread_page_configures_its_script_and_loads_it(casey, candidate, thread):
    html = text(casey.get(f"/threads/{thread.id}"))
    assert "data-live-thread" in html and f'data-thread-id="{thread.id}"' in html
    assert f'data-user-id="{candidate.id}"' in html and 'data-side="candidate"' in html
    summary = json.loads(_attribute(html, "data-summary"))
    assert summary["id"] == thread.id and summary["status"] == "open"
    assert json.loads(_attribute(html, "data-labels"))["status"]["feedback_requested"] == "Feedback requested"
    for name in ("message", "seen", "due", "connected", "changed"):
        assert f'<template data-template="{name}">' in html
    for script in ('src="/vendor/socket.io.min.js" defer', 'type="module" src="/static/js/thread.js"',
                   'src="/static/js/hint.js" defer'):
        assert script in html
    assert 'role="status"' in html and 'data-live="typing" aria-live="polite"' in html


def test_only_the_candidates_reply_box_asks_for_the_hostility_hint(casey, staff, thread):
    reply_box = re.compile(r'<textarea[^>]*name="body"[^>]*>')
    assert "data-hostility-hint" in reply_box.search(text(casey.get(f"/threads/{thread.id}"))).group(0)
    assert "data-hostility-hint" not in reply_box.search(text(staff.get(f"/threads/{thread.id}"))).group(0)


def test_inbox_rows_carry_the_summary_the_script_updates(casey, thread):
    html = text(casey.get("/"))
    assert "data-live-inbox" in html and 'data-first-page="true"' in html
    summary = json.loads(_attribute(html, "data-summary"))
    assert summary["id"] == thread.id and "unread_count" in summary
    assert '<template data-template="thread-row">' in html
    assert 'type="module" src="/static/js/inbox.js"' in html
    assert 'data-first-page="false"' in text(casey.get("/?after=2020-01-01T00:00:00_1"))
