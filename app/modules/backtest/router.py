"""Backtesting endpoints (seed service 4): strategies, runs, results, charts, history,
optimisation, walk-forward and Monte Carlo. Long work runs as core jobs: 202 with the run's id
and its job id, then GET /backtest/results/{id} (or /jobs/{job_id}) until it is finished."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Annotated, Any, Literal

from fastapi import Path, Query, Response, status
from fastapi.responses import HTMLResponse
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.deps import JobsDep, ReaderUser, SessionDep, TraderUser
from app.core.errors import problem_responses
from app.core.jobs import JobRunner
from app.core.routing import module_router
from app.modules.backtest import jobs as _jobs  # noqa: F401  (registers the job handlers)
from app.modules.backtest import public, service
from app.modules.backtest.api_schemas import (
    FINAL_STATUSES,
    RESULT_MODELS,
    BacktestRunOut,
    BacktestRunRequest,
    MonteCarloRequest,
    MonteCarloRunOut,
    OptimizeRequest,
    OptimizeRunOut,
    RunKind,
    RunOut,
    RunPage,
    RunStatus,
    RunSummary,
    WalkForwardRequest,
    WalkForwardRunOut,
)
from app.modules.backtest.models import BacktestRun
from app.modules.backtest.problems import PolicyAwareRoute, domain_problem
from app.modules.backtest.schemas import BacktestSpec, StrategyInfo

router = module_router(
    "backtest",
    prefix="/backtest",
    route_class=PolicyAwareRoute,
    responses=problem_responses(401, 422, 429),
)
WAIT_SECONDS = 5.0
RunId = Annotated[str, Path(min_length=1, max_length=64, description="Run id")]
WaitQuery = Annotated[
    bool,
    Query(description=f"Wait up to {WAIT_SECONDS:g} s: 200 with the finished run if it is done"),
]


def _accepted(model: type) -> dict[int | str, dict[str, Any]]:
    return {
        200: {"model": model, "description": "Finished within the wait (wait=true)"},
        202: {"model": model, "description": "Queued as a job; poll GET /backtest/results/{id}"},
        **problem_responses(403, 404),
    }


def _utc(moment: datetime | None) -> datetime | None:
    """Query times without an offset are taken as UTC."""
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=UTC)


def _check_strategy(spec: BacktestSpec, prefix: str = "body") -> None:
    try:
        public.validate_params(spec.strategy, spec.params)
    except public.StrategyError as exc:
        raise domain_problem(exc, prefix=prefix) from None


async def _check_store(session: AsyncSession, exchange: str, spec: BacktestSpec, field: str) -> str:
    """The exchange the candles come from, after checking the store has them; '' if inline."""
    if spec.candles is not None:
        return ""
    await service.check_candles(
        session, exchange, spec.symbols, spec.timeframe, spec.start, spec.end, field=field
    )
    return exchange


async def _respond(
    session: AsyncSession, jobs: JobRunner, run: BacktestRun, wait: bool, response: Response
) -> Any:
    if wait and run.job_id:
        await jobs.wait(run.job_id, WAIT_SECONDS)
        await session.refresh(run)
    out = await service.run_out(session, run)
    if out.status in FINAL_STATUSES:
        response.status_code = status.HTTP_200_OK
    return out


@router.get(
    "/strategies",
    response_model=list[StrategyInfo],
    summary="Built-in strategies with their parameter schemas",
)
async def list_strategies(user: ReaderUser) -> list[StrategyInfo]:
    return public.list_strategies()


@router.post(
    "/run",
    response_model=BacktestRunOut,
    status_code=status.HTTP_202_ACCEPTED,
    summary="Backtest a strategy on stored or inline candles (a job; wait=true for small runs)",
    responses=_accepted(BacktestRunOut),
)
async def run(
    body: BacktestRunRequest,
    user: TraderUser,
    session: SessionDep,
    jobs: JobsDep,
    response: Response,
    wait: WaitQuery = False,
) -> Any:
    signals = None
    if body.strategy == "signals" and not body.signals:
        signals = await service.stored_signals(
            session,
            user.user_id,
            body.symbols,
            body.timeframe,
            body.start,
            body.end,
            body.signal_strategy,
        )
    spec = body.spec(signals)
    _check_strategy(spec)
    exchange = await _check_store(session, body.exchange, spec, "body.symbols")
    stored = spec.model_dump(mode="json") | {"exchange": exchange}
    run = await service.create_run(
        session,
        jobs,
        owner_id=user.user_id,
        kind="run",
        spec=stored,
        strategy=spec.strategy,
        symbols=spec.symbols,
        timeframe=spec.timeframe,
        exchange=exchange or None,
    )
    return await _respond(session, jobs, run, wait, response)


@router.get(
    "/results/{run_id}",
    response_model=RunOut,
    summary="Status, progress and result of one of the caller's runs",
    responses=problem_responses(404),
)
async def get_result(run_id: RunId, user: ReaderUser, session: SessionDep) -> Any:
    return await service.run_out(session, await service.get_run(session, user.user_id, run_id))


@router.get(
    "/results/{run_id}/chart",
    response_model=dict[str, Any],
    summary="Plotly chart of a finished run (backtest, optimisation, walk-forward, Monte Carlo)",
    responses={
        200: {
            "description": "Plotly figure (data + layout), or a standalone HTML page",
            "content": {"text/html": {"schema": {"type": "string"}}},
        },
        **problem_responses(404, 409),
    },
)
async def get_chart(
    run_id: RunId,
    user: ReaderUser,
    session: SessionDep,
    format_: Annotated[Literal["json", "html"], Query(alias="format")] = "json",
) -> Any:
    run = await service.finished_run(session, user.user_id, run_id)
    result = RESULT_MODELS[run.kind].model_validate(run.result)
    if format_ == "html":
        return HTMLResponse(await asyncio.to_thread(public.chart_html, result))
    return await asyncio.to_thread(public.build_chart, result)


@router.get(
    "/history",
    response_model=RunPage,
    summary="The caller's runs, newest first, cursor-paginated",
)
async def history(
    user: ReaderUser,
    session: SessionDep,
    kind: RunKind | None = None,
    strategy: str | None = Query(default=None, max_length=64),
    status_: Annotated[RunStatus | None, Query(alias="status")] = None,
    start: datetime | None = Query(default=None, description="Created at or after (UTC)"),
    end: datetime | None = Query(default=None, description="Created before (UTC)"),
    limit: int = Query(default=50, ge=1, le=500),
    cursor: str | None = Query(default=None, max_length=200),
) -> RunPage:
    items, next_cursor = await service.history(
        session,
        user.user_id,
        kind=kind,
        strategy=strategy,
        status=status_,
        start=_utc(start),
        end=_utc(end),
        limit=limit,
        cursor=cursor,
    )
    return RunPage(items=items, next_cursor=next_cursor)


@router.delete(
    "/results/{run_id}",
    response_model=RunSummary,
    summary="Delete one of the caller's runs (its job is cancelled if still running)",
    responses=problem_responses(403, 404),
)
async def delete_result(
    run_id: RunId, user: TraderUser, session: SessionDep, jobs: JobsDep
) -> RunSummary:
    return await service.delete_run(session, jobs, user.user_id, run_id)


@router.post(
    "/optimize",
    response_model=OptimizeRunOut,
    status_code=status.HTTP_202_ACCEPTED,
    summary="Grid or Optuna parameter search with an overfitting report (a cancellable job)",
    responses=_accepted(OptimizeRunOut),
)
async def optimize(
    body: OptimizeRequest,
    user: TraderUser,
    session: SessionDep,
    jobs: JobsDep,
    response: Response,
    wait: WaitQuery = False,
) -> Any:
    return await _search(body, "optimize", user.user_id, session, jobs, response, wait)


@router.post(
    "/walkforward",
    response_model=WalkForwardRunOut,
    status_code=status.HTTP_202_ACCEPTED,
    summary="Walk-forward optimisation: optimise in-sample, trade out-of-sample (a job)",
    responses=_accepted(WalkForwardRunOut),
)
async def walkforward(
    body: WalkForwardRequest,
    user: TraderUser,
    session: SessionDep,
    jobs: JobsDep,
    response: Response,
    wait: WaitQuery = False,
) -> Any:
    return await _search(body, "walkforward", user.user_id, session, jobs, response, wait)


async def _search(
    body: OptimizeRequest | WalkForwardRequest,
    kind: Literal["optimize", "walkforward"],
    owner_id: int,
    session: AsyncSession,
    jobs: JobRunner,
    response: Response,
    wait: bool,
) -> Any:
    try:
        public.check_optimize_spec(body)
    except public.BacktestError as exc:
        raise domain_problem(exc, prefix="body.base", space=body.param_space) from None
    exchange = await _check_store(session, body.exchange, body.base, "body.base.symbols")
    stored = body.model_dump(mode="json", exclude={"exchange"}) | {"exchange": exchange}
    run = await service.create_run(
        session,
        jobs,
        owner_id=owner_id,
        kind=kind,
        spec=stored,
        strategy=body.base.strategy,
        symbols=body.base.symbols,
        timeframe=body.base.timeframe,
        exchange=exchange or None,
    )
    return await _respond(session, jobs, run, wait, response)


@router.post(
    "/montecarlo",
    response_model=MonteCarloRunOut,
    status_code=status.HTTP_202_ACCEPTED,
    summary="Monte Carlo bootstrap of a finished backtest's trades or bar returns (a job)",
    responses=_accepted(MonteCarloRunOut) | problem_responses(409),
)
async def montecarlo(
    body: MonteCarloRequest,
    user: TraderUser,
    session: SessionDep,
    jobs: JobsDep,
    response: Response,
    wait: WaitQuery = False,
) -> Any:
    parent = await service.finished_backtest(session, user.user_id, body.result_id)
    run = await service.create_run(
        session,
        jobs,
        owner_id=user.user_id,
        kind="montecarlo",
        spec=body.model_dump(mode="json"),
        strategy=parent.strategy,
        symbols=parent.symbols,
        timeframe=parent.timeframe,
        exchange=parent.exchange,
        parent_id=parent.id,
    )
    return await _respond(session, jobs, run, wait, response)
