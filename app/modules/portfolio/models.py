"""Tables of the portfolio module. ``user_id`` is the auth module's id (no cross-module FK).

``portfolio_ledger`` is append-only and the source of truth; ``portfolio_positions`` is its
projection, updated in the same transaction as each entry (and rebuildable from the entries).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Column, ForeignKey, Index, Integer, UniqueConstraint
from sqlmodel import Field, SQLModel

from app.core.db import UTCDateTime
from app.core.timeutil import utcnow

BigIntId = BigInteger().with_variant(Integer(), "sqlite")


class PortfolioAccount(SQLModel, table=True):
    __tablename__ = "portfolio_accounts"
    __table_args__ = (UniqueConstraint("user_id", "name"),)

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(index=True)
    name: str = Field(max_length=32)
    kind: str = Field(max_length=8, description="paper or live")
    quote: str = Field(max_length=16)
    starting_balance: float
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class PortfolioLedgerEntry(SQLModel, table=True):
    __tablename__ = "portfolio_ledger"
    __table_args__ = (
        Index("ix_portfolio_ledger_account_ts", "account_id", "ts", "id"),
        UniqueConstraint("account_id", "fill_id"),
    )

    id: int | None = Field(default=None, sa_column=Column(BigIntId, primary_key=True))
    account_id: int = Field(
        sa_column=Column(Integer, ForeignKey("portfolio_accounts.id"), nullable=False)
    )
    user_id: int
    ts: datetime = Field(sa_type=UTCDateTime)
    kind: str = Field(max_length=16, description="fill, record, stop, close_record")
    symbol: str = Field(max_length=62)
    exchange: str | None = Field(default=None, max_length=32)
    quantity: float = Field(description="Signed quantity change (0 for a stop move)")
    price: float | None = None
    fee: float = 0.0
    realised_pnl: float = 0.0
    quantity_after: float
    average_price_after: float
    stop_loss: float | None = None
    take_profit: float | None = None
    leverage: float = 1.0
    fill_id: str | None = Field(default=None, max_length=64)
    meta: dict[str, Any] | None = Field(default=None, sa_column=Column("metadata", JSON))


class PortfolioPosition(SQLModel, table=True):
    __tablename__ = "portfolio_positions"
    __table_args__ = (UniqueConstraint("account_id", "symbol"),)

    id: int | None = Field(default=None, primary_key=True)
    account_id: int = Field(
        sa_column=Column(Integer, ForeignKey("portfolio_accounts.id"), nullable=False)
    )
    user_id: int = Field(index=True)
    symbol: str = Field(max_length=62)
    exchange: str | None = Field(default=None, max_length=32)
    origin: str = Field(max_length=16, description="fills or recorded")
    quantity: float
    average_price: float
    realised_pnl: float = 0.0
    fees: float = 0.0
    leverage: float = 1.0
    stop_loss: float | None = None
    take_profit: float | None = None
    opened_at: datetime = Field(sa_type=UTCDateTime)
    updated_at: datetime = Field(sa_type=UTCDateTime)
