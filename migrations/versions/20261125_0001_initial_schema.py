"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-25 15:27:30.690807
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import app.core.db


revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _timescale_available(bind: sa.engine.Connection) -> bool:
    query = sa.text("SELECT 1 FROM pg_available_extensions WHERE name = 'timescaledb'")
    return bind.execute(query).scalar() is not None


def upgrade() -> None:
    bind = op.get_bind()
    postgres = bind.dialect.name == "postgresql"
    # Time-series tables: TimescaleDB hypertables when the extension is installed, otherwise
    # native partitions on PostgreSQL (partitions are created on demand by the application),
    # plain tables on SQLite.
    timescale = postgres and _timescale_available(bind)
    partitioned = postgres and not timescale

    op.create_table('auth_users',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('email', sqlmodel.sql.sqltypes.AutoString(length=320), nullable=False),
    sa.Column('password_hash', sqlmodel.sql.sqltypes.AutoString(length=255), nullable=False),
    sa.Column('roles', sa.JSON(), nullable=False),
    sa.Column('is_active', sa.Boolean(), nullable=False),
    sa.Column('created_at', app.core.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('last_login_at', app.core.db.UTCDateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_auth_users'))
    )
    with op.batch_alter_table('auth_users', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_auth_users_email'), ['email'], unique=True)

    op.create_table('core_jobs',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=True),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('progress', sa.Float(), nullable=False),
    sa.Column('message', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=True),
    sa.Column('params', sa.JSON(), nullable=False),
    sa.Column('result', sa.JSON(), nullable=True),
    sa.Column('error', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('created_at', app.core.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('started_at', app.core.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('finished_at', app.core.db.UTCDateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_core_jobs'))
    )
    with op.batch_alter_table('core_jobs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_core_jobs_created_at'), ['created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_core_jobs_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_core_jobs_owner_id'), ['owner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_core_jobs_status'), ['status'], unique=False)

    op.create_table('database_audit',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('at', app.core.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('action', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('entity', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('entity_ids', sa.JSON(), nullable=False),
    sa.Column('details', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_database_audit'))
    )
    with op.batch_alter_table('database_audit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_database_audit_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_database_audit_user_id'), ['user_id'], unique=False)

    op.create_table('database_candles',
    sa.Column('exchange', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('symbol', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('timeframe', sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
    sa.Column('ts', app.core.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('open', sa.Float(), nullable=False),
    sa.Column('high', sa.Float(), nullable=False),
    sa.Column('low', sa.Float(), nullable=False),
    sa.Column('close', sa.Float(), nullable=False),
    sa.Column('volume', sa.Float(), nullable=False),
    sa.PrimaryKeyConstraint('exchange', 'symbol', 'timeframe', 'ts', name=op.f('pk_database_candles')),
    **({"postgresql_partition_by": "LIST (timeframe)"} if partitioned else {}),
    )
    op.create_table('database_signals',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), *([sa.Identity()] if postgres else []), nullable=False),
    sa.Column('ts', app.core.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('symbol', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('side', sqlmodel.sql.sqltypes.AutoString(length=4), nullable=False),
    sa.Column('price', sa.Float(), nullable=False),
    sa.Column('confidence', sa.Float(), nullable=False),
    sa.Column('stop_loss', sa.Float(), nullable=True),
    sa.Column('take_profit', sa.Float(), nullable=True),
    sa.Column('leverage', sa.Float(), nullable=False),
    sa.Column('timeframe', sqlmodel.sql.sqltypes.AutoString(length=8), nullable=True),
    sa.Column('strategy', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=True),
    sa.Column('bot_id', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=True),
    sa.Column('metadata', sa.JSON(), nullable=True),
    sa.Column('created_at', app.core.db.UTCDateTime(timezone=True), nullable=False),
    # PostgreSQL partition keys must be part of the primary key: (id, ts) there.
    sa.PrimaryKeyConstraint('id', *(['ts'] if postgres else []), name=op.f('pk_database_signals')),
    **({"postgresql_partition_by": "RANGE (ts)"} if partitioned else {}),
    )
    with op.batch_alter_table('database_signals', schema=None) as batch_op:
        batch_op.create_index('ix_database_signals_user_ts', ['user_id', 'ts', 'id'], unique=False)

    op.create_table('database_trades',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('bot_id', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=True),
    sa.Column('symbol', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('side', sqlmodel.sql.sqltypes.AutoString(length=4), nullable=False),
    sa.Column('entry_price', sa.Float(), nullable=False),
    sa.Column('exit_price', sa.Float(), nullable=False),
    sa.Column('quantity', sa.Float(), nullable=False),
    sa.Column('entry_time', app.core.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('exit_time', app.core.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('fees', sa.Float(), nullable=False),
    sa.Column('pnl', sa.Float(), nullable=False),
    sa.Column('created_at', app.core.db.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_database_trades'))
    )
    with op.batch_alter_table('database_trades', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_database_trades_bot_id'), ['bot_id'], unique=False)
        batch_op.create_index('ix_database_trades_user_exit', ['user_id', 'exit_time'], unique=False)

    op.create_table('database_user_settings',
    sa.Column('user_id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.Column('updated_at', app.core.db.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('user_id', name=op.f('pk_database_user_settings'))
    )
    op.create_table('auth_api_keys',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('prefix', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('key_hash', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('scopes', sa.JSON(), nullable=False),
    sa.Column('created_at', app.core.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('expires_at', app.core.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('revoked_at', app.core.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('last_used_at', app.core.db.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['auth_users.id'], name=op.f('fk_auth_api_keys_user_id_auth_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_auth_api_keys'))
    )
    with op.batch_alter_table('auth_api_keys', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_auth_api_keys_key_hash'), ['key_hash'], unique=True)
        batch_op.create_index(batch_op.f('ix_auth_api_keys_user_id'), ['user_id'], unique=False)

    op.create_table('auth_refresh_tokens',
    sa.Column('jti', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('family', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('issued_at', app.core.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('expires_at', app.core.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('used_at', app.core.db.UTCDateTime(timezone=True), nullable=True),
    sa.Column('revoked_at', app.core.db.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['auth_users.id'], name=op.f('fk_auth_refresh_tokens_user_id_auth_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('jti', name=op.f('pk_auth_refresh_tokens'))
    )
    with op.batch_alter_table('auth_refresh_tokens', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_auth_refresh_tokens_family'), ['family'], unique=False)
        batch_op.create_index(batch_op.f('ix_auth_refresh_tokens_user_id'), ['user_id'], unique=False)

    if timescale:
        op.execute("CREATE EXTENSION IF NOT EXISTS timescaledb")
        op.execute("SELECT create_hypertable('database_candles', 'ts', migrate_data => true)")
        op.execute("SELECT create_hypertable('database_signals', 'ts', migrate_data => true)")
        op.execute(
            "ALTER TABLE database_candles SET (timescaledb.compress, "
            "timescaledb.compress_segmentby = 'exchange, symbol, timeframe')"
        )
        op.execute("SELECT add_compression_policy('database_candles', INTERVAL '30 days')")
    if postgres:
        # The audit trail is append-only: rows may age out, never change.
        op.execute(
            "CREATE FUNCTION database_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN RAISE EXCEPTION 'database_audit is append-only'; END $$"
        )
        op.execute(
            "CREATE TRIGGER database_audit_no_update BEFORE UPDATE ON database_audit "
            "FOR EACH ROW EXECUTE FUNCTION database_audit_append_only()"
        )
    # ### end Alembic commands ###


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS database_audit_no_update ON database_audit")
        op.execute("DROP FUNCTION IF EXISTS database_audit_append_only()")
    with op.batch_alter_table('auth_refresh_tokens', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_auth_refresh_tokens_user_id'))
        batch_op.drop_index(batch_op.f('ix_auth_refresh_tokens_family'))

    op.drop_table('auth_refresh_tokens')
    with op.batch_alter_table('auth_api_keys', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_auth_api_keys_user_id'))
        batch_op.drop_index(batch_op.f('ix_auth_api_keys_key_hash'))

    op.drop_table('auth_api_keys')
    op.drop_table('database_user_settings')
    with op.batch_alter_table('database_trades', schema=None) as batch_op:
        batch_op.drop_index('ix_database_trades_user_exit')
        batch_op.drop_index(batch_op.f('ix_database_trades_bot_id'))

    op.drop_table('database_trades')
    with op.batch_alter_table('database_signals', schema=None) as batch_op:
        batch_op.drop_index('ix_database_signals_user_ts')

    op.drop_table('database_signals')
    op.drop_table('database_candles')
    with op.batch_alter_table('database_audit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_database_audit_user_id'))
        batch_op.drop_index(batch_op.f('ix_database_audit_at'))

    op.drop_table('database_audit')
    with op.batch_alter_table('core_jobs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_core_jobs_status'))
        batch_op.drop_index(batch_op.f('ix_core_jobs_owner_id'))
        batch_op.drop_index(batch_op.f('ix_core_jobs_kind'))
        batch_op.drop_index(batch_op.f('ix_core_jobs_created_at'))

    op.drop_table('core_jobs')
    with op.batch_alter_table('auth_users', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_auth_users_email'))

    op.drop_table('auth_users')
    # ### end Alembic commands ###
