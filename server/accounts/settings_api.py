"""Organization settings over JSON (admins; other members 403, outsiders 404)."""

from __future__ import annotations

from spectree import Response

from ..api.blueprint import bp, spec
from ..api.schemas import errors
from ..api.validation import validated
from .api_auth import require_user
from .settings import organization_settings, update_organization_settings
from .settings_schemas import OrganizationSettingsOut, OrganizationSettingsPatch


@bp.get("/organizations/<int:organization_id>/settings")
@spec.validate(
    resp=Response(HTTP_200=OrganizationSettingsOut, **errors(401, 403, 404)),
    security={"bearer": []},
    tags=["organizations"],
)
def get_organization_settings(organization_id: int):
    """The organization's settings: reply target, retention, consent period, announcement interval."""
    _org, settings = organization_settings(require_user(), organization_id)
    return settings


@bp.patch("/organizations/<int:organization_id>/settings")
@spec.validate(
    json=OrganizationSettingsPatch,
    resp=Response(HTTP_200=OrganizationSettingsOut, **errors(400, 401, 403, 404, 413, 422)),
    security={"bearer": []},
    tags=["organizations"],
)
def patch_organization_settings(organization_id: int):
    """Change some settings; the others stay. Out of range 422 with the field; nothing changes then."""
    body: OrganizationSettingsPatch = validated().json
    changes = {name: getattr(body, name) for name in body.model_fields_set}
    _org, settings = update_organization_settings(require_user(), organization_id, changes)
    return settings
