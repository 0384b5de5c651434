"""``GET /execute/estimate``: the book, the candles store and the impact model together."""

from __future__ import annotations

import math
from datetime import timedelta
from typing import Any

from app.core.timeutil import utcnow
from app.modules.exchanges.public import MarketDataError, check_exchange, get_source
from app.modules.execution import estimate
from app.modules.execution.book import quantity_for_notional, slippage_bps
from app.modules.execution.config import get_execution_settings
from app.modules.execution.errors import NoLiquidity
from app.modules.execution.paper import levels_for
from app.modules.execution.service import fetch_book
from app.modules.execution.specs import ExecutionEstimateOut

BARS_PER_DAY = 24


async def _bars(
    state: Any, exchange: str, symbol: str, lookback_days: int
) -> tuple[list[float], list[float], str | None]:
    """Closes and volumes of 1 h bars: the candles store's newest window, else the exchange."""
    from app.modules.database.public import load_candles

    async with state.db.session() as session:
        end = utcnow()
        bars = await load_candles(
            session, exchange, symbol, "1h", end - timedelta(days=lookback_days), end
        )
        if len(bars) < 24:  # nothing recent stored: the newest stored window
            every = await load_candles(session, exchange, symbol, "1h")
            bars = every[-lookback_days * BARS_PER_DAY :]
    if len(bars) >= 24:
        return [b.close for b in bars], [b.volume for b in bars], "db"
    try:
        fetched = await get_source(state).fetch_ohlcv(
            exchange, symbol, "1h", limit=lookback_days * BARS_PER_DAY
        )
    except MarketDataError:
        return [], [], None
    if len(fetched) < 24:
        return [], [], None
    return [c.close for c in fetched], [c.volume for c in fetched], "exchange"


async def estimate_order(
    state: Any,
    *,
    symbol: str,
    side: str,
    exchange: str | None,
    quantity: float | None,
    notional: float | None,
    lookback_days: int,
    participation: float,
    risk_aversion: float = 1e-6,
    interval_seconds: float = 60.0,
) -> ExecutionEstimateOut:
    settings = get_execution_settings()
    source = get_source(state)
    venue = check_exchange(source, exchange or source.exchanges[0])
    book = await fetch_book(source, venue, symbol, settings.book_depth)
    if not book.bids or not book.asks:
        raise NoLiquidity(f"the {venue} {symbol} book is one-sided or empty")
    levels = levels_for(side, book.bids, book.asks, settings.book_depth)
    mid = (book.bids[0][0] + book.asks[0][0]) / 2
    if quantity is None:
        assert notional is not None
        quantity = quantity_for_notional(levels, notional, side) or notional / mid
    walked = estimate.walk_book(levels, quantity, side)
    spread_bps = (book.asks[0][0] - book.bids[0][0]) / mid * 1e4
    closes, volumes, origin = await _bars(state, venue, symbol, lookback_days)
    sigma = volume = impact_bps = None
    if origin is not None:
        sigma, volume = estimate.volatility_and_volume(closes, volumes, BARS_PER_DAY)
        impact_bps = estimate.sqrt_impact(settings.impact_y, sigma, quantity, volume) * 1e4
    _, taker = settings.fee_rates(venue)
    book_bps = slippage_bps(side, walked.average_price, mid)
    candidates = [x for x in (book_bps, impact_bps) if x is not None]
    expected = spread_bps / 2 + taker * 1e4 + max(candidates) if candidates else None
    if book_bps is not None and walked.filled + 1e-12 < quantity:
        expected = None if impact_bps is None else spread_bps / 2 + taker * 1e4 + impact_bps
    algorithm, horizon, why = estimate.suggest(quantity, levels[0][1], volume, participation)
    ac = slope = None
    notional = quantity * mid
    if sigma is not None:
        epsilon, slope = estimate.book_impact_fit(levels, side, mid, quantity)
        ac = estimate.almgren_chriss(
            quantity,
            epsilon,
            slope,
            sigma / math.sqrt(86_400) * mid,  # price units per √second
            risk_aversion,  # per quote unit
            interval_seconds,
            settings.max_slices,
        )
    return ExecutionEstimateOut(
        exchange=venue,
        symbol=symbol,
        side=side,
        quantity=quantity,
        mid=mid,
        spread_bps=spread_bps,
        spread_cost_bps=spread_bps / 2,
        book_average_price=walked.average_price,
        book_slippage_bps=book_bps,
        book_levels=walked.levels,
        book_fillable=walked.filled,
        sigma_daily=sigma,
        daily_volume=volume,
        candles=len(closes),
        candles_source=origin,
        impact_y=settings.impact_y,
        impact_bps=impact_bps,
        fee_rate=taker,
        fee_bps=taker * 1e4,
        expected_cost_bps=expected,
        ac_slices=ac.slices if ac else None,
        ac_horizon_seconds=ac.horizon_seconds if ac else None,
        ac_expected_cost_bps=ac.expected_cost / notional * 1e4 if ac else None,
        ac_risk_bps=ac.risk / notional * 1e4 if ac else None,
        book_impact_slope=slope,
        suggested_algorithm=algorithm,
        suggested_horizon_seconds=horizon,
        rationale=why,
        source=str(book.source),
    )
