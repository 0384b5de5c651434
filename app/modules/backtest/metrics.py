"""Performance metrics, vectorised over accounts (columns of an equity matrix).

Conventions (the same as empyrical): per-bar simple returns, the first one measured from the
initial capital; annualisation factor = 365 days × bars per day; volatility and Sharpe use the
sample standard deviation (ddof=1), risk-free rate 0; Sortino = mean × factor ÷ (root mean
square of negative returns × √factor); CAGR = final multiple ^ (1 / years) − 1 with
years = bars ÷ factor; the drawdown's running peak starts at the initial capital.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from app.core.timeframes import TIMEFRAME_MS

if TYPE_CHECKING:
    import numpy as np

DAY_MS = 86_400_000
DAYS_PER_YEAR = 365  # crypto trades every day of the year


def bar_timedelta(timeframe: str) -> timedelta:
    return timedelta(milliseconds=TIMEFRAME_MS[timeframe])


def bars_per_day(timeframe: str) -> float:
    return DAY_MS / TIMEFRAME_MS[timeframe]


def periods_per_year(timeframe: str) -> float:
    """Annualisation factor: 365 days × bars per day (8,760 for 1h bars)."""
    return DAYS_PER_YEAR * bars_per_day(timeframe)


EQUITY_KEYS = (
    "total_return",
    "cagr",
    "annual_volatility",
    "sharpe",
    "sortino",
    "calmar",
    "max_drawdown",
    "max_drawdown_duration_bars",
    "final_equity",
)


def _2d(array: np.ndarray) -> np.ndarray:  # (n,) → (n, 1)
    import numpy as np

    array = np.asarray(array, dtype=np.float64)
    return array[:, None] if array.ndim == 1 else array


def bar_returns(equity: np.ndarray, initial: float | np.ndarray) -> np.ndarray:
    """Per-bar simple returns; bars after a wipe-out (previous equity 0) return 0."""
    import numpy as np

    equity = _2d(equity)
    initial = np.broadcast_to(np.asarray(initial, dtype=np.float64), equity.shape[1:])
    previous = np.vstack([initial[None, :], equity[:-1]])
    with np.errstate(divide="ignore", invalid="ignore"):
        returns = np.where(previous > 0, equity / previous - 1.0, 0.0)
    return returns


def drawdown(equity: np.ndarray, initial: float | np.ndarray) -> np.ndarray:
    """Drawdown series (≤ 0) of each column; the initial capital counts as the first peak."""
    import numpy as np

    equity = _2d(equity)
    initial = np.broadcast_to(np.asarray(initial, dtype=np.float64), equity.shape[1:])
    peak = np.maximum(np.maximum.accumulate(equity, axis=0), initial[None, :])
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(peak > 0, equity / peak - 1.0, 0.0)


def max_drawdown_duration(equity: np.ndarray, initial: float | np.ndarray) -> np.ndarray:
    """Longest run of consecutive bars spent below a previous peak, per column."""
    import numpy as np

    equity = _2d(equity)
    initial = np.broadcast_to(np.asarray(initial, dtype=np.float64), equity.shape[1:])
    wealth = np.vstack([initial[None, :], equity])
    peak = np.maximum.accumulate(wealth, axis=0)
    index = np.arange(wealth.shape[0])[:, None]
    last_peak = np.maximum.accumulate(np.where(wealth >= peak, index, 0), axis=0)
    return (index - last_peak).max(axis=0)


def curve_summary(equity: np.ndarray, initial: float, n_blocks: int = 1) -> dict[str, np.ndarray]:
    """One fused pass (numba) over each column: return moments, downside deviation, drawdown
    and its duration, and per-block return sums for CSCV."""
    import numpy as np

    from app.modules.backtest._kernels import curve_stats_nb

    equity = np.ascontiguousarray(_2d(equity))
    n = equity.shape[0]
    mean, moments, downside, max_dd, duration, blocks, final = curve_stats_nb(
        equity, float(initial), n_blocks
    )
    m2 = moments[0] / n
    with np.errstate(divide="ignore", invalid="ignore"):
        std = np.sqrt(moments[0] / (n - 1)) if n > 1 else np.full(mean.shape, np.nan)
        skew = np.where(m2 > 0, moments[1] / n / m2**1.5, 0.0)
        kurtosis = np.where(m2 > 0, moments[2] / n / m2**2, 3.0)
    return {
        "mean": mean,
        "std": std,
        "skew": skew,  # population moment ratios, as in the probabilistic Sharpe ratio
        "kurtosis": kurtosis,  # non-excess (normal = 3)
        "downside": np.sqrt(downside / n),
        "max_drawdown": max_dd,
        "max_drawdown_duration_bars": duration,
        "blocks": blocks,
        "final": final,
        "n": np.full(mean.shape, n),
    }


def performance(
    equity: np.ndarray,
    initial: float,
    periods_per_year: float,
    summary: dict[str, np.ndarray] | None = None,
) -> dict[str, np.ndarray]:
    """Equity-curve metrics for each column of ``equity`` (bars × accounts)."""
    import numpy as np

    summary = summary if summary is not None else curve_summary(equity, initial)
    n = int(summary["n"][0])
    final = summary["final"]
    multiple = final / initial
    years = n / periods_per_year
    mean, std = summary["mean"], summary["std"]
    root = np.sqrt(periods_per_year)
    max_dd = summary["max_drawdown"]
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        cagr = np.where(multiple > 0, np.power(np.maximum(multiple, 0), 1.0 / years) - 1.0, -1.0)
        sharpe = np.where(std > 0, mean / std * root, np.nan)
        downside = summary["downside"] * root
        sortino = np.where(downside > 0, mean * periods_per_year / downside, np.nan)
        calmar = np.where(max_dd < 0, cagr / np.abs(max_dd), np.nan)
    return {
        "total_return": multiple - 1.0,
        "cagr": cagr,
        "annual_volatility": std * root,
        "sharpe": sharpe,
        "sortino": sortino,
        "calmar": calmar,
        "max_drawdown": max_dd,
        "max_drawdown_duration_bars": summary["max_drawdown_duration_bars"],
        "final_equity": final,
    }


def trade_stats(
    pnl: np.ndarray,
    returns: np.ndarray,
    closed: np.ndarray,
    bars_held: np.ndarray,
    fees: np.ndarray,
    group: np.ndarray,
    n_groups: int,
) -> dict[str, np.ndarray]:
    """Per-account trade statistics; win rate, profit factor etc. use closed trades only."""
    import numpy as np

    def total(weights: np.ndarray, mask: np.ndarray | None = None) -> np.ndarray:
        selected = group if mask is None else group[mask]
        values = weights if mask is None else weights[mask]
        return np.bincount(selected, weights=values, minlength=n_groups).astype(np.float64)

    count = total(np.ones_like(pnl))
    n_closed = total(np.ones_like(pnl), closed)
    wins = total(np.ones_like(pnl), closed & (pnl > 0))
    gross_profit = total(np.where(pnl > 0, pnl, 0.0), closed)
    gross_loss = -total(np.where(pnl < 0, pnl, 0.0), closed)
    best = np.full(n_groups, -np.inf)
    worst = np.full(n_groups, np.inf)
    np.maximum.at(best, group[closed], returns[closed])
    np.minimum.at(worst, group[closed], returns[closed])
    has = n_closed > 0
    with np.errstate(divide="ignore", invalid="ignore"):
        return {
            "trade_count": count,
            "closed_trades": n_closed,
            "open_trades": count - n_closed,
            "win_rate": np.where(has, wins / n_closed, np.nan),
            "profit_factor": np.where(gross_loss > 0, gross_profit / gross_loss, np.nan),
            "expectancy": np.where(has, total(pnl, closed) / n_closed, np.nan),
            "expectancy_pct": np.where(has, total(returns, closed) / n_closed, np.nan),
            "best_trade_pct": np.where(has, best, np.nan),
            "worst_trade_pct": np.where(has, worst, np.nan),
            "avg_bars_held": np.where(
                has, total(bars_held.astype(float), closed) / n_closed, np.nan
            ),
            "total_fees": total(fees),
        }


def clean(value: float) -> float | None:
    """NaN / ±inf → None for JSON."""
    import math

    value = float(value)
    return value if math.isfinite(value) else None
