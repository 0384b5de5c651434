"""Backtest benchmark on every Binance BTC/USDT 1h bar in ../shared/data (run, don't import).

    python bench/bench_backtest.py [--repeat 9] [--chunk-size 200]

1. ``run_backtest`` (signals, simulation, metrics, trade list, equity curve) vs a bare vectorbt
   ``Portfolio.from_signals`` on the same signals and stops (goal ≤ 1.2×);
2. a 1,000-combination SMA grid through ``optimize`` (goal < 10 s warm) and its peak memory;
3. if backtrader is installed, the same SMA strategy there (goal: ours ≥ 100× faster).
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.modules.backtest.data import build_market
from app.modules.backtest.engine import simulate_strategy
from app.modules.backtest.public import candles_to_frame, optimize, run_backtest
from app.modules.backtest.results import metrics_arrays
from app.modules.backtest.specs import BacktestSpec, OptimizeSpec
from app.modules.database.candle_parsing import parse_candle_file

DATA = Path(os.environ.get("KALKAN_SHARED_DATA", ROOT.parent / "shared" / "data"))
CSV = DATA / "ohlcv" / "binance_spot" / "Binance_BTCUSDT_1h.csv"
FAST, SLOW, STOP, FEES, SLIPPAGE, CAPITAL = 20, 50, 0.03, 0.001, 0.0005, 10_000.0


def timed(function: Callable[[], object], repeat: int) -> tuple[float, object]:
    """Median wall time of ``repeat`` calls (after one untimed warm-up call) and the last value."""
    medians, values = interleaved({"f": function}, repeat)
    return medians["f"], values["f"]


def interleaved(
    functions: dict[str, Callable[[], object]], repeat: int
) -> tuple[dict[str, float], dict[str, object]]:
    """Median times of several functions run round-robin, so load spikes hit all of them."""
    values = {name: function() for name, function in functions.items()}  # warm-up
    times: dict[str, list[float]] = {name: [] for name in functions}
    for _ in range(repeat):
        for name, function in functions.items():
            start = time.perf_counter()
            values[name] = function()
            times[name].append(time.perf_counter() - start)
    return {name: statistics.median(t) for name, t in times.items()}, values


def spec() -> BacktestSpec:
    return BacktestSpec(
        strategy="sma_cross",
        params={"fast": FAST, "slow": SLOW},
        symbols=["BTC/USDT"],
        timeframe="1h",
        initial_capital=CAPITAL,
        fees=FEES,
        slippage=SLIPPAGE,
        stop_loss={"type": "fixed_pct", "value": STOP},
    )


def bare_signals(frame):
    """What a user would write by hand: vectorbt's MA indicator, shifted to the next bar."""
    import vectorbt as vbt

    fast = vbt.MA.run(frame["close"], FAST)
    slow = vbt.MA.run(frame["close"], SLOW)
    entries = fast.ma_crossed_above(slow).vbt.fshift(1, fill_value=False)
    exits = fast.ma_crossed_below(slow).vbt.fshift(1, fill_value=False)
    return entries, exits


def bare_from_signals(frame, entries, exits):
    """The bare vectorbt call: same fills (next open), stop, fees and slippage as ours."""
    import vectorbt as vbt

    return vbt.Portfolio.from_signals(
        frame["close"],  # a DataFrame, or a dict of (bars, 1) numpy arrays
        entries,
        exits,
        price=frame["open"],
        open=frame["open"],
        high=frame["high"],
        low=frame["low"],
        size=1.0,
        size_type="percent",
        fees=FEES,
        slippage=SLIPPAGE,
        sl_stop=STOP,
        stop_entry_price="price",
        stop_exit_price="stopmarket",
        init_cash=CAPITAL,
        freq="1h",
    )


def split_bars(frame, entries, exits):
    """The same bars as (open instant, whole bar) row pairs, signals on the open rows: how a
    bare vectorbt call gets stops checked on the entry bar itself, as ours are."""
    import numpy as np
    import pandas as pd

    n = len(frame)
    rows = {}
    for name in ("open", "high", "low", "close"):
        values = np.empty(2 * n)
        values[0::2], values[1::2] = frame["open"].to_numpy(), frame[name].to_numpy()
        rows[name] = values
    index = pd.date_range(frame.index[0], periods=2 * n, freq="30min")
    split = pd.DataFrame(rows, index=index)

    def on_open(signal):
        out = np.zeros(2 * n, dtype=bool)
        out[0::2] = signal.to_numpy()
        return pd.Series(out, index=index)

    return split, on_open(entries), on_open(exits)


def engine_only(market) -> dict:
    """Our signals, simulation and metric arrays without building the response DTO."""
    sim, sim_market = simulate_strategy(market, spec(), [spec().params], series=False)
    return metrics_arrays(sim, sim_market, spec())


def bench_single(frame, repeat: int) -> dict[str, float]:
    entries, exits = bare_signals(frame)
    split, split_entries, split_exits = split_bars(frame, entries, exits)
    arrays = frame[["open", "high", "low", "close"]].to_numpy()
    numpy_frame = {name: arrays[:, [i]] for i, name in enumerate(("open", "high", "low", "close"))}
    numpy_signals = entries.to_numpy()[:, None], exits.to_numpy()[:, None]
    market, _ = build_market({"BTC/USDT": frame}, ["BTC/USDT"])
    medians, values = interleaved(
        {
            "ours": lambda: run_backtest(spec(), {"BTC/USDT": frame}),
            "bare": lambda: bare_from_signals(frame, entries, exits),
            "bare_split": lambda: bare_from_signals(split, split_entries, split_exits),
            "numpy": lambda: bare_from_signals(numpy_frame, *numpy_signals),
            "engine": lambda: engine_only(market),
        },
        repeat,
    )
    ours_time, bare_time, numpy_time, engine_time = (
        medians[k] for k in ("ours", "bare", "numpy", "engine")
    )
    result, pf = values["ours"], values["bare_split"]
    split_time = medians["bare_split"]
    numpy_value = float(np.asarray(values["numpy"].final_value()).ravel()[0])
    pipeline_time, _ = timed(
        lambda: bare_from_signals(frame, *bare_signals(frame)).stats(silence_warnings=True),
        max(1, repeat // 3),
    )
    assert abs(result.final_equity / pf.final_value() - 1) < 1e-9, "different simulations"
    assert result.metrics.trade_count == pf.trades.count()
    print(
        f"  run_backtest (all)      {ours_time * 1e3:8.1f} ms  "
        f"({result.metrics.trade_count} trades, metrics, trade list, equity curve)"
    )
    print(
        f"  bare from_signals       {bare_time * 1e3:8.1f} ms  (stops from the bar after "
        f"entry; final equity {values['bare'].final_value():,.2f} vs ours "
        f"{result.final_equity:,.2f})"
    )
    print(f"  ratio ours / bare       {ours_time / bare_time:8.2f}×  (goal ≤ 1.2×)")
    print(f"  bare, entry-bar stops   {split_time * 1e3:8.1f} ms  (split bars, the same "
          f"simulation as ours; ratio {ours_time / split_time:.2f}×)")  # fmt: skip
    print(f"  bare, numpy arrays      {numpy_time * 1e3:8.1f} ms  (no pandas wrapping; ratio "
          f"{ours_time / numpy_time:.2f}×)")  # fmt: skip
    print(
        f"  ours, engine only       {engine_time * 1e3:8.1f} ms  (signals + simulation + "
        f"metrics, no result DTO; ratio {engine_time / numpy_time:.2f}× the numpy call)"
    )
    print(f"  hand-written vectorbt   {pipeline_time * 1e3:8.1f} ms  (MA.run + from_signals + "
          f"pf.stats(); ours is {pipeline_time / ours_time:.1f}× faster)")  # fmt: skip
    assert abs(numpy_value / values["bare"].final_value() - 1) < 1e-12
    return {"ours": ours_time, "bare": bare_time, "bare_numpy": numpy_time}


def grid_spec(chunk_size: int) -> OptimizeSpec:
    fast = {"min": 5, "max": 54, "step": 1}  # 50 values
    slow = {"min": 60, "max": 250, "step": 10}  # 20 values
    return OptimizeSpec(
        base=spec(),
        param_space={"fast": fast, "slow": slow},
        method="grid",
        chunk_size=chunk_size,
        max_grid=1_000,
    )


def bench_grid(frame, chunk_size: int) -> dict[str, float]:
    optimize(grid_spec(chunk_size), {"BTC/USDT": frame.iloc[:2_000]})  # compile/load kernels
    runs = []
    for _ in range(3):
        start = time.perf_counter()
        result = optimize(grid_spec(chunk_size), {"BTC/USDT": frame})
        runs.append(time.perf_counter() - start)
    elapsed = statistics.median(runs)
    assert result.n_evaluated == 1_000
    tracemalloc.start()
    optimize(grid_spec(chunk_size), {"BTC/USDT": frame})
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    best = result.best_params
    print(f"  1,000-combo SMA grid    {elapsed:8.2f} s   (median of 3 warm runs, goal < 10 s; "
          f"chunk {chunk_size})")  # fmt: skip
    print(f"  per combination         {elapsed:8.2f} ms")  # seconds per 1,000 = ms each
    print(f"  peak traced memory      {peak / 2**20:8.0f} MiB (tracemalloc, during the grid)")
    print(f"  best                    fast={best['fast']} slow={best['slow']} sharpe "
          f"{result.best_score:.2f}; DSR {result.overfitting.deflated_sharpe:.2f}, "
          f"PBO {result.overfitting.pbo:.2f}")  # fmt: skip
    return {"grid": elapsed, "peak_mib": peak / 2**20}


def backtrader_run(frame) -> float:
    import backtrader as bt

    class SmaCross(bt.Strategy):
        def __init__(self) -> None:
            fast = bt.indicators.SMA(self.data.close, period=FAST)
            slow = bt.indicators.SMA(self.data.close, period=SLOW)
            self.cross = bt.indicators.CrossOver(fast, slow)
            self.stop_order = None

        def notify_order(self, order) -> None:
            if order.status == order.Completed and order.isbuy():
                price = order.executed.price * (1 - STOP)
                self.stop_order = self.sell(exectype=bt.Order.Stop, price=price)

        def next(self) -> None:
            if not self.position:
                if self.cross[0] > 0:
                    self.buy()
            elif self.cross[0] < 0:
                if self.stop_order is not None:
                    self.cancel(self.stop_order)
                self.close()

    cerebro = bt.Cerebro(stdstats=False)
    data = frame.tz_localize(None)[["open", "high", "low", "close", "volume"]]
    cerebro.adddata(bt.feeds.PandasData(dataname=data))
    cerebro.addstrategy(SmaCross)
    cerebro.broker.setcash(CAPITAL)
    cerebro.broker.setcommission(commission=FEES)
    cerebro.broker.set_slippage_perc(SLIPPAGE)
    cerebro.addsizer(bt.sizers.PercentSizer, percents=99)
    cerebro.run()
    return cerebro.broker.getvalue()


def bench_backtrader(frame, ours: float) -> dict[str, float] | None:
    try:
        import backtrader  # noqa: F401
    except ImportError:
        print("  backtrader not installed: skipped (pip install backtrader)")
        return None
    runs = []
    for _ in range(3):
        start = time.perf_counter()
        value = backtrader_run(frame)
        runs.append(time.perf_counter() - start)
    elapsed = statistics.median(runs)
    print(f"  backtrader              {elapsed * 1e3:8.1f} ms  (median of 3; final value "
          f"{value:,.0f}: its own fill and stop rules, not identical trades)")  # fmt: skip
    print(f"  ratio backtrader / ours {elapsed / ours:8.0f}×  (goal ≥ 100×)")
    return {"backtrader": elapsed}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--chunk-size", type=int, default=200)
    args = parser.parse_args()

    parsed = parse_candle_file(CSV.read_bytes(), "1h")
    frame = candles_to_frame(parsed.rows)
    rows = sum(1 for line in CSV.read_text().splitlines() if line[:1].isdigit())
    print(f"Kalkan backtest benchmark — {platform.processor() or platform.machine()}, "
          f"{os.cpu_count()} CPUs, Python {platform.python_version()}")  # fmt: skip
    print(f"data: {CSV.name}: {rows:,} rows → {len(frame):,} unique 1h bars "
          f"({parsed.duplicates_in_file:,} duplicate timestamps dropped), "
          f"{frame.index[0]:%Y-%m-%d} → {frame.index[-1]:%Y-%m-%d}")  # fmt: skip
    print(f"NUMBA_CACHE_DIR={os.environ.get('NUMBA_CACHE_DIR', '(unset)')}")
    print("\n[1] single backtest, SMA(20/50) cross, 3% stop, 0.1% fees, 0.05% slippage")
    single = bench_single(frame, args.repeat)
    print("\n[2] parameter grid")
    bench_grid(frame, args.chunk_size)
    print("\n[3] backtrader")
    bench_backtrader(frame, single["ours"])
    peak_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\nprocess peak RSS {peak_rss:,.0f} MiB")


if __name__ == "__main__":
    main()
