"""The Account page's "Your data" section (client_templates/privacy/_account_section.html)."""

from __future__ import annotations

from flask import render_template
from flask_login import login_user

from tests.web.helpers import Browser


def section_for(app, user) -> str:
    with app.test_request_context("/account"):
        login_user(user)
        return render_template("privacy/_account_section.html")


def test_section_links_export_and_delete_for_each_kind(app, admin, candidate):
    for user, wording in ((candidate, "Former candidate"), (admin, "former colleague")):
        html = section_for(app, user)
        assert 'href="/account/export"' in html and "Export my data" in html
        assert 'href="/account/delete"' in html and "Delete my account" in html
        assert wording in html


def test_account_page_shows_the_section(client, candidate):
    Browser(client).login(candidate.email)
    page = client.get("/account").get_data(as_text=True)
    assert 'id="privacy-heading"' in page
    assert "Export my data" in page and "Delete my account" in page
