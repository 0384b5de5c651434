"""Walk-forward analysis: optimise in-sample, trade the winner out-of-sample, roll on.

Windows are half-open bar ranges. In-sample optimisation sees only ``[is_start, is_end)``; the
out-of-sample run sees ``[is_start, oos_end)`` — in-sample bars serve as indicator warm-up,
nothing after ``oos_end`` exists for it — and trades only ``[oos_start, oos_end)``, starting flat.
OOS returns of all folds are chained into one equity curve.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal

from app.modules.backtest.errors import BacktestError
from app.modules.backtest.specs import (
    EquityCurve,
    ParamStability,
    PerformanceMetrics,
    WalkForwardFold,
    WalkForwardResult,
    WalkForwardSpec,
)

if TYPE_CHECKING:
    from app.modules.backtest.data import Market

Window = tuple[int, int, int, int]  # is_start, is_end, oos_start, oos_end (ends exclusive)


def fold_windows(
    n_bars: int,
    in_sample: int,
    out_of_sample: int,
    step: int | None = None,
    mode: Literal["rolling", "anchored"] = "rolling",
    max_folds: int = 100,
) -> list[Window]:
    """Fold windows; OOS windows are consecutive and never overlap (``step ≥ out_of_sample``)."""
    step = out_of_sample if step is None else step
    if step < out_of_sample:
        raise BacktestError("step_bars must be ≥ out_of_sample_bars so OOS windows never overlap")
    windows: list[Window] = []
    fold = 0
    while len(windows) < max_folds:
        is_end = in_sample + fold * step
        oos_end = is_end + out_of_sample
        if oos_end > n_bars:
            break
        is_start = 0 if mode == "anchored" else is_end - in_sample
        windows.append((is_start, is_end, is_end, oos_end))
        fold += 1
    if not windows:
        raise BacktestError(
            f"{n_bars} bars cannot hold one fold of {in_sample} in-sample + "
            f"{out_of_sample} out-of-sample bars"
        )
    return windows


def walk_forward(
    spec: WalkForwardSpec,
    market: Market,
    on_progress: Callable[[float], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
    warnings: list[str] | None = None,
) -> WalkForwardResult:
    import numpy as np

    from app.modules.backtest.engine import simulate_strategy
    from app.modules.backtest.metrics import (
        bar_returns,
        bars_per_day,
        clean,
        drawdown,
        performance,
        periods_per_year,
    )
    from app.modules.backtest.optimize import optimize
    from app.modules.backtest.results import metrics_arrays
    from app.modules.backtest.strategies import get_strategy

    warnings = list(warnings or [])
    windows = fold_windows(
        market.n_bars,
        spec.in_sample_bars,
        spec.out_of_sample_bars,
        spec.step_bars,
        spec.mode,
        spec.max_folds,
    )
    base_params = get_strategy(spec.base.strategy).validate(spec.base.params)
    ppy = periods_per_year(spec.base.timeframe)
    capital = spec.base.initial_capital
    folds: list[WalkForwardFold] = []
    oos_returns, is_cagrs = [], []
    for number, (is_start, is_end, oos_start, oos_end) in enumerate(windows):

        def fold_progress(fraction: float, number: int = number) -> None:
            if on_progress is not None:
                on_progress((number + fraction) / len(windows))

        searched = optimize(spec, market.slice(is_start, is_end), fold_progress, should_cancel)
        if searched.best_params is None:
            warnings.append(f"fold {number}: no feasible in-sample parameters; defaults used")
        params = searched.best_params or base_params
        sim, oos_market = simulate_strategy(
            market.slice(is_start, oos_end), spec.base, [params], start_row=oos_start - is_start
        )
        returns = bar_returns(sim.equity, capital)[:, 0]
        oos_returns.append(returns)
        oos = metrics_arrays(sim, oos_market, spec.base)
        is_cagr = searched.best_metrics["cagr"] if searched.best_metrics else None
        if is_cagr is not None:
            is_cagrs.append(is_cagr)
        index = market.index
        folds.append(
            WalkForwardFold(
                fold=number,
                in_sample_start=index[is_start].to_pydatetime(),
                in_sample_end=index[is_end].to_pydatetime(),
                out_of_sample_start=index[oos_start].to_pydatetime(),
                out_of_sample_end=_end_time(market, oos_end),
                best_params=params,
                in_sample_score=searched.best_score,
                in_sample_cagr=is_cagr,
                out_of_sample_cagr=clean(oos["cagr"][0]),
                out_of_sample_return=float(oos["total_return"][0]),
                out_of_sample_sharpe=clean(oos["sharpe"][0]),
                out_of_sample_trades=int(oos["trade_count"][0]),
            )
        )
    stitched_returns = np.concatenate(oos_returns)
    equity = capital * np.cumprod(1.0 + stitched_returns)
    stats = {key: value[0] for key, value in performance(equity, capital, ppy).items()}
    oos_index = np.concatenate([np.arange(w[2], w[3]) for w in windows])
    first = windows[0][2]
    benchmark = capital * (market.close[oos_index] / market.close[first - 1]).mean(axis=1)
    mean_is = float(np.mean(is_cagrs)) if is_cagrs else math.nan
    wfe = stats["cagr"] / mean_is if mean_is > 0 else math.nan
    duration = int(stats["max_drawdown_duration_bars"])
    return WalkForwardResult(
        mode=spec.mode,
        folds=folds,
        out_of_sample=PerformanceMetrics(
            total_return=float(stats["total_return"]),
            cagr=clean(stats["cagr"]),
            annual_volatility=clean(stats["annual_volatility"]),
            sharpe=clean(stats["sharpe"]),
            sortino=clean(stats["sortino"]),
            calmar=clean(stats["calmar"]),
            max_drawdown=float(stats["max_drawdown"]),
            max_drawdown_duration_bars=duration,
            max_drawdown_duration_days=duration / bars_per_day(spec.base.timeframe),
            final_equity=float(equity[-1]),
        ),
        equity_curve=EquityCurve(
            timestamps=market.index[oos_index].to_pydatetime().tolist(),
            equity=equity.tolist(),
            benchmark=benchmark.tolist(),
            drawdown=drawdown(equity, capital)[:, 0].tolist(),
            gross_exposure=[],
        ),
        walk_forward_efficiency=clean(wfe),
        param_stability=param_stability([f.best_params for f in folds], list(spec.param_space)),
        warnings=warnings,
    )


def _end_time(market: Market, end: int) -> Any:
    if end < market.n_bars:
        return market.index[end].to_pydatetime()
    return (market.index[-1] + (market.index[-1] - market.index[-2])).to_pydatetime()


def param_stability(chosen: list[dict[str, Any]], names: list[str]) -> list[ParamStability]:
    """Spread of each optimised parameter across folds (low CV, high mode share = stable)."""
    import numpy as np

    from app.modules.backtest.metrics import clean

    out = []
    for name in names:
        values = [params[name] for params in chosen]
        mode, count = Counter(values).most_common(1)[0]
        numeric = np.asarray(values, dtype=float)
        mean = float(numeric.mean())
        std = float(numeric.std(ddof=1)) if len(values) > 1 else 0.0
        out.append(
            ParamStability(
                name=name,
                values=values,
                mean=clean(mean),
                std=clean(std),
                coefficient_of_variation=clean(std / abs(mean)) if mean else None,
                mode=mode,
                mode_share=count / len(values),
            )
        )
    return out
