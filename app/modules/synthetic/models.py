"""The synthetic module's model registry: one row per trained model bundle.

The bundle's file lives under ``APP_MODEL_DIR/synthetic/``; the row carries what the
architecture asks of every registry row (module, kind, version, parameters, data range,
metrics, sha256, owner) plus the training job and its history. Owner and job ids are stored
without foreign keys (another module's tables).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column, Index, Text
from sqlmodel import Field, SQLModel

from app.core.db import UTCDateTime
from app.core.timeutil import utcnow


class SynModel(SQLModel, table=True):
    __tablename__ = "synthetic_models"
    __table_args__ = (
        Index("ix_synthetic_models_owner_created", "owner_id", "created_at"),
        Index("ux_synthetic_models_owner_name_version", "owner_id", "name", "version", unique=True),
    )

    id: str = Field(primary_key=True, max_length=32)
    owner_id: int
    module: str = Field(default="synthetic", max_length=32)
    kind: str = Field(default="timegan", max_length=32)
    name: str = Field(max_length=64)
    version: int = 1
    status: str = Field(default="training", max_length=16, index=True)
    published: bool = Field(default=False, index=True)
    params: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    data: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    metrics: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    history: list[dict[str, Any]] | None = Field(default=None, sa_column=Column(JSON))
    meta: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    sha256: str | None = Field(default=None, max_length=64)
    path: str | None = Field(default=None, max_length=500)
    size_bytes: int | None = None
    job_id: str | None = Field(default=None, max_length=32, index=True)
    error: str | None = Field(default=None, sa_column=Column(Text))
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    finished_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
