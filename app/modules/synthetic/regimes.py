"""Market regimes of training windows: trend × volatility, labelled from the data.

A window's regime is read off the first asset's log returns inside the window:

- trend: ``bull`` when the window's cumulative return is ≥ 0, else ``bear``;
- volatility: ``high_vol`` when the window's realised volatility (std of its returns) is above
  the median over the training windows, else ``low_vol``.

The four labels (``bull_low_vol``, ``bull_high_vol``, ``bear_low_vol``, ``bear_high_vol``) are
the generator's condition (a one-hot input), so ``POST /gan/generate`` can ask for
``bear_high_vol`` paths. The median threshold is stored with the model, so a generated window is
labelled with the same rule (``label_windows``) when its regime is checked.

A crash is the tail of ``bear_high_vol``: tail scenarios (``tail.py``) select the worst draws by
drawdown and report each one's probability under the model.
"""

from __future__ import annotations

import numpy as np

REGIMES = ("bull_low_vol", "bull_high_vol", "bear_low_vol", "bear_high_vol")
N_REGIMES = len(REGIMES)


def window_stats(windows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(cumulative return, realised volatility) of each window's first-asset returns."""
    r = windows[:, :, 0]
    return r.sum(axis=1), r.std(axis=1)


def vol_threshold(windows: np.ndarray) -> float:
    return float(np.median(window_stats(windows)[1]))


def label_windows(windows: np.ndarray, threshold: float) -> np.ndarray:
    """Regime index (into ``REGIMES``) of each window."""
    trend, vol = window_stats(windows)
    bear = (trend < 0).astype(int)
    high = (vol > threshold).astype(int)
    return 2 * bear + high


def one_hot(labels: np.ndarray) -> np.ndarray:
    out = np.zeros((len(labels), N_REGIMES), dtype="float32")
    out[np.arange(len(labels)), labels] = 1.0
    return out


def regime_index(name: str) -> int:
    return REGIMES.index(name)
