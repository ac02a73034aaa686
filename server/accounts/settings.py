"""Organization settings (admins only; other members 403, outsiders 404): how fast the organization
promises to answer feedback requests, how long it keeps closed conversations, how long a
stay-in-touch consent lasts, and how often a connected candidate may hear of a new role."""

from __future__ import annotations

from collections.abc import Mapping

from ..core.errors import Invalid
from ..core.transaction import operation
from .access import ADMIN, require_membership
from .models import Organization, User

# name -> (smallest, largest, what it is)
BOUNDS: dict[str, tuple[int, int, str]] = {
    "reply_target_days": (1, 30, "days"),
    "retention_months": (1, 120, "months"),
    "connection_months": (1, 24, "months"),
    "announcement_interval_days": (1, 365, "days"),
}
FIELDS: tuple[str, ...] = tuple(BOUNDS)


def settings_out(organization: Organization) -> dict[str, int]:
    return {name: int(getattr(organization, name)) for name in FIELDS}


def organization_settings(user: User, organization_id: int) -> tuple[Organization, dict[str, int]]:
    organization = require_membership(user, organization_id, ADMIN)
    return organization, settings_out(organization)


def _check(changes: Mapping[str, object]) -> dict[str, int]:
    errors: dict[str, str] = {}
    clean: dict[str, int] = {}
    for name, value in changes.items():
        if name not in BOUNDS:
            errors[name] = "Unknown setting."
            continue
        low, high, unit = BOUNDS[name]
        if not isinstance(value, int) or isinstance(value, bool):
            errors[name] = f"A whole number of {unit}, from {low} to {high}."
        elif not low <= value <= high:
            errors[name] = f"From {low} to {high} {unit}."
        else:
            clean[name] = value
    if errors:
        raise Invalid("Some settings need attention; nothing was changed.", fields=errors)
    return clean


@operation
def update_organization_settings(
    user: User, organization_id: int, changes: Mapping[str, object]
) -> tuple[Organization, dict[str, int]]:
    """Changes the given settings (all or nothing). A new consent period length applies to consents
    given or renewed from now on; a new reply target to feedback requested from now on."""
    organization = require_membership(user, organization_id, ADMIN)
    for name, value in _check(changes).items():
        setattr(organization, name, value)
    return organization, settings_out(organization)
