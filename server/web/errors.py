"""HTML error pages. Requests under /api/ keep the API's own JSON errors."""

from __future__ import annotations

import logging

from flask import Flask, render_template, request
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException

from ..api.errors import error_response
from ..core.errors import RateLimited, ServiceError
from .access_log import route_of_request

log = logging.getLogger(__name__)

API_PREFIX = "/api/"

TITLES = {
    400: "That request could not be handled",
    401: "Please log in",
    403: "That is not allowed",
    404: "We could not find that page",
    405: "That action is not available here",
    409: "That could not be done",
    413: "That was too large",
    422: "Something needs attention",
    429: "Too many attempts",
    500: "Something went wrong on our side",
}

MESSAGES = {
    400: "The request was incomplete or malformed. Go back and try again.",
    403: "Your account does not have access to this.",
    404: "The page may have moved, or the link may be incomplete. If someone sent you a link, "
    "check that you copied all of it.",
    405: "Go back and use the buttons on the page.",
    409: "It may have changed since the page was opened. Go back, reload the page and try again.",
    413: "What you sent is larger than Candor accepts. Shorten it and try again; nothing was saved.",
    429: "Wait a minute, then try again.",
    500: "Nothing was changed. Please try again in a moment.",
}

# Errors a person meets from a link (an invitation), named for what happened, with what to do next:
# service code -> (title, next step). The service's own message goes between them.
BY_CODE = {
    "invitation_used": (
        "This invitation has already been used",
        "If you created your account with it, log in with the invited email address: the conversation "
        "is in your inbox. If you did not, reply to the invitation email and ask the employer for a new link.",
    ),
    "invitation_expired": (
        "This invitation has expired",
        "Reply to the invitation email and ask the employer to send a new link; it takes them one click, "
        "and the conversation waits for you.",
    ),
}
INVITATION_ENDPOINTS = ("hiring.invitation", "hiring.create_account", "hiring.accept")
INVITATION_NOT_FOUND = (
    "We could not find this invitation",
    "If the link is complete, the employer may have sent a newer invitation since: use the link in the "
    "newest email, or reply to it and ask for a new one.",
)

CSRF_MESSAGE = (
    "This form was open for too long or came from somewhere else, so it was not sent. "
    "Go back, reload the page and try again; nothing was changed."
)


def is_api() -> bool:
    return request.blueprint == "api" or request.path.startswith(API_PREFIX)


def error_page(status: int, message: str | None = None, code: str | None = None):
    title, next_step = TITLES.get(status, "Something went wrong"), None
    if code in BY_CODE:
        title, next_step = BY_CODE[code]
    elif status == 404 and request.endpoint in INVITATION_ENDPOINTS:
        title, next_step = INVITATION_NOT_FOUND
    return render_template(
        "errors/error.html",
        status=status,
        title=title,
        message=message or MESSAGES.get(status, ""),
        next_step=next_step,
        code=code,
    ), status


def register(app: Flask) -> None:
    # Registered by class, never by status code: Flask prefers any handler
    # registered for a code over the API blueprint's class handlers, which
    # would turn API errors into HTML.
    @app.errorhandler(HTTPException)
    def _http_error(exc: HTTPException):
        status = exc.code or 500
        if is_api():
            return _api_error(status, exc.description or exc.name, exc.name.lower().replace(" ", "_"))
        if status >= 500:
            # The route, not the path: a path may carry a token (an invitation link).
            log.error("server error on %s: %s", route_of_request(), getattr(exc, "original_exception", exc))
        # Keep Allow (405) and Retry-After (429); the page sets its own type.
        headers = [(k, v) for k, v in exc.get_headers() if k.lower() != "content-type"]
        if isinstance(exc, CSRFError):
            return *error_page(400, CSRF_MESSAGE), headers
        return *error_page(status), headers

    @app.errorhandler(ServiceError)
    def _service_error(exc: ServiceError):
        # Views re-render their own forms; anything else (mostly 404, 403,
        # 409 from a stale page) lands here with the service's message.
        if is_api():
            return _api_error(exc.status, exc.message, exc.code)
        if isinstance(exc, RateLimited):
            return *error_page(exc.status, exc.message), {"Retry-After": str(exc.retry_after)}
        return error_page(exc.status, exc.message, exc.code)


def _api_error(status: int, message: str, code: str):
    """Only reached for /api/ paths outside the API blueprint, whose own handlers come first."""
    return error_response(status, code, message)
