"""Turns pydantic validation errors into API errors: 400 wrong type, 422 invalid."""

from __future__ import annotations

from typing import Any, Protocol

from flask import request

from ..core.text import CONTROL_MESSAGE, field_with_control_characters
from .exceptions import ApiError

# pydantic error types that mean "wrong JSON type" rather than "invalid value"
_TYPE_ERRORS = {
    "string_type",
    "int_type",
    "int_parsing",
    "int_from_float",
    "bool_type",
    "bool_parsing",
    "dict_type",
    "list_type",
    "model_type",
    "model_attributes_type",
    "float_type",
    "none_required",
    "is_instance_of",
    "union_tag_invalid",
}


def _field_name(loc: tuple) -> str:
    return ".".join(str(part) for part in loc) or "body"


def handle_validation_error(req, resp, req_validation_error, instance, *args) -> None:
    """spectree hook, after authentication: turn pydantic errors into our shape (400 wrong type, 422
    invalid), and refuse control characters in any text of the query or the body (422)."""
    if req_validation_error is None:
        _refuse_control_characters()
        return
    errors = req_validation_error.errors()
    fields: dict[str, str] = {}
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


def _refuse_control_characters() -> None:
    field = next(
        (key for key, values in request.args.lists() if field_with_control_characters([key, *values])), None
    ) or field_with_control_characters(request.get_json(silent=True))
    if field:
        raise ApiError(422, "validation_failed", "Some fields need attention.", {field: CONTROL_MESSAGE})


class Validated(Protocol):
    """spectree's ``request.context``: the models the route declared (each route its own, hence Any)."""

    @property
    def json(self) -> Any: ...

    @property
    def query(self) -> Any: ...


def validated() -> Validated:
    """What spectree validated for the current request: its ``request.context``."""
    context: Validated = request.context  # type: ignore[attr-defined]  # spectree sets it; flask's Request lacks it
    return context
