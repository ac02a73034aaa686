"""notifications: unseen items, email settings, the reminder log; HTML and headers in the outbox

Revision ID: 4d2e1b3c0a5f
Revises: 3c1f0a2b9d4e
Create Date: 2026-12-14 10:00:00.000000

Written by hand (issue 8). The outbox gains an HTML alternative and extra headers
(List-Unsubscribe); pending_notifications holds what a user has not seen yet until it
is due; notification_settings holds each user's email switches (no row: all on);
notification_log records the feedback reminders and overdue notices sent.
"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '4d2e1b3c0a5f'
down_revision = '3c1f0a2b9d4e'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('outbox_emails', schema=None) as batch_op:
        batch_op.add_column(sa.Column('body_html', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('headers', sa.JSON(), nullable=True))

    op.create_table('pending_notifications',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('thread_id', sa.Integer(), nullable=False),
    sa.Column('message_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=24), nullable=False),
    sa.Column('due_at', sa.DateTime(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('done_at', sa.DateTime(), nullable=True),
    sa.Column('batch', sa.String(length=32), nullable=True),
    sa.Column('outcome', sa.String(length=16), nullable=True),
    sa.ForeignKeyConstraint(['message_id'], ['messages.id'], name=op.f('fk_pending_notifications_message_id_messages'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['thread_id'], ['threads.id'], name=op.f('fk_pending_notifications_thread_id_threads'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_pending_notifications_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pending_notifications')),
    sa.UniqueConstraint('user_id', 'message_id', name=op.f('uq_pending_notifications_user_id_message_id'))
    )
    with op.batch_alter_table('pending_notifications', schema=None) as batch_op:
        batch_op.create_index('ix_pending_notifications_done_at_due_at', ['done_at', 'due_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_pending_notifications_batch'), ['batch'], unique=False)
        batch_op.create_index(batch_op.f('ix_pending_notifications_message_id'), ['message_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_pending_notifications_thread_id'), ['thread_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_pending_notifications_user_id'), ['user_id'], unique=False)

    op.create_table('notification_settings',
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('messages', sa.Boolean(), nullable=False),
    sa.Column('feedback', sa.Boolean(), nullable=False),
    sa.Column('announcements', sa.Boolean(), nullable=False),
    sa.Column('reminders', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_notification_settings_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('user_id', name=op.f('pk_notification_settings'))
    )

    op.create_table('notification_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('feedback_request_id', sa.Integer(), nullable=False),
    sa.Column('recipients', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['feedback_request_id'], ['feedback_requests.id'], name=op.f('fk_notification_log_feedback_request_id_feedback_requests'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_notification_log')),
    sa.UniqueConstraint('kind', 'feedback_request_id', name=op.f('uq_notification_log_kind_feedback_request_id'))
    )


def downgrade():
    op.drop_table('notification_log')
    op.drop_table('notification_settings')
    with op.batch_alter_table('pending_notifications', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pending_notifications_user_id'))
        batch_op.drop_index(batch_op.f('ix_pending_notifications_thread_id'))
        batch_op.drop_index(batch_op.f('ix_pending_notifications_message_id'))
        batch_op.drop_index(batch_op.f('ix_pending_notifications_batch'))
        batch_op.drop_index('ix_pending_notifications_done_at_due_at')

    op.drop_table('pending_notifications')
    with op.batch_alter_table('outbox_emails', schema=None) as batch_op:
        batch_op.drop_column('headers')
        batch_op.drop_column('body_html')
