"""Organization settings over JSON: request and response schemas (the bounds live in settings.py)."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field

from ..api.fields import WHOLE, not_null
from ..api.schemas import Out, Request
from .settings import BOUNDS


def _range(name: str) -> Any:
    low, high, _ = BOUNDS[name]
    return Field(ge=low, le=high)


def _described(name: str) -> Any:
    low, high, unit = BOUNDS[name]
    # Left out: unchanged; null is refused like any value out of range (422).
    return Field(None, description=f"{low}..{high} {unit}", json_schema_extra=not_null)


class OrganizationSettingsOut(Out):
    reply_target_days: int
    retention_months: int
    connection_months: int
    announcement_interval_days: int


class OrganizationSettingsPatch(Request):
    """Any of the settings; the ones left out stay as they are."""

    reply_target_days: Annotated[int, _range("reply_target_days"), WHOLE] | None = _described("reply_target_days")
    retention_months: Annotated[int, _range("retention_months"), WHOLE] | None = _described("retention_months")
    connection_months: Annotated[int, _range("connection_months"), WHOLE] | None = _described("connection_months")
    announcement_interval_days: Annotated[int, _range("announcement_interval_days"), WHOLE] | None = _described(
        "announcement_interval_days"
    )
