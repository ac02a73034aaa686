"""POST /api/v1/positions/{id}/announcements: a new role told to exactly the connected candidates
whose interests match, at most once per interval, through the wording gate."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from server.accounts.models import User
from server.accounts.operations import issue_token
from server.connections.announcements import announce
from server.connections.models import Announcement, Connection
from server.connections.operations import set_connection
from server.core.time import utcnow
from server.extensions import db
from server.hiring import operations as hiring
from server.messaging.models import Message, Thread
from tests import factories
from tests.api.conftest import Api, assert_error

RISKY = "A new role for you. We want someone young and energetic for the team."


def person(admin, org, name, *, interests=(), candidate_in=True, employer_in=True):
    """A candidate in a thread with ``org``, with the given consent on each side: (user, thread)."""
    slug = name.lower().replace(" ", ".")
    candidate, thread = factories.joined_thread(admin, org, email=f"{slug}@example.com", name=name)
    if candidate_in:
        set_connection(candidate, thread.id, True, list(interests))
    if employer_in:
        set_connection(admin, thread.id, True)
    return candidate, thread


def connection_of(candidate, org) -> Connection:
    row = db.session.scalar(
        select(Connection).where(Connection.candidate_user_id == candidate.id, Connection.organization_id == org.id)
    )
    assert row is not None
    return row


def announcements_in(thread) -> list[Message]:
    db.session.expire_all()
    return list(
        db.session.scalars(
            select(Message).where(Message.thread_id == thread.id, Message.kind == "announcement").order_by(Message.id)
        )
    )


def total_announcement_messages() -> int:
    return db.session.scalar(select(func.count(Message.id)).where(Message.kind == "announcement")) or 0


@pytest.fixture
def anon(client):
    return Api(client)


@pytest.fixture
def staff_api(client, admin):
    return Api(client, issue_token(admin))


@pytest.fixture
def population(admin, org):
    """Every kind of candidate an announcement must tell apart."""
    people = {
        "match": person(admin, org, "Mia Match", interests=["Backend", "data"]),
        "match_other_case": person(admin, org, "Max Upper", interests=["BACKEND"]),
        "other_interest": person(admin, org, "Nora Design", interests=["design"]),
        "no_interests": person(admin, org, "Omar Open"),
        "candidate_only": person(admin, org, "Cara Only", interests=["backend"], employer_in=False),
        "employer_only": person(admin, org, "Eli Employer", candidate_in=False),
        "opted_out": person(admin, org, "Otto Out", interests=["backend"]),
        "expired": person(admin, org, "Edda Expired", interests=["backend"]),
    }
    set_connection(people["opted_out"][0], people["opted_out"][1].id, False)
    expired = connection_of(people["expired"][0], org)
    expired.expires_at = utcnow() - timedelta(days=1)
    db.session.commit()
    return people


@pytest.fixture
def position(admin, org):
    return factories.position(admin, org, "Platform Engineer")


def test_reaches_exactly_the_connected_candidates_with_a_matching_interest(staff_api, org, position, population):
    r = staff_api.post(
        f"/api/v1/positions/{position.id}/announcements",
        {"message": "We are hiring a platform engineer.", "interests": ["backend"]},
    )
    assert r.status_code == 201, r.get_data(as_text=True)
    body = r.get_json()
    assert body["recipients"] == 2 and body["skipped_recently_contacted"] == 0
    reached = {key for key, (_c, thread) in population.items() if announcements_in(thread)}
    assert reached == {"match", "match_other_case"}

    [message] = announcements_in(population["match"][1])
    assert message.side == "employer" and message.author_id is not None
    assert message.meta == {"announcement_id": body["announcement_id"], "position_id": position.id}
    assert "We are hiring a platform engineer." in message.body
    assert f'href="/roles/{position.id}"' in message.html and "Platform Engineer" in message.html

    announcement = db.session.get(Announcement, body["announcement_id"])
    assert announcement.recipients == 2 and announcement.interests == ["backend"]
    assert announcement.acknowledged_risks is False
    assert connection_of(population["match"][0], org).last_contacted_at is not None
    assert connection_of(population["other_interest"][0], org).last_contacted_at is None


def test_without_interests_every_connected_candidate_hears_of_it(staff_api, position, population):
    r = staff_api.post(f"/api/v1/positions/{position.id}/announcements", {"message": "A new role."})
    assert r.status_code == 201 and r.get_json()["recipients"] == 4
    reached = {key for key, (_c, thread) in population.items() if announcements_in(thread)}
    assert reached == {"match", "match_other_case", "other_interest", "no_interests"}


def test_the_message_goes_to_the_newest_thread_with_the_organization(staff_api, admin, org, position):
    candidate, first = person(admin, org, "Tess Twice", interests=["backend"])
    _cand, _thread, token = factories.rejected_thread(admin, org, email=candidate.email)
    _user, second = hiring.accept_invitation(token, user=candidate)
    assert second.id > first.id
    assert staff_api.post(f"/api/v1/positions/{position.id}/announcements", {"message": "Hi."}).status_code == 201
    assert announcements_in(first) == [] and len(announcements_in(second)) == 1


def test_at_most_one_announcement_per_interval(staff_api, admin, org, position, population):
    url = f"/api/v1/positions/{position.id}/announcements"
    assert staff_api.post(url, {"message": "First.", "interests": ["backend"]}).get_json()["recipients"] == 2

    # Everyone who matches now, minus those contacted within the 30 days.
    again = staff_api.post(url, {"message": "Second.", "interests": ["backend", "design"]}).get_json()
    assert again["recipients"] == 1 and again["skipped_recently_contacted"] == 2
    assert len(announcements_in(population["other_interest"][1])) == 1
    assert len(announcements_in(population["match"][1])) == 1

    # 29 days later: still too soon. 31 days later: due again.
    match = connection_of(population["match"][0], org)
    match.last_contacted_at = utcnow() - timedelta(days=29)
    db.session.commit()
    assert staff_api.post(url, {"message": "Third.", "interests": ["data"]}).get_json()["recipients"] == 0
    match = connection_of(population["match"][0], org)
    match.last_contacted_at = utcnow() - timedelta(days=31)
    db.session.commit()
    third = staff_api.post(url, {"message": "Fourth.", "interests": ["data"]}).get_json()
    assert third == {**third, "recipients": 1, "skipped_recently_contacted": 0}
    assert len(announcements_in(population["match"][1])) == 2


def test_the_interval_is_an_organization_setting(staff_api, org, position, population):
    url = f"/api/v1/positions/{position.id}/announcements"
    assert staff_api.post(url, {"message": "First.", "interests": ["design"]}).get_json()["recipients"] == 1
    nora = connection_of(population["other_interest"][0], org)
    nora.last_contacted_at = utcnow() - timedelta(days=8)
    db.session.commit()
    assert staff_api.post(url, {"message": "Again.", "interests": ["design"]}).get_json()["recipients"] == 0

    org.announcement_interval_days = 7
    db.session.commit()
    body = staff_api.post(url, {"message": "A week later.", "interests": ["design"]}).get_json()
    assert body["recipients"] == 1 and body["skipped_recently_contacted"] == 0
    assert len(announcements_in(population["other_interest"][1])) == 2


def test_the_wording_gate_blocks_legal_risk_until_acknowledged(staff_api, position, population):
    url = f"/api/v1/positions/{position.id}/announcements"
    error = assert_error(staff_api.post(url, {"message": RISKY}), 422, "legal_risk")
    finding = error["fields"]["findings"][0]
    assert finding["category"] == "legal_risk" and RISKY[finding["start"] : finding["end"]] == finding["phrase"]
    assert total_announcement_messages() == 0 and db.session.query(Announcement).count() == 0

    r = staff_api.post(url, {"message": RISKY, "acknowledge_risks": True})
    assert r.status_code == 201 and r.get_json()["recipients"] == 4
    announcement = db.session.get(Announcement, r.get_json()["announcement_id"])
    assert announcement.acknowledged_risks is True and announcement.author_id is not None


def test_a_closed_position_is_not_announced(staff_api, admin, position, population):
    hiring.close_position(admin, position.id)
    r = staff_api.post(f"/api/v1/positions/{position.id}/announcements", {"message": "Hi."})
    assert_error(r, 409, "position_closed")
    assert total_announcement_messages() == 0 and db.session.query(Announcement).count() == 0
    hiring.reopen_position(admin, position.id)
    assert staff_api.post(f"/api/v1/positions/{position.id}/announcements", {"message": "Hi."}).status_code == 201


def test_bad_input_changes_nothing(staff_api, position, population):
    url = f"/api/v1/positions/{position.id}/announcements"
    assert_error(staff_api.post(url, {}), 422)
    assert_error(staff_api.post(url, {"message": 5}), 400)
    assert_error(staff_api.post(url, {"message": "Hi", "interests": "backend"}), 400)
    assert_error(staff_api.post(url, {"message": "Hi", "interests": [3]}), 400)
    assert_error(staff_api.post(url, {"message": "Hi", "acknowledge_risks": "yes"}), 400)
    assert_error(staff_api.post(url, {"message": "Hi", "extra": 1}), 422)
    assert_error(staff_api.post(url, {"message": "   "}), 422)
    assert_error(staff_api.post(url, {"message": "x" * 2001}), 413, "body_too_large")
    assert_error(staff_api.post(url, {"message": "x" * 300_000}), 413)
    assert_error(staff_api.post(url, {"message": "Hi", "interests": [f"i{n}" for n in range(11)]}), 422)
    assert_error(staff_api.post(url, {"message": "Hi", "interests": ["x" * 81]}), 422)
    assert_error(staff_api.post("/api/v1/positions/999999/announcements", {"message": "Hi"}), 404)
    assert total_announcement_messages() == 0 and db.session.query(Announcement).count() == 0
    ok = staff_api.post(url, {"message": "x" * 2000, "interests": [f"i{n}" for n in range(10)]})
    assert ok.status_code == 201


def test_who_may_announce(client, anon, admin, org, position, population, stranger_org):
    url = f"/api/v1/positions/{position.id}/announcements"
    assert_error(anon.post(url, {"message": "Hi."}), 401)
    stranger = Api(client, issue_token(stranger_org["admin"]))
    assert_error(stranger.post(url, {"message": "Hi."}), 404)
    candidate = Api(client, issue_token(population["match"][0]))
    assert_error(candidate.post(url, {"message": "Hi."}), 404)
    manager = factories.member(admin, org, "hiring_manager", name="Hana Manager")
    as_manager = Api(client, issue_token(manager))
    assert_error(as_manager.post(url, {"message": "Hi."}), 404)  # a position she does not see
    hiring.assign_position(admin, position.id, manager.id)
    assert_error(as_manager.post(url, {"message": "Hi."}), 403)  # hers, but announcing is not her role
    assert total_announcement_messages() == 0

    recruiter = factories.member(admin, org, "recruiter", name="Rita Recruiter")
    r = Api(client, issue_token(recruiter)).post(url, {"message": "Hi."})
    assert r.status_code == 201 and r.get_json()["recipients"] == 4
    # The stranger's own position is theirs alone.
    theirs = factories.position(stranger_org["admin"], stranger_org["org"])
    own = Api(client, issue_token(admin))
    assert_error(own.post(f"/api/v1/positions/{theirs.id}/announcements", {"message": "Hi."}), 404)


def test_only_threads_with_this_organization_are_used(staff_api, position, population, stranger_org):
    other_thread = stranger_org["thread"]
    set_connection(stranger_org["candidate"], other_thread.id, True, ["backend"])
    set_connection(stranger_org["admin"], other_thread.id, True)
    assert staff_api.post(f"/api/v1/positions/{position.id}/announcements", {"message": "Hi."}).status_code == 201
    assert announcements_in(other_thread) == []
    assert db.session.scalar(select(func.count(Thread.id))) > 0


def test_two_announcements_at_once_reach_each_candidate_once(app, admin, org, position, population):
    """Two staff members press Send at the same moment: the frequency limit still holds."""
    recruiter = factories.member(admin, org, "recruiter", name="Rita Recruiter")
    authors, position_id = [admin.id, recruiter.id], position.id
    db.session.commit()
    start = threading.Barrier(2)
    results: list[object] = []

    def send(author_id: int) -> None:
        with app.app_context():
            try:
                author = db.session.get(User, author_id)
                start.wait()
                results.append(announce(author, position_id, "Hello from one of us."))
            except Exception as exc:  # a lock timeout is fine: it sent nothing
                results.append(exc)
            finally:
                db.session.remove()

    workers = [threading.Thread(target=send, args=(author_id,)) for author_id in authors]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    db.session.rollback()  # a fresh snapshot (SQLite's WAL keeps the old one in an open transaction)
    sent = [r for r in results if not isinstance(r, Exception)]
    assert sent, results
    assert sum(r.recipients for r in sent) == 4
    for key in ("match", "match_other_case", "other_interest", "no_interests"):
        assert len(announcements_in(population[key][1])) == 1, key
    assert total_announcement_messages() == 4
