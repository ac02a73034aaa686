"""messages.seq, threads.message_count, read_states.last_read_seq: unread counts without counting rows

Revision ID: d7a2f4c9e1b5
Revises: c6e1f3a8b2d4
Create Date: 2026-12-03 18:40:00.000000

Written by hand (issue 11). An unread count was the number of a thread's messages after the reader's
last read one: an index range that grows with what is unread, counted for every participant of a thread
on every live message (a thread a few thousand messages long made each message cost a millisecond more).
Now each message keeps its place in its thread (seq, from 1), the thread how many it holds, and a read
position the place of the message read, so a count is one subtraction:
- threads.message_count (NOT NULL, 0): filled with each thread's number of messages;
- messages.seq (NOT NULL, no default: every writer must give it): 1, 2, ... in id order within a thread;
- read_states.last_read_seq (NOT NULL, 0): the seq of last_read_message_id (the messages of the thread up
  to it, so a position that names no message still counts what came before it).
On SQLite, dropping the fill's default from messages.seq recreates the table (env.py keeps foreign keys
off while it does). On PostgreSQL the UPDATEs rewrite every row of the three tables: run VACUUM ANALYZE
on them afterwards, or let autovacuum.
"""

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision = 'd7a2f4c9e1b5'
down_revision = 'c6e1f3a8b2d4'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column('threads', sa.Column('message_count', sa.Integer(), nullable=False, server_default='0'))
    op.add_column('messages', sa.Column('seq', sa.Integer(), nullable=False, server_default='0'))
    op.add_column('read_states', sa.Column('last_read_seq', sa.Integer(), nullable=False, server_default='0'))

    if op.get_bind().dialect.name == 'postgresql':
        op.execute(
            "UPDATE messages SET seq = numbered.seq FROM (SELECT id, row_number() OVER "
            "(PARTITION BY thread_id ORDER BY id) AS seq FROM messages) AS numbered WHERE messages.id = numbered.id"
        )
    else:  # on the (thread_id, id) index
        op.execute(
            "UPDATE messages SET seq = (SELECT count(*) FROM messages AS earlier "
            "WHERE earlier.thread_id = messages.thread_id AND earlier.id <= messages.id)"
        )
    op.execute("UPDATE threads SET message_count = (SELECT count(*) FROM messages WHERE messages.thread_id = threads.id)")
    op.execute(
        "UPDATE read_states SET last_read_seq = (SELECT count(*) FROM messages WHERE messages.thread_id = "
        "read_states.thread_id AND messages.id <= read_states.last_read_message_id)"
    )

    with op.batch_alter_table('messages', schema=None) as batch_op:
        batch_op.alter_column('seq', existing_type=sa.Integer(), existing_nullable=False, server_default=None)


def downgrade():
    for table, column in (('read_states', 'last_read_seq'), ('messages', 'seq'), ('threads', 'message_count')):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column(column)
