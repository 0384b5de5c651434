"""core_halts (the kill switch) and core_notifications (the delivery log)

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03 14:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import app.core.db

revision: str = '0009'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('core_halts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('scope', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('action', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('engaged_by', sa.Integer(), nullable=True),
    sa.Column('engaged_at', app.core.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('released_by', sa.Integer(), nullable=True),
    sa.Column('released_at', app.core.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('release_reason', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_core_halts'))
    )
    with op.batch_alter_table('core_halts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_core_halts_scope'), ['scope'], unique=False)
        batch_op.create_index(batch_op.f('ix_core_halts_user_id'), ['user_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_core_halts_released_at'), ['released_at'], unique=False)

    op.create_table('core_notifications',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('channel', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('target', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('event', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('response_status', sa.Integer(), nullable=True),
    sa.Column('error', sa.Text(), nullable=True),
    sa.Column('created_at', app.core.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('delivered_at', app.core.db.UTCDateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_core_notifications'))
    )
    with op.batch_alter_table('core_notifications', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_core_notifications_user_id'), ['user_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_core_notifications_event'), ['event'], unique=False)
        batch_op.create_index(batch_op.f('ix_core_notifications_created_at'), ['created_at'], unique=False)


def downgrade() -> None:
    op.drop_table('core_notifications')
    op.drop_table('core_halts')
