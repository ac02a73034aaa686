"""Schemathesis over every operation of the published document (issue 12), as staff and as a candidate.

The document is held to its word. No server error whatever the input; answers keep to it (status codes,
response schemas and headers, content types); and the request schemas say exactly what the server takes:
a valid request is not refused with 400 or 422 (positive_data_acceptance), an invalid one is refused
(negative_data_rejection), a request without the Authorization header is 401 (missing_required_header),
an undocumented method is 405 with `Allow` (unsupported_method) and `Allow` lists exactly the documented
ones (allow_header_conformance), and an operation that declares the
bearer scheme refuses a request without it or with a bad one (ignored_auth).

Each operation gets schemathesis' coverage phase (every boundary the schema states, valid and invalid:
lengths, patterns, enums, formats, ranges, missing fields, wrong types, other methods; staff get both
kinds, the candidate the valid ones, since an invalid request is refused before the caller matters) and
a few fuzzed requests of both kinds. Half the time an id in the path, query or body names a row that
exists (schemathesis dictionaries), so requests get past the look-ups into the services. Derandomized:
CI sends the same requests every time.

What "valid" cannot promise, decided deliberately:
- A valid request about something that does not exist, that the caller may not touch or that is in the
  wrong state is answered 404, 403 or 409: the document describes requests, not the database (and these
  are the check's own default, kept).
- Rules no schema can state may refuse a valid request, each with its own status and error: what a text
  says (the wording gate, a guessable password), stored state (the organization's prompts, which ids
  belong together) and who asks. UNSTATED lists them; any other 400 or 422 to a valid request fails.
- Formats the document names that a generic generator cannot produce are taught to schemathesis here:
  a new password is hard to guess, a cursor is a `next_cursor` the server made (of its list's kind).
- 413 is a refusal of invalid data too: the document says where a text's length is refused with 413.
- Not run: use_after_free and ensure_resource_availability need the stateful phase (OpenAPI links, which
  the document does not have), and object_level_authorization needs several configured identities;
  tests/authz covers who may see and change what.

Schemathesis' pytest integration would make a test (and so an app, with its data) per operation, and
its fixture loader does not run on pytest 9; one test per caller builds each operation's Hypothesis test
with the same builder instead (schemathesis.generation.hypothesis.builder).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass

import hypothesis
import pytest
import schemathesis
from hypothesis import HealthCheck
from hypothesis import strategies as st
from schemathesis.checks import CheckContext, not_a_server_error
from schemathesis.core.parameters import ParameterLocation
from schemathesis.core.transport import Response
from schemathesis.generation.case import Case
from schemathesis.generation.hypothesis.builder import HypothesisTestConfig, HypothesisTestMode, create_test
from schemathesis.openapi.checks import RejectedPositiveData
from schemathesis.specs.openapi.checks import (
    allow_header_conformance,
    content_type_conformance,
    ignored_auth,
    missing_required_header,
    negative_data_rejection,
    positive_data_acceptance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
    unsupported_method,
)
from sqlalchemy import select

from server.accounts.models import Organization, User
from server.accounts.operations import issue_token
from server.api.pagination import CURSOR_FORMATS, encode_cursor
from server.core.ids import MAX_ID
from server.core.text import CONTROL
from server.extensions import db
from server.feedback.models import Prompt
from server.feedback.prompts import KEY_PATTERN
from server.hiring.models import Candidacy, Position
from server.messaging.models import Message, Thread

EXAMPLES = 3  # fuzzed requests per operation (valid and invalid), after the coverage phase's


# Half the time a path, query or body id names a row that exists (the rest are drawn at random, most of
# them 404s): requests then get past the look-ups to the services' own checks.
KNOWN = {
    "organizations": (Organization.id, ["organization_id"]),
    "positions": (Position.id, ["position_id"]),
    "candidacies": (Candidacy.id, ["candidacy_id"]),
    "threads": (Thread.id, ["thread_id"]),
    "messages": (Message.id, ["message_id"]),
    "users": (User.id, ["user_id"]),
    "prompts": (Prompt.key, ["key"]),
}


def _config(coverage: str) -> schemathesis.Config:
    dictionaries, parameters = {}, {}
    for name, (column, fields) in KNOWN.items():
        values = sorted(set(db.session.scalars(select(column))))
        if values:
            dictionaries[name] = {"values": values}
            for field in fields:
                for place in ("path", "query", "body"):
                    parameters[f"{place}.{field}"] = {"dictionary": name, "probability": 0.5}
    return schemathesis.Config.from_dict(
        {
            "generation": {"mode": "all", "max-examples": EXAMPLES, "deterministic": True},
            "phases": {"coverage": {"generation": {"mode": coverage}}},
            "dictionaries": dictionaries,
            "parameters": parameters,
            "checks": {
                # 413 is how a too long message is refused (API.md); it is a refusal like 400 and 422.
                "negative_data_rejection": {
                    "expected-statuses": ["400", "401", "403", "404", "405", "409", "413", "415", "422", "429"]
                },
            },
        }
    )


SETTINGS = hypothesis.settings(
    max_examples=EXAMPLES, deadline=None, derandomize=True, database=None, suppress_health_check=list(HealthCheck)
)

# -- formats the document names, taught to the generator -------------------------------------------------

_ids = st.integers(min_value=1, max_value=MAX_ID)
# Strong by construction (random hex is beyond any dictionary); never drawn from the user's name.
schemathesis.openapi.format(
    "password", st.binary(min_size=1, max_size=8).map(lambda seed: hashlib.sha256(seed).hexdigest()[:24])
)
schemathesis.openapi.format(CURSOR_FORMATS["id"], _ids.map(encode_cursor))
schemathesis.openapi.format(
    CURSOR_FORMATS["time_id"], st.tuples(st.datetimes(), _ids).map(lambda pair: encode_cursor(pair))
)
schemathesis.openapi.format(
    CURSOR_FORMATS["text_id"],
    st.tuples(st.text(max_size=20).filter(lambda name: not CONTROL.search(name)), _ids).map(
        lambda pair: encode_cursor(list(pair))
    ),
)
schemathesis.openapi.format(
    CURSOR_FORMATS["message"],
    st.one_of(_ids.map(encode_cursor), _ids.map(lambda before: encode_cursor({"before": before}))),
)


# -- rules no schema can state ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Refusal:
    """How an operation may refuse a valid request: this status and error code, and (if given) only about
    fields whose names all match ``fields``."""

    status: int
    code: str
    fields: str | None = None


# What a text says rather than its shape: the wording gate (API.md) and how guessable a password is.
_WORDING = Refusal(422, "legal_risk")
_WEAK = Refusal(422, "weak_password")
_WRONG_PASSWORD = Refusal(422, "wrong_password")  # the caller's current password
# The organization's prompts: which keys exist, which need an answer (the errors name the prompt keys).
_ANSWERS = Refusal(422, "validation_failed", KEY_PATTERN.strip("^$"))
UNSTATED: dict[str, tuple[Refusal, ...]] = {
    "POST /api/v1/candidacies/{candidacy_id}/reject": (_WORDING,),
    "POST /api/v1/threads/{thread_id}/messages": (_WORDING,),
    "POST /api/v1/positions/{position_id}/announcements": (_WORDING,),
    "POST /api/v1/threads/{thread_id}/feedback": (_WORDING, _ANSWERS),
    "PATCH /api/v1/threads/{thread_id}/feedback/{message_id}": (_WORDING, _ANSWERS),
    "POST /api/v1/signup/employer": (_WEAK,),
    "POST /api/v1/password-reset/{token}": (_WEAK,),
    "POST /api/v1/invitations/{token}/accept": (_WEAK,),
    # Who asks: with a bearer token the body must be empty (it joins that account).
    "POST /api/v1/member-invitations/{token}/accept": (_WEAK, Refusal(422, "validation_failed", "body")),
    "DELETE /api/v1/me": (_WRONG_PASSWORD,),
    "POST /api/v1/me/email": (_WRONG_PASSWORD,),
    # The active prompts' keys, each once.
    "PUT /api/v1/organizations/{organization_id}/prompts/order": (Refusal(422, "validation_failed", "keys"),),
    # A message of this thread; a staff member of the organization.
    "POST /api/v1/threads/{thread_id}/read": (Refusal(422, "validation_failed", "message_id"),),
    "PUT /api/v1/threads/{thread_id}/assignee": (Refusal(422, "validation_failed", "user_id"),),
    "PUT /api/v1/positions/{position_id}/assignee": (Refusal(422, "validation_failed", "user_id"),),
    # `after` and `before` together (parameters cannot say "not both").
    "GET /api/v1/threads/{thread_id}/messages": (Refusal(400, "bad_request", "before"),),
    # Stored state: each row's position (a title or id of the organization, one of them); each note's
    # wording (alone: legal_risk, as a single rejection; with other problems, among the row errors).
    "POST /api/v1/organizations/{organization_id}/bulk-rejections": (
        _WORDING,
        Refusal(422, "validation_failed", r"rows\.\d+\.(position|position_id|note)"),
    ),
    # The period: `from` not after `to` (today by default), at most ten years.
    "GET /api/v1/organizations/{organization_id}/stats": (Refusal(422, "validation_failed", "from"),),
}


def _an_unstated_rule(case: Case, response: Response) -> bool:
    try:
        error = response.json()["error"]
    except (ValueError, KeyError, TypeError):
        return False
    fields = set(error.get("fields") or ())
    return any(
        response.status_code == rule.status
        and error.get("code") == rule.code
        and (rule.fields is None or (fields and all(re.fullmatch(rule.fields, name) for name in fields)))
        for rule in UNSTATED.get(case.operation.label, ())
    )


@schemathesis.check
def valid_requests_accepted(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    """positive_data_acceptance, but for the refusals UNSTATED lists."""
    try:
        return positive_data_acceptance(ctx, response, case)
    except RejectedPositiveData:
        if _an_unstated_rule(case, response):
            return None
        raise


CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    response_headers_conformance,
    valid_requests_accepted,
    negative_data_rejection,
    missing_required_header,
    unsupported_method,
    allow_header_conformance,
    ignored_auth,
]


@pytest.fixture
def app(make_app):
    # Password reset requests take a quarter of a second on purpose (no account enumeration by timing).
    application = make_app(CANDOR_PASSWORD_RESET_MIN_SECONDS=0)
    with application.app_context():
        yield application


# Operations that can end the token they are called with: the next request gets a new one.
ENDS_TOKENS = {"DELETE /api/v1/tokens/current", "DELETE /api/v1/me/tokens/{token_id}", "DELETE /api/v1/me"}


def _failures(app, user, coverage: str) -> tuple[list[str], Counter[int]]:
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", app, config=_config(coverage))
    failures: list[str] = []
    statuses: Counter[int] = Counter()
    token = [issue_token(user)]
    for result in schema.get_all_operations():
        operation = result.ok()

        def run(case: Case) -> None:
            # The caller's token in place of the generated one, unless the case is about a missing or
            # malformed Authorization header (then it goes as generated, and must be a 401).
            bad_header = case.meta is not None and case.meta.is_negative_at(ParameterLocation.HEADER)
            headers = None if bad_header else {"Authorization": f"Bearer {token[0]}"}
            response = case.call_and_validate(headers=headers, checks=CHECKS)
            statuses[response.status_code] += 1
            if case.operation.label in ENDS_TOKENS and response.status_code < 300:
                token[0] = issue_token(user)

        test = create_test(
            operation=operation,
            test_func=run,
            config=HypothesisTestConfig(
                project=schema.config,
                modes=[HypothesisTestMode.COVERAGE, HypothesisTestMode.FUZZING],
                settings=SETTINGS,
            ),
        )
        try:
            test()
        except Exception as exc:  # each operation's failure is collected and shown
            failures.append(f"{operation.label}: {str(exc)[:1500]}")
    return failures, statuses


def _assert_ran(statuses: Counter[int]) -> None:
    # It ran: every operation, and answers of more than one kind (not only 401s or 404s).
    total = sum(statuses.values())
    assert total > 500 and statuses[401] < total / 5 and sum(statuses[s] for s in (200, 201, 204)) > 50, statuses


def test_every_operation_keeps_to_the_document_for_staff(app, admin, thread):
    failures, statuses = _failures(app, admin, "all")
    assert failures == []
    _assert_ran(statuses)


# Staff get every boundary case, valid and invalid. Invalid requests are refused before anything about
# the caller is looked at (401, then the schema), so the candidate gets the valid ones, where who asks
# matters, and fuzzing of both kinds.
def test_every_operation_keeps_to_the_document_for_a_candidate(app, candidate):
    failures, statuses = _failures(app, candidate, "positive")
    assert failures == []
    _assert_ran(statuses)
