"""emergency: watched markets, alerts and notification targets of the live monitor

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-04 14:15:06.611528
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import app.core.db


revision: str = '0011'
down_revision: str | None = '0010'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # core_halts: one engaged halt per user / one system-wide (app.core.halt), so engages racing
    # on two processes stay idempotent.
    engaged = sa.text('released_at IS NULL')
    system = sa.text('released_at IS NULL AND user_id IS NULL')
    with op.batch_alter_table('core_halts', schema=None) as batch_op:
        batch_op.create_index('uq_core_halts_engaged_user', ['user_id'], unique=True,
                              sqlite_where=engaged, postgresql_where=engaged)
        batch_op.create_index('uq_core_halts_engaged_system', ['scope'], unique=True,
                              sqlite_where=system, postgresql_where=system)

    op.create_table('emergency_alerts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('watch_id', sa.Integer(), nullable=True),
    sa.Column('dedupe_key', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('exchange', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('symbol', sqlmodel.sql.sqltypes.AutoString(length=62), nullable=False),
    sa.Column('timeframe', sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('detected_at', app.core.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('onset', app.core.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('peak', sa.Float(), nullable=False),
    sa.Column('price', sa.Float(), nullable=False),
    sa.Column('trough', sa.Float(), nullable=False),
    sa.Column('trough_at', app.core.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('depth', sa.Float(), nullable=False),
    sa.Column('ended_at', app.core.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('rules', sa.JSON(), nullable=False),
    sa.Column('action', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('halt_id', sa.Integer(), nullable=True),
    sa.Column('outcome', sa.JSON(), nullable=True),
    sa.Column('created_at', app.core.db.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_emergency_alerts')),
    sa.UniqueConstraint('dedupe_key', name=op.f('uq_emergency_alerts_dedupe_key'))
    )
    with op.batch_alter_table('emergency_alerts', schema=None) as batch_op:
        batch_op.create_index('ix_emergency_alerts_user_created', ['user_id', 'created_at', 'id'], unique=False)

    op.create_table('emergency_targets',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('channel', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('chat_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('url', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=True),
    sa.Column('secret', sa.Text(), nullable=True),
    sa.Column('email', sqlmodel.sql.sqltypes.AutoString(length=320), nullable=True),
    sa.Column('created_at', app.core.db.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_emergency_targets'))
    )
    with op.batch_alter_table('emergency_targets', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_emergency_targets_user_id'), ['user_id'], unique=False)

    op.create_table('emergency_watches',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('exchange', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('symbol', sqlmodel.sql.sqltypes.AutoString(length=62), nullable=False),
    sa.Column('timeframe', sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
    sa.Column('action', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('params', sa.JSON(), nullable=True),
    sa.Column('created_at', app.core.db.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_emergency_watches')),
    sa.UniqueConstraint('user_id', 'exchange', 'symbol', 'timeframe', name=op.f('uq_emergency_watches_user_id_exchange_symbol_timeframe'))
    )
    with op.batch_alter_table('emergency_watches', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_emergency_watches_user_id'), ['user_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('core_halts', schema=None) as batch_op:
        batch_op.drop_index('uq_core_halts_engaged_system')
        batch_op.drop_index('uq_core_halts_engaged_user')
    with op.batch_alter_table('emergency_watches', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_emergency_watches_user_id'))

    op.drop_table('emergency_watches')
    with op.batch_alter_table('emergency_targets', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_emergency_targets_user_id'))

    op.drop_table('emergency_targets')
    with op.batch_alter_table('emergency_alerts', schema=None) as batch_op:
        batch_op.drop_index('ix_emergency_alerts_user_created')

    op.drop_table('emergency_alerts')
