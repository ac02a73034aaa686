"""The Dashboard in a real browser (Chromium, a live `candor serve` with the demo data): the charts
are drawn, each is an image with a name a screen reader announces, its data table opens and reads
as a table; axe-core finds nothing; the page fits a 390 px phone; the filters keep their values."""

from __future__ import annotations

import os
import subprocess

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import DESKTOP, PHONE, shoot, sign_in, start_live_server
from tests.live import CANDOR, ROOT, HttpApi

pytestmark = pytest.mark.browser

AXE = os.path.join(ROOT, "node_modules", "axe-core", "axe.min.js")
DEMO_PASSWORD = "candor-demo-2026"
ALEX = "alex@northwind.example"


@pytest.fixture(scope="module")
def demo():
    server = start_live_server(CANDOR_AUTH_RATE_LIMIT="1000 per minute")
    subprocess.run([CANDOR, "demo"], env=server.env, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    yield server
    server.stop()


def test_the_dashboard_draws_charts_with_readable_tables(demo, chromium):
    base = demo.url
    alex = HttpApi(base, HttpApi(base).post("/api/v1/tokens", {"email": ALEX, "password": DEMO_PASSWORD}, 201)["token"])
    org = alex.get("/api/v1/me", expect=200)["organizations"][0]["id"]
    stats = alex.get(f"/api/v1/organizations/{org}/stats", expect=200)
    assert stats["rejected"] > 0 and stats["asked"] > 0  # the demo has a history to show

    page = chromium.new_context(viewport=DESKTOP).new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    sign_in(page, base, ALEX, DEMO_PASSWORD)
    page.get_by_role("link", name="Dashboard").click()
    expect(page.get_by_role("heading", name="Dashboard", level=1)).to_be_visible()

    chart = page.get_by_role("img", name="Feedback promise", exact=False)
    expect(chart).to_be_visible()
    box = chart.bounding_box()
    assert box is not None and box["width"] > 300 and box["height"] > 80
    bars = page.locator('svg[data-chart="promise"] rect.chart-bar')
    expect(bars).to_have_count(4)
    widths = [float(w) for w in bars.evaluate_all("rs => rs.map((r) => r.getBoundingClientRect().width)")]
    assert widths[0] > 0 and widths[0] >= widths[1] >= widths[2] >= widths[3]  # rejected >= asked >= answered ...
    description = page.locator("#promise-desc").text_content()
    assert f"{stats['rejected']} rejected; {stats['asked']} asked for feedback" in description

    # The table behind the chart: folded, then read as a table with its caption and rows.
    section = page.get_by_role("region", name="Feedback promise")
    table = section.get_by_role("table")
    expect(table).to_be_hidden()
    section.get_by_text("Show the data table").click()
    expect(table).to_be_visible()
    rows = table.locator("tbody tr").evaluate_all(
        "rs => rs.map((r) => [...r.children].map((c) => c.textContent.trim()))"
    )
    assert rows[0] == ["Rejected", str(stats["rejected"]), "–"]
    assert rows[1][:2] == ["Asked for feedback", str(stats["asked"])]
    assert rows[3][:2] == ["Got it on time", str(stats["answered_on_time"])]
    for name in ("Reply time against", "Usefulness ratings", "Connections with", "Rejected candidates by position"):
        expect(page.get_by_role("img", name=name, exact=False)).to_be_visible()

    # axe finds no violation (its source is evaluated through Playwright: the page keeps its CSP).
    with open(AXE, encoding="utf-8") as fh:
        page.evaluate(fh.read())
    violations = page.evaluate(
        "async () => (await axe.run(document, {resultTypes: ['violations']})).violations.map((v) => v.id)"
    )
    assert violations == []

    # The period and position filters: a GET form whose values stay in the URL and the fields.
    position = page.locator("#dash-position option").nth(1)
    title = position.text_content().replace(" (closed)", "")
    page.locator("#dash-position").select_option(index=1)
    page.get_by_role("button", name="Show").click()
    expect(page.locator("#dash-position")).to_have_value(position.get_attribute("value"))
    assert "position=" in page.url and "from=" in page.url
    expect(page.locator(".lead")).to_contain_text(f"“{title}”")

    page.goto(f"{base}/organizations/{org}/dashboard")
    page.set_viewport_size(PHONE)
    width = page.evaluate("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert width[0] <= width[1], width  # no sideways scrolling on a phone
    shoot(page, "dashboard")
    assert errors == []
