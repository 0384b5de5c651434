"""Candle features and next-bar labels for the signal model, computed without look-ahead.

The feature row of bar ``t`` uses bars ``<= t`` only (trailing windows); the label of bar ``t`` is
whether bar ``t + 1`` closes above bar ``t``. Standardisation statistics come from the training
part only, and training and validation are chronological with a purge (and optional embargo)
gap between them (``splits``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    import numpy as np

    from app.modules.automl.specs import SignalModelTarget


class CandleLike(Protocol):
    """Read-only candle fields (frozen dataclasses and ORM rows both qualify)."""

    @property
    def ts(self) -> int: ...
    @property
    def open(self) -> float: ...
    @property
    def high(self) -> float: ...
    @property
    def low(self) -> float: ...
    @property
    def close(self) -> float: ...
    @property
    def volume(self) -> float: ...


@dataclass(frozen=True)
class OHLCV:
    ts: np.ndarray  # int64 epoch ms, ascending
    open: np.ndarray
    high: np.ndarray
    low: np.ndarray
    close: np.ndarray
    volume: np.ndarray

    def __len__(self) -> int:
        return int(self.ts.shape[0])

    @property
    def bars_per_year(self) -> float:
        import numpy as np

        step_ms = float(np.median(np.diff(self.ts))) if len(self) > 1 else 3_600_000.0
        return 365.0 * 86_400_000.0 / max(step_ms, 1.0)


def to_ohlcv(rows: Sequence[CandleLike]) -> OHLCV:
    import numpy as np

    if len(rows) < 2:
        raise ValueError("need at least two candles")
    arr = np.array(
        [(r.ts, r.open, r.high, r.low, r.close, r.volume) for r in rows], dtype=np.float64
    )
    ts = arr[:, 0].astype(np.int64)
    if np.any(np.diff(ts) <= 0):
        raise ValueError("candles must be in ascending, unique time order")
    if np.any(arr[:, 1:5] <= 0) or not np.all(np.isfinite(arr[:, 1:])):
        raise ValueError("candle prices must be positive and finite")
    return OHLCV(ts, arr[:, 1], arr[:, 2], arr[:, 3], arr[:, 4], arr[:, 5])


def fingerprint(candles: OHLCV) -> str:
    """Stable hash of the candle window, to check that a deployment retrains on the same data."""
    import numpy as np

    digest = hashlib.sha256()
    for column in (candles.ts, candles.open, candles.high, candles.low, candles.close):
        digest.update(np.ascontiguousarray(column).tobytes())
    digest.update(np.ascontiguousarray(candles.volume).tobytes())
    return digest.hexdigest()[:32]


def feature_names(cfg: SignalModelTarget) -> list[str]:
    return [
        *(f"ret_{lag}" for lag in cfg.lags),
        f"vol_{cfg.vol_window}",
        f"rsi_{cfg.rsi_window}",
        f"volume_z_{cfg.volume_window}",
        "range",
    ]


def warmup_bars(cfg: SignalModelTarget) -> int:
    """Index of the first bar whose features are all defined."""
    return max(max(cfg.lags), cfg.vol_window, cfg.rsi_window, cfg.volume_window - 1)


def compute_features(candles: OHLCV, cfg: SignalModelTarget) -> np.ndarray:
    """(n_bars, n_features) float64; rows before ``warmup_bars(cfg)`` are NaN."""
    import numpy as np

    n = len(candles)
    logc = np.log(candles.close)
    r1 = np.full(n, np.nan)
    r1[1:] = np.diff(logc)
    columns: list[np.ndarray] = []
    for lag in cfg.lags:
        col = np.full(n, np.nan)
        col[lag:] = logc[lag:] - logc[:-lag]
        columns.append(col)
    columns.append(_rolling(r1, cfg.vol_window, lambda w: w.std(axis=1)))
    gains = np.where(np.isnan(r1), np.nan, np.maximum(r1, 0.0))
    losses = np.where(np.isnan(r1), np.nan, np.maximum(-r1, 0.0))
    avg_gain = _rolling(gains, cfg.rsi_window, lambda w: w.mean(axis=1))
    avg_loss = _rolling(losses, cfg.rsi_window, lambda w: w.mean(axis=1))
    total = avg_gain + avg_loss
    with np.errstate(invalid="ignore", divide="ignore"):
        # RSI rescaled from [0, 100] to [-1, 1]; a flat window is neutral.
        rsi = np.where(total > 0, 2.0 * avg_gain / total - 1.0, 0.0)
    columns.append(np.where(np.isnan(total), np.nan, rsi))
    log_volume = np.log1p(np.maximum(candles.volume, 0.0))
    vmean = _rolling(log_volume, cfg.volume_window, lambda w: w.mean(axis=1))
    vstd = _rolling(log_volume, cfg.volume_window, lambda w: w.std(axis=1))
    with np.errstate(invalid="ignore", divide="ignore"):
        vz = np.where(vstd > 0, (log_volume - vmean) / vstd, 0.0)
    columns.append(np.where(np.isnan(vstd), np.nan, vz))
    columns.append(np.log(candles.high / candles.low))
    features = np.column_stack(columns)
    features[: warmup_bars(cfg)] = np.nan
    return features


def _rolling(values: np.ndarray, window: int, reduce: object) -> np.ndarray:
    """Trailing-window reduction: out[t] = reduce(values[t-window+1 .. t]), NaN before that."""
    import numpy as np
    from numpy.lib.stride_tricks import sliding_window_view

    out = np.full(values.shape[0], np.nan)
    if values.shape[0] >= window:
        out[window - 1 :] = reduce(sliding_window_view(values, window))  # type: ignore[operator]
    return out


@dataclass(frozen=True)
class SignalDataset:
    """Standardised features and labels split chronologically: train, then purge gap, then
    validation. ``next_returns`` are the log returns the labels were made from (for a
    trading-style metric)."""

    x_train: np.ndarray
    y_train: np.ndarray
    x_val: np.ndarray
    y_val: np.ndarray
    next_returns_val: np.ndarray
    mean: np.ndarray
    std: np.ndarray
    bars_per_year: float
    val_start_ts: int

    @property
    def n_features(self) -> int:
        return int(self.x_train.shape[1])


LABEL_HORIZON = 1  # the label of bar t is made from bar t + 1's close


def build_dataset(candles: OHLCV, cfg: SignalModelTarget) -> SignalDataset:
    """Features and labels split by ``splits.purged_time_splits``: the last
    ``validation_fraction`` of the usable bars validate; training rows end ``LABEL_HORIZON +
    cfg.embargo`` rows before them, so no training label window touches a validation bar."""
    import numpy as np

    from app.modules.automl.splits import purged_time_splits

    features = compute_features(candles, cfg)
    logc = np.log(candles.close)
    next_ret = np.full(len(candles), np.nan)
    next_ret[:-1] = logc[1:] - logc[:-1]
    labels = (next_ret > 0).astype(np.float32)
    usable = np.arange(warmup_bars(cfg), len(candles) - 1)  # the last bar has no label yet
    n_val = round(len(usable) * cfg.validation_fraction)
    n_train = len(usable) - n_val - LABEL_HORIZON - cfg.embargo
    if n_train < 50 or n_val < 20:
        raise ValueError(
            f"not enough candles: {len(candles)} bars give {max(n_train, 0)} training and "
            f"{n_val} validation samples (need >= 50 and >= 20)"
        )
    [split] = purged_time_splits(
        len(usable), val_size=n_val, horizon=LABEL_HORIZON, embargo=cfg.embargo
    )
    train_idx, val_idx = usable[split.train], usable[split.val]
    mean = features[train_idx].mean(axis=0)
    std = features[train_idx].std(axis=0)
    std = np.where(std > 1e-12, std, 1.0)

    def scale(idx: np.ndarray) -> np.ndarray:
        return ((features[idx] - mean) / std).astype(np.float32)

    return SignalDataset(
        x_train=scale(train_idx),
        y_train=labels[train_idx],
        x_val=scale(val_idx),
        y_val=labels[val_idx],
        next_returns_val=next_ret[val_idx],
        mean=mean,
        std=std,
        bars_per_year=candles.bars_per_year,
        val_start_ts=int(candles.ts[val_idx[0]]),
    )


def latest_features(
    candles: OHLCV, cfg: SignalModelTarget, mean: np.ndarray, std: np.ndarray
) -> np.ndarray:
    """Standardised feature row(s) of the bars that have complete features (for prediction)."""
    import numpy as np

    features = compute_features(candles, cfg)
    start = warmup_bars(cfg)
    if len(candles) <= start:
        raise ValueError(f"need more than {start} candles to compute features")
    return ((features[start:] - mean) / std).astype(np.float32)
