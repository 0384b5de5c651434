"""Tables of the AutoML module. Optuna's own tables live apart (schema ``optuna`` on PostgreSQL, a
sibling SQLite file otherwise, see ``storage``); these record who owns which study and the
deployments promoted from them. User and job ids are stored without foreign keys."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column, Index, LargeBinary, Text
from sqlmodel import Field, SQLModel

from app.core.db import UTCDateTime
from app.core.timeutil import utcnow


class AutoMLStudy(SQLModel, table=True):
    """A study's owner and what it was asked to do (the Optuna study name is ``id``)."""

    __tablename__ = "automl_studies"
    __table_args__ = (Index("ix_automl_studies_owner_created", "owner_id", "created_at"),)

    id: str = Field(primary_key=True, max_length=64)
    owner_id: int
    target: str = Field(max_length=16)
    spec: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    data: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    backtest: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    n_trials: int
    timeout_seconds: float | None = None
    job_id: str | None = Field(default=None, max_length=32, index=True)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class AutoMLDeployment(SQLModel, table=True):
    """A named deployment: one trial or an ensemble, with the signal model's weights blob.

    A signal model is saved in status ``training`` with the ``job_id`` that retrains it, then
    becomes ``active`` (weights stored) or ``failed`` (``error`` says why)."""

    __tablename__ = "automl_deployments"
    __table_args__ = (
        Index("ix_automl_deployments_owner_created", "owner_id", "created_at"),
        Index("ux_automl_deployments_owner_name", "owner_id", "name", unique=True),
    )

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=64, index=True, description="Unique per owner, not globally")
    owner_id: int
    study_id: str = Field(max_length=64, index=True)
    target: str = Field(max_length=16)
    objectives: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    members: list[dict[str, Any]] = Field(
        default_factory=list, sa_column=Column(JSON, nullable=False)
    )
    status: str = Field(default="active", max_length=16, index=True)
    artifact: bytes | None = Field(default=None, sa_column=Column(LargeBinary))
    job_id: str | None = Field(default=None, max_length=32, index=True)
    error: str | None = Field(default=None, sa_column=Column(Text))
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    retired_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class AutoMLModelVersion(SQLModel, table=True):
    """One version of a signal-model deployment's artifact: the first training, then one per
    online update (promoted or not). ``current`` marks the version the deployment predicts
    with; its artifact is the deployment's."""

    __tablename__ = "automl_model_versions"
    __table_args__ = (
        Index(
            "ux_automl_model_versions_deployment_version", "deployment_id", "version", unique=True
        ),
        Index("ix_automl_model_versions_owner_created", "owner_id", "created_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    deployment_id: int = Field(index=True, description="automl_deployments.id (same module)")
    owner_id: int
    version: int
    kind: str = Field(max_length=16, description="initial, incremental or refit")
    status: str = Field(max_length=16, description="promoted, rejected or rolled_back")
    current: bool = False
    artifact: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    sha256: str = Field(max_length=64)
    metrics: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    previous_metrics: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    drift: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    data_window: dict[str, Any] = Field(
        default_factory=dict, sa_column=Column(JSON, nullable=False)
    )
    job_id: str | None = Field(default=None, max_length=32)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
