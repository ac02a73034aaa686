"""What a request field accepts, said once for the OpenAPI document and for validation.

Schemathesis (tests/api/test_fuzz.py) holds the document to its word both ways: what a field's schema
allows is accepted, what it forbids is refused. So every constraint here is either enforced by pydantic
at the door (lengths, ranges, enums), or is the schema of a rule that the request hook or a service
already enforces exactly so, with its own message (control characters, blank text, email syntax,
password strength, message length).
"""

from __future__ import annotations

from typing import Annotated, Any

from email_validator import SPECIAL_USE_DOMAIN_NAMES
from pydantic import AfterValidator, BeforeValidator, Field

from ..core.ids import NO_ID, in_range
from ..core.text import CONTROL_CLASS

_C = CONTROL_CLASS
# Text never holds control characters (api.validation refuses them: 422 naming the field).
NO_CONTROL = rf"^[^{_C}]*$"
# ... and required text is not blank: it holds something str.strip() keeps (Python's \s is str.isspace()).
NOT_BLANK = rf"^[^{_C}]*[^\s{_C}][^{_C}]*$"


def text(
    max_length: int | None = None, *, blank: bool = True, enforced: bool = True, description: str | None = None
) -> Any:
    """A string field: no control characters; at most ``max_length`` characters (refused by pydantic, 422;
    ``enforced=False`` where a service refuses longer text its own way, e.g. 413 for a message); with
    ``blank=False`` not empty or only spaces (the services answer "Required.")."""
    extra: dict[str, Any] = {"pattern": NO_CONTROL if blank else NOT_BLANK}
    if not blank:
        extra["minLength"] = 1
    if not enforced:
        extra["maxLength"] = max_length
    return Field(max_length=max_length if enforced else None, json_schema_extra=extra, description=description)


def _any_case(word: str) -> str:
    return "".join(f"[{c.lower()}{c.upper()}]" if c.isalpha() else c for c in word)


EMAIL_LIMIT = 254
# email_validator (accounts.operations.normalize_email) refuses special-use domains such as example.test.
_SPECIAL_USE = "|".join(_any_case(name) for name in SPECIAL_USE_DOMAIN_NAMES)
EMAIL_PATTERN = rf"^(?![\s\S]*@(?:[^@]*\.)?(?:{_SPECIAL_USE})\.?$)[^{_C}]*$"


def email(description: str | None = None) -> Any:
    return Field(
        max_length=EMAIL_LIMIT,
        json_schema_extra={"format": "email", "pattern": EMAIL_PATTERN},
        description=description or "An email address (special-use domains such as .test are refused).",
    )


CURRENT_PASSWORD_LIMIT = 1024


def new_password(min_length: int, max_length: int, description: str = "") -> Any:
    """A new password: the lengths and strength accounts.operations checks (its messages say how far off)."""
    return Field(
        json_schema_extra={
            "format": "password",
            "minLength": min_length,
            "maxLength": max_length,
            "pattern": NO_CONTROL,
        },
        description=(
            f"{min_length} to {max_length} characters, and hard to guess: zxcvbn's score at least 3, not built "
            "from your name or email (else 422 `weak_password` with the reason). " + description
        ).strip(),
    )


def current_password(description: str = "The account's password.") -> Any:
    return Field(
        max_length=CURRENT_PASSWORD_LIMIT,
        json_schema_extra={"format": "password", "minLength": 1, "pattern": NO_CONTROL},
        description=description,
    )


def not_null(schema: dict[str, Any]) -> None:
    """For ``json_schema_extra`` of an optional field whose service refuses an explicit null (422): the
    document shows the value's own schema, without the null pydantic's ``X | None`` adds."""
    branches = [branch for branch in schema.pop("anyOf") if branch != {"type": "null"}]
    schema.update(*branches)
    schema.pop("default", None)


def _whole_number(value: object) -> object:
    # JSON has numbers, not ints and floats: 12.0 is the integer 12 (JSON Schema agrees). Strict mode
    # would call it the wrong type.
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


# After any bounds: Annotated[int, Field(ge=1), WHOLE] (bounds after it would not reach the document).
WHOLE = BeforeValidator(_whole_number)
Int = Annotated[int, WHOLE]


def _id_or_missing(value: int) -> int:
    # As in a path (core/ids.py): an id past the database's range is one that does not exist, not a 500.
    return value if in_range(value) else NO_ID


# The id of another record, in a body: any integer; one that names nothing is answered as such.
Id = Annotated[int, WHOLE, AfterValidator(_id_or_missing)]
