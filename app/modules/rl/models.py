"""The RL module's table: the model registry (``rl_models``).

One row per model file under ``APP_MODEL_DIR/rl/<owner>/``: module, kind (dqn, ppo, a2c or
ensemble), name and version (unique per owner), parameters (environment and learner specs),
data range, metrics, the file's sha256 and its owner. A model is its owner's (404 to anyone
else) unless an admin publishes it. No foreign keys: owner and job ids are stored as values.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column, Index, Text
from sqlmodel import Field, SQLModel

from app.core.db import UTCDateTime
from app.core.timeutil import utcnow


class RLModel(SQLModel, table=True):
    __tablename__ = "rl_models"
    __table_args__ = (
        Index("ix_rl_models_owner_created", "owner_id", "created_at"),
        Index("ux_rl_models_owner_name_version", "owner_id", "name", "version", unique=True),
    )

    id: str = Field(primary_key=True, max_length=32)
    owner_id: int = Field(index=True)
    module: str = Field(default="rl", max_length=16)
    kind: str = Field(max_length=16, description="dqn | ppo | a2c | ensemble")
    name: str = Field(max_length=64)
    version: int = 1
    status: str = Field(default="training", max_length=16, index=True)
    source: str = Field(default="trained", max_length=16, description="trained|uploaded|ensemble")
    params: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    data: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    metrics: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    sha256: str | None = Field(default=None, max_length=64)
    path: str | None = Field(default=None, max_length=300, description="Under APP_MODEL_DIR")
    size_bytes: int | None = None
    published: bool = Field(default=False, index=True)
    job_id: str | None = Field(default=None, max_length=32, index=True)
    error: str | None = Field(default=None, sa_column=Column(Text))
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
