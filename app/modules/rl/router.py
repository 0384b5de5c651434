"""RL bot endpoints (seed service 7): train (a job), predict, performance, save/load models,
and the model registry (list, get, publish, delete). Torch and stable-baselines3 run only in
the job runner's pool processes."""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import File, Form, Path, Query, Request, Response, UploadFile, status
from pydantic import ValidationError

from app.core.deps import AdminUser, JobsDep, ReaderUser, SessionDep, SettingsDep, TraderUser
from app.core.errors import FieldError, ValidationFailed, problem_responses
from app.core.pagination import PageParams
from app.core.routing import accepted, accepted_response, module_router
from app.core.timeutil import UtcDatetime
from app.modules.rl import jobs as _jobs  # noqa: F401  (registers the training job)
from app.modules.rl import service
from app.modules.rl.errors import RLInputError
from app.modules.rl.models import RLModel
from app.modules.rl.schemas import (
    RLLoadModelOut,
    RLModelOut,
    RLModelPage,
    RLPerformanceOut,
    RLPredictOut,
    RLPredictRequest,
    RLPublishRequest,
    RLSaveModelRequest,
    RLTrainOut,
    RLTrainRequest,
)
from app.modules.rl.signals import save_as_signal
from app.modules.rl.specs import AlgoSpec, EnvSpec

router = module_router("rl", prefix="/rl", responses=problem_responses(401, 422, 429))
ModelId = Annotated[str, Path(min_length=1, max_length=32, description="Model id")]
MAX_UPLOAD_BYTES = 64 * 1024 * 1024


def out(row: RLModel) -> RLModelOut:
    return RLModelOut.model_validate(row, from_attributes=True)


@router.post(
    "/train",
    response_model=RLTrainOut,
    status_code=status.HTTP_202_ACCEPTED,
    summary="Train a DQN, PPO or A2C agent on stored candles (a job in a worker process)",
    responses={**accepted_response(RLTrainOut, "GET /jobs/{job_id}"), **problem_responses(404)},
)
async def train(
    body: RLTrainRequest, user: TraderUser, session: SessionDep, jobs: JobsDep,
    request: Request, response: Response,
) -> RLTrainOut:  # fmt: skip
    row, job_id = await service.start_training(session, jobs, user, body)
    prefix = request.app.state.settings.api_prefix
    accepted(response, f"{prefix}/jobs/{job_id}")
    return RLTrainOut(model=out(row), job_id=job_id)


@router.get("/models", response_model=RLModelPage, summary="The caller's and published models")
async def list_models(
    user: ReaderUser, session: SessionDep, page: PageParams,
    mine: Annotated[bool, Query(description="Only the caller's own models")] = False,
) -> RLModelPage:  # fmt: skip
    rows, cursor = await service.list_models(session, user, page, mine_only=mine)
    return RLModelPage(items=[out(r) for r in rows], next_cursor=cursor)


@router.get(
    "/models/{model_id}",
    response_model=RLModelOut,
    summary="One model of the registry (own, published, or any for an admin)",
    responses=problem_responses(404),
)
async def get_model(model_id: ModelId, user: ReaderUser, session: SessionDep) -> RLModelOut:
    return out(await service.get_visible(session, user, model_id))


@router.post(
    "/models/{model_id}/publish",
    response_model=RLModelOut,
    summary="Publish (or unpublish) a model to every user (admin only)",
    responses=problem_responses(403, 404, 409),
)
async def publish_model(
    model_id: ModelId, body: RLPublishRequest, user: AdminUser, session: SessionDep
) -> RLModelOut:
    return out(await service.publish(session, user, model_id, body.published))


@router.delete(
    "/models/{model_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete one of the caller's models (its file too, when nothing else uses it)",
    responses=problem_responses(404),
)
async def delete_model(
    model_id: ModelId, user: TraderUser, session: SessionDep, settings: SettingsDep,
    jobs: JobsDep,
) -> Response:  # fmt: skip
    await service.delete_model(session, settings, jobs, user, model_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post(
    "/predict",
    response_model=RLPredictOut,
    summary="The agent's action on the latest candles: exposure, confidence, stop-loss "
    "(confidence below the floor is HOLD)",
    responses=problem_responses(404, 409),
)
async def predict(
    body: RLPredictRequest, user: TraderUser, session: SessionDep, settings: SettingsDep,
    jobs: JobsDep,
) -> RLPredictOut:  # fmt: skip
    answer = RLPredictOut.model_validate(await service.predict(session, settings, jobs, user, body))
    if body.save_signal:
        answer.signal_id = await save_as_signal(session, user.user_id, answer, body)
    return answer


@router.get(
    "/performance",
    response_model=RLPerformanceOut,
    summary="Out-of-sample evaluation on the held-back range vs buy and hold and random agents",
    responses=problem_responses(404, 409),
)
async def performance(
    user: ReaderUser, session: SessionDep, settings: SettingsDep, jobs: JobsDep,
    model_id: Annotated[str, Query(min_length=1, max_length=32)],
    start: Annotated[UtcDatetime | None, Query(description="Default: held-back start")] = None,
    end: Annotated[UtcDatetime | None, Query(description="Default: held-back end")] = None,
) -> RLPerformanceOut:  # fmt: skip
    if start and end and start >= end:
        raise RLInputError("start must be before end", field="query.start")
    return RLPerformanceOut.model_validate(
        await service.performance(session, settings, jobs, user, model_id, start, end)
    )


@router.post(
    "/save_model",
    response_model=RLModelOut,
    status_code=status.HTTP_201_CREATED,
    summary="Save a new version: a copy of a model under a name, or a voting ensemble",
    responses=problem_responses(404, 409),
)
async def save_model(body: RLSaveModelRequest, user: TraderUser, session: SessionDep) -> RLModelOut:
    return out(await service.save_model(session, user, body))


def _spec(raw: str | None, model: type[EnvSpec] | type[AlgoSpec], field: str) -> Any:
    try:
        return model.model_validate(json.loads(raw) if raw else {})
    except (json.JSONDecodeError, ValidationError) as exc:
        errors = (
            [FieldError(field=f"body.{field}", message=str(exc), type="json")]
            if isinstance(exc, json.JSONDecodeError)
            else [
                FieldError(
                    field=".".join(["body", field, *map(str, e["loc"])]),
                    message=e["msg"],
                    type=e["type"],
                )
                for e in exc.errors()
            ]
        )
        raise ValidationFailed(f"{field} is not a valid {model.__name__}", errors=errors) from None


@router.post(
    "/load_model",
    response_model=RLLoadModelOut,
    summary="Load a registry model (hash checked) or register an uploaded SB3 zip (validated; "
    "nothing in it is unpickled)",
    responses=problem_responses(404, 409, 413),
)
async def load_model(
    user: TraderUser, session: SessionDep, settings: SettingsDep, jobs: JobsDep,
    model_id: Annotated[str | None, Form(max_length=32)] = None,
    file: Annotated[UploadFile | None, File(description="An SB3 .zip")] = None,
    name: Annotated[str, Form(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.\-]+$")] = (
        "uploaded"
    ),
    algo: Annotated[str | None, Form(description="AlgoSpec JSON (algo, net_arch)")] = None,
    env: Annotated[str | None, Form(description="EnvSpec JSON the agent was trained in")] = None,
) -> RLLoadModelOut:  # fmt: skip
    if (model_id is None) == (file is None):
        raise RLInputError("give exactly one of model_id or file", field="body.file")
    if model_id is not None:
        row, parameters = await service.verify_model(session, settings, jobs, user, model_id)
    else:
        assert file is not None
        content = await file.read(MAX_UPLOAD_BYTES + 1)
        if len(content) > MAX_UPLOAD_BYTES:
            raise RLInputError("the file is larger than 64 MiB", field="body.file")
        row, parameters = await service.upload_model(
            session, settings, jobs, user, content, name,
            _spec(env, EnvSpec, "env"), _spec(algo, AlgoSpec, "algo"),
        )  # fmt: skip
    return RLLoadModelOut(model=out(row), verified=True, parameters=parameters)
