"""AutoML persistence: who owns which study, named deployments, the Optuna storage, and the
candles a study runs on. Optuna calls are blocking: async callers run them in threads."""

from __future__ import annotations

import asyncio
import threading
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError
from sqlalchemy import delete, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from app.core import policy
from app.core.db import utcnow
from app.core.errors import Conflict, FieldError, NotFound, PolicyViolation, ValidationFailed
from app.core.jobs import FINISHED, Job, JobRunner
from app.modules.automl.deployments import Deployment, DeploymentMember, DeploymentStatus
from app.modules.automl.errors import InvalidAutoMLInput, StudyNotFound
from app.modules.automl.models import AutoMLDeployment, AutoMLStudy
from app.modules.automl.schemas import (
    BacktestSettings,
    CandleWindow,
    DeploymentOut,
    JobState,
    OptimizeRequest,
    StudyOut,
)
from app.modules.backtest.public import BacktestSpec, list_strategies
from app.modules.database.public import CandleOut, load_candles

if TYPE_CHECKING:
    from optuna.storages import BaseStorage

JOB_KIND = "automl.optimize"
DEPLOY_JOB_KIND = "automl.deploy"
MIN_BARS = 3
_STORAGES: dict[str, BaseStorage] = {}
_STORAGE_LOCK = threading.Lock()


# ---------------------------------------------------------------- Optuna storage


def storage_for(database_url: str) -> BaseStorage:
    """One Optuna storage per database and process (blocking on first use: run in a thread)."""
    from app.modules.automl.storage import create_storage

    with _STORAGE_LOCK:
        storage = _STORAGES.get(database_url)
        if storage is None:
            storage = create_storage(database_url)
            _STORAGES[database_url] = storage
        return storage


async def storage(database_url: str) -> BaseStorage:
    return await asyncio.to_thread(storage_for, database_url)


def close_storage(database_url: str) -> None:
    with _STORAGE_LOCK:
        storage = _STORAGES.pop(database_url, None)
    engine = getattr(storage, "engine", None)
    if engine is not None:
        engine.dispose()


# ---------------------------------------------------------------- candles


@dataclass(frozen=True, slots=True)
class Bar:
    """A candle with ``ts`` in epoch milliseconds (what the signal-model features expect)."""

    ts: int
    open: float
    high: float
    low: float
    close: float
    volume: float


def to_bars(rows: list[CandleOut]) -> list[Bar]:
    return [
        Bar(int(row.ts.timestamp() * 1000), row.open, row.high, row.low, row.close, row.volume)
        for row in rows
    ]


def _inclusive(end: datetime | None) -> datetime | None:
    return None if end is None else end + timedelta(microseconds=1)


async def load_window(
    session: AsyncSession, window: CandleWindow, *, limit: int = 1_000_000
) -> list[CandleOut]:
    """The window's stored candles; 404 naming the series when there are fewer than three."""
    rows = await load_candles(
        session,
        window.exchange,
        window.symbol,
        window.timeframe,
        window.start,
        _inclusive(window.end),
        limit=limit,
    )
    if len(rows) < min(MIN_BARS, limit):
        message = (
            f"no {window.exchange} {window.symbol} {window.timeframe} candles stored in the "
            "requested window; import them with POST /api/v1/candles/import"
        )
        raise NotFound(
            message,
            errors=[FieldError(field="body.data", message=message, type="no_candles")],
            symbol=window.symbol,
        )
    return rows


# ---------------------------------------------------------------- checks before queueing


def check_backtest_policy(settings: BacktestSettings | None) -> BacktestSettings:
    """White-hat rules for the backtests of a strategy study: a stop-loss, leverage ≤ cap."""
    if settings is None or settings.stop_loss is None:
        detail = (
            "a strategy study backtests with a stop-loss (white-hat rule "
            f"{policy.RULE_STOP_LOSS}): set backtest.stop_loss to fixed_pct, atr or trailing"
        )
        raise PolicyViolation(
            policy.RULE_STOP_LOSS,
            detail,
            errors=[FieldError(field="body.backtest.stop_loss", message=detail, type="policy")],
        )
    try:
        policy.check_leverage(settings.leverage, field="backtest.leverage")
    except PolicyViolation as exc:
        detail = exc.detail or exc.title
        raise PolicyViolation(
            str(exc.extra["rule"]),
            detail,
            errors=[FieldError(field="body.backtest.leverage", message=detail, type="policy")],
        ) from None
    return settings


def base_spec(strategy: str, window: CandleWindow, settings: BacktestSettings) -> BacktestSpec:
    """The backtest every trial runs, with the trial's parameters swapped in."""
    try:
        return BacktestSpec(
            strategy=strategy,
            symbols=[window.symbol],
            timeframe=window.timeframe,
            start=window.start,
            end=window.end,
            **settings.model_dump(),
        )
    except ValidationError as exc:
        errors = [
            FieldError(
                field="body.backtest." + ".".join(str(p) for p in e["loc"]),
                message=e["msg"],
                type=e["type"],
            )
            for e in exc.errors()
        ]
        raise ValidationFailed("; ".join(e.message for e in errors), errors=errors) from None


def check_strategy_names(request: OptimizeRequest) -> None:
    """Every searched or fixed parameter must belong to the strategy (422 naming it)."""
    target = request.strategy
    assert target is not None  # StudySpec checks it
    info = next((s for s in list_strategies() if s.name == target.strategy), None)
    if info is None:
        known = ", ".join(s.name for s in list_strategies() if s.optimisable)
        message = f"unknown strategy {target.strategy!r}; tunable strategies: {known}"
        raise InvalidAutoMLInput(
            message,
            errors=[FieldError(field="body.strategy.strategy", message=message, type="strategy")],
        )
    names = {p.name for p in info.params}
    searched = [p.name for p in target.params]
    for location, given in (("params", searched), ("fixed_params", list(target.fixed_params))):
        for name in given:
            if name not in names:
                message = (
                    f"strategy {target.strategy!r} has no parameter {name!r}; "
                    f"expected {', '.join(sorted(names)) or 'none'}"
                )
                raise InvalidAutoMLInput(
                    message,
                    errors=[
                        FieldError(
                            field=f"body.strategy.{location}.{name}", message=message, type="param"
                        )
                    ],
                    param=name,
                )


# ---------------------------------------------------------------- studies


async def record_study(
    session: AsyncSession,
    jobs: JobRunner,
    *,
    study_id: str,
    owner_id: int,
    request: OptimizeRequest,
    spec: dict[str, Any],
) -> tuple[AutoMLStudy, Job]:
    study = AutoMLStudy(
        id=study_id,
        owner_id=owner_id,
        target=request.target,
        spec=spec,
        data=request.data.model_dump(mode="json"),
        backtest=request.backtest.model_dump(mode="json") if request.backtest else None,
        n_trials=request.n_trials,
        timeout_seconds=request.timeout_seconds,
    )
    session.add(study)
    await session.commit()
    try:
        job = await jobs.submit(JOB_KIND, {"study_id": study_id}, owner_id)
    except Exception:
        await session.execute(delete(AutoMLStudy).where(AutoMLStudy.id == study_id))  # type: ignore[arg-type]
        await session.commit()
        raise
    await session.execute(
        update(AutoMLStudy).where(AutoMLStudy.id == study_id).values(job_id=job.id)  # type: ignore[arg-type]
    )
    await session.commit()
    return study, job


def new_study_id() -> str:
    return f"automl-{uuid.uuid4().hex[:16]}"


async def get_study(session: AsyncSession, owner_id: int, study_id: str) -> AutoMLStudy:
    study = await session.scalar(
        select(AutoMLStudy).where(AutoMLStudy.id == study_id, AutoMLStudy.owner_id == owner_id)  # type: ignore[arg-type]
    )
    if study is None:
        raise StudyNotFound(f"study {study_id} not found")
    return study


async def list_studies(
    session: AsyncSession, owner_id: int, *, limit: int, offset: int
) -> list[StudyOut]:
    rows = await session.scalars(
        select(AutoMLStudy)
        .where(AutoMLStudy.owner_id == owner_id)  # type: ignore[arg-type]
        .order_by(AutoMLStudy.created_at.desc(), AutoMLStudy.id.desc())  # type: ignore[attr-defined]
        .limit(limit)
        .offset(offset)
    )
    return [study_out(row) for row in rows]


def study_out(study: AutoMLStudy) -> StudyOut:
    return StudyOut(
        study_id=study.id,
        target=study.target,  # type: ignore[arg-type]
        objectives=list(study.spec.get("objectives", [])),
        n_trials=study.n_trials,
        timeout_seconds=study.timeout_seconds,
        data=study.data,
        job_id=study.job_id,
        created_at=study.created_at,
    )


async def job_state(session: AsyncSession, job_id: str | None) -> JobState | None:
    if job_id is None:
        return None
    job = await session.get(Job, job_id)
    if job is None:
        return None
    return JobState(
        id=job.id,
        status=job.status,
        progress=job.progress,
        message=job.message,
        error=job.error,
        result=job.result,
    )


# ---------------------------------------------------------------- deployments


def to_deployment(row: AutoMLDeployment) -> Deployment:
    return Deployment(
        name=row.name,
        study_id=row.study_id,
        target=row.target,  # type: ignore[arg-type]
        objectives=row.objectives,
        members=[DeploymentMember.model_validate(m) for m in row.members],
        created_at=row.created_at,
        status=row.status,  # type: ignore[arg-type]
        retired_at=row.retired_at,
        artifact=row.artifact,
        job_id=row.job_id,
        error=row.error,
    )


def deployment_out(deployment: Deployment, job: Job | None = None) -> DeploymentOut:
    """The response shape; ``job`` (the training job) adds its progress while training."""
    training = deployment.status == "training" and job is not None
    return DeploymentOut(
        name=deployment.name,
        study_id=deployment.study_id,
        target=deployment.target,
        objectives=deployment.objectives,
        members=deployment.members,
        trial_numbers=deployment.trial_numbers,
        is_ensemble=deployment.is_ensemble,
        status=deployment.status,
        created_at=deployment.created_at,
        retired_at=deployment.retired_at,
        artifact_bytes=len(deployment.artifact) if deployment.artifact is not None else None,
        job_id=deployment.job_id,
        progress=job.progress if training and job is not None else None,
        error=deployment.error,
    )


async def get_deployment(session: AsyncSession, name: str) -> Deployment | None:
    """The deployment called ``name`` (any status), whoever owns it (see ``public``). Read-only:
    the caller's session is never committed here."""
    row = await session.scalar(select(AutoMLDeployment).where(AutoMLDeployment.name == name))  # type: ignore[arg-type]
    return None if row is None else to_deployment(row)


async def list_deployments(
    session: AsyncSession, *, status: DeploymentStatus | None = "active"
) -> list[Deployment]:
    """Every deployment, newest first; ``status=None`` lists every status (see ``public``)."""
    query = select(AutoMLDeployment)
    if status is not None:
        query = query.where(AutoMLDeployment.status == status)  # type: ignore[arg-type]
    query = query.order_by(AutoMLDeployment.created_at.desc(), AutoMLDeployment.id.desc())  # type: ignore[attr-defined,union-attr]
    return [to_deployment(row) for row in await session.scalars(query)]


async def owned_deployment(session: AsyncSession, owner_id: int, name: str) -> AutoMLDeployment:
    row = await session.scalar(
        select(AutoMLDeployment).where(
            AutoMLDeployment.name == name,  # type: ignore[arg-type]
            AutoMLDeployment.owner_id == owner_id,  # type: ignore[arg-type]
        )
    )
    if row is None:
        raise NotFound(f"deployment {name!r} not found")
    return row


async def deployment_view(session: AsyncSession, owner_id: int, name: str) -> DeploymentOut:
    """One of the caller's deployments, with its training job's progress."""
    row = await owned_deployment(session, owner_id, name)
    jobs = await settle_training(session, [row])
    return deployment_out(to_deployment(row), jobs.get(row.job_id or ""))


async def caller_deployments(
    session: AsyncSession,
    owner_id: int,
    *,
    status: DeploymentStatus | None,
    limit: int,
    offset: int,
) -> list[DeploymentOut]:
    query = select(AutoMLDeployment).where(AutoMLDeployment.owner_id == owner_id)  # type: ignore[arg-type]
    if status is not None:
        query = query.where(AutoMLDeployment.status == status)  # type: ignore[arg-type]
    query = (
        query.order_by(AutoMLDeployment.created_at.desc(), AutoMLDeployment.id.desc())  # type: ignore[attr-defined,union-attr]
        .limit(limit)
        .offset(offset)
    )
    rows = list(await session.scalars(query))
    jobs = await settle_training(session, rows)
    return [deployment_out(to_deployment(row), jobs.get(row.job_id or "")) for row in rows]


async def name_is_free(session: AsyncSession, name: str) -> None:
    taken = await session.scalar(
        select(AutoMLDeployment.id).where(AutoMLDeployment.name == name)  # type: ignore[arg-type]
    )
    if taken is not None:
        raise Conflict(f"a deployment named {name!r} already exists; pick another name")


async def save_deployment(
    session: AsyncSession, owner_id: int, deployment: Deployment
) -> DeploymentOut:
    """Insert the deployment; the unique name turns a concurrent duplicate into a 409."""
    row = AutoMLDeployment(
        name=deployment.name,
        owner_id=owner_id,
        study_id=deployment.study_id,
        target=deployment.target,
        objectives=deployment.objectives,
        members=[m.model_dump(mode="json") for m in deployment.members],
        status=deployment.status,
        artifact=deployment.artifact,
        created_at=deployment.created_at,
    )
    session.add(row)
    try:
        await session.commit()
    except IntegrityError:
        await session.rollback()
        raise Conflict(f"a deployment named {deployment.name!r} already exists") from None
    return deployment_out(deployment)


# ---------------------------------------------------------------- training deployments


async def start_training(
    session: AsyncSession, jobs: JobRunner, owner_id: int, deployment: Deployment
) -> tuple[DeploymentOut, Job]:
    """Save a planned signal-model deployment as ``training`` (reserving its name), then queue
    the job that retrains it. If queueing fails the row goes, so the name is free again."""
    await save_deployment(session, owner_id, deployment)
    try:
        job = await jobs.submit(DEPLOY_JOB_KIND, {"name": deployment.name}, owner_id)
    except Exception:
        await session.execute(
            delete(AutoMLDeployment).where(AutoMLDeployment.name == deployment.name)  # type: ignore[arg-type]
        )
        await session.commit()
        raise
    await session.execute(
        update(AutoMLDeployment)
        .where(AutoMLDeployment.name == deployment.name)  # type: ignore[arg-type]
        .values(job_id=job.id)
    )
    await session.commit()
    return deployment_out(deployment.model_copy(update={"job_id": job.id}), job), job


async def training_deployment(session: AsyncSession, name: str, job_id: str) -> Deployment:
    """The deployment job ``job_id`` is to train (404 once retired, deleted or reassigned)."""
    row = await session.scalar(select(AutoMLDeployment).where(*_training(name, job_id)))
    if row is None:
        raise NotFound(f"deployment {name!r} is no longer waiting for training")
    return to_deployment(row)


async def finish_training(session: AsyncSession, job_id: str, trained: Deployment) -> bool:
    """Store the weights and reproduced metrics and activate; False if the deployment stopped
    waiting meanwhile (retired while training: it stays retired)."""
    result = await session.execute(
        update(AutoMLDeployment)
        .where(*_training(trained.name, job_id))
        .values(
            status="active",
            job_id=job_id,
            artifact=trained.artifact,
            members=[m.model_dump(mode="json") for m in trained.members],
            error=None,
        )
    )
    await session.commit()
    return bool(result.rowcount)  # type: ignore[attr-defined]


async def fail_training(session: AsyncSession, name: str, job_id: str, error: str) -> None:
    await session.execute(
        update(AutoMLDeployment)
        .where(*_training(name, job_id))
        .values(status="failed", job_id=job_id, error=error[:4000])
    )
    await session.commit()


def _training(name: str, job_id: str) -> tuple[Any, ...]:
    # Guards every read and write of the job: only this job's row, only while it is training.
    # The job can start before start_training has stored its id on the row, hence "or NULL"
    # (names are never reused, so a NULL job_id can only mean this job).
    return (
        AutoMLDeployment.name == name,
        or_(AutoMLDeployment.job_id == job_id, AutoMLDeployment.job_id.is_(None)),  # type: ignore[union-attr]
        AutoMLDeployment.status == "training",
    )


async def settle_training(session: AsyncSession, rows: list[AutoMLDeployment]) -> dict[str, Job]:
    """The training jobs of ``rows``, by id. A row still ``training`` whose job has ended
    (its process died, or it was cancelled before it started) is marked ``failed`` here: the
    job itself writes the outcome otherwise, always before the job is marked finished."""
    ids = [row.job_id for row in rows if row.status == "training" and row.job_id]
    if not ids:
        return {}
    found = await session.scalars(select(Job).where(Job.id.in_(ids)))  # type: ignore[attr-defined]
    jobs = {job.id: job for job in found}
    for row in rows:
        if row.status != "training" or not row.job_id:
            continue
        job = jobs.get(row.job_id)
        if job is None:
            error = "the training job no longer exists"
        elif job.status in FINISHED:
            error = job.error or f"the training job ended ({job.status}) without a result"
        else:
            continue
        await fail_training(session, row.name, row.job_id, error)
        await session.refresh(row)
    return jobs


async def retire_deployment(
    session: AsyncSession, jobs: JobRunner, owner_id: int, name: str
) -> DeploymentOut:
    """Retire one of the caller's deployments (retiring a retired one changes nothing).
    Retiring one that is still training cancels its job first."""
    from app.modules.automl.deployments import retire

    row = await owned_deployment(session, owner_id, name)
    if row.status == "training" and row.job_id:
        try:
            await jobs.cancel(row.job_id, owner_id)
            row.error = "retired before training finished"
        except (Conflict, NotFound):  # finished meanwhile, or expired: nothing left to stop
            pass
    retired = retire(to_deployment(row), now=utcnow())
    if row.status != retired.status:
        row.status, row.retired_at = retired.status, retired.retired_at
        session.add(row)
        await session.commit()
        await session.refresh(row)
    return deployment_out(to_deployment(row))
