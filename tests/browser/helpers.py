"""Helpers for the browser tests: servers, signing in, screenshots."""

from __future__ import annotations

import os
import tempfile

from tests.live import LiveServer

SHOTS = "/tmp/candor-shots"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
PASSWORD = "a long password"  # what tests.live.employer_and_candidate() signs people up with


def start_live_server(**env: str) -> LiveServer:
    """Development settings, as a newcomer runs it; its own SQLite file, migrated by Alembic."""
    folder = tempfile.mkdtemp(prefix="candor-browser-")
    server = LiveServer(
        f"sqlite:///{folder}/candor.sqlite3", CANDOR_ENV="development", CANDOR_INSTANCE_PATH=folder, **env
    )
    server.migrate()
    return server.start()


def sign_in(page, base: str, email: str, password: str = PASSWORD) -> None:
    from playwright.sync_api import expect

    page.goto(base + "/login")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="Inbox")).to_be_visible()


def shoot(page, name: str, *, sizes=(("phone", PHONE), ("desktop", DESKTOP)), full_page: bool = True) -> None:
    os.makedirs(SHOTS, exist_ok=True)
    for label, size in sizes:
        page.set_viewport_size(size)
        page.screenshot(path=f"{SHOTS}/{name}-{label}.png", full_page=full_page)
