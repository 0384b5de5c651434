"""AutoML endpoints (seed service 10): Optuna studies over strategy parameters or signal-model
MLPs on stored candles, their status and best parameters, and named deployments."""

from __future__ import annotations

import asyncio
from typing import Annotated, Any

from fastapi import Path, Query, Response, status

from app.core.deps import JobsDep, ReaderUser, SessionDep, SettingsDep, TraderUser
from app.core.errors import FieldError, problem_responses
from app.core.routing import module_router
from app.modules.automl import jobs as _jobs  # noqa: F401  (registers the job handler)
from app.modules.automl import service
from app.modules.automl.deployments import DeploymentStatus, check_candles, plan
from app.modules.automl.errors import InvalidAutoMLInput
from app.modules.automl.features import OHLCV, build_dataset, to_ohlcv
from app.modules.automl.schemas import (
    BestParamsOut,
    CandleWindow,
    DeploymentOut,
    DeployRequest,
    OptimizeRequest,
    StudyAccepted,
    StudyOut,
    StudyStatusOut,
)
from app.modules.automl.search_spaces import strategy_param_schema
from app.modules.automl.specs import SignalModelTarget, StudySpec
from app.modules.automl.studies import (
    RunReport,
    best_results,
    create_study,
    delete_study,
    load_spec,
    study_status,
)

router = module_router("automl", prefix="/automl", responses=problem_responses(401, 422, 429))
StudyId = Annotated[str, Path(min_length=1, max_length=64, description="Study id")]
DeploymentName = Annotated[str, Path(min_length=1, max_length=64, description="Deployment")]


def _signal_candles(bars: list[service.Bar], cfg: SignalModelTarget) -> OHLCV:
    """The study's candles as arrays, after checking they make a training set."""
    try:
        ohlcv = to_ohlcv(bars)
        build_dataset(ohlcv, cfg)
    except ValueError as exc:
        raise InvalidAutoMLInput(
            f"these candles cannot train a signal model: {exc}",
            errors=[FieldError(field="body.data", message=str(exc), type="data")],
        ) from None
    return ohlcv


@router.post(
    "/optimize",
    response_model=StudyAccepted,
    status_code=status.HTTP_202_ACCEPTED,
    summary="Start an Optuna study (strategy parameters or a signal model) as a job",
    responses=problem_responses(403, 404, 503),
)
async def optimize(
    body: OptimizeRequest,
    user: TraderUser,
    session: SessionDep,
    jobs: JobsDep,
    settings: SettingsDep,
) -> StudyAccepted:
    spec: StudySpec = body.study_spec()
    candles: OHLCV | None = None
    if body.target == "strategy":
        assert spec.strategy is not None  # StudySpec checks it
        service.check_strategy_names(body)
        strategy_param_schema(spec.strategy.strategy, spec.strategy.params)
        backtest = service.check_backtest_policy(body.backtest)
        service.base_spec(spec.strategy.strategy, body.data, backtest)
        await service.load_window(session, body.data, limit=service.MIN_BARS)
    else:
        if body.backtest is not None:
            message = "backtest settings apply to target 'strategy' only"
            raise InvalidAutoMLInput(
                message, errors=[FieldError(field="body.backtest", message=message, type="target")]
            )
        assert spec.signal_model is not None  # StudySpec fills it in
        cfg = spec.signal_model.model_copy(update={"data": body.data.model_dump(mode="json")})
        spec = spec.model_copy(update={"signal_model": cfg})
        bars = service.to_bars(await service.load_window(session, body.data))
        candles = await asyncio.to_thread(_signal_candles, bars, cfg)
    storage = await service.storage(settings.database_url)
    study_id = service.new_study_id()
    await asyncio.to_thread(create_study, storage, spec, study_id, candles=candles)
    try:
        stored = (await asyncio.to_thread(load_spec, storage, study_id)).model_dump(mode="json")
        _, job = await service.record_study(
            session, jobs, study_id=study_id, owner_id=user.user_id, request=body, spec=stored
        )
    except BaseException:
        await asyncio.to_thread(delete_study, storage, study_id)
        raise
    return StudyAccepted(study_id=study_id, job_id=job.id, status=job.status)


@router.get(
    "/studies",
    response_model=list[StudyOut],
    summary="The caller's studies, newest first",
)
async def list_studies(
    user: ReaderUser,
    session: SessionDep,
    limit: int = Query(default=50, ge=1, le=500),
    offset: int = Query(default=0, ge=0, le=1_000_000),
) -> list[StudyOut]:
    return await service.list_studies(session, user.user_id, limit=limit, offset=offset)


@router.get(
    "/status/{study_id}",
    response_model=StudyStatusOut,
    summary="Trials so far, best value, elapsed time and the job's progress",
    responses=problem_responses(404, 503),
)
async def get_status(
    study_id: StudyId, user: ReaderUser, session: SessionDep, settings: SettingsDep
) -> StudyStatusOut:
    study = await service.get_study(session, user.user_id, study_id)
    storage = await service.storage(settings.database_url)
    state = await asyncio.to_thread(study_status, storage, study_id)
    job = await service.job_state(session, study.job_id)
    report = None
    if job is not None and job.status == "succeeded" and job.result:
        report = RunReport.model_validate(job.result)
    return StudyStatusOut(
        **state.model_dump(),
        n_trials_requested=study.n_trials,
        data=study.data,
        job=job,
        report=report,
    )


@router.get(
    "/best_params",
    response_model=BestParamsOut,
    summary="The best trial's parameters and metrics (or the Pareto set)",
    responses=problem_responses(404, 503),
)
async def best_params(
    user: ReaderUser,
    session: SessionDep,
    settings: SettingsDep,
    study_id: str = Query(min_length=1, max_length=64),
) -> BestParamsOut:
    await service.get_study(session, user.user_id, study_id)
    storage = await service.storage(settings.database_url)
    best = await asyncio.to_thread(best_results, storage, study_id)
    single = not best.multi_objective and best.trials
    return BestParamsOut(**best.model_dump(), best_params=best.trials[0].params if single else None)


DEPLOY_RESPONSES: dict[int | str, dict[str, Any]] = {
    201: {"model": DeploymentOut, "description": "Strategy study: the active deployment"},
    202: {
        "model": DeploymentOut,
        "description": "Signal-model study: saved as 'training' while a job retrains the "
        "members; poll status_url until 'active' or 'failed'",
    },
    **problem_responses(403, 404, 409, 503),
}


@router.post(
    "/deploy",
    response_model=DeploymentOut,
    status_code=status.HTTP_201_CREATED,
    summary="Promote trials (or the top k as an ensemble) to a named deployment",
    responses=DEPLOY_RESPONSES,
)
async def deploy(
    body: DeployRequest,
    user: TraderUser,
    session: SessionDep,
    settings: SettingsDep,
    jobs: JobsDep,
    response: Response,
) -> DeploymentOut:
    """Strategy parameters deploy at once (201). A signal model's members are retrained on the
    study's window by a job (202): everything that can fail early is checked first."""
    study = await service.get_study(session, user.user_id, body.study_id)
    await service.name_is_free(session, body.name)
    storage = await service.storage(settings.database_url)
    planned = await asyncio.to_thread(
        plan, storage, body.study_id, body.name, trial_numbers=body.trial_numbers, top_k=body.top_k
    )
    status_url = f"{settings.api_prefix}{router.prefix}/deployments/{body.name}"
    response.headers["Location"] = status_url
    if planned.status != "training":
        out = await service.save_deployment(session, user.user_id, planned)
        return out.model_copy(update={"status_url": status_url})
    window = CandleWindow.model_validate(study.data)
    bars = service.to_bars(await service.load_window(session, window))
    spec = await asyncio.to_thread(load_spec, storage, body.study_id)
    await asyncio.to_thread(check_candles, spec, bars)  # a changed window: 409 now, not later
    out, _ = await service.start_training(session, jobs, user.user_id, planned)
    response.status_code = status.HTTP_202_ACCEPTED
    return out.model_copy(update={"status_url": status_url})


@router.get(
    "/deployments",
    response_model=list[DeploymentOut],
    summary="The caller's deployments, newest first",
)
async def list_deployments(
    user: ReaderUser,
    session: SessionDep,
    status_: Annotated[DeploymentStatus | None, Query(alias="status")] = None,
    limit: int = Query(default=50, ge=1, le=500),
    offset: int = Query(default=0, ge=0, le=1_000_000),
) -> list[DeploymentOut]:
    return await service.caller_deployments(
        session, user.user_id, status=status_, limit=limit, offset=offset
    )


@router.get(
    "/deployments/{name}",
    response_model=DeploymentOut,
    summary="One of the caller's deployments",
    responses=problem_responses(404),
)
async def get_deployment(
    name: DeploymentName, user: ReaderUser, session: SessionDep
) -> DeploymentOut:
    return await service.deployment_view(session, user.user_id, name)


@router.post(
    "/deployments/{name}/retire",
    response_model=DeploymentOut,
    summary="Retire one of the caller's deployments (cancels its training, if any)",
    responses=problem_responses(403, 404),
)
async def retire_deployment(
    name: DeploymentName, user: TraderUser, session: SessionDep, jobs: JobsDep
) -> DeploymentOut:
    return await service.retire_deployment(session, jobs, user.user_id, name)
