"""Pages refuse a form or a query holding control characters (such as NUL) before any view reads it."""

from __future__ import annotations

from flask import Flask, request

from ..core.text import field_with_control_characters
from .errors import error_page, is_api

MESSAGE = (
    "Something you sent holds control characters (such as NUL) that no text in Candor may contain. "
    "Go back, retype it and try again; nothing was changed."
)


def register(app: Flask) -> None:
    @app.before_request
    def _refuse_control_characters():
        if is_api():
            return None  # the API answers after authenticating (api/validation.py)
        for source in (request.args, request.form):
            for key, values in source.lists():
                if field_with_control_characters([key, *values]):
                    return error_page(422, MESSAGE)
        return None
