"""privacy: each organization's retention period, and the retention state of threads

Revision ID: 6f4a3d5e2c7b
Revises: 5e3f2c4d1b6a
Create Date: 2026-12-02 05:00:00.000000

Written by hand (issue 8). organizations gain retention_months (default 24): a closed
thread idle that long has its candidate side anonymised. thread_retention records, per
thread, the notice emailed to the candidate (once per idle period, with the date it
announced) and when and why (erasure or retention) the candidate side was anonymised.
"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '6f4a3d5e2c7b'
down_revision = '5e3f2c4d1b6a'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('organizations', schema=None) as batch_op:
        batch_op.add_column(sa.Column('retention_months', sa.Integer(), server_default='24', nullable=False))

    op.create_table('thread_retention',
    sa.Column('thread_id', sa.Integer(), nullable=False),
    sa.Column('notice_sent_at', sa.DateTime(), nullable=True),
    sa.Column('anonymise_after', sa.DateTime(), nullable=True),
    sa.Column('anonymised_at', sa.DateTime(), nullable=True),
    sa.Column('anonymised_because', sa.String(length=16), nullable=True),
    sa.ForeignKeyConstraint(['thread_id'], ['threads.id'], name=op.f('fk_thread_retention_thread_id_threads'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('thread_id', name=op.f('pk_thread_retention'))
    )
    with op.batch_alter_table('thread_retention', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_thread_retention_anonymised_at'), ['anonymised_at'], unique=False)


def downgrade():
    with op.batch_alter_table('thread_retention', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_thread_retention_anonymised_at'))

    op.drop_table('thread_retention')
    with op.batch_alter_table('organizations', schema=None) as batch_op:
        batch_op.drop_column('retention_months')
