"""indexes for 100,000 threads

Revision ID: a3e8d1f4c6b2
Revises: 9c7d6e8f5a0b
Create Date: 2026-12-02 17:50:00.000000

Written by hand (issue 11), from the query plans at 100,000 threads and 1,000,000 messages:
- threads (organization_id, last_message_at, id): thread lists (inbox, API) walk one organization's
  threads newest first instead of sorting all of them; replaces the index on organization_id alone.
- read_states (thread_id): a thread's read receipts (the primary key leads with user_id).
- candidacies (position_id, id): a hiring manager's thread list needs the ids of the candidacies of
  their positions; PostgreSQL read all candidacies for them (a hashed subplan over a sequential scan)
  and now reads the index alone. Replaces the index on position_id alone.
"""

from alembic import op

# revision identifiers, used by Alembic.
revision = 'a3e8d1f4c6b2'
down_revision = '9c7d6e8f5a0b'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('candidacies', schema=None) as batch_op:
        batch_op.create_index('ix_candidacies_position_id_id', ['position_id', 'id'], unique=False)
        batch_op.drop_index(batch_op.f('ix_candidacies_position_id'))

    with op.batch_alter_table('threads', schema=None) as batch_op:
        batch_op.create_index(
            'ix_threads_organization_id_last_message_at', ['organization_id', 'last_message_at', 'id'], unique=False
        )
        batch_op.drop_index(batch_op.f('ix_threads_organization_id'))

    with op.batch_alter_table('read_states', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_read_states_thread_id'), ['thread_id'], unique=False)


def downgrade():
    with op.batch_alter_table('read_states', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_read_states_thread_id'))

    with op.batch_alter_table('threads', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_threads_organization_id'), ['organization_id'], unique=False)
        batch_op.drop_index('ix_threads_organization_id_last_message_at')

    with op.batch_alter_table('candidacies', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_candidacies_position_id'), ['position_id'], unique=False)
        batch_op.drop_index('ix_candidacies_position_id_id')
