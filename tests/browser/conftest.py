"""A real `candor serve` process and Debian's Chromium, driven by Playwright."""

from __future__ import annotations

import os

import pytest

from tests.browser.helpers import DESKTOP, start_live_server

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def live_server():
    server = start_live_server()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def chromium():
    if not os.path.exists(CHROMIUM):
        if os.environ.get("CANDOR_REQUIRE_BROWSER"):
            pytest.fail(f"{CHROMIUM} is missing (apt-get install chromium)")
        pytest.skip(f"{CHROMIUM} is not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def new_context(chromium):
    """Browser contexts (one per person: their own cookies), closed after the test."""
    made = []

    def new(**options):
        context = chromium.new_context(**{"viewport": DESKTOP, **options})
        made.append(context)
        return context

    yield new
    for context in made:
        context.close()
