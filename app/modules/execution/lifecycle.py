"""Start-up and shut-down of the execution module: the sweeper that fills resting paper orders
and executes stops."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

from app.modules.execution import algos, service
from app.modules.execution.config import get_execution_settings
from app.modules.execution.engine import engine_of

log = logging.getLogger("kalkan.execution")


async def _sweeper(app: Any, every: float) -> None:
    while True:
        await asyncio.sleep(every)
        try:
            await service.sweep(app.state)
        except asyncio.CancelledError:
            raise
        except Exception:  # the next sweep tries again
            log.exception("execution sweep failed")


async def on_startup(app: Any) -> None:
    engine = engine_of(app.state)
    algos.bind_state(app.state.jobs, app.state)
    resumed = await algos.resume_interrupted(app.state)
    if resumed:
        log.info("execution algorithms resumed after a restart", extra={"count": resumed})
    every = get_execution_settings().sweep_seconds
    if every > 0:
        engine.task = asyncio.create_task(_sweeper(app, every), name="kalkan-execution-sweeper")


async def on_shutdown(app: Any) -> None:
    engine = engine_of(app.state)
    if engine.task is not None:
        engine.task.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await engine.task
        engine.task = None
