"""Pages and JSON API at scale (issue 11): each page's time at 1,000 threads against 100,000 threads
(1,000,000 messages), on SQLite and on PostgreSQL, and the JSON API's p50 at 10,000 threads.

For each database and size it builds a fresh database (`candor db upgrade`, then the data generator of
`candor bench-data`: one organization, about 10 messages per thread), then times requests through the
Flask test client (in process: the server's own time, no network). The sizes' applications live in one
process and requests alternate between them, so every size sees the same machine at the same moment.
The requests, as the organization's admin (who sees every thread):

- the inbox page `/`, a hiring manager's inbox (their threads only: the hardest filter), and the
  inbox nine tenths of the way down (`/?after=`, the "older conversations" link);
- a thread page `/threads/{id}` (a different thread each time, from a fixed random sample);
- `GET /api/v1/threads`, `GET /api/v1/threads/{id}`, `GET /api/v1/threads/{id}/messages`;
- `POST /api/v1/candidacies/{id}/reject` (a different active candidacy each time, with a note).

Prints the median (p50) and p90 of each, the ratio of the largest size's p50 to the smallest's (goal
at most 1.5x), the SQL statements per request, and the API p50 at --api-size (goal: lists and gets
at most 10 ms, a rejection at most 30 ms). Absolute times on a shared machine are noise; ratios
within one run are the figure. Not a test: run it on demand.

    python bench/scale_bench.py [--sizes 1000,100000] [--api-size 10000] [--repeat 50]
        [--postgres postgresql://postgres@127.0.0.1:5432/candor_scale] [--no-sqlite]
        [--data-dir /tmp/candor-scale] [--reuse]

Generating 100,000 threads takes about 1.5 minutes on SQLite and about 3 on PostgreSQL (2 cores);
--reuse keeps the databases (SQLite files in --data-dir, PostgreSQL databases named after the
--postgres one) and skips generating a size that is already there. Quicker runs: --sizes 1000,10000
--api-size 1000 --repeat 15.
"""

from __future__ import annotations

import argparse
import logging
import os
import random
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import quote

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CANDOR = os.path.join(os.path.dirname(sys.executable), "candor")
sys.path.insert(0, ROOT)

import sqlalchemy as sa  # noqa: E402
from flask import Flask  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from server import create_app  # noqa: E402
from server.accounts.models import Membership, User  # noqa: E402
from server.demo.bench_data import PASSWORD, generate  # noqa: E402
from server.extensions import db  # noqa: E402
from server.hiring.models import Candidacy, Position  # noqa: E402
from server.messaging.models import Thread  # noqa: E402

PAGE_GOAL = 1.5  # each page at the largest size, at most this many times its time at the smallest
API_GOAL_MS = 10.0  # lists and gets at --api-size
REJECT_GOAL_MS = 30.0
NOTE = "Thank you for the time you gave us. We chose another candidate whose experience fits the on-call work."
_CSRF = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"')


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))]


@dataclass
class Site:
    """One database of one size, its application, and the requests to time on it."""

    label: str
    size: int
    app: Flask
    statements: int = 0
    requests: dict[str, Callable[[], object]] = field(default_factory=dict)
    times: dict[str, list[float]] = field(default_factory=dict)
    queries: dict[str, list[int]] = field(default_factory=dict)


def _database_url(backend: str, size: int, args) -> str:
    if backend == "sqlite":
        os.makedirs(args.data_dir, exist_ok=True)
        return f"sqlite:///{os.path.join(args.data_dir, f'scale_{size}.sqlite3')}"
    base = make_url(args.postgres.replace("postgresql://", "postgresql+psycopg://", 1))
    return base.set(database=f"{base.database or 'candor_scale'}_{size}").render_as_string(hide_password=False)


def _fresh(url: str) -> None:
    if url.startswith("sqlite"):
        path = make_url(url).database or ""
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(path + suffix):
                os.remove(path + suffix)
        return
    target = make_url(url)
    admin = sa.create_engine(target.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{target.database}" WITH (FORCE)'))
        conn.execute(sa.text(f'CREATE DATABASE "{target.database}"'))
    admin.dispose()


def _existing_threads(url: str) -> int:
    try:
        engine = sa.create_engine(url)
        with engine.connect() as conn:
            count = conn.execute(sa.text("SELECT COUNT(*) FROM threads")).scalar_one()
        engine.dispose()
        return count
    except sa.exc.SQLAlchemyError:
        return 0


def _app(url: str) -> Flask:
    # Development settings (a random secret key); no rate limits: the benchmark is one client.
    return create_app({"CANDOR_ENV": "development", "SQLALCHEMY_DATABASE_URI": url, "RATELIMIT_ENABLED": False})


def build(backend: str, size: int, args) -> Site:
    url = _database_url(backend, size, args)
    if not (args.reuse and _existing_threads(url) >= size):
        _fresh(url)
        env = {**os.environ, "CANDOR_ENV": "development", "DATABASE_URL": url}
        migrated = subprocess.run([CANDOR, "db", "upgrade"], env=env, cwd=ROOT, capture_output=True, text=True)
        if migrated.returncode != 0:
            raise SystemExit(f"candor db upgrade failed on {url}:\n{migrated.stderr[-3000:]}")
        app = _app(url)
        with app.app_context():
            started = time.perf_counter()
            result = generate(size)
            print(
                f"  {backend} {size:,} threads: {result.counts['messages']:,} messages, "
                f"{sum(result.counts.values()):,} rows in {time.perf_counter() - started:.0f} s",
                flush=True,
            )
            db.engine.dispose()
    else:
        print(f"  {backend} {size:,} threads: reusing {url}", flush=True)
    site = Site(f"{backend} {size:,}", size, _app(url))
    _prepare(site, random.Random(size), args.repeat)
    return site


def _login(client, email: str) -> None:
    page = client.get("/login").get_data(as_text=True)
    match = _CSRF.search(page)
    assert match, "no CSRF token on /login"
    response = client.post("/login", data={"email": email, "password": PASSWORD, "csrf_token": match.group(1)})
    assert response.status_code == 302, response.get_data(as_text=True)[:500]


def _prepare(site: Site, rng: random.Random, repeat: int) -> None:
    """Picks the users, threads and candidacies, and defines the requests."""
    app = site.app
    with app.app_context():
        org_id = db.session.scalar(sa.select(Thread.organization_id).order_by(Thread.id).limit(1))

        def member(role: str) -> User:
            user = db.session.scalar(
                sa.select(User)
                .join(Membership, Membership.user_id == User.id)
                .where(Membership.organization_id == org_id, Membership.role == role)
                .order_by(User.id)
                .limit(1)
            )
            assert user is not None
            return user

        admin, manager = member("admin"), member("hiring_manager")
        admin_email, manager_email = admin.email, manager.email
        ids = list(db.session.scalars(sa.select(Thread.id).where(Thread.organization_id == org_id)))
        threads = rng.sample(ids, min(50, len(ids)))
        # The inbox's "older conversations" link nine tenths of the way down.
        deep_at, deep_id = db.session.execute(
            sa.select(Thread.last_message_at, Thread.id)
            .where(Thread.organization_id == org_id)
            .order_by(Thread.last_message_at.desc(), Thread.id.desc())
            .offset(len(ids) * 9 // 10)
            .limit(1)
        ).one()
        deep = quote(f"{deep_at.isoformat()}_{deep_id}")
        active = list(
            db.session.scalars(
                sa.select(Candidacy.id).where(Candidacy.status == "active").order_by(Candidacy.id.desc()).limit(2000)
            )
        )
        rng.shuffle(active)
        position_id = db.session.scalar(
            sa.select(Position.id).where(Position.organization_id == org_id).order_by(Position.id).limit(1)
        )
        db.session.remove()

    staff, hm, api = app.test_client(), app.test_client(), app.test_client()
    _login(staff, admin_email)
    _login(hm, manager_email)
    token = api.post("/api/v1/tokens", json={"email": admin_email, "password": PASSWORD}).get_json()["token"]
    bearer = {"Authorization": f"Bearer {token}"}
    # Earlier runs (--reuse) rejected some: add candidates until every rejection has its own.
    for n in range(max(0, repeat + 2 - len(active))):
        added = api.post(
            f"/api/v1/positions/{position_id}/candidacies",
            json={"name": "Kai Bench", "email": f"kai-{time.time_ns()}-{n}@candidates.example"},
            headers=bearer,
        )
        assert added.status_code == 201, added.get_data(as_text=True)[:300]
        active.insert(0, added.get_json()["id"])
    cycle = {"n": 0}

    def nth(items: list[int]) -> int:
        return items[cycle["n"] % len(items)]

    def ok(response, status: int = 200):
        assert response.status_code == status, (response.status_code, response.get_data(as_text=True)[:300])
        return response

    def reject():
        if not active:
            raise RuntimeError("no active candidacy left to reject: regenerate without --reuse")
        return ok(api.post(f"/api/v1/candidacies/{active.pop()}/reject", json={"message": NOTE}, headers=bearer), 201)

    site.requests = {
        "inbox page": lambda: ok(staff.get("/")),
        "inbox page, hiring manager": lambda: ok(hm.get("/")),
        "inbox page, 90% down": lambda: ok(staff.get(f"/?after={deep}")),
        "thread page": lambda: ok(staff.get(f"/threads/{nth(threads)}")),
        "GET /api/v1/threads": lambda: ok(api.get("/api/v1/threads", headers=bearer)),
        "GET /api/v1/threads/{id}": lambda: ok(api.get(f"/api/v1/threads/{nth(threads)}", headers=bearer)),
        "GET .../messages": lambda: ok(api.get(f"/api/v1/threads/{nth(threads)}/messages", headers=bearer)),
        "POST .../reject": reject,
    }
    site.requests["_cycle"] = lambda: cycle.__setitem__("n", cycle["n"] + 1)

    def count(*_args, **_kwargs) -> None:
        site.statements += 1

    with app.app_context():
        sa.event.listen(db.engine, "before_cursor_execute", count)
    # Warm up: every sampled thread page once (opening it marks it read, a write only the first time).
    for _ in threads:
        site.requests["thread page"]()
        site.requests["_cycle"]()
    for name, request in site.requests.items():
        if not name.startswith("_"):
            request()


def measure(sites: list[Site], repeat: int) -> None:
    names = [n for n in sites[0].requests if not n.startswith("_")]
    for _round in range(repeat):
        for name in names:
            for site in sites:  # the sizes alternate, request by request
                before = site.statements
                started = time.perf_counter()
                site.requests[name]()
                site.times.setdefault(name, []).append((time.perf_counter() - started) * 1000)
                site.queries.setdefault(name, []).append(site.statements - before)
        for site in sites:
            site.requests["_cycle"]()


def report(backend: str, sites: list[Site], scale_sizes: set[int], api_size: int) -> None:
    small = next(s for s in sites if s.size == min(scale_sizes))
    large = next(s for s in sites if s.size == max(scale_sizes))
    print(f"\n{backend}: p50 / p90 in ms (most SQL statements in one request); ratio: {large.size:,} / {small.size:,}")
    header = f"{'request':<28}"
    for site in sites:
        header += f" {f'{site.size:,} threads':>22}"
    print(header + f" {'ratio p50':>10}  goal <= {PAGE_GOAL}x")
    for name in small.times:
        line = f"{name:<28}"
        for site in sites:
            t = site.times[name]
            line += f" {f'{statistics.median(t):.1f} / {percentile(t, 90):.1f} ({max(site.queries[name])}q)':>22}"
        ratio = statistics.median(large.times[name]) / statistics.median(small.times[name])
        line += f" {ratio:>9.2f}x  {'ok' if ratio <= PAGE_GOAL else 'MISSED'}"
        print(line)
    api = next((s for s in sites if s.size == api_size), None)
    if api is None:
        return
    print(f"\n{backend}: JSON API at {api_size:,} threads, p50 ms")
    for name in api.times:
        if not name.startswith(("GET /api", "GET ...", "POST")):
            continue
        goal = REJECT_GOAL_MS if name.startswith("POST") else API_GOAL_MS
        p50 = statistics.median(api.times[name])
        print(f"  {name:<28} {p50:>7.1f}  goal <= {goal:.0f}  {'ok' if p50 <= goal else 'MISSED'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,100000", help="thread counts to compare, smallest first")
    parser.add_argument("--api-size", type=int, default=10_000, help="thread count of the JSON API goal")
    parser.add_argument("--repeat", type=int, default=50, help="requests of each kind per size")
    parser.add_argument("--postgres", help="a PostgreSQL URL; databases <name>_<size> are created next to it")
    parser.add_argument("--no-sqlite", action="store_true")
    parser.add_argument("--data-dir", default=os.path.join("/tmp", "candor-scale"))
    parser.add_argument("--reuse", action="store_true", help="keep databases that already have the data")
    args = parser.parse_args()
    scale_sizes = {int(s) for s in args.sizes.split(",")}
    sizes = sorted(scale_sizes | {args.api_size})
    backends = ([] if args.no_sqlite else ["sqlite"]) + (["postgresql"] if args.postgres else [])
    logging.disable(logging.INFO)  # the access log of every request
    for backend in backends:
        print(f"{backend}: building {', '.join(f'{s:,}' for s in sizes)} threads", flush=True)
        sites = [build(backend, size, args) for size in sizes]
        measure(sites, args.repeat)
        report(backend, sites, scale_sizes, args.api_size)
        for site in sites:
            with site.app.app_context():
                db.engine.dispose()


if __name__ == "__main__":
    main()
