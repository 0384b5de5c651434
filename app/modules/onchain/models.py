"""Tables of the on-chain module.

``onchain_blocks`` is the ingested chain per ``chain`` (one row per height, with its hash and
parent hash: a node whose parent hash differs from the stored one triggers a rollback).
``onchain_transfers`` holds EVM value movements (native transfers and decoded ERC-20 ``Transfer``
logs) with the raw integer amount as text (uint256 does not fit a BIGINT) and the unit amount.
``onchain_utxos`` is the Bitcoin output set the ingester maintains: every output with its
creation height and time; a spend records the spending tx and height (the UTXO set is the rows
without one), so a rollback can restore what an orphaned block spent.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, cast

from sqlalchemy import JSON, BigInteger, Column, Index, Integer, Table, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from app.core.db import UTCDateTime
from app.core.timeutil import utcnow

BigIntId = BigInteger().with_variant(Integer(), "sqlite")


class OnchainLabel(SQLModel, table=True):
    __tablename__ = "onchain_labels"
    __table_args__ = (
        UniqueConstraint("chain", "address"),
        Index("ix_onchain_labels_entity", "chain", "entity"),
    )

    id: int | None = Field(default=None, primary_key=True)
    chain: str = Field(max_length=8)
    address: str = Field(max_length=100)
    name: str | None = Field(default=None, max_length=200)
    entity: str | None = Field(default=None, max_length=64, description="e.g. binance")
    category: str = Field(max_length=32, index=True, description="exchange, entity, other")
    tags: str | None = Field(default=None, sa_column=Column(Text))
    source: str = Field(max_length=64, description="which imported list the label came from")
    imported_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class OnchainToken(SQLModel, table=True):
    __tablename__ = "onchain_tokens"
    __table_args__ = (UniqueConstraint("chain", "address"),)

    id: int | None = Field(default=None, primary_key=True)
    chain: str = Field(max_length=8)
    address: str = Field(max_length=42)
    symbol: str | None = Field(default=None, max_length=32)
    decimals: int | None = Field(default=None, description="null: decimals() did not answer")
    resolved_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class OnchainBlock(SQLModel, table=True):
    __tablename__ = "onchain_blocks"
    __table_args__ = (
        UniqueConstraint("chain", "number"),
        Index("ix_onchain_blocks_chain_ts", "chain", "ts"),
    )

    id: int | None = Field(default=None, sa_column=Column(BigIntId, primary_key=True))
    chain: str = Field(max_length=8)
    number: int = Field(sa_type=BigInteger)
    hash: str = Field(max_length=80)
    parent_hash: str = Field(max_length=80)
    ts: datetime = Field(sa_type=UTCDateTime)
    tx_count: int = 0
    miner: str | None = Field(default=None, max_length=100)
    ingested_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class OnchainTransfer(SQLModel, table=True):
    __tablename__ = "onchain_transfers"
    __table_args__ = (
        UniqueConstraint("chain", "tx_hash", "kind", "position"),
        Index("ix_onchain_transfers_chain_ts", "chain", "ts", "id"),
        Index("ix_onchain_transfers_chain_block", "chain", "block_number"),
        Index("ix_onchain_transfers_from", "from_address"),
        Index("ix_onchain_transfers_to", "to_address"),
    )

    id: int | None = Field(default=None, sa_column=Column(BigIntId, primary_key=True))
    chain: str = Field(max_length=8)
    block_number: int = Field(sa_type=BigInteger)
    ts: datetime = Field(sa_type=UTCDateTime)
    tx_hash: str = Field(max_length=80)
    kind: str = Field(max_length=8, description="native or erc20")
    position: int = Field(description="log index (erc20) or transaction index (native)")
    token: str = Field(max_length=42, description="token contract, or 'native'")
    from_address: str = Field(max_length=42)
    to_address: str = Field(max_length=42)
    amount_raw: str = Field(max_length=80, description="integer amount in base units")
    amount: float | None = Field(default=None, description="units; null when decimals unknown")


class OnchainUtxo(SQLModel, table=True):
    __tablename__ = "onchain_utxos"
    __table_args__ = (
        UniqueConstraint("txid", "vout"),
        Index("ix_onchain_utxos_height", "height"),
        Index("ix_onchain_utxos_spent_height", "spent_height"),
        Index("ix_onchain_utxos_spent_txid", "spent_txid"),
        Index("ix_onchain_utxos_address", "address"),
    )

    id: int | None = Field(default=None, sa_column=Column(BigIntId, primary_key=True))
    txid: str = Field(max_length=64)
    vout: int
    address: str | None = Field(default=None, max_length=100)
    value_sats: int = Field(sa_type=BigInteger)
    height: int = Field(sa_type=BigInteger)
    ts: datetime = Field(sa_type=UTCDateTime)
    coinbase: bool = False
    spent_txid: str | None = Field(default=None, max_length=64)
    spent_height: int | None = Field(default=None, sa_type=BigInteger)
    spent_ts: datetime | None = Field(default=None, sa_type=UTCDateTime)


class OnchainAlert(SQLModel, table=True):
    __tablename__ = "onchain_alerts"
    __table_args__ = (Index("ix_onchain_alerts_ts", "created_at", "id"),)

    id: int | None = Field(default=None, sa_column=Column(BigIntId, primary_key=True))
    dedup_key: str = Field(max_length=200, unique=True)
    chain: str = Field(max_length=8, index=True)
    kind: str = Field(max_length=32, description="whale_transfer or exchange_flow")
    severity: str = Field(max_length=16)
    block_number: int = Field(sa_type=BigInteger)
    ts: datetime = Field(sa_type=UTCDateTime, description="block time")
    asset: str = Field(max_length=42)
    amount: float
    amount_usd: float | None = None
    tx_hash: str | None = Field(default=None, max_length=80)
    entity: str | None = Field(default=None, max_length=64)
    message: str = Field(sa_column=Column(Text, nullable=False))
    data: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


def table_of(model: type[SQLModel]) -> Table:
    """The Core table of a model: bulk inserts go through it as one executemany, without the
    ORM's per-row primary-key bookkeeping (RETURNING)."""
    return cast(Table, getattr(model, "__table__"))  # noqa: B009  (typed on instances only)
