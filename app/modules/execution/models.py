"""Tables of the execution module. ``user_id`` is the auth module's id (no cross-module FK).

``exec_orders`` holds every order (manual, algorithmic child, hedge, liquidation) with its
state; ``exec_fills`` every execution of one, recorded once (the portfolio ledger receives each
fill under the id ``exec-<fill id>``, so a retry never applies a fill twice). ``exec_algos`` is
the persistent state of a TWAP/VWAP/iceberg run (what a restart resumes from), and
``exec_credentials`` the users' exchange API keys, encrypted at rest.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column, ForeignKey, Index, Integer, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from app.core.db import UTCDateTime
from app.core.timeutil import utcnow


class ExecOrder(SQLModel, table=True):
    __tablename__ = "exec_orders"
    __table_args__ = (
        UniqueConstraint("user_id", "client_order_id"),
        Index("ix_exec_orders_user_created", "user_id", "created_at", "id"),
        Index("ix_exec_orders_status_symbol", "status", "exchange", "symbol"),
    )

    id: int | None = Field(default=None, primary_key=True)
    user_id: int
    client_order_id: str | None = Field(default=None, max_length=64)
    account: str = Field(max_length=32)
    broker: str = Field(default="paper", max_length=8)
    exchange: str = Field(max_length=32)
    symbol: str = Field(max_length=62)
    side: str = Field(max_length=4)
    type: str = Field(max_length=8)
    time_in_force: str = Field(max_length=4)
    origin: str = Field(max_length=16)
    status: str = Field(max_length=20)
    quantity: float
    filled_quantity: float = 0.0
    price: float | None = None
    average_price: float | None = None
    arrival_price: float | None = None
    fees: float = 0.0
    leverage: float = 1.0
    stop_loss: float | None = None
    stop_loss_pct: float | None = None
    take_profit: float | None = None
    take_profit_pct: float | None = None
    queue_ahead: float = Field(default=0.0, description="Displayed size ahead of a resting order")
    reason: str | None = Field(default=None, max_length=400)
    parent_id: str | None = Field(default=None, max_length=32, index=True)
    external_id: str | None = Field(default=None, max_length=64)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class ExecFill(SQLModel, table=True):
    __tablename__ = "exec_fills"

    id: int | None = Field(default=None, primary_key=True)
    order_id: int = Field(
        sa_column=Column(Integer, ForeignKey("exec_orders.id"), nullable=False, index=True)
    )
    user_id: int
    ts: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    price: float
    quantity: float
    fee: float = 0.0
    liquidity: str = Field(max_length=8)


class ExecAlgo(SQLModel, table=True):
    __tablename__ = "exec_algos"
    __table_args__ = (Index("ix_exec_algos_user_created", "user_id", "created_at", "id"),)

    id: str = Field(primary_key=True, max_length=32)
    user_id: int
    kind: str = Field(max_length=8, description="twap, vwap or iceberg")
    status: str = Field(max_length=16, description="running, paused, succeeded, failed, ...")
    job_id: str | None = Field(default=None, max_length=32)
    params: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    state: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    report: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    error: str | None = Field(default=None, sa_column=Column(Text))
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class ExecCredential(SQLModel, table=True):
    __tablename__ = "exec_credentials"
    __table_args__ = (UniqueConstraint("user_id", "exchange"),)

    id: int | None = Field(default=None, primary_key=True)
    user_id: int
    exchange: str = Field(max_length=32)
    api_key_hint: str = Field(max_length=16, description="Last characters of the key")
    secret: str = Field(sa_column=Column(Text, nullable=False), description="Encrypted JSON")
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
