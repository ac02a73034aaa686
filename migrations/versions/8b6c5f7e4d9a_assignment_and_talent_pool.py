"""teams and talent pool: assignees, consent lifecycle, announcements

Revision ID: 8b6c5f7e4d9a
Revises: 7a5b4e6f3d8c
Create Date: 2026-12-02 14:00:00.000000

Written by hand (issue 9).
- positions.assignee_id / threads.assignee_id: the member who handles them (hiring managers see
  only threads of positions assigned to them or threads assigned to them).
- organizations.connection_months (consent period, default 12) and announcement_interval_days
  (frequency limit, default 30).
- connections gain connected_since, last_contacted_at, reminded_at, lapsed_at; consent_events
  gain action (existing rows: opt_in or opt_out from their opt_in flag).
- announcements: one row per announcement sent to the pool.
"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '8b6c5f7e4d9a'
down_revision = '7a5b4e6f3d8c'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('positions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('assignee_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_positions_assignee_id'), ['assignee_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_positions_assignee_id_users'), 'users', ['assignee_id'], ['id'], ondelete='SET NULL')

    with op.batch_alter_table('threads', schema=None) as batch_op:
        batch_op.add_column(sa.Column('assignee_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_threads_assignee_id'), ['assignee_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_threads_assignee_id_users'), 'users', ['assignee_id'], ['id'], ondelete='SET NULL')

    with op.batch_alter_table('organizations', schema=None) as batch_op:
        batch_op.add_column(sa.Column('connection_months', sa.Integer(), server_default='12', nullable=False))
        batch_op.add_column(sa.Column('announcement_interval_days', sa.Integer(), server_default='30', nullable=False))

    with op.batch_alter_table('connections', schema=None) as batch_op:
        batch_op.add_column(sa.Column('connected_since', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('last_contacted_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('reminded_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('lapsed_at', sa.DateTime(), nullable=True))

    with op.batch_alter_table('consent_events', schema=None) as batch_op:
        batch_op.add_column(sa.Column('action', sa.String(length=24), nullable=True))
    op.execute("UPDATE consent_events SET action = CASE WHEN opt_in THEN 'opt_in' ELSE 'opt_out' END")
    with op.batch_alter_table('consent_events', schema=None) as batch_op:
        batch_op.alter_column('action', existing_type=sa.String(length=24), nullable=False)

    # Existing connected pairs: connected since their last consent change.
    op.execute(
        "UPDATE connections SET connected_since = updated_at "
        "WHERE candidate_opt_in AND employer_opt_in AND expires_at IS NOT NULL"
    )

    op.create_table('announcements',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organization_id', sa.Integer(), nullable=False),
    sa.Column('position_id', sa.Integer(), nullable=False),
    sa.Column('author_id', sa.Integer(), nullable=True),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('interests', sa.JSON(), nullable=False),
    sa.Column('recipients', sa.Integer(), nullable=False),
    sa.Column('acknowledged_risks', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['organizations.id'], name=op.f('fk_announcements_organization_id_organizations'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['position_id'], ['positions.id'], name=op.f('fk_announcements_position_id_positions'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['author_id'], ['users.id'], name=op.f('fk_announcements_author_id_users'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_announcements'))
    )
    with op.batch_alter_table('announcements', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_announcements_organization_id'), ['organization_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_announcements_position_id'), ['position_id'], unique=False)


def downgrade():
    with op.batch_alter_table('announcements', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_announcements_position_id'))
        batch_op.drop_index(batch_op.f('ix_announcements_organization_id'))
    op.drop_table('announcements')

    with op.batch_alter_table('consent_events', schema=None) as batch_op:
        batch_op.drop_column('action')

    with op.batch_alter_table('connections', schema=None) as batch_op:
        batch_op.drop_column('lapsed_at')
        batch_op.drop_column('reminded_at')
        batch_op.drop_column('last_contacted_at')
        batch_op.drop_column('connected_since')

    with op.batch_alter_table('organizations', schema=None) as batch_op:
        batch_op.drop_column('announcement_interval_days')
        batch_op.drop_column('connection_months')

    with op.batch_alter_table('threads', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_threads_assignee_id_users'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_threads_assignee_id'))
        batch_op.drop_column('assignee_id')

    with op.batch_alter_table('positions', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_positions_assignee_id_users'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_positions_assignee_id'))
        batch_op.drop_column('assignee_id')
