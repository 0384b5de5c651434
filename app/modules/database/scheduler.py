"""Scheduled retention on taskiq's scheduler (the library the job runner is built on).

A ``TaskiqScheduler`` with a label schedule (``interval`` = ``APP_RETENTION_INTERVAL_SECONDS``)
ticks in the API process; each tick submits one ``database.retention`` job to the core job
runner, so the run is persisted in ``core_jobs`` (status, result, error) and, with the Redis
backend, executes on a worker. With several API processes, the first to count a hit in the
interval's cache window submits; the others skip that tick.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import timedelta
from typing import Any

from fastapi import FastAPI

from app.core.config import Settings
from app.core.jobs import JobContext, job_handler
from app.modules.database.retention import run_retention

log = logging.getLogger("kalkan.database.retention")
RETENTION_JOB = "database.retention"
TICK_TASK = "database.retention_tick"
_RETENTION_FIELDS = (
    "retention_signals_days",
    "retention_candles_1m_days",
    "retention_candles_days",
    "retention_audit_days",
    "retention_jobs_days",
)


@job_handler(RETENTION_JOB)
async def retention_job(ctx: JobContext) -> dict[str, Any]:
    """Enforce the retention policies sent by the submitting process (its settings)."""
    settings = Settings.model_construct(**ctx.params)
    async with ctx.db.session() as session:
        deleted, dropped = await run_retention(session, settings)
    if deleted or dropped:
        log.info("retention", extra={"deleted": deleted, "dropped": dropped})
    return {"deleted": deleted, "dropped_partitions": dropped}


class RetentionSchedule:
    """The taskiq scheduler loop of one app, started and stopped with it."""

    def __init__(self, app: FastAPI) -> None:
        from taskiq import InMemoryBroker, TaskiqScheduler
        from taskiq.schedule_sources import LabelScheduleSource

        self.app = app
        settings: Settings = app.state.settings
        self.interval = settings.retention_interval_seconds
        self.broker = InMemoryBroker()

        async def tick() -> str | None:
            return await self.tick()

        self.broker.register_task(tick, task_name=TICK_TASK, schedule=[{"interval": self.interval}])
        self.source = LabelScheduleSource(self.broker)
        self.scheduler = TaskiqScheduler(self.broker, sources=[self.source])
        self._loop: asyncio.Task[None] | None = None

    async def tick(self) -> str | None:
        """Submit one retention job unless another process already did in this interval."""
        app = self.app
        hits, _ = await app.state.cache.hit_window("lock:retention", self.interval)
        if hits != 1:
            return None
        settings: Settings = app.state.settings
        params = {name: getattr(settings, name) for name in _RETENTION_FIELDS}
        job = await app.state.jobs.submit(RETENTION_JOB, params, None)
        return job.id

    async def start(self) -> None:
        from taskiq.cli.scheduler.run import SchedulerLoop

        await self.source.startup()
        await self.scheduler.startup()
        # The schedule is fixed for the app's life: no need to re-read the labels.
        loop = SchedulerLoop(self.scheduler).run(update_interval=timedelta(days=3650))
        self._loop = asyncio.create_task(loop, name="retention-scheduler")

    async def stop(self) -> None:
        if self._loop is not None:
            self._loop.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._loop
        await self.scheduler.shutdown()
        await self.source.shutdown()


async def start(app: FastAPI) -> None:
    schedule = RetentionSchedule(app)
    await schedule.start()
    app.state.retention_schedule = schedule


async def stop(app: FastAPI) -> None:
    schedule: RetentionSchedule | None = getattr(app.state, "retention_schedule", None)
    if schedule is not None:
        await schedule.stop()
        app.state.retention_schedule = None
