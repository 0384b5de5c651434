"""Liquidation and hedging: the breaker's own orders, the only ones a halt lets through.

Both go through the one order path (``execution.public``): liquidation as ``close_positions``
(origin ``liquidation``, reduce-only), hedges as ``place_order`` with origin ``hedge``, each with
its own stop-loss (``stop_pct`` above a short hedge's fill, below a long one's) and a leverage
the white-hat policy allows (≤ 3).

Hedge sizing, from the account's positions marked by ``portfolio.public.snapshot`` (signed
exposure = quantity × mark, in quote):

* ``per_asset``: per underlying ``BASE/QUOTE`` the net exposure of its spot and perpetual
  positions is offset on the perpetual ``BASE/QUOTE:QUOTE`` (short against spot longs);
* ``beta``: the beta-weighted net exposure Σ βᵢ·Eᵢ is offset on one instrument
  (``hedge_symbol``, e.g. BTC/USDT, as perpetual or spot). βᵢ is the OLS slope of the asset's
  log returns on the hedge asset's over the stored candles (``beta_timeframe``, the last
  ``beta_lookback`` common bars, at least 20; else 1.0, reported as ``default``).

``ratio`` scales the hedge (1 = fully offset). Exposure already hedged counts: a second hedge
only tops up what is still open, so repeating it is harmless.
"""

from __future__ import annotations

import math
from collections import defaultdict
from typing import Any

import numpy as np
from starlette.applications import Starlette

from app.core.policy import check_leverage
from app.modules.database import public as database
from app.modules.emergency.config import EmergencySettings
from app.modules.emergency.errors import HedgeNeedsPerpetual
from app.modules.emergency.schemas import (
    EmergencyHedgeLeg,
    EmergencyHedgeRequest,
    EmergencyHedgeResult,
    EmergencyLiquidateRequest,
    EmergencyLiquidateResult,
)
from app.modules.exchanges.public import get_source
from app.modules.execution import public as execution
from app.modules.portfolio import public as portfolio

MIN_NOTIONAL = 1.0  # quote: exposure below this is left alone
MIN_BETA_RETURNS = 20


def _underlying(symbol: str) -> tuple[str, str]:
    pair = symbol.split(":", 1)[0]
    base, quote = pair.split("/", 1)
    return base, quote


def _perpetual(base: str, quote: str) -> str:
    return f"{base}/{quote}:{quote}"


async def liquidate(
    state: Any, user_id: int, request: EmergencyLiquidateRequest
) -> EmergencyLiquidateResult:
    async with state.db.session() as session:
        held = await portfolio.positions(session, user_id, request.account)
    open_symbols = {p.symbol for p in held if p.quantity != 0}
    wanted = request.symbols
    not_held = sorted(set(wanted) - open_symbols) if wanted else []
    targets = [s for s in wanted if s in open_symbols] if wanted else sorted(open_symbols)
    orders = (
        await execution.close_positions(state, user_id, targets, account=request.account)
        if targets
        else []
    )
    return EmergencyLiquidateResult(
        account=request.account,
        orders=orders,
        closed=sorted({o.symbol for o in orders if o.filled_quantity > 0}),
        not_held=not_held,
        nothing_to_do=not targets,
    )


async def _beta(
    state: Any, exchange: str, symbol: str, hedge: str, request: EmergencyHedgeRequest
) -> tuple[float, str]:
    if _underlying(symbol) == _underlying(hedge):
        return 1.0, "identity"
    async with state.db.session() as session:
        ts_a, close_a = await database.load_close_series(
            session, exchange, symbol.split(":", 1)[0], request.beta_timeframe
        )
        ts_b, close_b = await database.load_close_series(
            session, exchange, hedge.split(":", 1)[0], request.beta_timeframe
        )
    by_time = dict(zip(ts_b, close_b, strict=True))
    common = [(t, c, by_time[t]) for t, c in zip(ts_a, close_a, strict=True) if t in by_time]
    common = common[-(request.beta_lookback + 1) :]
    if len(common) <= MIN_BETA_RETURNS:
        return 1.0, "default"
    a = np.log(np.array([c[1] for c in common]))
    b = np.log(np.array([c[2] for c in common]))
    ra, rb = np.diff(a), np.diff(b)
    variance = float(np.var(rb, ddof=1))
    if not variance > 0:
        return 1.0, "default"
    beta = float(np.cov(ra, rb, ddof=1)[0, 1] / variance)
    return (beta if math.isfinite(beta) else 1.0), "candles"


async def hedge(
    state: Any, settings: EmergencySettings, user_id: int, request: EmergencyHedgeRequest
) -> EmergencyHedgeResult:
    check_leverage(request.leverage)
    if request.method == "per_asset" and request.instrument != "perpetual":
        raise HedgeNeedsPerpetual(
            "a per-asset hedge offsets spot on its perpetual; use instrument=perpetual or "
            "method=beta"
        )
    source = get_source(state)
    async with state.db.session() as session:
        _, valuation = await portfolio.snapshot(
            session, source, state.cache, user_id, request.account
        )
    exposure: dict[tuple[str, str], float] = defaultdict(float)
    exchanges: dict[tuple[str, str], str | None] = {}
    spot_symbol: dict[tuple[str, str], str] = {}
    for marked in valuation.positions:
        position = marked.position
        key = _underlying(position.symbol)
        exposure[key] += position.quantity * marked.price
        exchanges.setdefault(key, position.exchange)
        spot_symbol.setdefault(key, f"{key[0]}/{key[1]}")
    net_before = sum(exposure.values())
    legs: list[EmergencyHedgeLeg] = []
    stop = request.stop_pct or settings.hedge_stop_pct
    if request.method == "per_asset":
        for key, value in sorted(exposure.items()):
            if abs(value) * request.ratio < MIN_NOTIONAL:
                continue
            legs.append(
                EmergencyHedgeLeg(
                    symbol=_perpetual(*key),
                    exchange=request.exchange or exchanges.get(key),
                    side="SELL" if value > 0 else "BUY",
                    notional=abs(value) * request.ratio,
                    beta=None,
                    beta_source=None,
                    covers=[spot_symbol[key]],
                )
            )
    else:
        hedge_key = _underlying(request.hedge_symbol)
        instrument = (
            _perpetual(*hedge_key) if request.instrument == "perpetual" else request.hedge_symbol
        )
        weighted, covered, betas = 0.0, [], []
        for key, value in sorted(exposure.items()):
            if key == hedge_key:
                weighted += value  # the hedge asset itself, hedges included
                covered.append(spot_symbol[key])
                continue
            exchange = request.exchange or exchanges.get(key) or source.exchanges[0]
            beta, origin = await _beta(state, exchange, spot_symbol[key], instrument, request)
            weighted += beta * value
            covered.append(spot_symbol[key])
            betas.append((beta, origin))
        if abs(weighted) * request.ratio >= MIN_NOTIONAL:
            beta_value = betas[0][0] if len(betas) == 1 else None
            legs.append(
                EmergencyHedgeLeg(
                    symbol=instrument,
                    exchange=request.exchange,
                    side="SELL" if weighted > 0 else "BUY",
                    notional=abs(weighted) * request.ratio,
                    beta=beta_value,
                    beta_source=betas[0][1] if len(betas) == 1 else None,
                    covers=covered,
                )
            )
    orders = []
    for leg in legs:
        order = execution.ExecutionOrderIn.model_validate(
            {
                "symbol": leg.symbol,
                "exchange": leg.exchange,
                "account": request.account,
                "side": leg.side,
                "type": "market",
                "notional": leg.notional,
                "leverage": request.leverage,
                "stop_loss": {"type": "fixed_pct", "value": stop},
                "client_order_id": None,
            }
        )
        orders.append(await execution.place_order(state, user_id, order, origin="hedge"))
    return EmergencyHedgeResult(
        account=request.account,
        method=request.method,
        net_exposure_before=net_before,
        hedge_notional=sum(leg.notional for leg in legs),
        stop_pct=stop,
        legs=legs,
        orders=orders,
        nothing_to_do=not legs,
    )


def responder_protection(settings: EmergencySettings) -> Any:
    """What a detection with action halt_close / halt_hedge does for the user."""

    async def protect(app: Starlette, user_id: int, action: str) -> dict[str, Any]:
        if action == "halt_close":
            closed = await liquidate(app.state, user_id, EmergencyLiquidateRequest())
            return {"liquidated": [o.id for o in closed.orders], "closed": closed.closed}
        hedged = await hedge(app.state, settings, user_id, EmergencyHedgeRequest())
        return {
            "hedge_orders": [o.id for o in hedged.orders],
            "hedge_notional": hedged.hedge_notional,
        }

    return protect
