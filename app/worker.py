"""Worker process for ``APP_JOB_BACKEND=redis``: ``taskiq worker app.worker:broker``.

It imports every enabled module (registering their job handlers) and runs the jobs that API
processes submit, against the same database and Redis.
"""

from __future__ import annotations

from taskiq import TaskiqEvents, TaskiqState

from app.core.cache import create_cache
from app.core.config import get_settings
from app.core.db import Database
from app.core.jobs import JobRunner
from app.main import load_modules

settings = get_settings()
load_modules(settings)
_db = Database(settings.database_url, pool_size=settings.database_pool_size)
_cache = create_cache(settings.redis_url, settings.cache_namespace)
runner = JobRunner(_db, _cache, "redis", settings.redis_url)
broker = runner.broker


@broker.on_event(TaskiqEvents.WORKER_SHUTDOWN)
async def _shutdown(_state: TaskiqState) -> None:
    await _cache.close()
    await _db.dispose()
