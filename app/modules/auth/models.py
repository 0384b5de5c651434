"""Auth tables: users, API keys and refresh-token families."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Column, Index
from sqlmodel import Field, SQLModel

from app.core.db import UTCDateTime
from app.core.timeutil import utcnow


class User(SQLModel, table=True):
    __tablename__ = "auth_users"

    id: int | None = Field(default=None, primary_key=True)
    email: str = Field(max_length=320, unique=True, index=True)
    password_hash: str = Field(max_length=255)
    roles: list[str] = Field(
        default_factory=lambda: ["user"], sa_column=Column(JSON, nullable=False)
    )
    is_active: bool = True
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    last_login_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class ApiKey(SQLModel, table=True):
    __tablename__ = "auth_api_keys"

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="auth_users.id", index=True, ondelete="CASCADE")
    name: str = Field(max_length=100)
    prefix: str = Field(max_length=16)
    key_hash: str = Field(max_length=64, unique=True, index=True)
    scopes: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    expires_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    revoked_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    last_used_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class RefreshToken(SQLModel, table=True):
    """One row per issued refresh token; a family is one login's chain of rotations."""

    __tablename__ = "auth_refresh_tokens"

    jti: str = Field(primary_key=True, max_length=32)
    family: str = Field(index=True, max_length=32)
    user_id: int = Field(foreign_key="auth_users.id", index=True, ondelete="CASCADE")
    issued_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    expires_at: datetime = Field(sa_type=UTCDateTime)
    used_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    revoked_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class RevokedToken(SQLModel, table=True):
    """A revoked access token (``kind='jti'``) or token family (``kind='family'``). The row is
    useless once every token it covers has expired, and is deleted after ``expires_at``."""

    __tablename__ = "auth_revoked_tokens"

    token_id: str = Field(primary_key=True, max_length=32)
    kind: str = Field(max_length=8)
    user_id: int | None = Field(default=None, index=True)
    revoked_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    expires_at: datetime = Field(sa_type=UTCDateTime, index=True)


class LoginEvent(SQLModel, table=True):
    """Audit trail of password checks: who tried which account from where, and the outcome
    (``success``, ``failure``, ``disabled``, ``throttled``, ``locked``). Per-account login
    throttling reads it, so it counts failures for an email whatever address they come from."""

    __tablename__ = "auth_login_events"
    __table_args__ = (Index("ix_auth_login_events_email_at", "email", "at"),)

    id: int | None = Field(default=None, primary_key=True)
    email: str = Field(max_length=320)
    user_id: int | None = Field(default=None, index=True)
    outcome: str = Field(max_length=16)
    client: str = Field(max_length=64)
    at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, index=True)
