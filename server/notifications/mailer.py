"""Sending one email over SMTP, configured by SMTP_URL.

smtp://user:password@host:587?starttls=1, smtps://host:465, or smtp://127.0.0.1:1025.
"""

from __future__ import annotations

import smtplib
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from urllib.parse import parse_qs, unquote, urlparse


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    ssl: bool
    starttls: bool
    username: str | None
    password: str | None
    timeout: float = 10.0

    @classmethod
    def from_url(cls, url: str) -> SmtpSettings:
        parsed = urlparse(url)
        if parsed.scheme not in ("smtp", "smtps"):
            raise ValueError("SMTP_URL must start with smtp:// or smtps://")
        query = parse_qs(parsed.query)
        ssl = parsed.scheme == "smtps"
        return cls(
            host=parsed.hostname or "127.0.0.1",
            port=parsed.port or (465 if ssl else 25),
            ssl=ssl,
            starttls=query.get("starttls", ["0"])[0] in ("1", "true", "yes"),
            username=unquote(parsed.username) if parsed.username else None,
            password=unquote(parsed.password) if parsed.password else None,
            timeout=float(query.get("timeout", ["10"])[0]),
        )


# RFC 5322's hard limit instead of the default 78: a long List-Unsubscribe URL has no space
# to fold at, and the default would turn it into an encoded word no mail program reads.
POLICY = policy.default.clone(max_line_length=998)

# Headers an outbox row may add; anything else (From, To, Subject, ...) is set here only.
EXTRA_HEADERS = ("List-Unsubscribe", "List-Unsubscribe-Post", "Auto-Submitted", "List-Id")


def build_message(
    sender: str,
    to: str,
    subject: str,
    body: str,
    dedupe_key: str,
    html: str | None = None,
    headers: dict[str, str] | None = None,
) -> EmailMessage:
    """Plain text, or multipart/alternative (text first, then HTML) when ``html`` is given."""
    message = EmailMessage(policy=POLICY)
    message["From"] = sender
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = formatdate(localtime=False)
    # A stable id per outbox row: a retry after an unclear failure is recognisable downstream.
    domain = sender.rsplit("@", 1)[-1].strip("> ") or "candor.localhost"
    message["Message-ID"] = make_msgid(idstring=dedupe_key.replace(":", "."), domain=domain)
    for name, value in (headers or {}).items():
        if name in EXTRA_HEADERS:
            message[name] = value
    message.set_content(body)
    if html is not None:
        message.add_alternative(html, subtype="html")
    return message


def send(settings: SmtpSettings, message: EmailMessage) -> None:
    cls = smtplib.SMTP_SSL if settings.ssl else smtplib.SMTP
    with cls(settings.host, settings.port, timeout=settings.timeout) as smtp:
        if settings.starttls:
            smtp.starttls()
        if settings.username:
            smtp.login(settings.username, settings.password or "")
        smtp.send_message(message)
