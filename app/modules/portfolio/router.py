"""Portfolio endpoints (seed service 5): positions, allocation, rebalancing, risk, performance."""

from __future__ import annotations

import asyncio
from typing import Annotated, Any, Literal

from fastapi import Query, Response, status
from fastapi.responses import HTMLResponse

from app.core.deps import CacheDep, CurrentUser, SessionDep
from app.core.errors import problem_responses
from app.core.pagination import PageParams
from app.core.routing import module_router
from app.core.timeutil import UtcDatetime
from app.modules.portfolio import charts, service
from app.modules.portfolio.deps import MarketDep, RiskModelDep
from app.modules.portfolio.presenters import allocation_out, marked_page
from app.modules.portfolio.schemas import (
    PortfolioAllocateRequest,
    PortfolioAllocation,
    PortfolioLedgerPage,
    PortfolioPerformance,
    PortfolioPositionCreate,
    PortfolioPositionsPage,
    PortfolioPositionUpdate,
    PortfolioRebalanceProposal,
    PortfolioRebalanceRequest,
    PortfolioRiskReport,
)
from app.modules.portfolio.specs import (
    PortfolioAccountView,
    PortfolioLedgerEntryView,
    PortfolioPositionView,
)

router = module_router("portfolio", prefix="/portfolio")
AccountQuery = Query(
    default="paper",
    min_length=1,
    max_length=32,
    pattern=r"^[a-z0-9_-]+$",
    description="Account name",
)


@router.get(
    "/positions",
    response_model=PortfolioPositionsPage,
    summary="The caller's positions marked to market, with account totals",
    responses=problem_responses(401, 404, 502, 503),
)
async def list_positions(
    user: CurrentUser,
    session: SessionDep,
    cache: CacheDep,
    source: MarketDep,
    page: PageParams,
    account: str = AccountQuery,
    stale_ok: bool = Query(
        default=False,
        description=(
            "When an exchange fails, use the last known mark (with its age) instead of failing"
        ),
    ),
) -> PortfolioPositionsPage:
    view, valuation = await service.marked_positions(
        session, source, cache, user.user_id, account, stale_ok
    )
    return marked_page(view, valuation, page)


@router.post(
    "/positions",
    response_model=PortfolioPositionView,
    status_code=status.HTTP_201_CREATED,
    summary="Record a holding kept elsewhere (stop-loss required)",
    responses=problem_responses(401, 404, 409, 422),
)
async def create_position(
    body: PortfolioPositionCreate, user: CurrentUser, session: SessionDep
) -> PortfolioPositionView:
    return await service.record_position(session, user.user_id, **body.model_dump())


@router.patch(
    "/positions/{position_id}",
    response_model=PortfolioPositionView,
    summary="Move a position's stop-loss or take-profit",
    responses=problem_responses(401, 404, 422, 502, 503),
)
async def update_position(
    position_id: int,
    body: PortfolioPositionUpdate,
    user: CurrentUser,
    session: SessionDep,
    cache: CacheDep,
    source: MarketDep,
) -> PortfolioPositionView:
    return await service.update_position(
        session, source, cache, user.user_id, position_id, **body.model_dump()
    )


@router.delete(
    "/positions/{position_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    summary="Close the record of a recorded holding",
    responses=problem_responses(401, 404, 409),
)
async def delete_position(position_id: int, user: CurrentUser, session: SessionDep) -> Response:
    await service.delete_record(session, user.user_id, position_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get(
    "/account",
    response_model=PortfolioAccountView,
    summary="The account's balance: starting balance, realised PnL, fees, cash",
    responses=problem_responses(401, 404),
)
async def get_account(
    user: CurrentUser, session: SessionDep, account: str = AccountQuery
) -> PortfolioAccountView:
    return await service.account_view(
        session, await service.get_account(session, user.user_id, account)
    )


@router.get(
    "/ledger",
    response_model=PortfolioLedgerPage,
    summary="The account's append-only ledger, newest first",
    responses=problem_responses(401, 404),
)
async def list_ledger(
    user: CurrentUser,
    session: SessionDep,
    page: PageParams,
    account: str = AccountQuery,
    start: UtcDatetime | None = None,
    end: UtcDatetime | None = None,
) -> PortfolioLedgerPage:
    rows, cursor = await service.ledger_page(
        session, user.user_id, account, start=start, end=end, limit=page.limit, cursor=page.cursor
    )
    items = [PortfolioLedgerEntryView.model_validate(r, from_attributes=True) for r in rows]
    return PortfolioLedgerPage(items=items, next_cursor=cursor)


@router.post(
    "/allocate",
    response_model=PortfolioAllocation,
    summary="Optimise weights with riskfolio-lib (mean-variance, risk parity, HRP, ...)",
    responses=problem_responses(401, 404, 422),
)
async def allocate(
    body: PortfolioAllocateRequest, user: CurrentUser, session: SessionDep
) -> PortfolioAllocation:
    result, periods = await service.allocate(session, body, user.user_id)
    return allocation_out(body.method, result, periods)


@router.post(
    "/rebalance",
    response_model=PortfolioRebalanceProposal,
    summary="Propose the trades from the current holdings to target weights",
    responses=problem_responses(401, 404, 422, 502, 503),
)
async def rebalance(
    body: PortfolioRebalanceRequest,
    user: CurrentUser,
    session: SessionDep,
    cache: CacheDep,
    source: MarketDep,
) -> PortfolioRebalanceProposal:
    return await service.rebalance(session, source, cache, user.user_id, body)


@router.get(
    "/performance",
    response_model=PortfolioPerformance,
    summary="Equity curve, time-weighted return, metrics and Brinson attribution",
    responses=problem_responses(401, 404, 422),
)
async def performance(
    user: CurrentUser,
    session: SessionDep,
    account: str = AccountQuery,
    exchange: str = Query(max_length=32, description="Candles-store exchange for the marks"),
    timeframe: str = Query(default="1d", max_length=8),
    start: UtcDatetime | None = None,
    end: UtcDatetime | None = None,
    benchmark: str = Query(
        default="equal_weight",
        max_length=62,
        description=("equal_weight (over the traded symbols) or a symbol, e.g. BTC/USDT"),
    ),
) -> PortfolioPerformance:
    return await service.performance(
        session,
        user.user_id,
        account=account,
        exchange=exchange,
        timeframe=timeframe,
        start=start,
        end=end,
        benchmark=benchmark,
    )


@router.get(
    "/risk",
    response_model=PortfolioRiskReport,
    summary="Volatility, VaR/CVaR, beta, correlations, concentration, leverage, heat",
    responses=problem_responses(401, 404, 422),
)
async def risk(
    user: CurrentUser,
    session: SessionDep,
    cache: CacheDep,
    source: MarketDep,
    model: RiskModelDep,
    account: str = AccountQuery,
    exchange: str = Query(max_length=32, description="Candles-store exchange for returns"),
    timeframe: str = Query(default="1d", max_length=8),
    lookback: int = Query(default=90, ge=10, le=5000, description="Bars of returns"),
    confidence: float = Query(default=0.95, gt=0, lt=1),
    benchmark: str = Query(default="BTC/USDT", max_length=62),
    threshold: float = Query(default=0.7, gt=0, le=1, description="Flag pairs above it"),
) -> PortfolioRiskReport:
    return await service.risk_report(
        session,
        source,
        cache,
        model,
        user.user_id,
        account=account,
        exchange=exchange,
        timeframe=timeframe,
        lookback=lookback,
        confidence=confidence,
        benchmark=benchmark,
        threshold=threshold,
    )


ChartFormat = Annotated[Literal["json", "html"], Query(alias="format")]
CHART_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "Plotly figure (data + layout), or a standalone HTML page",
        "content": {"text/html": {"schema": {"type": "string"}}},
    },
}


@router.post(
    "/allocate/chart",
    response_model=dict[str, Any],
    summary="Plotly chart of an allocation: weights, risk contributions, frontier",
    responses={**CHART_RESPONSES, **problem_responses(401, 404, 422)},
)
async def allocate_chart(
    body: PortfolioAllocateRequest,
    user: CurrentUser,
    session: SessionDep,
    format_: ChartFormat = "json",
) -> Any:
    result, periods = await service.allocate(session, body, user.user_id)
    fig = await asyncio.to_thread(
        charts.allocation_figure, allocation_out(body.method, result, periods)
    )
    if format_ == "html":
        return HTMLResponse(await asyncio.to_thread(charts.as_html, fig))
    return await asyncio.to_thread(charts.as_json, fig)


@router.get(
    "/performance/chart",
    response_model=dict[str, Any],
    summary="Plotly chart of the equity curve and contributions to return",
    responses={**CHART_RESPONSES, **problem_responses(401, 404, 422)},
)
async def performance_chart(
    user: CurrentUser,
    session: SessionDep,
    account: str = AccountQuery,
    exchange: str = Query(max_length=32, description="Candles-store exchange for the marks"),
    timeframe: str = Query(default="1d", max_length=8),
    start: UtcDatetime | None = None,
    end: UtcDatetime | None = None,
    benchmark: str = Query(default="equal_weight", max_length=62),
    format_: ChartFormat = "json",
) -> Any:
    result = await service.performance(
        session,
        user.user_id,
        account=account,
        exchange=exchange,
        timeframe=timeframe,
        start=start,
        end=end,
        benchmark=benchmark,
    )
    fig = await asyncio.to_thread(charts.performance_figure, result)
    if format_ == "html":
        return HTMLResponse(await asyncio.to_thread(charts.as_html, fig))
    return await asyncio.to_thread(charts.as_json, fig)
