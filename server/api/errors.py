"""One error shape for every API failure: {"error": {code, message, fields?}}."""

from __future__ import annotations

import logging
from typing import Any

from flask import Flask, jsonify, request
from werkzeug.exceptions import HTTPException

from ..core.errors import ServiceError
from .blueprint import bp
from .exceptions import ApiError

log = logging.getLogger(__name__)

_HTTP_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "too_large",
    415: "unsupported_media_type",
    422: "validation_failed",
    429: "rate_limited",
    500: "server_error",
}

_HTTP_MESSAGES = {
    404: "Not found.",
    405: "This method is not allowed here.",
    413: "The request body is too large.",
    429: "Too many requests. Wait a moment and try again.",
    500: "Something went wrong on our side. Nothing was changed; please try again.",
}


def error_response(status: int, code: str, message: str, fields: dict | None = None):
    error: dict[str, Any] = {"code": code, "message": message}
    if fields:
        error["fields"] = fields
    response = jsonify({"error": error})
    response.status_code = status
    return response


def _check_json_body():
    """Malformed JSON and non-object bodies are 400 before any view runs."""
    if request.method not in ("POST", "PUT", "PATCH") or (not request.content_length and not request.data):
        return None
    if not request.is_json:
        raise ApiError(415, "unsupported_media_type", "Send JSON with Content-Type: application/json.")
    data = request.get_json(silent=True)
    if data is None:
        raise ApiError(400, "malformed_json", "The request body is not valid JSON.")
    if not isinstance(data, dict):
        raise ApiError(400, "malformed_json", "The request body must be a JSON object.")
    return None


def register_app_hooks(app: Flask) -> None:
    @app.before_request
    def _api_routing_errors():
        # 404/405 from routing happen before any blueprint is known.
        assert bp.url_prefix is not None  # set where the blueprint is made
        if request.path.startswith(bp.url_prefix + "/") and request.routing_exception is not None:
            exc = request.routing_exception
            if isinstance(exc, HTTPException) and exc.code in (404, 405):
                response = error_response(exc.code, _HTTP_CODES[exc.code], _HTTP_MESSAGES[exc.code])
                # RFC 9110: a 405 lists the methods the resource has.
                for name, value in exc.get_headers():
                    if name.lower() == "allow":
                        response.headers["Allow"] = value
                return response
        return None


bp.before_request(_check_json_body)


@bp.errorhandler(ApiError)
def _api_error(exc: ApiError):
    return error_response(exc.status, exc.code, exc.message, exc.fields)


@bp.errorhandler(ServiceError)
def _service_error(exc: ServiceError):
    response = error_response(exc.status, exc.code, exc.message, exc.fields)
    retry = getattr(exc, "retry_after", None)  # RateLimited (429)
    if retry is not None:
        response.headers["Retry-After"] = str(int(retry))
    return response


@bp.errorhandler(HTTPException)
def _http_error(exc: HTTPException):
    status = exc.code or 500
    message = _HTTP_MESSAGES.get(status) or exc.description or "Request failed."
    if status == 400 and exc.description:
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
