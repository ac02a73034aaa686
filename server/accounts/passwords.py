from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from flask import current_app
from zxcvbn import zxcvbn

MIN_LENGTH = 10
# zxcvbn's scale: 3 is "safely unguessable: moderate protection from offline slow-hash attacks" (about
# 10^8 guesses and more). Its lists hold the most common leaked passwords, English words and names.
MIN_STRENGTH = 3
# zxcvbn refuses longer input (ValueError: its matching grows fast with the length). The first this many
# characters decide: a password whose beginning is hard to guess is hard to guess.
ZXCVBN_MAX_LENGTH = 72


def _hasher() -> PasswordHasher:
    cfg = current_app.config
    return PasswordHasher(time_cost=cfg["PASSWORD_TIME_COST"], memory_cost=cfg["PASSWORD_MEMORY_COST"])


def hash_password(password: str) -> str:
    return _hasher().hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher().verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


# Verified against when the email is unknown, so both paths take the same time.
_DUMMY_HASH: str | None = None


def burn_time(password: str) -> None:
    global _DUMMY_HASH
    if _DUMMY_HASH is None:
        _DUMMY_HASH = hash_password("not-a-real-password")
    verify_password(_DUMMY_HASH, password)


def weakness(password: str, about_the_user: tuple[str, ...] = ()) -> str | None:
    """Why the password is too easy to guess (zxcvbn's own words), or None if it is strong enough.
    Words about the user (their email, name, organization) count as guessable too."""
    words = [part for value in about_the_user for part in value.replace("@", " ").replace(".", " ").split()]
    result = zxcvbn(password[:ZXCVBN_MAX_LENGTH], user_inputs=words)
    if result["score"] >= MIN_STRENGTH:
        return None
    feedback = result["feedback"]
    reasons = [feedback.get("warning") or "It would be easy to guess.", *feedback.get("suggestions", [])]
    return " ".join(reason.strip() for reason in reasons if reason.strip())
