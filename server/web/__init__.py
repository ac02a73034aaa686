"""Server-rendered pages: blueprint registration and shared page plumbing."""
from __future__ import annotations

from flask import Flask


def register_web(app: Flask) -> None:
    from ..accounts import session  # noqa: F401  (registers the user loader)
