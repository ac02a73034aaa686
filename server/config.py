"""Settings from the environment.

Development and tests get safe local defaults; anything else must be given a
SECRET_KEY explicitly so that no deployment runs on a key from the repository.
"""

from __future__ import annotations

import os
import secrets


class ConfigError(RuntimeError):
    pass


def _bool(value: str | None, default: bool = False) -> bool:
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


MIN_SECRET_BYTES = 32


def load_config(instance_path: str, overrides: dict | None = None) -> dict:
    overrides = overrides or {}
    env = overrides.get("CANDOR_ENV") or os.environ.get("CANDOR_ENV", "production")
    testing = bool(overrides.get("TESTING")) or env == "testing"
    development = env == "development"

    secret = overrides.get("SECRET_KEY") or os.environ.get("SECRET_KEY")
    if not secret:
        if development or testing:
            # A fresh random key per process: sessions do not survive a restart,
            # which is acceptable locally and never a shared, known key.
            secret = secrets.token_hex(32)
        else:
            raise ConfigError("SECRET_KEY must be set (for local use, set CANDOR_ENV=development).")
    if not (development or testing) and len(secret.encode()) < MIN_SECRET_BYTES:
        # A short key can be brute-forced from one signed cookie, and then every session forged.
        raise ConfigError(
            f"SECRET_KEY must be at least {MIN_SECRET_BYTES} bytes; make one with "
            "`python -c 'import secrets; print(secrets.token_hex(32))'`."
        )

    default_db = "sqlite:///" + os.path.join(instance_path, "candor.sqlite3")
    database_url = os.environ.get("DATABASE_URL", default_db)
    if database_url.startswith("postgres://"):
        database_url = "postgresql+psycopg://" + database_url[len("postgres://") :]
    elif database_url.startswith("postgresql://"):
        database_url = "postgresql+psycopg://" + database_url[len("postgresql://") :]

    config = {
        "CANDOR_ENV": env,
        "DEBUG": False,
        "TESTING": testing,
        "SECRET_KEY": secret,
        "SQLALCHEMY_DATABASE_URI": database_url,
        "CANDOR_BASE_URL": os.environ.get("CANDOR_BASE_URL", "http://127.0.0.1:5000").rstrip("/"),
        "MAX_CONTENT_LENGTH": 256 * 1024,
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_SECURE": _bool(os.environ.get("SESSION_COOKIE_SECURE"), not (development or testing)),
        "REMEMBER_COOKIE_HTTPONLY": True,
        "REMEMBER_COOKIE_SAMESITE": "Lax",
        "WTF_CSRF_TIME_LIMIT": None,
        "RATELIMIT_ENABLED": _bool(os.environ.get("RATELIMIT_ENABLED"), not testing),
        "RATELIMIT_STORAGE_URI": os.environ.get("RATELIMIT_STORAGE_URI", "memory://"),
        # An API token unused this long stops working (sliding: each use moves the end on).
        "CANDOR_TOKEN_IDLE_DAYS": int(os.environ.get("CANDOR_TOKEN_IDLE_DAYS", "90")),
        # Events per Socket.IO connection (send, typing, read), whatever they are.
        "CANDOR_SOCKET_EVENT_LIMIT": os.environ.get("CANDOR_SOCKET_EVENT_LIMIT", "30 per 5 seconds;300 per minute"),
        "CANDOR_MEMBER_INVITATION_LIMIT": os.environ.get("CANDOR_MEMBER_INVITATION_LIMIT", "30 per hour"),
        # Rejections and invitation resends per organization (each emails a link with the note).
        "CANDOR_REJECTION_LIMIT": os.environ.get("CANDOR_REJECTION_LIMIT", "200 per hour"),
        # A bulk rejection starts in the process that accepted it, right after the commit; off, the
        # worker loop picks it up within seconds (the tests drive that loop themselves).
        "CANDOR_BULK_IN_PROCESS": _bool(os.environ.get("CANDOR_BULK_IN_PROCESS"), not testing),
        # Invitation look-ups per address: the token is the secret, so guessing must be slow.
        "CANDOR_INVITATION_LOOKUP_LIMIT": os.environ.get("CANDOR_INVITATION_LOOKUP_LIMIT", "30 per minute"),
        # Wrong passwords per account (web and API together); each window is a step of the backoff.
        "CANDOR_LOGIN_FAILURE_LIMIT": os.environ.get(
            "CANDOR_LOGIN_FAILURE_LIMIT", "5 per 5 minutes;10 per hour;20 per day"
        ),
        "RATELIMIT_HEADERS_ENABLED": True,
        "CANDOR_AUTH_RATE_LIMIT": os.environ.get("CANDOR_AUTH_RATE_LIMIT", "10 per minute;100 per hour"),
        # Messages one author may post in one thread (page, API and socket alike); benchmarks raise it.
        "CANDOR_MESSAGE_RATE_LIMIT": os.environ.get("CANDOR_MESSAGE_RATE_LIMIT", "30 per minute"),
        # Reverse proxies in front of Candor whose X-Forwarded-* headers are trusted (rate limits per client).
        "PROXY_COUNT": int(os.environ.get("CANDOR_PROXY_COUNT", "0")),
        "SOCKETIO_MESSAGE_QUEUE": os.environ.get("SOCKETIO_MESSAGE_QUEUE") or None,
        # Processes sharing a queue must share the channel; separate deployments on one Redis must not.
        "SOCKETIO_CHANNEL": os.environ.get("SOCKETIO_CHANNEL", "candor"),
        "SMTP_URL": os.environ.get("SMTP_URL") or None,
        "MAIL_FROM": os.environ.get("MAIL_FROM", "Candor <no-reply@candor.localhost>"),
        # What a user has not seen this long after it arrived is emailed to them (batched per user).
        "CANDOR_NOTIFY_DELAY_SECONDS": int(os.environ.get("CANDOR_NOTIFY_DELAY_SECONDS", "300")),
        # How long before a feedback reply target the staff get a reminder (an overdue notice follows it).
        "CANDOR_FEEDBACK_REMINDER_HOURS": float(os.environ.get("CANDOR_FEEDBACK_REMINDER_HOURS", "24")),
        # Retention: a closed thread idle for its organization's retention period (months, default 24)
        # is anonymised; the candidate is emailed this many days before.
        "CANDOR_RETENTION_NOTICE_DAYS": int(os.environ.get("CANDOR_RETENTION_NOTICE_DAYS", "30")),
        "CANDOR_PASSWORD_RESET_TTL_MINUTES": float(os.environ.get("CANDOR_PASSWORD_RESET_TTL_MINUTES", "60")),
        "CANDOR_EMAIL_CONFIRMATION_TTL_HOURS": float(os.environ.get("CANDOR_EMAIL_CONFIRMATION_TTL_HOURS", "72")),
        "CANDOR_PASSWORD_RESET_MIN_SECONDS": float(os.environ.get("CANDOR_PASSWORD_RESET_MIN_SECONDS", "0.25")),
        "INVITATION_TTL_DAYS": int(os.environ.get("INVITATION_TTL_DAYS", "14")),
        # argon2id cost; tests lower it so the suite stays quick.
        "PASSWORD_TIME_COST": 3 if not testing else 1,
        "PASSWORD_MEMORY_COST": 65536 if not testing else 1024,
    }
    config.update(overrides)
    if "SQLALCHEMY_ENGINE_OPTIONS" not in overrides:
        # A server's connection can drop between requests (a restart, an idle timeout), so it is tested
        # when taken from the pool. A SQLite file's cannot: there the test is only one statement more
        # per request and socket event.
        sqlite = str(config["SQLALCHEMY_DATABASE_URI"]).startswith("sqlite")
        config["SQLALCHEMY_ENGINE_OPTIONS"] = {} if sqlite else {"pool_pre_ping": True}
    return config
