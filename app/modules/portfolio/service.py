"""Accounts, the append-only ledger and its positions projection.

Every change is a ledger entry written in the same transaction as the projection row it
updates, so positions can always be rebuilt from the entries (``rebuild_positions``).
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import UTC, datetime, timedelta

import numpy as np
from sqlalchemy import and_, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from app.core import policy
from app.core.cache import Cache
from app.core.errors import invalid
from app.core.pagination import decode_int_cursor, next_cursor_of
from app.core.timeframes import TIMEFRAME_MS
from app.core.timeutil import utcnow
from app.modules.exchanges.public import MarketDataSource
from app.modules.portfolio import ledger
from app.modules.portfolio.allocation import Allocation
from app.modules.portfolio.allocation import allocate as run_allocation
from app.modules.portfolio.analytics import beta, correlated_pairs, effective_bets, hhi
from app.modules.portfolio.config import get_portfolio_settings
from app.modules.portfolio.errors import PositionExists, PositionFromFills, PositionNotFound
from app.modules.portfolio.marking import default_exchange, mark_all
from app.modules.portfolio.models import PortfolioAccount, PortfolioLedgerEntry, PortfolioPosition
from app.modules.portfolio.performance import brinson, equity_curve
from app.modules.portfolio.prices import load_closes, periods_per_year, returns_of
from app.modules.portfolio.rebalance import propose
from app.modules.portfolio.risk_model import RiskModel
from app.modules.portfolio.schemas import (
    PortfolioAttributionRow,
    PortfolioCorrelatedPair,
    PortfolioEquityPoint,
    PortfolioPerformance,
    PortfolioRebalanceProposal,
    PortfolioRebalanceRequest,
    PortfolioRebalanceSkip,
    PortfolioRebalanceTrade,
    PortfolioRiskReport,
)
from app.modules.portfolio.specs import (
    AllocationSpec,
    PortfolioAccountView,
    PortfolioFill,
    PortfolioFillResult,
    PortfolioLedgerEntryView,
    PortfolioPositionView,
    PriceSourceSpec,
)
from app.modules.portfolio.valuation import Valuation, value


async def get_account(session: AsyncSession, user_id: int, name: str = "paper") -> PortfolioAccount:
    """The user's account ``name``; ``paper`` is created on first use, others must exist."""
    found = (
        await session.execute(
            select(PortfolioAccount).where(
                PortfolioAccount.user_id == user_id, PortfolioAccount.name == name
            )
        )
    ).scalar_one_or_none()
    if found is not None:
        return found
    if name != "paper":
        raise PositionNotFound(f"account {name!r} does not exist", account=name)
    settings = get_portfolio_settings()
    account = PortfolioAccount(
        user_id=user_id,
        name="paper",
        kind="paper",
        quote=settings.quote,
        starting_balance=settings.starting_balance,
    )
    session.add(account)
    try:
        await session.commit()
    except IntegrityError:  # created concurrently by another request
        await session.rollback()
        return await get_account(session, user_id, name)
    return account


def position_view(row: PortfolioPosition, account: str) -> PortfolioPositionView:
    return PortfolioPositionView(
        id=row.id,
        account=account,
        symbol=row.symbol,
        exchange=row.exchange,
        origin=row.origin,
        side="long" if row.quantity > 0 else "short",
        quantity=row.quantity,
        average_price=row.average_price,
        realised_pnl=row.realised_pnl,
        fees=row.fees,
        leverage=row.leverage,
        stop_loss=row.stop_loss,
        take_profit=row.take_profit,
        opened_at=row.opened_at,
        updated_at=row.updated_at,
    )


async def account_view(session: AsyncSession, account: PortfolioAccount) -> PortfolioAccountView:
    realised, fees = (
        await session.execute(
            select(
                func.coalesce(func.sum(PortfolioLedgerEntry.realised_pnl), 0.0),
                func.coalesce(func.sum(PortfolioLedgerEntry.fee), 0.0),
            ).where(PortfolioLedgerEntry.account_id == account.id)
        )
    ).one()
    return PortfolioAccountView(
        id=account.id,
        name=account.name,
        kind=account.kind,
        quote=account.quote,
        starting_balance=account.starting_balance,
        realised_pnl=float(realised),
        fees=float(fees),
        cash=account.starting_balance + float(realised) - float(fees),
    )


async def _position_row(
    session: AsyncSession, account_id: int, symbol: str
) -> PortfolioPosition | None:
    return (
        await session.execute(
            select(PortfolioPosition)
            .where(PortfolioPosition.account_id == account_id, PortfolioPosition.symbol == symbol)
            .with_for_update()
        )
    ).scalar_one_or_none()


def _check_opening(side: str, price: float, stop: float | None, leverage: float) -> None:
    policy.check_leverage(leverage)
    policy.check_stop_loss(side, price, stop)


async def apply_fill(
    session: AsyncSession, user_id: int, fill: PortfolioFill
) -> PortfolioFillResult:
    """Apply one fill by average cost (adds, reductions, flips through zero); idempotent on
    ``fill_id``. A fill that opens exposure needs a stop-loss on its losing side (a flip needs
    a new one: the old stop sits on the wrong side)."""
    account = await get_account(session, user_id, fill.account)
    if fill.fill_id is not None:
        seen = (
            await session.execute(
                select(PortfolioLedgerEntry).where(
                    PortfolioLedgerEntry.account_id == account.id,
                    PortfolioLedgerEntry.fill_id == fill.fill_id,
                )
            )
        ).scalar_one_or_none()
        if seen is not None:
            row = await _position_row(session, account.id, fill.symbol)
            return PortfolioFillResult(
                entry_id=seen.id,
                realised_pnl=seen.realised_pnl,
                duplicate=True,
                position=position_view(row, account.name) if row else None,
            )
    now = fill.ts or utcnow()
    row = await _position_row(session, account.id, fill.symbol)
    state = (
        ledger.PositionState(row.quantity, row.average_price, row.realised_pnl, row.fees)
        if row
        else ledger.PositionState()
    )
    signed = fill.quantity if fill.side == "BUY" else -fill.quantity
    effect = ledger.apply(state, signed, fill.price, fill.fee)
    stop = (
        fill.stop_loss
        if fill.stop_loss is not None
        else (row.stop_loss if row is not None and not effect.flipped else None)
    )
    take = (
        fill.take_profit
        if fill.take_profit is not None
        else (row.take_profit if row is not None and not effect.flipped else None)
    )
    if effect.opened:
        _check_opening(fill.side, fill.price, stop, fill.leverage)
    leverage = fill.leverage if effect.opened or row is None else row.leverage
    entry = PortfolioLedgerEntry(
        account_id=account.id,
        user_id=user_id,
        ts=now,
        kind="fill",
        symbol=fill.symbol,
        exchange=fill.exchange,
        quantity=signed,
        price=fill.price,
        fee=fill.fee,
        realised_pnl=effect.realised,
        quantity_after=effect.state.quantity,
        average_price_after=effect.state.average_price,
        stop_loss=stop,
        take_profit=take,
        leverage=leverage,
        fill_id=fill.fill_id,
    )
    session.add(entry)
    if effect.closed:
        if row is not None:
            await session.delete(row)
        row = None
    elif row is None:
        row = PortfolioPosition(
            account_id=account.id,
            user_id=user_id,
            symbol=fill.symbol,
            exchange=fill.exchange,
            origin="fills",
            quantity=effect.state.quantity,
            average_price=effect.state.average_price,
            realised_pnl=effect.state.realised_pnl,
            fees=effect.state.fees,
            leverage=leverage,
            stop_loss=stop,
            take_profit=take,
            opened_at=now,
            updated_at=now,
        )
        session.add(row)
    else:
        row.quantity, row.average_price = effect.state.quantity, effect.state.average_price
        row.realised_pnl, row.fees = effect.state.realised_pnl, effect.state.fees
        row.stop_loss, row.take_profit, row.leverage = stop, take, leverage
        row.exchange = fill.exchange or row.exchange
        row.origin, row.updated_at = "fills", now
        if effect.flipped:
            row.opened_at = now
    await session.commit()
    return PortfolioFillResult(
        entry_id=entry.id,
        realised_pnl=effect.realised,
        duplicate=False,
        position=position_view(row, account.name) if row else None,
    )


async def list_positions(
    session: AsyncSession, user_id: int, account: str = "paper"
) -> tuple[PortfolioAccount, list[PortfolioPositionView]]:
    acc = await get_account(session, user_id, account)
    rows = (
        await session.execute(
            select(PortfolioPosition)
            .where(PortfolioPosition.account_id == acc.id)
            .order_by(PortfolioPosition.opened_at.desc(), PortfolioPosition.id.desc())
        )
    ).scalars()
    return acc, [position_view(row, acc.name) for row in rows]


async def _owned(
    session: AsyncSession, user_id: int, position_id: int
) -> tuple[PortfolioPosition, PortfolioAccount]:
    row = await session.get(PortfolioPosition, position_id, with_for_update=True)
    if row is None or row.user_id != user_id:
        raise PositionNotFound(f"position {position_id} not found", position_id=position_id)
    account = await session.get(PortfolioAccount, row.account_id)
    assert account is not None
    return row, account


async def record_position(
    session: AsyncSession,
    user_id: int,
    *,
    account: str,
    symbol: str,
    quantity: float,
    entry_price: float,
    stop_loss: float,
    take_profit: float | None,
    leverage: float,
    exchange: str | None,
    opened_at: datetime | None,
) -> PortfolioPositionView:
    """A holding kept elsewhere, recorded by the user (no cash moves)."""
    acc = await get_account(session, user_id, account)
    _check_opening("BUY" if quantity > 0 else "SELL", entry_price, stop_loss, leverage)
    if await _position_row(session, acc.id, symbol) is not None:
        raise PositionExists(f"account {acc.name!r} already holds {symbol}", symbol=symbol)
    now = utcnow()
    opened = opened_at or now
    session.add(
        PortfolioLedgerEntry(
            account_id=acc.id,
            user_id=user_id,
            ts=now,
            kind="record",
            symbol=symbol,
            exchange=exchange,
            quantity=quantity,
            price=entry_price,
            quantity_after=quantity,
            average_price_after=entry_price,
            stop_loss=stop_loss,
            take_profit=take_profit,
            leverage=leverage,
        )
    )
    row = PortfolioPosition(
        account_id=acc.id,
        user_id=user_id,
        symbol=symbol,
        exchange=exchange,
        origin="recorded",
        quantity=quantity,
        average_price=entry_price,
        leverage=leverage,
        stop_loss=stop_loss,
        take_profit=take_profit,
        opened_at=opened,
        updated_at=now,
    )
    session.add(row)
    try:
        await session.commit()
    except IntegrityError:
        await session.rollback()
        raise PositionExists(
            f"account {acc.name!r} already holds {symbol}", symbol=symbol
        ) from None
    return position_view(row, acc.name)


async def move_stop(
    session: AsyncSession,
    user_id: int,
    position_id: int,
    *,
    reference_price: float | None,
    stop_loss: float | None,
    take_profit: float | None,
    clear_take_profit: bool,
) -> PortfolioPositionView:
    """Move the stop (it must stay on the losing side of ``reference_price``, the current mark
    or else the entry) and/or the take-profit; a ledger entry records the change."""
    row, account = await _owned(session, user_id, position_id)
    reference = reference_price or row.average_price
    if stop_loss is not None:
        policy.check_stop_loss("BUY" if row.quantity > 0 else "SELL", reference, stop_loss)
        row.stop_loss = stop_loss
    if take_profit is not None or clear_take_profit:
        row.take_profit = take_profit
    now = utcnow()
    row.updated_at = now
    session.add(
        PortfolioLedgerEntry(
            account_id=account.id,
            user_id=user_id,
            ts=now,
            kind="stop",
            symbol=row.symbol,
            exchange=row.exchange,
            quantity=0.0,
            quantity_after=row.quantity,
            average_price_after=row.average_price,
            stop_loss=row.stop_loss,
            take_profit=row.take_profit,
            leverage=row.leverage,
        )
    )
    await session.commit()
    return position_view(row, account.name)


async def delete_record(session: AsyncSession, user_id: int, position_id: int) -> None:
    """Close the record of a user-recorded holding (positions from fills close by orders)."""
    row, account = await _owned(session, user_id, position_id)
    if row.origin != "recorded":
        raise PositionFromFills(
            "this position comes from fills; close it with an order", position_id=position_id
        )
    session.add(
        PortfolioLedgerEntry(
            account_id=account.id,
            user_id=user_id,
            ts=utcnow(),
            kind="close_record",
            symbol=row.symbol,
            exchange=row.exchange,
            quantity=-row.quantity,
            quantity_after=0.0,
            average_price_after=0.0,
            leverage=row.leverage,
        )
    )
    await session.delete(row)
    await session.commit()


async def ledger_entries(session: AsyncSession, account_id: int) -> list[PortfolioLedgerEntry]:
    return list(
        (
            await session.execute(
                select(PortfolioLedgerEntry)
                .where(PortfolioLedgerEntry.account_id == account_id)
                .order_by(PortfolioLedgerEntry.ts, PortfolioLedgerEntry.id)
            )
        ).scalars()
    )


def rebuild_positions(entries: list[PortfolioLedgerEntry]) -> dict[str, tuple[float, float]]:
    """(quantity, average price) per open symbol, replayed from the entries' deltas alone."""
    state: dict[str, ledger.PositionState] = {}
    for e in entries:
        if e.kind == "fill":
            state[e.symbol] = ledger.apply(
                state.get(e.symbol, ledger.PositionState()), e.quantity, e.price or 0.0, e.fee
            ).state
        elif e.kind == "record":
            state[e.symbol] = ledger.PositionState(e.quantity, e.price or 0.0)
        elif e.kind == "close_record":
            state.pop(e.symbol, None)
    return {s: (v.quantity, v.average_price) for s, v in state.items() if v.quantity != 0}


async def marked_positions(
    session: AsyncSession,
    source: MarketDataSource,
    cache: Cache,
    user_id: int,
    account: str = "paper",
    stale_ok: bool = False,
) -> tuple[PortfolioAccountView, Valuation]:
    """The account and its positions marked through ``exchanges.public``."""
    acc, positions = await list_positions(session, user_id, account)
    view = await account_view(session, acc)
    fallback = default_exchange(source)
    exchange_of = {p.id: p.exchange or fallback for p in positions}
    marks = await mark_all(
        source, cache, ((exchange_of[p.id], p.symbol) for p in positions), stale_ok
    )
    return view, value(view, positions, marks, exchange_of)


async def ledger_page(
    session: AsyncSession,
    user_id: int,
    account: str,
    *,
    start: datetime | None,
    end: datetime | None,
    limit: int,
    cursor: str | None,
) -> tuple[list[PortfolioLedgerEntry], str | None]:
    """The account's ledger, newest first, ``[start, end)``, cursor-paginated."""
    acc = await get_account(session, user_id, account)
    query = select(PortfolioLedgerEntry).where(PortfolioLedgerEntry.account_id == acc.id)
    if start is not None:
        query = query.where(PortfolioLedgerEntry.ts >= start)
    if end is not None:
        query = query.where(PortfolioLedgerEntry.ts < end)
    if cursor is not None:
        moment, key = decode_int_cursor(cursor)
        query = query.where(
            or_(
                PortfolioLedgerEntry.ts < moment,
                and_(PortfolioLedgerEntry.ts == moment, PortfolioLedgerEntry.id < key),
            )
        )
    rows = list(
        (
            await session.execute(
                query.order_by(
                    PortfolioLedgerEntry.ts.desc(), PortfolioLedgerEntry.id.desc()
                ).limit(limit + 1)
            )
        ).scalars()
    )
    return rows[:limit], next_cursor_of(rows, limit, lambda e: (e.ts, e.id))


async def update_position(
    session: AsyncSession,
    source: MarketDataSource,
    cache: Cache,
    user_id: int,
    position_id: int,
    *,
    stop_loss: float | None,
    take_profit: float | None,
    clear_take_profit: bool,
) -> PortfolioPositionView:
    """Move the stop against the current mark (the last known one if the exchange is down)."""
    row, _ = await _owned(session, user_id, position_id)
    exchange = row.exchange or default_exchange(source)
    marks = await mark_all(source, cache, [(exchange, row.symbol)], stale_ok=True)
    return await move_stop(
        session,
        user_id,
        position_id,
        reference_price=marks[(exchange, row.symbol)].price,
        stop_loss=stop_loss,
        take_profit=take_profit,
        clear_take_profit=clear_take_profit,
    )


async def allocate(
    session: AsyncSession, spec: AllocationSpec, user_id: int | None = None
) -> tuple[Allocation, int]:
    """Load prices (``user_id``'s view of the store), check the inputs, optimise in a worker
    thread (the solver releases the event loop for other requests)."""
    import asyncio

    policy.check_leverage(spec.gross_leverage, field="gross_leverage")
    closes, step_ms = await load_closes(session, spec, user_id=user_id)
    if closes.shape[1] < 2:
        raise invalid("body.prices", "an allocation needs at least two assets")
    returns = returns_of(closes, closes.shape[1] + 1)
    flat = [str(c) for c in returns.columns if float(returns[c].std()) == 0.0]
    if flat:
        raise invalid(
            "body.prices",
            f"{', '.join(flat)} never moves: its variance is zero and the covariance is singular",
        )
    periods = periods_per_year(step_ms, get_portfolio_settings().periods_per_year)
    return await asyncio.to_thread(run_allocation, returns, spec, periods), periods


async def rebalance(
    session: AsyncSession,
    source: MarketDataSource,
    cache: Cache,
    user_id: int,
    req: PortfolioRebalanceRequest,
) -> PortfolioRebalanceProposal:
    """A trade list from the holdings to the targets; executing it is the execution module's."""
    if req.target_weights is not None:
        targets = dict(req.target_weights)
    else:
        assert req.allocation is not None
        result, _ = await allocate(session, req.allocation)
        targets = result.weights
    gross = sum(abs(w) for w in targets.values())
    policy.check_leverage(gross if gross > 0 else 1.0, field="gross target weight")
    if req.holdings is not None:
        holdings, equity = dict(req.holdings), float(req.equity or 0.0)
    else:
        _, valuation = await marked_positions(session, source, cache, user_id, req.account)
        holdings = {m.position.symbol: m.position.quantity for m in valuation.positions}
        equity = req.equity or valuation.equity
    if equity <= 0:
        raise invalid("body.equity", "equity must be positive to rebalance")
    prices = dict(req.prices or {})
    missing = sorted((set(holdings) | set(targets)) - set(prices))
    if missing:
        exchange = default_exchange(source)
        marks = await mark_all(source, cache, ((exchange, s) for s in missing), stale_ok=False)
        prices.update({s: marks[(exchange, s)].price for s in missing})
    bad = [s for s, p in prices.items() if p is None or p <= 0]
    if bad:
        raise invalid("body.prices", f"no positive price for {', '.join(bad)}")
    proposal = propose(
        equity,
        holdings,
        prices,
        targets,
        band=req.drift_band,
        fee_rate=req.fee_rate,
        stop_loss_pct=req.stop_loss_pct,
        lot_size=req.lot_size,
        min_notional=req.min_notional,
        default_lot=1e-8,
        default_min_notional=10.0,
    )
    return PortfolioRebalanceProposal(
        equity=equity,
        target_weights=targets,
        trades=[PortfolioRebalanceTrade(**asdict(t)) for t in proposal.trades],
        skipped=[PortfolioRebalanceSkip(**asdict(s)) for s in proposal.skipped],
        turnover=proposal.turnover,
        fees=proposal.fees,
    )


async def performance(
    session: AsyncSession,
    user_id: int,
    *,
    account: str,
    exchange: str,
    timeframe: str,
    start: datetime | None,
    end: datetime | None,
    benchmark: str,
) -> PortfolioPerformance:
    from app.modules.backtest.public import equity_metrics

    acc = await get_account(session, user_id, account)
    entries = [
        PortfolioLedgerEntryView.model_validate(e, from_attributes=True)
        for e in await ledger_entries(session, acc.id)
    ]
    symbols = sorted({e.symbol for e in entries if e.kind in ("fill", "record")})
    if not symbols:
        raise invalid("query.account", "the account has no trades or holdings to measure")
    if timeframe not in TIMEFRAME_MS:
        raise invalid("query.timeframe", f"unknown timeframe {timeframe!r}")
    bench_symbols = [benchmark] if benchmark != "equal_weight" else []
    spec = PriceSourceSpec(
        exchange=exchange,
        symbols=sorted(set(symbols + bench_symbols)),
        timeframe=timeframe,
        start=start,
        end=end,
    )
    closes, step_ms = await load_closes(session, spec, user_id=user_id)
    step = timedelta(milliseconds=step_ms)
    times = [datetime.fromtimestamp(ts / 1000, UTC) + step for ts in closes.index]
    first = entries[0].ts
    keep = [i for i, t in enumerate(times) if t >= first]
    if not keep:
        raise invalid("query.end", "the range ends before the account's first entry")
    begin = max(0, keep[0] - 1)  # the bar before trading: equity = the starting balance
    times = times[begin:]
    frame = closes.iloc[begin:]
    if len(times) < 2:
        raise invalid("query.start", "the range holds fewer than two bars")
    curve = equity_curve(
        entries, acc.starting_balance, times, {s: frame[s].to_numpy(dtype=float) for s in symbols}
    )
    e0 = float(curve.equity[0])
    periods = periods_per_year(step_ms, get_portfolio_settings().periods_per_year)
    metrics = equity_metrics(curve.equity[1:], e0, periods)
    twr = float(np.prod(curve.equity[1:] / curve.equity[:-1]) - 1.0)
    asset_returns = {s: float(frame[s].iloc[-1] / frame[s].iloc[0] - 1.0) for s in frame}
    weights = {s: curve.exposure[s] / e0 for s in symbols}
    port_returns = {s: (curve.pnl[s] / e0) / weights[s] if weights[s] else 0.0 for s in symbols}
    bench_weights = (
        {s: 1.0 / len(symbols) for s in symbols}
        if benchmark == "equal_weight"
        else {benchmark: 1.0}
    )
    rows, _, total_b = brinson(weights, bench_weights, port_returns, asset_returns)
    return PortfolioPerformance(
        account=acc.name,
        exchange=exchange,
        timeframe=timeframe,
        benchmark=benchmark,
        equity_curve=[
            PortfolioEquityPoint(ts=t, equity=float(v))
            for t, v in zip(curve.times, curve.equity, strict=True)
        ],
        time_weighted_return=twr,
        benchmark_return=total_b,
        active_return=twr - total_b,
        metrics=metrics,
        contributions={s: curve.pnl[s] / e0 for s in symbols},
        attribution=[
            PortfolioAttributionRow(
                segment=r.symbol,
                portfolio_weight=r.portfolio_weight,
                benchmark_weight=r.benchmark_weight,
                portfolio_return=r.portfolio_return,
                benchmark_return=r.benchmark_return,
                allocation=r.allocation,
                selection=r.selection,
                interaction=r.interaction,
            )
            for r in rows
        ],
        allocation=sum(r.allocation for r in rows),
        selection=sum(r.selection for r in rows),
        interaction=sum(r.interaction for r in rows),
    )


async def risk_report(
    session: AsyncSession,
    source: MarketDataSource,
    cache: Cache,
    model: RiskModel | None,
    user_id: int,
    *,
    account: str,
    exchange: str,
    timeframe: str,
    lookback: int,
    confidence: float,
    benchmark: str,
    threshold: float,
) -> PortfolioRiskReport:
    _, valuation = await marked_positions(session, source, cache, user_id, account, True)
    held = valuation.positions
    symbols = [m.position.symbol for m in held]
    equity = valuation.equity
    exposures = np.array([m.position.quantity * m.price for m in held])
    weights = exposures / equity if equity > 0 else np.zeros(len(held))
    report: dict[str, object] = {
        "account": account,
        "equity": equity,
        "confidence": confidence,
        "benchmark": benchmark,
        "weights": dict(zip(symbols, weights.tolist(), strict=True)),
        "hhi": hhi(exposures),
        "leverage": valuation.leverage,
        "volatility": None,
        "var": None,
        "cvar": None,
        "beta": None,
        "correlation": {},
        "correlated_pairs": [],
        "clusters": [[s] for s in symbols],
        "effective_bets": None,
        "observations": 0,
        "heat": None,
    }
    report["effective_assets"] = 1.0 / report["hhi"] if report["hhi"] else None  # type: ignore[operator]
    corr = None
    if held:
        spec = PriceSourceSpec(
            exchange=exchange, symbols=sorted(set(symbols) | {benchmark}), timeframe=timeframe
        )
        closes, step_ms = await load_closes(session, spec, user_id=user_id)
        returns = returns_of(closes.iloc[-(lookback + 1) :], 2)
        matrix = returns[symbols].to_numpy()
        port = matrix @ weights
        periods = periods_per_year(step_ms, get_portfolio_settings().periods_per_year)
        cov = np.atleast_2d(np.cov(matrix, rowvar=False))
        corr = np.atleast_2d(np.corrcoef(matrix, rowvar=False))
        report.update(
            observations=len(returns),
            volatility=_finite(port.std(ddof=1) * np.sqrt(periods)),
            beta=beta(port, returns[benchmark].to_numpy()),
            correlation={
                a: {b: _finite(corr[i, j]) for j, b in enumerate(symbols)}
                for i, a in enumerate(symbols)
            },
            correlated_pairs=[
                PortfolioCorrelatedPair(a=a, b=b, correlation=c)
                for a, b, c in correlated_pairs(symbols, corr, threshold)
            ],
            effective_bets=_finite(effective_bets(weights, cov)),
        )
        corr = np.nan_to_num(corr, nan=0.0)  # a flat series correlates with nothing
        if model is not None:
            report["var"], report["cvar"] = model.var(port, confidence)
    if model is not None and equity > 0:
        heat_fraction, labels = model.heat(
            [(m.position.symbol, m.position.quantity, m.price, m.position.stop_loss) for m in held],
            equity,
            corr,
            threshold,
        )
        groups: dict[int, list[str]] = {}
        for symbol, label in zip(symbols, labels, strict=True):
            groups.setdefault(label, []).append(symbol)
        report.update(heat=heat_fraction, clusters=list(groups.values()))
    return PortfolioRiskReport(**report)


def _finite(value: float | None) -> float | None:
    return float(value) if value is not None and np.isfinite(value) else None
