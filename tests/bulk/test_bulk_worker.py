"""Processing uploads outside the request (issue 13): one worker at a time per job under a lease that
a dead worker's successor takes over, rows the services refuse recorded as failed while the others go
on, progress events to the uploader's own room, and no more of an erased candidate than elsewhere."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select, update

from server.accounts import operations as accounts
from server.accounts.operations import issue_token
from server.bulk import processing
from server.bulk.models import BulkJob, BulkRow
from server.bulk.operations import outcome_counts
from server.core.time import utcnow
from server.extensions import db, socketio
from server.hiring import operations as hiring
from server.privacy.operations import erase_account
from tests import factories
from tests.bulk.conftest import emails_to, work


def _upload(api, org, *people: str, position: str = "Backend Engineer") -> int:
    rows = [{"name": p.title(), "email": f"{p}@example.com", "position": position} for p in people]
    response = api.post(f"/api/v1/organizations/{org.id}/bulk-rejections", {"rows": rows})
    assert response.status_code == 202, response.get_json()
    return response.get_json()["id"]


def _outcomes(job_id: int) -> list[tuple[str | None, str | None]]:
    db.session.expire_all()
    rows = db.session.scalars(select(BulkRow).where(BulkRow.job_id == job_id).order_by(BulkRow.line))
    return [(row.outcome, row.error) for row in rows]


def test_a_dead_workers_job_is_taken_over_after_its_lease_and_no_row_is_done_twice(api, org, backend):
    job_id = _upload(api, org, "ann", "bob", "cy")
    claimed = processing.claim(job_id)
    assert claimed is not None and processing.claim(job_id) is None  # one worker at a time
    _job, owner = claimed
    first = db.session.scalar(select(BulkRow.id).where(BulkRow.job_id == job_id).order_by(BulkRow.line).limit(1))
    tally = processing.Tally(db.session.get(BulkJob, job_id), outcome_counts([job_id])[job_id])
    assert processing._process_row(job_id, first, owner, tally, False) == "rejected"
    # The worker dies here. While its lease lasts nobody else takes the job ...
    assert work() == 0
    # ... and once it has run out, the loop finishes the job without repeating the first row.
    db.session.execute(update(BulkJob).where(BulkJob.id == job_id).values(lease_until=utcnow() - timedelta(seconds=1)))
    db.session.commit()
    assert work() == 1
    assert [outcome for outcome, _ in _outcomes(job_id)] == ["rejected"] * 3
    assert [len(emails_to(f"{p}@example.com")) for p in ("ann", "bob", "cy")] == [1, 1, 1]
    # The old worker, should it wake up, holds nothing any more.
    assert processing.run(job_id, owner) is False
    assert db.session.get(BulkJob, job_id).status == "done"


def test_rows_the_services_refuse_fail_with_the_reason_and_the_others_go_on(api, admin, org, backend):
    kept = factories.candidacy(admin, backend, name="Kept", email="kept@example.com")
    job_id = _upload(api, org, "new", "kept")
    hiring.close_position(admin, backend.id)  # after the upload: a new candidate cannot be added now
    work()
    (new, new_error), (kept_outcome, _) = _outcomes(job_id)
    assert new == "failed" and "closed" in new_error
    assert kept_outcome == "rejected" and db.session.get(type(kept), kept.id).status == "rejected"
    assert emails_to("new@example.com") == []


def test_an_uploader_who_lost_their_role_rejects_nobody(api, admin, org, backend):
    recruiter = factories.member(admin, org, "recruiter")
    from_recruiter = type(api)(api.client, issue_token(recruiter))
    job_id = _upload(from_recruiter, org, "ann")
    accounts.change_member_role(admin, org.id, recruiter.id, "hiring_manager")
    work()
    [(outcome, error)] = _outcomes(job_id)
    assert outcome == "failed" and "can no longer reject candidates" in error
    assert emails_to("ann@example.com") == []


def test_progress_reaches_the_uploaders_sockets_only(app, api, admin, org, backend):
    colleague = factories.member(admin, org, "recruiter")
    mine = socketio.test_client(app, auth={"token": issue_token(admin)})
    theirs = socketio.test_client(app, auth={"token": issue_token(colleague)})
    try:
        job_id = _upload(api, org, "ann", "bob")
        work()
        events = [args[0] for e in mine.get_received() if e["name"] == "bulk_progress" for args in [e["args"]]]
        assert events and events[-1] == {
            "job_id": job_id,
            "processed": 2,
            "total": 2,
            "rejected": 2,
            "already_rejected": 0,
            "failed": 0,
            "done": True,
        }
        assert [e["processed"] for e in events] == sorted(e["processed"] for e in events)
        assert not [e for e in theirs.get_received() if e["name"] == "bulk_progress"]
    finally:
        mine.disconnect()
        theirs.disconnect()


def test_an_erased_candidate_is_not_kept_in_the_upload(api, org, backend):
    job_id = _upload(api, org, "ann")
    work()
    token = factories.invitation_token("ann@example.com")
    ann, _thread = hiring.accept_invitation(token, name="Ann", password=factories.PASSWORD)
    erase_account(ann, factories.PASSWORD)
    row = db.session.scalars(select(BulkRow).where(BulkRow.job_id == job_id)).one()
    db.session.refresh(row)
    assert (row.name, row.email) == ("Former candidate", "")
