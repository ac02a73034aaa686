"""The API blueprint and its OpenAPI spec object (set up once, at import)."""

from __future__ import annotations

from dataclasses import is_dataclass
from typing import Any

from flask import Blueprint, Response, jsonify
from pydantic import BaseModel
from spectree import SecurityScheme, SpecTree
from spectree.model_adapter.pydantic_adapter import PydanticModelAdapter
from spectree.models import SecureType, SecuritySchemeData

from .schemas import ErrorResponse
from .validation import handle_validation_error

bp = Blueprint("api", __name__, url_prefix="/api/v1")


class PlainJsonAdapter(PydanticModelAdapter):
    """Candor's views return plain JSON values, never pydantic models nested in them: spectree's
    search of every response for a nested model walked each item of a list (a fifth of the CPU
    of a page of 50 thread summaries). A model returned whole is still recognised."""

    def is_partial_model_instance(self, value: Any) -> bool:
        return isinstance(value, BaseModel) or is_dataclass(value)


spec = SpecTree(
    "flask",
    title="Candor API",
    version="1",
    description="Rejection as a respectful conversation. See API.md for the contract.",
    # spectree leaves routes under its own path out of the document, so it lives
    # below the API; /api/v1/openapi.json itself is served by the view below.
    path="api/v1/spec",
    filename="openapi.json",
    mode="strict",
    # spectree types its own pydantic adapter against a protocol it does not match (ValidationError).
    model_adapter=PlainJsonAdapter(),  # type: ignore[arg-type]
    page_templates={},  # no documentation page loading assets from a CDN
    annotations=False,
    before=handle_validation_error,
    # What our 400/422 answers look like (handle_validation_error), not spectree's list of errors.
    validation_error_model=ErrorResponse,
    security_schemes=[SecurityScheme(name="bearer", data=SecuritySchemeData(type=SecureType.HTTP, scheme="bearer"))],
)


@bp.get("/openapi.json")
def openapi_document() -> Response:
    return jsonify(spec.spec)
