"""One wording gate for every text an employer sends a candidate: the rejection note, thread
messages, feedback answers and announcements.

Every such text is checked by the same function (``server.quality``). A ``legal_risk`` finding
holds the text until its author changes it or acknowledges it; an acknowledged send is recorded
(who, when, what was flagged, where). Platitude and harsh findings are advice: they never block.
Candidates' own messages are not gated (they get a gentle hint in the browser only).
"""

from __future__ import annotations

from collections.abc import Mapping

from .. import quality
from ..accounts.models import User
from ..core.errors import Invalid
from ..extensions import db
from .models import RiskAcknowledgement

LEGAL_RISK = "legal_risk"
HELD = "Some wording may refer to a protected characteristic. Change it, or confirm that you have reviewed it."


def check_texts(texts: Mapping[str, str]) -> list[dict]:
    """Findings for each named text, each tagged with its ``key`` (offsets are within that text)."""
    findings = []
    for key, text in texts.items():
        for finding in quality.check(text or ""):
            findings.append({"key": key, **finding.to_dict()})
    return findings


def risky(findings: list[dict]) -> list[dict]:
    return [f for f in findings if f["category"] == LEGAL_RISK]


def require_acceptable(texts: Mapping[str, str], acknowledge_risks: bool) -> list[dict]:
    """All findings for the texts; raises 422 ``legal_risk`` (the risky findings in
    ``fields.findings``) when one refers to a protected characteristic and the author has not
    acknowledged it. Call before changing anything."""
    if not isinstance(acknowledge_risks, bool):
        raise Invalid(
            "acknowledge_risks must be true or false.", fields={"acknowledge_risks": "Must be true or false."}
        )
    findings = check_texts(texts)
    held = risky(findings)
    if held and not acknowledge_risks:
        raise Invalid(HELD, code=LEGAL_RISK, fields={"findings": held})
    return findings


def record_acknowledgement(
    user: User,
    organization_id: int,
    subject: str,
    findings: list[dict],
    *,
    thread_id: int | None = None,
    message_id: int | None = None,
) -> RiskAcknowledgement | None:
    """Records that ``user`` sent a text despite its legal_risk findings (no-op without any)."""
    held = risky(findings)
    if not held:
        return None
    row = RiskAcknowledgement(
        organization_id=organization_id,
        user_id=user.id,
        subject=subject,
        thread_id=thread_id,
        message_id=message_id,
        findings=held,
    )
    db.session.add(row)
    return row
