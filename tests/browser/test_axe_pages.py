"""axe-core (from npm, node_modules/axe-core) on every main page, as the person who uses it, on the
demo data: no violation at desktop width, and no page scrolls sideways on a 390 px phone.

The page's Content-Security-Policy (script-src 'self') would block an injected <script>, so axe's
source is evaluated through Playwright, which the policy does not govern; the pages keep their CSP."""

from __future__ import annotations

import os
import subprocess

import pytest

from tests.browser.helpers import DESKTOP, PHONE, start_live_server
from tests.live import CANDOR, ROOT, HttpApi, emailed_invitation_token

pytestmark = pytest.mark.browser

AXE = os.path.join(ROOT, "node_modules", "axe-core", "axe.min.js")
DEMO_PASSWORD = "candor-demo-2026"
ALEX, MORGAN = "alex@northwind.example", "morgan@northwind.example"
SAM, PRIYA, JORDAN, TAYLOR = (f"{n}@candidates.example" for n in ("sam", "priya", "jordan", "taylor"))

RUN_AXE = """async () => {
    const result = await axe.run(document, {resultTypes: ['violations']});
    return {passes: result.passes.length, violations: result.violations.map((v) => ({
        id: v.id, impact: v.impact, help: v.help,
        nodes: v.nodes.slice(0, 5).map((n) => ({target: n.target.join(' '), summary: n.failureSummary})),
    }))};
}"""

SIDEWAYS = """() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > width + 1)
        .slice(0, 5).map((el) => el.tagName.toLowerCase() + (el.className ? '.' + el.className : ''));
    return {scroll: document.documentElement.scrollWidth, width, wide};
}"""


@pytest.fixture(scope="module")
def demo():
    if not os.path.exists(AXE):
        pytest.fail(f"{AXE} is missing: run npm ci")
    server = start_live_server(CANDOR_AUTH_RATE_LIMIT="1000 per minute")
    subprocess.run([CANDOR, "demo"], env=server.env, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    yield server
    server.stop()


def token(base: str, email: str) -> HttpApi:
    answer = HttpApi(base).post("/api/v1/tokens", {"email": email, "password": DEMO_PASSWORD}, expect=201)
    return HttpApi(base, answer["token"])


def by_candidate(threads: list[dict], name: str) -> int:
    return next(t["id"] for t in threads if t["candidate"]["name"] == name)


def pages(base: str) -> list[tuple[str | None, str]]:
    """(who, path) for every main page; who is None for a visitor."""
    alex = token(base, ALEX)
    org = alex.get("/api/v1/me", expect=200)["organizations"][0]["id"]
    threads = alex.get("/api/v1/threads", expect=200)
    threads = threads["items"] if isinstance(threads, dict) else threads
    positions = alex.get(f"/api/v1/positions?organization_id={org}", expect=200)
    positions = positions["items"] if isinstance(positions, dict) else positions
    backend = next(p["id"] for p in positions if p["title"] == "Backend Engineer")
    fresh = alex.post(f"/api/v1/positions/{backend}/candidacies", {"name": "Robin Axe", "email": "robin@c.example"})
    bulk = alex.post(
        f"/api/v1/organizations/{org}/bulk-rejections",
        {"rows": [{"name": "Bailey Bulk", "email": "bailey@c.example", "position_id": backend, "note": "Thank you."}]},
        expect=202,
    )
    priya, sam = by_candidate(threads, "Priya Shah"), by_candidate(threads, "Sam Rivera")
    jordan, taylor = by_candidate(threads, "Jordan Lee"), by_candidate(threads, "Taylor Kim")
    invitation = emailed_invitation_token(base, "avery@candidates.example")
    feedback = token(base, JORDAN).get(f"/api/v1/threads/{jordan}/messages", expect=200)
    feedback = feedback["items"] if isinstance(feedback, dict) else feedback
    feedback_id = next(m["id"] for m in feedback if m["kind"] == "feedback")
    return [
        (None, "/login"),
        (None, "/signup"),
        (None, "/password-reset"),
        (None, f"/invitations/{invitation}"),
        (None, "/invitations/no-such-invitation"),
        (None, "/no-such-page"),
        (ALEX, "/"),
        (ALEX, f"/threads/{priya}"),
        (ALEX, f"/threads/{taylor}"),
        (ALEX, f"/threads/{priya}/feedback"),
        (ALEX, f"/threads/{jordan}/feedback/{feedback_id}/edit"),
        (ALEX, "/positions"),
        (ALEX, f"/positions/{backend}"),
        (ALEX, f"/candidacies/{fresh['id']}/reject"),
        (ALEX, f"/positions/{backend}/announce"),
        (ALEX, f"/organizations/{org}/bulk-rejections"),
        (ALEX, f"/bulk-rejections/{bulk['id']}"),
        (ALEX, f"/organizations/{org}/team"),
        (ALEX, f"/organizations/{org}/talent-pool"),
        (ALEX, f"/organizations/{org}/settings"),
        (ALEX, f"/organizations/{org}/prompts"),
        (ALEX, f"/organizations/{org}/prompts/strengths/edit"),
        (ALEX, "/outbox"),
        (ALEX, "/settings"),
        (ALEX, "/account"),
        (MORGAN, "/"),
        (MORGAN, f"/threads/{priya}/feedback"),
        (SAM, "/"),
        (SAM, f"/threads/{sam}"),
        (SAM, f"/threads/{sam}/feedback-request"),
        (JORDAN, f"/threads/{jordan}"),
        (TAYLOR, f"/threads/{taylor}"),
        (TAYLOR, "/connections"),
        (TAYLOR, f"/roles/{backend}"),
        (SAM, "/settings"),
        (SAM, "/account"),
        (SAM, "/account/delete"),
    ]


def log_in(context, base: str, email: str) -> None:
    page = context.new_page()
    page.goto(base + "/login")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(lambda url: "/login" not in url)
    page.close()


def test_every_main_page_has_no_axe_violation_and_fits_a_phone(demo, chromium):
    base = demo.url
    with open(AXE, encoding="utf-8") as fh:
        axe_source = fh.read()
    contexts: dict[str | None, object] = {}
    problems: list[str] = []
    checked = 0
    try:
        for who, path in pages(base):
            if who not in contexts:
                contexts[who] = chromium.new_context(viewport=DESKTOP)
                if who:
                    log_in(contexts[who], base, who)
            page = contexts[who].new_page()
            errors: list[str] = []
            page.on("pageerror", lambda error, errors=errors: errors.append(str(error)))
            page.goto(base + path)
            page.wait_for_load_state("networkidle")
            page.evaluate(axe_source)
            for size_name, size in (("desktop", DESKTOP), ("phone", PHONE)):
                page.set_viewport_size(size)
                result = page.evaluate(RUN_AXE)
                assert result["passes"] > 10, f"axe checked next to nothing on {path}"
                for v in result["violations"]:
                    nodes = "; ".join(f"{n['target']}: {n['summary']}" for n in v["nodes"])
                    problems.append(
                        f"{who or 'visitor'} {path} ({size_name}) {v['id']} [{v['impact']}] {v['help']}: {nodes}"
                    )
            fit = page.evaluate(SIDEWAYS)
            if fit["scroll"] > fit["width"]:
                problems.append(f"{who or 'visitor'} {path} scrolls sideways at 390 px: {fit}")
            problems += [f"{who or 'visitor'} {path} script error: {e}" for e in errors]
            checked += 1
            page.close()
    finally:
        for context in contexts.values():
            context.close()
    print(f"axe: {checked} pages checked, {len(problems)} problems")
    assert checked >= 30
    assert not problems, "\n".join(problems)
