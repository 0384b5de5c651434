"""Advanced risk endpoints (seed service 14): sizing, stops, heat, VaR, stress tests,
drawdown protection and a preview of the pre-trade gate."""

from __future__ import annotations

from fastapi import Query

from app.core.deps import CacheDep, CurrentUser, SessionDep
from app.core.errors import problem_responses
from app.core.routing import module_router
from app.modules.risk import service
from app.modules.risk.deps import MarketDep
from app.modules.risk.schemas import (
    RiskCheckOrderRequest,
    RiskCheckOrderResult,
    RiskPortfolioHeat,
    RiskPositionSize,
    RiskPositionSizeRequest,
    RiskProtectionRulesIn,
    RiskProtectionStatus,
    RiskStopLoss,
    RiskStopLossRequest,
    RiskStressRequest,
    RiskStressResult,
    RiskVarRequest,
    RiskVarResult,
)

router = module_router("risk", prefix="/risk")
AccountQuery = Query(default="paper", min_length=1, max_length=32, pattern=r"^[a-z0-9_-]+$")


@router.post(
    "/position_size",
    response_model=RiskPositionSize,
    summary="Size a position: fixed-fractional, Kelly or volatility target, capped",
    responses=problem_responses(401, 404, 422, 503),
)
async def position_size(
    body: RiskPositionSizeRequest,
    user: CurrentUser,
    session: SessionDep,
    cache: CacheDep,
    source: MarketDep,
) -> RiskPositionSize:
    return await service.position_size(session, source, cache, user.user_id, body)


@router.post(
    "/stop_loss",
    response_model=RiskStopLoss,
    summary="Liquidity-aware stop: ATR/swing level priced by walking the order book",
    responses=problem_responses(401, 404, 422, 502, 503),
)
async def stop_loss(
    body: RiskStopLossRequest, user: CurrentUser, source: MarketDep
) -> RiskStopLoss:
    return await service.stop_loss(source, body)


@router.get(
    "/portfolio_heat",
    response_model=RiskPortfolioHeat,
    summary="Open risk to the stops, per position, per correlated cluster and in total",
    responses=problem_responses(401, 404, 422, 502, 503),
)
async def portfolio_heat(
    user: CurrentUser,
    session: SessionDep,
    cache: CacheDep,
    source: MarketDep,
    account: str = AccountQuery,
    stale_ok: bool = True,
    exchange: str | None = Query(
        default=None,
        max_length=32,
        description=("Candles-store exchange for the correlations that form clusters"),
    ),
    timeframe: str = Query(default="1d", max_length=8),
    lookback: int = Query(default=90, ge=10, le=5000, description="Returns for correlations"),
    slippage: bool = Query(
        default=False,
        description=(
            "Add the expected slippage of each stop: its market order walks the current book"
        ),
    ),
) -> RiskPortfolioHeat:
    return await service.heat(
        session,
        source,
        cache,
        user.user_id,
        account=account,
        stale_ok=stale_ok,
        exchange=exchange,
        timeframe=timeframe,
        lookback=lookback,
        slippage=slippage,
    )


@router.post(
    "/var",
    response_model=RiskVarResult,
    summary="VaR and CVaR (historical, Gaussian, Cornish-Fisher, EWMA, FHS, Monte Carlo)",
    responses=problem_responses(401, 422),
)
async def value_at_risk(body: RiskVarRequest, user: CurrentUser) -> RiskVarResult:
    return await service.var_async(body)


@router.get(
    "/protections",
    response_model=RiskProtectionStatus,
    summary="The caller's drawdown-protection rules and any active trip",
    responses=problem_responses(401),
)
async def get_protections(user: CurrentUser, session: SessionDep) -> RiskProtectionStatus:
    return await service.status(session, user.user_id)


@router.put(
    "/protections",
    response_model=RiskProtectionStatus,
    summary="Set the caller's drawdown-protection rules",
    responses=problem_responses(401, 422),
)
async def set_protections(
    body: RiskProtectionRulesIn, user: CurrentUser, session: SessionDep
) -> RiskProtectionStatus:
    return await service.set_rules(session, user.user_id, body)


@router.post(
    "/protections/evaluate",
    response_model=RiskProtectionStatus,
    summary="Evaluate the rules against the account's ledger now (may trip)",
    responses=problem_responses(401, 404),
)
async def evaluate_protections(
    user: CurrentUser, session: SessionDep, account: str = AccountQuery
) -> RiskProtectionStatus:
    return await service.evaluate(session, user.user_id, account)


@router.post(
    "/check_order",
    response_model=RiskCheckOrderResult,
    summary="Preview the pre-trade gate for an order on the caller's account",
    responses=problem_responses(401, 404, 422, 423),
)
async def check_order(
    body: RiskCheckOrderRequest,
    user: CurrentUser,
    session: SessionDep,
    cache: CacheDep,
    source: MarketDep,
) -> RiskCheckOrderResult:
    return await service.preview_order(session, source, cache, user.user_id, body)


@router.post(
    "/stress_test",
    response_model=RiskStressResult,
    summary="Replay historical crises and shocks over the positions, with stops",
    responses=problem_responses(401, 404, 422, 503),
)
async def stress_test(
    body: RiskStressRequest,
    user: CurrentUser,
    session: SessionDep,
    cache: CacheDep,
    source: MarketDep,
) -> RiskStressResult:
    return await service.stress_test(session, source, cache, user.user_id, body)
