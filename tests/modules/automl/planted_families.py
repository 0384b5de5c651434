"""Planted feature/label sets where the right model family is known in advance."""

from __future__ import annotations

import numpy as np

from app.modules.automl.features import SignalDataset


def planted_dataset(kind: str, *, n_train: int = 1200, n_val: int = 400, seed: int = 0):
    """``checkerboard``: labels alternate over an axis-aligned grid on two features (trees
    split on thresholds; a smooth network on few epochs barely beats a coin).
    ``oblique``: the sign of the product of two dense projections of all nine features (a
    smooth, rotated boundary: a small network learns it, axis-aligned trees only staircase it,
    and a linear model cannot)."""
    rng = np.random.default_rng(seed)
    f = 9
    x = rng.standard_normal((n_train + n_val, f)).astype(np.float32)
    if kind == "checkerboard":
        y = (np.floor(x[:, 0] * 1.5) + np.floor(x[:, 1] * 1.5)) % 2
    elif kind == "oblique":
        w1 = np.ones(f) / np.sqrt(f)
        w2 = np.array([1.0, -1.0] * (f // 2) + [1.0]) / np.sqrt(f)
        y = (x @ w1) * (x @ w2) > 0
    else:
        raise ValueError(kind)
    y = y.astype(np.float32)
    ret = np.where(y > 0, 0.01, -0.01)
    return SignalDataset(
        x_train=x[:n_train],
        y_train=y[:n_train],
        x_val=x[n_train:],
        y_val=y[n_train:],
        next_returns_val=ret[n_train:],
        mean=np.zeros(f),
        std=np.ones(f),
        bars_per_year=8760.0,
        val_start_ts=0,
    )
