"""The published OpenAPI document covers the contract in API.md."""

from __future__ import annotations

from openapi_spec_validator import validate

CONTRACT = [
    ("post", "/api/v1/signup/employer"),
    ("post", "/api/v1/tokens"),
    ("delete", "/api/v1/tokens/current"),
    ("get", "/api/v1/me"),
    ("post", "/api/v1/positions"),
    ("get", "/api/v1/positions"),
    ("post", "/api/v1/positions/{position_id}/candidacies"),
    ("post", "/api/v1/candidacies/{candidacy_id}/reject"),
    ("get", "/api/v1/invitations/{token}"),
    ("post", "/api/v1/invitations/{token}/accept"),
    ("get", "/api/v1/threads"),
    ("get", "/api/v1/threads/{thread_id}"),
    ("get", "/api/v1/threads/{thread_id}/messages"),
    ("post", "/api/v1/threads/{thread_id}/messages"),
    ("post", "/api/v1/threads/{thread_id}/read"),
    ("post", "/api/v1/threads/{thread_id}/close"),
    ("post", "/api/v1/threads/{thread_id}/reopen"),
    ("get", "/api/v1/organizations/{organization_id}/prompts"),
    ("post", "/api/v1/threads/{thread_id}/feedback-request"),
    ("post", "/api/v1/threads/{thread_id}/feedback"),
    ("post", "/api/v1/feedback/check"),
    ("put", "/api/v1/threads/{thread_id}/connection"),
]


def test_document_is_valid_and_complete(client):
    r = client.get("/api/v1/openapi.json")
    assert r.status_code == 200
    doc = r.get_json()
    validate(doc)
    for method, path in CONTRACT:
        assert method in doc["paths"].get(path, {}), (method, path)
    message_post = doc["paths"]["/api/v1/threads/{thread_id}/messages"]["post"]
    assert {"201", "200", "409", "413", "422"} <= set(message_post["responses"])
    assert "requestBody" in message_post
