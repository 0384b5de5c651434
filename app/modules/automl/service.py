"""AutoML services: starting studies and deployments (everything that can fail is checked before
anything is queued), who owns which study, named deployments (names are per user), the Optuna
storage, and the candles a study runs on. Optuna calls are blocking: they run in threads.
Training never happens here: a signal-model deployment is retrained by a job."""

from __future__ import annotations

import asyncio
import threading
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError
from sqlalchemy import and_, delete, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from app.core import policy
from app.core.errors import Conflict, NotFound, PolicyViolation, ValidationFailed, field_error
from app.core.jobs import FINISHED, Job, JobRunner
from app.core.pagination import PageRequest, decode_cursor, decode_int_cursor, next_cursor_of
from app.core.timeutil import utcnow
from app.modules.automl.deployments import (
    Deployment,
    DeploymentMember,
    DeploymentStatus,
    Weighting,
)
from app.modules.automl.errors import InvalidAutoMLInput, StudyNotFound
from app.modules.automl.models import AutoMLDeployment, AutoMLModelVersion, AutoMLStudy
from app.modules.automl.schemas import (
    AutoMLBacktestSettings,
    AutoMLBestParamsOut,
    AutoMLCandleWindow,
    AutoMLDeploymentOut,
    AutoMLDeployRequest,
    AutoMLJobState,
    AutoMLModelVersionOut,
    AutoMLOptimizeRequest,
    AutoMLStudyAccepted,
    AutoMLStudyOut,
    AutoMLStudyStatusOut,
    AutoMLUpdateAccepted,
    AutoMLUpdateRequest,
)
from app.modules.automl.specs import SignalModelTarget, StudySpec
from app.modules.backtest.public import BacktestSpec, list_strategies
from app.modules.database.public import CandleOut, load_candles

if TYPE_CHECKING:
    from optuna.storages import BaseStorage

    from app.modules.automl.features import OHLCV

JOB_KIND = "automl.optimize"
DEPLOY_JOB_KIND = "automl.deploy"
UPDATE_JOB_KIND = "automl.update"
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
    return None if end is None else end + timedelta(milliseconds=1)  # ms: the store's resolution


async def load_window(
    session: AsyncSession, window: AutoMLCandleWindow, owner_id: int, *, limit: int = 1_000_000
) -> list[CandleOut]:
    """The window's candles as ``owner_id`` sees the store (shared bars with the owner's own
    uploads over them); 404 naming the series when there are fewer than three."""
    rows = await load_candles(
        session,
        window.exchange,
        window.symbol,
        window.timeframe,
        window.start,
        _inclusive(window.end),
        limit=limit,
        user_id=owner_id,
    )
    if len(rows) < min(MIN_BARS, limit):
        message = (
            f"no {window.exchange} {window.symbol} {window.timeframe} candles stored in the "
            "requested window; import them with POST /api/v1/candles/import"
        )
        raise NotFound(
            message,
            errors=[field_error("body.data", message, "no_candles")],
            symbol=window.symbol,
        )
    return rows


# ---------------------------------------------------------------- checks before queueing


def check_backtest_policy(settings: AutoMLBacktestSettings | None) -> AutoMLBacktestSettings:
    """White-hat rules for the backtests of a strategy study: a stop-loss, leverage ≤ cap."""
    if settings is None or settings.stop_loss is None:
        detail = (
            "a strategy study backtests with a stop-loss (white-hat rule "
            f"{policy.RULE_STOP_LOSS}): set backtest.stop_loss to fixed_pct, atr or trailing"
        )
        raise PolicyViolation(
            policy.RULE_STOP_LOSS,
            detail,
            errors=[field_error("body.backtest.stop_loss", detail, "policy")],
        )
    try:
        policy.check_leverage(settings.leverage, field="backtest.leverage")
    except PolicyViolation as exc:
        detail = exc.detail or exc.title
        raise PolicyViolation(
            str(exc.extra["rule"]),
            detail,
            errors=[field_error("body.backtest.leverage", detail, "policy")],
        ) from None
    return settings


def base_spec(
    strategy: str, window: AutoMLCandleWindow, settings: AutoMLBacktestSettings
) -> BacktestSpec:
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
            field_error("body.backtest." + ".".join(str(p) for p in e["loc"]), e["msg"], e["type"])
            for e in exc.errors()
        ]
        raise ValidationFailed("; ".join(e.message for e in errors), errors=errors) from None


def check_strategy_names(request: AutoMLOptimizeRequest) -> None:
    """Every searched or fixed parameter must belong to the strategy (422 naming it)."""
    target = request.strategy
    assert target is not None  # StudySpec checks it
    info = next((s for s in list_strategies() if s.name == target.strategy), None)
    if info is None:
        known = ", ".join(s.name for s in list_strategies() if s.optimisable)
        message = f"unknown strategy {target.strategy!r}; tunable strategies: {known}"
        raise InvalidAutoMLInput(
            message,
            errors=[field_error("body.strategy.strategy", message, "strategy")],
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
                    errors=[field_error(f"body.strategy.{location}.{name}", message, "param")],
                    param=name,
                )


# ---------------------------------------------------------------- studies


async def record_study(
    session: AsyncSession,
    jobs: JobRunner,
    *,
    study_id: str,
    owner_id: int,
    request: AutoMLOptimizeRequest,
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
        await session.execute(delete(AutoMLStudy).where(col(AutoMLStudy.id) == study_id))
        await session.commit()
        raise
    await session.execute(
        update(AutoMLStudy).where(col(AutoMLStudy.id) == study_id).values(job_id=job.id)
    )
    await session.commit()
    return study, job


def new_study_id() -> str:
    return f"automl-{uuid.uuid4().hex[:16]}"


async def get_study(session: AsyncSession, owner_id: int, study_id: str) -> AutoMLStudy:
    study = await session.scalar(
        select(AutoMLStudy).where(
            col(AutoMLStudy.id) == study_id, col(AutoMLStudy.owner_id) == owner_id
        )
    )
    if study is None:
        raise StudyNotFound(f"study {study_id} not found")
    return study


async def list_studies(
    session: AsyncSession, owner_id: int, page: PageRequest
) -> tuple[list[AutoMLStudyOut], str | None]:
    """The caller's studies, newest first, keyset-paginated on (created_at, id)."""
    query = select(AutoMLStudy).where(col(AutoMLStudy.owner_id) == owner_id)
    if page.cursor:
        moment, study_id = decode_cursor(page.cursor)
        query = query.where(
            or_(
                col(AutoMLStudy.created_at) < moment,
                and_(col(AutoMLStudy.created_at) == moment, col(AutoMLStudy.id) < study_id),
            )
        )
    query = query.order_by(col(AutoMLStudy.created_at).desc(), col(AutoMLStudy.id).desc())
    rows = list(await session.scalars(query.limit(page.limit + 1)))
    cursor = next_cursor_of(rows, page.limit, lambda row: (row.created_at, row.id))
    return [study_out(row) for row in rows[: page.limit]], cursor


def study_out(study: AutoMLStudy) -> AutoMLStudyOut:
    return AutoMLStudyOut(
        study_id=study.id,
        target=study.target,
        objectives=list(study.spec.get("objectives", [])),
        n_trials=study.n_trials,
        timeout_seconds=study.timeout_seconds,
        data=study.data,
        job_id=study.job_id,
        created_at=study.created_at,
    )


async def job_state(session: AsyncSession, job_id: str | None) -> AutoMLJobState | None:
    if job_id is None:
        return None
    job = await session.get(Job, job_id)
    if job is None:
        return None
    return AutoMLJobState(
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
        target=row.target,
        objectives=row.objectives,
        members=[DeploymentMember.model_validate(m) for m in row.members],
        created_at=row.created_at,
        status=row.status,
        retired_at=row.retired_at,
        artifact=row.artifact,
        job_id=row.job_id,
        error=row.error,
    )


def deployment_out(deployment: Deployment, job: Job | None = None) -> AutoMLDeploymentOut:
    """The response shape; ``job`` (the training job) adds its progress while training."""
    training = deployment.status == "training" and job is not None
    return AutoMLDeploymentOut(
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


async def get_deployment(session: AsyncSession, owner_id: int, name: str) -> Deployment | None:
    """``owner_id``'s deployment called ``name`` (any status; see ``public``). Read-only: the
    caller's session is never committed here."""
    row = await session.scalar(
        select(AutoMLDeployment).where(
            col(AutoMLDeployment.name) == name,
            col(AutoMLDeployment.owner_id) == owner_id,
        )
    )
    return None if row is None else to_deployment(row)


async def list_deployments(
    session: AsyncSession, *, status: DeploymentStatus | None = "active"
) -> list[Deployment]:
    """Every deployment, newest first; ``status=None`` lists every status (see ``public``)."""
    query = select(AutoMLDeployment)
    if status is not None:
        query = query.where(col(AutoMLDeployment.status) == status)
    query = query.order_by(col(AutoMLDeployment.created_at).desc(), col(AutoMLDeployment.id).desc())
    return [to_deployment(row) for row in await session.scalars(query)]


async def owned_deployment(session: AsyncSession, owner_id: int, name: str) -> AutoMLDeployment:
    row = await session.scalar(
        select(AutoMLDeployment).where(
            col(AutoMLDeployment.name) == name,
            col(AutoMLDeployment.owner_id) == owner_id,
        )
    )
    if row is None:
        raise NotFound(f"deployment {name!r} not found")
    return row


async def deployment_view(session: AsyncSession, owner_id: int, name: str) -> AutoMLDeploymentOut:
    """One of the caller's deployments, with its training job's progress."""
    row = await owned_deployment(session, owner_id, name)
    jobs = await settle_training(session, [row])
    return deployment_out(to_deployment(row), jobs.get(row.job_id or ""))


async def caller_deployments(
    session: AsyncSession,
    owner_id: int,
    *,
    status: DeploymentStatus | None,
    page: PageRequest,
) -> tuple[list[AutoMLDeploymentOut], str | None]:
    """The caller's deployments, newest first, keyset-paginated on (created_at, id)."""
    query = select(AutoMLDeployment).where(col(AutoMLDeployment.owner_id) == owner_id)
    if status is not None:
        query = query.where(col(AutoMLDeployment.status) == status)
    if page.cursor:
        moment, row_id = decode_int_cursor(page.cursor)
        query = query.where(
            or_(
                col(AutoMLDeployment.created_at) < moment,
                and_(col(AutoMLDeployment.created_at) == moment, col(AutoMLDeployment.id) < row_id),
            )
        )
    query = query.order_by(col(AutoMLDeployment.created_at).desc(), col(AutoMLDeployment.id).desc())
    rows = list(await session.scalars(query.limit(page.limit + 1)))
    cursor = next_cursor_of(rows, page.limit, lambda row: (row.created_at, row.id or 0))
    rows = rows[: page.limit]
    jobs = await settle_training(session, rows)
    items = [deployment_out(to_deployment(row), jobs.get(row.job_id or "")) for row in rows]
    return items, cursor


async def name_is_free(session: AsyncSession, owner_id: int, name: str) -> None:
    """Names are per user: only the caller's own deployments can make a name taken (so a 409
    never reveals another user's names)."""
    taken = await session.scalar(
        select(col(AutoMLDeployment.id)).where(
            col(AutoMLDeployment.name) == name,
            col(AutoMLDeployment.owner_id) == owner_id,
        )
    )
    if taken is not None:
        raise Conflict(f"you already have a deployment named {name!r}; pick another name")


async def save_deployment(
    session: AsyncSession, owner_id: int, deployment: Deployment
) -> AutoMLDeploymentOut:
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
        raise Conflict(f"you already have a deployment named {deployment.name!r}") from None
    return deployment_out(deployment)


# ---------------------------------------------------------------- training deployments


async def start_training(
    session: AsyncSession,
    jobs: JobRunner,
    owner_id: int,
    deployment: Deployment,
    *,
    model_dir: Path | None = None,
    weighting: Weighting = "fitted",
) -> tuple[AutoMLDeploymentOut, Job]:
    """Save a planned signal-model deployment as ``training`` (reserving its name), then queue
    the job that retrains it. If queueing fails the row goes, so the name is free again."""
    await save_deployment(session, owner_id, deployment)
    params: dict[str, Any] = {"name": deployment.name, "weighting": weighting}
    if model_dir is not None:
        params["model_dir"] = str(model_dir)
    try:
        job = await jobs.submit(DEPLOY_JOB_KIND, params, owner_id)
    except Exception:
        await session.execute(delete(AutoMLDeployment).where(*_named(owner_id, deployment.name)))
        await session.commit()
        raise
    await session.execute(
        update(AutoMLDeployment).where(*_named(owner_id, deployment.name)).values(job_id=job.id)
    )
    await session.commit()
    return deployment_out(deployment.model_copy(update={"job_id": job.id}), job), job


def _named(owner_id: int, name: str) -> tuple[Any, ...]:
    return (col(AutoMLDeployment.name) == name, col(AutoMLDeployment.owner_id) == owner_id)


async def training_deployment(
    session: AsyncSession, owner_id: int, name: str, job_id: str
) -> Deployment:
    """The deployment job ``job_id`` is to train (404 once retired, deleted or reassigned)."""
    row = await session.scalar(select(AutoMLDeployment).where(*_training(owner_id, name, job_id)))
    if row is None:
        raise NotFound(f"deployment {name!r} is no longer waiting for training")
    return to_deployment(row)


async def finish_training(
    session: AsyncSession, owner_id: int, job_id: str, trained: Deployment
) -> bool:
    """Store the weights and reproduced metrics and activate; False if the deployment stopped
    waiting meanwhile (retired while training: it stays retired)."""
    result = await session.execute(
        update(AutoMLDeployment)
        .where(*_training(owner_id, trained.name, job_id))
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


async def fail_training(
    session: AsyncSession, owner_id: int, name: str, job_id: str, error: str
) -> None:
    await session.execute(
        update(AutoMLDeployment)
        .where(*_training(owner_id, name, job_id))
        .values(status="failed", job_id=job_id, error=error[:4000])
    )
    await session.commit()


def _training(owner_id: int, name: str, job_id: str) -> tuple[Any, ...]:
    # Guards every read and write of the job: only this job's row, only while it is training.
    # The job can start before start_training has stored its id on the row, hence "or NULL"
    # (a user never reuses a name, so a NULL job_id can only mean this job).
    return (
        *_named(owner_id, name),
        or_(col(AutoMLDeployment.job_id) == job_id, col(AutoMLDeployment.job_id).is_(None)),
        col(AutoMLDeployment.status) == "training",
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
        await fail_training(session, row.owner_id, row.name, row.job_id, error)
        await session.refresh(row)
    return jobs


async def retire_deployment(
    session: AsyncSession, jobs: JobRunner, owner_id: int, name: str
) -> AutoMLDeploymentOut:
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


# ---------------------------------------------------------------- requests → studies, deployments


def _signal_candles(bars: list[Bar], cfg: SignalModelTarget) -> OHLCV:
    """The study's candles as arrays, after checking they make a training set."""
    from app.modules.automl.features import build_dataset, to_ohlcv

    try:
        ohlcv = to_ohlcv(bars)
        build_dataset(ohlcv, cfg)
    except ValueError as exc:
        raise InvalidAutoMLInput(
            f"these candles cannot train a signal model: {exc}",
            errors=[field_error("body.data", str(exc), "data")],
        ) from None
    return ohlcv


async def start_study(
    session: AsyncSession, jobs: JobRunner, database_url: str, owner_id: int,
    body: AutoMLOptimizeRequest,
) -> AutoMLStudyAccepted:  # fmt: skip
    """Check the request (names, rules, data), create the Optuna study and queue its job."""
    from app.modules.automl.config import automl_settings
    from app.modules.automl.search_spaces import strategy_param_schema
    from app.modules.automl.studies import create_study, delete_study, load_spec

    if automl_settings().backend == "ray":  # 503 now, not a failed job later
        from app.modules.automl.ray_backend import require_ray

        require_ray()
    spec: StudySpec = body.study_spec()
    candles: OHLCV | None = None
    if body.target == "strategy":
        assert spec.strategy is not None  # StudySpec checks it
        check_strategy_names(body)
        strategy_param_schema(spec.strategy.strategy, spec.strategy.params)
        backtest = check_backtest_policy(body.backtest)
        base_spec(spec.strategy.strategy, body.data, backtest)
        await load_window(session, body.data, owner_id, limit=MIN_BARS)
    else:
        if body.backtest is not None:
            message = "backtest settings apply to target 'strategy' only"
            raise InvalidAutoMLInput(
                message, errors=[field_error("body.backtest", message, "target")]
            )
        assert spec.signal_model is not None  # StudySpec fills it in
        cfg = spec.signal_model.model_copy(update={"data": body.data.model_dump(mode="json")})
        spec = spec.model_copy(update={"signal_model": cfg})
        bars = to_bars(await load_window(session, body.data, owner_id))
        candles = await asyncio.to_thread(_signal_candles, bars, cfg)
    optuna_storage = await storage(database_url)
    study_id = new_study_id()
    await asyncio.to_thread(create_study, optuna_storage, spec, study_id, candles=candles)
    try:
        stored = await asyncio.to_thread(load_spec, optuna_storage, study_id)
        _, job = await record_study(
            session, jobs, study_id=study_id, owner_id=owner_id, request=body,
            spec=stored.model_dump(mode="json"),
        )  # fmt: skip
    except BaseException:
        await asyncio.to_thread(delete_study, optuna_storage, study_id)
        raise
    return AutoMLStudyAccepted(study_id=study_id, job_id=job.id, status=job.status)


async def status_view(
    session: AsyncSession, database_url: str, owner_id: int, study_id: str
) -> AutoMLStudyStatusOut:
    """Trials so far, best value and elapsed time, with the job's state and final report."""
    from app.modules.automl.studies import RunReport, study_status

    study = await get_study(session, owner_id, study_id)
    optuna_storage = await storage(database_url)
    state = await asyncio.to_thread(study_status, optuna_storage, study_id)
    job = await job_state(session, study.job_id)
    report = None
    if job is not None and job.status == "succeeded" and job.result:
        report = RunReport.model_validate(job.result)
    return AutoMLStudyStatusOut(
        **state.model_dump(), n_trials_requested=study.n_trials, data=study.data, job=job,
        report=report,
    )  # fmt: skip


async def best_params_view(
    session: AsyncSession, database_url: str, owner_id: int, study_id: str
) -> AutoMLBestParamsOut:
    from app.modules.automl.studies import best_results

    await get_study(session, owner_id, study_id)
    optuna_storage = await storage(database_url)
    best = await asyncio.to_thread(best_results, optuna_storage, study_id)
    single = not best.multi_objective and best.trials
    params = best.trials[0].params if single else None
    family = None
    if params is not None and best.target == "signal_model":
        from app.modules.automl.families import split_params

        family = split_params(params)[0]
    return AutoMLBestParamsOut(**best.model_dump(), best_params=params, best_family=family)


async def deploy(
    session: AsyncSession, jobs: JobRunner, database_url: str, owner_id: int,
    body: AutoMLDeployRequest, status_url: str, model_dir: Path | None = None,
) -> tuple[AutoMLDeploymentOut, bool]:  # fmt: skip
    """Promote trials to a deployment. Strategy parameters are active at once; a signal model is
    saved as ``training`` and a job retrains its members (never this request): everything that
    can fail early (name, trials, the study's window still in the store) is checked first.
    Returns the deployment and whether a job was queued."""
    from app.modules.automl.deployments import check_candles, plan
    from app.modules.automl.studies import load_spec

    study = await get_study(session, owner_id, body.study_id)
    await name_is_free(session, owner_id, body.name)
    optuna_storage = await storage(database_url)
    planned = await asyncio.to_thread(
        plan, optuna_storage, body.study_id, body.name, trial_numbers=body.trial_numbers,
        top_k=body.top_k,
    )  # fmt: skip
    if planned.status != "training":
        out = await save_deployment(session, owner_id, planned)
        return out.model_copy(update={"status_url": status_url}), False
    window = AutoMLCandleWindow.model_validate(study.data)
    bars = to_bars(await load_window(session, window, owner_id))
    spec = await asyncio.to_thread(load_spec, optuna_storage, body.study_id)
    await asyncio.to_thread(check_candles, spec, bars)  # a changed window: 409 now, not later
    out, _ = await start_training(
        session, jobs, owner_id, planned, model_dir=model_dir, weighting=body.weighting
    )
    return out.model_copy(update={"status_url": status_url}), True


# ---------------------------------------------------------------- online updates, versions


def version_out(row: AutoMLModelVersion) -> AutoMLModelVersionOut:
    return AutoMLModelVersionOut(
        version=row.version,
        kind=row.kind,
        status=row.status,
        current=row.current,
        sha256=row.sha256,
        artifact_bytes=len(row.artifact),
        metrics=row.metrics,
        previous_metrics=row.previous_metrics,
        drift=row.drift,
        data_window=row.data_window,
        job_id=row.job_id,
        created_at=row.created_at,
    )


def check_updatable(row: AutoMLDeployment) -> None:
    if row.target != "signal_model":
        raise Conflict(f"deployment {row.name!r} is a strategy: only signal models learn online")
    if row.status != "active" or row.artifact is None:
        raise Conflict(f"deployment {row.name!r} is {row.status}, not active")


async def start_update(
    session: AsyncSession, jobs: JobRunner, owner_id: int, name: str,
    body: AutoMLUpdateRequest, model_dir: Path | None,
) -> AutoMLUpdateAccepted:  # fmt: skip
    """Check the deployment and that the window has candles, then queue the update job."""
    from app.modules.automl.versioning import ensure_initial

    row = await owned_deployment(session, owner_id, name)
    check_updatable(row)
    await load_window(session, body.data, owner_id, limit=MIN_BARS)
    base = await ensure_initial(session, row)
    params: dict[str, Any] = {
        "name": name,
        "base_version": base.version,
        "data": body.data.model_dump(mode="json"),
        "mode": body.mode,
        "holdout_fraction": body.holdout_fraction,
    }
    if model_dir is not None:
        params["model_dir"] = str(model_dir)
    job = await jobs.submit(UPDATE_JOB_KIND, params, owner_id)
    return AutoMLUpdateAccepted(
        deployment=name, job_id=job.id, status=job.status, base_version=base.version
    )


async def list_versions(
    session: AsyncSession, owner_id: int, name: str, page: PageRequest
) -> tuple[list[AutoMLModelVersionOut], str | None]:
    from app.modules.automl.versioning import ensure_initial, page_versions

    row = await owned_deployment(session, owner_id, name)
    if row.id is None or row.target != "signal_model" or row.artifact is None:
        return [], None
    await ensure_initial(session, row)
    rows, cursor = await page_versions(session, row.id, page)
    return [version_out(v) for v in rows], cursor


async def rollback_deployment(
    session: AsyncSession, owner_id: int, name: str
) -> AutoMLModelVersionOut:
    from app.modules.automl.versioning import rollback

    row = await owned_deployment(session, owner_id, name)
    check_updatable(row)
    return version_out(await rollback(session, row))
