"""Simulation on vectorbt's ``Portfolio.from_signals``.

Layout: a run simulates G independent accounts ("groups", one per parameter set) over S symbols;
column ``g * S + s`` trades symbol s for account g. Accounts with several symbols share their
cash (``group_by`` + ``cash_sharing``).

Fills: with ``execution="next_open"`` a signal computed on bar t's close fills at bar t+1's open
(no look-ahead); with ``"close"`` it fills at bar t's close. Stops are measured from the
un-slipped fill price (``stop_entry_price="price"``) and exit as stop-market orders with slippage;
a bar that opens through the stop fills at its open. With next-open fills the entry bar's own
range is checked too (worst case: a bar whose low reaches a long's stop stops it out, even if it
closes higher; the stop is checked before the target): each bar is simulated as its open instant
followed by the whole bar (``_split_bars``). With close fills nothing of the entry bar is left.

Sizing: community vectorbt has no margin, so leverage is done by size scaling. The common case
(one symbol, 1×, fixed fraction, long only) is one vectorbt run with ``SizeType.Percent``.
Otherwise a first run with unit sizes fixes the trade timing (which never depends on size:
cash is never binding there), ``size_trades_nb`` sizes each trade from the account's equity at
the close before its entry, and a second run replays the same signals with those amounts (with a
cash buffer so vectorbt never rejects an order) and must produce the same trades.

Equity is rebuilt from the order records with the real capital (``replay_orders_nb``), which
also leaves any buffer out; equity ≤ 0 counts as liquidation and ends trading for that account.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from functools import partial
from typing import TYPE_CHECKING, Any

from app.modules.backtest.errors import BacktestError

if TYPE_CHECKING:
    from collections.abc import Sequence

    import numpy as np

    from app.modules.backtest.data import Market
    from app.modules.backtest.indicators import IndicatorCache
    from app.modules.backtest.specs import BacktestSpec
    from app.modules.backtest.strategies import SignalContext, SignalSet, Strategy

UNIT_CAPITAL = 10_000.0  # the timing run's notional per account (any positive amount works)
BUFFER_MULTIPLE = 1e6  # timing-run cash buffer relative to UNIT_CAPITAL
_numba_ready = False
_kernels_warm = False  # every kernel compiled or loaded in this process


@dataclass(frozen=True)
class SimSettings:
    initial_capital: float
    fees: float
    slippage: float
    direction: str
    sizing: str  # fixed_fraction | risk_per_trade
    fraction: float
    risk: float
    leverage: float
    execution: str
    bar: timedelta
    stop: Any  # FixedPctStop | AtrStop | TrailingStop
    target: Any  # FixedPctTarget | AtrTarget | RiskRewardTarget | None

    @classmethod
    def from_spec(cls, spec: BacktestSpec) -> SimSettings:
        from app.modules.backtest.metrics import bar_timedelta

        sizing = spec.sizing
        return cls(
            initial_capital=spec.initial_capital,
            fees=spec.fees,
            slippage=spec.slippage,
            direction=spec.direction,
            sizing=sizing.method,
            fraction=getattr(sizing, "fraction", 1.0),
            risk=getattr(sizing, "risk", 0.0),
            leverage=spec.leverage,
            execution=spec.execution,
            bar=bar_timedelta(spec.timeframe),
            stop=spec.stop_loss,
            target=spec.take_profit,
        )


@dataclass
class ColumnPlan:
    """Everything per column that the simulation needs, already shifted to the fill bar."""

    n_groups: int
    long_entries: np.ndarray  # (n, C) bool
    long_exits: np.ndarray
    short_entries: np.ndarray
    short_exits: np.ndarray
    sl_frac: np.ndarray  # (1, 1), (n, 1), (n, S) tiled to (n, C), or (n, C)
    tp_frac: np.ndarray
    sl_trail: bool
    exec_price: np.ndarray  # (n, S) un-slipped fill price of each bar
    notes: list[str] = field(default_factory=list)


@dataclass
class SimOutput:
    equity: np.ndarray  # (n, G), real account equity, floored at 0 after a liquidation
    gross_exposure: np.ndarray | None  # (n, G) sum |position value| ÷ equity, when requested
    exposure_time: np.ndarray  # (G,) fraction of bars with a position
    avg_gross_exposure: np.ndarray  # (G,)
    max_gross_exposure: np.ndarray  # (G,)
    trades: np.ndarray  # vectorbt exit-trade records with real sizes
    ruin_idx: np.ndarray  # (G,), first bar with equity ≤ 0, or -1
    capped_trades: int
    plan: ColumnPlan


# ---------------------------------------------------------------- numba / vectorbt set-up


def _vbt() -> Any:
    """Import vectorbt, with disk caching enabled for the simulator it does not cache itself."""
    global _numba_ready
    import vectorbt as vbt

    if not _numba_ready:
        from vectorbt.portfolio import nb as portfolio_nb

        # simulate_from_signals_nb is @njit without cache=True; compiling it costs ~6 s per
        # process. numba's own cache honours NUMBA_CACHE_DIR (read when numba is imported).
        for dispatcher in (portfolio_nb.simulate_from_signals_nb,):
            if type(dispatcher._cache).__name__ == "NullCache":
                dispatcher.enable_caching()
        _numba_ready = True
    return vbt


def kernels_warm() -> bool:
    return _kernels_warm


def warmup() -> None:
    """Compile (or load from cache) every kernel once, e.g. when a worker starts."""
    global _kernels_warm
    if _kernels_warm:
        return
    import numpy as np
    import pandas as pd

    from app.modules.backtest.data import Market
    from app.modules.backtest.metrics import curve_summary
    from app.modules.backtest.specs import AtrStop, BacktestSpec

    n = 64
    close = 100.0 + np.sin(np.arange(n) / 3.0) * 5.0
    index = pd.date_range("2024-01-01", periods=n, freq="h", tz="UTC")
    frame = np.column_stack([close, close * 1.01, close * 0.99, close])
    market = Market(index, ("X/USDT",), *(np.ascontiguousarray(frame[:, [i]]) for i in range(4)))
    base = dict(strategy="sma_cross", params={"fast": 2, "slow": 5}, symbols=["X/USDT"])
    for extra in ({}, {"leverage": 2.0, "direction": "both"}):
        spec = BacktestSpec(**base, stop_loss=AtrStop(multiplier=2.0), **extra)
        for param_sets in ([spec.params], [spec.params, {"fast": 3, "slow": 8}]):
            sim, _ = simulate_strategy(market, spec, param_sets)  # 1 and several columns
            curve_summary(sim.equity, spec.initial_capital)
    _kernels_warm = True


# ---------------------------------------------------------------- planning: signals and stops


def _shift(array: np.ndarray) -> np.ndarray:
    import numpy as np

    out = np.zeros_like(array) if array.dtype == bool else np.full_like(array, np.nan)
    out[1:] = array[:-1]
    return out


def _stop_fraction(spec_stop: Any, atr_known: np.ndarray | None, exec_price: np.ndarray):
    """Stop distance as a fraction of the fill price: a scalar or a per-bar (n,) array."""
    if spec_stop.type == "fixed_pct" or (spec_stop.type == "trailing" and spec_stop.value):
        return float(spec_stop.value)
    return spec_stop.multiplier * atr_known / exec_price


def _interleave(per_symbol: Sequence[np.ndarray]) -> np.ndarray:
    """[(n, G) per symbol] → (n, G·S) with column g·S + s."""
    import numpy as np

    if len(per_symbol) == 1:
        return np.ascontiguousarray(per_symbol[0])
    stacked = np.stack(per_symbol, axis=2)  # (n, G, S)
    return np.ascontiguousarray(stacked.reshape(stacked.shape[0], -1))


def _as_column_array(value: Any, n: int, n_symbols: int, n_groups: int) -> np.ndarray:
    """Scalar → (1, 1); per-symbol list of (n,) → (n, 1) or (n, S·G) tiled."""
    import numpy as np

    if np.isscalar(value):
        return np.full((1, 1), value, dtype=np.float64)
    per_symbol = np.column_stack(value)  # (n, S)
    if n_symbols == 1:
        return np.ascontiguousarray(per_symbol)
    return np.ascontiguousarray(np.tile(per_symbol, (1, n_groups)))


def build_plan(
    market: Market,
    strategy: Strategy,
    param_sets: Sequence[dict[str, Any]],
    settings: SimSettings,
    caches: dict[str, IndicatorCache] | None = None,
    contexts: dict[str, SignalContext] | None = None,
    start_row: int = 0,
) -> ColumnPlan:
    """Signals and stop distances per column; rows before ``start_row`` are warm-up only."""
    import numpy as np

    from app.modules.backtest.indicators import IndicatorCache, atr
    from app.modules.backtest.strategies import Prices, SignalContext

    n, n_symbols, n_groups = market.n_bars, market.n_symbols, len(param_sets)
    next_open = settings.execution == "next_open"
    exec_price = market.open if next_open else market.close
    caches = caches if caches is not None else {}
    notes: list[str] = []
    sets: list[SignalSet] = []
    sl_parts, tp_parts = [], []
    atr_specs = [s for s in (settings.stop, settings.target) if getattr(s, "multiplier", None)]
    for s, symbol in enumerate(market.symbols):
        prices = Prices(
            market.index, market.open[:, s], market.high[:, s], market.low[:, s],
            market.close[:, s], settings.bar,
        )  # fmt: skip
        cache = caches.setdefault(symbol, IndicatorCache())
        context = (contexts or {}).get(symbol) or SignalContext(symbol)
        signal_set = strategy.generate(prices, param_sets, cache, context)
        notes.extend(signal_set.notes)
        sets.append(signal_set)
        atr_known: dict[int, np.ndarray] = {}
        for spec_part in atr_specs:
            period = spec_part.atr_period
            values = cache.get(
                ("atr", period),
                partial(atr, prices.high, prices.low, prices.close, period),
            )
            atr_known[period] = _shift(values) if next_open else values
        stop = settings.stop
        sl_parts.append(
            _stop_fraction(stop, atr_known.get(stop.atr_period if stop.type != "fixed_pct" else 0),
                           exec_price[:, s])
        )  # fmt: skip
        target = settings.target
        if target is None:
            tp_parts.append(np.nan)
        elif target.type == "fixed_pct":
            tp_parts.append(float(target.value))
        elif target.type == "atr":
            tp_parts.append(target.multiplier * atr_known[target.atr_period] / exec_price[:, s])
        else:
            tp_parts.append(target.ratio * sl_parts[-1])

    def column(name: str) -> np.ndarray:
        arrays = []
        for signal_set in sets:
            array = getattr(signal_set, name)
            if settings.direction == "long" and name.startswith("short"):
                array = np.zeros_like(array)
            if settings.direction == "short" and name.startswith("long"):
                array = np.zeros_like(array)
            arrays.append(_shift(array) if next_open else array)
        return _interleave(arrays)

    plan = ColumnPlan(
        n_groups=n_groups,
        long_entries=column("long_entries"),
        long_exits=column("long_exits"),
        short_entries=column("short_entries"),
        short_exits=column("short_exits"),
        sl_frac=_broadcast_parts(sl_parts, n, n_symbols, n_groups),
        tp_frac=_broadcast_parts(tp_parts, n, n_symbols, n_groups),
        sl_trail=settings.stop.type == "trailing",
        exec_price=exec_price,
        notes=notes,
    )
    if any(s.stop_price is not None for s in sets):
        _apply_signal_levels(plan, sets, exec_price, next_open, n_groups)
    _block_entries_without_stop(plan)
    if start_row:
        plan = _cut(plan, start_row)
    return plan


def _broadcast_parts(parts: list[Any], n: int, n_symbols: int, n_groups: int) -> np.ndarray:
    import numpy as np

    if all(np.isscalar(p) for p in parts) and len({float(p) for p in parts}) <= 1:
        return np.full((1, 1), parts[0], dtype=np.float64)
    full = [np.full(n, p, dtype=np.float64) if np.isscalar(p) else p for p in parts]
    return _as_column_array(full, n, n_symbols, n_groups)


def _apply_signal_levels(
    plan: ColumnPlan, sets: list[SignalSet], exec_price: np.ndarray, next_open: bool, n_groups: int
) -> None:
    """Per-signal stop/target prices → per-entry fractions of the fill price."""
    import numpy as np

    n, n_symbols = exec_price.shape
    columns = n_groups * n_symbols
    sl = np.ascontiguousarray(np.broadcast_to(plan.sl_frac, (n, columns))).copy()
    tp = np.ascontiguousarray(np.broadcast_to(plan.tp_frac, (n, columns))).copy()
    wrong_side = 0
    for s, signal_set in enumerate(sets):
        for levels, target in ((signal_set.stop_price, sl), (signal_set.target_price, tp)):
            if levels is None:
                continue
            levels = _shift(levels) if next_open else levels
            price = exec_price[:, s][:, None]
            cols = slice(s, columns, n_symbols)
            longs = plan.long_entries[:, cols]
            shorts = plan.short_entries[:, cols]
            is_stop = target is sl
            long_frac = (price - levels) / price if is_stop else (levels - price) / price
            short_frac = (levels - price) / price if is_stop else (price - levels) / price
            frac = np.where(longs, long_frac, np.where(shorts, short_frac, np.nan))
            given = ~np.isnan(frac)
            if is_stop:
                wrong_side += int((frac[given] < 0).sum())
            frac = np.where(given, np.maximum(frac, 0.0), np.nan)
            view = target[:, cols]
            view[given] = frac[given]
            target[:, cols] = view
    plan.sl_frac, plan.tp_frac = sl, tp
    if wrong_side:
        plan.notes.append(
            f"{wrong_side} signal stops were on the wrong side of the fill price; "
            "those positions stop out on the next bar"
        )


def _block_entries_without_stop(plan: ColumnPlan) -> None:
    """No stop distance yet (ATR warm-up) → no entry: every position must carry a stop."""
    import numpy as np

    missing = np.isnan(plan.sl_frac)
    if not missing.any():
        return
    missing = np.broadcast_to(missing, plan.long_entries.shape)
    blocked = int((plan.long_entries & missing).sum() + (plan.short_entries & missing).sum())
    plan.long_entries = plan.long_entries & ~missing
    plan.short_entries = plan.short_entries & ~missing
    if blocked:
        plan.notes.append(f"{blocked} entry signals skipped: no stop distance yet (ATR warm-up)")


def _cut(plan: ColumnPlan, start: int) -> ColumnPlan:
    import numpy as np

    def rows(array: np.ndarray) -> np.ndarray:
        return np.ascontiguousarray(array[start:]) if array.shape[0] > 1 else array

    return ColumnPlan(
        plan.n_groups,
        rows(plan.long_entries),
        rows(plan.long_exits),
        rows(plan.short_entries),
        rows(plan.short_exits),
        rows(plan.sl_frac),
        rows(plan.tp_frac),
        plan.sl_trail,
        rows(plan.exec_price),
        plan.notes,
    )


# ---------------------------------------------------------------- simulation


def _portfolio(
    market: Market,
    plan: ColumnPlan,
    settings: SimSettings,
    size: np.ndarray,
    size_type: str,
    init_cash: np.ndarray,
) -> Any:
    """One ``from_signals`` call. Every array argument is 2-D float64/bool and C-contiguous:
    numba compiles the simulator once per process (or loads it from the disk cache); vectorbt
    hands it ``close`` C-ordered for one column and F-ordered for several, so two signatures."""
    import numpy as np

    vbt = _vbt()
    n_symbols, n_groups = market.n_symbols, plan.n_groups

    def per_column(array: np.ndarray) -> np.ndarray:
        if n_symbols == 1 or n_groups == 1:
            return array
        return np.ascontiguousarray(np.tile(array, (1, n_groups)))

    grouped = n_symbols > 1
    n_entries = int(plan.long_entries.sum() + plan.short_entries.sum())
    return vbt.Portfolio.from_signals(
        close=per_column(market.close),
        entries=plan.long_entries,
        exits=plan.long_exits,
        short_entries=plan.short_entries,
        short_exits=plan.short_exits,
        size=size,
        size_type=size_type,
        price=per_column(plan.exec_price),
        fees=np.full((1, 1), settings.fees),
        slippage=np.full((1, 1), settings.slippage),
        min_size=np.zeros((1, 1)),
        open=per_column(market.open),
        high=per_column(market.high),
        low=per_column(market.low),
        sl_stop=plan.sl_frac,
        sl_trail=np.full((1, 1), plan.sl_trail),
        tp_stop=plan.tp_frac,
        stop_entry_price="price",
        stop_exit_price="stopmarket",
        upon_opposite_entry="reversereduce",
        init_cash=init_cash,
        cash_sharing=grouped,
        group_by=np.repeat(np.arange(n_groups), n_symbols) if grouped else None,
        max_orders=2 * n_entries + plan.long_entries.shape[1],
        freq=settings.bar,
    )


def _exit_trades(pf: Any) -> np.ndarray:
    """``pf.exit_trades.values`` without building vectorbt's Orders/ExitTrades wrappers (their
    config deep copies cost more than the records themselves)."""
    from vectorbt.base.reshape_fns import to_2d_array
    from vectorbt.portfolio import dispatch as portfolio_dispatch
    from vectorbt.records import dispatch as records_dispatch

    orders = pf.order_records
    close = to_2d_array(pf.close)
    col_map = records_dispatch.col_map(orders["col"], close.shape[1])
    return portfolio_dispatch.get_exit_trades(orders, close, col_map)


def _fast_path(market: Market, settings: SimSettings) -> bool:
    return (
        market.n_symbols == 1
        and settings.leverage == 1.0
        and settings.sizing == "fixed_fraction"
        and settings.direction == "long"
    )


def _split_bars(market: Market, plan: ColumnPlan) -> tuple[Market, ColumnPlan]:
    """Each bar t as two rows for vectorbt: 2t is the open instant (o = h = l = c = open), where
    next-open fills happen, and 2t + 1 is the whole bar. vectorbt checks a position's stops from
    the row after its entry, so a position opened at bar t's open has its stop and target checked
    against bar t's own low and high (stop first: the worst case when both are in range)."""
    import numpy as np

    from app.modules.backtest.data import Market

    def rows(open_rows: np.ndarray, bar_rows: np.ndarray) -> np.ndarray:
        out = np.empty((2 * open_rows.shape[0], open_rows.shape[1]), dtype=open_rows.dtype)
        out[0::2], out[1::2] = open_rows, bar_rows
        return out

    def signals(array: np.ndarray) -> np.ndarray:
        return rows(array, np.zeros_like(array))

    def per_bar(array: np.ndarray) -> np.ndarray:
        return array if array.shape[0] == 1 else np.ascontiguousarray(np.repeat(array, 2, axis=0))

    o = market.open
    split = Market(market.index, market.symbols, rows(o, o), rows(o, market.high),
                   rows(o, market.low), rows(o, market.close))  # fmt: skip
    split_plan = ColumnPlan(
        plan.n_groups,
        signals(plan.long_entries),
        signals(plan.long_exits),
        signals(plan.short_entries),
        signals(plan.short_exits),
        per_bar(plan.sl_frac),
        per_bar(plan.tp_frac),
        plan.sl_trail,
        rows(plan.exec_price, market.close),
        plan.notes,
    )
    return split, split_plan


def simulate(
    market: Market,
    plan: ColumnPlan,
    settings: SimSettings,
    force_two_pass: bool = False,
    series: bool = True,
) -> SimOutput:
    """Run the plan; ``series=False`` skips the per-bar exposure series (optimiser)."""
    import numpy as np

    from app.modules.backtest._kernels import replay_orders_nb

    n, n_groups = market.n_bars, plan.n_groups
    if plan.long_entries.shape[0] != n:
        raise BacktestError("internal: plan and market lengths differ")
    split = settings.execution == "next_open"
    sim_market, sim_plan = _split_bars(market, plan) if split else (market, plan)
    capital = settings.initial_capital
    capped_trades = 0
    if _fast_path(market, settings) and not force_two_pass:
        pf = _portfolio(
            sim_market, sim_plan, settings, np.full((1, 1), settings.fraction), "percent",
            np.full(n_groups, capital),
        )  # fmt: skip
        orders, trades = pf.order_records, _exit_trades(pf)
    else:
        orders, trades, capped_trades = _two_pass(sim_market, sim_plan, settings)
    if split:  # rows back to bars
        orders, trades = orders.copy(), trades.copy()
        orders["idx"] //= 2
        trades["entry_idx"] //= 2
        trades["exit_idx"] //= 2
    # Equity straight from the fills (vectorbt's pandas-wrapped value() costs more than the
    # simulation for wide grids); any cash buffer given to vectorbt is simply left out.
    order = np.argsort(orders["idx"], kind="stable")
    equity, gross, in_market, avg_gross, max_gross, ruin_idx = replay_orders_nb(
        orders["col"][order],
        orders["idx"][order],
        orders["size"][order],
        orders["price"][order],
        orders["fees"][order],
        orders["side"][order],
        market.close,
        market.n_symbols,
        n_groups,
        capital,
        series,
    )
    return SimOutput(
        equity,
        gross if series else None,
        in_market,
        avg_gross,
        max_gross,
        trades,
        ruin_idx,
        capped_trades,
        plan,
    )


def _power_of_two_scale(amounts: np.ndarray) -> float:
    """A factor 2**k that lifts the smallest amount to ≥ 1. vectorbt treats sizes within 1e-12
    of zero as no order, and an account whose equity decays geometrically (a losing strategy at
    leverage over tens of thousands of bars) sizes trades far below that. Scaling every amount
    by a power of two is exact in floating point and changes no fill, so the records are scaled
    back afterwards bit for bit."""
    import numpy as np

    positive = amounts[amounts > 0]
    if positive.size == 0 or positive.min() >= 1.0:
        return 1.0
    exponent = int(np.ceil(-np.log2(positive.min())))
    if not np.isfinite(positive.max() * 2.0**exponent * 1e6):
        raise BacktestError(
            "position sizes span more than the float range (equity grew or decayed by more than "
            "1e300×); shorten the window or lower the leverage"
        )
    return float(2.0**exponent)


def _two_pass(
    market: Market, plan: ColumnPlan, settings: SimSettings
) -> tuple[np.ndarray, np.ndarray, int]:
    """Order records, exit-trade records (real sizes) and the count of capped trades."""
    import numpy as np

    from app.modules.backtest._kernels import (
        SIZING_FIXED_FRACTION,
        SIZING_RISK_PER_TRADE,
        size_trades_nb,
    )

    n, n_symbols, n_groups = market.n_bars, market.n_symbols, plan.n_groups
    capital = settings.initial_capital
    # Timing never depends on size, so the unit run trades a fixed notional per symbol whatever
    # the capital (a tiny capital would otherwise give sizes vectorbt reads as zero).
    unit = (UNIT_CAPITAL / n_symbols) / plan.exec_price
    unit_size = np.ascontiguousarray(unit if n_symbols == 1 else np.tile(unit, (1, n_groups)))
    unit_cash = UNIT_CAPITAL * (1.0 + BUFFER_MULTIPLE)
    first = _portfolio(market, plan, settings, unit_size, "amount", np.full(n_groups, unit_cash))
    records = _exit_trades(first)
    if len(records) == 0:
        return first.order_records, records, 0
    cols = records["col"].astype(np.int64)
    entry_idx = records["entry_idx"].astype(np.int64)
    open_trade = records["status"] == 0
    exit_idx = np.where(open_trade, n + 1, records["exit_idx"]).astype(np.int64)
    stop_frac = np.broadcast_to(plan.sl_frac, plan.long_entries.shape)[entry_idx, cols]
    amounts, capped = size_trades_nb(
        entry_idx,
        exit_idx,
        cols,
        np.where(records["direction"] == 0, 1.0, -1.0),
        records["size"].astype(np.float64),
        records["entry_price"].astype(np.float64),
        records["entry_fees"].astype(np.float64),
        records["pnl"].astype(np.float64),
        np.ascontiguousarray(stop_frac, dtype=np.float64),
        market.close,
        plan.exec_price,
        n_symbols,
        n_groups,
        capital,
        settings.leverage,
        settings.fraction,
        settings.risk,
        SIZING_FIXED_FRACTION if settings.sizing == "fixed_fraction" else SIZING_RISK_PER_TRADE,
        settings.fees,
        settings.slippage,
    )
    scale = _power_of_two_scale(amounts)
    size = np.array(np.broadcast_to(unit_size, plan.long_entries.shape), dtype=np.float64)
    size[entry_idx, cols] = amounts * scale
    # Cash must never bind: a buffer well above any account's total notional, removed afterwards.
    notional = amounts * scale * records["entry_price"]
    group_notional = np.bincount(cols // n_symbols, weights=notional, minlength=n_groups)
    buffer = float(100.0 * (capital * scale + group_notional.max()))
    cash = np.full(n_groups, capital * scale + buffer)
    second = _portfolio(market, plan, settings, size, "amount", cash)
    check = _exit_trades(second)
    if len(check) != len(records) or not (
        np.array_equal(check["entry_idx"], records["entry_idx"])
        and np.array_equal(check["col"], records["col"])
    ):
        raise BacktestError("internal: the sized run diverged from the timing run")
    orders = second.order_records
    if scale != 1.0:
        orders, check = orders.copy(), check.copy()
        for array, fields in ((orders, ("size", "fees")),
                              (check, ("size", "entry_fees", "exit_fees", "pnl"))):  # fmt: skip
            for name in fields:
                array[name] /= scale
    return orders, check, int(capped.sum())


def simulate_strategy(
    market: Market,
    spec: BacktestSpec,
    param_sets: Sequence[dict[str, Any]],
    contexts: dict[str, SignalContext] | None = None,
    caches: dict[str, IndicatorCache] | None = None,
    start_row: int = 0,
    force_two_pass: bool = False,
    series: bool = True,
) -> tuple[SimOutput, Market]:
    """Plan and simulate ``param_sets`` (already validated) on ``market`` from ``start_row``."""
    from app.modules.backtest.strategies import get_strategy

    settings = SimSettings.from_spec(spec)
    plan = build_plan(
        market, get_strategy(spec.strategy), param_sets, settings, caches, contexts, start_row
    )
    sim_market = market.slice(start_row, market.n_bars) if start_row else market
    return simulate(sim_market, plan, settings, force_two_pass, series), sim_market
