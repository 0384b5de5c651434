"""portfolio ledger and risk protections

portfolio_accounts (one paper account per user, created on first use), the append-only
portfolio_ledger and its projection portfolio_positions; risk_protection_rules and
risk_protection_trips (drawdown protection state, so a trip survives restarts).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 14:06:56.197074
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import app.core.db


revision: str = '0008'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('portfolio_accounts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
    sa.Column('quote', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('starting_balance', sa.Float(), nullable=False),
    sa.Column('created_at', app.core.db.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_portfolio_accounts')),
    sa.UniqueConstraint('user_id', 'name', name=op.f('uq_portfolio_accounts_user_id_name'))
    )
    with op.batch_alter_table('portfolio_accounts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_portfolio_accounts_user_id'), ['user_id'], unique=False)

    op.create_table('risk_protection_rules',
    sa.Column('user_id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('rules', sa.JSON(), nullable=False),
    sa.Column('updated_at', app.core.db.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('user_id', name=op.f('pk_risk_protection_rules'))
    )
    op.create_table('risk_protection_trips',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('rule', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('detail', sqlmodel.sql.sqltypes.AutoString(length=400), nullable=False),
    sa.Column('value', sa.Float(), nullable=False),
    sa.Column('limit', sa.Float(), nullable=False),
    sa.Column('reduce_positions', sa.Boolean(), nullable=False),
    sa.Column('tripped_at', app.core.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('until', app.core.db.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_risk_protection_trips'))
    )
    with op.batch_alter_table('risk_protection_trips', schema=None) as batch_op:
        batch_op.create_index('ix_risk_protection_trips_user_until', ['user_id', 'until'], unique=False)

    op.create_table('portfolio_ledger',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('ts', app.core.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('symbol', sqlmodel.sql.sqltypes.AutoString(length=62), nullable=False),
    sa.Column('exchange', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
    sa.Column('quantity', sa.Float(), nullable=False),
    sa.Column('price', sa.Float(), nullable=True),
    sa.Column('fee', sa.Float(), nullable=False),
    sa.Column('realised_pnl', sa.Float(), nullable=False),
    sa.Column('quantity_after', sa.Float(), nullable=False),
    sa.Column('average_price_after', sa.Float(), nullable=False),
    sa.Column('stop_loss', sa.Float(), nullable=True),
    sa.Column('take_profit', sa.Float(), nullable=True),
    sa.Column('leverage', sa.Float(), nullable=False),
    sa.Column('fill_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('metadata', sa.JSON(), nullable=True),
    sa.ForeignKeyConstraint(['account_id'], ['portfolio_accounts.id'], name=op.f('fk_portfolio_ledger_account_id_portfolio_accounts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_portfolio_ledger')),
    sa.UniqueConstraint('account_id', 'fill_id', name=op.f('uq_portfolio_ledger_account_id_fill_id'))
    )
    with op.batch_alter_table('portfolio_ledger', schema=None) as batch_op:
        batch_op.create_index('ix_portfolio_ledger_account_ts', ['account_id', 'ts', 'id'], unique=False)

    op.create_table('portfolio_positions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('symbol', sqlmodel.sql.sqltypes.AutoString(length=62), nullable=False),
    sa.Column('exchange', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
    sa.Column('origin', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('quantity', sa.Float(), nullable=False),
    sa.Column('average_price', sa.Float(), nullable=False),
    sa.Column('realised_pnl', sa.Float(), nullable=False),
    sa.Column('fees', sa.Float(), nullable=False),
    sa.Column('leverage', sa.Float(), nullable=False),
    sa.Column('stop_loss', sa.Float(), nullable=True),
    sa.Column('take_profit', sa.Float(), nullable=True),
    sa.Column('opened_at', app.core.db.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', app.core.db.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['portfolio_accounts.id'], name=op.f('fk_portfolio_positions_account_id_portfolio_accounts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_portfolio_positions')),
    sa.UniqueConstraint('account_id', 'symbol', name=op.f('uq_portfolio_positions_account_id_symbol'))
    )
    with op.batch_alter_table('portfolio_positions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_portfolio_positions_user_id'), ['user_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('portfolio_positions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_portfolio_positions_user_id'))

    op.drop_table('portfolio_positions')
    with op.batch_alter_table('portfolio_ledger', schema=None) as batch_op:
        batch_op.drop_index('ix_portfolio_ledger_account_ts')

    op.drop_table('portfolio_ledger')
    with op.batch_alter_table('risk_protection_trips', schema=None) as batch_op:
        batch_op.drop_index('ix_risk_protection_trips_user_until')

    op.drop_table('risk_protection_trips')
    op.drop_table('risk_protection_rules')
    with op.batch_alter_table('portfolio_accounts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_portfolio_accounts_user_id'))

    op.drop_table('portfolio_accounts')
