"""Demo data: one organization, its staff, and candidates at every stage of a thread."""

from __future__ import annotations

import re

from sqlalchemy import delete, select

from ..accounts import operations as accounts
from ..accounts.models import Organization, User
from ..connections import operations as connections
from ..core.transaction import operation
from ..extensions import db
from ..feedback import operations as feedback
from ..feedback import ratings
from ..hiring import operations as hiring
from ..messaging import operations as messaging
from ..notifications.models import OutboxEmail

ORG_NAME = "Northwind Labs"
PASSWORD = "candor-demo-2026"
ADMIN = ("Alex Admin", "alex@northwind.example")
RECRUITER = ("Riley Recruiter", "riley@northwind.example")
MANAGER = ("Morgan Manager", "morgan@northwind.example")

CANDIDATES = [
    # name, email, position, reason, stage
    ("Sam Rivera", "sam@candidates.example", "Backend Engineer", "skills", "joined"),
    ("Priya Shah", "priya@candidates.example", "Backend Engineer", "experience", "feedback_requested"),
    ("Jordan Lee", "jordan@candidates.example", "Product Designer", "stronger_candidate", "feedback_given"),
    ("Taylor Kim", "taylor@candidates.example", "Product Designer", "role_requirements", "connected"),
    ("Chris Novak", "chris@candidates.example", "Data Analyst", "position_closed", "closed"),
    ("Avery Stone", "avery@candidates.example", "Data Analyst", "communication", "invited"),
]


_INVITATION_LINK = re.compile(r"https?://\S+/invitations/[A-Za-z0-9_-]+")
_CONFIRMATION_LINK = re.compile(r"https?://\S+/confirm-email/([A-Za-z0-9_-]+)")


def _emailed_invitation_link(email: str) -> str:
    """The link in the newest invitation email to ``email``: the services give it to no caller,
    so the demo reads the outbox, as a candidate reads their email."""
    for body in db.session.scalars(
        select(OutboxEmail.body_text).where(OutboxEmail.to_email == email).order_by(OutboxEmail.id.desc())
    ):
        match = _INVITATION_LINK.search(body)
        if match:
            return match.group(0)
    raise RuntimeError(f"no invitation email to {email} in the outbox")


def _emailed_confirmation_token(email: str) -> str:
    for body in db.session.scalars(
        select(OutboxEmail.body_text).where(OutboxEmail.to_email == email).order_by(OutboxEmail.id.desc())
    ):
        match = _CONFIRMATION_LINK.search(body)
        if match:
            return match.group(1)
    raise RuntimeError(f"no confirmation email to {email} in the outbox")


@operation
def _reset() -> None:
    org_ids = list(db.session.scalars(select(Organization.id).where(Organization.name == ORG_NAME)))
    emails = [ADMIN[1], RECRUITER[1], MANAGER[1]] + [c[1] for c in CANDIDATES]
    if org_ids:
        db.session.execute(delete(Organization).where(Organization.id.in_(org_ids)))
        # Their emails too: new rows may reuse the old ids, and with them the outbox's dedupe keys.
        db.session.execute(delete(OutboxEmail).where(OutboxEmail.organization_id.in_(org_ids)))
    db.session.execute(delete(OutboxEmail).where(OutboxEmail.to_email.in_(emails)))
    db.session.execute(delete(User).where(User.email.in_(emails)))


def load_demo(reset: bool = False) -> list[str]:
    if reset:
        _reset()
    if accounts.find_user_by_email(ADMIN[1]) is not None:
        return ["Demo data is already loaded (use --reset to start over).", *_logins(None)]

    admin, org = accounts.signup_employer(ORG_NAME, ADMIN[0], ADMIN[1], PASSWORD)
    # Alex confirms the address from the email, as a founder does, so invitations go out at once.
    accounts.confirm_email(_emailed_confirmation_token(ADMIN[1]))
    accounts.add_staff_member(admin, org.id, RECRUITER[0], RECRUITER[1], PASSWORD, "recruiter")
    manager = accounts.add_staff_member(admin, org.id, MANAGER[0], MANAGER[1], PASSWORD, "hiring_manager")
    positions = {}
    for title, description in [
        ("Backend Engineer", "Design and run the APIs behind our logistics platform (Python, PostgreSQL)."),
        ("Product Designer", "Own the end-to-end design of our warehouse tools, from research to polish."),
        ("Data Analyst", "Turn operational data into decisions for the operations team."),
    ]:
        positions[title] = hiring.create_position(admin, org.id, title, description)
    # Morgan, the hiring manager, handles the Product Designer role: they see its conversations
    # (and Priya's Backend Engineer conversation, assigned to them below), nothing else.
    hiring.assign_position(admin, positions["Product Designer"].id, manager.id)

    pending_link = None
    for name, email, title, reason, stage in CANDIDATES:
        candidacy = hiring.add_candidacy(admin, positions[title].id, name, email)
        first = (
            f"Hi {name.split()[0]}, thank you for the time you put into the {title} process. "
            "We won't be moving forward, but we'd be glad to tell you more if it helps."
        )
        hiring.reject_candidacy(admin, candidacy.id, reason=reason, message=first)
        url = _emailed_invitation_link(candidacy.email)
        if stage == "invited":
            pending_link = url
            continue
        token = url.rsplit("/", 1)[1]
        candidate, thread = hiring.accept_invitation(token, name=name, password=PASSWORD)
        if stage == "joined":
            messaging.post_message(candidate, thread.id, "Thanks for letting me know, and for the kind note.")
            continue
        feedback.request_feedback(
            candidate,
            thread.id,
            ["skills", "interview"],
            feedback.draft_request(["skills", "interview"], org.name, title),
        )
        if stage == "feedback_requested":
            # Morgan has a feedback request of their own to answer.
            messaging.assign_thread(admin, thread.id, manager.id)
            continue
        feedback.give_feedback(
            admin,
            thread.id,
            {
                "strengths": "Your portfolio walkthrough was structured and you explained trade-offs clearly.",
                "gaps": "The role needs hands-on experience running user research; your examples relied on "
                "research done by others.",
                "advice": "Run two or three small usability sessions on a side project and write up what changed.",
            },
        )
        if stage == "feedback_given":
            continue
        if stage == "connected":
            # Taylor found the feedback useful (the dashboard's usefulness chart has a rating to show).
            ratings.rate_feedback(
                candidate, thread.id, 5, "Specific and kind: I can start on the usability sessions this week."
            )
            connections.set_connection(candidate, thread.id, True, ["design systems", "research"])
            connections.set_connection(admin, thread.id, True)
        if stage == "closed":
            messaging.close_thread(candidate, thread.id)
    return [f"Demo data loaded for {ORG_NAME}.", *_logins(pending_link)]


def _logins(pending_link: str | None) -> list[str]:
    lines = ["", f"Every demo account uses the password: {PASSWORD}", "", "Employer staff:"]
    roles = {ADMIN: "admin: everything", RECRUITER: "recruiter: positions, candidates, every conversation"}
    roles[MANAGER] = "hiring manager: Product Designer's conversations and Priya's"
    lines += [f"  {name:<18} {email:<28} ({roles[(name, email)]})" for name, email in (ADMIN, RECRUITER, MANAGER)]
    lines += ["", "Candidates:"]
    lines += [
        f"  {name:<18} {email:<28} ({stage.replace('_', ' ')})"
        for name, email, _t, _r, stage in CANDIDATES
        if stage != "invited"
    ]
    if pending_link:
        lines += ["", f"Avery Stone has not opened their invitation yet: {pending_link}"]
    else:
        lines += ["", "Avery Stone's invitation link is on the Outbox page (log in as Alex)."]
    return lines
