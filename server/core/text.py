"""Characters no text in Candor may hold: C0 controls but tab and newlines, and DEL. PostgreSQL refuses
NUL in text (a 500 before this check), and none of them is ever meant in a name, an email or a message."""

from __future__ import annotations

import re

# A regular-expression character class, shared with the OpenAPI document's patterns (api/fields.py).
CONTROL_CLASS = r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f"
CONTROL = re.compile(f"[{CONTROL_CLASS}]")
CONTROL_MESSAGE = "Remove the control characters (such as NUL) from this field."


def field_with_control_characters(value: object, path: str = "") -> str | None:
    """The dotted path of the first string inside `value` (JSON-like) that holds a control character,
    keys included; None if there is none."""
    if isinstance(value, str):
        return (path or "body") if CONTROL.search(value) else None
    if isinstance(value, dict):
        for key, item in value.items():
            child = f"{path}.{key}" if path else str(key)
            if isinstance(key, str) and CONTROL.search(key):
                return child
            found = field_with_control_characters(item, child)
            if found:
                return found
    if isinstance(value, list):
        for index, item in enumerate(value):
            found = field_with_control_characters(item, f"{path}.{index}" if path else str(index))
            if found:
                return found
    return None
