"""Real `candor serve` processes for tests that need a live server."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import tempfile
import time

import requests
import sqlalchemy as sa
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CANDOR = os.path.join(os.path.dirname(sys.executable), "candor")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_bare_server(database: str, *options: str) -> tuple[subprocess.Popen, str]:
    """bench/bare_server.py on a free port (the benchmarks' baseline), once it answers: (process, url)."""
    port = free_port()
    command = [sys.executable, os.path.join(ROOT, "bench", "bare_server.py"), "--port", str(port)]
    proc = subprocess.Popen(
        [*command, "--database", database, *options], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            requests.get(url + "/socket.io/?EIO=4&transport=polling", timeout=1)
            break
        except requests.RequestException:
            time.sleep(0.1)
    return proc, url


def fresh_database(name: str) -> str:
    """A new empty database: PostgreSQL when the suite runs on it, else an SQLite file."""
    base = os.environ.get("CANDOR_TEST_DATABASE_URL")
    if not base:
        return f"sqlite:///{tempfile.mkdtemp(prefix='candor-live-')}/{name}.sqlite3"
    url = make_url(base.replace("postgresql://", "postgresql+psycopg://", 1))
    db_name = f"{url.database}_{name}"
    admin = sa.create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{db_name}" WITH (FORCE)'))
        conn.execute(sa.text(f'CREATE DATABASE "{db_name}"'))
    admin.dispose()
    return url.set(database=db_name).render_as_string(hide_password=False)


# base URL of a live server -> its database: the outbox there is the candidates' mailbox.
_DATABASES: dict[str, str] = {}


def emailed_token(base: str, email: str, path: str) -> str:
    """The token of the newest ``/<path>/<token>`` link emailed to ``email`` by the server at ``base``.

    No response carries such a token: like the person it is for, the test reads the email."""
    link = re.compile(rf"https?://\S+/{re.escape(path)}/([A-Za-z0-9_-]+)")
    engine = sa.create_engine(_DATABASES[base], poolclass=NullPool)
    try:
        with engine.connect() as conn:
            bodies = conn.execute(
                sa.text("SELECT body_text FROM outbox_emails WHERE to_email = :email ORDER BY id DESC"),
                {"email": email.lower()},
            ).scalars()
            for body in bodies:
                match = link.search(body)
                if match:
                    return match.group(1)
    finally:
        engine.dispose()
    raise AssertionError(f"no /{path}/ link emailed to {email} in the outbox of {base}")


def emailed_invitation_token(base: str, email: str) -> str:
    return emailed_token(base, email, "invitations")


class LiveServer:
    def __init__(self, database_url: str, port: int | None = None, **env: str):
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        _DATABASES[self.url] = database_url
        self.env = {
            **os.environ,
            "CANDOR_ENV": "testing",
            "DATABASE_URL": database_url,
            "CANDOR_BASE_URL": self.url,
            "SECRET_KEY": env.pop("SECRET_KEY", "live-test-secret"),
            **env,
        }
        self.proc: subprocess.Popen | None = None
        # Kept open as the server process's stdout for the object's whole life; output() reads it back.
        self.log = tempfile.NamedTemporaryFile(prefix="candor-serve-", suffix=".log", delete=False)  # noqa: SIM115

    def migrate(self) -> None:
        subprocess.run(
            [CANDOR, "db", "upgrade"],
            env=self.env,
            cwd=ROOT,
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def start(self) -> LiveServer:
        self.proc = subprocess.Popen(
            [CANDOR, "serve", "--host", "127.0.0.1", "--port", str(self.port)],
            env=self.env,
            cwd=ROOT,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        # Generous: on a loaded 2-core machine the import and first request alone can take 20 s; a
        # server that fails to start exits, and that is reported at once.
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"candor serve exited: {self.output()}")
            try:
                if requests.get(self.url + "/api/v1/openapi.json", timeout=1).status_code == 200:
                    return self
            except requests.RequestException:
                pass
            time.sleep(0.1)
        raise RuntimeError(f"candor serve did not start: {self.output()}")

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None

    def output(self) -> str:
        self.log.flush()
        with open(self.log.name, encoding="utf-8", errors="replace") as fh:
            return fh.read()[-4000:]


class HttpApi:
    """A tiny JSON client for a live server."""

    def __init__(self, base: str, token: str | None = None):
        self.base, self.token = base, token

    def call(self, method: str, path: str, json=None, expect: int | None = None):
        headers = {"Authorization": f"Bearer {self.token}"} if self.token else {}
        r = requests.request(method, self.base + path, json=json, headers=headers, timeout=10)
        if expect is not None:
            assert r.status_code == expect, (r.status_code, r.text)
        return r.json() if r.content else None

    def post(self, path, json=None, expect=None):
        return self.call("POST", path, json, expect)

    def get(self, path, expect=None):
        return self.call("GET", path, None, expect)

    def put(self, path, json=None, expect=None):
        return self.call("PUT", path, json, expect)


_counter = iter(range(1, 1_000_000))


def employer_and_candidate(base: str, org: str = "Acme") -> dict:
    """Signs up an employer, rejects a candidate and accepts the invitation, all over HTTP."""
    n = f"{os.getpid()}-{next(_counter)}-{time.monotonic_ns()}"
    anon = HttpApi(base)
    signup = anon.post(
        "/api/v1/signup/employer",
        {"organization": f"{org} {n}", "name": "Erin", "email": f"erin{n}@acme.example", "password": "a long password"},
        expect=201,
    )
    staff = HttpApi(base, signup["token"])
    pos = staff.post(
        "/api/v1/positions", {"organization_id": signup["organization"]["id"], "title": "Engineer"}, expect=201
    )
    cand = staff.post(
        f"/api/v1/positions/{pos['id']}/candidacies", {"name": "Casey", "email": f"casey{n}@c.example"}, expect=201
    )
    staff.post(f"/api/v1/candidacies/{cand['id']}/reject", {"message": "Thank you"}, expect=201)
    token = emailed_invitation_token(base, cand["email"])
    accepted = anon.post(
        f"/api/v1/invitations/{token}/accept", {"name": "Casey", "password": "a long password"}, expect=200
    )
    return {
        "staff": staff,
        "staff_user": signup["user"],
        "candidate": HttpApi(base, accepted["token"]),
        "candidate_user": accepted["user"],
        "thread_id": accepted["thread"]["id"],
        "staff_token": signup["token"],
        "candidate_token": accepted["token"],
    }
