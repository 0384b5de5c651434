"""The AutoML optimisation job: run a study's trials in a worker thread.

The study already exists in the Optuna storage (the API creates it before queueing, so its id
and spec are fixed); the job builds the objective from the stored spec and the study's candles
and runs trials until the study has ``n_trials`` finished ones, the timeout passes, or the job is
cancelled (POST /jobs/{id}/cancel), checked after every trial.
"""

from __future__ import annotations

import asyncio
import threading
from typing import Any

from app.core.errors import NotFound, ValidationFailed
from app.core.jobs import JobCancelled, JobContext, job_handler
from app.modules.automl import service
from app.modules.automl.models import AutoMLStudy
from app.modules.automl.objectives import (
    Objective,
    bind_evaluator,
    build_objective,
    walk_forward_evaluators,
)
from app.modules.automl.schemas import BacktestSettings, CandleWindow
from app.modules.automl.specs import StudySpec
from app.modules.automl.studies import RunReport, load_spec, run_study
from app.modules.backtest.public import candles_to_frame, evaluate_params
from app.modules.database.public import CandleOut

POLL_SECONDS = 0.25
STOP_GRACE_SECONDS = 30.0  # how long a cancelled job waits for the running trial


def build_study_objective(
    spec: StudySpec, study: AutoMLStudy, window: CandleWindow, candles: list[CandleOut]
) -> Objective:
    """The objective for ``spec`` on ``candles`` (CPU-bound: builds frames or datasets)."""
    if spec.target == "signal_model":
        return build_objective(spec, candles=service.to_bars(candles))
    assert spec.strategy is not None  # StudySpec checks it
    settings = BacktestSettings.model_validate(study.backtest or {})
    base = service.base_spec(spec.strategy.strategy, window, settings)
    frame = candles_to_frame(candles)
    folds = spec.strategy.walk_forward_folds
    if folds >= 2:
        return build_objective(
            spec, folds=walk_forward_evaluators(evaluate_params, frame, base, folds)
        )
    return build_objective(spec, evaluate=bind_evaluator(evaluate_params, frame, base))


async def _run_trials(
    ctx: JobContext,
    storage: Any,
    study: AutoMLStudy,
    objective: Objective,
) -> RunReport:
    done = {"trials": 0, "total": study.n_trials}
    stop = threading.Event()

    def on_progress(finished: int, total: int) -> None:
        done["trials"], done["total"] = finished, total

    task = asyncio.ensure_future(
        ctx.run_cpu(
            run_study,
            storage,
            study.id,
            objective,
            n_trials=study.n_trials,
            timeout=study.timeout_seconds,
            on_progress=on_progress,
            should_cancel=stop.is_set,
        )
    )
    try:
        while True:
            finished, _ = await asyncio.wait({task}, timeout=POLL_SECONDS)
            if finished:
                return task.result()
            if await ctx.cancelled():
                stop.set()
            trials, total = done["trials"], max(done["total"], 1)
            await ctx.progress(trials / total, f"{trials}/{total} trials")
    finally:
        stop.set()
        if not task.done():  # cancelled under us: "cancelled" should mean the trials stopped
            await asyncio.wait({task}, timeout=STOP_GRACE_SECONDS)


@job_handler(service.JOB_KIND)
async def optimize_job(ctx: JobContext) -> dict[str, Any]:
    study_id = str(ctx.params["study_id"])
    async with ctx.db.session() as session:
        study = await session.get(AutoMLStudy, study_id)
        if study is None:
            raise NotFound(f"study {study_id} was deleted before it started")
        window = CandleWindow.model_validate(study.data)
        await ctx.progress(0.0, "loading candles")
        candles = await service.load_window(session, window)
    storage = await service.storage(ctx.db.url)
    spec = await ctx.run_cpu(load_spec, storage, study_id)
    objective = await ctx.run_cpu(build_study_objective, spec, study, window, candles)
    report = await _run_trials(ctx, storage, study, objective)
    if report.stopped_by == "cancelled":
        raise JobCancelled
    if report.trials_run and report.complete == 0 and report.failed == report.trials_run:
        raise ValidationFailed(f"every trial failed; the last error: {report.last_error}")
    return report.model_dump(mode="json")
