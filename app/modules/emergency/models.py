"""Tables of the emergency module. ``user_id`` is the auth module's id (no cross-module FK).

``emergency_watches``: the markets a user has the live monitor watch, with the action a
detection takes. ``emergency_alerts``: every detection, per user (``user_id`` null for a system
watch); ``dedupe_key`` is unique so that two processes watching the same market record (and
notify) one alert. ``emergency_targets``: where a user's alerts are sent (the webhook secret is
write-only: never returned by the API). ``emergency_event_rules`` / ``emergency_event_actions``:
what other modules' alerts (news, on-chain) do for a user, and what they did.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from app.core.db import UTCDateTime
from app.core.timeutil import utcnow


class EmergencyWatch(SQLModel, table=True):
    __tablename__ = "emergency_watches"
    __table_args__ = (UniqueConstraint("user_id", "exchange", "symbol", "timeframe"),)

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(index=True)
    exchange: str = Field(max_length=32)
    symbol: str = Field(max_length=62)
    timeframe: str = Field(max_length=8)
    action: str = Field(max_length=16, description="alert, halt, halt_close or halt_hedge")
    params: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class EmergencyAlert(SQLModel, table=True):
    __tablename__ = "emergency_alerts"
    __table_args__ = (Index("ix_emergency_alerts_user_created", "user_id", "created_at", "id"),)

    id: int | None = Field(default=None, primary_key=True)
    user_id: int | None = Field(default=None)
    watch_id: int | None = None
    dedupe_key: str = Field(max_length=200, unique=True)
    exchange: str = Field(max_length=32)
    symbol: str = Field(max_length=62)
    timeframe: str = Field(max_length=8)
    source: str = Field(max_length=16, description="live, replay, synthetic or db")
    detected_at: datetime = Field(sa_type=UTCDateTime)
    onset: datetime = Field(sa_type=UTCDateTime)
    peak: float
    price: float
    trough: float
    trough_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    depth: float
    ended_at: datetime | None = Field(
        default=None, sa_type=UTCDateTime, description="Set when the episode ends"
    )
    rules: list[str] = Field(sa_column=Column(JSON, nullable=False))
    action: str = Field(max_length=16)
    halt_id: int | None = None
    outcome: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class EmergencyTarget(SQLModel, table=True):
    __tablename__ = "emergency_targets"

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(index=True)
    channel: str = Field(max_length=16)
    chat_id: str | None = Field(default=None, max_length=64)
    url: str | None = Field(default=None, max_length=2000)
    secret: str | None = Field(default=None, sa_column=Column(Text))
    email: str | None = Field(default=None, max_length=320)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class EmergencyEventRule(SQLModel, table=True):
    """What an alert of another module (news, on-chain) does for this user."""

    __tablename__ = "emergency_event_rules"

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(index=True)
    source: str = Field(max_length=16, description="news or onchain")
    action: str = Field(max_length=16, description="alert, halt, halt_close or halt_hedge")
    assets: list[str] | None = Field(
        default=None, sa_column=Column(JSON), description="Base assets; null: any"
    )
    min_severity: str = Field(max_length=16, description="onchain: warning or critical")
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class EmergencyEventAction(SQLModel, table=True):
    """What a rule did on one alert; ``dedupe_key`` (rule and alert) is unique so that of the
    processes that all receive a bus message, one acts."""

    __tablename__ = "emergency_event_actions"
    __table_args__ = (
        Index("ix_emergency_event_actions_user_created", "user_id", "created_at", "id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    user_id: int
    rule_id: int
    dedupe_key: str = Field(max_length=200, unique=True)
    source: str = Field(max_length=16)
    event: str = Field(max_length=64)
    asset: str | None = Field(default=None, max_length=32)
    action: str = Field(max_length=16)
    title: str = Field(max_length=500)
    alert: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    outcome: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
