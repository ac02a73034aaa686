"""Candor: rejection as a respectful conversation.

The application factory lives in ``server.app``. Importing the package alone
loads nothing else, so ``server.quality`` (pure Python) imports without Flask.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from flask import Flask


def create_app(overrides: dict[str, Any] | None = None) -> Flask:
    from .app import create_app as factory  # deferred: see the module docstring

    return factory(overrides)
