"""A real `candor serve` process and Debian's Chromium, driven by Playwright."""
from __future__ import annotations

import os
import tempfile

import pytest

from tests.live import LiveServer

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def live_server():
    # Development settings, as a newcomer runs it; its own SQLite file, migrated by Alembic.
    folder = tempfile.mkdtemp(prefix="candor-browser-")
    server = LiveServer(f"sqlite:///{folder}/candor.sqlite3", CANDOR_ENV="development",
                        CANDOR_INSTANCE_PATH=folder)
    server.migrate()
    server.start()
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
