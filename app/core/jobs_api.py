"""Generic job endpoints: every module's long work is visible and cancellable here too."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from fastapi import Query
from pydantic import BaseModel

from app.core.deps import CurrentUser, JobsDep
from app.core.errors import problem_responses
from app.core.jobs import Job
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


@router.get("", response_model=list[JobOut], summary="List the caller's background jobs")
async def list_jobs(
    user: CurrentUser,
    jobs: JobsDep,
    kind: str | None = Query(default=None, max_length=64),
    limit: int = Query(default=50, ge=1, le=500),
    offset: int = Query(default=0, ge=0, le=1_000_000),
) -> list[JobOut]:
    return [
        JobOut.of(job)
        for job in await jobs.list(user.user_id, kind=kind, limit=limit, offset=offset)
    ]


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
