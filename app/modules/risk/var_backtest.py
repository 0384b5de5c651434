"""Backtests of a VaR model: Kupiec's proportion of failures and Christoffersen's independence
(and conditional coverage) likelihood-ratio tests on the exception sequence."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True, slots=True)
class CoverageTest:
    statistic: float
    p_value: float
    dof: int


def _xlogy(x: float, y: float) -> float:
    return 0.0 if x == 0 else x * np.log(y)


def kupiec_pof(exceptions: int, observations: int, confidence: float) -> CoverageTest:
    """LR_pof = −2 ln[(1−p)^(T−x) p^x] + 2 ln[(1−x/T)^(T−x) (x/T)^x], χ²(1), p = 1 − confidence."""
    from scipy.stats import chi2

    if observations < 1 or not 0 <= exceptions <= observations:
        raise ValueError("need 0 ≤ exceptions ≤ observations and at least one observation")
    p, t, x = 1.0 - confidence, observations, exceptions
    observed = x / t
    null = _xlogy(t - x, 1 - p) + _xlogy(x, p)
    alt = _xlogy(t - x, 1 - observed) + _xlogy(x, observed)
    stat = max(0.0, -2.0 * (null - alt))
    return CoverageTest(stat, float(chi2.sf(stat, 1)), 1)


def christoffersen_independence(hits: np.ndarray) -> CoverageTest:
    """LR_ind from the first-order Markov transition counts n_ij of the 0/1 exception series."""
    from scipy.stats import chi2

    h = np.asarray(hits, dtype=bool)
    if h.size < 2:
        raise ValueError("need at least two observations")
    prev, nxt = h[:-1], h[1:]
    n00 = int(np.sum(~prev & ~nxt))
    n01 = int(np.sum(~prev & nxt))
    n10 = int(np.sum(prev & ~nxt))
    n11 = int(np.sum(prev & nxt))
    pi0 = n01 / (n00 + n01) if n00 + n01 else 0.0
    pi1 = n11 / (n10 + n11) if n10 + n11 else 0.0
    pi = (n01 + n11) / (n00 + n01 + n10 + n11)
    null = _xlogy(n00 + n10, 1 - pi) + _xlogy(n01 + n11, pi)
    alt = _xlogy(n00, 1 - pi0) + _xlogy(n01, pi0) + _xlogy(n10, 1 - pi1) + _xlogy(n11, pi1)
    stat = max(0.0, -2.0 * (null - alt))
    return CoverageTest(stat, float(chi2.sf(stat, 1)), 1)


def conditional_coverage(pof: CoverageTest, independence: CoverageTest) -> CoverageTest:
    from scipy.stats import chi2

    stat = pof.statistic + independence.statistic
    return CoverageTest(stat, float(chi2.sf(stat, 2)), 2)


def exceptions(returns: np.ndarray, var_forecasts: np.ndarray) -> np.ndarray:
    """An exception is a loss larger than the VaR forecast for that period: −r > VaR."""
    return -np.asarray(returns, dtype=float) > np.asarray(var_forecasts, dtype=float)
