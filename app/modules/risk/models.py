"""Tables of the risk module: drawdown-protection rules and trips (state survives restarts)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column, Index
from sqlmodel import Field, SQLModel

from app.core.db import UTCDateTime
from app.core.timeutil import utcnow


class RiskProtectionRules(SQLModel, table=True):
    __tablename__ = "risk_protection_rules"

    user_id: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    rules: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class RiskProtectionTrip(SQLModel, table=True):
    __tablename__ = "risk_protection_trips"
    __table_args__ = (Index("ix_risk_protection_trips_user_until", "user_id", "until"),)

    id: int | None = Field(default=None, primary_key=True)
    user_id: int
    rule: str = Field(max_length=40)
    detail: str = Field(max_length=400)
    value: float
    limit: float
    reduce_positions: bool = False
    tripped_at: datetime = Field(sa_type=UTCDateTime)
    until: datetime = Field(sa_type=UTCDateTime)
