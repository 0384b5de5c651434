"""Causal technical indicators on 1-D float arrays: bar t only uses bars ≤ t.

Warm-up bars are NaN, and every comparison with NaN is False, so no signal fires before an
indicator is defined. Import this module lazily (it imports numpy and pandas).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

import numpy as np
import pandas as pd


def sma(values: np.ndarray, window: int) -> np.ndarray:
    return pd.Series(values).rolling(window, min_periods=window).mean().to_numpy()


def rolling_std(values: np.ndarray, window: int) -> np.ndarray:
    # Bollinger bands use the population standard deviation.
    return pd.Series(values).rolling(window, min_periods=window).std(ddof=0).to_numpy()


def ema(values: np.ndarray, span: int) -> np.ndarray:
    return pd.Series(values).ewm(span=span, adjust=False, min_periods=span).mean().to_numpy()


def wilder(values: np.ndarray, period: int) -> np.ndarray:
    """Wilder's smoothing (an EMA with alpha = 1/period), NaN for the first ``period`` bars."""
    out = pd.Series(values).ewm(alpha=1.0 / period, adjust=False).mean().to_numpy(copy=True)
    out[:period] = np.nan
    return out


def rsi(close: np.ndarray, period: int) -> np.ndarray:
    delta = np.diff(close, prepend=np.nan)
    gain = np.where(delta > 0, delta, 0.0)
    loss = np.where(delta < 0, -delta, 0.0)
    gain[0] = loss[0] = 0.0
    avg_gain = wilder(gain, period)
    avg_loss = wilder(loss, period)
    with np.errstate(divide="ignore", invalid="ignore"):
        rs = avg_gain / avg_loss
        out = 100.0 - 100.0 / (1.0 + rs)
    out = np.where((avg_loss == 0) & (avg_gain > 0), 100.0, out)
    out = np.where((avg_loss == 0) & (avg_gain == 0), 50.0, out)
    out[np.isnan(avg_gain)] = np.nan
    return out


def true_range(high: np.ndarray, low: np.ndarray, close: np.ndarray) -> np.ndarray:
    prev_close = np.concatenate(([np.nan], close[:-1]))
    ranges = np.vstack([high - low, np.abs(high - prev_close), np.abs(low - prev_close)])
    return np.nanmax(ranges, axis=0)


def atr(high: np.ndarray, low: np.ndarray, close: np.ndarray, period: int) -> np.ndarray:
    return wilder(true_range(high, low, close), period)


def rolling_max_prev(values: np.ndarray, window: int) -> np.ndarray:
    """Highest value of the ``window`` bars before bar t (bar t itself excluded)."""
    out = pd.Series(values).rolling(window, min_periods=window).max().to_numpy()
    return np.concatenate(([np.nan], out[:-1]))


def rolling_min_prev(values: np.ndarray, window: int) -> np.ndarray:
    out = pd.Series(values).rolling(window, min_periods=window).min().to_numpy()
    return np.concatenate(([np.nan], out[:-1]))


def crossed_above(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """True where ``a`` moves from ≤ ``b`` to > ``b``; works on (n,) and (n, k) arrays."""
    with np.errstate(invalid="ignore"):
        now = a > b
        before = a <= b
    out = np.zeros(now.shape, dtype=bool)
    out[1:] = now[1:] & before[:-1]
    return out


def crossed_below(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return crossed_above(b, a)


class IndicatorCache:
    """Memoises indicator arrays by key so a parameter grid computes each window once."""

    def __init__(self) -> None:
        self._store: dict[Hashable, np.ndarray] = {}

    def get(self, key: Hashable, compute: Callable[[], np.ndarray]) -> np.ndarray:
        if key not in self._store:
            self._store[key] = compute()
        return self._store[key]
