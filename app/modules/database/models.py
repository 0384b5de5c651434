"""Tables of the database module. ``user_id`` is the auth module's id, stored without a foreign
key so the modules can live in separate databases later."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Column, Index, Integer
from sqlmodel import Field, SQLModel

from app.core.db import UTCDateTime
from app.core.timeutil import utcnow

# SQLite only auto-increments INTEGER PRIMARY KEY; PostgreSQL gets a BIGINT identity.
BigIntId = BigInteger().with_variant(Integer(), "sqlite")


class Signal(SQLModel, table=True):
    __tablename__ = "database_signals"
    __table_args__ = (Index("ix_database_signals_user_ts", "user_id", "ts", "id"),)

    id: int | None = Field(default=None, sa_column=Column(BigIntId, primary_key=True))
    # On PostgreSQL the table is range-partitioned by month on ``ts`` and its primary key is
    # (id, ts) (see migrations); ids come from one sequence, so ``id`` alone stays unique.
    ts: datetime = Field(sa_type=UTCDateTime)
    user_id: int = Field(index=False)
    symbol: str = Field(max_length=40)
    side: str = Field(max_length=4)
    price: float
    confidence: float
    stop_loss: float | None = None
    take_profit: float | None = None
    leverage: float = 1.0
    timeframe: str | None = Field(default=None, max_length=8)
    strategy: str | None = Field(default=None, max_length=100)
    bot_id: str | None = Field(default=None, max_length=100)
    meta: dict[str, Any] | None = Field(default=None, sa_column=Column("metadata", JSON))
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Trade(SQLModel, table=True):
    """A closed trade reported for performance tracking."""

    __tablename__ = "database_trades"
    __table_args__ = (Index("ix_database_trades_user_exit", "user_id", "exit_time"),)

    id: int | None = Field(default=None, primary_key=True)
    user_id: int
    bot_id: str | None = Field(default=None, max_length=100, index=True)
    symbol: str = Field(max_length=40)
    side: str = Field(max_length=4)
    entry_price: float
    exit_price: float
    quantity: float
    entry_time: datetime = Field(sa_type=UTCDateTime)
    exit_time: datetime = Field(sa_type=UTCDateTime)
    fees: float = 0.0
    pnl: float
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class UserSettings(SQLModel, table=True):
    __tablename__ = "database_user_settings"

    user_id: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    data: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Candle(SQLModel, table=True):
    """The shared OHLCV store, written only by exchange downloads and admins; on PostgreSQL
    list-partitioned by timeframe, then by month on ``ts``."""

    __tablename__ = "database_candles"

    exchange: str = Field(primary_key=True, max_length=32)
    symbol: str = Field(primary_key=True, max_length=40)
    timeframe: str = Field(primary_key=True, max_length=8)
    ts: datetime = Field(primary_key=True, sa_type=UTCDateTime)
    open: float
    high: float
    low: float
    close: float
    volume: float


class UserCandle(SQLModel, table=True):
    """A user's own uploaded bars: read by that user over the shared store (theirs win)."""

    __tablename__ = "database_user_candles"

    owner_id: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    exchange: str = Field(primary_key=True, max_length=32)
    symbol: str = Field(primary_key=True, max_length=40)
    timeframe: str = Field(primary_key=True, max_length=8)
    ts: datetime = Field(primary_key=True, sa_type=UTCDateTime)
    open: float
    high: float
    low: float
    close: float
    volume: float


class AuditEvent(SQLModel, table=True):
    """Append-only: who saved, changed or deleted what, and when."""

    __tablename__ = "database_audit"

    id: int | None = Field(default=None, sa_column=Column(BigIntId, primary_key=True))
    at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, index=True)
    user_id: int | None = Field(default=None, index=True)
    action: str = Field(max_length=32)
    entity: str = Field(max_length=64)
    entity_ids: list[Any] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    details: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
