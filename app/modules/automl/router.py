"""AutoML endpoints (seed service 10): Optuna studies over strategy parameters or signal-model
MLPs on stored candles, their status and best parameters, and named deployments (names are per
user). Studies and signal-model deployments run as jobs: 202 with a ``Location`` to poll."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Path, Query, Request, Response, status

from app.core.deps import JobsDep, ReaderUser, SessionDep, SettingsDep, TraderUser
from app.core.errors import problem_responses
from app.core.pagination import Page, PageParams
from app.core.routing import accepted, accepted_response, module_router
from app.modules.automl import jobs as _jobs  # noqa: F401  (registers the job handler)
from app.modules.automl import service
from app.modules.automl.deployments import DeploymentStatus
from app.modules.automl.schemas import (
    AutoMLBestParamsOut,
    AutoMLDeploymentOut,
    AutoMLDeployRequest,
    AutoMLModelVersionOut,
    AutoMLOptimizeRequest,
    AutoMLStudyAccepted,
    AutoMLStudyOut,
    AutoMLStudyStatusOut,
    AutoMLUpdateAccepted,
    AutoMLUpdateRequest,
)

router = module_router("automl", prefix="/automl", responses=problem_responses(401, 422, 429))
StudyId = Annotated[str, Path(min_length=1, max_length=64, description="Study id")]
DeploymentName = Annotated[str, Path(min_length=1, max_length=64, description="Deployment")]


def _sibling(request: Request, path: str) -> str:
    """A URL next to the current route's (``/api/v1/automl/optimize`` → ``.../status/x``)."""
    return request.url.path.rsplit("/", 1)[0] + path


@router.post(
    "/optimize",
    response_model=AutoMLStudyAccepted,
    status_code=status.HTTP_202_ACCEPTED,
    summary="Start an Optuna study (strategy parameters or a signal model) as a job",
    responses=accepted_response(AutoMLStudyAccepted, "GET /automl/status/{study_id}")
    | problem_responses(403, 404, 503),
)
async def optimize(
    body: AutoMLOptimizeRequest, user: TraderUser, session: SessionDep, jobs: JobsDep,
    settings: SettingsDep, request: Request, response: Response,
) -> AutoMLStudyAccepted:  # fmt: skip
    queued = await service.start_study(session, jobs, settings.database_url, user.user_id, body)
    accepted(response, _sibling(request, f"/status/{queued.study_id}"))
    return queued


@router.get(
    "/studies",
    response_model=Page[AutoMLStudyOut],
    summary="The caller's studies, newest first; ?limit=&cursor= pages",
)
async def list_studies(
    user: ReaderUser, session: SessionDep, page: PageParams
) -> Page[AutoMLStudyOut]:
    items, next_cursor = await service.list_studies(session, user.user_id, page)
    return Page(items=items, next_cursor=next_cursor)


@router.get(
    "/status/{study_id}",
    response_model=AutoMLStudyStatusOut,
    summary="Trials so far, best value, elapsed time and the job's progress",
    responses=problem_responses(404, 503),
)
async def get_status(
    study_id: StudyId, user: ReaderUser, session: SessionDep, settings: SettingsDep
) -> AutoMLStudyStatusOut:
    return await service.status_view(session, settings.database_url, user.user_id, study_id)


@router.get(
    "/best_params",
    response_model=AutoMLBestParamsOut,
    summary="The best trial's parameters and metrics (or the Pareto set)",
    responses=problem_responses(404, 503),
)
async def best_params(
    user: ReaderUser,
    session: SessionDep,
    settings: SettingsDep,
    study_id: str = Query(min_length=1, max_length=64),
) -> AutoMLBestParamsOut:
    return await service.best_params_view(session, settings.database_url, user.user_id, study_id)


DEPLOY_RESPONSES: dict[int | str, dict[str, Any]] = {
    201: {"model": AutoMLDeploymentOut, "description": "Strategy study: the active deployment"},
    **accepted_response(
        AutoMLDeploymentOut,
        "GET /automl/deployments/{name} (signal model: saved as 'training' while a job "
        "retrains the members, until 'active' or 'failed')",
    ),
    **problem_responses(403, 404, 409, 503),
}


@router.post(
    "/deploy",
    response_model=AutoMLDeploymentOut,
    status_code=status.HTTP_201_CREATED,
    summary="Promote trials (or the top k as an ensemble) to a deployment named per user",
    responses=DEPLOY_RESPONSES,
)
async def deploy(
    body: AutoMLDeployRequest, user: TraderUser, session: SessionDep, settings: SettingsDep,
    jobs: JobsDep, request: Request, response: Response,
) -> AutoMLDeploymentOut:  # fmt: skip
    """Strategy parameters deploy at once (201). A signal model's members are retrained on the
    study's window by a job (202), never in this request."""
    status_url = _sibling(request, f"/deployments/{body.name}")
    out, queued = await service.deploy(
        session, jobs, settings.database_url, user.user_id, body, status_url, settings.model_dir
    )
    response.headers["Location"] = status_url
    if queued:
        accepted(response, status_url)
    return out


@router.get(
    "/deployments",
    response_model=Page[AutoMLDeploymentOut],
    summary="The caller's deployments, newest first; ?limit=&cursor= pages",
)
async def list_deployments(
    user: ReaderUser,
    session: SessionDep,
    page: PageParams,
    status_: Annotated[DeploymentStatus | None, Query(alias="status")] = None,
) -> Page[AutoMLDeploymentOut]:
    items, next_cursor = await service.caller_deployments(
        session, user.user_id, status=status_, page=page
    )
    return Page(items=items, next_cursor=next_cursor)


@router.get(
    "/deployments/{name}",
    response_model=AutoMLDeploymentOut,
    summary="One of the caller's deployments",
    responses=problem_responses(404),
)
async def get_deployment(
    name: DeploymentName, user: ReaderUser, session: SessionDep
) -> AutoMLDeploymentOut:
    return await service.deployment_view(session, user.user_id, name)


@router.post(
    "/deployments/{name}/retire",
    response_model=AutoMLDeploymentOut,
    summary="Retire one of the caller's deployments (cancels its training, if any)",
    responses=problem_responses(403, 404),
)
async def retire_deployment(
    name: DeploymentName, user: TraderUser, session: SessionDep, jobs: JobsDep
) -> AutoMLDeploymentOut:
    return await service.retire_deployment(session, jobs, user.user_id, name)


@router.post(
    "/deployments/{name}/update",
    response_model=AutoMLUpdateAccepted,
    status_code=status.HTTP_202_ACCEPTED,
    summary="Online update of a signal model on newer candles, as a job (a new version)",
    responses=accepted_response(AutoMLUpdateAccepted, "GET /jobs/{job_id}")
    | problem_responses(403, 404, 409),
)
async def update_deployment(
    name: DeploymentName, body: AutoMLUpdateRequest, user: TraderUser, session: SessionDep,
    jobs: JobsDep, settings: SettingsDep, request: Request, response: Response,
) -> AutoMLUpdateAccepted:  # fmt: skip
    """ADWIN on the live prediction error decides between an incremental update and a refit
    (``mode``); the new version is promoted only if it scores at least the current one."""
    queued = await service.start_update(session, jobs, user.user_id, name, body, settings.model_dir)
    accepted(response, request.url.path.split("/automl/")[0] + f"/jobs/{queued.job_id}")
    return queued


@router.get(
    "/deployments/{name}/versions",
    response_model=Page[AutoMLModelVersionOut],
    summary="A signal-model deployment's versions with their metrics, newest first",
    responses=problem_responses(404),
)
async def list_versions(
    name: DeploymentName, user: ReaderUser, session: SessionDep, page: PageParams
) -> Page[AutoMLModelVersionOut]:
    items, next_cursor = await service.list_versions(session, user.user_id, name, page)
    return Page(items=items, next_cursor=next_cursor)


@router.post(
    "/deployments/{name}/rollback",
    response_model=AutoMLModelVersionOut,
    summary="Make the previous promoted version current again (its exact predictions)",
    responses=problem_responses(403, 404, 409),
)
async def rollback_deployment(
    name: DeploymentName, user: TraderUser, session: SessionDep
) -> AutoMLModelVersionOut:
    return await service.rollback_deployment(session, user.user_id, name)
