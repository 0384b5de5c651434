"""The one order path: kill switch → risk gate → broker → fills → portfolio ledger.

``place_order`` serves every origin (manual, algorithmic child, signal, hedge, liquidation);
``sweep`` fills resting paper orders from new books and trades and executes the stop-losses and
take-profits of open positions through the same path. No FastAPI here; ``state`` is the app's
``app.state`` (``db``, ``cache``, ``kill_switch``, the market-data source).
"""

from __future__ import annotations

import logging
import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from app.core import policy
from app.core.errors import invalid
from app.core.halt import KillSwitch
from app.core.pagination import PageRequest, newest_page
from app.core.timeutil import utcnow
from app.modules.exchanges.public import (
    MarketDataError,
    MarketDataSource,
    OrderBookSnapshot,
    check_exchange,
    get_source,
)
from app.modules.execution import credentials, live
from app.modules.execution.book import (
    EPS,
    BookFill,
    average_price,
    on_step,
    quantity_for_notional,
    slippage_bps,
    snap_down,
    walk,
)
from app.modules.execution.config import ExecutionSettings, get_execution_settings
from app.modules.execution.engine import Engine, engine_of
from app.modules.execution.errors import (
    ClientOrderIdReused,
    MarketRuleViolation,
    NoLiquidity,
    OrderNotCancellable,
    OrderNotFound,
    ReduceOnlyViolation,
)
from app.modules.execution.models import ExecFill, ExecOrder
from app.modules.execution.paper import RestingOrder, TapeTrade, levels_for
from app.modules.execution.specs import (
    FINAL_STATUSES,
    HALT_EXEMPT_ORIGINS,
    REDUCE_ONLY_ORIGINS,
    ExecutionFillOut,
    ExecutionOrderIn,
    ExecutionOrderOut,
    ExecutionRelativeLevel,
)
from app.modules.portfolio import public as portfolio
from app.modules.risk import public as risk

log = logging.getLogger("kalkan.execution")
ORIGINS = frozenset({"manual", "algo", "signal", "hedge", "liquidation"})
OPEN_STATUSES = ("open", "partially_filled")


# --- helpers ---------------------------------------------------------------------------------


def _switch(state: Any) -> KillSwitch:
    switch: KillSwitch = state.kill_switch
    return switch


async def fetch_book(
    source: MarketDataSource, exchange: str, symbol: str, depth: int
) -> OrderBookSnapshot:
    """The current book, or a 422 naming the market rule when the symbol is unknown."""
    from app.modules.exchanges.public import MarketDataError

    try:
        book = await source.fetch_order_book(exchange, symbol, depth)
    except MarketDataError as exc:
        if exc.status == 404:
            raise MarketRuleViolation(
                "unknown-symbol", f"{exchange} has no market {symbol}", field="body.symbol"
            ) from None
        raise
    except KeyError:
        raise MarketRuleViolation(
            "unknown-symbol", f"{exchange} has no market {symbol}", field="body.symbol"
        ) from None
    return book


def book_signature(book: OrderBookSnapshot) -> Any:
    """What tells one snapshot of a market from the next (time, sequence, top of book)."""
    return (book.timestamp, book.sequence, book.bids[:5], book.asks[:5])


def _mid(book: OrderBookSnapshot) -> float | None:
    if book.bids and book.asks:
        return (book.bids[0][0] + book.asks[0][0]) / 2
    if book.bids:
        return book.bids[0][0]
    if book.asks:
        return book.asks[0][0]
    return None


def _resolve(
    level: float | ExecutionRelativeLevel | None, side: str, price: float, stop: bool
) -> float | None:
    """An absolute stop-loss / take-profit from an absolute or relative level at ``price``."""
    if level is None or isinstance(level, float | int):
        return None if level is None else float(level)
    # A stop sits on the losing side (below a BUY), a take-profit on the winning side.
    below = (side == "BUY") == stop
    return price * (1 - level.value) if below else price * (1 + level.value)


def _pct(level: float | ExecutionRelativeLevel | None) -> float | None:
    return level.value if isinstance(level, ExecutionRelativeLevel) else None


def fill_out(row: ExecFill) -> ExecutionFillOut:
    assert row.id is not None
    return ExecutionFillOut(
        id=row.id,
        ts=row.ts,
        price=row.price,
        quantity=row.quantity,
        fee=row.fee,
        liquidity="maker" if row.liquidity == "maker" else "taker",
    )


def order_out(row: ExecOrder, fills: Sequence[ExecFill]) -> ExecutionOrderOut:
    assert row.id is not None
    return ExecutionOrderOut(
        id=row.id,
        client_order_id=row.client_order_id,
        account=row.account,
        broker="live" if row.broker == "live" else "paper",
        exchange=row.exchange,
        symbol=row.symbol,
        side=row.side,
        type=row.type,
        time_in_force=row.time_in_force,
        origin=row.origin,
        status=row.status,
        quantity=row.quantity,
        filled_quantity=row.filled_quantity,
        remaining_quantity=max(0.0, row.quantity - row.filled_quantity),
        price=row.price,
        average_price=row.average_price,
        arrival_price=row.arrival_price,
        slippage_bps=slippage_bps(row.side, row.average_price, row.arrival_price),
        fees=row.fees,
        leverage=row.leverage,
        stop_loss=row.stop_loss,
        take_profit=row.take_profit,
        reason=row.reason,
        parent_id=row.parent_id,
        fills=[fill_out(f) for f in fills],
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


async def _fills_of(session: AsyncSession, order_id: int) -> list[ExecFill]:
    query = select(ExecFill).where(col(ExecFill.order_id) == order_id).order_by(col(ExecFill.id))
    return list((await session.execute(query)).scalars())


async def _out(session: AsyncSession, row: ExecOrder) -> ExecutionOrderOut:
    assert row.id is not None
    return order_out(row, await _fills_of(session, row.id))


def _check_rules(
    settings: ExecutionSettings, exchange: str, symbol: str, quantity: float, price: float
) -> None:
    rule = settings.rule_for(exchange, symbol)
    if not math.isfinite(quantity) or quantity <= 0:
        raise MarketRuleViolation(
            "quantity-positive", "quantity must be positive", field="body.quantity"
        )
    if quantity + EPS < rule.min_qty:
        raise MarketRuleViolation(
            "min-quantity",
            f"{quantity:g} is below the minimum quantity {rule.min_qty:g} of {symbol} on "
            f"{exchange}",
            field="body.quantity",
        )
    if not on_step(quantity, rule.step):
        raise MarketRuleViolation(
            "lot-step",
            f"{quantity:g} is not a multiple of the lot step {rule.step:g} of {symbol}",
            field="body.quantity",
        )
    if quantity * price + EPS < rule.min_notional:
        raise MarketRuleViolation(
            "min-notional",
            f"the order's value {quantity * price:g} is below the minimum {rule.min_notional:g}",
            field="body.quantity",
        )


# --- placing ---------------------------------------------------------------------------------


def _same(row: ExecOrder, order: ExecutionOrderIn) -> bool:
    return (row.symbol, row.side, row.type, row.account) == (
        order.symbol,
        order.side,
        order.type,
        order.account,
    )


async def place_order(
    state: Any,
    user_id: int,
    order: ExecutionOrderIn,
    *,
    origin: str = "manual",
    parent_id: str | None = None,
) -> ExecutionOrderOut:
    if origin not in ORIGINS:
        raise invalid("origin", f"origin must be one of {', '.join(sorted(ORIGINS))}")
    engine = engine_of(state)
    async with engine.lock(user_id, order.account), state.db.session() as session:
        if order.client_order_id is not None:
            existing = (
                await session.execute(
                    select(ExecOrder).where(
                        col(ExecOrder.user_id) == user_id,
                        col(ExecOrder.client_order_id) == order.client_order_id,
                    )
                )
            ).scalar_one_or_none()
            if existing is not None:
                if not _same(existing, order):
                    raise ClientOrderIdReused(
                        f"client_order_id {order.client_order_id!r} names order {existing.id} "
                        "with other parameters",
                        order_id=existing.id,
                    )
                return await _out(session, existing)
        await _switch(state).check(user_id, emergency=origin in HALT_EXEMPT_ORIGINS)
        return await _place(state, engine, session, user_id, order, origin, parent_id)


async def _place(
    state: Any,
    engine: Engine,
    session: AsyncSession,
    user_id: int,
    order: ExecutionOrderIn,
    origin: str,
    parent_id: str | None,
) -> ExecutionOrderOut:
    # The white-hat cap needs no market data: refuse before the book is fetched, so a bad
    # request is a 422 even while the exchange is down (the risk gate checks it again).
    policy.check_leverage(order.leverage, field="body.leverage")
    settings = get_execution_settings()
    source = get_source(state)
    exchange = check_exchange(source, order.exchange or source.exchanges[0])
    fetched = await fetch_book(source, exchange, order.symbol, settings.book_depth)
    market = (exchange, order.symbol)
    signature = book_signature(fetched)
    bids, asks = engine.visible(market, signature, fetched.bids, fetched.asks)
    book = replace(fetched, bids=bids, asks=asks)
    arrival = _mid(book)
    levels = levels_for(order.side, book.bids, book.asks, settings.book_depth)
    if arrival is None:
        raise NoLiquidity(f"the {exchange} {order.symbol} book is empty")
    if order.price is not None and abs(order.price / arrival - 1) > settings.max_limit_deviation:
        raise MarketRuleViolation(
            "price-band",
            f"limit price {order.price:g} is more than {settings.max_limit_deviation:.0%} from "
            f"the book mid {arrival:g}",
            field="body.price",
        )
    rule = settings.rule_for(exchange, order.symbol)
    if not levels and order.type == "market":
        raise NoLiquidity(f"the {exchange} {order.symbol} book has no {order.side} liquidity")
    if order.quantity is not None:
        quantity = order.quantity
    else:
        assert order.notional is not None
        if order.type == "limit":
            assert order.price is not None
            raw = order.notional / order.price
        else:
            raw = quantity_for_notional(levels, order.notional, order.side)
        quantity = snap_down(raw, rule.step)
    if origin not in REDUCE_ONLY_ORIGINS:  # closing a whole position is always possible
        _check_rules(settings, exchange, order.symbol, quantity, order.price or arrival)
    walked = walk(levels, quantity, order.side, order.price)
    expected = average_price(walked) or order.price or arrival
    creds = await _live_account(session, user_id, exchange) if order.account == "live" else None
    ctx = await risk.gate_context(session, source, state.cache, user_id, order.account)
    held = next((p.quantity for p in ctx.positions if p.symbol == order.symbol), 0.0)
    signed = quantity if order.side == "BUY" else -quantity
    reducing = (
        abs(held + signed) < abs(held) + EPS and held * signed < 0 and quantity <= abs(held) + EPS
    )
    if (order.reduce_only or origin in REDUCE_ONLY_ORIGINS) and not reducing:
        raise ReduceOnlyViolation(
            f"a {order.side} of {quantity:g} {order.symbol} would not only reduce the position "
            f"of {held:g}"
        )
    stop = _resolve(order.stop_loss, order.side, expected, stop=True)
    take = _resolve(order.take_profit, order.side, expected, stop=False)
    decision = risk.check_order(
        risk.GateOrder(
            symbol=order.symbol,
            side=order.side,
            quantity=quantity,
            price=expected,
            stop_loss=None if reducing else stop,
            leverage=order.leverage,
            confidence=order.confidence,
        ),
        ctx,
    )
    now = utcnow()
    row = ExecOrder(
        user_id=user_id,
        client_order_id=order.client_order_id,
        account=order.account,
        broker="paper" if creds is None else "live",
        exchange=exchange,
        symbol=order.symbol,
        side=order.side,
        type=order.type,
        time_in_force=order.tif,
        origin=origin,
        status="open",
        quantity=quantity,
        price=order.price,
        arrival_price=arrival,
        leverage=order.leverage,
        stop_loss=None if decision.reducing else stop,
        stop_loss_pct=None if decision.reducing else _pct(order.stop_loss),
        take_profit=None if decision.reducing else take,
        take_profit_pct=None if decision.reducing else _pct(order.take_profit),
        parent_id=parent_id,
        created_at=now,
        updated_at=now,
    )
    session.add(row)
    if creds is not None:
        await session.commit()  # recorded before it leaves for the exchange
        return await _place_live(session, row, creds)
    await session.flush()  # the id the fills refer to; committed with the first fill
    result = engine.broker.take(order.side, quantity, order.price, order.tif, book.bids, book.asks)
    engine.consume(market, signature, order.side, result.fills)
    await record_fills(session, row, result.fills, commit=False)
    if result.rests:
        row.queue_ahead = result.queue_ahead
    elif row.status not in FINAL_STATUSES:  # IOC/FOK: what did not fill is gone
        row.status = "cancelled" if row.filled_quantity > EPS else "expired"
        row.reason = result.reason
    row.updated_at = utcnow()
    await session.commit()
    return await _out(session, row)


async def _live_account(
    session: AsyncSession, user_id: int, exchange: str
) -> dict[str, str | None]:
    """The user's decrypted credentials for ``exchange`` once live trading is allowed; opens
    the ``live`` ledger account with the exchange's quote balance on first use."""
    from app.core.errors import AppError

    policy.check_live_trading_allowed()
    creds = await credentials.load(session, user_id, exchange)
    try:
        await portfolio.account(session, user_id, "live")
    except AppError:
        quote = portfolio.account_quote()
        balance = await live.quote_balance(exchange, creds, quote)
        await portfolio.ensure_account(
            session, user_id, "live", kind="live", starting_balance=balance
        )
    return creds


async def _place_live(
    session: AsyncSession, row: ExecOrder, creds: dict[str, str | None]
) -> ExecutionOrderOut:
    """Send the order to the exchange; what it reports filled goes through the ledger."""
    try:
        external, fills, status = await live.create_order(
            row.exchange,
            creds,
            symbol=row.symbol,
            side=row.side,
            type=row.type,
            quantity=row.quantity,
            price=row.price,
            tif=row.time_in_force,
            client_id=f"kalkan-{row.id}",
        )
    except Exception as exc:
        row.status, row.reason, row.updated_at = "rejected", str(exc)[:400], utcnow()
        await session.commit()
        raise
    row.external_id = external
    await record_fills(session, row, fills)
    if status in ("canceled", "expired", "rejected") and row.status not in FINAL_STATUSES:
        row.status = "cancelled" if row.filled_quantity > EPS else "expired"
        row.reason = f"the exchange reports the order {status}"
    row.updated_at = utcnow()
    await session.commit()
    return await _out(session, row)


async def record_fills(
    session: AsyncSession, row: ExecOrder, fills: Sequence[BookFill], *, commit: bool = True
) -> None:
    """Record each fill once and hand it to the portfolio ledger; updates the order's totals
    and status (commits)."""
    if not fills:
        return
    settings = get_execution_settings()
    maker, taker = settings.fee_rates(row.exchange)
    for f in fills:
        fee = f.price * f.quantity * (maker if f.liquidity == "maker" else taker)
        fill = ExecFill(
            order_id=row.id,  # type: ignore[arg-type]
            user_id=row.user_id,
            price=f.price,
            quantity=f.quantity,
            fee=max(fee, 0.0),
            liquidity=f.liquidity,
        )
        session.add(fill)
        before = row.filled_quantity
        row.filled_quantity = before + f.quantity
        row.average_price = ((row.average_price or 0.0) * before + f.price * f.quantity) / (
            row.filled_quantity
        )
        row.fees += fill.fee
        if row.stop_loss_pct is not None:
            sign = -1 if row.side == "BUY" else 1
            row.stop_loss = row.average_price * (1 + sign * row.stop_loss_pct)
        if row.take_profit_pct is not None:
            sign = 1 if row.side == "BUY" else -1
            row.take_profit = row.average_price * (1 + sign * row.take_profit_pct)
        await session.flush()
        await portfolio.apply_fill(
            session,
            row.user_id,
            portfolio.PortfolioFill(
                account=row.account,
                symbol=row.symbol,
                side=row.side,
                quantity=f.quantity,
                price=f.price,
                fee=fill.fee,
                stop_loss=row.stop_loss,
                take_profit=row.take_profit,
                leverage=row.leverage,
                exchange=row.exchange,
                fill_id=f"exec-{fill.id}",
                ts=fill.ts,
            ),
        )
    done = row.filled_quantity >= row.quantity - EPS * max(1.0, row.quantity)
    row.status = "filled" if done else "partially_filled"
    row.updated_at = utcnow()
    if commit:
        await session.commit()


# --- reading and cancelling ------------------------------------------------------------------


async def get_order(session: AsyncSession, user_id: int, order_id: int) -> ExecutionOrderOut:
    row = await session.get(ExecOrder, order_id)
    if row is None or row.user_id != user_id:
        raise OrderNotFound(f"order {order_id} not found")
    return await _out(session, row)


async def list_orders(
    session: AsyncSession,
    user_id: int,
    page: PageRequest,
    *,
    symbol: str | None = None,
    status: str | None = None,
    origin: str | None = None,
    parent_id: str | None = None,
    start: Any = None,
    end: Any = None,
) -> tuple[list[ExecutionOrderOut], str | None]:
    query = select(ExecOrder).where(col(ExecOrder.user_id) == user_id)
    if symbol:
        query = query.where(col(ExecOrder.symbol) == symbol)
    if status:
        query = query.where(col(ExecOrder.status) == status)
    if origin:
        query = query.where(col(ExecOrder.origin) == origin)
    if parent_id:
        query = query.where(col(ExecOrder.parent_id) == parent_id)
    if start is not None:
        query = query.where(col(ExecOrder.created_at) >= start)
    if end is not None:
        query = query.where(col(ExecOrder.created_at) < end)
    rows, cursor = await newest_page(
        session, query, col(ExecOrder.created_at), col(ExecOrder.id), page
    )
    fills: dict[int, list[ExecFill]] = defaultdict(list)
    if rows:
        found = await session.execute(
            select(ExecFill)
            .where(col(ExecFill.order_id).in_([r.id for r in rows]))
            .order_by(col(ExecFill.id))
        )
        for f in found.scalars():
            fills[f.order_id].append(f)
    return [order_out(r, fills[r.id or 0]) for r in rows], cursor


async def cancel_order(
    state: Any, user_id: int, order_id: int, reason: str = "cancelled by the user"
) -> ExecutionOrderOut:
    async with state.db.session() as session:
        row = await session.get(ExecOrder, order_id)
        if row is None or row.user_id != user_id:
            raise OrderNotFound(f"order {order_id} not found")
    async with engine_of(state).lock(user_id, row.account), state.db.session() as session:
        row = await session.get(ExecOrder, order_id)
        assert row is not None
        if row.status in FINAL_STATUSES:
            raise OrderNotCancellable(
                f"order {order_id} is already {row.status}", order_status=row.status
            )
        row.status, row.reason, row.updated_at = "cancelled", reason, utcnow()
        await session.commit()
        return await _out(session, row)


# --- closing positions -----------------------------------------------------------------------


async def close_positions(
    state: Any, user_id: int, symbols: list[str] | None = None, *, account: str = "paper"
) -> list[ExecutionOrderOut]:
    async with state.db.session() as session:
        held = await portfolio.positions(session, user_id, account)
    wanted = {s.upper() for s in symbols} if symbols else None
    out: list[ExecutionOrderOut] = []
    for p in held:
        if wanted is not None and p.symbol not in wanted:
            continue
        if abs(p.quantity) <= EPS:
            continue
        order = ExecutionOrderIn(
            symbol=p.symbol,
            exchange=p.exchange,
            account=account,
            side="SELL" if p.quantity > 0 else "BUY",
            type="market",
            quantity=abs(p.quantity),
            time_in_force="IOC",
        )
        out.append(await _close(state, user_id, order))
    return out


async def _close(state: Any, user_id: int, order: ExecutionOrderIn) -> ExecutionOrderOut:
    """A liquidation order (reduce-only; passes a halt)."""
    return await place_order(state, user_id, order, origin="liquidation")


# --- sweeping resting orders and stops -------------------------------------------------------


async def sweep(state: Any) -> int:
    """Fill resting paper orders from the books and trades that arrived since the last sweep,
    then execute triggered stop-losses / take-profits. Returns the fills recorded."""
    engine = engine_of(state)
    if getattr(state, "market_data", None) is None:
        return 0  # no market data in this process (exchanges module off): nothing to match
    async with engine.sweep_lock:
        count = await _sweep_resting(state, engine)
        count += await _sweep_stops(state, engine)
        return count


async def _new_trades(
    engine: Engine, source: MarketDataSource, exchange: str, symbol: str
) -> list[TapeTrade]:
    key = (exchange, symbol)
    try:
        mark = engine.trade_marks.get(key)
        since = mark[0] if mark and mark[0] >= 0 else None
        trades = await source.fetch_trades(exchange, symbol, since=since)
    except (MarketDataError, AttributeError, KeyError):
        return []
    if not trades:
        if mark is None:  # an empty tape: everything from now on is new
            engine.trade_marks[key] = (-1, None)
        return []
    newest = trades[-1]
    engine.trade_marks[key] = (newest.timestamp, newest.id)
    if mark is None:
        return []  # the tape before the first sweep is history, not fills
    fresh = [t for t in trades if (t.timestamp, t.id or "") > (mark[0], mark[1] or "")]
    return [TapeTrade(t.price, t.amount, t.side) for t in fresh]


async def _sweep_resting(state: Any, engine: Engine) -> int:
    source = get_source(state)
    settings = get_execution_settings()
    async with state.db.session() as session:
        rows = list(
            (
                await session.execute(
                    select(ExecOrder)
                    .where(
                        col(ExecOrder.status).in_(OPEN_STATUSES),
                        col(ExecOrder.broker) == "paper",
                    )
                    .order_by(col(ExecOrder.created_at), col(ExecOrder.id))
                )
            ).scalars()
        )
    markets: dict[tuple[str, str], list[ExecOrder]] = defaultdict(list)
    for row in rows:
        markets[(row.exchange, row.symbol)].append(row)
    count = 0
    switch = _switch(state)
    for (exchange, symbol), resting in markets.items():
        try:
            book = await source.fetch_order_book(exchange, symbol, settings.book_depth)
        except MarketDataError:
            continue
        tape = await _new_trades(engine, source, exchange, symbol)
        signature = book_signature(book)
        fresh = engine.book_marks.get((exchange, symbol)) != signature
        engine.book_marks[(exchange, symbol)] = signature
        for row in resting:
            if row.origin not in HALT_EXEMPT_ORIGINS and await switch.halts_for(row.user_id):
                continue
            count += await _match_one(state, engine, row, book, tape, fresh)
    return count


async def _match_one(
    state: Any,
    engine: Engine,
    row: ExecOrder,
    book: OrderBookSnapshot,
    tape: list[TapeTrade],
    fresh: bool,
) -> int:
    async with engine.lock(row.user_id, row.account), state.db.session() as session:
        current = await session.get(ExecOrder, row.id)
        if current is None or current.status not in OPEN_STATUSES:
            return 0
        resting = RestingOrder(
            side=current.side,
            limit=current.price,
            remaining=current.quantity - current.filled_quantity,
            queue_ahead=current.queue_ahead,
        )
        engine.broker.match(resting, book.bids, book.asks, tape, cross=fresh)
        current.queue_ahead = resting.queue_ahead
        if resting.fills:
            await record_fills(session, current, resting.fills)
        else:
            await session.commit()
        return len(resting.fills)


async def _sweep_stops(state: Any, engine: Engine) -> int:
    """Market-close positions whose stop-loss or take-profit the book has reached."""
    source = get_source(state)
    settings = get_execution_settings()
    async with state.db.session() as session:
        accounts = (
            await session.execute(
                select(col(ExecOrder.user_id), col(ExecOrder.account))
                .where(col(ExecOrder.filled_quantity) > 0, col(ExecOrder.broker) == "paper")
                .distinct()
            )
        ).all()
    count = 0
    books: dict[tuple[str, str], OrderBookSnapshot | None] = {}
    for user_id, account in accounts:
        async with state.db.session() as session:
            held = await portfolio.positions(session, user_id, account)
        for p in held:
            if p.exchange is None or abs(p.quantity) <= EPS:
                continue
            key = (p.exchange, p.symbol)
            if key not in books:
                try:
                    books[key] = await source.fetch_order_book(
                        p.exchange, p.symbol, settings.book_depth
                    )
                except MarketDataError:
                    books[key] = None
            book = books[key]
            if book is None:
                continue
            long = p.quantity > 0
            touch = (
                (book.bids[0][0] if book.bids else None)
                if long
                else (book.asks[0][0] if book.asks else None)
            )
            if touch is None:
                continue
            hit_stop = p.stop_loss is not None and (
                touch <= p.stop_loss if long else touch >= p.stop_loss
            )
            hit_take = p.take_profit is not None and (
                touch >= p.take_profit if long else touch <= p.take_profit
            )
            if not (hit_stop or hit_take):
                continue
            order = ExecutionOrderIn(
                symbol=p.symbol,
                exchange=p.exchange,
                account=account,
                side="SELL" if long else "BUY",
                quantity=abs(p.quantity),
                time_in_force="IOC",
            )
            try:
                out = await _close(state, user_id, order)
            except Exception:  # one failing close must not stop the others
                log.exception("stop execution failed", extra={"user_id": user_id})
                continue
            async with state.db.session() as session:
                row = await session.get(ExecOrder, out.id)
                if row is not None:
                    row.reason = "stop-loss" if hit_stop else "take-profit"
                    await session.commit()
            count += len(out.fills)
    return count
