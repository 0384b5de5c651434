"""Backtesting endpoints (seed service 4): strategies, runs, results, charts, history,
optimisation, walk-forward and Monte Carlo. Long work runs as core jobs: 202 with the run, its
job id and a ``Location`` header pointing at GET /backtest/results/{id}, which answers
``{status, progress, result}`` (``?view=summary`` for the headline numbers only)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import Path, Query, Request, Response, status
from fastapi.responses import FileResponse, HTMLResponse

from app.core.deps import JobsDep, ReaderUser, SessionDep, TraderUser
from app.core.errors import problem_responses
from app.core.pagination import Page, PageParams
from app.core.routing import accepted, accepted_response, module_router
from app.core.timeutil import UtcDatetime
from app.modules.backtest import jobs as _jobs  # noqa: F401  (registers the job handlers)
from app.modules.backtest import service
from app.modules.backtest.models import BacktestRun
from app.modules.backtest.schemas import (
    BacktestMonteCarloRequest,
    BacktestMonteCarloRunOut,
    BacktestOptimizeRequest,
    BacktestOptimizeRunOut,
    BacktestRunOut,
    BacktestRunRequest,
    BacktestRunResult,
    BacktestRunSummary,
    BacktestWalkForwardRequest,
    BacktestWalkForwardRunOut,
    ResultView,
    RunKind,
    RunStatus,
)
from app.modules.backtest.specs import StrategyInfo
from app.modules.backtest.strategies import list_strategies as strategy_catalogue

router = module_router("backtest", prefix="/backtest", responses=problem_responses(401, 422, 429))
RESULTS = "GET /backtest/results/{id}"
PLOTLY_ASSET = "/assets/plotly.min.js"
RunId = Annotated[str, Path(min_length=1, max_length=64, description="Run id")]
WaitQuery = Annotated[
    bool,
    Query(description=f"Wait up to {service.WAIT_SECONDS:g} s: 200 with the run if it finished"),
]
ViewQuery = Annotated[
    ResultView,
    Query(
        description="full (default): the whole result, equity curve and trades included; "
        "summary: result null, the headline numbers (Sharpe, return, drawdown, ...) in summary"
    ),
]


def _started(model: type) -> dict[int | str, dict[str, Any]]:
    return {
        200: {"model": model, "description": "Finished within the wait (wait=true)"},
        **accepted_response(model, RESULTS),
        **problem_responses(403, 404),
    }


async def _answer(
    request: Request, response: Response, session: SessionDep, jobs: JobsDep,
    run: BacktestRun, wait: bool,
) -> Any:  # fmt: skip
    """200 with the run if it finished (within the wait), else 202 + Location of its results."""
    out, finished = await service.finish_or_pending(session, jobs, run, wait)
    if finished:
        response.status_code = status.HTTP_200_OK
    else:
        accepted(response, request.url.path.rsplit("/", 1)[0] + f"/results/{run.id}")
    return out


@router.get(
    "/strategies",
    response_model=list[StrategyInfo],
    summary="Built-in strategies with their parameter schemas",
)
async def list_strategies(user: ReaderUser) -> list[StrategyInfo]:
    return strategy_catalogue()


@router.post(
    "/run",
    response_model=BacktestRunOut,
    status_code=status.HTTP_202_ACCEPTED,
    summary="Backtest a strategy on stored or inline candles (a job; wait=true for small runs)",
    responses=_started(BacktestRunOut),
)
async def run(
    body: BacktestRunRequest, user: TraderUser, session: SessionDep, jobs: JobsDep,
    request: Request, response: Response, wait: WaitQuery = False,
) -> Any:  # fmt: skip
    queued = await service.start_run(session, jobs, user.user_id, body)
    return await _answer(request, response, session, jobs, queued, wait)


@router.get(
    "/results/{run_id}",
    response_model=BacktestRunResult,
    summary="Status, progress and result of one of the caller's runs (?view=summary|full)",
    responses=problem_responses(404),
)
async def get_result(
    run_id: RunId, user: ReaderUser, session: SessionDep, view: ViewQuery = "full"
) -> Any:
    run = await service.get_run(session, user.user_id, run_id)
    return await service.run_out(session, run, view)


@router.get(
    "/results/{run_id}/chart",
    response_model=dict[str, Any],
    summary="Plotly chart of a finished run (backtest, optimisation, walk-forward, Monte Carlo)",
    responses={
        200: {
            "description": "Plotly figure (data + layout), or with format=html a report page "
            "(price with trades, equity, drawdown, metrics) that loads plotly.js from "
            "GET /backtest/assets/plotly.min.js",
            "content": {"text/html": {"schema": {"type": "string"}}},
        },
        **problem_responses(404, 409),
    },
)
async def get_chart(
    run_id: RunId,
    user: ReaderUser,
    session: SessionDep,
    request: Request,
    format_: Annotated[Literal["json", "html"], Query(alias="format")] = "json",
) -> Any:
    assets = request.url.path.split("/results/")[0] + PLOTLY_ASSET
    figure = await service.chart(session, user.user_id, run_id, format_, assets)
    return HTMLResponse(figure) if isinstance(figure, str) else figure


@router.get(
    PLOTLY_ASSET,
    response_class=FileResponse,
    summary="plotly.js for the HTML reports (from the installed plotly package; public, cached)",
    responses={200: {"content": {"text/javascript": {"schema": {"type": "string"}}}}},
)
async def plotly_js() -> FileResponse:
    return FileResponse(
        service.plotly_js(), media_type="text/javascript",
        headers={"Cache-Control": "public, max-age=86400"},
    )  # fmt: skip


@router.get(
    "/history",
    response_model=Page[BacktestRunSummary],
    summary="The caller's runs (summary view), newest first; ?limit=&cursor= pages",
)
async def history(
    user: ReaderUser,
    session: SessionDep,
    page: PageParams,
    kind: RunKind | None = None,
    strategy: str | None = Query(default=None, max_length=64),
    status_: Annotated[RunStatus | None, Query(alias="status")] = None,
    start: Annotated[UtcDatetime | None, Query(description="Created at or after")] = None,
    end: Annotated[UtcDatetime | None, Query(description="Created before")] = None,
) -> Page[BacktestRunSummary]:
    items, next_cursor = await service.history(
        session, user.user_id, kind=kind, strategy=strategy, status=status_,
        start=start, end=end, page=page,
    )  # fmt: skip
    return Page(items=items, next_cursor=next_cursor)


@router.delete(
    "/results/{run_id}",
    response_model=BacktestRunSummary,
    summary="Delete one of the caller's runs (its job is cancelled if still running)",
    responses=problem_responses(403, 404),
)
async def delete_result(
    run_id: RunId, user: TraderUser, session: SessionDep, jobs: JobsDep
) -> BacktestRunSummary:
    return await service.delete_run(session, jobs, user.user_id, run_id)


@router.post(
    "/optimize",
    response_model=BacktestOptimizeRunOut,
    status_code=status.HTTP_202_ACCEPTED,
    summary="Grid or Optuna parameter search with an overfitting report (a cancellable job)",
    responses=_started(BacktestOptimizeRunOut),
)
async def optimize(
    body: BacktestOptimizeRequest, user: TraderUser, session: SessionDep, jobs: JobsDep,
    request: Request, response: Response, wait: WaitQuery = False,
) -> Any:  # fmt: skip
    queued = await service.start_search(session, jobs, user.user_id, body, "optimize")
    return await _answer(request, response, session, jobs, queued, wait)


@router.post(
    "/walkforward",
    response_model=BacktestWalkForwardRunOut,
    status_code=status.HTTP_202_ACCEPTED,
    summary="Walk-forward optimisation: optimise in-sample, trade out-of-sample (a job)",
    responses=_started(BacktestWalkForwardRunOut),
)
async def walkforward(
    body: BacktestWalkForwardRequest, user: TraderUser, session: SessionDep, jobs: JobsDep,
    request: Request, response: Response, wait: WaitQuery = False,
) -> Any:  # fmt: skip
    queued = await service.start_search(session, jobs, user.user_id, body, "walkforward")
    return await _answer(request, response, session, jobs, queued, wait)


@router.post(
    "/montecarlo",
    response_model=BacktestMonteCarloRunOut,
    status_code=status.HTTP_202_ACCEPTED,
    summary="Monte Carlo bootstrap of a finished backtest's trades or bar returns (a job)",
    responses=_started(BacktestMonteCarloRunOut) | problem_responses(409),
)
async def montecarlo(
    body: BacktestMonteCarloRequest, user: TraderUser, session: SessionDep, jobs: JobsDep,
    request: Request, response: Response, wait: WaitQuery = False,
) -> Any:  # fmt: skip
    queued = await service.start_monte_carlo(session, jobs, user.user_id, body)
    return await _answer(request, response, session, jobs, queued, wait)
