#!/usr/bin/env python3
"""Screenshots of Candor's main pages for the README (issue 13). Run on demand, not in CI.

It starts `candor serve` with the demo data (`candor demo`) on a temporary SQLite database, as
`./scripts/start` does, drives Debian's Chromium with Playwright at 1280 x 800, and writes PNGs to
docs/screenshots/, each reduced to a 256-colour palette (Pillow) so it stays small:

- employer-inbox.png      the employer's inbox (Alex, the demo admin)
- thread-feedback.png     a conversation with feedback given, as the employer sees it
- feedback-form.png       the feedback form with a wording finding highlighted in an answer
- dashboard.png           the organization's dashboard
- talent-pool.png         the talent pool
- candidate-thread.png    a candidate's conversation, waiting for the feedback they asked for

    .venv/bin/pip install -e ".[test,docs]"     # Playwright, Pillow
    .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--chromium /usr/bin/chromium]
"""

from __future__ import annotations

import argparse
import io
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable

from PIL import Image
from playwright.sync_api import Page, expect, sync_playwright

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CANDOR = os.path.join(os.path.dirname(sys.executable), "candor")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SIZE = {"width": 1280, "height": 800}
PASSWORD = "candor-demo-2026"
ALEX, PRIYA = "alex@northwind.example", "priya@candidates.example"
# An answer the wording check flags twice: a platitude (advice) and a reference to age (a legal
# risk, which holds Send until it is changed or acknowledged).
FLAGGED = (
    "You clearly have a lot of potential. Your design review of the queue service was clear, though we "
    "wanted someone for a younger team."
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class DemoServer:
    """`candor serve` on a new SQLite file with the demo data, in development settings."""

    def __init__(self) -> None:
        self.folder = tempfile.mkdtemp(prefix="candor-screenshots-")
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = {
            **os.environ,
            "CANDOR_ENV": "development",
            "DATABASE_URL": f"sqlite:///{self.folder}/candor.sqlite3",
            "CANDOR_INSTANCE_PATH": self.folder,
            "CANDOR_BASE_URL": self.url,
            "CANDOR_AUTH_RATE_LIMIT": "1000 per minute",
        }
        self.log = open(os.path.join(self.folder, "serve.log"), "wb")  # noqa: SIM115 (the server's whole life)
        self.proc: subprocess.Popen | None = None

    def __enter__(self) -> DemoServer:
        for command in (["db", "upgrade"], ["demo"]):
            subprocess.run([CANDOR, *command], env=self.env, cwd=ROOT, check=True, capture_output=True)
        self.proc = subprocess.Popen(
            [CANDOR, "serve", "--host", "127.0.0.1", "--port", str(self.port)],
            env=self.env,
            cwd=ROOT,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise SystemExit(f"candor serve exited; see {self.log.name}")
            try:
                with urllib.request.urlopen(self.url + "/login", timeout=1):
                    return self
            except OSError:
                time.sleep(0.2)
        raise SystemExit(f"candor serve did not start; see {self.log.name}")

    def __exit__(self, *_exc) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(timeout=10)
        self.log.close()


def save(page: Page, path: str) -> int:
    """The window as a 256-colour PNG; returns its size in bytes."""
    shot = Image.open(io.BytesIO(page.screenshot(animations="disabled", caret="hide")))
    shot.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT).save(path, optimize=True)
    return os.path.getsize(path)


def log_in(page: Page, base: str, email: str) -> None:
    page.goto(base + "/login")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="Inbox")).to_be_visible()


def open_thread(page: Page, base: str, name: str) -> None:
    """From the inbox, the conversation titled ``name``, with its live connection up."""
    page.goto(base + "/")
    page.locator(".thread-row", has_text=name).locator("a").click()
    expect(page.locator("html[data-socket=connected]")).to_be_attached()


def scroll_to(page: Page, selector: str, above: int = 90) -> None:
    page.evaluate(
        "([selector, above]) => window.scrollTo(0, document.querySelector(selector).getBoundingClientRect().top"
        " + window.scrollY - above)",
        [selector, above],
    )


def employer_pages(page: Page, base: str) -> dict[str, Callable[[], None]]:
    def inbox() -> None:
        page.goto(base + "/")
        expect(page.locator(".thread-row").first).to_be_visible()

    def thread_feedback() -> None:
        open_thread(page, base, "Jordan Lee")
        scroll_to(page, ".message-kind-feedback")

    def feedback_form() -> None:
        open_thread(page, base, "Priya Shah")
        page.get_by_role("link", name="Write feedback").click()
        page.get_by_label("What stood out in a good way").fill(FLAGGED)
        expect(page.locator(".hl-backdrop mark.finding-legal_risk")).to_be_visible()
        expect(page.locator(".hl-backdrop mark.finding-platitude")).to_be_visible()
        page.locator("h1").click()  # no focus ring over the answer
        scroll_to(page, ".prompt", above=75)

    def dashboard() -> None:
        page.get_by_role("navigation", name="Main").get_by_role("link", name="Dashboard").click()
        expect(page.locator("[data-chart=promise]")).to_be_visible()

    def talent_pool() -> None:
        page.get_by_role("navigation", name="Main").get_by_role("link", name="Talent pool").click()
        expect(page.locator(".pool-table")).to_be_visible()

    return {
        "employer-inbox": inbox,
        "thread-feedback": thread_feedback,
        "feedback-form": feedback_form,
        "dashboard": dashboard,
        "talent-pool": talent_pool,
    }


def candidate_pages(page: Page, base: str) -> dict[str, Callable[[], None]]:
    def thread() -> None:
        open_thread(page, base, "Northwind Labs")

    return {"candidate-thread": thread}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default=os.path.join(ROOT, "docs", "screenshots"))
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    with DemoServer() as server, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=args.chromium, args=CHROMIUM_ARGS)
        for email, pages in ((ALEX, employer_pages), (PRIYA, candidate_pages)):
            context = browser.new_context(viewport=SIZE, color_scheme="light", reduced_motion="reduce")
            page = context.new_page()
            log_in(page, server.url, email)
            for name, show in pages(page, server.url).items():
                show()
                page.wait_for_load_state("networkidle")
                path = os.path.join(args.out, f"{name}.png")
                print(f"{os.path.relpath(path, ROOT)}: {save(page, path) // 1024} KB")
            context.close()
        browser.close()


if __name__ == "__main__":
    main()
