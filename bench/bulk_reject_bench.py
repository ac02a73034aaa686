"""Bulk rejection (issue 13): a 1,000-row CSV file through the upload page of a live `candor serve`,
processed in the real background path (started in the serving process right after the upload's
commit), against a baseline of the same work done one person at a time through the JSON API.

Per run it prints: the upload request (every row checked, the wording of each note included, the
rejections queued), the wall time from the upload's answer to the job's last progress event on the
uploader's socket, rows per second, and the server's own figure (the job's started_at to finished_at);
then the baseline (add the candidacy, then reject, two API calls per person, sequentially) per person,
and the ratio of the two. Every row's outcome and every invitation email are checked at the end.

    python bench/bulk_reject_bench.py [--rows 1000] [--baseline 200] [--postgres postgresql://...]

The organization's hourly rejection limit stays on and is raised (CANDOR_REJECTION_LIMIT), as the
README says a benchmark may. Not a test: run it on demand.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import threading
import time
from datetime import datetime

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

import requests  # noqa: E402
import socketio  # noqa: E402
import sqlalchemy as sa  # noqa: E402
from sqlalchemy.pool import NullPool  # noqa: E402

from tests.live import HttpApi, LiveServer, emailed_token, fresh_database  # noqa: E402

PASSWORD = "a long password"
_CSRF = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"')


def start(database_url: str) -> LiveServer:
    server = LiveServer(
        database_url,
        CANDOR_BULK_IN_PROCESS="1",  # the default outside tests: the job starts right after the upload
        RATELIMIT_ENABLED="1",
        CANDOR_REJECTION_LIMIT="1000000 per hour",
        CANDOR_AUTH_RATE_LIMIT="1000000 per minute",
    )
    server.migrate()
    return server.start()


def employer(base: str) -> dict:
    n = time.monotonic_ns()
    email = f"erin{n}@acme.example"
    signup = HttpApi(base).post(
        "/api/v1/signup/employer",
        {"organization": f"Acme {n}", "name": "Erin Admin", "email": email, "password": PASSWORD},
        expect=201,
    )
    # Confirmed, as a real employer is: invitation emails then leave the outbox as they would in production.
    HttpApi(base).post(f"/api/v1/email-confirmations/{emailed_token(base, email, 'confirm-email')}", {}, expect=204)
    api = HttpApi(base, signup["token"])
    org = signup["organization"]["id"]
    positions = [
        api.post("/api/v1/positions", {"organization_id": org, "title": t}, expect=201)
        for t in ("Engineer", "Designer")
    ]
    return {"email": email, "token": signup["token"], "api": api, "org": org, "positions": positions}


def csv_file(rows: int, n: int) -> bytes:
    lines = ["name,email,position,note,reason"]
    for i in range(rows):
        lines.append(
            f'Person {i},person{i}.{n}@c.example,Engineer,"Thank you for your time, Person {i}. We chose someone '
            f'with more experience running payment systems; your take-home was clear and well tested.",skills'
        )
    return ("\n".join(lines) + "\n").encode()


class Responsiveness:
    """A page request (the login page) every 0.1 s while the job runs: the server's other users must
    not wait for the job."""

    def __init__(self, base: str):
        self.base, self.times, self.stop = base, [], threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self.stop.is_set():
            started = time.perf_counter()
            requests.get(f"{self.base}/login", timeout=60)
            self.times.append(time.perf_counter() - started)
            self.stop.wait(0.1)

    def figures(self) -> str:
        ordered = sorted(self.times) or [0.0]
        p50, p99 = (1000 * ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))] for pct in (50, 99))
        return f"p50 {p50:.0f} ms, p99 {p99:.0f} ms, max {1000 * ordered[-1]:.0f} ms ({len(self.times)} requests)"


class Progress:
    """The uploader's socket: every bulk_progress event, and when the job's last one came."""

    def __init__(self, base: str, token: str):
        self.events: list[tuple[float, dict]] = []
        self.done = threading.Event()
        self.sio = socketio.Client(reconnection=False)
        self.sio.on("bulk_progress", self._on)
        self.sio.connect(base, auth={"token": token}, transports=["websocket"], wait_timeout=10)

    def _on(self, data: dict) -> None:
        self.events.append((time.perf_counter(), data))
        if data.get("done"):
            self.done.set()


def upload(base: str, email: str, org: int, data: bytes) -> tuple[requests.Response, float]:
    browser = requests.Session()
    page = browser.get(f"{base}/login")
    csrf = _CSRF.search(page.text).group(1)
    assert browser.post(f"{base}/login", data={"email": email, "password": PASSWORD, "csrf_token": csrf}).ok
    url = f"{base}/organizations/{org}/bulk-rejections"
    csrf = _CSRF.search(browser.get(url).text).group(1)
    started = time.perf_counter()
    answer = browser.post(
        url, data={"csrf_token": csrf}, files={"file": ("people.csv", data, "text/csv")}, allow_redirects=False
    )
    return answer, started


def parse_time(value: str) -> datetime:
    return datetime.fromisoformat(value.rstrip("Z"))


def bulk_run(server: LiveServer, rows: int) -> dict:
    base = server.url
    who = employer(base)
    progress = Progress(base, who["token"])
    data = csv_file(rows, time.monotonic_ns())
    answer, started = upload(base, who["email"], who["org"], data)
    answered = time.perf_counter()
    assert answer.status_code == 302, (answer.status_code, answer.text[:2000])
    job_id = int(answer.headers["Location"].rsplit("/", 1)[1])
    others = Responsiveness(base)
    others.thread.start()
    assert progress.done.wait(timeout=600), "the job did not finish within 10 minutes"
    finished = progress.events[-1][0]
    others.stop.set()
    others.thread.join()
    progress.sio.disconnect()
    job = who["api"].get(f"/api/v1/bulk-rejections/{job_id}", expect=200)
    assert job["status"] == "done" and job["counts"] == {"rejected": rows, "already_rejected": 0, "failed": 0}, job[
        "counts"
    ]
    engine = sa.create_engine(_url(server), poolclass=NullPool)
    with engine.connect() as conn:
        emails = conn.execute(
            sa.text("SELECT count(*) FROM outbox_emails WHERE to_email LIKE 'person%@c.example'")
        ).scalar_one()
    engine.dispose()
    assert emails == rows, f"{emails} invitation emails for {rows} rejections"
    server_seconds = (parse_time(job["finished_at"]) - parse_time(job["started_at"])).total_seconds()
    return {
        "upload": answered - started,
        "background": finished - answered,
        "total": finished - started,
        "server": server_seconds,
        "events": len(progress.events),
        "others": others.figures(),
        "who": who,
    }


def _url(server: LiveServer) -> str:
    return server.env["DATABASE_URL"].replace("postgresql://", "postgresql+psycopg://", 1)


def baseline(who: dict, people: int) -> float:
    """Seconds per person, one at a time through the API: add the candidacy, then reject it."""
    api, designer = who["api"], who["positions"][1]["id"]
    n = time.monotonic_ns()
    started = time.perf_counter()
    for i in range(people):
        cand = api.post(
            f"/api/v1/positions/{designer}/candidacies",
            {"name": f"One {i}", "email": f"one{i}.{n}@c.example"},
            expect=201,
        )
        api.post(
            f"/api/v1/candidacies/{cand['id']}/reject",
            {
                "reason": "skills",
                "message": f"Thank you for your time, One {i}. We chose someone with more experience.",
            },
            expect=201,
        )
    return (time.perf_counter() - started) / people


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1000)
    parser.add_argument("--baseline", type=int, default=200, help="people rejected one by one through the API")
    parser.add_argument("--postgres", help="a PostgreSQL URL: its database gets a fresh one next to it")
    args = parser.parse_args()
    if args.postgres:
        os.environ["CANDOR_TEST_DATABASE_URL"] = args.postgres
    database = fresh_database(f"bulk_bench_{time.monotonic_ns()}")
    server = start(database)
    try:
        result = bulk_run(server, args.rows)
        per_row = result["background"] / args.rows
        print(f"database: {'PostgreSQL' if args.postgres else 'SQLite'}; {args.rows:,} rows, each with its own note")
        print(f"upload request (every row checked, job queued): {result['upload']:.2f} s")
        print(
            f"upload answered -> last progress event: {result['background']:.2f} s "
            f"({args.rows / result['background']:.0f} rows/s, {1000 * per_row:.1f} ms a row); "
            f"{result['events']} progress events"
        )
        print(f"server's own figure (job started -> finished): {result['server']:.2f} s")
        print(f"a page request meanwhile: {result['others']}")
        print(f"upload -> done, wall time: {result['total']:.2f} s (goal: under 60 s)")
        if args.baseline:
            single = baseline(result["who"], args.baseline)
            print(f"baseline, one person at a time through the API ({args.baseline}): {1000 * single:.1f} ms a person")
            print(f"ratio, a bulk row / a single rejection: {per_row / single:.2f}x")
    finally:
        server.stop()


if __name__ == "__main__":
    main()
