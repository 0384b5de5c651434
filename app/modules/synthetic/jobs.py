"""The training job: loads the candles, trains the bundle in the runner's process pool with
progress (phase, epoch, losses) and cancellation, writes the file and fills the registry row.

The pool process gets a manager-backed dict (``JobRunner.shared_state``) through ``Board``:
it writes ``fraction`` and ``message`` after every epoch and reads ``stop`` between epochs;
this coroutine polls it into the job row and sets ``stop`` when the job is cancelled.
"""

from __future__ import annotations

import asyncio
import os
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import update

from app.core.jobs import JobCancelled, JobContext, job_handler
from app.core.jsonsafe import finite_json
from app.core.timeutil import utcnow
from app.modules.synthetic import robustness, training
from app.modules.synthetic.config import get_synthetic_settings
from app.modules.synthetic.errors import ModelNotFound
from app.modules.synthetic.market import load_market
from app.modules.synthetic.models import SynModel
from app.modules.synthetic.service import JOB_KIND, ROBUSTNESS_JOB_KIND, read_bundle

POLL_SECONDS = 0.25
STOP_GRACE_SECONDS = 60.0


async def _update(ctx: JobContext, model_id: str, **values: Any) -> None:
    async with ctx.db.session() as session:
        await session.execute(
            update(SynModel).where(SynModel.id == model_id).values(**values)  # type: ignore[arg-type]
        )
        await session.commit()


async def _train_in_process(
    ctx: JobContext, market: training.MarketArrays, spec: dict[str, Any]
) -> dict[str, Any]:
    state = ctx.runner.shared_state()
    state["message"] = "starting the training process"
    board = training.Board(state)
    work = asyncio.ensure_future(ctx.run_process(training.train_bundle_niced, market, spec, board))
    try:
        while True:
            done, _ = await asyncio.wait({work}, timeout=POLL_SECONDS)
            if done:
                return work.result()
            if await ctx.cancelled():
                state["stop"] = True
            await ctx.progress(float(state["fraction"]), str(state.get("message") or ""))
    finally:
        if not work.done():
            state["stop"] = True
            await asyncio.wait({work}, timeout=STOP_GRACE_SECONDS)


@job_handler(JOB_KIND)
async def train_job(ctx: JobContext) -> dict[str, Any]:
    model_id = str(ctx.params["model_id"])
    async with ctx.db.session() as session:
        row = await session.get(SynModel, model_id)
        if row is None:
            return {"model_id": model_id, "deleted": True}
        data, spec, owner_id = dict(row.data), dict(row.params), row.owner_id
        path = Path(row.path or "")
        await _update(ctx, model_id, status="training")
        await ctx.progress(0.0, "loading candles")
        start = data.get("request_start")
        end = data.get("request_end")
        market = await load_market(
            session, owner_id, data["exchange"], data["symbols"], data["timeframe"],
            datetime.fromisoformat(start) if start else None,
            datetime.fromisoformat(end) if end else None,
            get_synthetic_settings().max_train_bars,
        )  # fmt: skip
    try:
        out = await _train_in_process(ctx, market, spec)
    except (training.TrainingStopped, JobCancelled, asyncio.CancelledError) as exc:
        await asyncio.shield(
            _update(ctx, model_id, status="cancelled", error="cancelled", finished_at=utcnow())
        )
        if isinstance(exc, asyncio.CancelledError):
            raise
        raise JobCancelled from None
    except Exception as exc:
        await _update(
            ctx, model_id, status="failed", error=f"{type(exc).__name__}: {exc}"[:4000],
            finished_at=utcnow(),
        )  # fmt: skip
        raise
    async with ctx.db.session() as session:
        if await session.get(SynModel, model_id) is None:  # deleted while it trained
            return {"model_id": model_id, "deleted": True}
    _write(path, out["blob"])
    metrics = finite_json(out["quality"])
    await _update(
        ctx, model_id, status="ready", sha256=out["sha256"], path=str(path),
        size_bytes=len(out["blob"]), metrics=metrics, history=finite_json(out["history"]),
        meta=finite_json(out["meta"]), error=None, finished_at=utcnow(),
    )  # fmt: skip
    return {
        "model_id": model_id,
        "sha256": out["sha256"],
        "verdict": metrics["verdict"],
        "best": metrics["best"],
        "epochs": len(out["history"]),
        "seconds_per_epoch": out["meta"]["seconds_per_epoch"],
    }


def _write(path: Path, blob: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".part")
    partial.write_bytes(blob)
    os.replace(partial, path)


@job_handler(ROBUSTNESS_JOB_KIND)
async def robustness_job(ctx: JobContext) -> dict[str, Any]:
    """The strategy on every synthetic path; the model file's hash is checked again here."""
    params = ctx.params
    async with ctx.db.session() as session:
        row = await session.get(SynModel, str(params["model_id"]))
        if row is None or row.status != "ready":
            raise ModelNotFound(f"synthetic model {params['model_id']} is gone or not ready")
        blob = read_bundle(row)
    await ctx.progress(0.0, "generating paths and loading the backtest engine")
    try:
        out = await ctx.run_process_tracked(
            robustness.run, blob, params["request"], params["spec"], params["first_bar"],
            int(params["step_ms"]), message="backtesting the paths",
        )  # fmt: skip
    except training.TrainingStopped:
        raise JobCancelled from None
    return finite_json({"model_id": row.id, **out})
