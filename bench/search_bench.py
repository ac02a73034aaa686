"""The inbox search on PostgreSQL at scale (issue 13): does the query use the trigram indexes, and
how long does it take with them against without them?

On a database filled by `candor bench-data` (for example one that `bench/scale_bench.py --reuse`
kept), as the organization's admin, it runs EXPLAIN (ANALYZE) of the query behind the inbox's search
(`messaging.search.search_threads`: the newest 51 threads whose candidate's name or email holds each
word, ILIKE '%word%') for a few kinds of search: a fragment of one candidate's email, one candidate's
full name, a surname many share, a word nothing matches, and a word of two letters (too short for a
trigram). For each it prints whether the plan reads `ix_candidacies_name_trgm` /
`ix_candidacies_email_trgm`, the median execution time PostgreSQL reports, and the same without the
indexes (dropped inside a transaction that is rolled back, on the same connection), with the ratio.
Not a test: run it on demand.

    python bench/search_bench.py --postgres postgresql://postgres@127.0.0.1:5432/candor_scale_100000 [--repeat 15]
"""

from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

import sqlalchemy as sa  # noqa: E402
from sqlalchemy import select  # noqa: E402

from server import create_app  # noqa: E402
from server.accounts.models import Membership, User  # noqa: E402
from server.extensions import db  # noqa: E402
from server.hiring.models import Candidacy  # noqa: E402
from server.messaging.models import Thread  # noqa: E402
from server.messaging.search import ThreadFilters, filters_clause  # noqa: E402

INDEXES = ("ix_candidacies_name_trgm", "ix_candidacies_email_trgm")
_TIME = re.compile(r"Execution Time: ([\d.]+) ms")


def searches(rng: random.Random) -> list[tuple[str, str]]:
    """(what, q) from the data itself: one real candidacy of a rejected candidate."""
    total = db.session.scalar(select(sa.func.count()).select_from(Candidacy))
    one = db.session.scalars(select(Candidacy).order_by(Candidacy.id).offset(rng.randrange(total)).limit(1)).one()
    surname = one.name.split()[-1]
    return [
        ("one email's fragment", one.email.split("@")[0]),
        ("a full name", one.name),
        ("a surname many share", surname),
        ("a word nothing matches", "zzqx"),
        ("two letters (no trigram)", one.name[:2].lower()),
    ]


def explain(conn, sql: str, params: dict, repeat: int) -> tuple[float, bool]:
    """Median execution time (ms) and whether a trigram index is in the plan."""
    times, used = [], False
    for _ in range(repeat):
        plan = "\n".join(row[0] for row in conn.exec_driver_sql("EXPLAIN (ANALYZE) " + sql, params))
        times.append(float(_TIME.search(plan).group(1)))
        used = any(name in plan for name in INDEXES)
    return statistics.median(times), used


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--postgres", required=True, help="a PostgreSQL database filled by candor bench-data")
    parser.add_argument("--repeat", type=int, default=15, help="EXPLAIN ANALYZE runs per search and plan")
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    url = args.postgres.replace("postgresql://", "postgresql+psycopg://", 1)
    app = create_app({"CANDOR_ENV": "development", "SQLALCHEMY_DATABASE_URI": url})
    with app.app_context():
        threads = db.session.scalar(select(sa.func.count()).select_from(Thread))
        admin = db.session.scalars(
            select(User).join(Membership, Membership.user_id == User.id).where(Membership.role == "admin")
        ).first()
        if admin is None:
            raise SystemExit("no organization admin: fill the database with `candor bench-data` first")
        plans = []
        for what, q in searches(random.Random(args.seed)):
            query = (
                select(Thread.id)
                .where(filters_clause(admin, ThreadFilters(q=q)))
                .order_by(Thread.last_message_at.desc(), Thread.id.desc())
                .limit(51)
            )
            compiled = query.compile(db.engine, compile_kwargs={"render_postcompile": True})
            plans.append((f"{what}: {q}", str(compiled), compiled.params))
        db.session.commit()  # its locks would hold up the DROP INDEX below
        print(f"{threads:,} threads; median of {args.repeat} EXPLAIN ANALYZE runs, ms")
        print(f"  {'search':<42} {'indexed':>8} {'trgm?':>6} {'no index':>9} {'ratio':>7}")
        for what, sql, params in plans:
            with db.engine.connect() as conn:  # one transaction, rolled back: the indexes come back
                with_index, used = explain(conn, sql, params, args.repeat)
                for name in INDEXES:
                    conn.exec_driver_sql(f"DROP INDEX {name}")
                without, _ = explain(conn, sql, params, args.repeat)
                conn.rollback()
            ratio = without / with_index if with_index else float("inf")
            print(f"  {what:<42} {with_index:>8.2f} {'yes' if used else 'no':>6} {without:>9.2f} {ratio:>6.1f}x")
        db.engine.dispose()


if __name__ == "__main__":
    main()
