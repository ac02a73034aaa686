"""accounts people manage themselves: password reset and email confirmation links, held invitations

Revision ID: 5e3f2c4d1b6a
Revises: 4d2e1b3c0a5f
Create Date: 2026-12-02 04:15:00.000000

Written by hand (issue 8). account_tokens holds the SHA-256 of each emailed single-use
link (a password reset, the confirmation of an email address). users gain
email_confirmed_at; organizations gain founder_id and confirmed_at: until the founding
admin confirms their address, the organization's invitation emails wait in the outbox
(status "held", no schema change). Organizations that exist already count as confirmed.
"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '5e3f2c4d1b6a'
down_revision = '4d2e1b3c0a5f'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('account_tokens',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('purpose', sa.String(length=24), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('expires_at', sa.DateTime(), nullable=False),
    sa.Column('used_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_account_tokens_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_account_tokens')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_account_tokens_token_hash'))
    )
    with op.batch_alter_table('account_tokens', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_account_tokens_user_id'), ['user_id'], unique=False)

    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('email_confirmed_at', sa.DateTime(), nullable=True))

    with op.batch_alter_table('organizations', schema=None) as batch_op:
        batch_op.add_column(sa.Column('founder_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('confirmed_at', sa.DateTime(), nullable=True))
        batch_op.create_index(batch_op.f('ix_organizations_founder_id'), ['founder_id'], unique=False)
        batch_op.create_foreign_key(
            batch_op.f('fk_organizations_founder_id_users'), 'users', ['founder_id'], ['id'], ondelete='SET NULL'
        )
    # Organizations from before this revision never held their emails: they count as confirmed.
    op.execute("UPDATE organizations SET confirmed_at = created_at WHERE confirmed_at IS NULL")


def downgrade():
    # Nothing may stay held once holding is gone.
    op.execute("UPDATE outbox_emails SET status = 'pending' WHERE status = 'held'")
    with op.batch_alter_table('organizations', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_organizations_founder_id_users'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_organizations_founder_id'))
        batch_op.drop_column('confirmed_at')
        batch_op.drop_column('founder_id')

    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_column('email_confirmed_at')

    with op.batch_alter_table('account_tokens', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_account_tokens_user_id'))

    op.drop_table('account_tokens')
