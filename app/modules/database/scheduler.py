"""The scheduled retention job: one run per interval across all processes."""

from __future__ import annotations

import asyncio
import contextlib
import logging

from fastapi import FastAPI

from app.modules.database.retention import run_retention

log = logging.getLogger("kalkan.database.retention")


async def retention_loop(app: FastAPI) -> None:
    settings = app.state.settings
    interval = settings.retention_interval_seconds
    while True:
        try:
            # The first process to count a hit in this window runs the job; others skip it.
            hits, _ = await app.state.cache.hit_window("lock:retention", interval)
            if hits == 1:
                async with app.state.db.session() as session:
                    deleted, dropped = await run_retention(session, settings)
                if deleted or dropped:
                    log.info("retention", extra={"deleted": deleted, "dropped": dropped})
        except Exception:
            log.exception("retention run failed")
        await asyncio.sleep(interval)


def start(app: FastAPI) -> None:
    app.state.retention_task = asyncio.create_task(retention_loop(app), name="retention")


async def stop(app: FastAPI) -> None:
    task = getattr(app.state, "retention_task", None)
    if task is not None:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
