"""Bulk rejection over JSON (issue 13): rows in, 202 and a job; the worker rejects each row as a single
rejection would (conversation, note, invitation email); every row is checked before anything happens;
a re-upload rejects nobody twice; the hourly limit is refused up front."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from server.accounts.operations import issue_token
from server.extensions import db
from server.hiring import operations as hiring
from server.messaging.models import Message, RiskAcknowledgement
from tests import factories
from tests.api.conftest import Api, assert_error
from tests.bulk.conftest import emails_to, footprint, work

YOUNGER = "Honestly, we wanted someone younger."


def _url(org) -> str:
    return f"/api/v1/organizations/{org.id}/bulk-rejections"


def _row(name: str, email: str, position="Backend Engineer", **more) -> dict:
    return {"name": name, "email": email, "position": position, **more}


def test_rows_become_rejections_with_conversations_and_emails(api, admin, org, backend, designer):
    active = factories.candidacy(admin, backend, name="Ada Active", email="ada@example.com")
    done = factories.candidacy(admin, designer, name="Dee Done", email="dee@example.com")
    hiring.reject_candidacy(admin, done.id)
    before = len(emails_to("dee@example.com"))
    rows = [
        _row(
            "Sam Rivera", "Sam@Example.com", "backend engineer", note="Thank you for your time, Sam.", reason="SKILLS "
        ),
        _row("Ada Active", "ada@example.com", str(backend.id)),
        {"name": "Dee Done", "email": "dee@example.com", "position_id": designer.id},
    ]
    r = api.post(_url(org), {"rows": rows})
    assert r.status_code == 202, r.get_json()
    job = r.get_json()
    assert r.headers["Location"].endswith(f"/api/v1/bulk-rejections/{job['id']}")
    assert (job["status"], job["total"], job["processed"], job["source"]) == ("queued", 3, 0, "api")
    assert [row["outcome"] for row in job["rows"]] == [None, None, None]
    assert job["rows"][0]["email"] == "sam@example.com" and job["rows"][0]["position"]["id"] == backend.id

    assert work() == 1
    job = api.get(f"/api/v1/bulk-rejections/{job['id']}").get_json()
    assert job["status"] == "done" and job["finished_at"] is not None
    assert job["counts"] == {"rejected": 2, "already_rejected": 1, "failed": 0} and job["processed"] == 3
    sam, ada, dee = job["rows"]
    assert [row["line"] for row in job["rows"]] == [1, 2, 3]
    assert (sam["outcome"], ada["outcome"], dee["outcome"]) == ("rejected", "rejected", "already_rejected")
    assert ada["candidacy_id"] == active.id and dee["candidacy_id"] == done.id
    # Each has their conversation, as after a single rejection: the note opens Sam's.
    thread = api.get(f"/api/v1/threads/{sam['thread_id']}").get_json()
    assert thread["candidate"]["name"] == "Sam Rivera"
    bodies = [m["body"] for m in api.get(f"/api/v1/threads/{sam['thread_id']}/messages").get_json()["items"]]
    assert "Thank you for your time, Sam." in bodies
    assert api.get(f"/api/v1/candidacies/{sam['candidacy_id']}").get_json()["status"] == "rejected"
    assert db.session.get(type(active), sam["candidacy_id"]).rejection_reason == "skills"
    # The invitation emails go to the new rejections only.
    assert len(emails_to("sam@example.com")) == 1 and len(emails_to("ada@example.com")) == 1
    assert "Thank you for your time, Sam." in emails_to("sam@example.com")[0].body_text
    assert len(emails_to("dee@example.com")) == before


def test_uploading_the_same_rows_again_rejects_nobody_twice(api, org, backend):
    rows = [_row("Sam Rivera", "sam@example.com"), _row("Kim Lee", "kim@example.com", note="Thanks, Kim.")]
    first = api.post(_url(org), {"rows": rows}).get_json()
    work()
    before = footprint()
    again = api.post(_url(org), {"rows": rows})
    assert again.status_code == 202
    work()
    job = api.get(f"/api/v1/bulk-rejections/{again.get_json()['id']}").get_json()
    assert [row["outcome"] for row in job["rows"]] == ["already_rejected", "already_rejected"]
    first_rows = api.get(f"/api/v1/bulk-rejections/{first['id']}").get_json()["rows"]
    assert [row["thread_id"] for row in job["rows"]] == [row["thread_id"] for row in first_rows]
    after = footprint()
    # Only the second job and its rows are new: no candidacy, thread, message or email.
    assert {k: after[k] - before[k] for k in after} == {**dict.fromkeys(after, 0), "bulk_jobs": 1, "bulk_rows": 2}


def test_every_row_is_checked_and_nothing_happens_if_one_is_wrong(api, admin, org, backend, stranger_org):
    closed = factories.position(admin, org, "Old Role")
    hiring.close_position(admin, closed.id)
    factories.position(admin, org, "Twin")
    factories.position(admin, org, "twin")
    their_position = factories.position(stranger_org["admin"], stranger_org["org"], "Spy Role")
    before = footprint()
    rows = [
        _row("Fine Person", "fine@example.com"),
        _row("", "not-an-email"),
        _row("Nobody", "n@example.com", "No Such Role"),
        _row("Twin", "t@example.com", "TWIN"),
        _row("Late", "late@example.com", "Old Role"),
        _row("Why", "why@example.com", reason="culture"),
        _row("Dup", "FINE@example.com"),
        {"name": "Spy", "email": "spy@example.com", "position_id": their_position.id},
        {"name": "Both", "email": "both@example.com", "position": "Backend Engineer", "position_id": backend.id},
        _row("Long", "long@example.com", note="x" * 20_001),
    ]
    error = assert_error(api.post(_url(org), {"rows": rows}), 422, "validation_failed")
    fields = error["fields"]
    assert set(fields) == {
        "rows.1.name",
        "rows.1.email",
        "rows.2.position",
        "rows.3.position",
        "rows.4.position",
        "rows.5.reason",
        "rows.6.email",
        "rows.7.position_id",
        "rows.8.position_id",
        "rows.9.note",
    }
    assert "No position titled “No Such Role”" in fields["rows.2.position"]
    assert "Several positions are titled" in fields["rows.3.position"]
    assert "closed" in fields["rows.4.position"]
    assert "skills" in fields["rows.5.reason"]
    assert "line 1" in fields["rows.6.email"]
    assert "9 rows need attention" in error["message"] and "nobody was rejected" in error["message"]
    assert footprint() == before


def test_a_risky_note_holds_the_upload_until_acknowledged(api, admin, org, backend):
    rows = [_row("Sam Rivera", "sam@example.com", note=YOUNGER), _row("Kim Lee", "kim@example.com", note=YOUNGER)]
    before = footprint()
    error = assert_error(api.post(_url(org), {"rows": rows}), 422, "legal_risk")
    assert set(error["fields"]) == {"rows.0.note", "rows.1.note"}
    assert "younger" in error["fields"]["rows.0.note"]
    assert footprint() == before

    r = api.post(_url(org), {"rows": rows, "acknowledge_risks": True})
    assert r.status_code == 202 and r.get_json()["acknowledge_risks"] is True
    work()
    job = api.get(f"/api/v1/bulk-rejections/{r.get_json()['id']}").get_json()
    assert [row["outcome"] for row in job["rows"]] == ["rejected", "rejected"]
    # The acknowledgement is recorded for each row, as for a single rejection.
    acks = list(db.session.scalars(select(RiskAcknowledgement).order_by(RiskAcknowledgement.id)))
    assert [(a.user_id, a.subject, a.thread_id) for a in acks] == [
        (admin.id, "rejection", row["thread_id"]) for row in job["rows"]
    ]
    assert all(db.session.get(Message, a.message_id).body == YOUNGER for a in acks)


def test_the_hourly_limit_is_refused_up_front(make_app):
    app = make_app(RATELIMIT_ENABLED=True, CANDOR_REJECTION_LIMIT="3 per hour")
    with app.app_context():
        admin, org = factories.employer("Acme", name="Erin", email="erin@acme.example")
        backend = factories.position(admin, org, "Backend Engineer")
        api = Api(app.test_client(), issue_token(admin))
        gone = factories.candidacy(admin, backend, email="gone@example.com")
        api.post(f"/api/v1/candidacies/{gone.id}/reject", {})  # one of the three this hour
        before = footprint()

        four = [_row(f"P{n}", f"p{n}@example.com") for n in range(4)]
        error = assert_error(api.post(_url(org), {"rows": four}), 422, "over_rejection_limit")
        assert "more than your organization may send in an hour (3)" in error["message"]
        r = api.post(_url(org), {"rows": four[:3]})
        error = assert_error(r, 429, "rate_limited")
        assert 0 < int(r.headers["Retry-After"]) <= 3600
        assert "can send 2 more" in error["message"] and "upload at most 2 people now" in error["message"]
        assert footprint() == before

        # A person already rejected costs nothing: two new ones and the one already gone fit.
        rows = [*four[:2], _row("Gone", "gone@example.com")]
        assert api.post(_url(org), {"rows": rows}).status_code == 202
        work()
        assert len(emails_to("p0@example.com")) == 1 and len(emails_to("p1@example.com")) == 1
        # The budget was taken at upload: the processed rows counted once, so it is spent now.
        last = factories.candidacy(admin, backend, email="last@example.com")
        assert_error(api.post(f"/api/v1/candidacies/{last.id}/reject", {}), 429, "rate_limited")


def test_strangers_candidates_and_hiring_managers(client, api, admin, org, backend, candidate, stranger_org):
    rows = [_row("Sam", "sam@example.com", str(backend.id))]  # the candidate's thread has a Backend Engineer too
    job = api.post(_url(org), {"rows": rows}).get_json()
    outsider = Api(client, issue_token(stranger_org["admin"]))
    for caller in (outsider, Api(client, issue_token(candidate))):
        missing = assert_error(caller.get("/api/v1/bulk-rejections/999999"), 404)
        assert assert_error(caller.get(f"/api/v1/bulk-rejections/{job['id']}"), 404) == missing
    assert_error(outsider.post(_url(org), {"rows": rows}), 404)
    manager = factories.member(admin, org, "hiring_manager")
    as_manager = Api(client, issue_token(manager))
    assert_error(as_manager.get(f"/api/v1/bulk-rejections/{job['id']}"), 403)
    before = footprint()
    assert_error(as_manager.post(_url(org), {"rows": rows}), 403)
    assert_error(Api(client).post(_url(org), {"rows": []}), 401)
    assert footprint() == before


@pytest.mark.parametrize(
    ("body", "status", "field"),
    [
        ({"rows": "name,email"}, 400, "rows"),
        ({"rows": [{"name": 5, "email": "a@example.com", "position": "Backend Engineer"}]}, 400, "rows.0.name"),
        ({"rows": [{"name": "A", "position": "Backend Engineer"}]}, 422, "rows.0.email"),
        ({"rows": [{"name": "A", "email": "a@example.com", "position": "Backend Engineer", "x": 1}]}, 422, "rows.0.x"),
        ({"rows": []}, 422, "rows"),
        ({"rows": [_row("A", "a@example.com")], "acknowledge_risks": "yes"}, 400, "acknowledge_risks"),
        ({"rows": [_row("A", "a@example.com")] * 5_001}, 422, "rows"),
        ({"rows": [_row("A\x00", "a@example.com")]}, 422, "rows.0.name"),
    ],
    ids=["rows-not-a-list", "wrong-type", "missing", "unknown-field", "empty", "ack-type", "too-many", "control"],
)
def test_bad_bodies_are_refused_and_change_nothing(api, org, backend, body, status, field):
    before = footprint()
    error = assert_error(api.post(_url(org), body), status)
    assert field in error["fields"], error
    assert footprint() == before


def test_a_huge_body_is_413(api, org, backend):
    huge = {"rows": [_row("A", "a@example.com", note="x" * 20_000)] * 220}  # about 4.4 MB
    assert_error(api.post(_url(org), huge), 413, "too_large")
    assert footprint()["bulk_jobs"] == 0


def test_every_note_is_checked_however_many_differ(api, org, backend):
    """Notes are checked once per distinct wording (with a turn for the server's other work now and then
    on PostgreSQL): the one risky note among many is found on its row."""
    rows = [_row(f"P{n}", f"p{n}@example.com", note=f"Thank you for your time, P{n}.") for n in range(60)]
    rows[57]["note"] = YOUNGER
    error = assert_error(api.post(_url(org), {"rows": rows}), 422, "legal_risk")
    assert list(error["fields"]) == ["rows.57.note"]
