"""The AutoML jobs: run a study's trials, and train a signal-model deployment, in worker threads.

Optimisation: the study already exists in the Optuna storage (the API creates it before
queueing, so its id and spec are fixed); the job builds the objective from the stored spec and
the study's candles and runs trials until the study has ``n_trials`` finished ones, the timeout
passes, or the job is cancelled (POST /jobs/{id}/cancel), checked after every trial.

Deployment: the API saves the deployment as ``training`` with its members resolved; the job
retrains them on the study's window and stores the weights (``active``, version 1 of the
registry), or records why it could not (``failed``). Cancellation (the jobs API, or retiring
the deployment) is checked after every epoch. No training runs inside a request.

Online update: drift detection on the deployment's live prediction error over new candles,
then an incremental update or a rolling refit (``online``), recorded as the next version and
promoted only if it scores at least the current one (``versioning``).
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable
from pathlib import Path
from typing import Any, TypeVar

from app.core.errors import AppError, NotFound, ValidationFailed
from app.core.jobs import JobCancelled, JobContext, job_handler
from app.modules.automl import service
from app.modules.automl.deployments import Deployment, TrainingCancelled, train
from app.modules.automl.models import AutoMLStudy
from app.modules.automl.objectives import (
    Objective,
    bind_evaluator,
    build_objective,
    walk_forward_evaluators,
)
from app.modules.automl.online import UpdateOutcome, update_artifact
from app.modules.automl.schemas import AutoMLBacktestSettings, AutoMLCandleWindow
from app.modules.automl.specs import StudySpec
from app.modules.automl.studies import RunReport, load_spec, run_study
from app.modules.backtest.public import candles_to_frame, evaluate_params
from app.modules.database.public import CandleOut

T = TypeVar("T")
POLL_SECONDS = 0.25
STOP_GRACE_SECONDS = 30.0  # how long a cancelled job waits for the running trial or epoch


def build_study_objective(
    spec: StudySpec, study: AutoMLStudy, window: AutoMLCandleWindow, candles: list[CandleOut]
) -> Objective:
    """The objective for ``spec`` on ``candles`` (CPU-bound: builds frames or datasets)."""
    if spec.target == "signal_model":
        return build_objective(spec, candles=service.to_bars(candles))
    assert spec.strategy is not None  # StudySpec checks it
    settings = AutoMLBacktestSettings.model_validate(study.backtest or {})
    base = service.base_spec(spec.strategy.strategy, window, settings)
    frame = candles_to_frame(candles)
    folds = spec.strategy.walk_forward_folds
    if folds >= 2:
        return build_objective(
            spec, folds=walk_forward_evaluators(evaluate_params, frame, base, folds)
        )
    return build_objective(spec, evaluate=bind_evaluator(evaluate_params, frame, base))


class _Tracker:
    """Shared by the event loop and a worker thread: latest progress, and the stop flag."""

    def __init__(self) -> None:
        self.fraction = 0.0
        self.message: str | None = None
        self.stop = threading.Event()

    def report(self, fraction: float, message: str | None = None) -> None:
        self.fraction, self.message = fraction, message or self.message

    def should_cancel(self) -> bool:
        return self.stop.is_set()


def _consume(task: asyncio.Future[Any]) -> None:
    if not task.cancelled():
        task.exception()  # retrieved, so an abandoned thread's error is not logged as lost


async def _tracked(ctx: JobContext, tracker: _Tracker, work: Awaitable[T]) -> T:
    """Await ``work`` (a thread fed ``tracker``), relaying progress and cancellation."""
    task = asyncio.ensure_future(work)
    task.add_done_callback(_consume)
    try:
        while True:
            finished, _ = await asyncio.wait({task}, timeout=POLL_SECONDS)
            if finished:
                return task.result()
            if await ctx.cancelled():
                tracker.stop.set()
            await ctx.progress(tracker.fraction, tracker.message)
    finally:
        tracker.stop.set()
        if not task.done():  # cancelled under us: "cancelled" should mean the work stopped
            await asyncio.wait({task}, timeout=STOP_GRACE_SECONDS)


async def _run_trials(
    ctx: JobContext,
    storage: Any,
    study: AutoMLStudy,
    objective: Objective,
) -> RunReport:
    tracker = _Tracker()

    def on_progress(finished: int, total: int) -> None:
        tracker.report(finished / max(total, 1), f"{finished}/{total} trials")

    from app.modules.automl.config import automl_settings

    settings = automl_settings()
    if settings.backend == "ray":  # same study records, trials on a Ray cluster
        from app.modules.automl.ray_backend import run_study_ray

        work = ctx.run_cpu(
            run_study_ray,
            storage,
            study.id,
            objective,
            n_trials=study.n_trials,
            timeout=study.timeout_seconds,
            address=settings.ray_address,
            on_progress=on_progress,
            should_cancel=tracker.should_cancel,
        )
    else:
        work = ctx.run_cpu(
            run_study,
            storage,
            study.id,
            objective,
            n_trials=study.n_trials,
            timeout=study.timeout_seconds,
            on_progress=on_progress,
            should_cancel=tracker.should_cancel,
        )
    return await _tracked(ctx, tracker, work)


@job_handler(service.JOB_KIND)
async def optimize_job(ctx: JobContext) -> dict[str, Any]:
    study_id = str(ctx.params["study_id"])
    async with ctx.db.session() as session:
        study = await session.get(AutoMLStudy, study_id)
        if study is None:
            raise NotFound(f"study {study_id} was deleted before it started")
        window = AutoMLCandleWindow.model_validate(study.data)
        await ctx.progress(0.0, "loading candles")
        candles = await service.load_window(session, window, study.owner_id)
    storage = await service.storage(ctx.db.url)
    spec = await ctx.run_cpu(load_spec, storage, study_id)
    objective = await ctx.run_cpu(build_study_objective, spec, study, window, candles)
    report = await _run_trials(ctx, storage, study, objective)
    if report.stopped_by == "cancelled":
        raise JobCancelled
    if report.trials_run and report.complete == 0 and report.failed == report.trials_run:
        raise ValidationFailed(f"every trial failed; the last error: {report.last_error}")
    return report.model_dump(mode="json")


def _owner(ctx: JobContext) -> int:
    """Deployments are always a user's: system jobs never train one."""
    if ctx.owner_id is None:
        raise ValidationFailed("a deployment is trained for its owner only")
    return ctx.owner_id


async def _train_deployment(ctx: JobContext, name: str) -> Deployment:
    owner_id = _owner(ctx)
    async with ctx.db.session() as session:
        planned = await service.training_deployment(session, owner_id, name, ctx.job_id)
        study = await session.get(AutoMLStudy, planned.study_id)
        if study is None:
            raise NotFound(f"study {planned.study_id} no longer exists")
        await ctx.progress(0.0, "loading candles")
        window = AutoMLCandleWindow.model_validate(study.data)
        candles = await service.load_window(session, window, owner_id)
    storage = await service.storage(ctx.db.url)
    spec = await ctx.run_cpu(load_spec, storage, planned.study_id)
    tracker = _Tracker()
    tracker.report(0.0, f"training {len(planned.members)} model(s)")
    model_dir = ctx.params.get("model_dir")
    work = ctx.run_cpu(
        train,
        spec,
        planned,
        service.to_bars(candles),
        model_dir=Path(model_dir) if model_dir else None,
        weighting=ctx.params.get("weighting", "fitted"),
        on_progress=tracker.report,
        should_cancel=tracker.should_cancel,
    )
    try:
        return await _tracked(ctx, tracker, work)
    except TrainingCancelled:
        raise JobCancelled from None


async def _fail(ctx: JobContext, name: str, error: str) -> None:
    async with ctx.db.session() as session:
        await service.fail_training(session, _owner(ctx), name, ctx.job_id, error)


@job_handler(service.DEPLOY_JOB_KIND)
async def deploy_job(ctx: JobContext) -> dict[str, Any]:
    name = str(ctx.params["name"])
    try:
        trained = await _train_deployment(ctx, name)
    except (JobCancelled, asyncio.CancelledError):
        await asyncio.shield(_fail(ctx, name, "training was cancelled"))
        raise
    except Exception as exc:
        error = (
            (exc.detail or exc.title)
            if isinstance(exc, AppError)
            else f"{type(exc).__name__}: {exc}"
        )
        await asyncio.shield(_fail(ctx, name, error))
        raise
    async with ctx.db.session() as session:
        stored = await service.finish_training(session, _owner(ctx), ctx.job_id, trained)
        if stored:  # version 1 of the registry: the trained artifact
            from app.modules.automl.versioning import ensure_initial

            row = await service.owned_deployment(session, _owner(ctx), name)
            await ensure_initial(session, row, ctx.job_id)
    return {
        "name": name,
        "activated": stored,  # False: retired while training, so it stays retired
        "artifact_bytes": len(trained.artifact or b""),
        "reproduced_metrics": [m.reproduced_metrics for m in trained.members],
    }


def _update(
    artifact: bytes, bars: list[service.Bar], objective: str, seed: int, params: dict[str, Any]
) -> UpdateOutcome:
    from app.modules.automl.features import to_ohlcv

    try:
        ohlcv = to_ohlcv(bars)
    except ValueError as exc:
        raise ValidationFailed(f"these candles cannot update the model: {exc}") from None
    model_dir = params.get("model_dir")
    return update_artifact(
        artifact,
        ohlcv,
        objective=objective,
        seed=seed,
        model_dir=Path(model_dir) if model_dir else None,
        mode=params.get("mode", "auto"),
        holdout_fraction=float(params.get("holdout_fraction", 0.25)),
    )


@job_handler(service.UPDATE_JOB_KIND)
async def update_job(ctx: JobContext) -> dict[str, Any]:
    """Online update of a deployment: drift check, incremental update or refit, then a new
    version, promoted only if it scores at least the current one on the same holdout."""
    from app.modules.automl.versioning import record_update

    owner_id = _owner(ctx)
    name = str(ctx.params["name"])
    base_version = int(ctx.params["base_version"])
    async with ctx.db.session() as session:
        row = await service.owned_deployment(session, owner_id, name)
        service.check_updatable(row)
        assert row.artifact is not None  # _updatable checks it
        await ctx.progress(0.0, "loading candles")
        window = AutoMLCandleWindow.model_validate(ctx.params["data"])
        candles = await service.load_window(session, window, owner_id)
        artifact = row.artifact
        objective = row.objectives[0] if row.objectives else "log_loss"
    storage = await service.storage(ctx.db.url)
    spec = await ctx.run_cpu(load_spec, storage, row.study_id)
    await ctx.progress(0.1, "updating")
    outcome = await ctx.run_cpu(
        _update, artifact, service.to_bars(candles), objective, spec.seed, dict(ctx.params)
    )
    async with ctx.db.session() as session:
        row = await service.owned_deployment(session, owner_id, name)
        version = await record_update(session, row, base_version, outcome, ctx.job_id)
    return {
        "name": name,
        "version": version.version,
        "kind": outcome.kind,
        "promoted": version.status == "promoted",
        "drift": outcome.drift.as_dict(),
        "metrics": outcome.candidate_metrics,
        "previous_metrics": outcome.previous_metrics,
    }
