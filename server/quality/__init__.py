"""The feedback quality check: pure Python, no Flask. See checker.check()."""

from .checker import CATEGORIES, Finding, check

__all__ = ["CATEGORIES", "Finding", "check"]
