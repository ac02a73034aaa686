"""Organization settings over JSON: request and response schemas (the bounds live in settings.py)."""

from __future__ import annotations

from pydantic import Field

from ..api.schemas import Out, Request
from .settings import BOUNDS


def _bounded(name: str):
    low, high, unit = BOUNDS[name]
    return Field(None, ge=low, le=high, description=f"{low}..{high} {unit}")


class OrganizationSettingsOut(Out):
    reply_target_days: int
    retention_months: int
    connection_months: int
    announcement_interval_days: int


class OrganizationSettingsPatch(Request):
    """Any of the settings; the ones left out stay as they are."""

    reply_target_days: int | None = _bounded("reply_target_days")
    retention_months: int | None = _bounded("retention_months")
    connection_months: int | None = _bounded("connection_months")
    announcement_interval_days: int | None = _bounded("announcement_interval_days")
