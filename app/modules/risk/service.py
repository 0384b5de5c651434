"""Risk services: VaR, sizing, stops, heat, drawdown protection and the gate's context."""

from __future__ import annotations

import asyncio
from dataclasses import asdict
from datetime import datetime

import numpy as np
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from app.core import policy
from app.core.cache import Cache
from app.core.errors import invalid
from app.core.timeutil import utcnow
from app.modules.exchanges.public import MarketDataError, MarketDataSource, as_problem
from app.modules.portfolio import public as portfolio
from app.modules.risk import protection, sizing, stops
from app.modules.risk import var as var_models
from app.modules.risk.config import get_risk_settings
from app.modules.risk.errors import RiskDataNotFound, RiskLimitExceeded
from app.modules.risk.gate import RULE_PERSONAL_LEVERAGE, check_order
from app.modules.risk.heat import HeatInput, portfolio_heat
from app.modules.risk.models import RiskProtectionRules, RiskProtectionTrip
from app.modules.risk.schemas import (
    RiskCheckOrderRequest,
    RiskCheckOrderResult,
    RiskCoverageTest,
    RiskHeatCluster,
    RiskHeatPosition,
    RiskPortfolioHeat,
    RiskPositionSize,
    RiskPositionSizeRequest,
    RiskProtectionRulesIn,
    RiskProtectionStatus,
    RiskProtectionTripOut,
    RiskStopLoss,
    RiskStopLossRequest,
    RiskStressPositionOutcome,
    RiskStressRequest,
    RiskStressResult,
    RiskStressScenarioResult,
    RiskVarBacktest,
    RiskVarRequest,
    RiskVarResult,
)
from app.modules.risk.specs import GateContext, GatePosition, GateTrip
from app.modules.risk.stress import (
    RelativePath,
    StressPosition,
    path_from_candles,
    run_scenario,
    shock_path,
)
from app.modules.risk.var_backtest import (
    christoffersen_independence,
    conditional_coverage,
    exceptions,
    kupiec_pof,
)


async def user_limits(session: AsyncSession, user_id: int) -> tuple[float, float]:
    """(risk per trade, leverage cap) from the user's settings; the cap never exceeds the
    white-hat cap."""
    from app.modules.database.public import load_user_settings

    settings = await load_user_settings(session, user_id)
    return settings.risk_per_trade, min(policy.max_leverage(), settings.max_leverage)


def _var_error(exc: var_models.VarInputError) -> Exception:
    return invalid(f"body.{exc.field}", str(exc))


# --- VaR -------------------------------------------------------------------------------------


def _series(req: RiskVarRequest) -> tuple[np.ndarray, np.ndarray | None, np.ndarray | None]:
    """(portfolio returns, asset matrix, weights) from whichever input the request carries."""
    if req.returns is not None:
        return np.asarray(req.returns, dtype=float), None, None
    if req.prices is not None:
        prices = np.asarray(req.prices, dtype=float)
        if not np.all(np.isfinite(prices)) or np.any(prices <= 0):
            raise invalid("body.prices", "prices must be positive finite numbers")
        return prices[1:] / prices[:-1] - 1.0, None, None
    assert req.assets is not None and req.weights is not None
    if set(req.assets) != set(req.weights):
        raise invalid("body.weights", "weights must name exactly the assets' symbols")
    symbols = sorted(req.assets)
    lengths = {len(req.assets[s]) for s in symbols}
    if len(lengths) != 1:
        raise invalid("body.assets", "every asset needs the same number of returns")
    matrix = np.column_stack([np.asarray(req.assets[s], dtype=float) for s in symbols])
    weights = np.array([req.weights[s] for s in symbols])
    if not np.all(np.isfinite(matrix)):
        raise invalid("body.assets", "returns contain NaN or infinite values")
    return matrix @ weights, matrix, weights


def compute_var(req: RiskVarRequest) -> RiskVarResult:
    r, matrix, weights = _series(req)
    settings = get_risk_settings()
    if req.paths > settings.max_mc_paths:
        raise invalid("body.paths", f"at most {settings.max_mc_paths} paths")
    try:
        if req.method == "monte_carlo" and matrix is not None and weights is not None:
            result = var_models.monte_carlo(
                matrix,
                weights,
                req.confidence,
                req.horizon,
                paths=req.paths,
                dof=req.dof,
                seed=req.seed,
            )
        else:
            result = var_models.compute(
                r,
                req.method,
                req.confidence,
                req.horizon,
                paths=req.paths,
                seed=req.seed,
                lam=req.ewma_lambda,
                dof=req.dof,
            )
        backtest = _backtest(r, req) if req.backtest_window else None
        if not (np.isfinite(result.var) and np.isfinite(result.cvar)):
            raise var_models.VarInputError("the returns are too large for a finite VaR")
    except var_models.VarInputError as exc:
        raise _var_error(exc) from None
    return RiskVarResult(
        method=result.method,
        confidence=result.confidence,
        horizon=result.horizon,
        var=result.var,
        cvar=result.cvar,
        observations=result.observations,
        details=result.details,
        backtest=backtest,
    )


def _backtest(r: np.ndarray, req: RiskVarRequest) -> RiskVarBacktest:
    """Rolling one-period forecasts from the previous ``window`` returns (Monte Carlo with a
    reduced path count to stay interactive), then the coverage tests on the exceptions."""
    window = req.backtest_window or 0
    if r.size <= window + 1:
        raise var_models.VarInputError(
            f"backtest_window {window} needs more than {window + 1} returns", "backtest_window"
        )
    if r.size - window > 5000:
        raise var_models.VarInputError("at most 5000 backtest forecasts", "backtest_window")
    paths = min(req.paths, 10_000)
    forecasts = np.array(
        [
            var_models.compute(
                r[t - window : t],
                req.method,
                req.confidence,
                1,
                paths=paths,
                seed=req.seed,
                lam=req.ewma_lambda,
                dof=req.dof,
            ).var
            for t in range(window, r.size)
        ]
    )
    hits = exceptions(r[window:], forecasts)
    pof = kupiec_pof(int(hits.sum()), hits.size, req.confidence)
    ind = christoffersen_independence(hits)
    cc = conditional_coverage(pof, ind)
    return RiskVarBacktest(
        window=window,
        observations=int(hits.size),
        exceptions=int(hits.sum()),
        expected_exceptions=hits.size * (1 - req.confidence),
        kupiec=RiskCoverageTest(statistic=pof.statistic, p_value=pof.p_value, dof=pof.dof),
        christoffersen=RiskCoverageTest(statistic=ind.statistic, p_value=ind.p_value, dof=ind.dof),
        conditional_coverage=RiskCoverageTest(
            statistic=cc.statistic, p_value=cc.p_value, dof=cc.dof
        ),
    )


async def var_async(req: RiskVarRequest) -> RiskVarResult:
    """Simulations run in a worker thread so the event loop keeps serving."""
    return await asyncio.to_thread(compute_var, req)


# --- sizing ----------------------------------------------------------------------------------


async def position_size(
    session: AsyncSession,
    source: MarketDataSource,
    cache: Cache,
    user_id: int,
    req: RiskPositionSizeRequest,
) -> RiskPositionSize:
    settings = get_risk_settings()
    policy.check_leverage(req.leverage)
    risk_per_trade, cap = await user_limits(session, user_id)
    if req.leverage > cap:
        raise RiskLimitExceeded(
            RULE_PERSONAL_LEVERAGE, f"leverage {req.leverage:g}x exceeds your {cap:g}x setting"
        )
    equity, free_margin, open_notional = req.equity, req.free_margin, req.open_notional
    if equity is None or free_margin is None or open_notional is None:
        _, valuation = await portfolio.snapshot(session, source, cache, user_id, req.account)
        equity = equity if equity is not None else valuation.equity
        free_margin = free_margin if free_margin is not None else max(0.0, valuation.free_margin)
        open_notional = open_notional if open_notional is not None else valuation.gross_exposure
    if equity <= 0:
        raise invalid("body.equity", "the account has no equity to size against")
    if req.stop_loss is not None:
        policy.check_stop_loss(
            "BUY" if req.side == "long" else "SELL", req.entry_price, req.stop_loss
        )
    kelly = None
    try:
        if req.method == "fixed_fractional":
            if req.stop_loss is None:
                raise sizing.SizingError("fixed_fractional needs a stop_loss", "stop_loss")
            proposed = sizing.fixed_fractional_fraction(
                req.risk_per_trade or risk_per_trade, req.entry_price, req.stop_loss
            )
        elif req.method == "kelly":
            if req.returns is not None:
                kelly, _, _ = sizing.kelly_from_returns(np.asarray(req.returns))
            elif req.win_rate is not None and req.payoff_ratio is not None:
                kelly = sizing.kelly_closed_form(req.win_rate, req.payoff_ratio)
            else:
                raise sizing.SizingError(
                    "kelly needs win_rate and payoff_ratio, or returns", "win_rate"
                )
            proposed = kelly * (req.kelly_multiplier or settings.kelly_multiplier)
        else:
            if req.target_volatility is None:
                raise sizing.SizingError(
                    "volatility_target needs target_volatility", "target_volatility"
                )
            vol = (
                req.volatility
                if req.volatility is not None
                else (req.atr / req.entry_price if req.atr is not None else None)
            )
            if vol is None:
                raise sizing.SizingError("give volatility or atr", "volatility")
            proposed = sizing.volatility_target_fraction(req.target_volatility, vol)
        result = sizing.apply_caps(
            req.method,
            proposed,
            equity=equity,
            price=req.entry_price,
            free_margin=free_margin,
            leverage=req.leverage,
            max_leverage=cap,
            open_notional=open_notional,
            stop=req.stop_loss,
            kelly=kelly,
        )
    except sizing.SizingError as exc:
        raise invalid(f"body.{exc.field}", str(exc)) from None
    return RiskPositionSize(
        method=result.method,
        quantity=result.quantity,
        notional=result.notional,
        fraction=result.fraction,
        proposed_fraction=result.proposed_fraction,
        bound=result.bound,
        kelly_fraction=result.kelly_fraction,
        risk_amount=result.risk_amount,
        equity=equity,
        leverage_cap=cap,
    )


# --- stops -----------------------------------------------------------------------------------


async def stop_loss(source: MarketDataSource | None, req: RiskStopLossRequest) -> RiskStopLoss:
    long = req.side == "long"
    atr, swing = req.atr, req.swing_level
    try:
        if req.candles:
            high = np.array([c.high for c in req.candles])
            low = np.array([c.low for c in req.candles])
            close = np.array([c.close for c in req.candles])
            if atr is None:
                atr = stops.average_true_range(high, low, close, req.atr_period)
            if swing is None:
                window = slice(-req.swing_lookback, None)
                swing = float(low[window].min() if long else high[window].max())
        book_side, book_source = None, None
        if req.book is not None:
            book_side = (
                sorted(req.book.bids, key=lambda lv: -lv[0])
                if long
                else sorted(req.book.asks, key=lambda lv: lv[0])
            )
            book_source = "request"
        elif req.exchange and req.symbol and source is not None:
            try:
                book = await source.fetch_order_book(req.exchange, req.symbol, 1000)
            except MarketDataError as exc:
                raise as_problem(exc) from None
            book_side = list(book.bids if long else book.asks)
            book_source = str(book.source)
        result = stops.place_stop(
            side=req.side,
            entry=req.entry_price,
            quantity=req.quantity,
            atr=atr,
            atr_multiple=req.atr_multiple,
            swing=swing,
            swing_buffer_atr=req.swing_buffer_atr,
            book_side=book_side,
            risk_budget=req.risk_budget,
            equity=req.equity,
            fee_rate=req.fee_rate,
            basis=req.basis,
        )
    except stops.StopError as exc:
        raise invalid(f"body.{exc.field}", str(exc)) from None
    return RiskStopLoss(
        level=result.level,
        basis=result.basis,
        expected_fill=result.expected_fill,
        expected_loss=result.expected_loss,
        loss_fraction=result.loss_fraction,
        slippage=result.slippage,
        levels_used=result.levels_used,
        depth_filled=result.depth_filled,
        book_exhausted=result.book_exhausted,
        adjusted_for_budget=result.adjusted_for_budget,
        atr=atr,
        atr_level=result.atr_level,
        swing_level=result.swing_level,
        book_source=book_source,
    )


# --- heat ------------------------------------------------------------------------------------


async def _correlation(
    session: AsyncSession,
    symbols: list[str],
    exchange: str | None,
    timeframe: str,
    lookback: int,
    user_id: int | None = None,
) -> tuple[np.ndarray | None, str | None]:
    """Correlation of the symbols' returns from the candles store, or None when missing."""
    if exchange is None or len(symbols) < 2:
        return None, None
    from app.modules.database.public import load_candles

    series = []
    for symbol in symbols:
        candles = await load_candles(session, exchange, symbol, timeframe, user_id=user_id)
        closes = {c.ts: c.close for c in candles[-(lookback + 1) :]}
        series.append(closes)
    common = sorted(set.intersection(*(set(s) for s in series)))
    if len(common) < 10:
        return None, None
    matrix = np.array([[s[t] for t in common] for s in series]).T
    returns = matrix[1:] / matrix[:-1] - 1.0
    return np.corrcoef(returns, rowvar=False), f"db:{exchange}:{timeframe}:{len(common) - 1}"


async def _stop_slippage(source: MarketDataSource, held: portfolio.MarkedPosition) -> float:
    """Adverse slippage (fraction) of closing the whole position into the current book: the
    stop's market order walks the bids (long) or the asks (short)."""
    try:
        book = await source.fetch_order_book(held.mark.exchange, held.position.symbol, 1000)
    except MarketDataError as exc:
        raise as_problem(exc) from None
    long = held.position.quantity > 0
    levels = list(book.bids if long else book.asks)
    if not levels:
        return 0.0
    impact = stops.book_impact(levels, abs(held.position.quantity), "sell" if long else "buy")
    return max(0.0, -impact.slippage if long else impact.slippage)


async def heat(
    session: AsyncSession,
    source: MarketDataSource,
    cache: Cache,
    user_id: int,
    *,
    account: str,
    stale_ok: bool,
    exchange: str | None,
    timeframe: str,
    lookback: int,
    slippage: bool = False,
) -> RiskPortfolioHeat:
    settings = get_risk_settings()
    _, valuation = await portfolio.snapshot(session, source, cache, user_id, account, stale_ok)
    if valuation.equity <= 0:
        raise invalid("query.account", "the account has no equity; heat is undefined")
    inputs = [
        HeatInput(
            m.position.symbol,
            m.position.quantity,
            m.price,
            m.position.stop_loss,
            await _stop_slippage(source, m) if slippage else 0.0,
        )
        for m in valuation.positions
    ]
    corr, origin = await _correlation(
        session, [i.symbol for i in inputs], exchange, timeframe, lookback, user_id
    )
    result = portfolio_heat(inputs, valuation.equity, corr, settings.cluster_correlation)
    clusters = [
        RiskHeatCluster(symbols=s, risk=r, fraction=f, over_limit=f > settings.max_cluster_heat)
        for s, r, f in result.clusters
    ]
    return RiskPortfolioHeat(
        equity=valuation.equity,
        total_risk=result.total,
        total_fraction=result.total_fraction,
        max_heat=settings.max_heat,
        max_cluster_heat=settings.max_cluster_heat,
        within_limit=result.total_fraction <= settings.max_heat
        and not any(c.over_limit for c in clusters),
        positions=[
            RiskHeatPosition(
                symbol=p.symbol,
                risk=p.risk,
                fraction=p.fraction,
                cluster=p.cluster,
                no_stop=p.no_stop,
            )
            for p in result.positions
        ],
        clusters=clusters,
        correlation_from=origin,
    )


# --- drawdown protection ---------------------------------------------------------------------


async def get_rules(session: AsyncSession, user_id: int) -> RiskProtectionRulesIn:
    row = await session.get(RiskProtectionRules, user_id)
    return RiskProtectionRulesIn(**(row.rules if row else {}))


async def set_rules(
    session: AsyncSession, user_id: int, rules: RiskProtectionRulesIn
) -> RiskProtectionStatus:
    row = await session.get(RiskProtectionRules, user_id)
    if row is None:
        session.add(RiskProtectionRules(user_id=user_id, rules=rules.model_dump()))
    else:
        row.rules, row.updated_at = rules.model_dump(), utcnow()
    await session.commit()
    return await status(session, user_id)


async def _latest_trip(session: AsyncSession, user_id: int) -> RiskProtectionTrip | None:
    return (
        await session.execute(
            select(RiskProtectionTrip)
            .where(col(RiskProtectionTrip.user_id) == user_id)
            .order_by(col(RiskProtectionTrip.tripped_at).desc())
            .limit(1)
        )
    ).scalar_one_or_none()


def _trip_out(row: RiskProtectionTrip) -> RiskProtectionTripOut:
    return RiskProtectionTripOut(
        rule=row.rule,
        detail=row.detail,
        value=row.value,
        limit=row.limit,
        tripped_at=row.tripped_at,
        until=row.until,
        reduce_positions=row.reduce_positions,
    )


async def status(
    session: AsyncSession, user_id: int, now: datetime | None = None
) -> RiskProtectionStatus:
    now = now or utcnow()
    trip = await _latest_trip(session, user_id)
    active = _trip_out(trip) if trip is not None and trip.until > now else None
    return RiskProtectionStatus(rules=await get_rules(session, user_id), active=active)


async def evaluate(
    session: AsyncSession, user_id: int, account: str = "paper", now: datetime | None = None
) -> RiskProtectionStatus:
    """Check the rules against the account's realised equity curve and closed-trade PnLs (from
    the ledger); a trip is stored, so it holds across restarts until its cooldown ends."""
    now = now or utcnow()
    current = await status(session, user_id, now)
    if current.active is not None:
        return current
    acc = await portfolio.account(session, user_id, account)
    equity, trades, level = [], [], acc.starting_balance
    for entry in await portfolio.ledger(session, user_id, account):
        if entry.kind != "fill":
            continue
        level += entry.realised_pnl - entry.fee
        equity.append((entry.ts, level))
        if entry.realised_pnl != 0:
            trades.append((entry.ts, entry.realised_pnl - entry.fee))
    last = await _latest_trip(session, user_id)
    rules = protection.Rules(**current.rules.model_dump())
    trip = protection.evaluate(rules, equity, trades, now, since=last.tripped_at if last else None)
    if trip is None:
        return current
    session.add(
        RiskProtectionTrip(
            user_id=user_id,
            rule=trip.rule,
            detail=trip.detail,
            value=trip.value,
            limit=trip.limit,
            reduce_positions=rules.reduce_positions,
            tripped_at=trip.tripped_at,
            until=trip.until,
        )
    )
    await session.commit()
    return await status(session, user_id, now)


# --- the gate's context ----------------------------------------------------------------------


async def gate_context(
    session: AsyncSession,
    source: MarketDataSource,
    cache: Cache,
    user_id: int,
    account: str = "paper",
) -> GateContext:
    """What ``check_order`` needs for this account: equity, marked positions with stops, the
    active protection trip and the limits. Callers cache it per account."""
    settings = get_risk_settings()
    risk_per_trade, cap = await user_limits(session, user_id)
    _, valuation = await portfolio.snapshot(session, source, cache, user_id, account, True)
    current = await status(session, user_id)
    trip = (
        GateTrip(rule=current.active.rule, until=current.active.until) if current.active else None
    )
    return GateContext(
        equity=valuation.equity,
        positions=[
            GatePosition(
                symbol=m.position.symbol,
                quantity=m.position.quantity,
                price=m.price,
                stop_loss=m.position.stop_loss,
            )
            for m in valuation.positions
        ],
        max_risk_per_trade=risk_per_trade,
        max_heat=settings.max_heat,
        max_leverage=cap,
        protection=trip,
        now=utcnow(),
    )


async def preview_order(
    session: AsyncSession,
    source: MarketDataSource,
    cache: Cache,
    user_id: int,
    order: RiskCheckOrderRequest,
) -> RiskCheckOrderResult:
    ctx = await gate_context(session, source, cache, user_id, order.account)
    return RiskCheckOrderResult(**check_order(order, ctx).model_dump())


# --- stress tests ----------------------------------------------------------------------------


async def _stress_positions(
    session: AsyncSession,
    source: MarketDataSource,
    cache: Cache,
    user_id: int,
    req: RiskStressRequest,
) -> tuple[list[StressPosition], float]:
    if req.positions is not None:
        if req.equity is None:
            raise invalid("body.equity", "given positions need the equity they belong to")
        return [
            StressPosition(p.symbol, p.quantity, p.price, p.stop_loss, p.leverage)
            for p in req.positions
        ], req.equity
    _, valuation = await portfolio.snapshot(session, source, cache, user_id, req.account)
    held = [
        StressPosition(
            m.position.symbol,
            m.position.quantity,
            m.price,
            m.position.stop_loss,
            m.position.leverage,
        )
        for m in valuation.positions
    ]
    return held, req.equity or valuation.equity


async def _historical_paths(
    session: AsyncSession,
    exchange: str,
    timeframe: str,
    symbols: list[str],
    start: datetime,
    end: datetime,
    user_id: int | None = None,
) -> dict[str, RelativePath]:
    from app.modules.database.public import load_candles

    frames = {}
    for symbol in symbols:
        candles = await load_candles(
            session, exchange, symbol, timeframe, start, end, user_id=user_id
        )
        if not candles:
            raise RiskDataNotFound(
                f"no {timeframe} candles of {symbol} on {exchange} between {start.isoformat()}"
                f" and {end.isoformat()}; import them first",
                symbol=symbol,
            )
        frames[symbol] = {c.ts: c for c in candles}
    common = sorted(set.intersection(*(set(f) for f in frames.values())))
    if not common:
        raise RiskDataNotFound("the assets' candles share no timestamps in the range")
    paths = {}
    for symbol, rows in frames.items():
        bars = [rows[t] for t in common]
        paths[symbol] = path_from_candles(
            *(np.array([getattr(b, k) for b in bars]) for k in ("open", "low", "high", "close"))
        )
    return paths


async def stress_test(
    session: AsyncSession,
    source: MarketDataSource,
    cache: Cache,
    user_id: int,
    req: RiskStressRequest,
) -> RiskStressResult:
    positions, equity = await _stress_positions(session, source, cache, user_id, req)
    if not positions:
        raise invalid("body.positions", "there are no positions to stress")
    symbols = sorted({p.symbol for p in positions})
    runs: list[tuple[str, str, dict[str, RelativePath]]] = []
    for scenario in req.historical:
        if scenario.end <= scenario.start:
            raise invalid("body.historical.end", "end must be after start")
        paths = await _historical_paths(
            session,
            req.exchange or "",
            req.timeframe,
            symbols,
            scenario.start,
            scenario.end,
            user_id,
        )
        name = scenario.name or f"{scenario.start.date()}..{scenario.end.date()}"
        runs.append((name, "historical", paths))
    for shock in req.shocks:
        default = shock.moves.get("*")
        paths = {}
        for symbol in symbols:
            move = shock.moves.get(symbol, default)
            if move is None:
                move = 0.0
            if move <= -1:
                raise invalid(f"body.shocks.moves.{symbol}", "a move of -100 % or less")
            paths[symbol] = shock_path(move)
        runs.append((shock.name, "shock", paths))
    if req.monte_carlo is not None:
        paths = await _tail_path(session, req, positions, symbols, user_id)
        runs.append((f"monte carlo {req.monte_carlo.confidence:.0%} tail", "monte_carlo", paths))
    results = []
    for name, kind, paths in runs:
        outcome = run_scenario(positions, paths, equity, req.liquidity_haircut)
        results.append(
            RiskStressScenarioResult(
                name=name,
                kind=kind,
                pnl=outcome.pnl,
                pnl_fraction=outcome.pnl_fraction,
                worst_drawdown=outcome.worst_drawdown,
                bars=outcome.bars,
                recovery_bars=outcome.recovery_bars,
                positions=[RiskStressPositionOutcome(**asdict(o)) for o in outcome.positions],
            )
        )
    return RiskStressResult(equity=equity, scenarios=results)


async def _tail_path(
    session: AsyncSession,
    req: RiskStressRequest,
    positions: list[StressPosition],
    symbols: list[str],
    user_id: int | None = None,
) -> dict[str, RelativePath]:
    """The simulated path at the tail quantile of the no-stop portfolio PnL (see the schema)."""
    from app.modules.database.public import load_close_series

    mc = req.monte_carlo
    assert mc is not None
    series: list[np.ndarray] = []
    for symbol in symbols:
        _, closes = await load_close_series(
            session, req.exchange or "", symbol, req.timeframe, user_id=user_id
        )
        if len(closes) < 31:
            raise RiskDataNotFound(
                f"too few {req.timeframe} candles of {symbol} in the store to fit the simulation",
                symbol=symbol,
            )
        series.append(np.asarray(closes[-(mc.lookback + 1) :], dtype=float))
    n = min(len(c) for c in series)
    matrix = np.column_stack([c[-n:] for c in series])
    returns = matrix[1:] / matrix[:-1] - 1.0
    if returns.shape[0] <= returns.shape[1]:
        raise invalid("body.monte_carlo.lookback", "fewer observations than assets")
    dof = var_models.fit_student_dof(returns)
    mean, cov = returns.mean(axis=0), np.atleast_2d(np.cov(returns, rowvar=False))
    rng = np.random.default_rng(mc.seed)
    growth = np.ones((mc.horizon + 1, mc.paths, len(symbols)))
    for t in range(mc.horizon):
        step = var_models.simulate_student_t(mean, cov, dof, mc.paths, rng)
        growth[t + 1] = growth[t] * (1.0 + np.maximum(step, -0.999))
    exposure = np.zeros(len(symbols))
    for p in positions:
        exposure[symbols.index(p.symbol)] += p.quantity * p.price
    pnl = (growth[-1] - 1.0) @ exposure
    k = int(np.argsort(pnl)[int((1 - mc.confidence) * (mc.paths - 1))])
    result = {}
    for j, symbol in enumerate(symbols):
        path = growth[:, k, j]
        opens, ends = path[:-1], path[1:]
        result[symbol] = RelativePath(opens, np.minimum(opens, ends), np.maximum(opens, ends), ends)
    return result
