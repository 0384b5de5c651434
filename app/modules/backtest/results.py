"""Simulation output → metrics arrays and the ``BacktestResult`` DTO."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

from pydantic import TypeAdapter

from app.modules.backtest.metrics import (
    bars_per_day,
    clean,
    performance,
    periods_per_year,
    trade_stats,
)
from app.modules.backtest.specs import (
    BacktestMetrics,
    BacktestResult,
    BacktestTrade,
    EquityCurve,
    PerformanceMetrics,
)

if TYPE_CHECKING:
    import numpy as np

    from app.modules.backtest.data import Market
    from app.modules.backtest.engine import SimOutput
    from app.modules.backtest.specs import BacktestSpec

_CLOSE_TOL = 1e-9


@lru_cache(maxsize=1)
def _trade_list() -> TypeAdapter[list[BacktestTrade]]:
    return TypeAdapter(list[BacktestTrade])


def trade_arrays(sim: SimOutput, market: Market) -> dict[str, np.ndarray]:
    """Per-trade arrays with liquidations applied (trades after a ruin bar are dropped)."""
    import numpy as np

    records = sim.trades
    n_symbols = market.n_symbols
    col = records["col"].astype(np.int64)
    group = col // n_symbols
    entry_idx = records["entry_idx"].astype(np.int64)
    exit_idx = records["exit_idx"].astype(np.int64).copy()
    status = np.where(records["status"] == 1, "closed", "open").astype(object)
    sign = np.where(records["direction"] == 0, 1.0, -1.0)
    size = records["size"].astype(np.float64)
    entry_price = records["entry_price"].astype(np.float64)
    exit_price = records["exit_price"].astype(np.float64).copy()
    fees = records["entry_fees"] + np.where(records["status"] == 1, records["exit_fees"], 0.0)
    pnl = records["pnl"].astype(np.float64).copy()
    ruin = sim.ruin_idx[group]
    keep = (ruin < 0) | (entry_idx <= ruin)
    hit = (ruin >= 0) & keep & ((status == "open") | (exit_idx > ruin))
    if hit.any():
        rows = ruin[hit]
        mark = market.close[rows, col[hit] % n_symbols]
        exit_idx[hit] = rows
        exit_price[hit] = mark
        pnl[hit] = sign[hit] * size[hit] * (mark - entry_price[hit]) - records["entry_fees"][hit]
        status[hit] = "liquidated"
    notional = entry_price * size
    out = {
        "col": col,
        "group": group,
        "entry_idx": entry_idx,
        "exit_idx": exit_idx,
        "status": status,
        "sign": sign,
        "size": size,
        "entry_price": entry_price,
        "exit_price": exit_price,
        "fees": np.asarray(fees, dtype=np.float64),
        "pnl": pnl,
        "return": np.divide(pnl, notional, out=np.zeros_like(pnl), where=notional > 0),
    }
    return {key: value[keep] for key, value in out.items()}


def metrics_arrays(
    sim: SimOutput,
    market: Market,
    spec: BacktestSpec,
    summary: dict[str, np.ndarray] | None = None,
) -> dict[str, np.ndarray]:
    """All scalar metrics for every account of ``sim`` (arrays of length G)."""
    import numpy as np

    ppy = periods_per_year(spec.timeframe)
    values = performance(sim.equity, spec.initial_capital, ppy, summary)
    trades = trade_arrays(sim, market)
    n = market.n_bars
    bars_held = (
        np.where(trades["status"] == "open", n - 1, trades["exit_idx"]) - trades["entry_idx"]
    )
    values.update(
        trade_stats(
            trades["pnl"],
            trades["return"],
            trades["status"] != "open",
            bars_held,
            trades["fees"],
            trades["group"],
            sim.plan.n_groups,
        )
    )
    values["max_drawdown_duration_days"] = values["max_drawdown_duration_bars"] / bars_per_day(
        spec.timeframe
    )
    values["exposure_time"] = sim.exposure_time
    values["avg_gross_exposure"] = sim.avg_gross_exposure
    values["max_gross_exposure"] = sim.max_gross_exposure
    return values


def benchmark_equity(market: Market, spec: BacktestSpec) -> np.ndarray:
    """Equal-weight buy & hold from the first close, entry fee and slippage paid once."""
    import numpy as np

    share = spec.initial_capital / market.n_symbols
    units = share / (market.close[0] * (1 + spec.slippage) * (1 + spec.fees))
    return np.asarray(market.close @ units, dtype=np.float64)


def _exit_reasons(
    trades: dict[str, np.ndarray], sim: SimOutput, market: Market, spec: BacktestSpec
) -> tuple[list[str], np.ndarray, np.ndarray]:
    import numpy as np

    plan = sim.plan
    n_symbols = market.n_symbols
    cols, symbols = trades["col"], trades["col"] % n_symbols
    shape = plan.long_entries.shape
    ref = plan.exec_price[trades["entry_idx"], symbols]
    sl = np.broadcast_to(plan.sl_frac, shape)[trades["entry_idx"], cols]
    tp = np.broadcast_to(plan.tp_frac, shape)[trades["entry_idx"], cols]
    long = trades["sign"] > 0
    stop_level = np.where(long, ref * (1 - sl), ref * (1 + sl))
    target_level = np.where(long, ref * (1 + tp), ref * (1 - tp))
    slip = spec.slippage
    raw_exit = np.where(long, trades["exit_price"] / (1 - slip), trades["exit_price"] / (1 + slip))
    exit_idx = np.minimum(trades["exit_idx"], shape[0] - 1)
    signal_exit = np.where(
        long,
        plan.long_exits[exit_idx, cols] | plan.short_entries[exit_idx, cols],
        plan.short_exits[exit_idx, cols] | plan.long_entries[exit_idx, cols],
    )
    at_fill = np.isclose(raw_exit, plan.exec_price[exit_idx, symbols], rtol=_CLOSE_TOL)
    at_target = np.isfinite(tp) & np.isclose(raw_exit, target_level, rtol=_CLOSE_TOL)
    at_stop = np.isclose(raw_exit, stop_level, rtol=_CLOSE_TOL)
    losing = np.where(long, raw_exit < ref, raw_exit > ref)
    status = trades["status"]
    trailing = plan.sl_trail
    # First match wins: vectorbt executes a stop before a signal on the same bar.
    reasons = np.select(
        [
            status == "open",
            status == "liquidated",
            at_target,
            at_stop & (not trailing),
            signal_exit & at_fill,
            np.full(status.shape, trailing),
            losing,  # the bar opened through the stop or target: filled at the open
        ],
        ["end_of_data", "liquidation", "take_profit", "stop_loss", "signal", "trailing_stop",
         "stop_loss"],
        default="take_profit",
    )  # fmt: skip
    return reasons.tolist(), stop_level, np.where(np.isfinite(tp), target_level, np.nan)


def build_result(
    spec: BacktestSpec,
    params: dict[str, Any],
    market: Market,
    sim: SimOutput,
    warnings: list[str],
    engine_info: dict[str, Any],
) -> BacktestResult:
    import numpy as np

    from app.modules.backtest.metrics import drawdown

    equity = sim.equity[:, 0]
    capital = spec.initial_capital
    values = {key: value[0] for key, value in metrics_arrays(sim, market, spec).items()}
    bench_equity = benchmark_equity(market, spec)
    bench = performance(bench_equity, capital, periods_per_year(spec.timeframe))
    trades = trade_arrays(sim, market)
    reasons, stop_levels, target_levels = _exit_reasons(trades, sim, market, spec)
    index = market.index
    n = market.n_bars
    stamps = index.asi8 // 1_000_000  # epoch ms; Pydantic turns them into UTC datetimes fast
    before = np.concatenate(([capital], equity))[trades["entry_idx"]]
    is_open = trades["status"] == "open"
    exit_idx = trades["exit_idx"]
    with np.errstate(divide="ignore", invalid="ignore"):
        equity_return = np.where(before > 0, trades["pnl"] / before, 0.0)
    columns = {
        "symbol": np.asarray(market.symbols, dtype=object)[trades["col"] % market.n_symbols],
        "direction": np.where(trades["sign"] > 0, "long", "short"),
        "status": trades["status"],
        "entry_time": stamps[trades["entry_idx"]],
        "entry_price": trades["entry_price"],
        "exit_time": np.where(is_open, None, stamps[np.minimum(exit_idx, n - 1)]),
        "exit_price": trades["exit_price"],
        "size": trades["size"],
        "notional": trades["entry_price"] * trades["size"],
        "fees": trades["fees"],
        "pnl": trades["pnl"],
        "return_pct": trades["return"],
        "equity_return": equity_return,
        "stop_price": stop_levels,
        # numpy's stubs refuse None as a where() branch; an object column of floats and None
        "take_profit_price": np.where(np.isfinite(target_levels), target_levels, None),  # type: ignore[call-overload]
        "exit_reason": np.asarray(reasons, dtype=object),
        "bars_held": np.where(is_open, n - 1, exit_idx) - trades["entry_idx"],
    }
    order = np.argsort(trades["entry_idx"], kind="stable")
    listed = {key: value[order].tolist() for key, value in columns.items()}
    rows = [dict(zip(listed, values, strict=True)) for values in zip(*listed.values(), strict=True)]
    trade_models = _trade_list().validate_python(rows)
    if values["open_trades"]:
        warnings.append("positions still open at the end are valued at the last close")
    if sim.capped_trades:
        warnings.append(
            f"{sim.capped_trades} risk-sized trades were capped at {spec.leverage:g}× leverage"
        )
    liquidated = bool(sim.ruin_idx[0] >= 0)
    if liquidated:
        warnings.append(f"equity reached zero at {index[int(sim.ruin_idx[0])].isoformat()}")

    def metric(key: str) -> float | None:
        return clean(values[key])

    metrics = BacktestMetrics(
        **{key: metric(key) for key in _PERFORMANCE_FLOATS},
        max_drawdown=float(values["max_drawdown"]),
        max_drawdown_duration_bars=int(values["max_drawdown_duration_bars"]),
        max_drawdown_duration_days=float(values["max_drawdown_duration_days"]),
        final_equity=float(equity[-1]),
        total_return=float(values["total_return"]),
        trade_count=int(values["trade_count"]),
        closed_trades=int(values["closed_trades"]),
        open_trades=int(values["open_trades"]),
        **{key: metric(key) for key in _TRADE_FLOATS},
        exposure_time=float(values["exposure_time"]),
        avg_gross_exposure=float(values["avg_gross_exposure"]),
        max_gross_exposure=float(values["max_gross_exposure"]),
        total_fees=float(values["total_fees"]),
    )
    bench_duration = int(bench["max_drawdown_duration_bars"][0])
    benchmark = PerformanceMetrics(
        **{key: clean(bench[key][0]) for key in _PERFORMANCE_FLOATS},
        total_return=float(bench["total_return"][0]),
        max_drawdown=float(bench["max_drawdown"][0]),
        max_drawdown_duration_bars=bench_duration,
        max_drawdown_duration_days=bench_duration / bars_per_day(spec.timeframe),
        final_equity=float(bench_equity[-1]),
    )
    curve = EquityCurve(
        timestamps=stamps.tolist(),
        equity=equity.tolist(),
        benchmark=bench_equity.tolist(),
        drawdown=drawdown(equity, capital)[:, 0].tolist(),
        gross_exposure=_first_column(sim.gross_exposure),
        close={symbol: market.close[:, s].tolist() for s, symbol in enumerate(market.symbols)},
    )
    return BacktestResult(
        strategy=spec.strategy,
        params=params,
        symbols=list(market.symbols),
        timeframe=spec.timeframe,
        start=index[0].to_pydatetime(),
        end=index[-1].to_pydatetime(),
        bars=n,
        initial_capital=capital,
        final_equity=float(equity[-1]),
        leverage=spec.leverage,
        direction=spec.direction,
        execution=spec.execution,
        metrics=metrics,
        benchmark=benchmark,
        trades=trade_models,
        equity_curve=curve,
        liquidated=liquidated,
        warnings=warnings,
        engine=engine_info,
    )


_PERFORMANCE_FLOATS = ("cagr", "annual_volatility", "sharpe", "sortino", "calmar")
_TRADE_FLOATS = (
    "win_rate",
    "profit_factor",
    "expectancy",
    "expectancy_pct",
    "best_trade_pct",
    "worst_trade_pct",
    "avg_bars_held",
)


def flat_metrics(values: dict[str, np.ndarray], column: int = 0) -> dict[str, float | None]:
    """One account's metrics as a JSON-safe flat dict."""
    return {key: clean(value[column]) for key, value in values.items()}


def _first_column(values: np.ndarray | None) -> list[float]:
    """The first parameter group's column (the simulation records exposure only on request)."""
    return [] if values is None else values[:, 0].tolist()
