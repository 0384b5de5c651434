"""Background jobs of the backtest module: run, optimize, walk-forward and Monte Carlo.

Each job reads its ``backtest_runs`` row, does the CPU-bound work in a thread, and writes the
outcome back to the row. Optimisations report progress and stop between chunks or trials when
the job is cancelled (POST /jobs/{id}/cancel): a poller bridges the thread's callbacks to
``JobContext.progress`` and ``JobContext.cancelled``.
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from pydantic import BaseModel
from sqlalchemy import update

from app.core.errors import AppError, NotFound
from app.core.jobs import JobCancelled, JobContext, job_handler
from app.core.jsonsafe import finite_json
from app.core.timeutil import utcnow
from app.modules.backtest import pipeline, service
from app.modules.backtest.engine import kernels_warm
from app.modules.backtest.errors import CancelledError
from app.modules.backtest.models import BacktestRun
from app.modules.backtest.specs import (
    BacktestResult,
    BacktestSpec,
    MonteCarloResult,
    MonteCarloSpec,
    OptimizeResult,
    OptimizeSpec,
    WalkForwardResult,
    WalkForwardSpec,
)

T = TypeVar("T")
POLL_SECONDS = 0.25
STOP_GRACE_SECONDS = 30.0  # how long a cancelled job waits for its thread to stop
_REQUEST_ONLY = ("exchange", "signal_strategy", "result_id")


class _Tracker:
    """Shared between the event loop and the worker thread: latest progress, stop flag."""

    def __init__(self) -> None:
        self.fraction = 0.0
        self.stop = threading.Event()

    def report(self, fraction: float) -> None:
        self.fraction = fraction

    def should_cancel(self) -> bool:
        return self.stop.is_set()


def _consume(task: asyncio.Future[Any]) -> None:
    if not task.cancelled():
        task.exception()  # retrieved, so an abandoned thread's error is not logged as lost


async def tracked(ctx: JobContext, func: Callable[..., T], *args: Any, message: str) -> T:
    """``func(*args, on_progress, should_cancel)`` in a thread, with progress and cancellation."""
    tracker = _Tracker()
    task = asyncio.ensure_future(ctx.run_cpu(func, *args, tracker.report, tracker.should_cancel))
    task.add_done_callback(_consume)
    try:
        while True:
            done, _ = await asyncio.wait({task}, timeout=POLL_SECONDS)
            if done:
                return task.result()
            if await ctx.cancelled():
                tracker.stop.set()
            await ctx.progress(tracker.fraction, message)
    finally:
        tracker.stop.set()
        if not task.done():  # cancelled under us: "cancelled" should mean the work stopped
            await asyncio.wait({task}, timeout=STOP_GRACE_SECONDS)


async def _update(ctx: JobContext, run_id: str, **values: Any) -> None:
    async with ctx.db.session() as session:
        await session.execute(
            update(BacktestRun).where(BacktestRun.id == run_id).values(**values)  # type: ignore[arg-type]
        )
        await session.commit()


def _domain(spec: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in spec.items() if key not in _REQUEST_ONLY}


async def _candles(
    ctx: JobContext, run: BacktestRun, spec: BacktestSpec
) -> dict[str, list[Any]] | None:
    if spec.candles is not None:
        return None
    await ctx.progress(0.0, "loading candles")
    async with ctx.db.session() as session:
        return await service.load_symbol_candles(
            session, run.exchange or "", spec.symbols, spec.timeframe, spec.start, spec.end,
            owner_id=run.owner_id,
        )  # fmt: skip


async def _execute(
    ctx: JobContext,
    compute: Callable[[BacktestRun], Awaitable[BaseModel]],
    summarise: Callable[[Any], dict[str, Any]],
) -> dict[str, Any]:
    run_id = str(ctx.params["run_id"])
    async with ctx.db.session() as session:
        run = await session.get(BacktestRun, run_id)
    if run is None:
        raise NotFound(f"backtest run {run_id} was deleted before it started")
    await _update(ctx, run_id, status="running")
    try:
        result = await compute(run)
    except (JobCancelled, asyncio.CancelledError, CancelledError) as exc:
        await asyncio.shield(
            _update(ctx, run_id, status="cancelled", error="cancelled", finished_at=utcnow())
        )
        if isinstance(exc, CancelledError):
            raise JobCancelled from None
        raise
    except Exception as exc:
        error = (
            (exc.detail or exc.title)
            if isinstance(exc, AppError)
            else f"{type(exc).__name__}: {exc}"
        )
        await _update(ctx, run_id, status="failed", error=error[:4000], finished_at=utcnow())
        raise
    summary = finite_json(summarise(result))
    await _update(
        ctx,
        run_id,
        status="succeeded",
        result=json.loads(result.model_dump_json()),  # NaN/inf → null (valid JSON everywhere)
        summary=summary,
        error=None,
        finished_at=utcnow(),
    )
    return {"run_id": run_id, "kind": run.kind, "summary": summary}


# ---------------------------------------------------------------- summaries for the history


def summarise_backtest(result: BacktestResult) -> dict[str, Any]:
    m = result.metrics
    return {
        "total_return": m.total_return,
        "sharpe": m.sharpe,
        "max_drawdown": m.max_drawdown,
        "trade_count": m.trade_count,
        "final_equity": m.final_equity,
        "bars": result.bars,
    }


def summarise_optimize(result: OptimizeResult) -> dict[str, Any]:
    return {
        "method": result.method,
        "objective": result.objective,
        "n_evaluated": result.n_evaluated,
        "best_params": result.best_params,
        "best_score": result.best_score,
        "pbo": result.overfitting.pbo,
        "deflated_sharpe": result.overfitting.deflated_sharpe,
    }


def summarise_walk_forward(result: WalkForwardResult) -> dict[str, Any]:
    return {
        "folds": len(result.folds),
        "total_return": result.out_of_sample.total_return,
        "sharpe": result.out_of_sample.sharpe,
        "max_drawdown": result.out_of_sample.max_drawdown,
        "walk_forward_efficiency": result.walk_forward_efficiency,
    }


def summarise_monte_carlo(result: MonteCarloResult) -> dict[str, Any]:
    return {
        "method": result.method,
        "n_paths": result.n_paths,
        "seed": result.seed,
        "median_final_return": result.final_return.get("p50"),
        "probability_of_loss": result.probability_of_loss,
        "probability_of_ruin": result.probability_of_ruin,
    }


# ---------------------------------------------------------------- handlers


async def _compile(ctx: JobContext, fraction: float) -> None:
    """The first simulation in a process compiles (or loads from NUMBA_CACHE_DIR) the numba
    kernels; say so instead of showing a stalled "simulating" (``kalkan warmup`` does it once
    at install time, so this is a cache load)."""
    if not kernels_warm():
        await ctx.progress(fraction, "compiling simulation kernels (first run in this process)")
        await ctx.run_cpu(pipeline.warmup)


@job_handler(service.JOB_KINDS["run"])
async def run_job(ctx: JobContext) -> dict[str, Any]:
    async def compute(run: BacktestRun) -> BacktestResult:
        spec = BacktestSpec.model_validate(_domain(run.spec))
        candles = await _candles(ctx, run, spec)
        await _compile(ctx, 0.1)
        await ctx.progress(0.3, "simulating and building the result")
        return await ctx.run_cpu(pipeline.run_backtest, spec, candles)

    return await _execute(ctx, compute, summarise_backtest)


@job_handler(service.JOB_KINDS["optimize"])
async def optimize_job(ctx: JobContext) -> dict[str, Any]:
    async def compute(run: BacktestRun) -> OptimizeResult:
        spec = OptimizeSpec.model_validate(_domain(run.spec))
        candles = await _candles(ctx, run, spec.base)
        await _compile(ctx, 0.0)
        return await tracked(ctx, pipeline.optimize, spec, candles, message="simulating the grid")

    return await _execute(ctx, compute, summarise_optimize)


@job_handler(service.JOB_KINDS["walkforward"])
async def walk_forward_job(ctx: JobContext) -> dict[str, Any]:
    async def compute(run: BacktestRun) -> WalkForwardResult:
        spec = WalkForwardSpec.model_validate(_domain(run.spec))
        candles = await _candles(ctx, run, spec.base)
        await _compile(ctx, 0.0)
        return await tracked(ctx, pipeline.walk_forward, spec, candles, message="simulating folds")

    return await _execute(ctx, compute, summarise_walk_forward)


@job_handler(service.JOB_KINDS["montecarlo"])
async def monte_carlo_job(ctx: JobContext) -> dict[str, Any]:
    async def compute(run: BacktestRun) -> MonteCarloResult:
        spec = MonteCarloSpec.model_validate(_domain(run.spec))
        async with ctx.db.session() as session:
            parent = await session.get(BacktestRun, run.parent_id or "")
        if parent is None or parent.result is None:
            raise NotFound(f"backtest result {run.parent_id} no longer exists")
        return await ctx.run_cpu(_monte_carlo, parent.result, spec)

    return await _execute(ctx, compute, summarise_monte_carlo)


def _monte_carlo(result: dict[str, Any], spec: MonteCarloSpec) -> MonteCarloResult:
    return pipeline.monte_carlo(BacktestResult.model_validate(result), spec)
