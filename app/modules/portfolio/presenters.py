"""Valuations → response models (kept out of the router so it stays thin)."""

from __future__ import annotations

from app.core.pagination import PageRequest, decode_int_cursor, encode_cursor
from app.modules.portfolio.allocation import Allocation
from app.modules.portfolio.schemas import (
    PortfolioAllocation,
    PortfolioFrontierPoint,
    PortfolioMarkedPosition,
    PortfolioPositionsPage,
    PortfolioTotals,
)
from app.modules.portfolio.specs import PortfolioAccountView
from app.modules.portfolio.valuation import MarkedPosition, Valuation


def marked_position(m: MarkedPosition) -> PortfolioMarkedPosition:
    return PortfolioMarkedPosition(
        **m.position.model_dump(),
        mark_price=m.mark.price,
        source=m.mark.source,
        mark_exchange=m.mark.exchange,
        mark_age_seconds=m.mark.age_seconds,
        stale=m.mark.stale,
        mark_error=m.mark.error,
        unrealised_pnl=m.unrealised_pnl,
        exposure=m.exposure,
        weight=m.weight,
        stop_distance=m.stop_distance,
    )


def marked_page(
    account: PortfolioAccountView, valuation: Valuation, page: PageRequest
) -> PortfolioPositionsPage:
    """Totals over every position; items newest first from the cursor on."""
    rows = valuation.positions
    if page.cursor is not None:
        moment, key = decode_int_cursor(page.cursor)
        rows = [r for r in rows if (r.position.opened_at, r.position.id) < (moment, key)]
    chunk = rows[: page.limit]
    cursor = None
    if len(rows) > page.limit:
        last = chunk[-1].position
        cursor = encode_cursor(last.opened_at, last.id)
    totals = PortfolioTotals(
        equity=valuation.equity,
        cash=valuation.cash,
        unrealised_pnl=valuation.unrealised_pnl,
        gross_exposure=valuation.gross_exposure,
        net_exposure=valuation.net_exposure,
        leverage=valuation.leverage,
        margin_used=valuation.margin_used,
        free_margin=valuation.free_margin,
    )
    return PortfolioPositionsPage(
        account=account,
        totals=totals,
        items=[marked_position(r) for r in chunk],
        next_cursor=cursor,
    )


def allocation_out(method: str, result: Allocation, periods: int) -> PortfolioAllocation:
    frontier = None
    if result.frontier is not None:
        frontier = [PortfolioFrontierPoint(**point) for point in result.frontier]
    return PortfolioAllocation(
        method=method,
        weights=result.weights,
        expected_return=result.expected_return,
        volatility=result.volatility,
        sharpe=result.sharpe,
        cvar=result.cvar,
        risk_contributions=result.risk_contributions,
        frontier=frontier,
        observations=result.observations,
        periods_per_year=periods,
    )
