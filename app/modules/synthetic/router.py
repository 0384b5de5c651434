"""GAN synthetic-data endpoints (seed service 9): train (a job), generate, scenarios, the model
registry and its quality reports. Training and generation run in worker processes."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Path, Query, Request, Response, status
from fastapi.responses import PlainTextResponse

from app.core.deps import AdminUser, JobsDep, ReaderUser, SessionDep, SettingsDep, TraderUser
from app.core.errors import problem_responses
from app.core.pagination import Page, PageParams
from app.core.params import symbol_param, timeframe_param
from app.core.routing import accepted, accepted_response, module_router
from app.core.timeutil import UtcDatetime
from app.modules.synthetic import jobs as _jobs  # noqa: F401  (registers the job handler)
from app.modules.synthetic import scenarios, service
from app.modules.synthetic.schemas import (
    ModelStatus,
    SyntheticGenerateRequest,
    SyntheticGenerateResult,
    SyntheticJobQueued,
    SyntheticModelOut,
    SyntheticPublishRequest,
    SyntheticQualityReport,
    SyntheticRobustnessRequest,
    SyntheticScenarioSet,
    SyntheticTrainRequest,
)

router = module_router("synthetic", prefix="/gan", responses=problem_responses(401, 422, 429))
ModelId = Annotated[str, Path(min_length=1, max_length=32, description="Model id")]


@router.post(
    "/train",
    response_model=SyntheticModelOut,
    status_code=status.HTTP_202_ACCEPTED,
    summary="Train TimeGAN and fit the bootstrap and GARCH-t baselines on stored candles (a job)",
    responses={
        **accepted_response(SyntheticModelOut, "GET /gan/models/{id}"),
        **problem_responses(403),
    },
)
async def train(
    body: SyntheticTrainRequest, user: TraderUser, session: SessionDep, jobs: JobsDep,
    settings: SettingsDep, request: Request, response: Response,
) -> SyntheticModelOut:  # fmt: skip
    row = await service.start_training(session, jobs, settings, user.user_id, body)
    accepted(response, request.url.path.rsplit("/", 1)[0] + f"/models/{row.id}")
    return await service.model_out(row, jobs)


@router.get(
    "/models",
    response_model=Page[SyntheticModelOut],
    summary="Models the caller may use (own and published), newest first; ?limit=&cursor=",
)
async def list_models(
    user: ReaderUser, session: SessionDep, jobs: JobsDep, page: PageParams,
    status_: Annotated[ModelStatus | None, Query(alias="status")] = None,
    mine: Annotated[bool, Query(description="Only the caller's own models")] = False,
    start: Annotated[UtcDatetime | None, Query(description="Created at or after")] = None,
    end: Annotated[UtcDatetime | None, Query(description="Created before")] = None,
) -> Page[SyntheticModelOut]:  # fmt: skip
    rows, cursor = await service.list_models(
        session, user, page, status=status_, mine=mine, start=start, end=end
    )
    return Page(items=[await service.model_out(r, jobs) for r in rows], next_cursor=cursor)


@router.get(
    "/models/{model_id}",
    response_model=SyntheticModelOut,
    summary="One model: status, training progress, data range, headline quality, sha256",
    responses=problem_responses(404),
)
async def get_model(
    model_id: ModelId, user: ReaderUser, session: SessionDep, jobs: JobsDep
) -> SyntheticModelOut:
    return await service.model_out(await service.get_model(session, user, model_id), jobs)


@router.get(
    "/models/{model_id}/quality",
    response_model=SyntheticQualityReport,
    summary="Quality report: stylised facts, discriminative and predictive scores vs baselines",
    responses=problem_responses(404),
)
async def quality(
    model_id: ModelId, user: ReaderUser, session: SessionDep
) -> SyntheticQualityReport:
    return await service.quality_report(session, user, model_id)


@router.post(
    "/models/{model_id}/publish",
    response_model=SyntheticModelOut,
    summary="Admin: publish a ready model to every user (or withdraw it)",
    responses=problem_responses(403, 404),
)
async def publish(
    model_id: ModelId, body: SyntheticPublishRequest, admin: AdminUser, session: SessionDep
) -> SyntheticModelOut:
    return await service.model_out(await service.publish(session, model_id, body.published, admin))


@router.delete(
    "/models/{model_id}",
    response_model=SyntheticModelOut,
    summary="Delete one of the caller's models and its file (its training is cancelled)",
    responses=problem_responses(403, 404),
)
async def delete_model(
    model_id: ModelId, user: TraderUser, session: SessionDep, jobs: JobsDep
) -> SyntheticModelOut:
    return await service.model_out(await service.delete_model(session, jobs, user, model_id))


@router.post(
    "/generate",
    response_model=SyntheticGenerateResult,
    summary="Generate OHLCV paths from a model's TimeGAN (optionally per regime) or a baseline",
    responses={
        200: {
            "description": "The paths (format=json), or CSV rows "
            "path,symbol,regime,ts,open,high,low,close,volume (format=csv)",
            "content": {"text/csv": {"schema": {"type": "string"}}},
        },
        **problem_responses(404),
    },
)
async def generate(
    body: SyntheticGenerateRequest, user: ReaderUser, session: SessionDep, jobs: JobsDep
) -> Any:
    result = await service.generate(session, jobs, user, body)
    if body.format == "csv":
        return PlainTextResponse(service.to_csv(result), media_type="text/csv")
    return result


@router.post(
    "/robustness",
    response_model=SyntheticJobQueued,
    status_code=status.HTTP_202_ACCEPTED,
    summary="Backtest a strategy across N synthetic paths: the spread of its Sharpe and drawdown",
    responses={**accepted_response(SyntheticJobQueued, "GET /jobs/{id}"), **problem_responses(404)},
)
async def robustness(
    body: SyntheticRobustnessRequest, user: TraderUser, session: SessionDep, jobs: JobsDep,
    request: Request, response: Response,
) -> SyntheticJobQueued:  # fmt: skip
    job_id = await service.start_robustness(session, jobs, user, body)
    accepted(response, request.url.path.split("/gan/")[0] + f"/jobs/{job_id}")
    return SyntheticJobQueued(job_id=job_id, status="queued", model_id=body.model_id)


@router.get(
    "/scenarios",
    response_model=SyntheticScenarioSet,
    summary="Named stress scenarios: historical crises in the store and a model's tail paths",
    responses=problem_responses(404),
)
async def list_scenarios(
    user: ReaderUser, session: SessionDep, jobs: JobsDep,
    exchange: Annotated[str, Query(min_length=1, max_length=32)],
    symbol: Annotated[str, Query(min_length=1, max_length=40, description="BTC-USDT")],
    timeframe: Annotated[str, Query(max_length=8)] = "1h",
    model_id: Annotated[str | None, Query(max_length=32, description="Add its tail paths")] = None,
    n: Annotated[int, Query(ge=1, le=20, description="Generated scenarios")] = 5,
    length: Annotated[int, Query(ge=2, le=2_000, description="Bars per generated path")] = 48,
    candidates: Annotated[int, Query(ge=10, le=5_000, description="Draws to pick from")] = 1_000,
    seed: Annotated[int, Query(ge=0, le=2**31 - 1)] = 0,
) -> SyntheticScenarioSet:  # fmt: skip
    pair, tf = symbol_param(symbol), timeframe_param(timeframe)
    found = await scenarios.historical(session, user.user_id, exchange, pair, tf)
    if model_id is not None:
        found += await scenarios.generated(
            session, jobs, user, model_id, pair, n, length, candidates, seed
        )
    return SyntheticScenarioSet(exchange=exchange, symbol=pair, timeframe=tf, scenarios=found)
