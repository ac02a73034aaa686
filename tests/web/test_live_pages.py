"""What the live pages give their scripts (static/js): configuration, templates, script files."""

from __future__ import annotations

import json
import re
from html import unescape
from html.parser import HTMLParser

from server.connections import operations as connections
from server.feedback import edits
from server.feedback import operations as feedback
from server.messaging import operations as threads
from tests import factories
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
    for script in (
        'src="/vendor/socket.io.min.js" defer',
        'type="module" src="/static/js/thread.js"',
        'src="/static/js/hint.js" defer',
    ):
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


# -- the live templates are the server's own markup ---------------------------------------------
# static/js fills a <template>'s data-slot elements and removes the data-part ones it does not
# need; it writes no markup. So every server-rendered message (and inbox row) must be its
# template with some parts removed and the slots filled: same elements, classes, attributes and
# words. Markup that exists on one path only fails here.

_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
# Attributes and classes that carry one item's data: the scripts set them when they fill a template.
_ITEM_ATTRIBUTES = {
    "id",
    "datetime",
    "aria-labelledby",
    "data-message-id",
    "data-author-id",
    "data-thread-id",
    "data-summary",
    "href",
}
_ITEM_CLASS = re.compile(r"message-(employer|candidate|system|mine|kind-\w+)|due-late|thread-row-unread|badge-\w+")


class _Element:
    def __init__(self, tag: str, attrs: dict[str, str]):
        self.tag, self.attrs, self.children = tag, attrs, []

    @property
    def elements(self) -> list[_Element]:
        return [child for child in self.children if isinstance(child, _Element)]

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    @property
    def own_text(self) -> str:
        return " ".join("".join(c for c in self.children if isinstance(c, str)).split())

    def walk(self):
        yield self
        for child in self.elements:
            yield from child.walk()

    def __repr__(self) -> str:
        return f"<{self.tag} {self.attrs}>"


class _Tree(HTMLParser):
    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.root = _Element("#document", {})
        self._open = [self.root]
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        element = _Element(tag, {name: value or "" for name, value in attrs})
        self._open[-1].children.append(element)
        if tag not in _VOID:
            self._open.append(element)

    def handle_endtag(self, tag):
        while len(self._open) > 1 and self._open.pop().tag != tag:
            pass

    def handle_data(self, data):
        self._open[-1].children.append(data)


def _page(html: str) -> _Element:
    return _Tree(html).root


def _template(page: _Element, name: str) -> _Element:
    found = [e for e in page.walk() if e.tag == "template" and e.attrs.get("data-template") == name]
    assert len(found) == 1, name
    return found[0].elements[0]


def _same_kind(template: _Element, rendered: _Element) -> bool:
    return (
        template.tag == rendered.tag
        and template.classes <= rendered.classes
        and all(template.attrs.get(a) == rendered.attrs.get(a) for a in ("data-part", "data-slot"))
    )


def assert_filled_from(template: _Element, rendered: _Element, where: str = "") -> None:
    """`rendered` is `template` with some data-part elements removed and its slots filled."""
    where = f"{where} > {rendered.tag}.{'.'.join(sorted(rendered.classes))}"
    assert _same_kind(template, rendered), f"{where}: {rendered} is not {template}"
    extra = rendered.classes - template.classes
    assert all(_ITEM_CLASS.fullmatch(c) for c in extra), f"{where}: classes {extra} not in the template"
    assert set(template.attrs) <= set(rendered.attrs), f"{where}: {rendered} lacks attributes of {template}"
    extra = set(rendered.attrs) - set(template.attrs)
    assert extra <= _ITEM_ATTRIBUTES, f"{where}: attributes {extra} not in the template"
    if "data-slot" in template.attrs and not template.children:
        return  # an empty slot: what fills it is the item's content
    assert rendered.own_text == template.own_text, f"{where}: other words than the template's"
    remaining = rendered.elements
    for child in template.elements:
        if remaining and _same_kind(child, remaining[0]):
            assert_filled_from(child, remaining.pop(0), where)
        else:
            assert "data-part" in child.attrs, f"{where}: {child} is missing, yet is no removable part"
    assert not remaining, f"{where}: {remaining} not in the template"


def _pop_live_additions(page: _Element, message: _Element) -> None:
    """ "Seen", topic chips, "Edited" and the rating form come from their own templates: checked
    against those, then set aside."""
    for element in list(message.walk()):
        for child in element.elements:
            if "seen" in child.classes:
                assert_filled_from(_template(page, "seen"), child)
                element.children.remove(child)
            elif "chip" in child.classes:
                assert_filled_from(_template(page, "topic"), child)
                element.children.remove(child)
            elif "data-edited" in child.attrs:
                assert_filled_from(_template(page, "edited"), child)
                element.children.remove(child)
            elif "data-rating-form" in child.attrs:  # static/js/feedback_edits.js adds it to live feedback
                assert_filled_from(_template(page, "rating-form"), child)
                element.children.remove(child)
            elif "data-feedback-actions" in child.attrs or "data-feedback-rating" in child.attrs:
                # The author's Edit/Withdraw and a rating given: shown from the server only (a live
                # message has neither yet; feedback_edits.js removes them when it is withdrawn).
                element.children.remove(child)


def test_live_messages_are_filled_from_the_markup_the_server_renders_messages_with(
    casey, staff, admin, candidate, thread
):
    threads.post_message(admin, thread.id, "Thanks for your time. **Questions** welcome.")
    threads.post_message(candidate, thread.id, "Thank you for telling me.")
    feedback.request_feedback(candidate, thread.id, ["skills", "interview"], "Could you share more?")
    staff.get(f"/threads/{thread.id}")  # Erin reads it: "Seen" under Casey's request
    given, _thread, _findings = feedback.give_feedback(
        admin,
        thread.id,
        {
            "strengths": "Your take-home was clean and well tested.",
            "gaps": "The role needs production Kubernetes experience.",
        },
    )
    # Edited within minutes: "Edited" under it (its own template), and Casey's page offers a rating.
    edits.edit_feedback(
        admin,
        thread.id,
        given.id,
        {"strengths": "Your take-home was clean and well tested.", "gaps": "The role needs production Kubernetes."},
    )
    kinds = set()
    for browser in (casey, staff):
        page = _page(text(browser.get(f"/threads/{thread.id}")))
        template = _template(page, "message")
        messages = [e for e in page.walk() if e.tag == "li" and "data-message-id" in e.attrs]
        # Casey's page reads Erin's feedback, so Erin's shows "Seen" too.
        assert len([m for m in messages if any("seen" in e.classes for e in m.walk())]) == 1
        for message in messages:
            kinds.add((message.attrs["class"], bool(any("chip" in e.classes for e in message.walk()))))
            _pop_live_additions(page, message)
            assert_filled_from(template, message, f"message {message.attrs['id']}")
    shown = {cls for cls, _ in kinds}
    for expected in (
        "message message-system message-kind-system",
        "message message-employer message-kind-text",
        "message message-candidate message-kind-text message-mine",
        "message message-candidate message-kind-feedback_request message-mine",
        "message message-employer message-kind-feedback message-mine",
        "message message-candidate message-kind-feedback_request",
    ):
        assert expected in shown, expected
    assert any(chips for _, chips in kinds)


def test_the_message_template_has_every_part_and_no_content(casey, thread):
    template = _template(_page(text(casey.get(f"/threads/{thread.id}"))), "message")
    assert template.attrs == {"class": "message"}
    parts = {e.attrs["data-part"] for e in template.walk() if "data-part" in e.attrs}
    assert parts == {
        "system",
        "bubble",
        "author-you",
        "author-name",
        "side-employer",
        "side-candidate",
        "kind-head",
        "kind-label-feedback_request",
        "kind-label-feedback",
        "kind-label-announcement",
        "topics",
        "due",
        "pending",
    }
    for slot in (e for e in template.walk() if "data-slot" in e.attrs and e.attrs["data-slot"] != "author-label"):
        assert slot.children == [], slot


def test_live_inbox_rows_are_filled_from_the_markup_the_server_renders_rows_with(
    casey, staff, admin, org, candidate, thread
):
    threads.post_message(candidate, thread.id, "Hello again.")
    feedback.request_feedback(candidate, thread.id, ["skills"], "Could you share more?")
    connections.set_connection(candidate, thread.id, True, ["backend"])
    factories.rejected_thread(admin, org, name="Noor Notjoined", email="noor@example.com")
    seen = set()
    for browser in (casey, staff):
        page = _page(text(browser.get("/")))
        template = _template(page, "thread-row")
        rows = [e for e in page.walk() if e.tag == "li" and "data-thread-id" in e.attrs]
        assert rows
        for row in rows:
            seen |= {e.attrs["data-part"] for e in row.walk() if "data-part" in e.attrs}
            assert_filled_from(template, row, f"row {row.attrs['data-thread-id']}")
    assert {"unread", "due", "connection-theirs", "connection-mine", "not-joined", "last-activity"} <= seen
