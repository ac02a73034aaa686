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


def test_every_api_route_is_in_the_one_document(app, client):
    doc = client.get("/api/v1/openapi.json").get_json()
    missing = []
    for rule in app.url_map.iter_rules():
        if not rule.endpoint.startswith("api.") or rule.rule == "/api/v1/openapi.json":
            continue
        path = rule.rule
        for name in rule.arguments:
            path = path.replace(f"<int:{name}>", f"{{{name}}}").replace(f"<{name}>", f"{{{name}}}")
        for method in (rule.methods or set()) - {"HEAD", "OPTIONS"}:
            if method.lower() not in doc["paths"].get(path, {}):
                missing.append(f"{method} {path}")
    assert missing == []
    # One document only: spectree's own copy is not served.
    assert client.get("/api/v1/spec/openapi.json").status_code == 404


def test_every_documented_error_has_the_error_shape(client):
    doc = client.get("/api/v1/openapi.json").get_json()
    wrong = [
        f"{method} {path} {status}"
        for path, operations in doc["paths"].items()
        for method, operation in operations.items()
        for status, response in operation["responses"].items()
        if status[0] in "45" and "ErrorResponse" not in str(response)
    ]
    assert wrong == []


def test_an_undeclared_method_is_405_with_allow(client):
    for method in ("TRACE", "PUT", "PATCH"):
        response = client.open("/api/v1/feedback/check", method=method)
        assert response.status_code == 405, method
        assert set(response.headers["Allow"].replace(" ", "").split(",")) >= {"POST", "OPTIONS"}
        assert response.get_json()["error"]["code"] == "method_not_allowed"


def _strings_without_rule(schema, components, where: str, seen=()):
    """Where a request schema takes a string without saying which (no pattern, format or enum)."""
    if not isinstance(schema, dict):
        return []
    ref = schema.get("$ref")
    if ref:
        name = ref.rsplit("/", 1)[1]
        return [] if name in seen else _strings_without_rule(components[name], components, where, (*seen, name))
    found = []
    says = {"pattern", "format", "enum", "const"} & set(schema) or schema.get("maxLength") == 0
    if schema.get("type") == "string" and not says:
        found.append(where)
    for key in ("anyOf", "oneOf", "allOf"):
        for index, branch in enumerate(schema.get(key, [])):
            found += _strings_without_rule(branch, components, f"{where}/{key}/{index}", seen)
    for name, sub in schema.get("properties", {}).items():
        found += _strings_without_rule(sub, components, f"{where}.{name}", seen)
    for key in ("items", "additionalProperties", "propertyNames"):
        found += _strings_without_rule(schema.get(key), components, f"{where}/{key}", seen)
    return found


def test_request_strings_say_what_they_take(client):
    """Every text field of a request body or query states its characters (control characters are refused
    everywhere, 422): a pattern, a format or an enum. Schemathesis holds the server to what it states
    (tests/api/test_fuzz.py); this catches a new field that states nothing. Path parameters are looked up
    (a value that names nothing is 404)."""
    doc = client.get("/api/v1/openapi.json").get_json()
    components = doc["components"]["schemas"]
    found = []
    for path, item in doc["paths"].items():
        for method, operation in item.items():
            where = f"{method.upper()} {path}"
            for parameter in operation.get("parameters", []):
                if parameter["in"] == "query":
                    found += _strings_without_rule(parameter["schema"], components, f"{where} ?{parameter['name']}")
            body = operation.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
            found += _strings_without_rule(body, components, f"{where} body")
    assert found == []
