"""onchain: address labels, tokens, ingested blocks, EVM transfers, the BTC output set, alerts

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-04 14:19:40.394081
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import app.core.db

revision: str = "0013"
down_revision: str | None = '0012'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "onchain_alerts",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("dedup_key", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("chain", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("severity", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("block_number", sa.BigInteger(), nullable=False),
        sa.Column("ts", app.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("asset", sqlmodel.sql.sqltypes.AutoString(length=42), nullable=False),
        sa.Column("amount", sa.Float(), nullable=False),
        sa.Column("amount_usd", sa.Float(), nullable=True),
        sa.Column("tx_hash", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=True),
        sa.Column("entity", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("created_at", app.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_onchain_alerts")),
        sa.UniqueConstraint("dedup_key", name=op.f("uq_onchain_alerts_dedup_key")),
    )
    with op.batch_alter_table("onchain_alerts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_onchain_alerts_chain"), ["chain"], unique=False)
        batch_op.create_index("ix_onchain_alerts_ts", ["created_at", "id"], unique=False)

    op.create_table(
        "onchain_blocks",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("chain", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
        sa.Column("number", sa.BigInteger(), nullable=False),
        sa.Column("hash", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("parent_hash", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("ts", app.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("tx_count", sa.Integer(), nullable=False),
        sa.Column("miner", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=True),
        sa.Column("ingested_at", app.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_onchain_blocks")),
        sa.UniqueConstraint("chain", "number", name=op.f("uq_onchain_blocks_chain_number")),
    )
    with op.batch_alter_table("onchain_blocks", schema=None) as batch_op:
        batch_op.create_index("ix_onchain_blocks_chain_ts", ["chain", "ts"], unique=False)

    op.create_table(
        "onchain_labels",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("chain", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
        sa.Column("address", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
        sa.Column("entity", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
        sa.Column("category", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("tags", sa.Text(), nullable=True),
        sa.Column("source", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("imported_at", app.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_onchain_labels")),
        sa.UniqueConstraint("chain", "address", name=op.f("uq_onchain_labels_chain_address")),
    )
    with op.batch_alter_table("onchain_labels", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_onchain_labels_category"), ["category"], unique=False)
        batch_op.create_index("ix_onchain_labels_entity", ["chain", "entity"], unique=False)

    op.create_table(
        "onchain_tokens",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("chain", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
        sa.Column("address", sqlmodel.sql.sqltypes.AutoString(length=42), nullable=False),
        sa.Column("symbol", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
        sa.Column("decimals", sa.Integer(), nullable=True),
        sa.Column("resolved_at", app.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_onchain_tokens")),
        sa.UniqueConstraint("chain", "address", name=op.f("uq_onchain_tokens_chain_address")),
    )
    op.create_table(
        "onchain_transfers",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("chain", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
        sa.Column("block_number", sa.BigInteger(), nullable=False),
        sa.Column("ts", app.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("tx_hash", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("token", sqlmodel.sql.sqltypes.AutoString(length=42), nullable=False),
        sa.Column("from_address", sqlmodel.sql.sqltypes.AutoString(length=42), nullable=False),
        sa.Column("to_address", sqlmodel.sql.sqltypes.AutoString(length=42), nullable=False),
        sa.Column("amount_raw", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("amount", sa.Float(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_onchain_transfers")),
        sa.UniqueConstraint(
            "chain",
            "tx_hash",
            "kind",
            "position",
            name=op.f("uq_onchain_transfers_chain_tx_hash_kind_position"),
        ),
    )
    with op.batch_alter_table("onchain_transfers", schema=None) as batch_op:
        batch_op.create_index(
            "ix_onchain_transfers_chain_block", ["chain", "block_number"], unique=False
        )
        batch_op.create_index("ix_onchain_transfers_chain_ts", ["chain", "ts", "id"], unique=False)
        batch_op.create_index("ix_onchain_transfers_from", ["from_address"], unique=False)
        batch_op.create_index("ix_onchain_transfers_to", ["to_address"], unique=False)

    op.create_table(
        "onchain_utxos",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("txid", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("vout", sa.Integer(), nullable=False),
        sa.Column("address", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=True),
        sa.Column("value_sats", sa.BigInteger(), nullable=False),
        sa.Column("height", sa.BigInteger(), nullable=False),
        sa.Column("ts", app.core.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("coinbase", sa.Boolean(), nullable=False),
        sa.Column("spent_txid", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
        sa.Column("spent_height", sa.BigInteger(), nullable=True),
        sa.Column("spent_ts", app.core.db.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_onchain_utxos")),
        sa.UniqueConstraint("txid", "vout", name=op.f("uq_onchain_utxos_txid_vout")),
    )
    with op.batch_alter_table("onchain_utxos", schema=None) as batch_op:
        batch_op.create_index("ix_onchain_utxos_address", ["address"], unique=False)
        batch_op.create_index("ix_onchain_utxos_height", ["height"], unique=False)
        batch_op.create_index("ix_onchain_utxos_spent_height", ["spent_height"], unique=False)
        batch_op.create_index("ix_onchain_utxos_spent_txid", ["spent_txid"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("onchain_utxos", schema=None) as batch_op:
        batch_op.drop_index("ix_onchain_utxos_spent_txid")
        batch_op.drop_index("ix_onchain_utxos_spent_height")
        batch_op.drop_index("ix_onchain_utxos_height")
        batch_op.drop_index("ix_onchain_utxos_address")

    op.drop_table("onchain_utxos")
    with op.batch_alter_table("onchain_transfers", schema=None) as batch_op:
        batch_op.drop_index("ix_onchain_transfers_to")
        batch_op.drop_index("ix_onchain_transfers_from")
        batch_op.drop_index("ix_onchain_transfers_chain_ts")
        batch_op.drop_index("ix_onchain_transfers_chain_block")

    op.drop_table("onchain_transfers")
    op.drop_table("onchain_tokens")
    with op.batch_alter_table("onchain_labels", schema=None) as batch_op:
        batch_op.drop_index("ix_onchain_labels_entity")
        batch_op.drop_index(batch_op.f("ix_onchain_labels_category"))

    op.drop_table("onchain_labels")
    with op.batch_alter_table("onchain_blocks", schema=None) as batch_op:
        batch_op.drop_index("ix_onchain_blocks_chain_ts")

    op.drop_table("onchain_blocks")
    with op.batch_alter_table("onchain_alerts", schema=None) as batch_op:
        batch_op.drop_index("ix_onchain_alerts_ts")
        batch_op.drop_index(batch_op.f("ix_onchain_alerts_chain"))

    op.drop_table("onchain_alerts")
