"""Background jobs: taskiq over Redis for worker processes, or a bounded in-process pool.

Every job is persisted in ``core_jobs`` with its owner, status, progress, result and error, so
status survives the process and is visible from any API process. Handlers are registered by kind
and receive a ``JobContext`` to report progress, check for cancellation and push CPU work off
the event loop (``run_process`` for a worker process, ``run_cpu`` for a thread).

Quota: a user may have at most ``max_active_per_user`` jobs queued or running; beyond that a
submission is a 429 problem with ``Retry-After``. The in-process mode runs at most ``workers``
jobs at once and picks the next one fairly between users (``app.core.jobqueue``).
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import time
import uuid
from collections.abc import Awaitable, Callable, MutableMapping
from concurrent.futures import ProcessPoolExecutor
from datetime import datetime
from enum import StrEnum
from multiprocessing.managers import SyncManager
from typing import TYPE_CHECKING, Any, TypeVar, cast

from sqlalchemy import JSON, Column, func, select, update
from sqlmodel import Field, SQLModel, col

from app.core.cache import Cache
from app.core.db import Database, UTCDateTime
from app.core.errors import AppError, Conflict, NotFound, RateLimited, ValidationFailed
from app.core.jobqueue import FairJobQueue
from app.core.metrics import JOB_DURATION, JOBS, JOBS_RUNNING
from app.core.pagination import PageRequest, newest_first, next_cursor_of
from app.core.procwork import SharedProgress
from app.core.timeutil import utcnow

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
ACTIVE = (JobStatus.queued, JobStatus.running)
PROCESS_POLL_SECONDS = 0.25  # how often process-pool work's progress reaches the job row
PROCESS_STOP_GRACE_SECONDS = 30.0


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
        """Run blocking work in a thread so the event loop keeps serving (for work that needs
        live callbacks into this process; prefer ``run_process`` for plain CPU work)."""
        return await asyncio.to_thread(func, *args, **kwargs)

    async def run_process(self, func: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run CPU-heavy work in the runner's process pool, off the web process's GIL.
        ``func`` must be a module-level function and its arguments and result picklable."""
        return await self.runner.run_in_process(func, *args, **kwargs)

    async def run_process_tracked(
        self, func: Callable[..., T], *args: Any, message: str | None = None
    ) -> T:
        """``func(*args, on_progress, should_cancel)`` in the process pool: its progress is
        recorded on the job, and cancelling the job makes ``should_cancel()`` true."""
        shared = SharedProgress(self.runner.shared_state())
        work = asyncio.ensure_future(
            self.runner.run_in_process(func, *args, shared.report, shared.should_cancel)
        )
        try:
            while True:
                done, _ = await asyncio.wait({work}, timeout=PROCESS_POLL_SECONDS)
                if done:
                    return work.result()
                if await self.cancelled():
                    shared.stop()
                await self.progress(shared.fraction, message)
        finally:
            if not work.done():  # cancelled under us: "cancelled" should mean the work stopped
                shared.stop()
                await asyncio.wait({work}, timeout=PROCESS_STOP_GRACE_SECONDS)


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
    def __init__(
        self,
        db: Database,
        cache: Cache,
        backend: str,
        redis_url: str | None,
        *,
        workers: int = 2,
        max_active_per_user: int = 10,
        quota_retry_after: int = 30,
    ) -> None:
        self.db = db
        self.cache = cache
        self.backend = backend
        self.redis_url = redis_url
        if backend == "redis" and not redis_url:
            raise ValueError("APP_JOB_BACKEND=redis needs APP_REDIS_URL")
        self.workers = workers
        self.max_active_per_user = max_active_per_user
        self.quota_retry_after = quota_retry_after
        self._broker: Any = None
        self._task: Any = None
        self._broker_started: asyncio.Future[None] | None = None
        self._local: dict[str, asyncio.Task[Any]] = {}
        self._queue = FairJobQueue()
        self._worker_tasks: list[asyncio.Task[None]] = []
        self._submit_lock = asyncio.Lock()
        self._processes: ProcessPoolExecutor | None = None
        self._finishing: set[asyncio.Future[None]] = set()
        self._manager: SyncManager | None = None
        if backend == "redis":
            self._build_broker()

    def _build_broker(self) -> None:
        # Only the Redis mode goes through taskiq: its in-memory broker starts every task at
        # once, with neither a bound nor fairness, so the in-process mode has its own pool.
        from taskiq_redis import ListQueueBroker

        # __init__ refused the redis backend without a URL.
        # socket_timeout=None: the worker waits on BRPOP with no timeout, and redis-py's
        # default 5 s socket timeout would kill an idle worker with TimeoutError every 5 s.
        self._broker = ListQueueBroker(
            cast(str, self.redis_url),
            queue_name=f"{self.cache.namespace}:jobs",
            socket_timeout=None,
            socket_keepalive=True,
        )

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
        else:
            self._start_workers()
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
        for task in [*self._worker_tasks, *self._local.values()]:
            task.cancel()
        await asyncio.gather(*self._worker_tasks, *self._local.values(), return_exceptions=True)
        await asyncio.gather(*self._finishing, return_exceptions=True)
        self._worker_tasks.clear()
        if self._broker_started is not None:
            await self._broker.shutdown()
        if self._processes is not None:
            self._processes.shutdown(wait=False, cancel_futures=True)
            self._processes = None
        if self._manager is not None:
            self._manager.shutdown()
            self._manager = None

    def _start_workers(self) -> None:
        if not self._worker_tasks:
            self._worker_tasks = [
                asyncio.create_task(self._work(), name=f"kalkan-job-worker-{index}")
                for index in range(self.workers)
            ]

    async def _work(self) -> None:
        """One in-process worker slot: take the fairest next job, run it, repeat."""
        while True:
            owner, job_id = await self._queue.get()
            try:
                # Its own task, so cancelling the job (POST .../cancel) spares the worker.
                await asyncio.shield(asyncio.ensure_future(self.execute(job_id)))
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("job worker error", extra={"job_id": job_id})
            finally:
                self._queue.done(owner)

    def shared_state(self) -> MutableMapping[str, Any]:
        """A fresh progress/stop dict that pool processes can write and read."""
        if self._manager is None:
            self._manager = multiprocessing.get_context("spawn").Manager()
        return self._manager.dict(fraction=0.0, stop=False)

    async def run_in_process(self, func: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        if self._processes is None:
            # spawn: a fork of a process with an event loop, threads and open sockets is unsafe.
            self._processes = ProcessPoolExecutor(
                max_workers=self.workers, mp_context=multiprocessing.get_context("spawn")
            )
        from functools import partial

        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._processes, partial(func, *args, **kwargs))

    async def _check_quota(self, owner_id: int) -> None:
        query = select(func.count()).where(
            col(Job.owner_id) == owner_id, col(Job.status).in_(ACTIVE)
        )
        async with self.db.session() as session:
            active = int((await session.execute(query)).scalar_one())
        if active >= self.max_active_per_user:
            raise RateLimited(
                f"you have {active} jobs queued or running, the most allowed at once is "
                f"{self.max_active_per_user}; wait for one to finish or cancel one",
                headers={"Retry-After": str(self.quota_retry_after)},
                rule="job-quota",
            )

    async def submit(self, kind: str, params: dict[str, Any], owner_id: int | None) -> Job:
        if kind not in _handlers and self.backend == "inprocess":
            raise ValidationFailed(f"unknown job kind {kind!r}")
        job = Job(id=uuid.uuid4().hex, kind=kind, owner_id=owner_id, params=params)
        # The lock makes count-then-insert atomic within this process (one process per
        # container by default; several API processes may overshoot by one each).
        async with self._submit_lock:
            if owner_id is not None:
                await self._check_quota(owner_id)
            async with self.db.session() as session:
                session.add(job)
                await session.commit()
        JOBS.labels(kind, JobStatus.queued).inc()
        if self.backend == "redis":
            await (await self._started_task()).kiq(job.id)
        else:
            self._start_workers()
            self._queue.put(owner_id, job.id)
        return job

    async def get(self, job_id: str, owner_id: int | None, *, admin: bool = False) -> Job:
        async with self.db.session() as session:
            job = await session.get(Job, job_id)
        if job is None or (not admin and job.owner_id != owner_id):
            raise NotFound(f"job {job_id} not found")
        return job

    async def list(
        self, owner_id: int, *, kind: str | None = None, page: PageRequest
    ) -> tuple[list[Job], str | None]:
        """One page of the owner's jobs, newest first, and the cursor of the next page."""
        query = select(Job).where(col(Job.owner_id) == owner_id)
        if kind:
            query = query.where(col(Job.kind) == kind)
        query = newest_first(query, col(Job.created_at), col(Job.id), page, int_key=False)
        async with self.db.session() as session:
            rows = list((await session.execute(query)).scalars())
        return rows[: page.limit], next_cursor_of(rows, page.limit, lambda j: (j.created_at, j.id))

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
        # Shielded so a cancellation cannot lose the outcome; tracked so shutdown waits for
        # it before the engine is disposed under it.
        update_task = asyncio.ensure_future(
            self._update(job_id, status=status, finished_at=utcnow(), **values)
        )
        self._finishing.add(update_task)
        update_task.add_done_callback(self._finishing.discard)
        await asyncio.shield(update_task)
