"""The prompt library pages: admins add, edit, reorder, retire and restore; everyone else is kept out."""

from __future__ import annotations

import re

import pytest

from server.extensions import db
from server.feedback import operations as feedback
from server.feedback import prompts
from server.feedback.models import Prompt
from tests import factories
from tests.web.helpers import text, visible

DEFAULT_LABELS = [
    "What stood out in a good way",
    "What would have made the difference",
    "How they came across",
    "One thing to try next time",
]


def _url(org, tail: str = "") -> str:
    return f"/organizations/{org.id}/prompts{tail}"


def _order(org) -> list[str]:
    db.session.expire_all()
    return [p.key for p in prompts.active_prompts(org.id)]


def _snapshot(org):
    db.session.expire_all()
    return [(p.key, p.label, p.help, p.required, p.position, p.retired_at) for p in prompts.all_prompts(org.id)]


def test_the_library_lists_active_prompts_in_order_with_help_and_required(staff, org):
    r = staff.get(_url(org))
    assert r.status_code == 200
    page = visible(r)
    positions = [page.index(label) for label in DEFAULT_LABELS]
    assert positions == sorted(positions)
    assert "What stood out in a good way Required" in page and "How they came across Optional" in page
    assert "One or two concrete things they did well" in page
    assert "Retired" not in page  # nothing retired yet
    assert "4 of at most 12" in page


def test_the_admin_nav_links_to_the_library(staff, org, new_browser):
    html = text(staff.get("/"))
    assert f'href="/organizations/{org.id}/prompts"' in html and ">Prompts</a>" in html
    assert 'aria-current="page">Prompts' in text(staff.get(_url(org)))


def test_adding_a_prompt_puts_it_last_and_the_composer_asks_it(staff, org, thread):
    r = staff.submit(
        _url(org),
        _url(org),
        {
            "label": "  Which  part of the take-home was strongest? ",
            "help": "Name the file or the decision.",
            "required": "y",
        },
    )
    assert r.status_code == 302 and r.headers["Location"].endswith("#prompt-which_part_of_the_take_home_was")
    prompt = db.session.query(Prompt).filter_by(key="which_part_of_the_take_home_was").one()
    assert (prompt.label, prompt.help, prompt.required) == (
        "Which part of the take-home was strongest?",
        "Name the file or the decision.",
        True,
    )
    assert _order(org)[-1] == prompt.key
    page = visible(staff.get(_url(org)))
    assert "Added “Which part of the take-home was strongest?”" in page
    composer = visible(staff.get(f"/threads/{thread.id}/feedback"))
    assert "Which part of the take-home was strongest? Required" in composer


@pytest.mark.parametrize(
    "data, message",
    [
        ({"label": "   ", "help": "x"}, "Label is required."),
        ({"label": "x" * 201}, "Label is too long."),
        ({"label": "Fine", "help": "y" * 1001}, "Help text is too long."),
    ],
)
def test_bad_input_is_refused_with_a_clear_message_and_changes_nothing(staff, org, data, message):
    before = _snapshot(org)
    r = staff.submit(_url(org), _url(org), data)
    assert r.status_code == 422
    page = visible(r)
    assert message in page
    assert re.search(r'class="field-error" id="(label|help)-error"', text(r))
    assert _snapshot(org) == before


def test_at_most_twelve_active_prompts(staff, org, admin):
    for n in range(8):
        prompts.create_prompt(admin, org.id, f"Extra question {n}")
    before = _snapshot(org)
    r = staff.submit(_url(org), _url(org), {"label": "One too many"})
    assert r.status_code == 409 and "at most 12 active prompts" in visible(r)
    assert _snapshot(org) == before


def test_editing_label_help_and_required(staff, org):
    edit = _url(org, "/communication/edit")
    page = staff.get(edit)
    assert page.status_code == 200 and 'value="How they came across"' in text(page)
    r = staff.submit(edit, edit, {"label": "How they explained their thinking", "help": "One moment.", "required": "y"})
    assert r.status_code == 302
    db.session.expire_all()
    prompt = prompts.get_prompt(org.id, "communication")
    assert (prompt.label, prompt.help, prompt.required) == ("How they explained their thinking", "One moment.", True)
    # Unticking "required" is a change too (an unchecked box is simply absent from the form).
    staff.submit(edit, edit, {"label": "How they explained their thinking", "help": ""})
    db.session.expire_all()
    assert prompts.get_prompt(org.id, "communication").required is False


def test_an_edit_with_bad_input_changes_nothing(staff, org):
    edit = _url(org, "/gaps/edit")
    before = _snapshot(org)
    r = staff.submit(edit, edit, {"label": "", "help": "changed", "required": "y"})
    assert r.status_code == 422 and "Label is required." in visible(r)
    assert "Edit “What would have made the difference”" in visible(r)  # the saved label, untouched
    assert 'value="What would have made the difference"' not in text(r)  # the form keeps what was typed
    assert _snapshot(org) == before
    assert staff.get(_url(org, "/no_such_prompt/edit")).status_code == 404


def test_moving_up_and_down(staff, org):
    r = staff.submit(_url(org), _url(org, "/advice/move"), {"direction": "up"})
    assert r.status_code == 302 and r.headers["Location"].endswith("#prompt-advice")
    assert _order(org) == ["strengths", "gaps", "advice", "communication"]
    staff.submit(_url(org), _url(org, "/strengths/move"), {"direction": "down"})
    assert _order(org) == ["gaps", "strengths", "advice", "communication"]
    # At the ends there is nowhere to go; nothing changes.
    staff.submit(_url(org), _url(org, "/gaps/move"), {"direction": "up"})
    staff.submit(_url(org), _url(org, "/communication/move"), {"direction": "down"})
    assert _order(org) == ["gaps", "strengths", "advice", "communication"]
    page = visible(staff.get(_url(org)))
    assert page.index("What would have made the difference") < page.index("What stood out in a good way")


def test_a_bad_move_is_refused(staff, org, admin):
    before = _snapshot(org)
    assert staff.submit(_url(org), _url(org, "/gaps/move"), {"direction": "sideways"}).status_code == 400
    assert staff.submit(_url(org), _url(org, "/gaps/move"), {}).status_code == 400
    assert staff.submit(_url(org), _url(org, "/nope/move"), {"direction": "up"}).status_code == 404
    assert _snapshot(org) == before
    prompts.retire_prompt(admin, org.id, "advice")
    before = _snapshot(org)
    r = staff.submit(_url(org), _url(org, "/advice/move"), {"direction": "up"})
    assert r.status_code == 409 and "is retired" in visible(r)
    assert _snapshot(org) == before


def test_retiring_and_restoring(staff, org, thread):
    r = staff.submit(_url(org), _url(org, "/communication/retire"))
    assert r.status_code == 302
    page = visible(staff.get(_url(org)))
    assert "Retired “How they came across”" in page
    active, retired = page.split("Retired Not asked in new feedback")
    assert "How they came across" not in active.split("Retired “How they came across”")[1]
    assert "How they came across" in retired and "Restore" in retired
    assert "How they came across" not in visible(staff.get(f"/threads/{thread.id}/feedback"))

    r = staff.submit(_url(org), _url(org, "/communication/restore"))
    assert r.status_code == 302
    assert _order(org) == ["strengths", "gaps", "advice", "communication"]  # back, at the end
    assert "Restored “How they came across” at the end of the list." in visible(staff.get(_url(org)))


def test_retiring_twice_or_restoring_an_active_prompt_is_a_conflict(staff, org):
    staff.submit(_url(org), _url(org, "/advice/retire"))
    before = _snapshot(org)
    r = staff.submit(_url(org), _url(org, "/advice/retire"))
    assert r.status_code == 409 and "This prompt is already retired." in visible(r)
    r = staff.submit(_url(org), _url(org, "/gaps/restore"))
    assert r.status_code == 409 and "This prompt is active." in visible(r)
    assert _snapshot(org) == before


def test_the_last_prompt_cannot_be_retired(staff, org, admin):
    for key in ("strengths", "gaps", "communication"):
        prompts.retire_prompt(admin, org.id, key)
    page = visible(staff.get(_url(org)))
    assert "This is the only prompt, so it cannot be retired" in page
    before = _snapshot(org)
    r = staff.submit(_url(org), _url(org, "/advice/retire"))  # a stale page, or a hand-made request
    assert r.status_code == 409
    assert "Keep at least one prompt, or feedback could not be written." in visible(r)
    assert _snapshot(org) == before


def test_past_feedback_keeps_the_prompts_it_was_written_with(staff, casey, org, admin, thread):
    feedback.give_feedback(
        admin,
        thread.id,
        {"strengths": "Clear, well-tested API design.", "gaps": "The role needs production Kubernetes experience."},
    )
    edit = _url(org, "/strengths/edit")
    staff.submit(edit, edit, {"label": "Best moment in the process", "help": "", "required": "y"})
    staff.submit(_url(org), _url(org, "/gaps/retire"))
    for who in (casey, staff):
        page = visible(who.get(f"/threads/{thread.id}"))
        assert "What stood out in a good way" in page and "What would have made the difference" in page
        assert "Best moment in the process" not in page


def _posts(org):
    return [
        (_url(org), {"label": "Sneaky"}),
        (_url(org, "/gaps/edit"), {"label": "Sneaky", "help": ""}),
        (_url(org, "/gaps/move"), {"direction": "down"}),
        (_url(org, "/gaps/retire"), {}),
        (_url(org, "/gaps/restore"), {}),
    ]


def test_recruiters_and_hiring_managers_get_403_and_change_nothing(new_browser, admin, org):
    for role in ("recruiter", "hiring_manager"):
        member = factories.member(admin, org, role=role)
        browser = new_browser().login(member.email)
        assert ">Prompts</a>" not in text(browser.get("/"))
        before = _snapshot(org)
        for url in (_url(org), _url(org, "/gaps/edit")):
            r = browser.get(url)
            assert r.status_code == 403 and "That is not allowed" in visible(r), url
        for url, data in _posts(org):
            assert browser.submit("/", url, data).status_code == 403, url
        assert _snapshot(org) == before


@pytest.mark.parametrize("who", ["staff", "candidate"])
def test_strangers_get_404_and_change_nothing(new_browser, org, stranger_org, candidate, who):
    browser = new_browser().login(stranger_org["admin"].email if who == "staff" else candidate.email)
    before = _snapshot(org)
    for url in (_url(org), _url(org, "/gaps/edit"), "/organizations/999999/prompts"):
        assert browser.get(url).status_code == 404, url
    for url, data in _posts(org):
        assert browser.submit("/", url, data).status_code == 404, url
    assert _snapshot(org) == before


def test_anonymous_visitors_are_sent_to_log_in(client, org):
    r = client.get(_url(org))
    assert r.status_code == 302 and "/login" in r.headers["Location"]


def test_a_post_without_the_csrf_token_is_refused(staff, org):
    before = _snapshot(org)
    r = staff.client.post(_url(org, "/gaps/retire"))
    assert r.status_code == 400
    assert _snapshot(org) == before
