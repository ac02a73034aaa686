"""The inbox found by keyboard in a real browser (Chromium, a live `candor serve`), issue 13: "/" goes
to the search box, a search and a position filter become the page's URL and keep to the next page,
j / k move the selection (focus and aria-current), Enter opens the selected conversation, "?" lists
the shortcuts in a modal dialog that keeps focus and closes with Escape; keys typed into a field stay
there. axe finds nothing on the searched inbox, nor with the dialog open."""

from __future__ import annotations

import os
import re
import time
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import DESKTOP, PHONE, shoot, sign_in, start_live_server
from tests.live import ROOT, HttpApi

pytestmark = pytest.mark.browser

AXE = os.path.join(ROOT, "node_modules", "axe-core", "axe.min.js")
ROWS = "[data-live='threads'] > .thread-row"
SELECTED = "[data-live='threads'] a.thread-link[aria-current='true']"
PASSWORD = "a long password"


@pytest.fixture(scope="module")
def server():
    live = start_live_server(CANDOR_AUTH_RATE_LIMIT="1000 per minute")
    yield live
    live.stop()


def an_inbox(base: str) -> dict:
    """An employer with two positions and the rejected candidates Ada and Lina (backend), Alan and
    Grace (design), and 31 more Pats (design) for a second page."""
    n = time.monotonic_ns()
    email = f"erin{n}@acme.example"
    signup = HttpApi(base).post(
        "/api/v1/signup/employer",
        {"organization": f"Acme {n}", "name": "Erin", "email": email, "password": PASSWORD},
        expect=201,
    )
    staff = HttpApi(base, signup["token"])
    org = signup["organization"]["id"]
    positions = {
        title: staff.post("/api/v1/positions", {"organization_id": org, "title": title}, expect=201)["id"]
        for title in ("Backend Engineer", "Product Designer")
    }

    def reject(title: str, name: str, address: str) -> None:
        candidacy = staff.post(
            f"/api/v1/positions/{positions[title]}/candidacies", {"name": name, "email": address}, expect=201
        )
        staff.post(f"/api/v1/candidacies/{candidacy['id']}/reject", {"message": "Thank you"}, expect=201)

    for i in range(31):
        reject("Product Designer", f"Pat Person{i:02d}", f"pat{i}.{n}@c.example")
    reject("Product Designer", "Grace Hopper", f"grace.{n}@navy.example")
    reject("Backend Engineer", "Lina Alvarez", f"lina.{n}@c.example")
    reject("Product Designer", "Alan Turing", f"alan.{n}@turing.example")
    reject("Backend Engineer", "Ada Lovelace", f"ada.{n}@c.example")
    threads = staff.get("/api/v1/threads?limit=100", expect=200)["items"]
    return {
        "staff": staff,
        "email": email,
        "positions": positions,
        "ids": {t["candidate"]["name"]: t["id"] for t in threads},
    }


def titles(page) -> list[str]:
    return [t.strip() for t in page.locator(f"{ROWS} .thread-row-title").all_inner_texts()]


def run_axe(page) -> list:
    with open(AXE, encoding="utf-8") as source:
        page.evaluate(source.read())
    result = page.evaluate("async () => (await axe.run(document, {resultTypes: ['violations']})).violations")
    return [(v["id"], v["help"], [n["target"] for n in v["nodes"][:3]]) for v in result]


def test_search_filters_and_keyboard_shortcuts(server, new_context):
    base = server.url
    data = an_inbox(base)
    page = new_context(viewport=DESKTOP).new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    sign_in(page, base, data["email"])
    expect(page.locator(ROWS)).to_have_count(30)
    expect(page.get_by_role("button", name="Keyboard shortcuts")).to_be_visible()  # shown by the script

    # "/" goes to the search box, without typing a slash into it.
    search = page.get_by_label("Search by candidate name or email")
    page.keyboard.press("/")
    expect(search).to_be_focused()
    expect(search).to_have_value("")
    # Keys typed into the box are text, not shortcuts.
    page.keyboard.type("jk?")
    expect(search).to_have_value("jk?")
    expect(page.locator("dialog[open]")).to_have_count(0)
    expect(page.locator(SELECTED)).to_have_count(0)

    # Two keystrokes and Enter find Ada; the search is the page's URL.
    search.fill("")
    page.locator("h1").click()  # out of the box: "/" is a shortcut again
    page.keyboard.press("/")
    expect(search).to_be_focused()
    page.keyboard.type("ad")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"[?&]q=ad(&|$)"))
    expect(page.locator(ROWS)).to_have_count(1)
    assert titles(page) == ["Ada Lovelace"]
    expect(search).to_have_value("ad")

    # Live, a searched inbox updates the rows it lists and adds none it cannot tell belong: news in
    # Lina's conversation (not found by "ad") leaves her out; Ada's row, next, is re-rendered.
    expect(page.locator("html[data-socket=connected]")).to_be_attached()
    ada = page.locator(f"{ROWS}[data-thread-id='{data['ids']['Ada Lovelace']}']")
    ada.evaluate("row => { row.dataset.before = 'yes'; }")
    for name in ("Lina Alvarez", "Ada Lovelace"):
        data["staff"].post(f"/api/v1/threads/{data['ids'][name]}/messages", {"body": f"News for {name}"}, expect=201)
    expect(page.locator(f"{ROWS}[data-before]")).to_have_count(0)  # Ada's row came again, after Lina's
    assert titles(page) == ["Ada Lovelace"]

    # A filter by position; the search box emptied: the designers, newest first, 30 on this page.
    search.fill("")
    page.get_by_label("Position").select_option(label="Product Designer")
    page.get_by_role("button", name="Search", exact=True).click()
    expect(page.locator(ROWS)).to_have_count(30)
    assert titles(page)[:2] == ["Alan Turing", "Grace Hopper"]
    assert parse_qs(urlsplit(page.url).query)["position_id"] == [str(data["positions"]["Product Designer"])]
    assert "Ada Lovelace" not in titles(page) and "Lina Alvarez" not in titles(page)
    violations = run_axe(page)
    assert violations == [], violations
    shoot(page, "inbox-search")  # phone and desktop
    page.set_viewport_size(PHONE)
    assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
    page.set_viewport_size(DESKTOP)

    # The next page keeps the filter: the last three designers, no backend candidate.
    page.get_by_role("link", name="Older conversations").click()
    assert parse_qs(urlsplit(page.url).query)["position_id"] == [str(data["positions"]["Product Designer"])]
    expect(page.locator(ROWS)).to_have_count(3)
    assert all(t.startswith("Pat Person") for t in titles(page))
    page.go_back()
    expect(page.locator(ROWS)).to_have_count(30)

    # j selects the first row (focus and aria-current), j the next, k back; the mark is visible.
    page.locator("h1").click()  # focus leaves the form, as after reading the page
    page.keyboard.press("j")
    first, second = page.locator(ROWS).nth(0), page.locator(ROWS).nth(1)
    expect(first.locator("a.thread-link")).to_be_focused()
    expect(first.locator("a.thread-link")).to_have_attribute("aria-current", "true")
    expect(page.locator(SELECTED)).to_have_count(1)
    page.keyboard.press("j")
    expect(second.locator("a.thread-link")).to_be_focused()
    expect(second.locator("a.thread-link")).to_have_attribute("aria-current", "true")
    expect(first.locator("a.thread-link")).not_to_have_attribute("aria-current", "true")
    assert second.evaluate("row => getComputedStyle(row.querySelector('a')).backgroundColor") != first.evaluate(
        "row => getComputedStyle(row.querySelector('a')).backgroundColor"
    )
    page.keyboard.press("k")
    expect(first.locator("a.thread-link")).to_be_focused()
    page.keyboard.press("k")  # already at the top: stays
    expect(first.locator("a.thread-link")).to_be_focused()
    page.keyboard.press("j")
    shoot(page, "inbox-keyboard-selection", sizes=(("desktop", DESKTOP),), full_page=False)

    # "?" lists the shortcuts in a modal dialog; focus is inside and stays there; Escape closes it
    # and focus goes back to the selected row.
    page.keyboard.press("?")
    dialog = page.get_by_role("dialog", name="Keyboard shortcuts")
    expect(dialog).to_be_visible()
    expect(dialog.get_by_role("button", name="Close")).to_be_focused()
    for key in ("j", "/"):
        expect(dialog.get_by_role("cell", name=key, exact=True)).to_be_visible()
    page.keyboard.press("j")  # no shortcut acts behind the dialog
    expect(second.locator("a.thread-link")).to_have_attribute("aria-current", "true")
    page.keyboard.press("Tab")
    expect(dialog.get_by_role("button", name="Close")).to_be_focused()
    page.keyboard.press("Shift+Tab")
    expect(dialog.get_by_role("button", name="Close")).to_be_focused()
    shoot(page, "inbox-shortcuts-dialog", sizes=(("desktop", DESKTOP),), full_page=False)
    violations = run_axe(page)
    assert violations == [], violations
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    expect(second.locator("a.thread-link")).to_be_focused()

    # The button opens the same dialog; its Close button closes it.
    page.get_by_role("button", name="Keyboard shortcuts").click()
    expect(dialog).to_be_visible()
    dialog.get_by_role("button", name="Close").click()
    expect(dialog).to_be_hidden()

    # Enter opens the selected conversation (Grace, the second row), even with focus elsewhere.
    page.locator("h1").click()
    page.keyboard.press("Enter")
    expect(page).to_have_url(f"{base}/threads/{data['ids']['Grace Hopper']}")
    expect(page.get_by_role("heading", name=re.compile("Grace Hopper"))).to_be_visible()

    # Back in the inbox, j then Enter on the focused link opens the first row.
    page.go_back()
    expect(page.locator(ROWS)).to_have_count(30)
    page.locator("h1").click()
    page.keyboard.press("j")
    page.keyboard.press("Enter")
    expect(page).to_have_url(f"{base}/threads/{data['ids']['Alan Turing']}")
    assert errors == []
