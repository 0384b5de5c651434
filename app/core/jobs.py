"""Background jobs on taskiq: in-process for the single container, Redis for worker processes.

Every job is persisted in ``core_jobs`` with its owner, status, progress, result and error, so
status survives the process and is visible from any API process. Handlers are registered by kind
and receive a ``JobContext`` to report progress, check for cancellation and push CPU work off
the event loop.
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from collections.abc import Awaitable, Callable
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any, TypeVar, cast

from sqlalchemy import JSON, Column, select, update
from sqlmodel import Field, SQLModel, col

from app.core.cache import Cache
from app.core.db import Database, UTCDateTime, utcnow
from app.core.errors import AppError, Conflict, NotFound, ValidationFailed
from app.core.metrics import JOB_DURATION, JOBS, JOBS_RUNNING

if TYPE_CHECKING:  # taskiq is imported when the first job runs
    from taskiq import AsyncBroker

log = logging.getLogger("kalkan.jobs")
T = TypeVar("T")
TASK_NAME = "kalkan.run_job"


class JobStatus(StrEnum):
    queued = "queued"
    running = "running"
    succeeded = "succeeded"
    failed = "failed"
    cancelled = "cancelled"


FINISHED = {JobStatus.succeeded, JobStatus.failed, JobStatus.cancelled}


class Job(SQLModel, table=True):
    __tablename__ = "core_jobs"

    id: str = Field(primary_key=True, max_length=32)
    kind: str = Field(index=True, max_length=64)
    owner_id: int | None = Field(default=None, index=True)
    status: str = Field(default=JobStatus.queued, index=True, max_length=16)
    progress: float = 0.0
    message: str | None = Field(default=None, max_length=500)
    params: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    result: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    error: str | None = None
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, index=True)
    started_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    finished_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class JobCancelled(Exception):
    """Raised inside a handler when the job was asked to stop."""


class JobContext:
    def __init__(self, runner: JobRunner, job: Job) -> None:
        self.runner = runner
        self.job_id = job.id
        self.kind = job.kind
        self.owner_id = job.owner_id
        self.params = job.params
        self._last_write = 0.0
        self._last_progress = -1.0

    @property
    def db(self) -> Database:
        return self.runner.db

    @property
    def cache(self) -> Cache:
        return self.runner.cache

    async def progress(self, fraction: float, message: str | None = None) -> None:
        """Record progress (0..1); writes are throttled so tight loops stay cheap."""
        fraction = min(max(fraction, 0.0), 1.0)
        now = time.monotonic()
        if (
            fraction < 1.0
            and now - self._last_write < 0.25
            and fraction - self._last_progress < 0.1
        ):
            return
        self._last_write, self._last_progress = now, fraction
        await self.runner._update(self.job_id, progress=fraction, message=message)

    async def cancelled(self) -> bool:
        return await self.cache.exists(_cancel_key(self.job_id))

    async def check_cancelled(self) -> None:
        if await self.cancelled():
            raise JobCancelled

    async def run_cpu(self, func: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run blocking work in a thread so the event loop keeps serving."""
        return await asyncio.to_thread(func, *args, **kwargs)


JobHandler = Callable[[JobContext], Awaitable[dict[str, Any]]]
_handlers: dict[str, JobHandler] = {}


def job_handler(kind: str) -> Callable[[JobHandler], JobHandler]:
    def register(handler: JobHandler) -> JobHandler:
        _handlers[kind] = handler
        return handler

    return register


def registered_kinds() -> list[str]:
    return sorted(_handlers)


def _cancel_key(job_id: str) -> str:
    return f"job:cancel:{job_id}"


class JobRunner:
    def __init__(self, db: Database, cache: Cache, backend: str, redis_url: str | None) -> None:
        self.db = db
        self.cache = cache
        self.backend = backend
        self.redis_url = redis_url
        if backend == "redis" and not redis_url:
            raise ValueError("APP_JOB_BACKEND=redis needs APP_REDIS_URL")
        self._broker: Any = None
        self._task: Any = None
        self._broker_started: asyncio.Future[None] | None = None
        self._local: dict[str, asyncio.Task[Any]] = {}
        if backend == "redis":
            self._build_broker()

    def _build_broker(self) -> None:
        if self.backend == "redis":
            from taskiq_redis import ListQueueBroker

            # __init__ refused the redis backend without a URL.
            self._broker = ListQueueBroker(
                cast(str, self.redis_url), queue_name=f"{self.cache.namespace}:jobs"
            )
        else:
            from taskiq import InMemoryBroker

            self._broker = InMemoryBroker(propagate_exceptions=False)

        async def run_job(job_id: str) -> None:
            await self.execute(job_id)

        self._task = self._broker.register_task(run_job, task_name=TASK_NAME)

    @property
    def broker(self) -> AsyncBroker:
        if self._broker is None:
            self._build_broker()
        return cast("AsyncBroker", self._broker)

    async def _started_task(self) -> Any:
        """The registered task, its broker built and started on first use: importing taskiq
        costs ~0.25 s, which the in-process backend need not add to start-up."""
        if self._broker_started is None:
            self._broker_started = asyncio.ensure_future(self.broker.startup())
        await asyncio.shield(self._broker_started)
        return self._task

    async def startup(self, *, recover: bool = True) -> None:
        if self.backend == "redis":
            await self._started_task()
        if recover and self.backend == "inprocess":
            # In-process jobs die with their process: mark leftovers as interrupted.
            async with self.db.session() as session:
                await session.execute(
                    update(Job)
                    .where(col(Job.status).in_([JobStatus.queued, JobStatus.running]))
                    .values(
                        status=JobStatus.failed,
                        error="interrupted: the process running it stopped",
                        finished_at=utcnow(),
                    )
                )
                await session.commit()

    async def shutdown(self) -> None:
        for task in list(self._local.values()):
            task.cancel()
        await asyncio.gather(*self._local.values(), return_exceptions=True)
        if self._broker_started is not None:
            await self._broker.shutdown()

    async def submit(self, kind: str, params: dict[str, Any], owner_id: int | None) -> Job:
        if kind not in _handlers and self.backend == "inprocess":
            raise ValidationFailed(f"unknown job kind {kind!r}")
        job = Job(id=uuid.uuid4().hex, kind=kind, owner_id=owner_id, params=params)
        async with self.db.session() as session:
            session.add(job)
            await session.commit()
        JOBS.labels(kind, JobStatus.queued).inc()
        await (await self._started_task()).kiq(job.id)
        return job

    async def get(self, job_id: str, owner_id: int | None, *, admin: bool = False) -> Job:
        async with self.db.session() as session:
            job = await session.get(Job, job_id)
        if job is None or (not admin and job.owner_id != owner_id):
            raise NotFound(f"job {job_id} not found")
        return job

    async def list(
        self, owner_id: int, *, kind: str | None = None, limit: int = 50, offset: int = 0
    ) -> list[Job]:
        query = select(Job).where(col(Job.owner_id) == owner_id)
        if kind:
            query = query.where(col(Job.kind) == kind)
        query = query.order_by(col(Job.created_at).desc()).limit(limit).offset(offset)
        async with self.db.session() as session:
            return list((await session.execute(query)).scalars())

    async def cancel(self, job_id: str, owner_id: int | None, *, admin: bool = False) -> Job:
        job = await self.get(job_id, owner_id, admin=admin)
        if job.status in FINISHED:
            raise Conflict(f"job {job_id} already {job.status}")
        await self.cache.set(_cancel_key(job_id), b"1", ttl=24 * 3600)
        if job.status == JobStatus.queued:
            await self._finish(job_id, JobStatus.cancelled, error="cancelled before it started")
        local = self._local.get(job_id)
        if local is not None:
            local.cancel()
        return await self.get(job_id, owner_id, admin=admin)

    async def wait(self, job_id: str, within_seconds: float) -> Job:
        """Poll until the job finishes or ``within_seconds`` passes; returns the latest state."""
        deadline = time.monotonic() + within_seconds
        while True:
            async with self.db.session() as session:
                job = await session.get(Job, job_id)
            assert job is not None
            if job.status in FINISHED or time.monotonic() >= deadline:
                return job
            await asyncio.sleep(0.05)

    async def execute(self, job_id: str) -> None:
        """The taskiq task body: run one job's handler and persist its outcome."""
        async with self.db.session() as session:
            job = await session.get(Job, job_id)
        if job is None or job.status != JobStatus.queued:
            return
        handler = _handlers.get(job.kind)
        if handler is None:
            await self._finish(job_id, JobStatus.failed, error=f"no handler for {job.kind!r}")
            return
        await self._update(job_id, status=JobStatus.running, started_at=utcnow())
        JOBS.labels(job.kind, JobStatus.running).inc()
        JOBS_RUNNING.inc()
        started = time.monotonic()
        current = asyncio.current_task()
        if current is not None:
            self._local[job_id] = current
        try:
            if await self.cache.exists(_cancel_key(job_id)):
                raise JobCancelled
            result = await handler(JobContext(self, job))
            await self._finish(job_id, JobStatus.succeeded, result=result, progress=1.0)
        except (JobCancelled, asyncio.CancelledError):
            await self._finish(job_id, JobStatus.cancelled, error="cancelled")
        except AppError as exc:
            await self._finish(job_id, JobStatus.failed, error=exc.detail or exc.title)
        except Exception as exc:
            log.exception("job failed", extra={"job_id": job_id, "kind": job.kind})
            await self._finish(job_id, JobStatus.failed, error=f"{type(exc).__name__}: {exc}")
        finally:
            JOBS_RUNNING.dec()
            JOB_DURATION.labels(job.kind).observe(time.monotonic() - started)
            self._local.pop(job_id, None)
            JOBS.labels(job.kind, "finished").inc()

    async def _update(self, job_id: str, **values: Any) -> None:
        async with self.db.session() as session:
            await session.execute(update(Job).where(col(Job.id) == job_id).values(**values))
            await session.commit()

    async def _finish(self, job_id: str, status: JobStatus, **values: Any) -> None:
        await asyncio.shield(self._update(job_id, status=status, finished_at=utcnow(), **values))
