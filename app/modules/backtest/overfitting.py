"""Selection-bias checks for optimised strategies.

* Deflated Sharpe ratio (Bailey & López de Prado, 2014): the probability that the selected
  strategy's true Sharpe ratio exceeds the Sharpe the best of N skill-less trials would reach by
  luck, given the sample length and the non-normality (skewness, kurtosis) of its returns.
* Probability of backtest overfitting by combinatorially symmetric cross-validation (Bailey,
  Borwein, López de Prado & Zhu, 2017): how often the in-sample winner ranks below the median
  out of sample.

All Sharpe ratios here are per period (not annualised) unless a name says otherwise.
"""

from __future__ import annotations

import math
from itertools import combinations
from statistics import NormalDist
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

EULER_GAMMA = 0.5772156649015329
_NORMAL = NormalDist()


def expected_max_sharpe(sharpe_variance: float, n_trials: int) -> float:
    """E[max of N Sharpe estimates] when the true Sharpe of every trial is zero.

    ``sqrt(V) · ((1 − γ) Φ⁻¹(1 − 1/N) + γ Φ⁻¹(1 − 1/(N e)))`` with γ the Euler–Mascheroni
    constant and V the variance of the trials' Sharpe estimates.
    """
    if n_trials < 2 or not sharpe_variance > 0:
        return 0.0
    z1 = _NORMAL.inv_cdf(1.0 - 1.0 / n_trials)
    z2 = _NORMAL.inv_cdf(1.0 - 1.0 / (n_trials * math.e))
    return math.sqrt(sharpe_variance) * ((1.0 - EULER_GAMMA) * z1 + EULER_GAMMA * z2)


def probabilistic_sharpe(
    sharpe: float, benchmark: float, n_obs: int, skew: float, kurtosis: float
) -> float:
    """PSR: P(true Sharpe > benchmark) for an estimate from ``n_obs`` returns.

    ``Φ((SR − SR*) √(T − 1) / √(1 − γ₃ SR + (γ₄ − 1)/4 · SR²))``, γ₄ the non-excess kurtosis.
    """
    denominator = 1.0 - skew * sharpe + (kurtosis - 1.0) / 4.0 * sharpe**2
    if n_obs < 2 or not denominator > 0:
        return math.nan
    return _NORMAL.cdf((sharpe - benchmark) * math.sqrt(n_obs - 1) / math.sqrt(denominator))


def deflated_sharpe(
    sharpe: float,
    trial_sharpes: np.ndarray,
    n_obs: int,
    skew: float,
    kurtosis: float,
) -> tuple[float, float]:
    """(DSR, expected max Sharpe) for the selected ``sharpe`` among ``trial_sharpes``."""
    import numpy as np

    finite = trial_sharpes[np.isfinite(trial_sharpes)]
    variance = float(np.var(finite, ddof=1)) if finite.size > 1 else 0.0
    benchmark = expected_max_sharpe(variance, int(finite.size))
    return probabilistic_sharpe(sharpe, benchmark, n_obs, skew, kurtosis), benchmark


def block_stats(returns: np.ndarray, n_blocks: int) -> np.ndarray:
    """(n_blocks, 3, k): sum, sum of squares and count of each column's returns per time block;
    bar t belongs to block ⌊t · n_blocks / n⌋ (as in ``curve_stats_nb``)."""
    import numpy as np

    n = returns.shape[0]
    block = np.minimum(np.arange(n) * n_blocks // n, n_blocks - 1)
    out = np.zeros((n_blocks, 3, returns.shape[1]))
    np.add.at(out[:, 0], block, returns)
    np.add.at(out[:, 1], block, returns**2)
    np.add.at(out[:, 2], block, 1.0)
    return out


def _sharpe_from_sums(sums: np.ndarray) -> np.ndarray:
    import numpy as np

    total, squares, count = sums[..., 0, :], sums[..., 1, :], sums[..., 2, :]
    mean = total / count
    with np.errstate(divide="ignore", invalid="ignore"):
        variance = (squares - count * mean**2) / (count - 1)
        return np.where(variance > 0, mean / np.sqrt(np.maximum(variance, 0)), np.nan)


def probability_of_overfitting(stats: np.ndarray) -> float:
    """CSCV PBO from ``block_stats`` of N ≥ 2 trials (columns).

    For every way to pick half of the blocks as in-sample, take the trial with the best
    in-sample Sharpe and find its relative rank ω among all trials out of sample; PBO is the share
    of splits with logit(ω) ≤ 0, i.e. where the in-sample winner is at or below the OOS median.
    """
    import numpy as np

    n_blocks, _, n_trials = stats.shape
    if n_trials < 2:
        return math.nan
    logits = []
    for chosen in combinations(range(n_blocks), n_blocks // 2):
        mask = np.zeros(n_blocks, dtype=bool)
        mask[list(chosen)] = True
        in_sample = _sharpe_from_sums(stats[mask].sum(axis=0))
        out_sample = _sharpe_from_sums(stats[~mask].sum(axis=0))
        if not np.isfinite(in_sample).any():
            continue
        winner = int(np.nanargmax(in_sample))
        oos = np.where(np.isfinite(out_sample), out_sample, -np.inf)
        below = float((oos < oos[winner]).sum())
        ties = float((oos == oos[winner]).sum()) - 1.0
        omega = (below + 0.5 * ties + 1.0) / (n_trials + 1.0)
        logits.append(math.log(omega / (1.0 - omega)))
    if not logits:
        return math.nan
    return float(np.mean(np.asarray(logits) <= 0.0))
