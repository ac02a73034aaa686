"""The bulk rejection pages (issue 13): upload a CSV file with the page's form, see every line's problem
with its line and column (and nothing changes), or follow the upload to each person's outcome."""

from __future__ import annotations

import io
import re

import pytest

from tests import factories
from tests.bulk.conftest import emails_to, footprint, work
from tests.web.helpers import Browser, csrf_token, text, visible

HEADER = "name,email,position,note,reason\n"


def _page(org) -> str:
    return f"/organizations/{org.id}/bulk-rejections"


def _upload(browser: Browser, org, data: bytes | None, *, filename: str = "people.csv", acknowledge: bool = False):
    html = browser.get(_page(org)).get_data(as_text=True)
    form: dict = {"csrf_token": csrf_token(html)}
    if data is not None:
        form["file"] = (io.BytesIO(data), filename)
    if acknowledge:
        form["acknowledge"] = "y"
    return browser.client.post(_page(org), data=form, content_type="multipart/form-data")


def _problems(response) -> list[tuple[int, str, str]]:
    """(line, column, problem) of each row of the page's problem table."""
    found = re.findall(
        r'data-problem-line="(\d+)" data-problem-column="([^"]*)">.*?<td data-label="Problem">(.*?)</td>',
        text(response),
        flags=re.S,
    )
    return [(int(line), column, problem) for line, column, problem in found]


def test_an_uploaded_file_is_rejected_row_by_row_and_the_page_shows_each_outcome(staff, org, backend):
    page = staff.get(_page(org))
    assert page.status_code == 200 and 'enctype="multipart/form-data"' in page.get_data(as_text=True)
    data = (
        HEADER + 'Sam Rivera,sam@example.com,Backend Engineer,"Thank you, Sam.\nIt was a close call.",skills\n'
        "Kim Lee,kim@example.com,backend engineer,,\n"
    ).encode()
    response = _upload(staff, org, data)
    assert response.status_code == 302, visible(response)
    job_page = response.headers["Location"]
    assert re.fullmatch(r"/bulk-rejections/\d+", job_page)
    waiting = staff.get(job_page)
    shown = visible(waiting)
    assert "people.csv" in shown and "0 of 2 processed" in shown and "Refresh" in shown
    assert '<progress id="bulk-progress" max="2" value="0"' in text(waiting)
    assert '<label class="label" for="bulk-progress">' in text(waiting)

    work()
    done = staff.get(job_page)
    shown = visible(done)
    assert "2 of 2 processed: 2 rejected, 0 already rejected, 0 failed." in shown and "Refresh" not in shown
    assert text(done).count('data-row-outcome="rejected"') == 2
    threads = re.findall(r'href="/threads/(\d+)">Conversation', text(done))
    assert len(threads) == 2
    body = emails_to("sam@example.com")[0].body_text
    assert "Thank you, Sam." in body and "It was a close call." in body
    assert len(emails_to("kim@example.com")) == 1
    # The upload page lists it.
    assert "people.csv" in visible(staff.get(_page(org))) and "Done: 2 rejected" in visible(staff.get(_page(org)))


def test_a_spreadsheets_semicolons_bom_and_crlf_are_read(staff, org, backend):
    data = "\ufeffName;E-mail;Position\r\nSam Rivera;sam@example.com;Backend Engineer\r\n".replace("E-mail", "email")
    assert _upload(staff, org, data.encode()).status_code == 302


def test_every_lines_problems_are_shown_with_line_and_column_and_nothing_changes(staff, admin, org, backend):
    data = (
        HEADER
        + 'Fine Person,fine@example.com,Backend Engineer,"A note\nover two lines",\n'  # lines 2-3
        + "\n"  # line 4, blank
        + ",no-email,Backend Engineer,,\n"  # line 5
        + "Nobody,n@example.com,No Such Role,,culture\n"  # line 6
        + "Too,many,values,here,x,y\n"  # line 7
        + "Again,FINE@example.com,Backend Engineer,,\n"  # line 8
    ).encode()
    before = footprint()
    response = _upload(staff, org, data)
    assert response.status_code == 422
    assert _problems(response) == [
        (5, "email", _problems(response)[0][2]),
        (5, "name", "Required."),
        (6, "position", "No position titled “No Such Role” in this organization."),
        (6, "reason", _problems(response)[3][2]),
        (7, "", _problems(response)[4][2]),
        (8, "email", "The same person and position as line 2."),
    ]
    shown = visible(response)
    assert "Nobody was rejected: 4 lines of the file need attention" in shown
    assert "does not look right" in shown and "Use one of:" in shown and "6 values" in shown
    assert footprint() == before


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (None, "Choose a CSV file to upload."),
        (b"", "The file is empty."),
        (b"name,email,position\n", "The file has a header but no rows"),
        (
            b"name,email,role\nSam,sam@example.com,Backend Engineer\n",
            "The header has a column Candor does not know: role",
        ),
        (b"name,position\nSam,Backend Engineer\n", "The header lacks the column email"),
        (b"name,email,position,name\n", "names the column name more than once"),
        ("name,email,position\nZoë,zoe@example.com,Backend Engineer\n".encode("latin-1"), "not UTF-8 text (line 2"),
        (b'name,email,position\nSam,"sam@example.com,Backend Engineer\n', "could not be read as CSV"),
        (
            (HEADER + "A,a@example.com,Backend Engineer,,\n" * 5_001).encode(),
            "The file has more than 5,000 rows",
        ),
        (HEADER.encode() + b"x" * (2 * 1024 * 1024), "The file is larger than 2 MB"),
    ],
    ids=[
        "no-file",
        "empty",
        "header-only",
        "unknown-column",
        "missing-column",
        "repeated",
        "latin-1",
        "quote",
        "too-many-rows",
        "too-big",
    ],
)
def test_a_wrong_file_is_refused_with_a_clear_message(staff, org, backend, data, message):
    before = footprint()
    response = _upload(staff, org, data)
    assert response.status_code == 422, visible(response)
    assert message in visible(response)
    assert footprint() == before


def test_a_risky_note_holds_the_upload_until_the_box_is_ticked(staff, org, backend):
    data = (HEADER + "Sam Rivera,sam@example.com,Backend Engineer,We wanted someone younger.,\n").encode()
    before = footprint()
    response = _upload(staff, org, data)
    assert response.status_code == 422
    [(line, column, problem)] = _problems(response)
    assert (line, column) == (2, "note") and "protected characteristic (“someone younger”)" in problem
    assert footprint() == before
    assert _upload(staff, org, data, acknowledge=True).status_code == 302


def test_the_page_says_when_the_hourly_limit_has_no_room(make_app):
    app = make_app(RATELIMIT_ENABLED=True, CANDOR_REJECTION_LIMIT="1 per hour", CANDOR_AUTH_RATE_LIMIT="100 per minute")
    with app.app_context():
        admin, org = factories.employer("Acme", name="Erin", email="erin@acme.example")
        factories.position(admin, org, "Backend Engineer")
        browser = Browser(app.test_client()).login(admin.email)
        row = "Sam Rivera,sam@example.com,Backend Engineer,,\n"
        assert _upload(browser, org, (HEADER + row).encode()).status_code == 302
        response = _upload(browser, org, (HEADER + row.replace("sam", "kim")).encode())
        assert response.status_code == 429 and int(response.headers["Retry-After"]) > 0
        assert "can send 0 more rejections right now" in visible(response)
