"""`candor bench-data`: the bulk rows behave as real ones on the pages and the API."""

from __future__ import annotations

import re

from sqlalchemy import func, select

from server.demo.bench_data import PASSWORD
from server.extensions import db
from server.hiring.models import Candidacy
from server.messaging.models import Message, Thread
from tests.web.helpers import Browser, visible


def _bench_data(app, *args: str) -> str:
    result = app.test_cli_runner().invoke(args=["bench-data", *args])
    assert result.exit_code == 0, result.output
    return result.output


def _email(output: str, role: str) -> str:
    match = re.search(rf"\s{role}\s+(\S+@\S+)", output)
    assert match, output
    return match.group(1)


def test_bench_data_makes_threads_a_staff_member_reads_on_the_pages_and_the_api(app):
    output = _bench_data(app, "--threads", "50", "--messages-per-thread", "10")
    assert "threads" in output and re.search(r"messages\s+500\b", output), output
    assert db.session.scalar(select(func.count(Thread.id))) == 50
    assert db.session.scalar(select(func.count(Message.id))) == 500
    admin_email = _email(output, "admin")

    staff = Browser(app.test_client()).login(admin_email, PASSWORD)
    inbox = staff.get("/")
    assert inbox.status_code == 200
    newest = db.session.scalar(select(Thread).order_by(Thread.last_message_at.desc(), Thread.id.desc()).limit(1))
    assert newest is not None
    assert newest.candidacy.name in visible(inbox)

    page = staff.get(f"/threads/{newest.id}")
    assert page.status_code == 200
    last = db.session.scalar(select(Message).where(Message.thread_id == newest.id).order_by(Message.id.desc()))
    assert last is not None and last.body.split(".")[0] in visible(page)

    api = app.test_client()
    token = api.post("/api/v1/tokens", json={"email": admin_email, "password": PASSWORD}).get_json()["token"]
    headers = {"Authorization": f"Bearer {token}"}
    listed = api.get("/api/v1/threads?limit=50", headers=headers)
    assert listed.status_code == 200
    assert len(listed.get_json()["items"]) == 50
    one = api.get(f"/api/v1/threads/{newest.id}", headers=headers).get_json()
    assert one["candidate"]["name"] == newest.candidacy.name
    messages = api.get(f"/api/v1/threads/{newest.id}/messages", headers=headers).get_json()["items"]
    assert [m["id"] for m in messages][-1] == last.id

    # The active candidacies it leaves are ones the admin can reject, as in the scale benchmark.
    active = db.session.scalar(select(Candidacy.id).where(Candidacy.status == "active").limit(1))
    rejected = api.post(f"/api/v1/candidacies/{active}/reject", json={"message": "Thank you."}, headers=headers)
    assert rejected.status_code == 201, rejected.get_data(as_text=True)


def test_a_candidate_it_made_sees_only_their_thread(app):
    _bench_data(app, "--threads", "20", "--organizations", "2")
    thread = db.session.scalar(select(Thread).where(Thread.candidate_user_id.is_not(None)).limit(1))
    assert thread is not None and thread.candidate is not None
    api = app.test_client()
    token = api.post("/api/v1/tokens", json={"email": thread.candidate.email, "password": PASSWORD}).get_json()
    listed = api.get("/api/v1/threads", headers={"Authorization": f"Bearer {token['token']}"}).get_json()["items"]
    assert [t["id"] for t in listed] == [thread.id]
    # The threads are shared between the two organizations.
    assert db.session.scalar(select(func.count(func.distinct(Thread.organization_id)))) == 2
