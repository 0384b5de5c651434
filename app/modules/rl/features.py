"""Market features for the trading environment, computed once per data set (never per step).

Every feature at bar ``t`` uses bars ``≤ t`` only (no look-ahead) and is scaled to be O(1):

- ``ret``: log return of the close, divided by its exponentially weighted volatility (span 100);
- ``vol``: log of short (20-bar) over long (100-bar) volatility: the volatility regime;
- ``range``: (high − low) ÷ close, divided by the same long volatility;
- ``rsi``: Wilder's RSI(14), mapped from [0, 100] to [−1, 1];
- ``macd``: (EMA12 − EMA26) ÷ close ÷ long volatility;
- ``macd_hist``: MACD minus its 9-bar EMA signal line, scaled the same way.

All are clipped to ``[−FEATURE_CLIP, FEATURE_CLIP]``. The ATR (Wilder, 14 bars) is returned
unscaled: the environment's stop-loss distance is ``k × ATR``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

FEATURE_NAMES = ("ret", "vol", "range", "rsi", "macd", "macd_hist")
FEATURE_CLIP = 10.0
WARMUP_BARS = 100  # bars before the first observation: the long volatility needs them
ATR_BARS = 14


@dataclass(frozen=True)
class MarketData:
    """OHLC as float64 arrays, the feature matrix (bars × features, float32, C-contiguous)
    and the ATR; ``times`` are epoch milliseconds."""

    times: np.ndarray
    open: np.ndarray
    high: np.ndarray
    low: np.ndarray
    close: np.ndarray
    features: np.ndarray
    atr: np.ndarray

    @property
    def n_bars(self) -> int:
        return int(self.close.shape[0])

    def slice(self, start: int, stop: int) -> MarketData:
        import numpy as np

        def cut(array: np.ndarray) -> np.ndarray:
            return np.ascontiguousarray(array[start:stop])

        return MarketData(
            cut(self.times), cut(self.open), cut(self.high), cut(self.low), cut(self.close),
            cut(self.features), cut(self.atr),
        )  # fmt: skip


def _ewm_mean(values: np.ndarray, alpha: float) -> np.ndarray:
    import pandas as pd

    return pd.Series(values).ewm(alpha=alpha, adjust=False).mean().to_numpy()


def compute_market(
    times: np.ndarray, open_: np.ndarray, high: np.ndarray, low: np.ndarray, close: np.ndarray
) -> MarketData:
    """Features of one OHLC series (arrays of equal length, prices finite and positive)."""
    import numpy as np
    import pandas as pd

    close = np.asarray(close, dtype=np.float64)
    high = np.asarray(high, dtype=np.float64)
    low = np.asarray(low, dtype=np.float64)
    open_ = np.asarray(open_, dtype=np.float64)
    log_ret = np.zeros_like(close)
    log_ret[1:] = np.diff(np.log(close))
    returns = pd.Series(log_ret)
    vol_long = np.sqrt(returns.pow(2).ewm(span=100, adjust=False).mean().to_numpy())
    vol_short = np.sqrt(returns.pow(2).ewm(span=20, adjust=False).mean().to_numpy())
    floor = max(float(np.median(np.abs(log_ret[1:]))) if close.size > 1 else 0.0, 1e-6) * 1e-2
    vol_long = np.maximum(vol_long, floor)
    vol_short = np.maximum(vol_short, floor)

    up = np.maximum(log_ret, 0.0)
    down = np.maximum(-log_ret, 0.0)
    avg_up = _ewm_mean(up, 1.0 / 14)
    avg_down = _ewm_mean(down, 1.0 / 14)
    total = avg_up + avg_down
    rsi = np.where(total > 0, avg_up / np.where(total > 0, total, 1.0), 0.5) * 100.0

    ema12 = pd.Series(close).ewm(span=12, adjust=False).mean().to_numpy()
    ema26 = pd.Series(close).ewm(span=26, adjust=False).mean().to_numpy()
    macd = (ema12 - ema26) / close
    signal = pd.Series(macd).ewm(span=9, adjust=False).mean().to_numpy()

    previous_close = np.concatenate([close[:1], close[:-1]])
    true_range = np.maximum.reduce(
        [high - low, np.abs(high - previous_close), np.abs(low - previous_close)]
    )
    atr = _ewm_mean(true_range, 1.0 / ATR_BARS)

    features = np.column_stack(
        [
            log_ret / vol_long,
            np.log(vol_short / vol_long),
            (high - low) / close / vol_long,
            (rsi - 50.0) / 50.0,
            macd / vol_long,
            (macd - signal) / vol_long,
        ]
    )
    features = np.clip(features, -FEATURE_CLIP, FEATURE_CLIP).astype(np.float32)
    return MarketData(
        times=np.asarray(times, dtype=np.int64),
        open=open_,
        high=high,
        low=low,
        close=close,
        features=np.ascontiguousarray(features),
        atr=atr,
    )
