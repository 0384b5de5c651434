"""Tables of the backtest module. ``owner_id`` is the auth module's user id and ``job_id`` the
core job's id, both stored without foreign keys so the module can live in its own database."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column, Index, Text
from sqlmodel import Field, SQLModel

from app.core.db import UTCDateTime
from app.core.timeutil import utcnow


class BacktestRun(SQLModel, table=True):
    """One backtest, optimisation, walk-forward or Monte Carlo run: its request, its state and,
    once finished, its result (kept here so results outlive the core job's retention)."""

    __tablename__ = "backtest_runs"
    __table_args__ = (Index("ix_backtest_runs_owner_created", "owner_id", "created_at", "id"),)

    id: str = Field(primary_key=True, max_length=32)
    owner_id: int
    kind: str = Field(max_length=16)
    status: str = Field(default="queued", max_length=16)
    job_id: str | None = Field(default=None, max_length=32, index=True)
    parent_id: str | None = Field(default=None, max_length=32, index=True)
    strategy: str | None = Field(default=None, max_length=64)
    symbols: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    timeframe: str | None = Field(default=None, max_length=8)
    exchange: str | None = Field(default=None, max_length=32)
    spec: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    summary: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    result: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    error: str | None = Field(default=None, sa_column=Column(Text))
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    finished_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
