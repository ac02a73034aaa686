"""Every row of an upload is checked before anything happens: one error per problem, with its line
and column, so the uploader fixes the file once. A row passes when a single rejection with the same
values would: the name, the email, an open position of the organization (or a closed one the
person already applied to), one of the organization's reasons, and a note that passes the wording
gate (a legal-risk finding holds the row unless the upload acknowledges the risks)."""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select

from ..accounts.operations import normalize_email
from ..core.errors import Invalid
from ..core.text import CONTROL, CONTROL_MESSAGE
from ..extensions import db
from ..hiring.models import Candidacy, CandidacyStatus, Position, PositionStatus
from ..hiring.operations import rejection_reasons
from ..messaging import wording
from ..messaging.operations import MAX_BODY
from .csv_input import InputRow

NAME_LIMIT = 120
_EMAILS_PER_QUERY = 500  # well under every database's limit of bound parameters
_YIELD_EVERY = 25  # wording checks between turns for the server's other requests (see _give_a_turn)


@dataclass(frozen=True)
class RowError:
    line: int
    column: str | None  # None: the line as a whole
    message: str
    code: str = "invalid"  # or wording.LEGAL_RISK: a note held until the upload acknowledges it


@dataclass(frozen=True)
class CheckedRow:
    line: int
    name: str
    email: str
    position_id: int
    position_title: str
    note: str
    reason: str | None
    already_rejected: bool  # the person's candidacy for the position is rejected: nothing to do


@dataclass(frozen=True)
class _Position:
    id: int
    title: str
    open: bool


def _key(title: str) -> str:
    return " ".join(title.split()).casefold()


def _give_a_turn() -> None:
    """Under ``candor serve`` gevent has patched ``time.sleep``: a long validation (thousands of notes
    to check, about 3 ms each) lets the process's other requests and sockets through now and then.
    Not on SQLite: there a transaction that has read, and then lets another greenlet commit a write,
    can no longer write itself ("database is locked"), and the upload writes its job last."""
    if db.engine.dialect.name != "sqlite":
        time.sleep(0.001)  # more than 0: gevent polls for I/O before coming back


class _Checker:
    def __init__(self, organization_id: int, acknowledge_risks: bool):
        self.acknowledge_risks = acknowledge_risks
        positions = [
            _Position(id, title, status == PositionStatus.open.value)
            for id, title, status in db.session.execute(
                select(Position.id, Position.title, Position.status).where(Position.organization_id == organization_id)
            )
        ]
        self.by_id = {p.id: p for p in positions}
        self.by_title: dict[str, list[_Position]] = defaultdict(list)
        for p in positions:
            self.by_title[_key(p.title)].append(p)
        self.reasons = {r.code.lower(): r.code for r in rejection_reasons(organization_id)}
        self.findings: dict[str, list[dict]] = {}  # note -> its legal-risk findings (notes repeat)
        self.errors: list[RowError] = []

    def error(self, row: InputRow, column: str | None, message: str, code: str = "invalid") -> None:
        self.errors.append(RowError(row.line, column, message, code))

    def position(self, row: InputRow, position_id: int | None) -> _Position | None:
        if position_id is not None:
            if row.values["position"].strip():
                self.error(row, "position_id", "Give the position’s title or its id, not both.")
                return None
            found = self.by_id.get(position_id)
            if found is None:
                self.error(row, "position_id", f"No position with id {position_id} in this organization.")
            return found
        value = " ".join(row.values["position"].split())
        if not value:
            self.error(row, "position", "Required: the position’s title (or its id).")
            return None
        if value.isdigit() and int(value) in self.by_id:
            return self.by_id[int(value)]
        matches = self.by_title.get(_key(value), [])
        open_ones = [p for p in matches if p.open]
        if len(open_ones) == 1 or len(matches) == 1:
            return open_ones[0] if open_ones else matches[0]
        if not matches:
            self.error(row, "position", f"No position titled “{value}” in this organization.")
        else:
            ids = ", ".join(str(p.id) for p in (open_ones or matches))
            self.error(row, "position", f"Several positions are titled “{value}”: use the id of one ({ids}).")
        return None

    def note(self, row: InputRow) -> str:
        note = row.values["note"].strip()
        if len(note) > MAX_BODY:
            self.error(row, "note", f"The note is too long: at most {MAX_BODY:,} characters.")
            return note
        if note and not self.acknowledge_risks:
            if note not in self.findings:
                if len(self.findings) % _YIELD_EVERY == _YIELD_EVERY - 1:
                    _give_a_turn()
                self.findings[note] = wording.risky(wording.check_texts({"note": note}))
            held = self.findings[note]
            if held:
                phrases = ", ".join(f"“{f['phrase']}”" for f in held)
                self.error(
                    row,
                    "note",
                    f"The note may refer to a protected characteristic ({phrases}). Change it, or confirm "
                    "that you have reviewed the wording to send it anyway.",
                    wording.LEGAL_RISK,
                )
        return note

    def reason(self, row: InputRow) -> str | None:
        value = row.values["reason"].strip()
        if not value:
            return None
        code = self.reasons.get(value.lower())
        if code is None:
            self.error(row, "reason", f"Unknown reason “{value}”. Use one of: {', '.join(sorted(self.reasons))}.")
        return code

    def check(self, row: InputRow, position_id: int | None) -> tuple | None:
        """The row's values, or None when one of them is wrong (its errors noted)."""
        before = len(self.errors)
        for column, value in row.values.items():
            if CONTROL.search(value):
                self.error(row, column, CONTROL_MESSAGE)
        if len(self.errors) > before:
            return None
        name = " ".join(row.values["name"].split())
        if not name:
            self.error(row, "name", "Required.")
        elif len(name) > NAME_LIMIT:
            self.error(row, "name", f"The name is too long: at most {NAME_LIMIT} characters.")
        email = ""
        try:
            email = normalize_email(row.values["email"][:1000])
        except Invalid as exc:
            self.error(row, "email", exc.message)
        position = self.position(row, position_id)
        note, reason = self.note(row), self.reason(row)
        if len(self.errors) > before or position is None:
            return None
        return name, email, position, note, reason


def _existing(pairs: set[tuple[int, str]]) -> dict[tuple[int, str], str]:
    """(position id, email) -> the status of the person's (first) candidacy for it."""
    found: dict[tuple[int, str], str] = {}
    emails = sorted({email for _, email in pairs})
    position_ids = sorted({position_id for position_id, _ in pairs})
    for start in range(0, len(emails), _EMAILS_PER_QUERY):
        rows = db.session.execute(
            select(Candidacy.position_id, Candidacy.email, Candidacy.status)
            .where(
                Candidacy.position_id.in_(position_ids),
                Candidacy.email.in_(emails[start : start + _EMAILS_PER_QUERY]),
            )
            .order_by(Candidacy.id.desc())  # the first candidacy wins, as when the rows are processed
        )
        for position_id, email, status in rows:
            found[(position_id, email)] = status
    return found


def check_rows(
    organization_id: int,
    rows: Iterable[tuple[InputRow, int | None]],
    acknowledge_risks: bool,
    shape_errors: Iterable[RowError] = (),
) -> tuple[list[CheckedRow], list[RowError]]:
    """(the rows, checked) when every row passes, else ([], every error in line order). Each row comes
    with the position id the API named (None: the ``position`` column says which)."""
    checker = _Checker(organization_id, acknowledge_risks)
    checker.errors.extend(shape_errors)
    good: list[tuple[InputRow, tuple]] = []
    seen: dict[tuple[int, str], int] = {}
    for row, position_id in rows:
        values = checker.check(row, position_id)
        if values is None:
            continue
        pair = (values[2].id, values[1])
        if pair in seen:
            checker.error(row, "email", f"The same person and position as line {seen[pair]}.")
            continue
        seen[pair] = row.line
        good.append((row, values))
    existing = _existing(set(seen))
    checked = []
    for row, (name, email, position, note, reason) in good:
        status = existing.get((position.id, email))
        if status is None and not position.open:
            checker.error(
                row,
                "position",
                f"“{position.title}” is closed and takes no new candidates: reopen it, or leave this person out.",
            )
            continue
        checked.append(
            CheckedRow(
                row.line, name, email, position.id, position.title, note, reason, status == CandidacyStatus.rejected
            )
        )
    if checker.errors:
        return [], sorted(checker.errors, key=lambda e: (e.line, e.column or ""))
    return checked, []
