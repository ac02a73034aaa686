"""Account emails through a real SMTP server: password reset links, email confirmation (signup and
change of address, with a notice to the old address), and invitations held until the founder confirms."""

from __future__ import annotations

import re

from sqlalchemy import select

from server.accounts import operations as accounts
from server.accounts.models import Organization, User
from server.extensions import db
from server.hiring import operations as hiring
from server.notifications.models import OutboxEmail
from tests import factories
from tests.api.conftest import Api, assert_error
from tests.notifications.conftest import after, deliver, html_part, text_part

NEW_PASSWORD = "a brand new passphrase"


def _link(message, kind: str) -> str:
    found = re.findall(rf"https?://\S+/{kind}/[A-Za-z0-9_-]+", text_part(message))
    assert len(found) == 1, text_part(message)
    assert found[0] in html_part(message)
    return found[0]


def test_reset_link_arrives_by_smtp_and_unknown_addresses_get_nothing(mail_app, mailbox):
    admin, _org = factories.employer("Acme", email="erin@acme.example")
    anon = Api(mail_app.test_client())
    assert anon.post("/api/v1/password-reset", {"email": "erin@acme.example"}).status_code == 202
    assert anon.post("/api/v1/password-reset", {"email": "ghost@acme.example"}).status_code == 202
    deliver(after(1))
    assert [rcpts for rcpts, _m in mailbox.received] == [["erin@acme.example"]]
    [message] = mailbox.to("erin@acme.example")
    assert message["Subject"] == "Reset your Candor password"
    link = _link(message, "password-reset")
    assert link.startswith("http://candor.test/password-reset/")
    assert "1 hour" in text_part(message)
    token = link.rsplit("/", 1)[1]
    assert anon.post(f"/api/v1/password-reset/{token}", {"password": NEW_PASSWORD}).status_code == 204
    assert anon.post("/api/v1/tokens", {"email": admin.email, "password": NEW_PASSWORD}).status_code == 201


def test_invitations_wait_until_the_founder_confirms_then_go_out(mail_app, mailbox):
    admin, org = factories.employer("Acme", email="erin@acme.example", confirmed=False)
    # The organization works: a rejection opens the thread and writes the invitation, held.
    _cand, _thread, _token = factories.rejected_thread(admin, org, email="casey@example.com")
    held = db.session.scalar(select(OutboxEmail).where(OutboxEmail.to_email == "casey@example.com"))
    assert held.status == "held"
    deliver(after(1))
    assert mailbox.to("casey@example.com") == []
    [confirmation] = mailbox.to("erin@acme.example")
    assert confirmation["Subject"] == "Confirm your email address for Candor"
    link = _link(confirmation, "confirm-email")

    anon = Api(mail_app.test_client())
    # A wrong token confirms nothing.
    assert_error(anon.post("/api/v1/email-confirmations/not-the-token"), 404, "link_not_found")
    assert_error(anon.post(f"/api/v1/email-confirmations/{link.rsplit('/', 1)[1][:-1]}x"), 404)
    deliver(after(2))
    assert mailbox.to("casey@example.com") == []
    assert db.session.get(Organization, org.id).confirmed_at is None

    assert anon.post(f"/api/v1/email-confirmations/{link.rsplit('/', 1)[1]}").status_code == 204
    assert_error(anon.post(f"/api/v1/email-confirmations/{link.rsplit('/', 1)[1]}"), 409, "link_used")
    db.session.expire_all()
    assert db.session.get(Organization, org.id).confirmed_at is not None
    assert db.session.get(User, admin.id).email_confirmed_at is not None
    deliver(after(3))
    [invitation] = mailbox.to("casey@example.com")
    assert "Acme" in str(invitation["Subject"])
    token = re.search(r"/invitations/([A-Za-z0-9_-]+)", text_part(invitation)).group(1)
    assert anon.get(f"/api/v1/invitations/{token}").status_code == 200
    # Later invitations go straight out.
    factories.rejected_thread(admin, org, email="dana@example.com")
    deliver(after(4))
    assert len(mailbox.to("dana@example.com")) == 1


def test_a_resend_while_held_replaces_the_held_email(mail_app, mailbox):
    admin, org = factories.employer("Acme", email="erin@acme.example", confirmed=False)
    cand, _thread, old_token = factories.rejected_thread(admin, org, email="casey@example.com")
    hiring.resend_invitation(admin, cand.id)
    new_token = factories.invitation_token("casey@example.com")
    accounts.confirm_email(factories.confirmation_token("erin@acme.example"))
    deliver(after(1))
    [invitation] = mailbox.to("casey@example.com")  # one email, with the live link
    assert new_token in text_part(invitation) and old_token not in text_part(invitation)


def test_other_organizations_are_not_held_or_released(mail_app, mailbox):
    erin, acme = factories.employer("Acme", email="erin@acme.example", confirmed=False)
    gus, globex = factories.employer("Globex", email="gus@globex.example", confirmed=False)
    factories.rejected_thread(erin, acme, email="casey@example.com")
    factories.rejected_thread(gus, globex, email="dana@example.com")
    accounts.confirm_email(factories.confirmation_token("erin@acme.example"))
    deliver(after(1))
    assert len(mailbox.to("casey@example.com")) == 1
    assert mailbox.to("dana@example.com") == []


def test_email_change_needs_the_link_sent_to_the_new_address(mail_app, mailbox):
    admin, _org = factories.employer("Acme", email="erin@acme.example")
    api = Api(mail_app.test_client()).as_user(admin)
    r = api.post("/api/v1/me/email", {"email": "Erin@NewMail.example", "password": factories.PASSWORD})
    assert r.status_code == 202, r.get_data(as_text=True)
    deliver(after(1))
    [confirmation] = mailbox.to("erin@newmail.example")
    [notice] = mailbox.to("erin@acme.example")
    assert "/confirm-email/" not in text_part(notice)  # the old address never gets the link
    assert "er…@newmail.example" in text_part(notice)
    # Nothing changed yet.
    assert db.session.get(User, admin.id).email == "erin@acme.example"
    link = _link(confirmation, "confirm-email")
    assert Api(mail_app.test_client()).post(f"/api/v1/email-confirmations/{link.rsplit('/', 1)[1]}").status_code == 204
    db.session.expire_all()
    assert db.session.get(User, admin.id).email == "erin@newmail.example"
    anon = Api(mail_app.test_client())
    assert (
        anon.post("/api/v1/tokens", {"email": "erin@newmail.example", "password": factories.PASSWORD}).status_code
        == 201
    )
    assert_error(anon.post("/api/v1/tokens", {"email": "erin@acme.example", "password": factories.PASSWORD}), 401)


def test_email_change_rejects_a_taken_address_now_and_at_confirmation(mail_app, mailbox):
    admin, _org = factories.employer("Acme", email="erin@acme.example")
    factories.employer("Globex", email="gus@globex.example")
    api = Api(mail_app.test_client()).as_user(admin)
    before = db.session.query(OutboxEmail).count()
    assert_error(
        api.post("/api/v1/me/email", {"email": "gus@globex.example", "password": factories.PASSWORD}),
        409,
        "email_taken",
    )
    assert db.session.query(OutboxEmail).count() == before
    # Free when asked, taken by the time the link is used.
    assert (
        api.post("/api/v1/me/email", {"email": "new@acme.example", "password": factories.PASSWORD}).status_code == 202
    )
    token = factories.confirmation_token("new@acme.example")
    factories.employer("Initech", email="new@acme.example")
    assert_error(Api(mail_app.test_client()).post(f"/api/v1/email-confirmations/{token}"), 409, "email_taken")
    db.session.expire_all()
    assert db.session.get(User, admin.id).email == "erin@acme.example"


def test_email_change_bad_input_changes_nothing(mail_app, mailbox):
    admin, _org = factories.employer("Acme", email="erin@acme.example")
    api = Api(mail_app.test_client()).as_user(admin)
    before = db.session.query(OutboxEmail).count()
    assert_error(
        api.post("/api/v1/me/email", {"email": "x@y.example", "password": "wrong password"}), 422, "wrong_password"
    )
    assert_error(api.post("/api/v1/me/email", {"email": "not-an-address", "password": factories.PASSWORD}), 422)
    assert_error(api.post("/api/v1/me/email", {"email": "erin@acme.example", "password": factories.PASSWORD}), 422)
    assert_error(api.post("/api/v1/me/email", {"email": 5, "password": factories.PASSWORD}), 400)
    assert_error(api.post("/api/v1/me/email", {"email": "x@y.example"}), 422)
    assert_error(Api(mail_app.test_client()).post("/api/v1/me/email", {"email": "x@y.example", "password": "x"}), 401)
    assert db.session.query(OutboxEmail).count() == before
