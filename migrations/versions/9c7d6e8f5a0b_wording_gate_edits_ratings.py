"""wording gate, feedback edits, ratings

Revision ID: 9c7d6e8f5a0b
Revises: 8b6c5f7e4d9a
Create Date: 2026-12-02 14:40:00.000000

Written by hand (issue 10).
- risk_acknowledgements: every employer text sent despite a legal_risk finding (who, when, what).
- messages.edited_at / withdrawn_at and message_revisions: feedback can be edited or withdrawn by
  its author for a short while; earlier versions are kept.
- feedback_ratings: the candidate's 1-5 usefulness rating, once per feedback.
"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '9c7d6e8f5a0b'
down_revision = '8b6c5f7e4d9a'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('messages', schema=None) as batch_op:
        batch_op.add_column(sa.Column('edited_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('withdrawn_at', sa.DateTime(), nullable=True))

    op.create_table('message_revisions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('message_id', sa.Integer(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('html', sa.Text(), nullable=False),
    sa.Column('meta', sa.JSON(), nullable=True),
    sa.Column('replaced_by_id', sa.Integer(), nullable=True),
    sa.Column('replaced_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['message_id'], ['messages.id'], name=op.f('fk_message_revisions_message_id_messages'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['replaced_by_id'], ['users.id'], name=op.f('fk_message_revisions_replaced_by_id_users'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_message_revisions'))
    )
    with op.batch_alter_table('message_revisions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_message_revisions_message_id'), ['message_id'], unique=False)

    op.create_table('risk_acknowledgements',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organization_id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('subject', sa.String(length=24), nullable=False),
    sa.Column('thread_id', sa.Integer(), nullable=True),
    sa.Column('message_id', sa.Integer(), nullable=True),
    sa.Column('findings', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['organizations.id'], name=op.f('fk_risk_acknowledgements_organization_id_organizations'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_risk_acknowledgements_user_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['thread_id'], ['threads.id'], name=op.f('fk_risk_acknowledgements_thread_id_threads'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['message_id'], ['messages.id'], name=op.f('fk_risk_acknowledgements_message_id_messages'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_risk_acknowledgements'))
    )
    with op.batch_alter_table('risk_acknowledgements', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_risk_acknowledgements_organization_id'), ['organization_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_risk_acknowledgements_user_id'), ['user_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_risk_acknowledgements_thread_id'), ['thread_id'], unique=False)

    op.create_table('feedback_ratings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('feedback_id', sa.Integer(), nullable=False),
    sa.Column('thread_id', sa.Integer(), nullable=False),
    sa.Column('rater_id', sa.Integer(), nullable=True),
    sa.Column('score', sa.Integer(), nullable=False),
    sa.Column('comment', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['feedback_id'], ['feedback.id'], name=op.f('fk_feedback_ratings_feedback_id_feedback'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['thread_id'], ['threads.id'], name=op.f('fk_feedback_ratings_thread_id_threads'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['rater_id'], ['users.id'], name=op.f('fk_feedback_ratings_rater_id_users'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_feedback_ratings')),
    sa.UniqueConstraint('feedback_id', name=op.f('uq_feedback_ratings_feedback_id'))
    )
    with op.batch_alter_table('feedback_ratings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_feedback_ratings_thread_id'), ['thread_id'], unique=False)


def downgrade():
    with op.batch_alter_table('feedback_ratings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_feedback_ratings_thread_id'))
    op.drop_table('feedback_ratings')

    with op.batch_alter_table('risk_acknowledgements', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_risk_acknowledgements_thread_id'))
        batch_op.drop_index(batch_op.f('ix_risk_acknowledgements_user_id'))
        batch_op.drop_index(batch_op.f('ix_risk_acknowledgements_organization_id'))
    op.drop_table('risk_acknowledgements')

    with op.batch_alter_table('message_revisions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_message_revisions_message_id'))
    op.drop_table('message_revisions')

    with op.batch_alter_table('messages', schema=None) as batch_op:
        batch_op.drop_column('withdrawn_at')
        batch_op.drop_column('edited_at')
