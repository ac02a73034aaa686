from __future__ import annotations

import pytest

from tests.web.helpers import Browser


@pytest.fixture
def browser(client):
    return Browser(client)


@pytest.fixture
def new_browser(app):
    """A separate browser (its own cookies), e.g. for a second person."""
    return lambda: Browser(app.test_client())


@pytest.fixture
def staff(new_browser, admin):
    return new_browser().login(admin.email)


@pytest.fixture
def casey(new_browser, candidate):
    return new_browser().login(candidate.email)
