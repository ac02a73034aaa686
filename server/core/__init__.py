"""Small shared pieces used by every feature package."""
