"""Per-address limits shared by pages and API routes (Flask-Limiter)."""

from __future__ import annotations

from flask import current_app

from ..extensions import limiter

# An invitation's token is its only secret: looking one up (page or API, candidate or team) is limited
# per address, on one counter for all of them, so guessing tokens is slow.
invitation_lookup_limit = limiter.shared_limit(
    lambda: current_app.config["CANDOR_INVITATION_LOOKUP_LIMIT"], scope="invitation_lookup"
)
