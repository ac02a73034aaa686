"""trigram indexes for the inbox search (PostgreSQL)

Revision ID: b5d9e2a7c4f1
Revises: b4f9e2a7c1d3
Create Date: 2026-12-03 07:00:00.000000

Written by hand (issue 13). The inbox search matches a word anywhere in the candidate's name or email
(ILIKE '%word%'), which no B-tree serves: at 100,000 threads PostgreSQL read every candidacy or walked
every thread for a name that matches nothing. GIN indexes with pg_trgm's operator class serve such
patterns (a word of three letters or more). PostgreSQL only: pg_trgm is its extension, and on SQLite
this revision does nothing (the search there stays a scan, fast enough for an embedded database).
The downgrade keeps the extension: other objects may use it, and it holds no data.
"""

from alembic import op

# revision identifiers, used by Alembic.
revision = 'b5d9e2a7c4f1'
down_revision = 'b4f9e2a7c1d3'
branch_labels = None
depends_on = None

COLUMNS = ("name", "email")


def upgrade():
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for column in COLUMNS:
        op.create_index(
            f"ix_candidacies_{column}_trgm",
            "candidacies",
            [column],
            unique=False,
            postgresql_using="gin",
            postgresql_ops={column: "gin_trgm_ops"},
        )


def downgrade():
    if op.get_bind().dialect.name != "postgresql":
        return
    for column in reversed(COLUMNS):
        op.drop_index(f"ix_candidacies_{column}_trgm", table_name="candidacies")
