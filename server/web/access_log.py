"""Candor's access log: one line per request with the route, never the path.

Paths carry secrets (``/invitations/<token>``, and ``?next=/invitations/<token>`` on the
login page), so the line names the URL rule that matched (``/invitations/<token>``) and
leaves out the path and the query string. A request that matched no route is logged as
``(no route)``: its path may be a mistyped link with a token in it.

    GET /invitations/<token> 200 12.3ms

The server's own request lines are silenced: `candor serve` runs gevent's WSGI server
with gevent-websocket's handler, which logs every raw request line (path and query) at
INFO on the ``geventwebsocket.handler`` logger, in every environment. Flask's log line
for an unhandled exception (``Exception on <path>``) names the route instead.
"""

from __future__ import annotations

import logging
import time
from types import TracebackType

from flask import Flask, Response, g, request

log = logging.getLogger("candor.access")

NO_ROUTE = "(no route)"
# gevent-websocket's handler logs "<ip> - - [<time>] "GET /invitations/<the token> HTTP/1.1" ..." here.
RAW_REQUEST_LOGGERS = ("geventwebsocket.handler",)
_STARTED = "_candor_request_started"

ExcInfo = tuple[type, BaseException, TracebackType] | tuple[None, None, None]


def route_of_request() -> str:
    """The URL rule of the current request (e.g. ``/threads/<int:thread_id>``), or ``(no route)``."""
    rule = request.url_rule
    return rule.rule if rule is not None else NO_ROUTE


def register(app: Flask) -> None:
    for name in RAW_REQUEST_LOGGERS:
        # Its warnings (a bad WebSocket upgrade) carry no path and still show.
        logging.getLogger(name).setLevel(logging.WARNING)

    def log_exception(exc_info: ExcInfo) -> None:
        app.logger.error("Exception on %s [%s]", route_of_request(), request.method, exc_info=exc_info)

    app.log_exception = log_exception  # type: ignore[method-assign]  # Flask's logs request.path

    @app.before_request
    def _start_clock() -> None:
        setattr(g, _STARTED, time.perf_counter())

    @app.after_request
    def _access_line(response: Response) -> Response:
        started = g.pop(_STARTED, None)
        duration = f"{(time.perf_counter() - started) * 1000:.1f}ms" if started is not None else "-"
        log.info("%s %s %s %s", request.method, route_of_request(), response.status_code, duration)
        return response
