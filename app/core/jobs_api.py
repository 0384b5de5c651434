"""Generic job endpoints: every module's long work is visible and cancellable here too."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from fastapi import Query
from pydantic import BaseModel

from app.core.deps import CurrentUser, JobsDep
from app.core.errors import problem_responses
from app.core.jobs import Job
from app.core.pagination import Page, PageParams
from app.core.routing import module_router

router = module_router("jobs", prefix="/jobs", responses=problem_responses(401, 429))


class JobOut(BaseModel):
    id: str
    kind: str
    status: str
    progress: float
    message: str | None
    result: dict[str, Any] | None
    error: str | None
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None

    @classmethod
    def of(cls, job: Job) -> JobOut:
        return cls.model_validate(job, from_attributes=True)


class JobPage(Page[JobOut]):
    """The caller's jobs, newest first."""


@router.get("", response_model=JobPage, summary="List the caller's background jobs, newest first")
async def list_jobs(
    user: CurrentUser,
    jobs: JobsDep,
    page: PageParams,
    kind: str | None = Query(default=None, max_length=64),
) -> JobPage:
    rows, next_cursor = await jobs.list(user.user_id, kind=kind, page=page)
    return JobPage(items=[JobOut.of(job) for job in rows], next_cursor=next_cursor)


@router.get(
    "/{job_id}",
    response_model=JobOut,
    summary="Status, progress and result of one job",
    responses=problem_responses(404),
)
async def get_job(job_id: str, user: CurrentUser, jobs: JobsDep) -> JobOut:
    return JobOut.of(await jobs.get(job_id, user.user_id, admin=user.is_admin))


@router.post(
    "/{job_id}/cancel",
    response_model=JobOut,
    summary="Ask a queued or running job to stop",
    responses=problem_responses(404, 409),
)
async def cancel_job(job_id: str, user: CurrentUser, jobs: JobsDep) -> JobOut:
    return JobOut.of(await jobs.cancel(job_id, user.user_id, admin=user.is_admin))
