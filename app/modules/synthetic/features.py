"""Candles → the features the generators learn, and generated features → OHLCV candles.

Per bar t (from bar t−1 to t) and per asset:

- ``log_return``    r_t = ln(close_t / close_{t−1})
- ``hl_range``      g_t = ln(high_t / low_t) ≥ 0
- ``volume_change`` v_t = ln((volume_t + 1) / (volume_{t−1} + 1))   (+1 keeps empty bars finite)

Rebuilding a path from features and a start price/volume (``rebuild_ohlcv``): the bar opens at
the previous close (crypto trades around the clock, so gaps are rare), closes at
``open·e^r``; the range is at least the body (g ≥ |r|) and what it has beyond the body is split
evenly above and below it, so ``high ≥ max(open, close)`` and ``low ≤ min(open, close)`` hold
by construction.

Gaps in time (a missing bar) split the series into segments; windows never span a gap.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

FEATURES = ("log_return", "hl_range", "volume_change")
N_FEATURES = len(FEATURES)


@dataclass(frozen=True)
class FeatureSeries:
    """Features of one or several aligned assets: ``values`` (bars−1, assets·3), asset-major
    columns; ``segment`` the id of the gap-free stretch each row belongs to."""

    values: np.ndarray
    segment: np.ndarray
    symbols: tuple[str, ...]

    @property
    def returns(self) -> np.ndarray:
        """Log returns, (rows, assets)."""
        return self.values[:, 0::N_FEATURES]


def asset_features(
    high: np.ndarray, low: np.ndarray, close: np.ndarray, volume: np.ndarray
) -> np.ndarray:
    """(bars−1, 3) features of one asset's aligned arrays."""
    close = np.asarray(close, dtype="float64")
    r = np.diff(np.log(close))
    g = np.log(np.asarray(high, dtype="float64")[1:] / np.asarray(low, dtype="float64")[1:])
    vol = np.log1p(np.maximum(np.asarray(volume, dtype="float64"), 0.0))
    v = np.diff(vol)
    return np.column_stack([r, np.maximum(g, 0.0), v])


def feature_series(
    ts_ms: np.ndarray,
    step_ms: int,
    assets: dict[str, tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]],
) -> FeatureSeries:
    """Features of aligned assets (same ``ts_ms`` for all): ``assets[symbol] = (high, low,
    close, volume)``. A row whose bar follows its predecessor by more than ``step_ms`` starts a
    new segment (and the return across the gap is dropped)."""
    ts = np.asarray(ts_ms, dtype="int64")
    blocks = [asset_features(*arrays) for arrays in assets.values()]
    values = np.concatenate(blocks, axis=1)
    gap = np.diff(ts) > step_ms
    # The row at i describes bar i+1; a gap before bar i+1 makes that row span it: drop it.
    segment = np.cumsum(gap)
    keep = ~gap
    return FeatureSeries(values[keep], segment[keep], tuple(assets))


def windows(series: FeatureSeries, length: int, stride: int = 1) -> np.ndarray:
    """All windows of ``length`` consecutive rows inside one segment: (n, length, columns)."""
    out = []
    for seg in np.unique(series.segment):
        rows = series.values[series.segment == seg]
        if len(rows) < length:
            continue
        view = np.lib.stride_tricks.sliding_window_view(rows, length, axis=0)
        out.append(view.transpose(0, 2, 1)[::stride])
    if not out:
        return np.empty((0, length, series.values.shape[1]))
    return np.ascontiguousarray(np.concatenate(out, axis=0))


@dataclass(frozen=True)
class Candles:
    """Rebuilt OHLCV paths: arrays (paths, length) per column, per asset."""

    open: np.ndarray
    high: np.ndarray
    low: np.ndarray
    close: np.ndarray
    volume: np.ndarray


def rebuild_ohlcv(
    features: np.ndarray, start_price: float, start_volume: float, asset: int = 0
) -> Candles:
    """OHLCV of ``features`` (paths, length, columns) for asset ``asset``, starting from the
    previous bar's close ``start_price`` and volume ``start_volume``."""
    block = features[:, :, asset * N_FEATURES : (asset + 1) * N_FEATURES].astype("float64")
    r, g, v = block[..., 0], np.abs(block[..., 1]), block[..., 2]
    close = start_price * np.exp(np.cumsum(r, axis=1))
    open_ = np.concatenate([np.full((len(close), 1), start_price), close[:, :-1]], axis=1)
    extra = np.maximum(g - np.abs(r), 0.0) / 2.0
    high = np.maximum(open_, close) * np.exp(extra)
    low = np.minimum(open_, close) * np.exp(-extra)
    volume = np.expm1(np.log1p(max(start_volume, 0.0)) + np.cumsum(v, axis=1))
    return Candles(open_, high, low, close, np.maximum(volume, 0.0))
