"""The training job: candles from the store → a pool process trains, saves and evaluates →
the registry row becomes ``ready`` (or ``failed`` / ``cancelled``, with the reason).

Progress (timesteps, the recent mean reward) travels from the pool process through a
manager-backed dict (``progress.TrainingProgress``); cancelling the job (POST
/jobs/{id}/cancel) sets its stop flag, which the SB3 callback checks at every step.
"""

from __future__ import annotations

import asyncio
from typing import Any

from app.core.config import active_settings
from app.core.errors import AppError, NotFound
from app.core.jobs import JobCancelled, JobContext, job_handler
from app.core.timeutil import utcnow
from app.modules.rl import service, tasks
from app.modules.rl.models import RLModel
from app.modules.rl.progress import TrainingProgress
from app.modules.rl.specs import CandleRange, EnvSpec

POLL_SECONDS = 0.25
STOP_GRACE_SECONDS = 30.0


async def _set(ctx: JobContext, model_id: str, **values: Any) -> None:
    async with ctx.db.session() as session:
        row = await session.get(RLModel, model_id)
        if row is None:
            return
        for key, value in values.items():
            setattr(row, key, value)
        row.updated_at = utcnow()
        await session.commit()


def _consume(task: asyncio.Future[Any]) -> None:
    if not task.cancelled():
        task.exception()  # retrieved: a job cancelled under us does not log it as lost


async def _tracked(ctx: JobContext, *args: Any, multi: dict[str, Any] | None) -> dict[str, Any]:
    """In-process job mode: the runner's process pool (off the web process). Redis mode: the
    job already runs in a ``kalkan worker`` process, so a thread of it trains (a process pool
    spawned inside a taskiq worker would re-run the worker's entry point)."""
    if ctx.runner.backend == "redis":
        progress = TrainingProgress({"fraction": 0.0, "stop": False})
        work = asyncio.ensure_future(
            ctx.run_cpu(tasks.train_work, *args, progress=progress, multi_raw=multi)
        )
    else:
        progress = TrainingProgress(ctx.runner.shared_state())
        work = asyncio.ensure_future(
            ctx.runner.run_in_process(tasks.train_work, *args, progress=progress, multi_raw=multi)
        )
    work.add_done_callback(_consume)
    try:
        while True:
            done, _ = await asyncio.wait({work}, timeout=POLL_SECONDS)
            if done:
                return work.result()
            if await ctx.cancelled():
                progress.stop()
            await ctx.progress(progress.fraction, progress.message or "starting")
    finally:
        if not work.done():
            progress.stop()
            await asyncio.wait({work}, timeout=STOP_GRACE_SECONDS)


@job_handler(service.TRAIN_JOB)
async def train_job(ctx: JobContext) -> dict[str, Any]:
    model_id = str(ctx.params["model_id"])
    async with ctx.db.session() as session:
        row = await session.get(RLModel, model_id)
        if row is None:
            raise NotFound(f"RL model {model_id} was deleted before training started")
        data = CandleRange.model_validate(row.params["data"])
        await ctx.progress(0.0, "loading candles")
        bars = await service.load_bars(session, row.owner_id, data)
    settings = active_settings()
    path = service.model_path(settings, row.owner_id, model_id)
    try:
        report = await _tracked(
            ctx, bars, row.params["env"], row.params["algo"],
            float(row.params["holdout_fraction"]), data.timeframe, str(path),
            multi=row.params.get("multi_agent"),
        )  # fmt: skip
    except (JobCancelled, asyncio.CancelledError, tasks.TrainingCancelled) as exc:
        await asyncio.shield(_set(ctx, model_id, status="cancelled", error="cancelled"))
        path.unlink(missing_ok=True)
        if isinstance(exc, tasks.TrainingCancelled):
            raise JobCancelled from None
        raise
    except Exception as exc:
        error = (exc.detail or exc.title) if isinstance(exc, AppError) else f"{exc!r}"
        await asyncio.shield(_set(ctx, model_id, status="failed", error=error[:4000]))
        raise
    split = int(report.pop("split_bar"))
    metrics = {k: report[k] for k in report if k not in ("sha256", "size_bytes")}
    await _set(
        ctx, model_id, status="ready", sha256=report["sha256"], size_bytes=report["size_bytes"],
        path=service.relative_path(settings, path), metrics=metrics,
        data=service.data_range(bars, data, split), error=None,
    )  # fmt: skip
    env = EnvSpec.model_validate(row.params["env"])
    out_of_sample = report.get("out_of_sample") or {}
    return {
        "model_id": model_id,
        "timesteps": report["timesteps"],
        "train_seconds": report["train_seconds"],
        "final_mean_reward": report["reward_curve"][-1][1] if report["reward_curve"] else None,
        "in_sample_return": report["in_sample"]["total_return"],
        "out_of_sample_return": out_of_sample.get("total_return"),
        "random_out_of_sample_return": report.get("random_out_of_sample_return"),
        "reward": env.reward,
        "sha256": report["sha256"],
    }
