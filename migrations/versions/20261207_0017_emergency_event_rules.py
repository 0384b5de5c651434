"""emergency: event rules and the actions they took on news and on-chain alerts

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07 02:31:24.651359
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import app.core.db


revision: str = '0017'
down_revision: str | None = '0016'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('emergency_event_actions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('rule_id', sa.Integer(), nullable=False),
    sa.Column('dedupe_key', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('event', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('asset', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
    sa.Column('action', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column('alert', sa.JSON(), nullable=False),
    sa.Column('outcome', sa.JSON(), nullable=True),
    sa.Column('created_at', app.core.db.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_emergency_event_actions')),
    sa.UniqueConstraint('dedupe_key', name=op.f('uq_emergency_event_actions_dedupe_key'))
    )
    with op.batch_alter_table('emergency_event_actions', schema=None) as batch_op:
        batch_op.create_index('ix_emergency_event_actions_user_created', ['user_id', 'created_at', 'id'], unique=False)

    op.create_table('emergency_event_rules',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('action', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('assets', sa.JSON(), nullable=True),
    sa.Column('min_severity', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('created_at', app.core.db.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_emergency_event_rules'))
    )
    with op.batch_alter_table('emergency_event_rules', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_emergency_event_rules_user_id'), ['user_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('emergency_event_rules', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_emergency_event_rules_user_id'))

    op.drop_table('emergency_event_rules')
    with op.batch_alter_table('emergency_event_actions', schema=None) as batch_op:
        batch_op.drop_index('ix_emergency_event_actions_user_created')

    op.drop_table('emergency_event_actions')
