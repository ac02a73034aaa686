"""threads.position_id: the candidacy's position, kept on the thread

Revision ID: c6e1f3a8b2d4
Revises: b5d9e2a7c4f1
Create Date: 2026-12-03 16:40:00.000000

Written by hand (issue 11). A hiring manager sees the threads assigned to them and those of the
positions assigned to them; a thread reached its position through its candidacy, so every thread list
of a hiring manager read the ids of every candidacy of their positions (thousands at 100,000 threads)
and their position filter went from each assigned thread to its candidacy. A candidacy's position never
changes, so the thread keeps a copy:
- threads.position_id, filled from the candidacies, then NOT NULL, with a foreign key and an index;
- the index on threads.assignee_id becomes (assignee_id, position_id), which also answers "the positions
  of the threads assigned to me" from the index alone.
On PostgreSQL the UPDATE rewrites every row of threads: until autovacuum has run (or VACUUM ANALYZE
threads), index-only scans of the table read the heap too.
"""

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'c6e1f3a8b2d4'
down_revision = 'b5d9e2a7c4f1'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('threads', schema=None) as batch_op:
        batch_op.add_column(sa.Column('position_id', sa.Integer(), nullable=True))

    op.execute(
        "UPDATE threads SET position_id = "
        "(SELECT candidacies.position_id FROM candidacies WHERE candidacies.id = threads.candidacy_id)"
    )

    with op.batch_alter_table('threads', schema=None) as batch_op:
        batch_op.alter_column('position_id', existing_type=sa.Integer(), nullable=False)
        batch_op.create_foreign_key(
            batch_op.f('fk_threads_position_id_positions'), 'positions', ['position_id'], ['id'], ondelete='CASCADE'
        )
        batch_op.create_index(batch_op.f('ix_threads_position_id'), ['position_id'], unique=False)
        batch_op.create_index('ix_threads_assignee_id_position_id', ['assignee_id', 'position_id'], unique=False)
        batch_op.drop_index(batch_op.f('ix_threads_assignee_id'))


def downgrade():
    with op.batch_alter_table('threads', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_threads_assignee_id'), ['assignee_id'], unique=False)
        batch_op.drop_index('ix_threads_assignee_id_position_id')
        batch_op.drop_index(batch_op.f('ix_threads_position_id'))
        batch_op.drop_constraint(batch_op.f('fk_threads_position_id_positions'), type_='foreignkey')
        batch_op.drop_column('position_id')
