"""Schemathesis over every operation of the published document (issue 12), as staff and as a candidate:
no server error whatever the input, and answers that keep to the document (status codes, response
schemas, content types). Bounded: a few examples per operation, derandomized so CI is stable."""

from __future__ import annotations

from collections import Counter

import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from server.accounts.operations import issue_token

CHECKS = [not_a_server_error, status_code_conformance, response_schema_conformance, content_type_conformance]
BOUNDED = settings(max_examples=8, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))


def _failures(app, user) -> list[str]:
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", app)
    failures = []
    statuses: Counter[int] = Counter()
    for result in schema.get_all_operations():
        operation = result.ok()

        @BOUNDED
        @given(case=operation.as_strategy())
        def run(case):
            # A fresh token each time: some operations end the caller's tokens (sign out, sign out everywhere).
            headers = {"Authorization": f"Bearer {issue_token(user)}"}
            response = case.call_and_validate(headers=headers, checks=CHECKS)
            statuses[response.status_code] += 1

        try:
            run()
        except Exception as exc:  # each operation's failure is collected and shown
            failures.append(f"{operation.label}: {str(exc)[:600]}")
    # It ran: every operation, and answers of more than one kind (not only 401s or 404s).
    assert sum(statuses.values()) > 300 and statuses[401] < sum(statuses.values()) / 10, statuses
    return failures


def test_every_operation_keeps_to_the_document_for_staff(app, admin, thread):
    assert _failures(app, admin) == []


def test_every_operation_keeps_to_the_document_for_a_candidate(app, candidate):
    assert _failures(app, candidate) == []
