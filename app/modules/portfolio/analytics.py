"""Portfolio risk analytics over aligned returns: volatility, beta, correlation, concentration
and the effective number of bets."""

from __future__ import annotations

import numpy as np


def beta(portfolio: np.ndarray, benchmark: np.ndarray) -> float | None:
    """cov(r_p, r_b) / var(r_b), sample moments."""
    var = float(np.var(benchmark, ddof=1))
    if var <= 0:
        return None
    return float(np.cov(portfolio, benchmark, ddof=1)[0, 1] / var)


def hhi(exposures: np.ndarray) -> float:
    """Herfindahl-Hirschman index of the gross exposure shares (1 = one asset)."""
    gross = np.abs(exposures)
    total = gross.sum()
    return float(np.sum((gross / total) ** 2)) if total > 0 else 0.0


def effective_bets(weights: np.ndarray, cov: np.ndarray) -> float:
    """Meucci's effective number of bets: exp of the entropy of the variance shares of the
    principal components (1 = one uncorrelated bet, n = n equal independent bets)."""
    values, vectors = np.linalg.eigh(cov)
    exposure = vectors.T @ weights
    contrib = exposure**2 * np.clip(values, 0, None)
    total = contrib.sum()
    if total <= 0:
        return 0.0
    p = contrib / total
    p = p[p > 0]
    return float(np.exp(-np.sum(p * np.log(p))))


def correlated_pairs(
    symbols: list[str], corr: np.ndarray, threshold: float
) -> list[tuple[str, str, float]]:
    return [
        (symbols[i], symbols[j], float(corr[i, j]))
        for i in range(len(symbols))
        for j in range(i + 1, len(symbols))
        if corr[i, j] >= threshold
    ]
