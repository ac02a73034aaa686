"""One error shape for every API failure: {"error": {code, message, fields?}}."""
from __future__ import annotations

import logging

from flask import Blueprint, Flask, jsonify, request
from werkzeug.exceptions import HTTPException

from ..core.errors import ServiceError

log = logging.getLogger(__name__)

# pydantic error types that mean "wrong JSON type" (400) rather than "invalid value" (422)
_TYPE_ERRORS = {
    "string_type", "int_type", "int_parsing", "int_from_float", "bool_type", "bool_parsing",
    "dict_type", "list_type", "model_type", "model_attributes_type", "float_type", "none_required",
    "is_instance_of", "union_tag_invalid",
}

_HTTP_CODES = {
    400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
    405: "method_not_allowed", 409: "conflict", 413: "too_large", 415: "unsupported_media_type",
    422: "validation_failed", 429: "rate_limited", 500: "server_error",
}

_HTTP_MESSAGES = {
    404: "Not found.",
    405: "This method is not allowed here.",
    413: "The request body is too large.",
    429: "Too many requests. Wait a moment and try again.",
    500: "Something went wrong on our side. Nothing was changed; please try again.",
}


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str, fields: dict | None = None):
        super().__init__(message)
        self.status, self.code, self.message, self.fields = status, code, message, fields


def error_response(status: int, code: str, message: str, fields: dict | None = None):
    error = {"code": code, "message": message}
    if fields:
        error["fields"] = fields
    response = jsonify({"error": error})
    response.status_code = status
    return response


def _field_name(loc: tuple) -> str:
    return ".".join(str(part) for part in loc) or "body"


def handle_validation_error(req, resp, req_validation_error, instance, *args) -> None:
    """spectree hook: turn pydantic errors into our shape (400 wrong type, 422 invalid)."""
    if req_validation_error is None:
        return
    errors = req_validation_error.errors()
    fields = {}
    wrong_type = False
    for err in errors:
        name = _field_name(err.get("loc", ()))
        if err["type"] in _TYPE_ERRORS:
            wrong_type = True
        if err["type"] == "missing":
            message = "Required."
        elif err["type"] == "extra_forbidden":
            message = "Unknown field."
        else:
            message = err.get("msg", "Invalid value.")
        fields.setdefault(name, message)
    if wrong_type:
        raise ApiError(400, "wrong_type", "Some fields have the wrong type.", fields)
    raise ApiError(422, "validation_failed", "Some fields need attention.", fields)


def _check_json_body():
    """Malformed JSON and non-object bodies are 400 before any view runs."""
    if request.method not in ("POST", "PUT", "PATCH") or not request.content_length and not request.data:
        return None
    if not request.is_json:
        raise ApiError(415, "unsupported_media_type", "Send JSON with Content-Type: application/json.")
    data = request.get_json(silent=True)
    if data is None:
        raise ApiError(400, "malformed_json", "The request body is not valid JSON.")
    if not isinstance(data, dict):
        raise ApiError(400, "malformed_json", "The request body must be a JSON object.")
    return None


def register(app: Flask, bp: Blueprint) -> None:
    @app.before_request
    def _api_routing_errors():
        # 404/405 from routing happen before any blueprint is known.
        if request.path.startswith(bp.url_prefix + "/") and request.routing_exception is not None:
            exc = request.routing_exception
            if isinstance(exc, HTTPException) and exc.code in (404, 405):
                return error_response(exc.code, _HTTP_CODES[exc.code], _HTTP_MESSAGES[exc.code])
        return None

    bp.before_request(_check_json_body)

    @bp.errorhandler(ApiError)
    def _api_error(exc: ApiError):
        return error_response(exc.status, exc.code, exc.message, exc.fields)

    @bp.errorhandler(ServiceError)
    def _service_error(exc: ServiceError):
        return error_response(exc.status, exc.code, exc.message, exc.fields)

    @bp.errorhandler(HTTPException)
    def _http_error(exc: HTTPException):
        status = exc.code or 500
        message = _HTTP_MESSAGES.get(status) or exc.description or "Request failed."
        if status == 400 and getattr(exc, "description", None):
            message = exc.description  # e.g. the CSRF error explains itself
        response = error_response(status, _HTTP_CODES.get(status, "error"), message)
        if status == 429:
            retry = getattr(exc, "retry_after", None)
            if retry is not None:
                response.headers["Retry-After"] = str(int(retry))
        return response

    @bp.errorhandler(Exception)
    def _unexpected(exc: Exception):
        log.exception("unhandled API error")
        return error_response(500, "server_error", _HTTP_MESSAGES[500])
