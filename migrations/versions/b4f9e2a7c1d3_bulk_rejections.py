"""bulk rejections

Revision ID: b4f9e2a7c1d3
Revises: a3e8d1f4c6b2
Create Date: 2026-12-03 10:00:00.000000

Written by hand (issue 13).
- bulk_jobs: one upload of people to reject (a CSV file or rows sent to the API), its status, and the
  lease of the worker processing it (lease_owner, lease_until: a job outlives a restart).
- bulk_rows: each row as checked (line, name, email, position, note, reason) and what became of it
  (outcome, error, candidacy, thread).
"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'b4f9e2a7c1d3'
down_revision = 'a3e8d1f4c6b2'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('bulk_jobs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organization_id', sa.Integer(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('source', sa.String(length=8), nullable=False),
    sa.Column('filename', sa.String(length=255), nullable=True),
    sa.Column('acknowledge_risks', sa.Boolean(), nullable=False),
    sa.Column('total', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('lease_owner', sa.String(length=32), nullable=True),
    sa.Column('lease_until', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('started_at', sa.DateTime(), nullable=True),
    sa.Column('finished_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_bulk_jobs_created_by_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['organization_id'], ['organizations.id'], name=op.f('fk_bulk_jobs_organization_id_organizations'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bulk_jobs'))
    )
    with op.batch_alter_table('bulk_jobs', schema=None) as batch_op:
        batch_op.create_index('ix_bulk_jobs_organization_id_id', ['organization_id', 'id'], unique=False)
        batch_op.create_index('ix_bulk_jobs_status_lease_until', ['status', 'lease_until'], unique=False)

    op.create_table('bulk_rows',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('job_id', sa.Integer(), nullable=False),
    sa.Column('line', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('position_id', sa.Integer(), nullable=True),
    sa.Column('position_title', sa.String(length=200), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('reason', sa.String(length=32), nullable=True),
    sa.Column('outcome', sa.String(length=20), nullable=True),
    sa.Column('error', sa.Text(), nullable=True),
    sa.Column('candidacy_id', sa.Integer(), nullable=True),
    sa.Column('thread_id', sa.Integer(), nullable=True),
    sa.Column('processed_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['candidacy_id'], ['candidacies.id'], name=op.f('fk_bulk_rows_candidacy_id_candidacies'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['job_id'], ['bulk_jobs.id'], name=op.f('fk_bulk_rows_job_id_bulk_jobs'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['position_id'], ['positions.id'], name=op.f('fk_bulk_rows_position_id_positions'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['thread_id'], ['threads.id'], name=op.f('fk_bulk_rows_thread_id_threads'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bulk_rows')),
    sa.UniqueConstraint('job_id', 'line', name=op.f('uq_bulk_rows_job_id_line'))
    )
    with op.batch_alter_table('bulk_rows', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_bulk_rows_thread_id'), ['thread_id'], unique=False)


def downgrade():
    with op.batch_alter_table('bulk_rows', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_bulk_rows_thread_id'))

    op.drop_table('bulk_rows')
    with op.batch_alter_table('bulk_jobs', schema=None) as batch_op:
        batch_op.drop_index('ix_bulk_jobs_status_lease_until')
        batch_op.drop_index('ix_bulk_jobs_organization_id_id')

    op.drop_table('bulk_jobs')
